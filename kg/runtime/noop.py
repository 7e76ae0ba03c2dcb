"""No-op rebuilds: when nothing a build reads has changed, the outputs it would write are there already.

The key of a build is a hash of the kg package (every source and data file), the build's options
and every input article's name and bytes. After a build has published its outputs it records the key
and the graph's counts in OUT/.noop/; a later build with the same key, whose outputs are all still
there, returns without extracting, resolving or writing anything (if the caller asks for its graph,
it is resolved again from the per-article cache, OUT/.cache). The key is removed before any other build publishes, so a build interrupted between
publishing and recording never leaves a key that describes other outputs.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..model import Graph

NOOP_DIR = ".noop"


@cache
def package_version() -> str:
    """A hash of every file of the kg package (sources, ontology, lexicons, queries, page)."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha1(b"kg-noop-1")
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if p.is_file() and "__pycache__" not in rel.parts and p.suffix != ".pyc":
            h.update(b"\0" + rel.as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def build_key(files: Iterable[Path], options: tuple) -> str:
    """The key of a build of files with options (a tuple of plain values)."""
    from . import cache  # read at call time: the extraction stage's version (dependencies included)

    h = hashlib.sha1((package_version() + "|" + cache.PIPELINE_VERSION + "|" + repr(options)).encode())
    for f in files:
        h.update(b"\0" + os.fsencode(f) + b"\0")  # the name's own bytes, UTF-8 or not
        try:
            h.update(hashlib.sha1(f.read_bytes()).digest())
        except OSError as e:  # an unreadable file is part of what the build saw
            h.update(type(e).__name__.encode())
    return h.hexdigest()


@dataclass(frozen=True)
class Summary:
    """What a no-op build reports without resolving its graph again."""

    documents: int
    entities: int
    relations: int
    triples: int
    skipped: tuple[tuple[str, str], ...] = ()


class Noop:
    """The record of the last build into one output folder."""

    def __init__(self, out: Path) -> None:
        self.dir = out / NOOP_DIR

    def load(
        self, key: str, rebuild: Callable[[], Graph]
    ) -> tuple[Callable[[], Graph], Summary, dict[str, Path]] | None:
        """What makes the graph of the last build (rebuild), its summary and its outputs, if its key
        is key and its outputs exist."""
        try:
            if (self.dir / "key").read_text() != key:
                return None
            with open(self.dir / "summary.pickle", "rb") as f:
                summary, outputs = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
            return None
        if not isinstance(summary, Summary) or not all(Path(p).exists() for p in outputs.values()):
            return None
        return rebuild, summary, {k: Path(v) for k, v in outputs.items()}

    def forget(self) -> None:
        """Called before a build publishes: the recorded key no longer describes the outputs."""
        (self.dir / "key").unlink(missing_ok=True)

    def save(self, key: str, graph: Graph, outputs: dict[str, Path], triples: int = 0) -> None:
        """Record a published build: its counts and outputs, then the key (a partial record is no
        record). The graph itself is not kept: a caller of a no-op build that asks for it gets it
        resolved again from the per-article cache (the same inputs give the same graph); pickling it
        cost every build about 0.8 s of CPU and 27 MB per 1,000 articles, for a graph that the
        command line never reads back."""
        self.dir.mkdir(exist_ok=True)
        (self.dir / "graph.pickle").unlink(missing_ok=True)  # kept by earlier versions
        summary = Summary(
            len(graph.documents), len(graph.entities), len(graph.relations), triples, graph.skipped
        )
        for name, data in (
            ("summary.pickle", pickle.dumps((summary, {k: str(v) for k, v in outputs.items()}), protocol=5)),
            ("key", key.encode()),
        ):
            tmp = self.dir / f".{name}.tmp"
            tmp.write_bytes(data)
            os.replace(tmp, self.dir / name)
