"""OWL 2: HermiT reasons over the ontology together with the seeds' graph (owlready2 runs it in Java)."""

from __future__ import annotations

import shutil

import pytest
import rdflib
from rdflib import XSD, Literal

from kg.shacl import ontology_path

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
# The OWL 2 datatype map (OWL 2 Structural Specification, section 4): a literal of any other datatype
# (xsd:date, xsd:gYearMonth, xsd:gYear …) makes HermiT refuse the whole graph.
OWL2_DATATYPES = {RDF_NS + "PlainLiteral", RDF_NS + "XMLLiteral", RDF_NS + "langString"}
OWL2_DATATYPES |= {OWL_NS + "real", OWL_NS + "rational", "http://www.w3.org/2000/01/rdf-schema#Literal"}
OWL2_DATATYPES |= {
    str(XSD[n])
    for n in (
        "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger long int "
        "short byte unsignedLong unsignedInt unsignedShort unsignedByte double float string "
        "normalizedString token language Name NCName NMTOKEN boolean hexBinary base64Binary anyURI "
        "dateTime dateTimeStamp"
    ).split()
}


@pytest.fixture(scope="module")
def ontology_and_seeds(seeds_build) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(ontology_path(), format="turtle")
    g.parse(seeds_build.outputs["turtle"], format="turtle")
    return g


def test_every_literal_is_in_the_owl2_datatype_map(seeds_build):
    """Every literal of the published graph (the ontology's own annotations aside, which reasoners
    ignore: dct:modified is an xsd:date)."""
    graph = rdflib.Graph().parse(seeds_build.outputs["turtle"], format="turtle")
    outside = {
        str(o.datatype)
        for o in graph.objects()
        if isinstance(o, Literal) and o.datatype is not None and str(o.datatype) not in OWL2_DATATYPES
    }
    assert not outside, f"datatypes outside the OWL 2 datatype map: {sorted(outside)}"


def test_hermit_reasons_over_the_ontology_and_the_seeds_graph(ontology_and_seeds, tmp_path):
    """The ontology's OWL 2 claim holds for the data kg publishes: HermiT loads ontology + graph,
    finds them consistent and classifies (开原市, a kg:District, is inferred to be a kg:Place)."""
    if shutil.which("java") is None:
        pytest.skip("java is not installed (.ci/run installs default-jre-headless): HermiT runs in Java")
    owlready2 = pytest.importorskip("owlready2", reason="pip install -e '.[test]' installs owlready2")
    nt = tmp_path / "ontology+seeds.nt"
    ontology_and_seeds.serialize(nt, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(nt.as_uri()).load()
    # raises OwlReadyInconsistentOntologyError if inconsistent, OwlReadyJavaError if HermiT refuses it
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    kaiyuan = world["https://w3id.org/kgnews/id/place/211282"]
    assert kaiyuan is not None
    place = world["https://w3id.org/kgnews/ontology#Place"]
    assert place in kaiyuan.INDIRECT_is_a
