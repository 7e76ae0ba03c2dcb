"""Where the per-article step runs: in this process, a local process pool or a Dask cluster; forked workers."""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..errors import InputError, KGError
from ..ingest import decode, make_document
from .cache import Item, dumps, load

SCHEDULER_TIMEOUT = "10s"  # how long to try to reach a Dask scheduler


class SchedulerError(KGError):
    """The Dask scheduler cannot be used (dask missing or unreachable)."""

    exit_code = 2


# --- the per-article step, as workers run it ------------------------------------------------------


def init_worker(ignore_sigint: bool = False) -> None:
    """Load jieba, the gazetteer, OpenCC and the rule registries once per worker process."""
    if ignore_sigint:
        quiet_worker()
    from ..extractors.base import tag, tokens
    from ..gazetteer import load as load_gazetteer
    from ..ingest import to_simplified
    from ..registry import ordered_extractors, relation_rules

    load_gazetteer()
    tokens("铁岭市")  # rjieba's dictionary
    tag("铁岭")  # jieba's tag and frequency table (kg/runtime/wordtab.py; built once per machine)
    to_simplified("鐵嶺")
    ordered_extractors()
    relation_rules()


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _preload() -> None:
    """Before forking extraction workers: load what each of them and, later, this process need
    anyway (the extractors and relation rules, whose import compiles ~400 patterns, and the
    division list; this process imports the extractors to unpickle the first result), so the
    workers inherit it instead of loading it each (~0.5 s of CPU a worker)."""
    from .. import derive  # noqa: F401  (what the workers derive)
    from ..gazetteer import load as load_gazetteer
    from ..registry import ordered_extractors, relation_rules

    load_gazetteer()
    ordered_extractors()
    relation_rules()


def extract_bytes(
    name: str,
    path: str,
    data: bytes,
    publisher: str,
    year: int | None,
    keep: bool = False,
    blob: bool = True,
    derived: bool = False,
) -> tuple[str, Any, bytes | None]:
    """Decode and extract one article given its bytes, as `read_document` + `extract` would; with
    derived, also what later steps find from it alone (kg.derive: done by the workers of --jobs and
    of a cluster, off the build's serial part).

    Returns (status, payload, blob): ("ok", context or None, pickled context or None) or
    ("skip", reason, None) for bad input or ("error", message, None) if extraction crashed.
    """
    from ..derive import derive
    from ..extract import extract
    from ..ingest import path_text

    name, path = path_text(name), path_text(path)  # text RDF, HTML and messages can hold
    try:
        text, enc = decode(data, path)
        doc = make_document(text, name, enc, path, year)
        ctx = extract(doc, publisher=publisher)
        if derived:
            derive(ctx)
    except InputError as e:
        return "skip", str(e), None
    except Exception as e:  # a rule crashed on this article: report it, do not lose the build
        return "error", f"{path}: extraction failed ({type(e).__name__}: {e})", None
    try:
        data_out = dumps(ctx) if blob else None
    except Exception as e:
        if not keep:
            return "error", f"{path}: extraction result cannot be pickled ({type(e).__name__}: {e})", None
        data_out = None
    if keep:  # the per-step memo (pickling leaves it out): a tenth of a kept result's memory
        ctx.cache.clear()
    return "ok", ctx if keep else None, data_out


def extract_chunk(items: Sequence[tuple[str, str, bytes]], publisher: str, year: int | None) -> list[tuple]:
    """Worker entry point (process pool or Dask): extract a chunk of (name, path, bytes)."""
    return [extract_bytes(name, path, data, publisher, year, derived=True) for name, path, data in items]


def _init_dask_worker() -> None:
    init_worker(False)


# --- pools ---------------------------------------------------------------------------------------


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


def _chunks(items: list[Item], size: int) -> Iterator[list[Item]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _payload(chunk: list[Item], publisher: str, year: int | None) -> list[tuple[str, str, bytes]]:
    """Read the bytes of a chunk in this process (Dask workers may not see our files)."""
    out = []
    for it in chunk:
        out.append((it.path.name, str(it.path), load(it, publisher, year)))
    return out


def _mp_context() -> Any:
    import multiprocessing as mp
    import threading

    method = os.environ.get("KG_MP_START", "")
    if not method:
        # fork is fastest (workers inherit the loaded dictionaries) but only safe without threads
        single = threading.active_count() == 1
        method = "fork" if single and "fork" in mp.get_all_start_methods() else "spawn"
    return mp.get_context(method)


@contextlib.contextmanager
def _local_pool(jobs: int) -> Iterator[Callable[..., Any]]:
    from concurrent.futures import ProcessPoolExecutor

    ctx = _mp_context()
    if ctx.get_start_method() == "fork":
        _preload()
    ex = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init_worker, initargs=(True,))
    try:
        yield ex.submit
    except BaseException:
        stop(ex)
        raise
    else:
        ex.shutdown(wait=True)


def stop(ex: Any) -> None:
    """Interrupted or failed: stop a pool's workers now rather than let them finish queued work."""
    procs = list((getattr(ex, "_processes", None) or {}).values())
    results = getattr(ex, "_result_queue", None)  # shutdown forgets it
    ex.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        with contextlib.suppress(Exception):
            p.terminate()
    for p in procs:
        with contextlib.suppress(Exception):
            p.join(timeout=10)
    # A worker stopped while writing a big result leaves half a message in the result pipe, and the
    # pool's manager thread then waits for the rest for ever (CPython 3.11; the interpreter hangs at
    # exit joining it: seen once in the test suite under load). This process holds the last copy of
    # the pipe's write end once the workers are gone: closing it gives the reader EOF, so the manager
    # takes the pool as broken and ends.
    if all(not p.is_alive() for p in procs):
        writer = getattr(results, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()


def quiet_worker() -> None:
    """Pool workers leave Ctrl-C to the parent, which stops them (with SIGTERM)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def _dask_client(address: str) -> Iterator[Any]:
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


def results(
    todo: list[Item],
    publisher: str,
    year: int | None,
    jobs: int,
    scheduler: str | None,
    keep_local: bool,
    cache: bool,
) -> contextlib.AbstractContextManager[Iterator[tuple]]:
    """A context manager yielding an iterator of per-article results for todo, in order."""

    @contextlib.contextmanager
    def local() -> Iterator[Iterator[tuple]]:
        def run() -> Iterator[tuple]:
            for it in todo:
                data = load(it, publisher, year)
                if it.error:
                    yield "skip", it.error, None
                else:
                    yield extract_bytes(
                        it.path.name, str(it.path), data, publisher, year, keep=keep_local, blob=cache
                    )

        yield run()

    @contextlib.contextmanager
    def pool() -> Iterator[Iterator[tuple]]:
        size = max(1, min(16, len(todo) // (jobs * 8) or 1))
        with _local_pool(jobs) as submit:
            yield _window(
                _chunks(todo, size),
                lambda ch: submit(extract_chunk, _payload(ch, publisher, year), publisher, year),
                jobs * 4,
            )

    @contextlib.contextmanager
    def dask(scheduler: str) -> Iterator[Iterator[tuple]]:
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
        return dask(scheduler)
    if jobs > 1 and len(todo) > 1:
        return pool()
    return local()


# --- forked workers (the parallel RDF pass) ---------------------------------------------------------


def can_fork() -> bool:
    """Whether worker processes can be forked now: the platform forks and no other thread runs."""
    import multiprocessing as mp
    import threading

    return "fork" in mp.get_all_start_methods() and threading.active_count() == 1


@contextlib.contextmanager
def forked_pool(jobs: int) -> Iterator[Any]:
    """A process pool of forked workers, which inherit this process's memory (read, never pickled);
    stopped at once if the body fails, else shut down after its work."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ex = ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork"), initializer=quiet_worker)
    try:
        yield ex
    except BaseException:
        stop(ex)
        raise
    ex.shutdown(wait=True)
