"""The build lock of an output folder, and the staging of outputs beside it until they are complete."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import KGError

LOCK_FILE = ".lock"


class BuildLockedError(KGError):
    """Another build holds the lock of the output folder."""

    exit_code = 1


@contextlib.contextmanager
def lock(out: Path) -> Iterator[None]:
    """Hold an exclusive, non-blocking lock on OUT/.lock for the whole build."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    fd = os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLockedError(
                f"another build is writing {out}; try again when it has finished"
            ) from None
        yield
    finally:
        os.close(fd)


def remove_leftovers(out: Path) -> None:
    """Temporary files of a build that was killed (SIGKILL, power loss); called under the lock."""
    for pattern in (".graph.*.tmp", ".run-*.nt", ".store.new-*", ".store.old-*"):
        for p in out.glob(pattern):
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)


def staged(out: Path, name: str) -> Path:
    """A new temporary file in out for the output `name`, renamed over it once everything is written."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
    os.close(fd)
    return Path(tmp)
