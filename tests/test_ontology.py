"""The OWL ontology (ontology/kg.ttl) and the SHACL shapes (ontology/shapes.ttl).

Checks that every class and relation of SCHEMA.md is declared and documented, and that
the shapes accept a small graph written as docs/rdf-model.md describes and report each
deliberate error of a broken one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH

pyshacl = pytest.importorskip("pyshacl")

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "kg" / "data" / "ontology" / "kg.ttl"
SHAPES = ROOT / "kg" / "data" / "ontology" / "shapes.ttl"

KG = Namespace("https://w3id.org/kgnews/ontology#")
KGSH = Namespace("https://w3id.org/kgnews/shapes#")
KGR = Namespace("https://w3id.org/kgnews/id/")
ONTOLOGY_IRI = URIRef("https://w3id.org/kgnews/ontology")

# The two lists of SCHEMA.md (entity classes table and relation table).
SCHEMA_CLASSES = (
    "Company",
    "GovernmentBody",
    "Institution",
    "Province",
    "City",
    "District",
    "Town",
    "Village",
    "Zone",
    "Project",
    "Programme",
    "Designation",
    "Event",
    "Person",
    "Official",
)
SCHEMA_RELATIONS = (
    "locatedIn",
    "partOf",
    "funded",
    "investsIn",
    "operates",
    "worksFor",
    "implements",
    "organizes",
    "awards",
    "designatedAs",
    "supplies",
    "participatesIn",
)
SUPPORT_CLASSES = (
    "Document",
    "Sentence",
    "Rule",
    "Funding",
    "Investment",
    "Employment",
    "Award",
    "Organizing",
)
DATA_PROPERTIES = (
    "divisionCode",
    "mentionCount",
    "text",
    "start",
    "end",
    "sentence",
    "ruleName",
    "confidence",
    "amount",
    "approximate",
    "date",
    "title",
    "quantityKind",
    "sha1",
    "encoding",
    "script",
    "mergeReason",
)
OBJECT_PROPERTIES = ("mentionedIn", "statedIn", "byRule", "inDistrict", "inCity", "currency", "hasQuantity")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def _langs(g: Graph, node, prop=RDFS.label) -> set[str | None]:
    return {o.language for o in g.objects(node, prop) if isinstance(o, Literal)}


def _class_members(g: Graph, expr) -> set:
    """The named classes of a class expression: a named class or an owl:unionOf list."""
    if isinstance(expr, URIRef):
        return {expr}
    union = g.value(expr, OWL.unionOf)
    assert union is not None, f"unexpected class expression {expr}"
    return set(Collection(g, union))


# --------------------------------------------------------------------------- ontology


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    dct = Namespace("http://purl.org/dc/terms/")
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert ontology.value(ONTOLOGY_IRI, RDFS.comment) is not None
    assert ontology.value(ONTOLOGY_IRI, dct.title) is not None
    assert ontology.value(ONTOLOGY_IRI, dct.creator) is not None
    assert ontology.value(ONTOLOGY_IRI, dct.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert not list(ontology.objects(ONTOLOGY_IRI, OWL.imports)), "the ontology must not import anything"


@pytest.mark.parametrize("name", SCHEMA_CLASSES + SUPPORT_CLASSES)
def test_class_declared_and_documented(ontology: Graph, name: str) -> None:
    cls = KG[name]
    assert (cls, RDF.type, OWL.Class) in ontology
    assert {"zh", "en"} <= _langs(ontology, cls)
    assert "en" in _langs(ontology, cls, RDFS.comment)


@pytest.mark.parametrize("name", SCHEMA_RELATIONS)
def test_relation_declared_with_domain_and_range(ontology: Graph, name: str) -> None:
    prop = KG[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert {"zh", "en"} <= _langs(ontology, prop)
    assert "en" in _langs(ontology, prop, RDFS.comment)
    domains = list(ontology.objects(prop, RDFS.domain))
    ranges = list(ontology.objects(prop, RDFS.range))
    assert len(domains) == 1 and len(ranges) == 1
    schema_classes = {KG[c] for c in SCHEMA_CLASSES}
    assert _class_members(ontology, domains[0]) <= schema_classes
    assert _class_members(ontology, ranges[0]) <= schema_classes


@pytest.mark.parametrize(
    ("name", "domain", "range_"),
    [
        (
            "locatedIn",
            {"Company", "Project", "Institution", "GovernmentBody", "Zone", "Event"},
            {"District", "City", "Town", "Village", "Zone", "Province"},
        ),
        ("funded", {"GovernmentBody", "Programme", "Company"}, {"Company", "Project"}),
        ("investsIn", {"Company"}, {"Project"}),
        ("worksFor", {"Person"}, {"Company", "GovernmentBody", "Institution"}),
        ("implements", {"GovernmentBody", "City", "District", "Province"}, {"Programme"}),
        ("supplies", {"Company"}, {"Company"}),
        (
            "participatesIn",
            {"Company", "Project", "Person", "District", "City", "Province", "GovernmentBody", "Institution"},
            {"Programme", "Event"},
        ),
    ],
)
def test_relation_domain_range_follow_schema(ontology: Graph, name: str, domain: set, range_: set) -> None:
    prop = KG[name]
    assert _class_members(ontology, ontology.value(prop, RDFS.domain)) == {KG[c] for c in domain}
    assert _class_members(ontology, ontology.value(prop, RDFS.range)) == {KG[c] for c in range_}


@pytest.mark.parametrize("name", DATA_PROPERTIES + OBJECT_PROPERTIES)
def test_support_properties_declared(ontology: Graph, name: str) -> None:
    prop = KG[name]
    kind = OWL.ObjectProperty if name in OBJECT_PROPERTIES else OWL.DatatypeProperty
    assert (prop, RDF.type, kind) in ontology
    assert {"zh", "en"} <= _langs(ontology, prop)
    assert ontology.value(prop, RDFS.comment) is not None
    assert ontology.value(prop, RDFS.domain) is not None
    assert ontology.value(prop, RDFS.range) is not None


def test_official_is_a_person(ontology: Graph) -> None:
    assert (KG.Official, RDFS.subClassOf, KG.Person) in ontology


def test_external_terms_are_declared(ontology: Graph) -> None:
    """Every IRI outside kg: used as a superclass/super-property or in a domain/range is typed."""
    builtin = (str(OWL), str(RDFS), "http://www.w3.org/2001/XMLSchema#")
    used = set()
    for p in (RDFS.subClassOf, OWL.equivalentClass, RDFS.subPropertyOf, RDFS.domain, RDFS.range):
        for o in ontology.objects(None, p):
            if isinstance(o, URIRef):
                used.add(o)
    for lst in ontology.objects(None, OWL.unionOf):
        used.update(Collection(ontology, lst))
    for term in used:
        if str(term).startswith(builtin):
            continue
        assert set(ontology.objects(term, RDF.type)), f"{term} is used but not declared"


# --------------------------------------------------------------------------- shapes

PREFIXES = """
@base <https://w3id.org/kgnews/id/> .
@prefix kg: <https://w3id.org/kgnews/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
"""

VALID = (
    PREFIXES
    + """
<doc/aaaaaaaaaaaa> a kg:Document, prov:Entity ; rdfs:label "000_1fb6f0697af30933.txt" ;
    kg:sha1 "0123456789abcdef0123456789abcdef01234567" .

<place/210000> a kg:Province ; rdfs:label "辽宁省"@zh ; skos:altLabel "我省"@zh ; kg:divisionCode "210000" .
<place/211200> a kg:City ; rdfs:label "铁岭市"@zh ; skos:altLabel "铁岭"@zh ; kg:divisionCode "211200" .
<place/211282> a kg:District ; rdfs:label "开原市"@zh ; skos:altLabel "开原"@zh ;
    kg:divisionCode "211282" ; kg:mentionCount 3 .
<company/3f2a9c0b1d7e> a kg:Company ; rdfs:label "辽宁道勤农牧科技有限公司"@zh ; skos:altLabel "道勤农牧科技"@zh .
<programme/111111111111> a kg:Programme ; rdfs:label "新增先进加工设备补贴"@zh .
<govbody/222222222222> a kg:GovernmentBody ; rdfs:label "铁岭市农业农村局"@zh .
<person/0a1b2c3d4e5f> a kg:Official ; rdfs:label "史强"@zh .
<project/333333333333> a kg:Project ; rdfs:label "年产5万吨生物发酵饲料项目"@zh ;
    kg:hasQuantity <qv/444444444444> .
<event/555555555555> a kg:Event ; rdfs:label "铁岭市首届食品节"@zh .

<qv/444444444444> a qudt:QuantityValue ; kg:quantityKind "annualCapacity" ;
    qudt:numericValue 50000.0 ; qudt:hasUnit unit:TONNE-PER-YR ; kg:approximate false ;
    kg:text "年产5万吨"@zh ; prov:wasDerivedFrom <doc/aaaaaaaaaaaa> ; kg:start 1 ; kg:end 6 ;
    kg:sentence "安琪酵母年产5万吨生物发酵饲料项目"@zh ; kg:byRule <rule/value.in-name-0.6> .
<rule/value.in-name-0.6> a kg:Rule ; kg:ruleName "value.in-name" ; kg:confidence 0.6 .

<sent/aaaaaaaaaaaa-3> a kg:Sentence ; prov:wasDerivedFrom <doc/aaaaaaaaaaaa> ;
    kg:start 123 ; kg:end 131 ; kg:text "开原市召开会议。"@zh .
<sent/aaaaaaaaaaaa-1> a kg:Sentence ; prov:wasDerivedFrom <doc/aaaaaaaaaaaa> ;
    kg:start 0 ; kg:end 80 ; kg:text "市农业农村局选派干部帮助我们申报了‘新增先进加工设备补贴’，为企业争取到141.19万元的补贴资金。"@zh .
<place/211282> kg:mentionedIn <sent/aaaaaaaaaaaa-3> .

<rule/gazetteer.hierarchy-1.0> a kg:Rule ; kg:ruleName "gazetteer.hierarchy" ; kg:confidence 1.0 .
<rule/funded.subsidy-0.8> a kg:Rule ; kg:ruleName "funded.subsidy" ; kg:confidence 0.8 .
<rule/worksFor.title-0.7> a kg:Rule ; kg:ruleName "worksFor.title" ; kg:confidence 0.7 .
<rule/locatedIn.prefix-0.6> a kg:Rule ; kg:ruleName "locatedIn.prefix" ; kg:confidence 0.6 .
<rule/operates.de-0.6> a kg:Rule ; kg:ruleName "operates.de" ; kg:confidence 0.6 .
<rule/organizes.hold-0.75> a kg:Rule ; kg:ruleName "organizes.hold" ; kg:confidence 0.75 .

<place/211282> kg:partOf <place/211200> .
<place/211200> kg:partOf <place/210000> .
<programme/111111111111> kg:funded <company/3f2a9c0b1d7e> .
<person/0a1b2c3d4e5f> kg:worksFor <govbody/222222222222> .
<project/333333333333> kg:locatedIn <place/211282> .
<company/3f2a9c0b1d7e> kg:operates <project/333333333333> .
<place/211200> kg:organizes <event/555555555555> .

<stmt/s01> rdf:subject <place/211282> ; rdf:predicate kg:partOf ; rdf:object <place/211200> ;
    prov:wasDerivedFrom <source/division-list> ; kg:byRule <rule/gazetteer.hierarchy-1.0> .
<stmt/s02> rdf:subject <place/211200> ; rdf:predicate kg:partOf ; rdf:object <place/210000> ;
    prov:wasDerivedFrom <source/division-list> ; kg:byRule <rule/gazetteer.hierarchy-1.0> .
<stmt/s03> a kg:Funding ;
    rdf:subject <programme/111111111111> ; rdf:predicate kg:funded ; rdf:object <company/3f2a9c0b1d7e> ;
    kg:amount 1411900.0 ; kg:currency unit:CCY_CNY ; kg:approximate false ; kg:date "2021-10" ;
    kg:dateTime "2021-10-01T00:00:00"^^xsd:dateTime ; kg:datePrecision "month" ;
    kg:statedIn <sent/aaaaaaaaaaaa-1> ; kg:sentence "为企业争取到141.19万元的补贴资金"@zh ;
    kg:start 10 ; kg:end 52 ; kg:byRule <rule/funded.subsidy-0.8> .
<stmt/s04> a kg:Employment ;
    rdf:subject <person/0a1b2c3d4e5f> ; rdf:predicate kg:worksFor ; rdf:object <govbody/222222222222> ;
    kg:title "副局长"@zh ; kg:statedIn <sent/aaaaaaaaaaaa-1> ; kg:start 60 ; kg:end 70 ;
    kg:byRule <rule/worksFor.title-0.7> .
<stmt/s05> rdf:subject <project/333333333333> ; rdf:predicate kg:locatedIn ; rdf:object <place/211282> ;
    kg:statedIn <sent/aaaaaaaaaaaa-3> ; kg:byRule <rule/locatedIn.prefix-0.6> .
<stmt/s06> rdf:subject <company/3f2a9c0b1d7e> ; rdf:predicate kg:operates ; rdf:object <project/333333333333> ;
    kg:statedIn <sent/aaaaaaaaaaaa-3> ; kg:byRule <rule/operates.de-0.6> .
<stmt/s07> a kg:Organizing ;
    rdf:subject <place/211200> ; rdf:predicate kg:organizes ; rdf:object <event/555555555555> ;
    kg:date "2022-08-24" ; kg:dateTime "2022-08-24T00:00:00"^^xsd:dateTime ; kg:datePrecision "day" ;
    kg:statedIn <sent/aaaaaaaaaaaa-3> ; kg:byRule <rule/organizes.hold-0.75> .

# A reified statement about something else is not a kg relation statement: exempt.
<stmt/other> a rdf:Statement ; rdf:subject <doc/aaaaaaaaaaaa> ; rdf:predicate rdfs:seeAlso ;
    rdf:object <doc/aaaaaaaaaaaa> .
"""
)

BROKEN = (
    PREFIXES
    + """
<doc/aaaaaaaaaaaa> a kg:Document ; rdfs:label "000_1fb6f0697af30933.txt" .

<place/211282> a kg:District ; rdfs:label "开原市"@zh ; kg:divisionCode "211282" .
<place/211200> a kg:City ; rdfs:label "铁岭市"@zh ; kg:divisionCode "2112" .
<company/3f2a9c0b1d7e> a kg:Company ; rdfs:label "辽宁道勤农牧科技有限公司"@zh .
<programme/111111111111> a kg:Programme ; rdfs:label "新增先进加工设备补贴"@zh .
<person/0a1b2c3d4e5f> a kg:Person ; rdfs:label "张秀勇"@zh .
# two zh labels
<company/777777777777> a kg:Company ; rdfs:label "莱尼线束系统(铁岭)有限公司"@zh , "莱尼线束"@zh .

<sent/aaaaaaaaaaaa-3> a kg:Sentence ; prov:wasDerivedFrom <doc/aaaaaaaaaaaa> ;
    kg:start 130 ; kg:end 125 ; kg:text "开原市召开会议。"@zh .
<place/211282> kg:mentionedIn <sent/aaaaaaaaaaaa-3> .
<rule/funded.subsidy-0.8> a kg:Rule ; kg:ruleName "funded.subsidy" ; kg:confidence 0.8 .
<rule/worksFor.title-0.7> a kg:Rule ; kg:ruleName "worksFor.title" ; kg:confidence 0.7 .
<rule/locatedIn.prefix-1.5> a kg:Rule ; kg:ruleName "locatedIn.prefix" ; kg:confidence 1.5 .

<programme/111111111111> kg:funded <company/3f2a9c0b1d7e> .
# worksFor pointing at a place
<person/0a1b2c3d4e5f> kg:worksFor <place/211282> .
<company/777777777777> kg:locatedIn <place/211200> .

# Funding with a negative amount
<stmt/s03> a kg:Funding ;
    rdf:subject <programme/111111111111> ; rdf:predicate kg:funded ; rdf:object <company/3f2a9c0b1d7e> ;
    kg:amount -5.0 ; kg:currency unit:CCY_CNY ;
    kg:statedIn <sent/aaaaaaaaaaaa-3> ; kg:byRule <rule/funded.subsidy-0.8> .
<stmt/s04> a kg:Employment ;
    rdf:subject <person/0a1b2c3d4e5f> ; rdf:predicate kg:worksFor ; rdf:object <place/211282> ;
    kg:title "总经理"@zh ; kg:statedIn <sent/aaaaaaaaaaaa-3> ; kg:byRule <rule/worksFor.title-0.7> .
# a statement with no provenance, by a rule whose confidence is above 1
<stmt/s05> rdf:subject <company/777777777777> ; rdf:predicate kg:locatedIn ; rdf:object <place/211200> ;
    kg:byRule <rule/locatedIn.prefix-1.5> .
"""
)


def _validate(data: str, ontology: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    data_graph = Graph().parse(data=data, format="turtle")
    return pyshacl.validate(
        data_graph,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="rdfs",
        abort_on_first=False,
        allow_warnings=False,
    )


def _results(report: Graph) -> list[tuple]:
    """(source shape, focus node, message) of every top-level validation result."""
    out = []
    for res in report.objects(None, SH.result):
        out.append(
            (
                report.value(res, SH.sourceShape),
                report.value(res, SH.focusNode),
                str(report.value(res, SH.resultMessage)),
            )
        )
    return out


def test_every_shape_has_an_english_message(shapes: Graph) -> None:
    named = {s for t in (SH.NodeShape, SH.PropertyShape) for s in shapes.subjects(RDF.type, t)}
    assert len(named) > 30
    for shape in named:
        msgs = list(shapes.objects(shape, SH.message))
        assert any(isinstance(m, Literal) and m.language == "en" for m in msgs), shape


def test_every_relation_has_a_shape(shapes: Graph) -> None:
    for name in SCHEMA_RELATIONS:
        assert list(shapes.subjects(SH.targetSubjectsOf, KG[name])), name


def test_valid_graph_conforms(ontology: Graph, shapes: Graph) -> None:
    conforms, _, text = _validate(VALID, ontology, shapes)
    assert conforms, text


@pytest.fixture(scope="module")
def broken_results(ontology: Graph, shapes: Graph) -> list[tuple]:
    conforms, report, text = _validate(BROKEN, ontology, shapes)
    assert not conforms
    return _results(report)


def _reported(results: list[tuple], shape, focus) -> list[str]:
    return [msg for s, f, msg in results if s == shape and f == focus]


def test_negative_amount_is_reported(broken_results: list[tuple]) -> None:
    msgs = _reported(broken_results, KGSH.AmountValueShape, KGR["stmt/s03"])
    assert msgs and "non-negative" in msgs[0]


def test_works_for_place_is_reported(broken_results: list[tuple]) -> None:
    person = KGR["person/0a1b2c3d4e5f"]
    msgs = _reported(broken_results, KGSH.WorksForObjectShape, person)
    assert msgs and "organisation" in msgs[0]
    assert _reported(broken_results, KGSH.EmploymentOrganizationShape, KGR["stmt/s04"])


def test_statement_without_provenance_is_reported(broken_results: list[tuple]) -> None:
    msgs = _reported(broken_results, KGSH.StatementEvidenceShape, KGR["stmt/s05"])
    assert msgs and "kg:statedIn" in msgs[0]
    assert _reported(broken_results, KGSH.RuleConfidenceShape, KGR["rule/locatedIn.prefix-1.5"])
    # statements that do have provenance are not reported
    assert not _reported(broken_results, KGSH.StatementEvidenceShape, KGR["stmt/s03"])


def test_two_zh_labels_are_reported(broken_results: list[tuple]) -> None:
    company = KGR["company/777777777777"]
    assert _reported(broken_results, KGSH.EntityLabelLanguageShape, company)  # sh:uniqueLang
    assert _reported(broken_results, KGSH.EntityLabelCountShape, company)  # sh:maxCount 1
    assert not _reported(broken_results, KGSH.EntityLabelCountShape, KGR["company/3f2a9c0b1d7e"])


def test_other_broken_details_are_reported(broken_results: list[tuple]) -> None:
    assert _reported(broken_results, KGSH.DivisionCodeValueShape, KGR["place/211200"])
    assert _reported(broken_results, KGSH.SentenceStartShape, KGR["sent/aaaaaaaaaaaa-3"])
    # every relation triple of the broken graph has its reified statement: no evidence error
    assert not [r for r in broken_results if r[0] == KGSH.RelationEvidenceShape]


def test_relation_without_statement_is_reported(ontology: Graph, shapes: Graph) -> None:
    data = (
        PREFIXES
        + """
<company/3f2a9c0b1d7e> a kg:Company ; rdfs:label "宝马"@zh .
<company/777777777777> a kg:Company ; rdfs:label "莱尼线束系统(铁岭)有限公司"@zh .
<company/777777777777> kg:supplies <company/3f2a9c0b1d7e> .
"""
    )
    conforms, report, _ = _validate(data, ontology, shapes)
    assert not conforms
    results = _results(report)
    assert _reported(results, KGSH.RelationEvidenceShape, KGR["company/777777777777"])


@pytest.mark.parametrize(
    ("child", "parent", "reported"),
    [
        # both from the national division list: the list is the partOf's source, no statement needed
        (
            '<place/211282> a kg:District ; rdfs:label "开原市"@zh ; kg:divisionCode "211282" .',
            '<place/211200> a kg:City ; rdfs:label "铁岭市"@zh ; kg:divisionCode "211200" .',
            False,
        ),
        # a town is not in the list: its partOf is read from an article and needs a statement
        (
            '<town/666666666666> a kg:Town ; rdfs:label "庆云堡镇"@zh .',
            '<place/211282> a kg:District ; rdfs:label "开原市"@zh ; kg:divisionCode "211282" .',
            True,
        ),
    ],
)
def test_partof_without_statement(
    ontology: Graph, shapes: Graph, child: str, parent: str, reported: bool
) -> None:
    node = child.split(" ", 1)[0][1:-1]
    data = PREFIXES + f"{child}\n{parent}\n<{node}> kg:partOf <{parent.split(' ', 1)[0][1:-1]}> .\n"
    _, report, _ = _validate(data, ontology, shapes)
    assert bool(_reported(_results(report), KGSH.RelationEvidenceShape, KGR[node])) is reported


def test_valid_graph_conforms_without_the_ontology(shapes: Graph) -> None:
    """The shapes list the SCHEMA classes themselves, so they do not depend on inference."""
    data_graph = Graph().parse(data=VALID, format="turtle")
    conforms, _, text = pyshacl.validate(data_graph, shacl_graph=shapes, inference="none")
    assert conforms, text


# (edit of VALID: old text, new text) -> (shape expected to report, focus node)
MUTATIONS = {
    "plain triple missing": (
        ("<project/333333333333> kg:locatedIn <place/211282> .\n", ""),
        (KGSH.StatementAssertedShape, KGR["stmt/s05"]),
    ),
    "amount with two currencies": (
        (
            "kg:amount 1411900.0 ; kg:currency unit:CCY_CNY ;",
            "kg:amount 1411900.0 ; kg:currency unit:CCY_CNY, unit:CCY_USD ;",
        ),
        (KGSH.AmountCurrencyValueShape, KGR["stmt/s03"]),
    ),
    "amount as string": (
        ("kg:amount 1411900.0 ;", 'kg:amount "141.19万元" ;'),
        (KGSH.AmountValueShape, KGR["stmt/s03"]),
    ),
    "funding with two recipients": (
        (
            "rdf:object <company/3f2a9c0b1d7e> ;\n    kg:amount",
            "rdf:object <company/3f2a9c0b1d7e>, <project/333333333333> ;\n    kg:amount",
        ),
        (KGSH.FundingRecipientShape, KGR["stmt/s03"]),
    ),
    "funding recipient is a place": (
        (
            "rdf:subject <programme/111111111111> ; rdf:predicate kg:funded ; rdf:object <company/3f2a9c0b1d7e>",
            "rdf:subject <programme/111111111111> ; rdf:predicate kg:funded ; rdf:object <place/211282>",
        ),
        (KGSH.FundingRecipientShape, KGR["stmt/s03"]),
    ),
    "statement without rdf:object": (
        ("rdf:predicate kg:operates ; rdf:object <project/333333333333> ;", "rdf:predicate kg:operates ;"),
        (KGSH.StatementTripleShape, KGR["stmt/s06"]),
    ),
    "statement without rule": (
        ("; kg:byRule <rule/operates.de-0.6> .", "."),
        (KGSH.StatementRuleShape, KGR["stmt/s06"]),
    ),
    "statement without sentence": (
        (
            "kg:statedIn <sent/aaaaaaaaaaaa-3> ; kg:byRule <rule/operates.de-0.6>",
            "kg:byRule <rule/operates.de-0.6>",
        ),
        (KGSH.StatementEvidenceShape, KGR["stmt/s06"]),
    ),
    "confidence as float": (
        (
            'kg:ruleName "operates.de" ; kg:confidence 0.6',
            'kg:ruleName "operates.de" ; kg:confidence "0.6"^^xsd:double',
        ),
        (KGSH.RuleConfidenceShape, KGR["rule/operates.de-0.6"]),
    ),
    "rule without name": (
        ('kg:ruleName "operates.de" ;', ""),
        (KGSH.RuleNameShape, KGR["rule/operates.de-0.6"]),
    ),
    "date not in ISO 8601": (
        ('kg:date "2022-08-24" ;', 'kg:date "2022年8月24日" ;'),
        (KGSH.DateTextShape, KGR["stmt/s07"]),
    ),
    "date typed xsd:date (outside the OWL 2 datatype map)": (
        ('kg:date "2022-08-24" ;', 'kg:date "2022-08-24"^^xsd:date ;'),
        (KGSH.DateTextShape, KGR["stmt/s07"]),
    ),
    "date without its typed form": (
        ('kg:dateTime "2022-08-24T00:00:00"^^xsd:dateTime ;', ""),
        (KGSH.DateTimeShape, KGR["stmt/s07"]),
    ),
    "date with an unknown precision": (
        ('kg:datePrecision "day"', 'kg:datePrecision "week"'),
        (KGSH.DatePrecisionShape, KGR["stmt/s07"]),
    ),
    "employment with the wrong predicate": (
        ("rdf:predicate kg:worksFor ;", "rdf:predicate kg:locatedIn ;"),
        (KGSH.EmploymentPredicateShape, KGR["stmt/s04"]),
    ),
    "project partOf a place": (
        (
            "<project/333333333333> kg:locatedIn <place/211282> .",
            "<project/333333333333> kg:locatedIn <place/211282> ; kg:partOf <place/211282> .",
        ),
        (KGSH.PartOfShape, KGR["project/333333333333"]),
    ),
    "locatedIn a company": (
        (
            "<project/333333333333> kg:locatedIn <place/211282> .",
            "<project/333333333333> kg:locatedIn <place/211282> , <company/3f2a9c0b1d7e> .",
        ),
        (KGSH.LocatedInObjectShape, KGR["project/333333333333"]),
    ),
    "implements by a company": (
        (
            "<place/211200> kg:organizes <event/555555555555> .",
            "<place/211200> kg:organizes <event/555555555555> .\n<company/3f2a9c0b1d7e> kg:implements <programme/111111111111> .",
        ),
        (KGSH.ImplementsShape, KGR["company/3f2a9c0b1d7e"]),
    ),
    "english label": (
        ('rdfs:label "新增先进加工设备补贴"@zh', 'rdfs:label "Subsidy for new processing equipment"@en'),
        (KGSH.EntityLabelLanguageShape, KGR["programme/111111111111"]),
    ),
    "entity without label": (
        (
            '<event/555555555555> a kg:Event ; rdfs:label "铁岭市首届食品节"@zh .',
            "<event/555555555555> a kg:Event .",
        ),
        (KGSH.EntityLabelCountShape, KGR["event/555555555555"]),
    ),
    "division code with letters": (
        ('kg:divisionCode "211282"', 'kg:divisionCode "21128X"'),
        (KGSH.DivisionCodeValueShape, KGR["place/211282"]),
    ),
    "place IRI does not match its code": (
        ('kg:divisionCode "210000"', 'kg:divisionCode "220000"'),
        (KGSH.DivisionPlaceIRIShape, KGR["place/210000"]),
    ),
    "sentence without document": (
        (
            "<sent/aaaaaaaaaaaa-3> a kg:Sentence ; prov:wasDerivedFrom <doc/aaaaaaaaaaaa> ;",
            "<sent/aaaaaaaaaaaa-3> a kg:Sentence ;",
        ),
        (KGSH.SentenceDocumentShape, KGR["sent/aaaaaaaaaaaa-3"]),
    ),
    "sentence with negative start": (
        ("kg:start 123 ; kg:end 131", "kg:start -1 ; kg:end 131"),
        (KGSH.SentenceStartShape, KGR["sent/aaaaaaaaaaaa-3"]),
    ),
    "sentence without text": (
        ('kg:end 131 ; kg:text "开原市召开会议。"@zh .', "kg:end 131 ."),
        (KGSH.SentenceTextShape, KGR["sent/aaaaaaaaaaaa-3"]),
    ),
    "a sentence mentions a rule": (
        (
            "<place/211282> kg:mentionedIn <sent/aaaaaaaaaaaa-3> .",
            "<rule/operates.de-0.6> kg:mentionedIn <sent/aaaaaaaaaaaa-3> .",
        ),
        (KGSH.MentionedInShape, KGR["rule/operates.de-0.6"]),
    ),
    "quantity without unit": (
        ("qudt:hasUnit unit:TONNE-PER-YR ;", ""),
        (KGSH.QuantityUnitShape, KGR["qv/444444444444"]),
    ),
    "quantity with two values": (
        ("qudt:numericValue 50000.0 ;", "qudt:numericValue 50000.0, 60000.0 ;"),
        (KGSH.QuantityNumericValueShape, KGR["qv/444444444444"]),
    ),
    "unknown quantity kind": (
        ('kg:quantityKind "annualCapacity"', 'kg:quantityKind "weight"'),
        (KGSH.QuantityKindShape, KGR["qv/444444444444"]),
    ),
    "bad sha1": (
        ('kg:sha1 "0123456789abcdef0123456789abcdef01234567"', 'kg:sha1 "xyz"'),
        (KGSH.DocumentShape, KGR["doc/aaaaaaaaaaaa"]),
    ),
}


@pytest.mark.parametrize("case", sorted(MUTATIONS))
def test_mutation_is_reported(ontology: Graph, shapes: Graph, case: str) -> None:
    (old, new), (shape, focus) = MUTATIONS[case]
    assert old in VALID, case
    conforms, report, text = _validate(VALID.replace(old, new, 1), ontology, shapes)
    assert not conforms, case
    results = _results(report)
    if shape == KGSH.DocumentShape:  # anonymous property shape of the document shape
        assert any(f == focus and "sha1" in m for _, f, m in results), text
    else:
        assert _reported(results, shape, focus), text
