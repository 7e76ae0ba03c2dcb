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
TMP_DIR = ".tmp"  # every temporary file of a build: cleared (and reported) by the next build after a kill


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


def _size(p: Path) -> int:
    if p.is_symlink() or not p.is_dir():
        return p.lstat().st_size
    return sum(q.lstat().st_size for q in p.rglob("*") if not q.is_dir() or q.is_symlink())


def remove_leftovers(out: Path) -> tuple[int, int]:
    """Remove what a build that was killed (SIGKILL, power loss) left: OUT/.tmp, and the temporaries
    older versions kept beside the outputs. Called under the lock; returns (files and folders removed
    from OUT/.tmp or beside the outputs, their bytes)."""
    removed = 0
    leftovers = [out / TMP_DIR] if (out / TMP_DIR).exists() else []
    for pattern in (".graph.*.tmp", ".run-*.nt", ".store.new-*", ".store.old-*"):
        leftovers += out.glob(pattern)
    count = 0
    for p in leftovers:
        with contextlib.suppress(OSError):
            removed += _size(p)
        if p.name == TMP_DIR:
            count += sum(1 for _ in p.iterdir())
        else:
            count += 1
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
    return count, removed


def scratch(out: Path) -> Path:
    """OUT/.tmp, created: the one folder a build keeps its temporaries in (same file system as OUT,
    so they are renamed into place)."""
    folder = out / TMP_DIR
    folder.mkdir(exist_ok=True)
    return folder


def tidy(out: Path) -> None:
    """Remove OUT/.tmp once a build has finished with it (it is empty then)."""
    with contextlib.suppress(OSError):
        (out / TMP_DIR).rmdir()


def staged(out: Path, name: str) -> Path:
    """A new temporary file in OUT/.tmp for the output `name`, renamed over it once everything is written."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=scratch(out))
    os.close(fd)
    return Path(tmp)
