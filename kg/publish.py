"""Publish: write a resolved graph as sorted Turtle, the HTML page and the store, staged until all are ready."""

from __future__ import annotations

import contextlib
import itertools
import operator
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import Graph
from .runtime import executor, extsort, memory
from .runtime.lock import scratch, staged, tidy

if TYPE_CHECKING:
    from .rdf import BuildIndex
    from .runtime.units import Fragments
    from .store import StoreWriter

Phase = Callable[[str], None]

PARALLEL_RDF_MIN_ENTITIES = 1000  # smaller graphs are not worth forking for


def ntriples(graph: Graph, mentions: bool = True, index: BuildIndex | None = None) -> Iterator[bytes]:
    """The N-Triples lines (UTF-8 bytes, with their newline) of graph, unsorted, possibly repeated.

    UTF-8 preserves code-point order, so sorting these bytes gives the order of sorting the text
    lines (and byte comparisons are cheaper). index: that of the whole build when graph is a slice.
    """
    from .rdf import ntriples_lines

    return map(str.encode, ntriples_lines(graph, mentions, index))


def ntriple_blocks(
    graph: Graph, mentions: bool = True, index: BuildIndex | None = None
) -> Iterator[list[bytes]]:
    """The lines of ntriples() in lists of a few thousand (a unit's lines encoded at once)."""
    from .rdf import unit_lines

    block: list[bytes] = []
    for own, shared in unit_lines(graph, mentions, index):
        block += [x.encode() for x in own]
        for _, node in shared:
            block += [x.encode() for x in node]
        if len(block) >= 4096:
            yield block
            block = []
    if block:
        yield block


def sorted_ntriples(graph: Graph, path: Path, max_chars: int = 64 << 20) -> int:
    """Write the graph as sorted, de-duplicated N-Triples lines to path, in bounded memory.

    Lines are sorted by code point in runs spilled beside path and merged: the order (and so the
    bytes) of ``kg.rdf.sorted_ntriples``. Returns the number of triples written.
    """
    runs, lines = extsort.sorted_blocks(ntriple_blocks(graph), path.parent, max_chars, keep_last=True)
    return extsort.merge_runs(runs, lines, path)


def write_turtle(lines: Iterable[bytes], ttl: Path, nt: Path | None = None, lenient: bool = False) -> int:
    """Write sorted, distinct N-Triples lines as Turtle to ttl (and as they are to nt); return the count.

    The lines are parsed by oxigraph in blocks straight from memory (no N-Triples file is needed)
    and serialised as one stream. lenient skips the parser's IRI validation (a third of this pass),
    for lines that are validated elsewhere.
    """
    import pyoxigraph as ox

    from .rdf import TURTLE_PREFIXES
    from .turtle import turtle_stream

    counter = itertools.count()
    counted = map(operator.itemgetter(0), zip(lines, counter, strict=False))

    with contextlib.ExitStack() as stack:
        copy = stack.enter_context(open(nt, "wb")) if nt is not None else None

        def parsed(block: bytes) -> Iterator[Any]:
            if copy is not None:
                copy.write(block)
            return ox.parse(input=block, format=ox.RdfFormat.N_TRIPLES, lenient=lenient)

        blocks = iter(lambda: b"".join(itertools.islice(counted, 4096)), b"")
        # chained in C: no Python step per triple between the parser and the serialiser
        triples = itertools.chain.from_iterable(map(parsed, blocks))
        turtle_stream(triples, ttl, TURTLE_PREFIXES)  # no escaped local names (kg.turtle)
    return next(counter)


_RDF_GRAPH: Graph | None = None  # the graph forked RDF workers read (inherited, never pickled)
_RDF_INDEX: BuildIndex | None = None  # its sentences and areas, for every slice
_RDF_MENTIONS = True  # and whether they publish mention nodes


def _rdf_part(i: int, k: int, tmpdir: str) -> list[str]:
    """In a forked worker: sorted runs of the triples of the i-th of k slices of _RDF_GRAPH."""
    g = _RDF_GRAPH
    assert g is not None, "only called in workers forked by parallel_runs"
    part = Graph(g.documents[i::k], g.entities[i::k], g.relations[i::k], g.skipped)
    max_chars = max(8 << 20, extsort.RUN_BYTES // k)
    return extsort.sorted_blocks(ntriple_blocks(part, _RDF_MENTIONS, _RDF_INDEX), Path(tmpdir), max_chars)[0]


def parallel_runs(graph: Graph, tmpdir: Path, jobs: int, mentions: bool = True) -> list[str] | None:
    """Sorted runs of the triples of graph, generated in jobs forked processes (one slice each);
    None if impossible.

    The triples of a graph are those of its documents, entities and relations taken one at a
    time, so slices can be serialised independently and their sorted runs merged here.
    """
    global _RDF_GRAPH, _RDF_MENTIONS, _RDF_INDEX
    if not executor.can_fork():
        return None  # forking is only safe without other threads
    from .rdf import BuildIndex

    _RDF_GRAPH, _RDF_MENTIONS, _RDF_INDEX = graph, mentions, BuildIndex(graph.documents, graph)
    runs: list[str] = []
    try:
        with executor.forked_pool(jobs) as ex:
            futures = [ex.submit(_rdf_part, i, jobs, str(tmpdir)) for i in range(jobs)]
            for f in futures:
                runs.extend(f.result())
    except BaseException:  # the workers are stopped: remove every run written
        for r in runs:
            Path(r).unlink(missing_ok=True)
        for p in tmpdir.glob(".run-*.nt"):  # runs of workers that were stopped
            p.unlink(missing_ok=True)
        raise
    finally:
        _RDF_GRAPH, _RDF_MENTIONS, _RDF_INDEX = None, True, None
    return runs


def write_rdf(
    graph: Graph,
    ttl: Path,
    nt: Path | None = None,
    jobs: int = 1,
    store: StoreWriter | None = None,
    mentions: bool = True,
    units: Fragments | None = None,
) -> int:
    """Write graph as Turtle (ttl) and, if nt, sorted N-Triples, streaming, in bounded memory.

    The Turtle is byte-identical to ``kg.rdf.serialize(graph, "turtle")``: N-Triples lines are
    generated, sorted in runs (spilled beside ttl), merged without duplicates and streamed through
    oxigraph's Turtle serialiser. Returns the triple count.

    With store (a started kg.store.StoreWriter) every line is also handed to the store as it is
    generated, and its input is closed once all lines are sorted, so the store loads and optimizes
    in its threads while the merge and the Turtle pass run here. Every line is parsed strictly once
    (a bad line fails the build): by the store if there is one, else by the Turtle pass; by neither
    when every IRI is known to be valid (kg.rdf.plain_iris: every entity id of the plain form kg
    makes), as the IRI validation is a fifth of the store's load.

    With jobs > 1 and no store, the lines are generated in that many forked processes (about 10 %
    faster on 2 cores). Not with a store: its loader threads already keep the other cores busy, and
    forking beside running threads is unsafe.

    With units (and the lines made here, not by forked workers), each unit's lines and digest are
    recorded in it as they pass (kg/runtime/units.py: what the next incremental build starts from).
    """
    runs = None
    lines: list[bytes] = []
    if store is None and jobs > 1 and len(graph.entities) >= PARALLEL_RDF_MIN_ENTITIES:
        runs = parallel_runs(graph, ttl.parent, jobs, mentions)
    made_here = runs is None  # (with units: recorded as the lines pass, their digests set below)
    if runs is None:
        with contextlib.ExitStack() as stack:
            source = ntriple_blocks(graph, mentions)
            if units is not None:
                from .rdf import BuildIndex
                from .runtime.units import collect_blocks, unit_keys

                index = BuildIndex(graph.documents, graph)
                own = stack.enter_context(open(units.blob, "wb"))
                # the units' digests are set after the lines are made (set_digests), while the
                # store loads them: the lines reach the store's threads sooner
                keys = unit_keys(graph)
                source = collect_blocks(graph, mentions, index, keys, None, units, own)
            runs, lines = extsort.sorted_blocks(
                source, ttl.parent, extsort.RUN_BYTES, keep_last=True, sink=store
            )
    merged = extsort.distinct(runs, lines)
    try:
        if store is not None:
            store.close()  # all lines handed over: the store finishes loading and optimizes meanwhile
        if units is not None and made_here:
            from .runtime.units import digests, set_digests

            set_digests(units, keys, *digests(graph, index, units.ident))
        from .rdf import plain_iris

        # every line is parsed strictly once: by the store, unless its IRIs are known to be valid
        # (kg.rdf.plain_iris: then by neither)
        return write_turtle(merged, ttl, nt, lenient=store is not None or plain_iris(graph))
    finally:
        merged.close()  # closes the run files
        for r in runs:
            if store is None or r not in store.files:  # the store removes its own files
                Path(r).unlink(missing_ok=True)


def publish(
    graph: Graph,
    out: Path,
    html: bool,
    store: bool,
    timings: dict[str, float],
    phase: Phase | None,
    jobs: int = 1,
    mentions: bool = True,
    nt: Path | None = None,
    units: Fragments | None = None,
) -> dict[str, Path]:
    """Write graph.ttl, graph.html and the store; nothing replaces the old output until all are ready.

    nt: where to keep the graph's sorted N-Triples lines too (the next build's incremental update
    diffs against them: kg/runtime/incremental.py); units: where to record the graph's units
    (kg/runtime/units.py).

    The store is loaded in background threads while the RDF and HTML are written (StoreWriter):
    timings["rdf"] and ["html"] are the wall times of those stages (with the loader running
    alongside), timings["store"] only the further wait for the store to finish after them.
    """
    pending: list[tuple[Path, Path]] = []
    outputs: dict[str, Path] = {}
    try:
        with contextlib.ExitStack() as stack:
            writer = None
            if store:
                from .rdf import plain_iris
                from .store import StoreWriter

                # built beside OUT/store, swapped in by commit(); aborted (and removed) on any error;
                # the lines are parsed leniently when their IRIs are known to be valid (plain_iris)
                writer = stack.enter_context(
                    StoreWriter(
                        out / "store",
                        chunk_bytes=extsort.STORE_CHUNK_LINES * 160,
                        scratch=scratch(out),
                        lenient=plain_iris(graph),
                    )
                )
            if phase:
                phase("writing RDF")
            t = time.perf_counter()
            ttl = staged(out, "graph.ttl")
            pending.append((ttl, out / "graph.ttl"))
            lines = None
            if nt is not None:
                lines = staged(out, "graph.nt")
                pending.append((lines, nt))
            with memory.few_collections():  # the lines are strings and lists: no cyclic garbage
                timings["_triples"] = write_rdf(graph, ttl, lines, jobs, writer, mentions, units)
            outputs["turtle"] = out / "graph.ttl"
            timings["rdf"] = time.perf_counter() - t
            if html:
                from .html import render_html

                if phase:
                    phase("writing HTML")
                t = time.perf_counter()
                page = staged(out, "graph.html")
                pending.append((page, out / "graph.html"))
                page.write_text(render_html(graph), encoding="utf-8")
                outputs["html"] = out / "graph.html"
                timings["html"] = time.perf_counter() - t
            if writer is not None:
                if phase:
                    phase("loading the store")
                t = time.perf_counter()
                outputs["store"] = writer.commit()  # the store first; the files follow right after
                timings["store"] = time.perf_counter() - t  # the wait after RDF and HTML, not the load
        for tmp, final in pending:
            os.chmod(tmp, 0o644)
            final.parent.mkdir(exist_ok=True)
            os.replace(tmp, final)
        pending.clear()
        # outputs of an earlier build that this one did not write would be stale: remove them
        if not html:
            (out / "graph.html").unlink(missing_ok=True)
        if not store and (out / "store" / "CURRENT").is_file():
            shutil.rmtree(out / "store", ignore_errors=True)
    finally:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)
        tidy(out)
    return outputs


def store_available() -> bool:
    try:
        from .store import write_store  # noqa: F401
    except ImportError:
        return False
    return True
