"""Incremental rebuilds: only the units of the graph that changed are written, and the store is updated in place.

A build that writes the store keeps, in OUT/.incr, its graph's sorted, distinct N-Triples lines
(graph.nt), its units (units.pickle and units.blob: kg/runtime/units.py), the values each article
gave its entities (values.marshal) and a key of everything but its inputs (the kg package, the
extraction stage, the build's options). The next build with the same key and a changed set of
articles re-extracts only the changed articles (the per-article cache), resolves the whole graph
again from the cached results (names merge across articles, so one article can change other
articles' entities; kg.resolve replays what the record says the unchanged articles decided, and takes
an unchanged article's part of the relations from it, the article's candidates left packed), takes
the values of the articles whose key from resolution (bytes, mentions' entities and classes) did not
change from the record, and writes the lines of the units whose digest changed only. The digests
are made from what resolution says each unit is made of (kg.resolve.IDENT), not from the units'
fields; without a page to write, a relation is made only where it is read (kg.resolve.LazyRelations:
those written again, those the districts and cities are derived from when their digest changed, those
stated about an entity written again). The lines the changed units no longer own (or that
no unit refers to any more) are deleted from the on-disk store and the new ones inserted, in one
transaction (a SPARQL update), with no reload. graph.nt is patched with the same difference and
graph.ttl block by block; both, and graph.html, are rewritten only when the graph changed. Without
usable units (or if a check fails) every line is written and diffed with graph.nt instead. The
store then holds exactly the triples a cold build of the same inputs loads.

The record is removed before a build publishes anything and written after everything is in place,
so an interrupted build leaves no record and the next build loads the store in full.
"""

from __future__ import annotations

import hashlib
import itertools
import marshal
import mmap
import os
import pickle
import re
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..errors import InputError
from .units import Fragments, Unit

if TYPE_CHECKING:
    from ..model import Graph
    from ..rdf import BuildIndex

INCR_DIR = ".incr"
VALUES = "values"  # the memo of what each document gave its entities (kg.attach), marshalled
VALUES_CHUNK = 1024  # documents per marshalled chunk of it
RESOLVE = "resolve"  # what the last build's resolution decided (kg.resolve), marshalled
# above this share of the old graph's lines, reloading the store costs less than a delta
FULL_RELOAD_SHARE = 0.25
UPDATE_LINES = 20_000  # lines per SPARQL DATA block (the whole delta is still one transaction)


def base_key(options: tuple) -> str:
    """The key of what a build's graph depends on besides its articles: package, pipeline, options."""
    from . import cache
    from .noop import package_version

    return hashlib.sha1(
        f"incr-1|{package_version()}|{cache.PIPELINE_VERSION}|{options!r}".encode()
    ).hexdigest()


class Record:
    """The sorted lines and key of the last build into one output folder."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.dir = out / INCR_DIR
        self.nt = self.dir / "graph.nt"

    def previous(self, key: str) -> Path | None:
        """The last build's graph.nt if it was built with key and its store and Turtle are still there."""
        try:
            if (self.dir / "key").read_text() != key:
                return None
        except OSError:
            return None
        from ..store import is_store

        if not (self.nt.is_file() and is_store(self.out / "store") and (self.out / "graph.ttl").is_file()):
            return None
        return self.nt

    def forget(self) -> None:
        """Called before a build publishes: the outputs may no longer be those of graph.nt."""
        (self.dir / "key").unlink(missing_ok=True)

    def fragments(self) -> Fragments:
        """Empty fragments of this build, their own lines written beside the last build's."""
        self.dir.mkdir(exist_ok=True)
        return Fragments(blob=str(self.dir / ".units.blob.tmp"))

    def load(self, name: str) -> object:
        """A memo the last build kept (None if none or unreadable); read only after previous() found the key."""
        try:
            if name == VALUES:  # (kg.attach.ValuesMemo: the values as plain tuples)
                with open(self.dir / f"{name}.marshal", "rb") as f:
                    out = {}
                    for _ in range(marshal.load(f)):
                        for doc, sha, sig, akey, found in marshal.load(f):
                            out[doc] = (sha, sig, akey, found)
                    return out
            if name == RESOLVE:
                with open(self.dir / f"{name}.marshal", "rb") as f:
                    return marshal.load(f)
            with open(self.dir / f"{name}.pickle", "rb") as f:
                return pickle.load(f)
        except Exception:  # missing, truncated, or written by another Python: start afresh
            return None

    def save(self, key: str, memos: dict[str, object] | None = None) -> None:
        """Record a published build whose lines are in graph.nt and its memos (the key last: a partial
        record is none)."""
        self.dir.mkdir(exist_ok=True)
        for name, memo in (memos or {}).items():
            if memo is None:
                (self.dir / f"{name}.pickle").unlink(missing_ok=True)
                (self.dir / f"{name}.marshal").unlink(missing_ok=True)
                if name == "units":
                    for p in self.dir.glob("*units.blob*"):
                        p.unlink(missing_ok=True)
                continue
            if isinstance(memo, Fragments):  # its lines first, under the name the next build reads
                if memo.blob != str(self.dir / "units.blob"):
                    os.replace(memo.blob, self.dir / "units.blob")
                memo.blob = ""
            tmp = self.dir / f".{name}.tmp"
            if name == VALUES and isinstance(memo, dict):
                # the values as plain tuples, marshalled a chunk of documents at a time: pickled, they
                # were a peak of the build at its very end (pickling a str caches its UTF-8 form in it:
                # +150 % for each sentence a value cites, and the pickler's memo of every object)
                items = list(memo.items())
                chunks = range(0, len(items), VALUES_CHUNK)
                with open(tmp, "wb") as f:
                    marshal.dump(len(chunks), f)
                    for i in chunks:
                        part = items[i : i + VALUES_CHUNK]
                        marshal.dump(tuple((d, *v) for d, v in part), f)
                os.replace(tmp, self.dir / f"{name}.marshal")
                continue
            if name == RESOLVE and isinstance(memo, dict):  # plain tuples, strings and numbers
                with open(tmp, "wb") as f:
                    marshal.dump(memo, f)
                os.replace(tmp, self.dir / f"{name}.marshal")
                continue
            with open(tmp, "wb") as f:
                pickle.dump(memo, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.dir / f"{name}.pickle")
        tmp = self.dir / ".key.tmp"
        tmp.write_text(key)
        os.replace(tmp, self.dir / "key")

    def drop(self) -> None:
        """No record at all (a build without the store or the cache)."""
        self.forget()
        self.nt.unlink(missing_ok=True)
        for p in [*self.dir.glob("*.pickle"), *self.dir.glob("*.marshal"), *self.dir.glob("*units.blob*")]:
            p.unlink(missing_ok=True)


def diff(
    old: Iterable[bytes], new: Iterable[bytes], removed: list[bytes], added: list[bytes], block: int = 65536
) -> Iterator[list[bytes]]:
    """Pass the lines of new through in blocks, collecting the lines only in old into removed and those
    only in new into added; both inputs sorted and distinct.

    A block of new lines is compared with the old lines up to its last one as two sets (C speed; a
    line-by-line merge walk in Python cost a second per million lines); removed and added come out
    sorted.
    """
    it = iter(old)
    pending: list[bytes] = []  # old lines read but not yet compared
    exhausted = False
    for part in _batches(new, block):
        hi = part[-1]
        while not exhausted and (not pending or pending[-1] <= hi):
            more = list(itertools.islice(it, block))
            exhausted = len(more) < block
            pending += more
        cut = bisect_right(pending, hi)
        mine, pending = pending[:cut], pending[cut:]
        if mine != part:
            a, b = set(mine), set(part)
            removed.extend(sorted(a - b))
            added.extend(sorted(b - a))
        yield part
    pending += it
    removed.extend(pending)


def _batches(lines: Iterable[bytes], n: int) -> Iterator[list[bytes]]:
    it = iter(lines)
    while part := list(itertools.islice(it, n)):
        yield part


class Lines:
    """A file of sorted, distinct lines (graph.nt), searched in place: memory-mapped, each look-up a
    binary search over byte offsets (splitting the file into a list of lines cost more than the rest
    of an update's writing)."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            self.data: bytes | mmap.mmap = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if size else b""

    def seek(self, key: bytes) -> int:
        """The offset of the first line >= key (the file's size if none)."""
        data = self.data
        lo, hi = 0, len(data)  # both at the start of a line
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 or lo
            end = data.find(b"\n", start) + 1 or len(data)
            if data[start:end] < key:
                lo = end
            else:
                hi = start
        return lo

    def line_at(self, at: int) -> bytes:
        """The line that starts at offset at (b"" at the end)."""
        end = self.data.find(b"\n", at) + 1 or len(self.data)
        return self.data[at:end]

    def has(self, line: bytes) -> bool:
        at = self.seek(line)
        return self.data[at : at + len(line)] == line

    def of(self, subject: bytes) -> list[bytes]:
        """The lines whose subject is subject (they lie between "s " and "s!")."""
        a, b = self.seek(subject + b" "), self.seek(subject + b"!")
        return self.data[a:b].splitlines(keepends=True)

    def count(self) -> int:
        data, step = self.data, 1 << 24
        return sum(data[i : i + step].count(b"\n") for i in range(0, len(data), step))

    def patched(self, removed: list[bytes], added: list[bytes]) -> Iterator[bytes]:
        """The pieces of the file with the lines removed (all present) taken out and the lines added
        (none present) put in order."""
        edits = [(at, at + len(x), b"") for x in removed for at in (self.seek(x),)]
        edits += [(at, at, x) for x in added for at in (self.seek(x),)]
        edits.sort()  # an insertion before the line it precedes, insertions at one place in order
        pos = 0
        for start, end, text in edits:
            if start > pos:
                yield self.data[pos:start]
            if text:
                yield text
            pos = max(pos, end)
        if pos < len(self.data):
            yield self.data[pos:]

    def close(self) -> None:
        if isinstance(self.data, mmap.mmap):
            self.data.close()


def apply_delta(store_dir: Path, removed: list[bytes], added: list[bytes]) -> None:
    """Delete removed and insert added (N-Triples lines) in the on-disk store, in one transaction."""
    from ..store import open_store

    if not removed and not added:
        return
    parts: list[bytes] = []
    for verb, lines in ((b"DELETE DATA", removed), (b"INSERT DATA", added)):
        for i in range(0, len(lines), UPDATE_LINES):
            parts.append(verb + b" {\n" + b"".join(lines[i : i + UPDATE_LINES]) + b"}")
    store = open_store(store_dir, read_only=False)
    try:
        store.update(b" ;\n".join(parts).decode("utf-8"))
        store.flush()
    finally:
        del store  # the RocksDB handle is released when the Store object is freed


def _by_units(
    graph: Graph, mentions: bool, old: Fragments, old_lines: Lines, into: Fragments
) -> tuple[list[bytes], list[bytes], Fragments] | None:
    """The lines removed and added (sorted) and the new graph's fragments, written from the units that
    changed since old (whose sorted lines are old_lines); None if a check fails (a line owned by two
    units): the caller then writes every line."""
    from ..model import Graph as G
    from ..rdf import BuildIndex, _areas
    from . import units

    ident = into.ident
    if ident is not None and (len(ident[0]) != len(graph.entities) or len(ident[1]) != len(graph.relations)):
        ident = None  # (not this graph's: digests() would not use it either)
    if ident is not None:  # the digests read the areas only; the rest of the index is made below
        index = BuildIndex(graph.documents)
        # from the relations the areas read (a project's locatedIn, every partOf): their number of
        # evidence, from the record where a relation's digest (its key from resolution) is the same
        spo = units.relation_keys(graph)
        weights: dict[str, int] = {}
        light: list[_Weighed] = []
        last = old.weights or {}
        for i in units.area_relations(graph):
            s, p, o = spo[i]
            k = f"r|{s}|{p}|{o}"
            u, w = old.units.get(k), last.get(k)
            if w is None or u is None or u.digest != ident[1][i]:
                w = len(graph.relations[i].evidence)
            weights[k] = w
            light.append(_Weighed(s, p, o, (None,) * w))
        index.areas = _areas(G((), graph.entities, tuple(light)))  # type: ignore[arg-type]
    else:
        index = BuildIndex(graph.documents, graph)
    keys, hashes = units.digests(graph, index, ident)
    if len(set(keys)) != len(keys):
        return None
    new = Fragments(blob=into.blob)
    if ident is not None:
        new.weights = weights
    dirty: list[int] = []
    for i, (k, h) in enumerate(zip(keys, hashes, strict=True)):
        u = old.units.get(k)
        if u is not None and u.digest == h:
            new.units[k] = u
        else:
            dirty.append(i)
    nd, ne = len(graph.documents), len(graph.entities)
    if ident is not None:
        dirty = _stated_again(graph, keys, dirty, old, new, index)
    docs = tuple(graph.documents[i] for i in dirty if i < nd)
    ents = tuple(graph.entities[i - nd - 1] for i in dirty if nd < i <= nd + ne)
    rels = tuple(graph.relations[i - nd - 1 - ne] for i in dirty if i > nd + ne)
    # the division list's source is written by every call: it is the slice's unit nd too
    picked = [i for i in dirty if i < nd] + [nd] + [i for i in dirty if i > nd]
    fresh = Fragments(blob=into.blob + ".fresh")
    with open(fresh.blob, "wb") as sink:
        for _ in units.collect(
            G(docs, ents, rels),
            mentions,
            index,
            [keys[i] for i in picked],
            [hashes[i] for i in picked],
            fresh,
            sink,
        ):
            pass
    new.units.update(fresh.units)
    new.rewritten = len(fresh.units)
    gone = [u for k, u in old.units.items() if new.units.get(k) is not u]
    read_old, read_fresh = old.reader(), fresh.reader()
    removed_own: set[bytes] = set()
    for u in gone:
        removed_own.update(read_old(u).splitlines(keepends=True))
    added_own: set[bytes] = set()
    for u in fresh.units.values():
        added_own.update(read_fresh(u).splitlines(keepends=True))
    if len(added_own) != sum(u.count for u in fresh.units.values()):
        return None  # two changed units own one line
    drop, add = removed_own - added_own, added_own - removed_own
    # shared nodes: present while some unit refers to them; a changed document's are written afresh
    before = old.refcounts()
    after = before.copy()
    touched: set[str] = set()
    for u in gone:
        after.subtract(u.refs)
        touched.update(u.refs)
    for u in fresh.units.values():
        after.update(u.refs)
        touched.update(u.refs)
    old_node, fresh_node = old.node_reader(), fresh.node_reader()
    for p in touched:
        was = old_node(p) if before[p] > 0 else None
        now = (fresh_node(p) if p in fresh.nodes else old_node(p)) if after[p] > 0 else None
        if after[p] > 0 and now is None:
            return None
        if was != now:
            a = set(was.splitlines(keepends=True)) if was else set()
            b = set(now.splitlines(keepends=True)) if now else set()
            drop |= a - b
            add |= b - a
    live = [p for p, c in after.items() if c > 0]  # the shared nodes some unit still refers to
    new.counts = Counter({p: after[p] for p in live})
    removed, added = sorted(drop), sorted(add)
    # every line removed was there and none added was (else a line had two owners): by bisection
    if not all(map(old_lines.has, removed)) or any(map(old_lines.has, added)):
        return None
    _blob(new, old, fresh, into, read_old, read_fresh, live)
    return removed, added, new


class _Weighed(NamedTuple):
    """What kg.rdf's areas read of a relation: its ends, predicate and number of evidence."""

    subject: str
    predicate: str
    object: str
    evidence: tuple[None, ...]


def _stated_again(
    graph: Graph, keys: list[str], dirty: list[int], old: Fragments, new: Fragments, index: BuildIndex
) -> list[int]:
    """With digests from resolution's keys: dirty (the units to write, by position) with the entities at
    the ends of every relation that changed, appeared or went (where an entity is stated is part of its
    lines, not of its digest), and the index's sentences that name or state the ends of the units to
    write (those are the only ones their lines read)."""
    from ..rdf import repeated_by_name
    from . import units

    nd, ne = len(graph.documents), len(graph.entities)
    ends: set[str] = set()
    for i in dirty:
        if i > nd + ne:
            r = graph.relations[i - nd - 1 - ne]
            ends.add(r.subject)
            ends.add(r.object)
    spo = units.relation_keys(graph)
    now = set(keys)
    for k in old.units:
        if k.startswith("r|") and k not in now:
            _, s, _, o = k.split("|")
            ends.add(s)
            ends.add(o)
    first = set(dirty)
    for i in range(nd + 1, nd + 1 + ne):
        if i not in first and graph.entities[i - nd - 1].id in ends:
            first.add(i)
            new.units.pop(keys[i], None)
    dirty = sorted(first)
    written = {graph.entities[i - nd - 1].id for i in dirty if nd < i <= nd + ne}
    named_for: set[str] = set()  # the ends of the relations to write
    for i in dirty:
        if i > nd + ne:
            r = graph.relations[i - nd - 1 - ne]
            named_for.add(r.subject)
            named_for.add(r.object)
    locate = index.locate
    named, stated = index.named, index.stated
    for e in graph.entities:
        if e.id in named_for:
            for m in e.mentions:
                if (at := locate(m.doc_id, m.start)) is not None:
                    named.add((e.id, m.doc_id, at))
    for i, (s, _, o) in enumerate(spo):  # (as kg.rdf.BuildIndex, for the entities to write)
        if s not in written and o not in written:
            continue
        r = graph.relations[i]
        again = repeated_by_name(r, locate)
        for ev in r.evidence:
            if ev.doc_id and (at := locate(ev.doc_id, ev.start)) is not None:
                if again and (ev.doc_id, at) in again:
                    continue
                stated.add((r.subject, ev.doc_id, at))
                stated.add((r.object, ev.doc_id, at))
    return dirty


# the units' file is appended to while the lines it holds that no unit owns any more take less than
# this share of it (a rewrite copies every kept unit's lines: about a second at 1,000 articles)
BLOB_GARBAGE = 0.5


def _blob(
    new: Fragments,
    old: Fragments,
    fresh: Fragments,
    into: Fragments,
    read_old: Callable[[Unit], bytes],
    read_fresh: Callable[[Unit], bytes],
    live_nodes: list[str],
) -> None:
    """Put the new units' own lines and the lines of the shared nodes in live_nodes in a file: the
    fresh ones appended to the old file (the old units and nodes keep their place in it), or every
    one copied into into's file when most of the old file would be lines no unit owns. (The old file
    may be appended to: the record that names it was removed before this build published anything,
    and is written again only when it is complete.)"""
    from . import units

    old_node, fresh_node = old.node_reader(), fresh.node_reader()
    live = sum(u.size for u in new.units.values()) + sum(
        (fresh.nodes[p] if p in fresh.nodes else old.nodes[p])[1] for p in live_nodes
    )
    size = os.path.getsize(old.blob) if old.blob and os.path.isfile(old.blob) else -1
    grown = size + sum(u.size for u in fresh.units.values()) + sum(n[1] for n in fresh.nodes.values())
    if size >= 0 and grown - live <= BLOB_GARBAGE * grown:
        with open(old.blob, "ab") as f:
            at = f.tell()
            for k, u in fresh.units.items():
                data = read_fresh(u)
                f.write(data)
                new.units[k] = units.Unit(u.digest, at, len(data), u.count, u.refs)
                at += len(data)
            for p in live_nodes:
                if p in fresh.nodes:
                    data = fresh_node(p) or b""
                    f.write(data)
                    new.nodes[p] = (at, len(data), fresh.nodes[p][2])
                    at += len(data)
                else:
                    new.nodes[p] = old.nodes[p]
        new.blob = old.blob
        return
    at = 0
    with open(into.blob, "wb") as f:
        for k, u in new.units.items():
            data = read_fresh(u) if k in fresh.units else read_old(u)
            f.write(data)
            new.units[k] = units.Unit(u.digest, at, len(data), u.count, u.refs)
            at += len(data)
        for p in live_nodes:
            data = (fresh_node(p) if p in fresh.nodes else old_node(p)) or b""
            f.write(data)
            new.nodes[p] = (at, len(data), (fresh.nodes[p] if p in fresh.nodes else old.nodes[p])[2])
            at += len(data)
    new.blob = into.blob


PATCH_SUBJECTS = 2000  # above this many changed subjects, the Turtle is written anew


def _subject(line: bytes) -> bytes:
    return line[: line.index(b" ")]


def _blocks(ttl: bytes) -> tuple[bytes, list[bytes]]:
    """Turtle as written by kg.turtle: its prefix lines, and one block of lines per subject (a block
    starts at a line that does not start with a tab)."""
    starts = [m.start() + 1 for m in _BLOCK.finditer(ttl)]
    head = 0
    while head < len(starts) and ttl.startswith(b"@prefix", starts[head]):
        head += 1
    cut = starts[head] if head < len(starts) else len(ttl)
    if not ttl.startswith(b"@prefix"):  # no prefix line at all: the first block starts at 0
        starts, cut, head = [0, *starts], 0, 0
    bounds = [*starts[head:], len(ttl)]
    return ttl[:cut], [ttl[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


_BLOCK = re.compile(rb"\n(?!\t|$)")


def patch_turtle(ttl: bytes, old: Lines, removed: list[bytes], added: list[bytes]) -> bytes | None:
    """The Turtle of old's lines with removed taken out and added put in, made from ttl (that of old)
    by writing again only the blocks of the subjects of the changed lines; None where it cannot (too
    many, or the prefixes differ)."""
    import pyoxigraph as ox

    from ..rdf import TURTLE_PREFIXES
    from ..turtle import turtle

    subjects = sorted({_subject(x) for x in (*removed, *added)}, key=lambda s: s + b" ")
    if len(subjects) > PATCH_SUBJECTS:
        return None
    # a subject new to the graph goes before the block of the subject that follows it in old
    anchors: dict[bytes, bytes | None] = {}
    for s in subjects:
        nxt = old.line_at(old.seek(s + b" "))
        anchors[s] = None if nxt.startswith(s + b" ") else (_subject(nxt) if nxt else b"")
    olds = sorted(
        {s for s, a in anchors.items() if a is None} | {a for a in anchors.values() if a},
        key=lambda s: s + b" ",
    )
    gone, more = set(removed), defaultdict(list)
    for x in added:
        more[_subject(x)].append(x)
    # each subject's lines after the change, in order
    now = {s: sorted([x for x in old.of(s) if x not in gone] + more[s]) for s in subjects}
    present = [s for s in subjects if now[s]]

    def write(lines: list[bytes]) -> tuple[bytes, list[bytes]]:
        triples = ox.parse(input=b"".join(lines), format=ox.RdfFormat.N_TRIPLES, lenient=True)
        return _blocks(turtle(triples, TURTLE_PREFIXES))

    head, old_blocks = write([x for s in olds for x in old.of(s)])
    new_head, new_blocks = write([x for s in present for x in now[s]])
    if len(old_blocks) != len(olds) or len(new_blocks) != len(present) or new_head != head:
        return None
    if not ttl.startswith(head):
        return None
    at: dict[bytes, tuple[int, int]] = {}  # subject -> its block's span in ttl
    pos = 0
    for s, block in zip(olds, old_blocks, strict=True):
        # the blocks are in the order of the lines: each found after the last (one pass over ttl)
        i = ttl.find(b"\n" + block, pos) + 1 or ttl.find(b"\n" + block) + 1
        if i <= 0:
            return None
        at[s] = (i, i + len(block))
        pos = i + len(block) - 1
    edits: list[tuple[int, int, int, bytes]] = []  # (start, end, order, text)
    written = dict(zip(present, new_blocks, strict=True))
    for k, s in enumerate(subjects):
        text = written.get(s, b"")
        anchor = anchors[s]
        if anchor is None:
            edits.append((*at[s], k, text))
        elif anchor:
            edits.append((at[anchor][0], at[anchor][0], k, text))
        else:
            edits.append((len(ttl), len(ttl), k, text))
    edits.sort()
    parts: list[bytes] = []
    pos = 0
    for start, end, _, text in edits:
        parts += (ttl[pos:start], text)
        pos = max(pos, end)
    parts.append(ttl[pos:])
    return b"".join(parts)


def update(
    graph: Graph,
    out: Path,
    html: bool,
    previous: Path,
    timings: dict[str, float],
    phase: Callable[[str], None] | None = None,
    mentions: bool = True,
    jobs: int = 1,
    frags: Fragments | None = None,
    into: Fragments | None = None,
) -> tuple[dict[str, Path], int, Fragments | None]:
    """Bring out's graph.ttl, graph.html and store from the graph of previous (sorted lines) to graph.

    With frags (the fragments of previous), only the units that changed are written
    (kg/runtime/units.py); else every line is, and diffed against previous. Returns the outputs, the
    triple count and the new graph's fragments (None if they cannot be kept). The new sorted lines
    replace previous; nothing is renamed into place before the store holds the new graph (one
    transaction).
    """
    from ..publish import PARALLEL_RDF_MIN_ENTITIES, parallel_runs, write_turtle
    from ..rdf import BuildIndex
    from . import extsort, units
    from .lock import scratch, staged, tidy

    pending: list[tuple[Path, Path]] = []
    outputs: dict[str, Path] = {}
    try:
        if phase:
            phase("writing RDF")
        t = time.perf_counter()
        nt = staged(out, "graph.nt")
        new_frags: Fragments | None = None
        found = None
        if frags is not None:
            old_lines = Lines(previous)
            into = into or Fragments(blob=str(scratch(out) / "units.blob"))
            try:
                found = _by_units(graph, mentions, frags, old_lines, into)
            finally:
                Path(into.blob + ".fresh").unlink(missing_ok=True)
        if found is not None:
            removed, added, kept = found
            assert frags is not None  # (found only with them)
            count = (frags.lines if frags.lines >= 0 else old_lines.count()) - len(removed) + len(added)
            kept.lines = count
            new_frags = kept
            changed = bool(removed or added)
            if changed:
                pending.append((nt, previous))
                with open(nt, "wb") as f:
                    for piece in old_lines.patched(removed, added):
                        f.write(piece)
                ttl = staged(out, "graph.ttl")
                pending.append((ttl, out / "graph.ttl"))
                data = patch_turtle((out / "graph.ttl").read_bytes(), old_lines, removed, added)
                if data is not None:
                    ttl.write_bytes(data)
                else:
                    with open(nt, "rb") as f:
                        # every line was parsed strictly by the store: when it was loaded, or by the
                        # update below
                        write_turtle(f, ttl, lenient=True)
        if frags is not None:
            old_lines.close()
        else:
            runs: list[str] | None = None
            keep: list[bytes] = []
            if (
                jobs > 1 and len(graph.entities) >= PARALLEL_RDF_MIN_ENTITIES
            ):  # no store writer: forking is safe
                runs = parallel_runs(graph, scratch(out), jobs, mentions)
            if runs is None:
                new_frags = into or Fragments(blob=str(scratch(out) / "units.blob"))
                index = BuildIndex(graph.documents, graph)
                keys, hashes = units.digests(graph, index, new_frags.ident)
                with open(new_frags.blob, "wb") as sink:
                    source = units.collect(graph, mentions, index, keys, hashes, new_frags, sink)
                    runs, keep = extsort.sorted_runs(source, scratch(out), extsort.RUN_BYTES, keep_last=True)
            merged = extsort.distinct(runs, keep)
            removed = []
            added = []
            pending.append((nt, previous))
            count = 0
            try:
                with open(previous, "rb") as old, open(nt, "wb") as f:
                    for block in diff(old, merged, removed, added):
                        f.write(b"".join(block))
                        count += len(block)
            finally:
                merged.close()
                for r in runs:
                    Path(r).unlink(missing_ok=True)
            del keep
            if new_frags is not None and not new_frags.consistent(count):
                new_frags = None
            if new_frags is not None:
                new_frags.lines = count
            changed = bool(removed or added)
            if changed:  # an unchanged graph keeps its Turtle file as it is
                ttl = staged(out, "graph.ttl")
                pending.append((ttl, out / "graph.ttl"))
                with open(nt, "rb") as f:
                    # every line was parsed strictly by the store: when it was loaded, or by the update below
                    write_turtle(f, ttl, lenient=True)
        outputs["turtle"] = out / "graph.ttl"
        timings["rdf"] = time.perf_counter() - t
        timings["_delta"] = len(removed) + len(added)
        if html:
            from ..html import render_html

            if phase:
                phase("writing HTML")
            t = time.perf_counter()
            # the page also shows what the RDF does not (e.g. each article's path): rendered, and
            # written only if it differs
            data = render_html(graph).encode("utf-8")
            try:
                same = (out / "graph.html").read_bytes() == data
            except OSError:
                same = False
            if not same:
                page = staged(out, "graph.html")
                pending.append((page, out / "graph.html"))
                page.write_bytes(data)
            timings["html"] = time.perf_counter() - t
            outputs["html"] = out / "graph.html"
        if phase:
            phase("updating the store")
        t = time.perf_counter()
        old_count = count - len(added) + len(removed)
        reload = len(removed) + len(added) > FULL_RELOAD_SHARE * old_count
        if not reload:
            try:
                apply_delta(out / "store", removed, added)
            except InputError:  # the store cannot be opened for writing (e.g. another process holds it)
                reload = True
        if reload:
            import pyoxigraph as ox

            from ..store import write_store

            write_store(out / "store", nt, ox.RdfFormat.N_TRIPLES)  # built beside the old one, swapped in
            timings["_reloaded"] = 1.0
        outputs["store"] = out / "store"
        timings["store"] = time.perf_counter() - t
        for tmp, final in pending:
            os.chmod(tmp, 0o644)
            os.replace(tmp, final)
        pending.clear()
        if not html:
            (out / "graph.html").unlink(missing_ok=True)
    finally:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)
        tidy(out)
    return outputs, count, new_frags
