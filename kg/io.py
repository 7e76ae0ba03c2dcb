"""File helpers: atomic writes (a temporary file beside the target, then a rename) and the graph file a command reads."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InputError, OutputError

FILE_MODE = 0o644  # every output file: readable by all, as a plain `open` under the usual umask gives
GRAPH_FILE = "graph.ttl"  # the Turtle file `kg build` writes into its output folder


def graph_file(path: str | os.PathLike[str]) -> Path:
    """The graph file a command reads: path itself, or the graph.ttl in it when path is a build's output folder
    (kg validate output, kg stats output). A missing file raises InputError."""
    p = Path(path)
    if p.is_dir() and (p / GRAPH_FILE).is_file():
        return p / GRAPH_FILE
    if not p.is_file():
        raise InputError(f"{p}: no such graph file (run kg build first)")
    return p


def make_dirs(path: str | Path) -> Path:
    """Create the folder path and its parents; a parent that is a file raises OutputError."""
    p = Path(path)
    try:
        p.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as e:
        # mkdir says "File exists" for /etc/passwd/x: name the file that is in the way
        blocker = next((a for a in (p, *p.parents) if a.exists() and not a.is_dir()), p)
        raise OutputError(f"{blocker}: is not a directory") from e
    except PermissionError as e:
        raise OutputError(f"{e.filename or p}: permission denied") from e
    return p


def atomic_write(path: str | Path, data: bytes | str) -> Path:
    """Write data to path through a temporary file beside it (mode 0644), renamed into place."""
    p = Path(path)
    make_dirs(p.parent)
    if isinstance(data, str):
        data = data.encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, FILE_MODE)  # mkstemp creates 0600
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p
