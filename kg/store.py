"""The persistent on-disk triple store (pyoxigraph / RocksDB) that `kg query` reads by default.

A store is always built from scratch in a temporary folder beside the target, bulk-loaded, optimised
and only then swapped into place, so a failed or interrupted build leaves the previous store intact
and readers never see a half-written one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .io import graph_file

RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}
Source = str | os.PathLike[str] | bytes | Iterable[ox.Triple | ox.Quad]


def rdf_format(path: str | os.PathLike[str]) -> ox.RdfFormat:
    """The RDF syntax of a file, from its suffix (Turtle if unknown)."""
    return RDF_SUFFIXES.get(Path(path).suffix.lower(), ox.RdfFormat.TURTLE)


def is_store(directory: str | os.PathLike[str]) -> bool:
    """True if directory holds an on-disk Oxigraph (RocksDB) store."""
    d = Path(directory)
    return d.is_dir() and (d / "CURRENT").is_file()


def load_into(store: ox.Store, source: Source, fmt: ox.RdfFormat | None = None) -> None:
    """Bulk-load a graph file (.ttl, .nt, …), raw bytes (Turtle unless fmt) or an iterable of triples/quads."""
    if isinstance(source, str | os.PathLike):
        p = graph_file(source)
        fmt = fmt or rdf_format(p)
        try:
            if fmt == ox.RdfFormat.N_TRIPLES:
                _bulk_load_lines(store, p)
            else:
                store.bulk_load(path=str(p), format=fmt)
        except (SyntaxError, ValueError) as e:
            raise InputError(f"{p}: not a readable RDF graph ({e})") from e
    elif isinstance(source, bytes | bytearray):
        try:
            store.bulk_load(input=bytes(source), format=fmt or ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError) as e:
            raise InputError(f"not a readable RDF graph ({e})") from e
    else:
        store.bulk_extend(_quads(source))


def _bulk_load_lines(store: ox.Store, path: Path, lines_per_chunk: int = 50_000) -> None:
    """Bulk-load N-Triples in chunks of lines: one bulk_load of a whole file peaks at ~0.8 KB per
    triple, chunks of 50k lines stay near 100 MB at the same speed (N-Triples is line-based)."""
    import itertools

    with open(path, "rb") as f:
        while chunk := b"".join(itertools.islice(f, lines_per_chunk)):
            store.bulk_load(input=chunk, format=ox.RdfFormat.N_TRIPLES)


def _quads(items: Iterable[ox.Triple | ox.Quad]) -> Iterable[ox.Quad]:
    default = ox.DefaultGraph()
    for t in items:
        yield t if isinstance(t, ox.Quad) else ox.Quad(t.subject, t.predicate, t.object, default)


def memory_store(source: Source, fmt: ox.RdfFormat | None = None) -> ox.Store:
    """An in-memory store holding source (a graph file, bytes or triples)."""
    store = ox.Store()
    load_into(store, source, fmt)
    return store


def write_store(directory: str | os.PathLike[str], source: Source, fmt: ox.RdfFormat | None = None) -> Path:
    """Build a fresh on-disk store at directory from source and swap it in atomically; return directory.

    source is a graph file path (.ttl/.nt/.nq/…), bytes (Turtle unless fmt says otherwise) or an
    iterable of pyoxigraph Triples/Quads (e.g. ``kg.rdf.sorted_triples(graph)``). The new store is
    built in a temporary folder next to directory (bulk_load + optimize); if anything fails the old
    store, if any, is left untouched. (To load N-Triples while producing them, see StoreWriter.)
    """
    target = Path(directory)
    tmp = _new_folder(target)
    store = None
    try:
        store = ox.Store(str(tmp))
        load_into(store, source, fmt)
        store.optimize()
        store.flush()
        store = None
        gc.collect()  # the RocksDB handle is released when the Store object is freed
        _swap_in(tmp, target)
    except BaseException:
        store = None  # close it before removing its folder (this frame outlives the error)
        gc.collect()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def _new_folder(target: Path, scratch: Path | None = None) -> Path:
    """Check that target may be (re)placed by a store; return a new empty temporary folder beside it
    (or in scratch, a folder on the same file system, e.g. a build's OUT/.tmp)."""
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: exists and is not a directory")
    if target.is_dir() and any(target.iterdir()) and not is_store(target):
        raise InputError(f"{target}: exists and is not a kg store; refusing to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=scratch or target.parent))


_DONE = object()  # the end of the input of a StoreWriter


class StoreWriter:
    """Build a fresh on-disk store from N-Triples in background threads, while the caller goes on.

    ::

        with StoreWriter(out / "store") as w:
            w.add(b"<http://a> <http://b> <http://c> .\n")  # bytes of whole N-Triples lines
            w.add([line, line])                             # or a list of lines (bytes), joined in a thread
            w.add_file(run)                                 # or an N-Triples file, read in the threads
            w.close()                                       # no more input: the store is optimized after it
            ...                                             # meanwhile, other work
            w.commit()                                      # wait for the threads, swap the store in

    pyoxigraph's bulk_load and optimize release the GIL, so the loading runs in parallel with Python
    code in the calling thread; `threads` loader threads each bulk-load one chunk at a time (two
    concurrent chunks load about 1.4 times faster than one after the other, with less CPU time in
    RocksDB compactions). Input need not be sorted or distinct (the store is a set). The store is
    built in a temporary folder beside directory and only swapped in by commit(); leaving the block
    without commit (an exception, Ctrl-C) stops and joins the threads and removes the folder,
    leaving the previous store untouched. An error in a loader thread (such as invalid N-Triples)
    is raised again in the calling thread by the next add, close or commit.

    Memory stays bounded: add() waits while `max_backlog` chunks are queued and not yet loaded
    (add(..., wait=False) does not), files are read in pieces of `chunk_bytes`, and each bulk_load
    of a chunk of ~50k lines (~8 MB) peaks near 100 MB (one bulk_load of a whole file: ~0.8 KB per
    triple). Chunks of 200k lines would save some compaction work at 2.7 times the memory.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str],
        *,
        threads: int = 2,
        max_backlog: int = 4,
        chunk_bytes: int = 8 << 20,
        lenient: bool = False,
        scratch: str | os.PathLike[str] | None = None,
    ) -> None:
        self.target = Path(directory)
        self.scratch = Path(scratch) if scratch is not None else None  # where the new store is built
        self.threads = max(1, threads)
        self.max_backlog = max(max_backlog, self.threads)
        self.chunk_bytes = chunk_bytes
        self.lenient = lenient
        self.files: set[str] = set()  # files given to add_file, deleted by commit/abort if delete=True
        self._delete: list[str] = []
        self._tmp: Path | None = None
        self._store: ox.Store | None = None
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._cond = threading.Condition()
        self._added = 0  # items added (written by the calling thread only)
        self._loaded = 0  # items loaded (by the loader threads, under _cond)
        self._error: BaseException | None = None
        self._stop = False
        self._closed = False
        self._threads: list[threading.Thread] = []
        self._running = 0  # loader threads that have not finished (under _cond)

    # --- the calling thread -------------------------------------------------------------------

    def __enter__(self) -> StoreWriter:
        self.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._tmp is not None:  # not committed
            self.abort()

    def start(self) -> None:
        self._tmp = _new_folder(self.target, self.scratch)
        try:
            self._store = ox.Store(str(self._tmp))
            for i in range(self.threads):
                t = threading.Thread(target=self._run, name=f"kg-store-loader-{i}", daemon=True)
                with self._cond:
                    self._running += 1
                self._threads.append(t)
                t.start()
        except BaseException:
            self.abort()
            raise

    @property
    def backlog(self) -> int:
        """Input items added and not yet completely loaded."""
        return self._added - self._loaded

    def add(self, data: bytes | list[bytes], wait: bool = True) -> None:
        """Queue N-Triples: bytes of whole lines, or a list of lines (each ending with a newline).

        With wait, block while max_backlog items are queued (bounded memory); the data must not be
        changed afterwards (a list is joined in a loader thread).
        """
        self._check()
        if wait:
            with self._cond:
                while self.backlog >= self.max_backlog and self._error is None:
                    self._cond.wait(0.5)
            self._check()
        self._put(data)

    def add_file(self, path: str | os.PathLike[str], delete: bool = False) -> None:
        """Queue an N-Triples file, read by the loader threads in pieces of about chunk_bytes; it
        must stay until commit or abort (which delete it if delete). Never waits."""
        self._check()
        p = os.fspath(path)
        self.files.add(p)
        if delete:
            self._delete.append(p)
        size = os.path.getsize(p)
        for start in range(0, size, self.chunk_bytes):
            self._put((p, start, min(size, start + self.chunk_bytes)))

    def close(self) -> None:
        """No more input: the threads load what is queued, then the store is optimized and flushed."""
        self._check()
        if not self._closed:
            self._closed = True
            self._queue.put(_DONE)

    def commit(self) -> Path:
        """Wait until everything is loaded and optimized, then swap the new store in; return its path."""
        if self._tmp is None:
            raise RuntimeError("StoreWriter: not started, or already committed or aborted")
        try:
            self.close()
            self._join()
            self._check()
            self._release()
            _swap_in(self._tmp, self.target, self.scratch)
        except BaseException:
            self.abort()
            raise
        self._tmp = None
        self._remove_files()
        return self.target

    def abort(self) -> None:
        """Stop the threads (after the chunks they are loading), join them and remove the new store."""
        self._stop = True
        if not self._closed:
            self._closed = True
            self._queue.put(_DONE)
        try:
            self._join()
        finally:
            self._release()
            if self._tmp is not None:
                shutil.rmtree(self._tmp, ignore_errors=True)
                self._tmp = None
            self._remove_files()

    def _put(self, item: object) -> None:
        if self._closed:
            raise RuntimeError("StoreWriter: input is closed")
        self._added += 1
        self._queue.put(item)

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def _join(self) -> None:
        """Join the threads, even if interrupted meanwhile (they stop after their current chunk)."""
        interrupted = None
        for t in self._threads:
            while t.is_alive():
                try:
                    t.join()
                except KeyboardInterrupt as e:  # a second Ctrl-C: stop as soon as possible, then re-raise
                    self._stop, interrupted = True, e
        if interrupted is not None:
            raise interrupted

    def _release(self) -> None:
        self._store = None
        gc.collect()  # the RocksDB handle is released when the Store object is freed

    def _remove_files(self) -> None:
        for p in self._delete:
            Path(p).unlink(missing_ok=True)
        self._delete.clear()

    # --- the loader threads -------------------------------------------------------------------

    # The loader threads reach the store only through self._store (never a local variable): a
    # frame kept by an error's traceback must not keep RocksDB open, or it would go on writing in
    # the folder that abort() removes.

    def _run(self) -> None:
        self._guard(self._consume)
        with self._cond:
            self._running -= 1
            last = self._running == 0
        self._queue.put(_DONE)  # for the other loader threads
        if last and not self._stop:
            self._guard(self._finish)

    def _guard(self, step: Callable[[], None]) -> None:
        """Run step; record an error (the first one) for the calling thread and stop the others."""
        try:
            step()
        except BaseException as e:
            with self._cond:
                if self._error is None:
                    self._error = e
                self._stop = True
                self._cond.notify_all()

    def _consume(self) -> None:
        while (item := self._queue.get()) is not _DONE and not self._stop:
            if isinstance(item, tuple):
                self._load(_piece(*item))
            else:
                self._load(item if isinstance(item, bytes) else b"".join(item))
            with self._cond:
                self._loaded += 1
                self._cond.notify_all()

    def _finish(self) -> None:
        """After the last chunk (in the last loader thread to finish)."""
        assert self._store is not None, "the store is open while its loader threads run"
        self._store.optimize()  # compacts the many files the chunks left: queries run 2-4 times faster
        self._store.flush()

    def _load(self, chunk: bytes) -> None:
        if chunk:
            assert self._store is not None, "the store is open while its loader threads run"
            try:
                self._store.bulk_load(input=chunk, format=ox.RdfFormat.N_TRIPLES, lenient=self.lenient)
            except (SyntaxError, ValueError) as e:
                raise InputError(f"not readable N-Triples ({e})") from e


def _piece(path: str, start: int, end: int) -> bytes:
    """The whole lines of an N-Triples file that begin in the byte range [start, end)."""
    with open(path, "rb") as f:
        if start > 0:
            f.seek(start - 1)
            if f.read(1) != b"\n":
                f.readline()  # the line under way belongs to the previous piece
        pos = f.tell()
        data = f.read(end - pos) if end > pos else b""
        if data and not data.endswith(b"\n"):
            data += f.readline()  # finish the last line begun in this piece
    return data


def _swap_in(new: Path, target: Path, scratch: Path | None = None) -> None:
    """Put the folder new at target; the previous target (if any) is removed afterwards."""
    if not target.exists():
        os.replace(new, target)
        return
    if _exchange(new, target):  # one atomic renameat2(RENAME_EXCHANGE): readers see old or new
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the old store
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=scratch or target.parent))
    os.replace(target, old / "store")
    try:
        os.replace(new, target)
    except BaseException:
        os.replace(old / "store", target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths with Linux renameat2(RENAME_EXCHANGE); False if unsupported."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    return fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def open_store(directory: str | os.PathLike[str], read_only: bool = True) -> ox.Store:
    """Open an on-disk store written by write_store (read-only unless asked otherwise)."""
    d = Path(directory)
    if not is_store(d):
        raise InputError(f"{d}: no kg store here (run kg build first)")
    try:
        return ox.Store.read_only(str(d)) if read_only else ox.Store(str(d))
    except OSError as e:
        raise InputError(f"{d}: cannot open the store ({e})") from e
