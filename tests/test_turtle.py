"""Turtle every parser reads the same: no prefixed name with an escaped local name (Virtuoso 7 keeps the
backslash of ``kgr:company\\/0075…`` in the IRI), and still the same triples."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pyoxigraph as ox
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import rdf
from kg.turtle import turtle, turtle_stream

NS = "https://w3id.org/kgnews/id/"
# a backslash outside string literals (literals are skipped: they may escape their own characters)
_OUTSIDE_LITERALS = re.compile(r'"(?:[^"\\\n]|\\.)*"|(\\)')


def escapes_outside_literals(text: str) -> list[str]:
    return [m.group(0) for m in _OUTSIDE_LITERALS.finditer(text) if m.group(1)]


def test_seeds_turtle_has_no_escaped_local_names(seeds_graph, seeds_build) -> None:
    nt = rdf.serialize(seeds_graph, "ntriples")
    for data in (rdf.serialize(seeds_graph, "turtle"), Path(seeds_build.outputs["turtle"]).read_bytes()):
        text = data.decode("utf-8")
        assert not escapes_outside_literals(text)
        assert (
            f"<{NS}place/" in text and "kgr:" not in text
        )  # kgr IRIs (all with a slash) are written in full
        assert set(ox.parse(data, format=ox.RdfFormat.TURTLE)) == set(
            ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
        )
        # rdflib (another parser) reads the same IRIs
        subjects = {str(s) for s in rdflib.Graph().parse(data=data, format="turtle").subjects()}
        assert subjects == {t.subject.value for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)}


LOCAL = st.text(alphabet="abz09_-.~/!$&'()*+,;=?@开原", min_size=0, max_size=12)  # no % or # (IRI syntax)
TEXT = st.text(alphabet='ab \\/"\n\tkgr:开', max_size=20)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(LOCAL, LOCAL, TEXT), min_size=1, max_size=6))
def test_turtle_round_trips_without_escaped_names(rows) -> None:
    triples = []
    for s, o, text in rows:
        subj = ox.NamedNode(NS + s)
        triples.append(
            ox.Triple(subj, ox.NamedNode("https://w3id.org/kgnews/ontology#x"), ox.NamedNode(NS + o))
        )
        triples.append(ox.Triple(subj, ox.NamedNode("https://w3id.org/kgnews/ontology#t"), ox.Literal(text)))
    prefixes = {"ex": NS, "kg": "https://w3id.org/kgnews/ontology#"}  # ex: names need escapes
    data = turtle(triples, prefixes=prefixes)
    assert {
        ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.TURTLE)
    } == set(triples)
    assert not escapes_outside_literals(data.decode("utf-8"))
    streamed = io.BytesIO()
    turtle_stream(
        triples * 300, streamed, prefixes
    )  # through the line-buffering writer, in Oxigraph's chunks
    assert streamed.getvalue() == turtle(triples * 300, prefixes=prefixes)
