"""The schema, read once from the shipped ontology (kg/data/ontology/kg.ttl): classes, relations, labels, domains."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
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
_CLASS, _OBJECT_PROPERTY, _UNION, _DISJOINT_UNION = (
    ox.NamedNode(_OWL + x) for x in ("Class", "ObjectProperty", "unionOf", "disjointUnionOf")
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


@dataclass(frozen=True)
class Schema:
    """What the code needs to know of an ontology: its SCHEMA classes and relations, and their rules."""

    classes: tuple[str, ...]  # the entity classes of SCHEMA.md, in the ontology's order
    relations: tuple[str, ...]  # the relations of SCHEMA.md, in the order the ontology declares them
    domain_range: dict[str, tuple[frozenset[str], frozenset[str]]]  # relation -> (subjects, objects)
    restrictions: dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]]  # like joins like
    statement_classes: tuple[str, ...]  # the reified-statement classes (Funding, Investment, …)
    terms: frozenset[str]  # every term declared in the kg namespace, by local name
    labels: dict[str, Labels]  # class or property -> its labels
    under: dict[str, frozenset[str]]  # class -> the SCHEMA classes it admits (itself and subclasses)

    def kinds(self, name: str) -> frozenset[str]:
        """The SCHEMA classes a node of class `name` can have: the class itself and its subclasses
        (kinds("Place") is every division and Zone, kinds("Person") is Person and Official)."""
        return self.under.get(name, frozenset())

    def allowed(self, predicate: str, subject_type: str, object_type: str) -> bool:
        """Whether the ontology allows `subject predicate object` between nodes of these classes."""
        dom, rng = self.domain_range[predicate]
        if subject_type not in dom or object_type not in rng:
            return False
        restrictions = self.restrictions.get(predicate, ())
        return all(object_type in objs for subs, objs in restrictions if subject_type in subs)


def read(path: Path = ONTOLOGY) -> Schema:
    """Read the schema of an ontology (kg.ttl, or another version of it)."""
    o = _Ontology(path)
    entity = ox.NamedNode(NAMESPACE + "Entity")

    def walk(cls: object) -> Iterator[object]:
        # a class with owl:disjointUnionOf is structural: covered by its parts, listed in order; any
        # other class is itself a SCHEMA class, followed by its subclasses
        parts = o.one(cls, _DISJOINT_UNION)
        if parts is not None:
            for part in o.items(parts):
                yield from walk(part)
            return
        yield cls
        for sub in sorted(o.subjects.get((_SUBCLASS, cls), ()), key=o.order.__getitem__):
            if o.is_kg(sub):
                yield from walk(sub)

    def descendants(cls: object) -> Iterator[object]:
        yield cls
        for sub in o.subjects.get((_SUBCLASS, cls), ()):
            if o.is_kg(sub):
                yield from descendants(sub)

    classes = tuple(dict.fromkeys(_local(c) for c in walk(entity)))
    terms = frozenset(_local(s) for s, p in o.objects if p == _TYPE and o.is_kg(s))
    under = {
        _local(c): frozenset(x for d in descendants(c) if (x := _local(d)) in classes)
        for c in o.subjects.get((_TYPE, _CLASS), ())
        if o.is_kg(c)
    }

    def expr_kinds(expr: object) -> frozenset[str]:
        return frozenset().union(*(under.get(_local(c), frozenset()) for c in o.named(expr)))

    def is_relation(p: object) -> bool:
        # a relation of SCHEMA.md: a kg object property whose domain and range are SCHEMA classes
        dom, rng = o.one(p, _DOMAIN), o.one(p, _RANGE)
        if dom is None or rng is None:
            return False
        return all(o.is_kg(c) and _local(c) in classes for c in o.named(dom) + o.named(rng))

    properties = sorted(
        (p for p in o.subjects.get((_TYPE, _OBJECT_PROPERTY), ()) if o.is_kg(p)), key=o.order.__getitem__
    )
    relations = tuple(_local(p) for p in properties if is_relation(p))
    domain_range = {
        r: (
            expr_kinds(o.one(ox.NamedNode(NAMESPACE + r), _DOMAIN)),
            expr_kinds(o.one(ox.NamedNode(NAMESPACE + r), _RANGE)),
        )
        for r in relations
    }
    # owl:allValuesFrom restrictions (kg:Place ⊑ ∀partOf.kg:Place: a place is part of a place only)
    found: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = defaultdict(list)
    for (s, p), objects in o.objects.items():
        if p != _SUBCLASS:
            continue
        for sup in objects:
            prop, filler = o.one(sup, _ON_PROPERTY), o.one(sup, _ALL_VALUES)
            if prop is not None and filler is not None and _local(prop) in relations:
                found[_local(prop)].append((under.get(_local(s), frozenset()), expr_kinds(filler)))
    restrictions = {r: tuple(sorted(v, key=sorted)) for r, v in sorted(found.items())}
    statements = sorted(o.subjects.get((_SUBCLASS, _STATEMENT), ()), key=o.order.__getitem__)

    def labels(term: object) -> Labels:
        lits = o.objects.get((term, _LABEL), ())
        by_lang = {lit.language: lit.value for lit in lits if isinstance(lit, ox.Literal)}
        return Labels(by_lang.get("zh", ""), by_lang.get("en", ""))

    return Schema(
        classes=classes,
        relations=relations,
        domain_range=domain_range,
        restrictions=restrictions,
        statement_classes=tuple(_local(c) for c in statements if o.is_kg(c)),
        terms=terms,
        labels={name: labels(ox.NamedNode(NAMESPACE + name)) for name in sorted(terms)},
        under=under,
    )


#: The schema of the shipped ontology, read once at import; the names below are its parts.
SCHEMA = read(ONTOLOGY)

CLASSES = SCHEMA.classes
RELATIONS = SCHEMA.relations
#: relation -> (classes allowed as subject, classes allowed as object), expanded to SCHEMA classes.
DOMAIN_RANGE = SCHEMA.domain_range
#: relation -> ((subject classes, object classes they may point to), …): like joins like (partOf).
RESTRICTIONS = SCHEMA.restrictions
STATEMENT_CLASSES = SCHEMA.statement_classes
TERMS = SCHEMA.terms
LABELS = SCHEMA.labels
kinds = SCHEMA.kinds
allowed = SCHEMA.allowed

#: Structural groups of SCHEMA classes, named after the ontology's superclasses.
PLACE_CLASSES: frozenset[str] = kinds("AdministrativeDivision")  # divisions only: a Zone is a place, not one
ZONE_CLASSES: frozenset[str] = kinds("Zone")
ORG_CLASSES: frozenset[str] = kinds("Organization")
PERSON_CLASSES: frozenset[str] = kinds("Person")


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
