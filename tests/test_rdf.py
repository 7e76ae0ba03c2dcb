"""RDF publishing: the N-Triples lines are what Oxigraph writes; literals escape; both formats round-trip."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import rdf


def test_lines_are_canonical_ntriples(seeds_graph):
    """Oxigraph reads every line and writes it back byte for byte (IRIs, escapes, datatypes, tags)."""
    lines = sorted(set(rdf.ntriples_lines(seeds_graph)))
    parsed = list(ox.parse("".join(lines).encode(), format=ox.RdfFormat.N_TRIPLES))
    again = ox.serialize(sorted(parsed, key=str), format=ox.RdfFormat.N_TRIPLES).decode()
    assert sorted(again.splitlines(keepends=True)) == lines


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=30))
def test_literal_escaping_matches_oxigraph(text):
    ours = f"<http://a/s> <http://a/p> {rdf._q(text)}@zh .\n".encode()
    theirs = ox.serialize(
        [ox.Triple(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal(text, language="zh"))],
        format=ox.RdfFormat.N_TRIPLES,
    )
    assert ours == theirs


@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_serialisation_round_trips(seeds_graph, fmt):
    data = rdf.serialize(seeds_graph, fmt)
    parsed = list(ox.parse(data, format=ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES))
    assert len(parsed) == len(rdf.sorted_triples(seeds_graph))


def test_only_merges_the_names_do_not_say_are_published(seeds_graph):
    """kg:mergeReason carries the alias steps' reasons (anaphora, short names …); a merge by name,
    division code or 本报 is what the entity's names, code and IRI already say (docs/rdf-model.md)."""
    from kg.model import key_merge

    lines = set(rdf.ntriples_lines(seeds_graph))
    published = {x for x in lines if "#mergeReason>" in x}
    alias = key = 0
    for e in seeds_graph.entities:
        for why in e.merges:
            line = f"<{rdf.KGR}{e.id}> <{rdf.KG}mergeReason> {rdf._q(why)}@en .\n"
            if key_merge(why):
                key += 1
                assert line not in published
            else:
                alias += 1
                assert line in published
    assert alias and key
    assert not any(x.split(" ", 2)[2].startswith(('"same ', '"national division code ')) for x in published)


def test_a_quantity_kind_the_unit_says_is_not_written(seeds_graph):
    """kg:quantityKind is written only when it is not the kind its unit implies (rdf.kind_of_unit)."""
    lines = set(rdf.ntriples_lines(seeds_graph))
    seen = set()
    for e in seeds_graph.entities:
        for q in e.quantities:
            qn = f"<{rdf.KGR}qv/{rdf._h(rdf.KGR + e.id, q.kind, q.evidence.doc_id, q.evidence.start)}>"
            unit = rdf.UNITS.get(q.unit, rdf.UNIT + "NUM")
            written = f"{qn} <{rdf.KG}quantityKind> {rdf._q(q.kind)} .\n" in lines
            assert written == (q.kind != rdf.kind_of_unit(unit)), (e.label, q)
            seen.add((unit.rsplit("/", 1)[-1], written))
    assert ("MegaW", False) in seen and ("CCY_CNY", True) in seen and ("CCY_CNY", False) in seen
