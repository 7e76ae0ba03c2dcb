"""No-op rebuilds: when nothing a build reads has changed, the outputs it would write are there already.

The key of a build is a hash of the kg package (every source and data file), the build's options
and every input article's name and bytes. After a build has published its outputs it records the key
and its resolved graph (documents without their text) in OUT/.noop/; a later build with the same key,
whose outputs are all still there, returns without extracting, resolving or writing anything (the
recorded graph is loaded only if the caller asks for it: its counts are kept beside it). The key is removed before any other build publishes, so a build interrupted between
publishing and recording never leaves a key that describes other outputs.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from ..model import Graph, Offsets

NOOP_DIR = ".noop"
_CHUNK = 4096  # entities or relations per marshalled chunk of the recorded graph


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
    """What a no-op build reports without loading the recorded graph."""

    documents: int
    entities: int
    relations: int
    triples: int
    skipped: tuple[tuple[str, str], ...] = ()


class Noop:
    """The record of the last build into one output folder."""

    def __init__(self, out: Path) -> None:
        self.dir = out / NOOP_DIR

    def load(self, key: str) -> tuple[Callable[[], Graph], Summary, dict[str, Path]] | None:
        """What loads the graph of the last build, its summary and its outputs, if its key is key
        and its outputs exist."""
        try:
            if (self.dir / "key").read_text() != key:
                return None
            with open(self.dir / "summary.pickle", "rb") as f:
                summary, outputs = pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
            return None
        if not isinstance(summary, Summary) or not all(Path(p).exists() for p in outputs.values()):
            return None
        path = self.dir / "graph.pickle"

        def graph() -> Graph:
            from .units import entity_of, relation_of

            with open(path, "rb") as f:
                docs, skipped, n_entities, n_relations = pickle.load(f)
                entities: list = []
                while len(entities) < n_entities:
                    entities.extend(map(entity_of, marshal.load(f)))
                relations: list = []
                while len(relations) < n_relations:
                    relations.extend(map(relation_of, marshal.load(f)))
            return Graph(docs, tuple(entities), tuple(relations), skipped)

        return graph, summary, {k: Path(v) for k, v in outputs.items()}

    def forget(self) -> None:
        """Called before a build publishes: the recorded key no longer describes the outputs."""
        (self.dir / "key").unlink(missing_ok=True)

    def save(self, key: str, graph: Graph, outputs: dict[str, Path], triples: int = 0) -> None:
        """Record a published build (the graph first, then the key: a partial record is no record)."""
        self.dir.mkdir(exist_ok=True)
        docs = tuple(replace(d, text="", view="", offsets=Offsets(), sentences=()) for d in graph.documents)
        from .units import flat_entity, flat_relation

        # entities and relations as plain tuples, marshalled (C speed; each dataclass would cost a Python
        # call to pickle, and this record is written by every build) a chunk at a time straight to
        # the file. Not pickled: pickling a str caches its UTF-8 form inside it for good (+150 % for
        # Chinese text, on every string of the graph); nor all at once: the flat copy of the whole
        # graph and its serialised bytes would be held together (~0.5 GB at 10,000 articles).
        tmp = self.dir / ".graph.pickle.tmp"
        with open(tmp, "wb") as f:
            pickle.dump((docs, graph.skipped, len(graph.entities), len(graph.relations)), f, protocol=5)
            for i in range(0, len(graph.entities), _CHUNK):
                marshal.dump(tuple(map(flat_entity, graph.entities[i : i + _CHUNK])), f)
            for i in range(0, len(graph.relations), _CHUNK):
                marshal.dump(tuple(map(flat_relation, graph.relations[i : i + _CHUNK])), f)
        os.replace(tmp, self.dir / "graph.pickle")
        summary = Summary(len(docs), len(graph.entities), len(graph.relations), triples, graph.skipped)
        for name, data in (
            ("summary.pickle", pickle.dumps((summary, {k: str(v) for k, v in outputs.items()}), protocol=5)),
            ("key", key.encode()),
        ):
            tmp = self.dir / f".{name}.tmp"
            tmp.write_bytes(data)
            os.replace(tmp, self.dir / name)
