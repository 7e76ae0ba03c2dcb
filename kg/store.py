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
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError

RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML, ".n3": ox.RdfFormat.N3,
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
        p = Path(source)
        if not p.is_file():
            raise InputError(f"{p}: no such graph file (run kg build first)")
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
    store, if any, is left untouched.
    """
    target = Path(directory)
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: exists and is not a directory")
    if target.is_dir() and any(target.iterdir()) and not is_store(target):
        raise InputError(f"{target}: exists and is not a kg store; refusing to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        store = ox.Store(str(tmp))
        load_into(store, source, fmt)
        store.optimize()
        store.flush()
        del store
        gc.collect()  # the RocksDB handle is released when the Store object is freed
        _swap_in(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def _swap_in(new: Path, target: Path) -> None:
    """Put the folder new at target; the previous target (if any) is removed afterwards."""
    if not target.exists():
        os.replace(new, target)
        return
    if _exchange(new, target):  # one atomic renameat2(RENAME_EXCHANGE): readers see old or new
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the old store
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
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
