"""One schema: kg.schema, the ontology (kg.ttl) and the SHACL shapes (shapes.ttl) agree, and the code uses it.

kg.schema reads kg.ttl with pyoxigraph; these tests read it again with rdflib, independently, and check
the shapes by running pySHACL on one triple per (relation, subject class, object class).
"""

from __future__ import annotations

from itertools import product

import pytest
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH

from kg import evaluate, html, model, ontology_rules, rdf, schema
from kg.shacl import ontology_path, shapes_path

KG = Namespace(schema.NAMESPACE)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def _local(term: URIRef) -> str:
    return str(term).removeprefix(schema.NAMESPACE)


def _sub_closure(g: Graph, cls: URIRef) -> set[URIRef]:
    return set(g.transitive_subjects(RDFS.subClassOf, cls))


def _named(g: Graph, expr) -> set[URIRef]:
    union = g.value(expr, OWL.unionOf)
    return set(Collection(g, union)) if union is not None else {expr}


def _kinds(g: Graph, expr) -> frozenset[str]:
    """The SCHEMA classes a class expression admits (named classes and their subclasses)."""
    return frozenset(_local(c) for n in _named(g, expr) for c in _sub_closure(g, n)) & set(schema.CLASSES)


def test_classes_are_the_ontologys(onto: Graph) -> None:
    structural = {c for c in onto.subjects(OWL.disjointUnionOf, None)}
    entity_classes = {_local(c) for c in _sub_closure(onto, KG.Entity) - structural}
    assert set(schema.CLASSES) == entity_classes
    assert len(schema.CLASSES) == len(set(schema.CLASSES))
    # every structural class is exactly the union of its parts
    for cls in structural:
        parts = set(Collection(onto, onto.value(cls, OWL.disjointUnionOf)))
        assert parts == set(onto.subjects(RDFS.subClassOf, cls)) & set(onto.subjects(RDF.type, OWL.Class)), (
            cls
        )


def test_relations_are_the_ontologys(onto: Graph) -> None:
    entity_classes = set(schema.CLASSES)
    found = set()
    for p in onto.subjects(RDF.type, OWL.ObjectProperty):
        if not str(p).startswith(schema.NAMESPACE):
            continue
        dom, rng = onto.value(p, RDFS.domain), onto.value(p, RDFS.range)
        named = _named(onto, dom) | _named(onto, rng)
        if all(str(c).startswith(schema.NAMESPACE) and _local(c) in entity_classes for c in named):
            found.add(_local(p))
    assert set(schema.RELATIONS) == found
    for r in schema.RELATIONS:
        dom, rng = onto.value(KG[r], RDFS.domain), onto.value(KG[r], RDFS.range)
        assert schema.DOMAIN_RANGE[r] == (_kinds(onto, dom), _kinds(onto, rng)), r


def test_labels_and_terms(onto: Graph) -> None:
    declared = {_local(s) for s in onto.subjects(RDF.type, None) if str(s).startswith(schema.NAMESPACE)}
    assert schema.TERMS == declared
    for name in schema.CLASSES + schema.RELATIONS:
        labels = {o.language: str(o) for o in onto.objects(KG[name], RDFS.label)}
        assert schema.LABELS[name] == (labels["zh"], labels["en"])
    assert schema.KG.locatedIn == schema.NAMESPACE + "locatedIn" == schema.KG["locatedIn"]
    assert "Company" in schema.KG and "company" not in schema.KG
    with pytest.raises(AttributeError, match="not declared"):
        _ = schema.KG.locatedAt
    with pytest.raises(KeyError):
        _ = schema.KG["locatedAt"]


def test_groups_follow_the_class_tree() -> None:
    assert schema.PLACE_CLASSES == {"Province", "City", "District", "Town", "Village"}
    assert schema.ORG_CLASSES == {"Company", "GovernmentBody", "Institution"}
    assert schema.PERSON_CLASSES == {"Person", "Official"}
    assert schema.kinds("Place") == schema.PLACE_CLASSES | {"Zone"}
    # the order used for stable output: places from the top down, organisations, …, Person, Official
    assert schema.CLASSES[:6] == ("Province", "City", "District", "Town", "Village", "Zone")
    assert schema.CLASSES[-2:] == ("Person", "Official")
    assert schema.RELATIONS[:2] == ("locatedIn", "partOf")


@pytest.mark.parametrize(
    ("predicate", "subject", "object_", "ok"),
    [
        ("partOf", "District", "City", True),
        ("partOf", "Village", "Village", True),
        ("partOf", "City", "Project", False),  # like joins like
        ("partOf", "Project", "Project", True),
        ("partOf", "Zone", "City", False),  # where a zone lies is locatedIn
        ("locatedIn", "Zone", "Zone", True),
        ("worksFor", "Official", "GovernmentBody", True),
        ("worksFor", "Person", "City", False),
        ("organizes", "City", "Event", True),
        ("organizes", "Zone", "Event", False),
        ("implements", "Province", "Programme", True),
        ("funded", "Programme", "Company", True),
        ("investsIn", "GovernmentBody", "Project", False),
    ],
)
def test_allowed(predicate: str, subject: str, object_: str, ok: bool) -> None:
    assert schema.allowed(predicate, subject, object_) is ok
    assert ontology_rules.allowed(predicate, subject, object_) is ok


def test_shapes_allow_exactly_what_the_schema_allows() -> None:
    """One triple per (relation, subject class, object class), validated by the relation shapes."""
    pyshacl = pytest.importorskip("pyshacl")
    shapes = Graph().parse(shapes_path(), format="turtle")
    # keep only the targets of the shapes that check one relation's subjects and objects
    per_relation: dict[URIRef, str] = {}
    for shape in set(shapes.subjects(SH.targetSubjectsOf, None)):
        targets = set(shapes.objects(shape, SH.targetSubjectsOf))
        name = _local(next(iter(targets)))
        if len(targets) == 1 and name in schema.RELATIONS and not set(shapes.objects(shape, SH.targetClass)):
            per_relation[shape] = name
    for s, p, o in list(shapes):
        if (
            p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
            and s not in per_relation
        ):
            shapes.remove((s, p, o))
    assert sorted(per_relation.values()) == sorted(schema.RELATIONS)
    data = Graph()
    cases = {}
    for i, (r, a, b) in enumerate(product(schema.RELATIONS, schema.CLASSES, schema.CLASSES)):
        s, o = URIRef(f"urn:s{i}"), URIRef(f"urn:o{i}")
        data.add((s, RDF.type, KG[a]))
        data.add((o, RDF.type, KG[b]))
        data.add((s, KG[r], o))
        cases[s] = (r, a, b)
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
    rejected = {cases[f] for f in report.objects(None, SH.focusNode) if f in cases}
    by_shapes = {c for c in cases.values() if c not in rejected}
    by_schema = {c for c in cases.values() if schema.allowed(*c)}
    assert by_shapes == by_schema, (sorted(by_shapes - by_schema), sorted(by_schema - by_shapes))


def test_the_code_uses_the_schema() -> None:
    assert model.CLASSES is schema.CLASSES and model.RELATIONS is schema.RELATIONS
    assert (model.PLACE_CLASSES, model.ORG_CLASSES) == (schema.PLACE_CLASSES, schema.ORG_CLASSES)
    assert ontology_rules.DOMAIN_RANGE is schema.DOMAIN_RANGE
    assert ontology_rules.GOV_ACTORS == {"GovernmentBody", "City", "District", "Province"}
    assert evaluate.CLASSES == set(schema.CLASSES) and evaluate.RELATIONS == set(schema.RELATIONS)
    # the page styles every class (and nothing else) and names classes and relations by their labels
    assert set(html.CLASS_LOOK) == set(schema.CLASSES)
    assert html.CLASS_STYLE["City"][:2] == schema.LABELS["City"] == ("地级市", "prefecture-level city")
    assert set(html.RELATION_NAMES) == set(schema.RELATIONS)
    # every reified-statement class is used for some relation, and only those
    assert set(rdf.QUALIFIED) <= set(schema.RELATIONS)
    assert set(rdf.QUALIFIED.values()) == set(schema.STATEMENT_CLASSES)


def test_published_terms_are_declared(seeds_graph) -> None:
    """Every kg: class and property in the seeds' graph is declared in the ontology."""
    used = set()
    for line in rdf.ntriples_lines(seeds_graph):
        for iri in line.split(" ")[1:3]:
            if iri.startswith("<" + schema.NAMESPACE):
                used.add(iri[1:-1].removeprefix(schema.NAMESPACE))
    assert used and used <= schema.TERMS, used - schema.TERMS
    assert set(schema.RELATIONS) & used and set(schema.CLASSES) & used


def test_a_new_relation_or_class_is_its_ontology_entry(tmp_path) -> None:
    """Adding a relation (and a class) to kg.ttl is all the schema needs: nothing in the code names them."""
    text = ontology_path().read_text(encoding="utf-8")
    text = text.replace(
        "owl:disjointUnionOf ( kg:GovernmentBody kg:Company kg:Institution )",
        "owl:disjointUnionOf ( kg:GovernmentBody kg:Company kg:Institution kg:Hospital )",
    )
    text += """
kg:Hospital a owl:Class ; rdfs:subClassOf kg:Organization ; rdfs:label "hospital"@en , "医院"@zh .
kg:treats a owl:ObjectProperty ; rdfs:label "treats"@en , "救治"@zh ;
    rdfs:domain kg:Hospital ; rdfs:range kg:Person .
"""
    changed = tmp_path / "kg.ttl"
    changed.write_text(text, encoding="utf-8")
    new = schema.read(changed)
    assert new.classes == schema.CLASSES[:9] + ("Hospital",) + schema.CLASSES[9:]
    assert new.relations == schema.RELATIONS + ("treats",)
    assert new.domain_range["treats"] == ({"Hospital"}, {"Person", "Official"})
    assert new.labels["treats"] == ("救治", "treats") and "Hospital" in new.kinds("Organization")
    assert new.kinds("Organization") - schema.ORG_CLASSES == {"Hospital"}
    # domains and ranges list their classes as SCHEMA.md's table does: an existing relation takes the
    # new class only when its own entry says so
    assert not new.allowed("worksFor", "Official", "Hospital") and new.allowed(
        "treats", "Hospital", "Official"
    )
    assert not new.allowed("treats", "Company", "Person")
