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
