"""The build workflow, step by step: ingest -> extract -> resolve -> values -> publish.

The per-article step (read, decode, extract) runs in this process, in a local process pool
(``jobs > 1``) or on a Dask distributed cluster (``scheduler``); results are merged in input
order, so the output does not depend on how the work was distributed. Each article's extraction
result is cached under ``OUT/.cache`` keyed by the article's bytes and the pipeline version (a
hash of the extraction stage's source), so a rebuild only re-extracts what changed, while the
graph is always re-resolved from exactly the current inputs. This module only orders the steps;
the machinery they run on (executor, cache, lock, external sort) is in kg/runtime/, the writing of
the outputs in kg/publish.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import InputError, KGError, OutputError
from .ingest import iter_paths, path_text
from .io import make_dirs
from .model import Graph
from .patterns import kept_codes
from .publish import publish, store_available, write_rdf
from .runtime import executor, memory
from .runtime.cache import CACHE_DIR, PIPELINE_VERSION, Cache, Item, key, load, loads, read, share_strings
from .runtime.executor import SchedulerError, extract_bytes, extract_chunk, init_worker
from .runtime.incremental import Record, base_key, update
from .runtime.lock import BuildLockedError, lock, remove_leftovers
from .runtime.noop import Noop, Summary, build_key
from .runtime.units import FORMAT, Fragments, area_weights

# Names this module had before the machinery moved to kg/runtime and kg/publish.py.
__all__ = [
    "BuildLockedError",
    "BuildResult",
    "Cache",
    "CACHE_DIR",
    "PIPELINE_VERSION",
    "SchedulerError",
    "build",
    "build_graph",
    "extract_bytes",
    "extract_chunk",
    "init_worker",
    "store_available",
    "write_rdf",
]

Progress = Callable[[int, int], None]
Phase = Callable[[str], None]


@dataclass
class BuildResult:
    source: Graph | Callable[[], Graph]  # the graph, or (a no-op build) what resolves it again
    outputs: dict[str, Path] = field(default_factory=dict)
    reused: int = 0  # articles whose extraction came from the cache
    extracted: int = 0  # articles extracted in this build
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    triples: int = 0  # triples written (0 if nothing was written)
    leftovers: tuple[int, int] = (0, 0)  # (files, bytes) a killed build left in OUT/.tmp, now removed
    incremental: bool = False  # the last build's outputs were updated in place (kg/runtime/incremental.py)
    delta: int = 0  # then: the triples deleted and inserted
    rewritten: int = -1  # and the units (documents, entities, relations) whose lines it wrote (-1: all)

    summary: Summary | None = None  # a no-op build's counts, known without loading its graph

    @property
    def graph(self) -> Graph:
        """The built graph (a no-op build resolves it again from the per-article cache on first use:
        most callers only need the counts, which the no-op record keeps)."""
        if not isinstance(self.source, Graph):
            self.source = self.source()
        return self.source

    @property
    def counts(self) -> tuple[int, int, int]:
        """(documents, entities, relations) of the graph."""
        if self.summary is not None and not isinstance(self.source, Graph):
            return self.summary.documents, self.summary.entities, self.summary.relations
        g = self.graph
        return len(g.documents), len(g.entities), len(g.relations)

    @property
    def skipped(self) -> tuple[tuple[str, str], ...]:
        if self.summary is not None and not isinstance(self.source, Graph):
            return self.summary.skipped
        return self.graph.skipped


# --- extract: every article, from the cache or by the executor ----------------------------------


def _extract_all(
    files: list[Path],
    publisher: str,
    year: int | None,
    strict: bool,
    jobs: int,
    scheduler: str | None,
    cache: Cache | None,
    progress: Progress | None,
) -> tuple[list, list[tuple[str, str]], int]:
    """The contexts of files (in input order), the skipped files and the number reused from cache."""
    items: list[Item] = []
    for f in files:
        it = Item(f)
        try:
            data = read(f)
            it.key = key(hashlib.sha1(data).hexdigest(), f.name, publisher, year)
        except InputError as e:
            it.error = str(e)
        items.append(it)
    hits = {it.key for it in items if it.key and cache is not None and cache.has(it.key)}
    todo = [it for it in items if it.key and it.key not in hits]
    contexts: list = []
    skipped: list[tuple[str, str]] = []
    reused = 0
    total = len(items)
    strings: dict[str, str] = {}  # equal strings of the unpickled mentions, shared (runtime.cache.loads)

    def bad(path: Path, status: str, reason: str) -> None:
        if strict:
            raise InputError(reason) if status == "skip" else KGError(reason)
        skipped.append((path_text(path), reason))

    def extract_here(it: Item) -> Any:
        data = load(it, publisher, year)
        if it.error:
            return bad(it.path, "skip", it.error)
        st, payload, blob = extract_bytes(
            it.path.name, str(it.path), data, publisher, year, keep=True, blob=cache is not None
        )
        if st != "ok":
            return bad(it.path, st, payload)
        if cache is not None and blob is not None:
            cache.put(it.key, blob)
            cache.used.add(it.key)
        return payload

    with (
        memory.few_collections(),
        executor.results(
            todo, publisher, year, jobs, scheduler, keep_local=True, cache=cache is not None
        ) as results,
        _written(cache),
    ):
        for i, it in enumerate(items):
            ctx = None
            if not it.key:
                bad(it.path, "skip", it.error)
            elif it.key in hits:
                assert cache is not None  # there are hits only with a cache
                try:
                    blob = cache.get(it.key)
                    ctx = loads(blob, strings, lazy=True) if blob is not None else None
                except Exception:  # an unreadable entry (e.g. written by another Python): extract again
                    ctx = None
                if ctx is None:
                    ctx = extract_here(it)
                else:
                    reused += 1
                    cache.used.add(it.key)
                    if ctx.doc.path != path_text(it.path):  # the same article at another path
                        ctx.doc = replace(ctx.doc, path=path_text(it.path))
            else:
                st, payload, blob = next(results)
                if it.error:  # the file vanished or became unreadable since it was first read
                    bad(it.path, "skip", it.error)
                elif st != "ok":
                    bad(it.path, st, payload)
                else:
                    # a worker's result from its blob, its mentions' strings shared with the other
                    # articles' (names, types, rules); a result made here is kept as it is, with its
                    # strings shared the same way (unpickling it again cost ~6 % of extraction and,
                    # measured on 1,000 articles, held more memory, not less: the pickled strings'
                    # UTF-8 copies weigh less than the candidates' strings that unpickling copies)
                    ctx = (
                        share_strings(payload, strings)  # made here: itself, its strings shared
                        if payload is not None
                        else loads(blob, strings, lazy=True)
                        if blob is not None
                        else payload
                    )
                    if cache is not None and blob is not None:
                        cache.put(it.key, blob)
                        cache.used.add(it.key)
            if ctx is not None:
                contexts.append(ctx)
                if len(contexts) % memory.FREEZE_EVERY == 0:
                    memory.keep()  # the results so far live until resolution
            if progress:
                progress(i + 1, total)
    return contexts, skipped, reused


@contextlib.contextmanager
def _written(cache: Cache | None) -> Iterator[None]:
    """The cache entries put in the body are all written when it ends (their writer thread ended:
    resolution forks); if the body fails, what is left is dropped and its failure raised."""
    try:
        yield
    except BaseException:
        if cache is not None:
            cache.flush(discard=True)
        raise
    if cache is not None:
        cache.flush()


def _no_articles(files: list[Path], skipped: list[tuple[str, str]]) -> InputError:
    if len(skipped) == 1:
        return InputError(skipped[0][1])  # one bad file: its own message
    if skipped:
        return InputError(
            f"no readable articles ({len(skipped)} skipped): " + "; ".join(r for _, r in skipped)
        )
    return InputError("no articles given")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _assemble(
    contexts: list,
    skipped: list[tuple[str, str]],
    timings: dict[str, float],
    phase: Phase | None,
    memo: dict | None = None,
    jobs: int = 1,
    resolved: dict | None = None,
    lazy: bool = False,
) -> Graph:
    from .attach import Ahead, attach_values
    from .resolve import ARTICLES, resolve

    if phase:
        phase("resolving")
    t = time.perf_counter()
    with memory.no_collection():  # resolution builds plain, acyclic records
        # the documents' values, as far as they do not depend on resolution, found in a forked
        # process while this one resolves (checked after it; the memo's documents are not read again)
        ahead = Ahead(contexts, memo)
        try:
            # (lazy: an update that writes no page reads only the relations it writes again)
            entities, relations = resolve(contexts, memo=resolved, lazy=lazy)
            specs = ahead.result()
            # each article's key from resolution, when it recorded them (for the values memo)
            keys = resolved.pop(ARTICLES, None) if resolved is not None else None
        finally:
            ahead.close()
        docs = [c.doc for c in contexts]
        # the values of the other documents are read in forked processes: --jobs of them, and with
        # --jobs 1 two where two cores are free (forked before the store's threads start, gone before)
        processes = jobs if jobs > 1 else min(2, _cores())
        entities, _ = attach_values(docs, entities, [], memo, processes, specs, keys)
    rels = relations if lazy else tuple(relations)  # (a LazyRelations is a sequence of them)
    graph = Graph(tuple(docs), tuple(entities), rels, tuple(skipped))  # type: ignore[arg-type]
    contexts.clear()  # the candidates are no longer needed: free them before the RDF stage
    timings["resolve"] = time.perf_counter() - t
    return graph


# the patterns the articles reach compiled from the code kept once per machine (kg.patterns)
@kept_codes()
def _build(
    files: list[Path],
    publisher: str,
    year: int | None,
    strict: bool,
    progress: Progress | None,
    jobs: int,
    scheduler: str | None,
    cache: Cache | None,
    phase: Phase | None = None,
    memo: dict | None = None,
    resolved: dict | None = None,
    lazy: bool = False,
) -> tuple[Graph, int, int, dict[str, float]]:
    timings: dict[str, float] = {}
    if not files:
        raise InputError("no articles given")
    t = time.perf_counter()
    contexts, skipped, reused = _extract_all(
        files, publisher, year, strict, max(1, jobs), scheduler, cache, progress
    )
    timings["extract"] = time.perf_counter() - t
    memory.keep()  # long-lived results (callers release them)
    if not contexts:
        raise _no_articles(files, skipped)
    extracted = len(contexts) - reused
    # with local workers, each document's values are found in forked processes (not on a cluster)
    graph = _assemble(
        contexts, skipped, timings, phase, memo, 1 if scheduler else jobs, resolved, lazy
    )  # empties contexts
    memory.keep()
    return graph, reused, extracted, timings


def _again(
    files: list[Path], out: Path, publisher: str, year: int | None, strict: bool
) -> Callable[[], Graph]:
    """What makes the graph of a no-op build when its caller asks for it: resolved again from the
    per-article cache (what the recorded build resolved; an entry pruned since is extracted again)."""

    def graph() -> Graph:
        try:
            c = Cache(out / CACHE_DIR)
            return _build(files, publisher, year, strict, None, 1, None, c)[0]
        finally:
            memory.release()

    return graph


def _whole(graph: Graph) -> Callable[[], Graph]:
    """What gives graph with every relation made (its relations made when read: kg.resolve.LazyRelations)."""

    def whole() -> Graph:
        return replace(graph, relations=tuple(graph.relations))

    return whole


def build_graph(
    paths: Iterable[str | Path],
    publisher: str = "",
    year: int | None = None,
    strict: bool = True,
    progress: Progress | None = None,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Graph:
    """Build the knowledge graph of the articles at paths (files or folders), in memory (no cache)."""
    try:
        return _build(iter_paths(paths), publisher, year, strict, progress, jobs, scheduler, None)[0]
    finally:
        memory.release()


def build(
    paths: Iterable[str | Path],
    out_dir: str | Path | None = "output",
    *,
    publisher: str = "",
    year: int | None = None,
    html: bool = True,
    strict: bool = True,
    progress: Progress | None = None,
    jobs: int = 1,
    scheduler: str | None = None,
    cache: bool = True,
    store: bool | None = None,
    phase: Phase | None = None,
    mentions: bool = True,
) -> BuildResult:
    """Build the graph and, if out_dir is given, write out_dir/graph.ttl, graph.html and store/.

    jobs > 1 extracts articles in a local process pool, scheduler ("tcp://host:port") on a Dask
    cluster; the output is the same either way. With cache, per-article results are kept in
    out_dir/.cache and reused when neither the article nor the extraction rules changed.
    strict stops at the first unreadable article; otherwise it is skipped and listed in the result.
    store (default: when kg.store is available) also writes the on-disk store out_dir/store.
    mentions=False leaves the mention nodes (one per span that names an entity) out of the RDF:
    relations keep their full provenance, the graph has about half the triples.
    A graph.html or store left by an earlier build is removed when this build does not write it,
    so out_dir never mixes the results of two builds. Two builds into one out_dir exclude each
    other (a lock); an interrupted or failed build leaves the previous output as it was.
    """
    try:
        return _build_into(
            paths,
            out_dir,
            publisher,
            year,
            html,
            strict,
            progress,
            jobs,
            scheduler,
            cache,
            store,
            phase,
            mentions,
        )
    finally:
        memory.release()


def _build_into(
    paths,
    out_dir,
    publisher,
    year,
    html,
    strict,
    progress,
    jobs,
    scheduler,
    cache,
    store,
    phase,
    mentions=True,
) -> BuildResult:
    files = iter_paths(paths)  # missing paths fail before anything is written
    if out_dir is None:
        graph, reused, extracted, timings = _build(
            files, publisher, year, strict, progress, jobs, scheduler, None, phase
        )
        return BuildResult(graph, reused=reused, extracted=extracted, timings=timings)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: is not a directory")
    make_dirs(out.parent)  # a parent that is a file: "is not a directory", not mkdir's "File exists"
    try:
        out.mkdir()
        created = True
    except FileExistsError:
        created = False
    locked = False
    try:
        with lock(out):
            locked = True
            leftovers = remove_leftovers(out)
            use_store = store is not False and store_available()
            t = time.perf_counter()
            # nothing it reads has changed since the last build: its outputs are already right
            record = Noop(out) if cache else None
            # build_key adds the package and pipeline versions (dependency and Python versions included)
            options = (publisher, year, html, use_store, mentions, strict)
            key = build_key(files, options) if record else ""
            last = record.load(key, _again(files, out, publisher, year, strict)) if record else None
            if last is not None:
                loader, summary, outputs = last
                noop = BuildResult(
                    loader,
                    outputs,
                    reused=summary.documents,
                    timings={"noop": time.perf_counter() - t},
                    triples=summary.triples,
                    summary=summary,
                )
                noop.leftovers = leftovers
                return noop
            # the inputs changed: with the cache and the store, the last build's outputs are updated
            # in place (kg/runtime/incremental.py) when only the articles differ
            incr = Record(out)
            # the page is written from the graph either way: not part of the key
            ikey = base_key((publisher, year, mentions, strict)) if cache and use_store else ""
            previous = incr.previous(ikey) if ikey else None
            if record:
                record.forget()
            incr.forget()  # before anything is published
            c = Cache(out / CACHE_DIR) if cache else None
            # per-document results of the last build that other documents do not change (kept in the
            # record, used only when its key says they were made by this code with these options)
            memos: dict[str, Any] = {}
            frags = None
            if ikey:
                values = incr.load("values") if previous is not None else None
                memos["values"] = values if isinstance(values, dict) else {}
                # what the last build's resolution decided (kg.resolve: read and replaced)
                state = incr.load("resolve") if previous is not None else None
                memos["resolve"] = state if isinstance(state, dict) else {}
                if (
                    previous is not None
                    and isinstance(last_units := incr.load("units"), Fragments)
                    and last_units.format == FORMAT
                ):
                    frags = last_units
                    frags.blob = str(incr.dir / "units.blob")
            graph, reused, extracted, timings = _build(
                files,
                publisher,
                year,
                strict,
                progress,
                jobs,
                scheduler,
                c,
                phase,
                memos.get("values"),
                memos.get("resolve"),
                # an update by units that writes no page: the relations made only where read
                frags is not None and not html,
            )
            result = BuildResult(graph, reused=reused, extracted=extracted, timings=timings)
            if not isinstance(graph.relations, tuple):  # (lazy) every relation made if the caller asks
                result.source = _whole(graph)
            result.leftovers = leftovers
            # what resolution says each entity and relation is made of: the units' digests (not kept)
            ident = None
            if isinstance(memos.get("resolve"), dict):
                from .resolve import IDENT  # (imported by the resolution of this build)

                ident = memos["resolve"].pop(IDENT, None)
            if previous is not None:
                into = incr.fragments()
                into.ident = ident
                result.outputs, result.triples, memos["units"] = update(
                    graph,
                    out,
                    html,
                    previous,
                    timings,
                    phase,
                    mentions,
                    jobs if not scheduler else 1,
                    frags,
                    into,
                )
                result.delta = int(timings.pop("_delta", 0))
                if memos.get("units") is not None:
                    result.rewritten = memos["units"].rewritten
                if not isinstance(result.source, Graph):  # what the caller reads without the graph
                    result.summary = Summary(
                        len(graph.documents),
                        len(graph.entities),
                        len(graph.relations),
                        result.triples,
                        graph.skipped,
                    )
                result.incremental = not timings.pop("_reloaded", 0)  # else the store was reloaded
            else:
                units = incr.fragments() if ikey else None
                if units is not None:
                    units.ident = ident
                result.outputs = publish(
                    graph,
                    out,
                    html,
                    use_store,
                    timings,
                    phase,
                    jobs if not scheduler else 1,
                    mentions,
                    nt=incr.nt if ikey else None,
                    units=units,
                )
                result.triples = int(timings.pop("_triples", 0))
                if units is not None:  # none when forked workers wrote the lines, or if a line had two owners
                    memos["units"] = units if units.units and units.consistent(result.triples) else None
                    units.lines = result.triples
                    units.weights = area_weights(graph)
            if c is not None:
                c.prune()
            if ikey:
                incr.save(ikey, memos)
            else:
                incr.drop()  # no store or no cache: no record to keep up to date
            if record:
                record.save(key, graph, result.outputs, result.triples)
    except BaseException:
        if created and locked:  # no partial output: remove the folder this build created
            shutil.rmtree(out, ignore_errors=True)
        raise
    return result
