"""The published graph as units (documents, entities, relations), each with a digest of what its triples depend on.

A unit's triples are those it owns (subjects of its own: the entity, its quantity and date nodes,
a relation's statements) plus those of the shared nodes it refers to (sentences, rules), which
kg.rdf.ntriples_lines writes once, where they are first used. A build keeps, per unit, a digest of
the unit and of everything else its lines are made from (the bytes of the documents it cites, the
sentences where a statement names its ends, a project's district and city), its own lines and the
shared nodes it refers to; per shared node, its lines. The next build compares digests and writes
the lines of the units that changed only: the graph is the union of every unit's own lines and of
the lines of every node some unit refers to, so the lines that leave and enter it follow from the
changed units alone, as long as no two units own the same line — which every build checks by
counting (`Fragments.consistent`); a build that finds otherwise keeps no fragments, and the next
one falls back to writing every line.
"""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, BinaryIO

from ..model import DateValue, Entity, Evidence, Graph, Mention, Quantity, Relation
from ..rdf import KGR, BuildIndex, unit_lines

FORMAT = 5  # bump when the layout below or the meaning of a digest changes
_SHARED = ("<" + KGR + "sent/", "<" + KGR + "rule/")
SRC = "src"  # the unit of the division list's source node (written by every build)


@dataclass(slots=True)  # one per document, entity and relation (300,000 at 10,000 articles)
class Unit:
    digest: bytes
    at: int  # where its own lines (distinct) are in the fragments' blob file
    size: int  # and how many bytes they take
    count: int  # how many lines
    refs: tuple[str, ...]  # the shared nodes it refers to (their IRIs, as N-Triples writes them), distinct


def astuple_unit(u: Unit) -> tuple[bytes, int, int, int, tuple[str, ...]]:
    return (u.digest, u.at, u.size, u.count, u.refs)


@dataclass
class Fragments:
    """The units of one published graph, by key, and the lines of the shared nodes they refer to."""

    units: dict[str, Unit] = field(default_factory=dict)
    # per shared node: where its lines are in the blob file, their size and how many (on disk too: the
    # sentences' text, ~120 MB at 10,000 articles, was held in memory through the RDF stage)
    nodes: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    format: int = FORMAT
    rewritten: int = -1  # how many units this build wrote the lines of (-1: all of them)
    # the file of the units' own lines, one after the other (kept on disk: they are as large as the
    # graph's N-Triples, and an update reads only those of the units that changed)
    blob: str = ""
    # what this build's resolution says each entity and relation is made of (kg.resolve.IDENT), when
    # it recorded it: the units' digests are then made from it (digests()); not kept in the record
    ident: tuple[list[bytes], list[bytes]] | None = field(default=None, repr=False, compare=False)
    # how many units refer to each shared node (refcounts(), kept: counting cost an update 0.1 s at
    # 1,000 articles) and the graph's distinct lines (-1: not known)
    counts: Counter[str] | None = field(default=None, repr=False, compare=False)
    lines: int = -1
    # the number of evidence of each relation the areas are made from (area_relations(): key ->
    # len(evidence)), so that an update makes only those that changed; None: not known
    weights: dict[str, int] | None = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        # the units as plain tuples: a dataclass is pickled with a dict of its fields each (the
        # record's 43,000 units at 1,000 articles took 0.3 s to load that way, 0.1 s as tuples)
        state = dict(self.__dict__)
        state["units"] = {k: astuple_unit(u) for k, u in self.units.items()}
        state["ident"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        units = state.get("units", {})
        state["units"] = {k: Unit(*u) if isinstance(u, tuple) else u for k, u in units.items()}
        self.__dict__.update(state)

    def reader(self) -> Callable[[Unit], bytes]:
        """What reads a unit's own lines from the blob file."""
        with open(self.blob, "rb") as f:
            if os.fstat(f.fileno()).st_size == 0:
                return lambda u: b""
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return lambda u: data[u.at : u.at + u.size]

    def node_reader(self) -> Callable[[str], bytes | None]:
        """What reads a shared node's lines from the blob file (None for a node it does not have)."""
        read = self.reader()
        nodes = self.nodes

        def node(p: str) -> bytes | None:
            n = nodes.get(p)
            return None if n is None else read(Unit(b"", n[0], n[1], n[2], ()))

        return node

    def refcounts(self) -> Counter[str]:
        """How many units refer to each shared node (not to be changed: copy it)."""
        if self.counts is None:
            c: Counter[str] = Counter()
            for u in self.units.values():
                c.update(u.refs)
            self.counts = c
        return self.counts

    def consistent(self, triples: int) -> bool:
        """No line is owned by two units or is also a node's: the lines counted unit by unit and node
        by node are the graph's distinct lines (triples)."""
        used = self.refcounts()
        nodes = sum(self.nodes[p][2] for p in used if p in self.nodes)
        return set(used) <= set(self.nodes) and sum(u.count for u in self.units.values()) + nodes == triples


def _getter(cls: type) -> Callable[[Any], tuple]:
    return attrgetter(*(f.name for f in fields(cls)))


# every field, in order, as plain tuples (C-speed repr; the dataclasses' own repr and pickling run
# Python code per object); a field added to the model is in these automatically
_MENTION, _EVIDENCE = _getter(Mention), _getter(Evidence)
_ENTITY, _RELATION = _getter(Entity), _getter(Relation)
_QUANTITY, _DATE = _getter(Quantity), _getter(DateValue)
_E_MENTIONS, _E_QUANTITIES, _E_DATES = (
    [f.name for f in fields(Entity)].index(n) for n in ("mentions", "quantities", "dates")
)
_R_EVIDENCE = [f.name for f in fields(Relation)].index("evidence")
_Q_EVIDENCE = [f.name for f in fields(Quantity)].index("evidence")
_D_EVIDENCE = [f.name for f in fields(DateValue)].index("evidence")


def _valued(v: tuple, at: int) -> tuple:
    """A Quantity's or DateValue's fields with its evidence's fields in place of the Evidence."""
    return v[:at] + (_EVIDENCE(v[at]),) + v[at + 1 :]


# the fields of a mention the published triples are made from (where it is: which sentence names
# the entity, how many times); the rest (its text, rule, sentence …) is in the entity's other fields
# or not published. tests/test_incremental.py checks that kg.rdf reads no other.
MENTION_FIELDS_PUBLISHED = ("doc_id", "start")
_MENTION_PUBLISHED = attrgetter(*MENTION_FIELDS_PUBLISHED)


def _flat(e: Entity, mention: Callable[[Any], tuple]) -> tuple:
    """e's fields as nested tuples of plain values, each mention as `mention` gives it."""
    t = list(_ENTITY(e))
    t[_E_MENTIONS] = tuple(map(mention, e.mentions))
    t[_E_QUANTITIES] = tuple(_valued(_QUANTITY(q), _Q_EVIDENCE) for q in e.quantities)
    t[_E_DATES] = tuple(_valued(_DATE(d), _D_EVIDENCE) for d in e.dates)
    return tuple(t)


def _published_entity(e: Entity) -> tuple:
    """What the triples of e are made from: every field, its mentions by their published fields."""
    return _flat(e, _MENTION_PUBLISHED)


def flat_entity(e: Entity) -> tuple:
    """e as nested tuples of plain values (every field, in order; entity_of() makes it again)."""
    return _flat(e, _MENTION)


def flat_relation(r: Relation) -> tuple:
    """r as nested tuples of plain values (relation_of() makes it again)."""
    t = list(_RELATION(r))
    t[_R_EVIDENCE] = tuple(map(_EVIDENCE, r.evidence))
    return tuple(t)


def _valued_of(cls: type, v: tuple, at: int) -> Any:
    return cls(*v[:at], Evidence(*v[at]), *v[at + 1 :])


def flat_values(found: tuple) -> tuple:
    """A document's values ((owner id, Quantity) ..., (owner id, DateValue) ...) as plain tuples."""
    return (
        tuple((eid, _valued(_QUANTITY(q), _Q_EVIDENCE)) for eid, q in found[0]),
        tuple((eid, _valued(_DATE(d), _D_EVIDENCE)) for eid, d in found[1]),
    )


def values_of(t: tuple) -> tuple:
    """flat_values() undone."""
    return (
        tuple((eid, _valued_of(Quantity, q, _Q_EVIDENCE)) for eid, q in t[0]),
        tuple((eid, _valued_of(DateValue, d, _D_EVIDENCE)) for eid, d in t[1]),
    )


def entity_of(t: tuple) -> Entity:
    v = list(t)
    v[_E_MENTIONS] = tuple(Mention(*m) for m in t[_E_MENTIONS])
    v[_E_QUANTITIES] = tuple(_valued_of(Quantity, q, _Q_EVIDENCE) for q in t[_E_QUANTITIES])
    v[_E_DATES] = tuple(_valued_of(DateValue, d, _D_EVIDENCE) for d in t[_E_DATES])
    return Entity(*v)


def relation_of(t: tuple) -> Relation:
    v = list(t)
    v[_R_EVIDENCE] = tuple(Evidence(*e) for e in t[_R_EVIDENCE])
    return Relation(*v)


class _Digester:
    """sha1 of a value marshalled in format 2, which has no references to objects seen before (they
    depend on how the values were made, not on what they are): nested tuples of plain values, equal
    values give equal bytes. Not pickled: pickling a str caches its UTF-8 form inside it for good
    (+150 % for Chinese text, on every string of the graph); marshal encodes a copy, and is faster."""

    def __call__(self, value: Any) -> bytes:
        return hashlib.sha1(marshal.dumps(value, 2)).digest()


def digests(
    graph: Graph, index: BuildIndex, ident: tuple[list[bytes], list[bytes]] | None = None
) -> tuple[list[str], list[bytes]]:
    """The key and digest of every unit, in the order ntriples_lines writes them.

    With ident (kg.resolve.IDENT: what resolution says each entity and relation is made of), an
    entity's digest is made from its key there, its values and its district and city, and a
    relation's is its key there: no unit's fields are read (the index's areas only). An entity's
    lines also depend on the relations it is an end of (where they are stated): an update writes
    again the entities at the ends of every relation that changed (kg/runtime/incremental.py).
    """
    if ident is not None and (len(ident[0]) != len(graph.entities) or len(ident[1]) != len(graph.relations)):
        ident = None
    if ident is not None:
        return _keyed_digests(graph, index, ident)
    digest = _Digester()
    sha = {d.id: d.sha1 for d in graph.documents}
    stated: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for eid, doc, i in index.stated:
        stated[eid].append((doc, i))
    keys, out = _document_units(graph, digest)
    areas = index.areas
    for e in graph.entities:
        flat = _published_entity(e)
        docs = {d for d, _ in flat[_E_MENTIONS]}
        docs.update(q.evidence.doc_id for q in e.quantities)
        docs.update(dv.evidence.doc_id for dv in e.dates)
        ctx = (
            tuple(sorted([(d, sha.get(d)) for d in docs])),
            areas.get(e.id, ()),
            tuple(sorted(stated.get(e.id, ()))),
        )
        keys.append("e|" + e.id)
        out.append(digest((flat, ctx)))
    named = index.named
    locate = index.locate
    for r in graph.relations:
        where: list[tuple[str | None, bool, bool] | None] = []
        subject, obj = r.subject, r.object
        for ev in r.evidence:
            doc = ev.doc_id
            at = locate(doc, ev.start) if doc else None
            if at is None:
                where.append(None)
            else:  # (the position of a sentence is its index)
                where.append((sha.get(doc), (subject, doc, at) in named, (obj, doc, at) in named))
        keys.append(f"r|{subject}|{r.predicate}|{obj}")
        if r.predicate in ("designatedAs", "awards"):  # its derived rows carry the articles' years too
            years = tuple(index.years.get(ev.doc_id or "") for ev in r.evidence)
            out.append(digest((flat_relation(r), tuple(where), years)))
        else:
            out.append(digest((flat_relation(r), tuple(where))))
    return keys, out


def unit_keys(graph: Graph) -> list[str]:
    """The keys of digests() alone (the same list), without the digests."""
    keys = ["d|" + d.id for d in graph.documents]
    keys.append(SRC)
    keys += ["e|" + e.id for e in graph.entities]
    keys += [f"r|{s}|{p}|{o}" for s, p, o in relation_keys(graph)]
    return keys


def set_digests(into: Fragments, keys: list[str], made: list[str], hashes: list[bytes]) -> None:
    """Give into's units (recorded by collect_blocks without their digests, under keys) their
    digests: made and hashes are digests()'s answer, whose keys must be keys."""
    if made != keys:
        raise ValueError("the units' keys are not those of digests()")
    units = into.units
    for k, h in zip(keys, hashes, strict=True):  # (a key twice: the last unit's, as collect_blocks kept)
        units[k].digest = h


def _document_units(graph: Graph, digest: _Digester) -> tuple[list[str], list[bytes]]:
    """The keys and digests of the documents' units and the division list's source, which open
    every digests() answer (both forms)."""
    keys = ["d|" + d.id for d in graph.documents]
    out = [digest((d.id, d.sha1, d.encoding, d.script, d.year)) for d in graph.documents]
    keys.append(SRC)
    out.append(b"src")
    return keys, out


def _keyed_digests(
    graph: Graph, index: BuildIndex, ident: tuple[list[bytes], list[bytes]]
) -> tuple[list[str], list[bytes]]:
    """digests() from resolution's keys (ident)."""
    sha = {d.id: d.sha1 for d in graph.documents}
    digest = _Digester()
    keys, out = _document_units(graph, digest)
    areas = index.areas
    dumps, sha1 = marshal.dumps, hashlib.sha1
    for e, made in zip(graph.entities, ident[0], strict=True):
        keys.append("e|" + e.id)
        values: tuple = ()
        if e.quantities or e.dates:  # what kg.attach gave it, and the articles those values cite
            docs = {q.evidence.doc_id for q in e.quantities}
            docs.update(dv.evidence.doc_id for dv in e.dates)
            values = (
                tuple([_valued(_QUANTITY(q), _Q_EVIDENCE) for q in e.quantities]),
                tuple([_valued(_DATE(d), _D_EVIDENCE) for d in e.dates]),
                tuple(sorted([(d, sha.get(d)) for d in docs])),
            )
        out.append(sha1(made + dumps((values, areas.get(e.id, ())), 2)).digest())
    for (s, p, o), made in zip(relation_keys(graph), ident[1], strict=True):
        keys.append(f"r|{s}|{p}|{o}")
        out.append(made)
    return keys, out


def area_relations(graph: Graph) -> list[int]:
    """The positions of the relations kg.rdf's areas are made from (every partOf, a project's locatedIn)."""
    types = {e.id: e.type for e in graph.entities}
    return [
        i
        for i, (s, p, _) in enumerate(relation_keys(graph))
        if p == "partOf" or p == "locatedIn" and types.get(s) == "Project"
    ]


def area_weights(graph: Graph) -> dict[str, int]:
    """Fragments.weights of graph."""
    out: dict[str, int] = {}
    for i in area_relations(graph):
        r = graph.relations[i]
        out[f"r|{r.subject}|{r.predicate}|{r.object}"] = len(r.evidence)
    return out


def relation_keys(graph: Graph) -> list[tuple[str, str, str]]:
    """(subject, predicate, object) of each relation of graph, without making the relations where they
    are made when read (kg.resolve.LazyRelations)."""
    known = getattr(graph.relations, "keys", None)
    if isinstance(known, list):
        return known
    return [(r.subject, r.predicate, r.object) for r in graph.relations]


def collect(
    graph: Graph,
    mentions: bool,
    index: BuildIndex,
    keys: list[str],
    hashes: list[bytes],
    into: Fragments,
    sink: BinaryIO,
) -> Iterator[bytes]:
    """The lines of collect_blocks one at a time."""
    for block in collect_blocks(graph, mentions, index, keys, hashes, into, sink):
        yield from block


def collect_blocks(
    graph: Graph,
    mentions: bool,
    index: BuildIndex,
    keys: list[str],
    hashes: list[bytes] | None,
    into: Fragments,
    sink: BinaryIO,
    block_lines: int = 4096,
) -> Iterator[list[bytes]]:
    """The N-Triples lines of graph (encoded, unsorted, possibly repeated) in blocks of about
    block_lines, recording each unit's references into `into` and its own lines into sink (the file
    of into.blob) as they pass; keys and hashes are graph's, from digests() (hashes None: the units
    are recorded with an empty digest, for set_digests to give them afterwards).

    A unit at a time (one Python step per unit, not per line).
    """
    refs: list[str] = []
    k = 0
    at = sink.tell()
    nodes, units = into.nodes, into.units
    block: list[bytes] = []
    for own, shared in unit_lines(graph, mentions, index, refs):
        lines = [x.encode() for x in own]
        distinct = set(lines)  # (in no particular order: only ever read back into sets)
        data = b"".join(lines if len(distinct) == len(lines) else distinct)
        sink.write(data)
        units[keys[k]] = Unit(
            hashes[k] if hashes is not None else b"", at, len(data), len(distinct), tuple(set(refs))
        )
        at += len(data)
        refs.clear()
        k += 1
        block += lines
        for iri, node in shared:  # the nodes' lines go to the file too, after the unit's own
            encoded = [x.encode() for x in node]
            b = b"".join(encoded)
            whole = b
            if iri in nodes:  # more lines of a node written before: its lines again, joined
                sink.flush()
                was = nodes[iri]
                whole = os.pread(sink.fileno(), was[1], was[0]) + b
            sink.write(whole)
            nodes[iri] = (at, len(whole), whole.count(b"\n"))
            at += len(whole)
            block += encoded
        if len(block) >= block_lines:
            yield block
            block = []
    if block:
        yield block
    assert k == len(keys), "every unit has a key"
