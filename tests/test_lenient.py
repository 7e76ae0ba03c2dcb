"""Lenient parsing of the lines when every IRI is known to be valid (kg.rdf.plain_iris), strict otherwise."""

import pytest


def test_plain_iris(seeds_graph):
    from dataclasses import replace

    from kg.model import Graph
    from kg.rdf import plain_iris

    assert plain_iris(seeds_graph)  # kg's own ids: the lines may be parsed leniently
    e = seeds_graph.entities[0]
    for bad in ("company/a b", "company/a>b", "company/铁岭", "company/", "/x", "company//x", 'x"y'):
        g = Graph(
            seeds_graph.documents, (replace(e, id=bad),) + seeds_graph.entities[1:], seeds_graph.relations
        )
        assert not plain_iris(g), bad
        r = seeds_graph.relations[0]
        g = Graph(
            seeds_graph.documents, seeds_graph.entities, (replace(r, object=bad),) + seeds_graph.relations[1:]
        )
        assert not plain_iris(g), bad


def test_a_bad_iri_still_fails_the_build(seeds_graph, tmp_path):
    """Lines whose IRIs are not known to be valid are parsed strictly: an id that makes a bad IRI
    fails the build (with the store and without), and leaves no output."""
    from dataclasses import replace

    from kg.errors import InputError
    from kg.model import Graph
    from kg.publish import publish

    e = seeds_graph.entities[0]
    g = Graph(
        seeds_graph.documents,
        (replace(e, id="company/a b"),) + seeds_graph.entities[1:],
        seeds_graph.relations,
    )
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InputError, match="not readable N-Triples"):
        publish(g, out, False, True, {}, None)
    assert not (out / "graph.ttl").exists() and not (out / "store").exists()
    with pytest.raises(SyntaxError):
        publish(g, out, False, False, {}, None)
    assert not (out / "graph.ttl").exists()
