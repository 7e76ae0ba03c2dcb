"""RDF publishing: the fast N-Triples path equals Oxigraph's own serialisation; literals escape."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import rdf


def test_fast_ntriples_equal_oxigraph_serialisation(seeds_graph):
    via_terms = ox.serialize(sorted(set(rdf.triples(seeds_graph)), key=str), format=ox.RdfFormat.N_TRIPLES)
    assert sorted(via_terms.decode().splitlines(keepends=True)) == sorted(
        set(rdf.ntriples_lines(seeds_graph))
    )


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
