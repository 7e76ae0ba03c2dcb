"""The schema, read once from the shipped ontology (kg/data/ontology/kg.ttl): classes, relations, labels, domains."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from .errors import KGError

# The ontology is parsed with pyoxigraph (already loaded by every build, ~1 ms for kg.ttl) rather than
# rdflib, whose import alone costs ~90 ms: the constants below are needed when kg is imported.

NAMESPACE = "https://w3id.org/kgnews/ontology#"
ONTOLOGY = Path(__file__).resolve().parent / "data" / "ontology" / "kg.ttl"

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_TYPE, _FIRST, _REST, _NIL = (ox.NamedNode(_RDF + x) for x in ("type", "first", "rest", "nil"))
_LABEL, _SUBCLASS, _DOMAIN, _RANGE = (
    ox.NamedNode(_RDFS + x) for x in ("label", "subClassOf", "domain", "range")
)
_OBJECT_PROPERTY, _UNION, _DISJOINT_UNION = (
    ox.NamedNode(_OWL + x) for x in ("ObjectProperty", "unionOf", "disjointUnionOf")
)
_ON_PROPERTY, _ALL_VALUES = ox.NamedNode(_OWL + "onProperty"), ox.NamedNode(_OWL + "allValuesFrom")
_STATEMENT = ox.NamedNode(_RDF + "Statement")


class Labels(NamedTuple):
    """The rdfs:label of a term in Chinese and in English."""

    zh: str
    en: str


class _Ontology:
    """kg.ttl as an index of (subject, predicate) -> objects, with the few walks the schema needs."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise KGError(f"cannot find the ontology {path}: the installation is incomplete")
        self.objects: dict[tuple[object, object], list[object]] = defaultdict(list)
        self.subjects: dict[tuple[object, object], list[object]] = defaultdict(list)
        self.order: dict[object, int] = {}  # position of a term's first statement (declaration order)
        for q in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
            s, p, o = q.subject, q.predicate, q.object
            self.objects[s, p].append(o)
            self.subjects[p, o].append(s)
            self.order.setdefault(s, len(self.order))

    def one(self, s: object, p: object) -> object | None:
        found = self.objects.get((s, p))
        return found[0] if found else None

    def items(self, head: object) -> Iterator[object]:
        """The members of an RDF list."""
        while head is not None and head != _NIL:
            yield self.one(head, _FIRST)
            head = self.one(head, _REST)

    def named(self, expr: object) -> list[object]:
        """The named classes of a class expression: a class or an owl:unionOf of classes."""
        union = self.one(expr, _UNION)
        return list(self.items(union)) if union is not None else [expr]

    def is_kg(self, term: object) -> bool:
        return isinstance(term, ox.NamedNode) and term.value.startswith(NAMESPACE)


def _local(term: object) -> str:
    assert isinstance(term, ox.NamedNode)
    return term.value.removeprefix(NAMESPACE)


_O = _Ontology(ONTOLOGY)
_ENTITY = ox.NamedNode(NAMESPACE + "Entity")


def _walk(cls: object) -> Iterator[object]:
    """The SCHEMA classes under cls in the ontology's order: a class with owl:disjointUnionOf is structural
    (covered by its parts, listed in order); any other class is itself a SCHEMA class, then its subclasses."""
    parts = _O.one(cls, _DISJOINT_UNION)
    if parts is not None:
        for part in _O.items(parts):
            yield from _walk(part)
        return
    yield cls
    for sub in sorted(_O.subjects.get((_SUBCLASS, cls), ()), key=_O.order.__getitem__):
        if _O.is_kg(sub):
            yield from _walk(sub)


def _descendants(cls: object) -> Iterator[object]:
    yield cls
    for sub in _O.subjects.get((_SUBCLASS, cls), ()):
        if _O.is_kg(sub):
            yield from _descendants(sub)


#: The entity classes of SCHEMA.md, in the ontology's order (places, organisations, …, Person, Official).
CLASSES: tuple[str, ...] = tuple(dict.fromkeys(_local(c) for c in _walk(_ENTITY)))


def kinds(name: str) -> frozenset[str]:
    """The SCHEMA classes a node of class `name` can have: the class itself and its subclasses
    (kinds("Place") is every division and Zone, kinds("Person") is Person and Official)."""
    return frozenset(x for c in _descendants(ox.NamedNode(NAMESPACE + name)) if (x := _local(c)) in CLASSES)


def _expr_kinds(expr: object) -> frozenset[str]:
    return frozenset().union(*(kinds(_local(c)) for c in _O.named(expr)))


def _is_relation(p: object) -> bool:
    """A relation of SCHEMA.md: a kg object property whose domain and range are SCHEMA classes."""
    dom, rng = _O.one(p, _DOMAIN), _O.one(p, _RANGE)
    return (
        dom is not None
        and rng is not None
        and all(_O.is_kg(c) and _local(c) in CLASSES for c in _O.named(dom) + _O.named(rng))
    )


_PROPERTIES = sorted(
    (p for p in _O.subjects.get((_TYPE, _OBJECT_PROPERTY), ()) if _O.is_kg(p)), key=_O.order.__getitem__
)
#: The relations of SCHEMA.md, in the order the ontology declares them.
RELATIONS: tuple[str, ...] = tuple(_local(p) for p in _PROPERTIES if _is_relation(p))

#: relation -> (classes allowed as subject, classes allowed as object), expanded to SCHEMA classes.
DOMAIN_RANGE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    r: (
        _expr_kinds(_O.one(ox.NamedNode(NAMESPACE + r), _DOMAIN)),
        _expr_kinds(_O.one(ox.NamedNode(NAMESPACE + r), _RANGE)),
    )
    for r in RELATIONS
}


def _restrictions() -> dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]]:
    """relation -> (subject classes, object classes allowed for them) from the owl:allValuesFrom restrictions
    (kg:Place ⊑ ∀partOf.kg:Place: a place is part of a place only)."""
    found: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = defaultdict(list)
    for (s, p), objects in _O.objects.items():
        if p != _SUBCLASS:
            continue
        for sup in objects:
            prop, filler = _O.one(sup, _ON_PROPERTY), _O.one(sup, _ALL_VALUES)
            if prop is not None and filler is not None and _local(prop) in RELATIONS:
                found[_local(prop)].append((kinds(_local(s)), _expr_kinds(filler)))
    return {r: tuple(sorted(v, key=sorted)) for r, v in sorted(found.items())}


#: relation -> ((subject classes, object classes they may point to), …): like joins like (partOf).
RESTRICTIONS = _restrictions()

#: Structural groups of SCHEMA classes, named after the ontology's superclasses.
PLACE_CLASSES: frozenset[str] = kinds("AdministrativeDivision")  # divisions only: a Zone is a place, not one
ZONE_CLASSES: frozenset[str] = kinds("Zone")
ORG_CLASSES: frozenset[str] = kinds("Organization")
PERSON_CLASSES: frozenset[str] = kinds("Person")

#: The reified-statement classes (subclasses of rdf:Statement: Funding, Investment, …).
STATEMENT_CLASSES: tuple[str, ...] = tuple(
    _local(c)
    for c in sorted(_O.subjects.get((_SUBCLASS, _STATEMENT), ()), key=_O.order.__getitem__)
    if _O.is_kg(c)
)


def _labels(term: object) -> Labels:
    by_lang = {
        lit.language: lit.value for lit in _O.objects.get((term, _LABEL), ()) if isinstance(lit, ox.Literal)
    }
    return Labels(by_lang.get("zh", ""), by_lang.get("en", ""))


#: Every term the ontology declares in the kg namespace (classes and properties), by local name.
TERMS: frozenset[str] = frozenset(_local(s) for s, p in _O.objects if p == _TYPE and _O.is_kg(s))
#: class or property -> its labels (zh, en).
LABELS: dict[str, Labels] = {name: _labels(ox.NamedNode(NAMESPACE + name)) for name in sorted(TERMS)}


def allowed(predicate: str, subject_type: str, object_type: str) -> bool:
    """Whether the ontology allows `subject predicate object` between nodes of these classes."""
    dom, rng = DOMAIN_RANGE[predicate]
    if subject_type not in dom or object_type not in rng:
        return False
    return all(object_type in objs for subs, objs in RESTRICTIONS.get(predicate, ()) if subject_type in subs)


class _Namespace:
    """The kg: namespace as attributes, like rdflib's DefinedNamespace: KG.locatedIn is the IRI of a term the
    ontology declares, and a name it does not declare is an AttributeError (a typo fails where it is written)."""

    __slots__ = ()

    def __getattr__(self, name: str) -> str:
        if name in TERMS:
            return NAMESPACE + name
        raise AttributeError(f"kg:{name} is not declared in the ontology ({ONTOLOGY.name})")

    def __getitem__(self, name: str) -> str:
        if name in TERMS:
            return NAMESPACE + name
        raise KeyError(f"kg:{name} is not declared in the ontology ({ONTOLOGY.name})")

    def __contains__(self, name: object) -> bool:
        return name in TERMS

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(TERMS))

    def __str__(self) -> str:
        return NAMESPACE

    def __repr__(self) -> str:
        return f"Namespace({NAMESPACE!r})"


KG = _Namespace()
