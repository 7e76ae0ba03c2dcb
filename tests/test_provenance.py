"""The lean provenance model: each sentence once, evidence pointing at it, rules carrying confidence.

The questions the evidence must still answer on the seeds' graph: where is an entity mentioned (the
sentence and where in the article) and why is a fact in the graph (the sentence, the span, the rule).
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import rdf
from kg.query import LocalBackend, load_query, run_query

KG, KGR = rdf.KG, rdf.KGR
PFX = "\n".join(f"PREFIX {k}: <{v}>" for k, v in rdf.PREFIXES.items())


@pytest.fixture(scope="module")
def store(seeds_graph) -> ox.Store:
    st = ox.Store()
    st.bulk_load(rdf.sorted_ntriples(seeds_graph), format=ox.RdfFormat.N_TRIPLES)
    return st


def rows(store: ox.Store, q: str) -> list[dict]:
    res = store.query(PFX + q)
    names = [v.value for v in res.variables]
    return [{n: (t.value if t is not None else None) for n, t in zip(names, r, strict=True)} for r in res]


def test_every_sentence_once_with_document_offsets_and_text(seeds_graph, store):
    docs = {rdf._r("doc/" + rdf._h(d.id))[1:-1]: d for d in seeds_graph.documents}
    sents = rows(
        store,
        "SELECT ?s ?d ?a ?b ?t WHERE { ?s a kg:Sentence ; prov:wasDerivedFrom ?d ; kg:start ?a ; kg:end ?b ; kg:text ?t }",
    )
    assert sents
    assert len({r["s"] for r in sents}) == len(sents)  # one document, span and text each
    for r in sents:
        doc = docs[r["d"]]
        i = int(r["s"].rsplit("-", 1)[1])
        s = doc.sentences[i]
        assert (int(r["a"]), int(r["b"]), r["t"]) == (s.start, s.end, s.text)
    # the text is not written again elsewhere: only values keep the words they were read from beside them
    assert not rows(
        store,
        """SELECT ?x WHERE { ?x kg:sentence ?t .
           FILTER NOT EXISTS { ?x kg:amount ?a } FILTER NOT EXISTS { ?x a qudt:QuantityValue }
           FILTER NOT EXISTS { ?x rdf:predicate kg:date } }""",
    )


def test_where_is_an_entity_mentioned(seeds_graph, store):
    """Every mention of an entity is found through its sentence: document, offsets, text with the name."""
    e = next(e for e in seeds_graph.entities if e.label == "辽宁道勤农牧科技有限公司")
    found = rows(
        store,
        f"""SELECT ?doc ?a ?b ?t WHERE {{ <{KGR}{e.id}> kg:mentionedIn ?s .
            ?s kg:text ?t ; kg:start ?a ; kg:end ?b ; prov:wasDerivedFrom/rdfs:label ?doc }}""",
    )
    assert found
    spans = {(r["doc"], int(r["a"]), int(r["b"])) for r in found}
    for m in e.mentions:
        assert any(d == m.doc_id and a <= m.start < b for d, a, b in spans), m
    for r in found:
        assert any(n in r["t"] for n in e.names)


def test_why_is_a_fact_in_the_graph(store):
    """The evidence query answers with the sentence, a span inside it and the rule with its confidence."""
    backend = LocalBackend(store)
    res = run_query(
        load_query("evidence"),
        backend=backend,
        params={"subject": "道勤", "object": "开原", "predicate": "locatedIn"},
    )
    assert res.rows
    for row in res.values():
        r = dict(zip(res.variables, row, strict=True))
        assert "开原" in r["sentence"] and r["document"].endswith(".txt")
        start, end = map(int, r["span"].split("-"))
        assert 0 <= start < end
        assert r["rule"].startswith("locatedIn.") and 0 < float(r["confidence"]) <= 1


def test_statement_span_lies_in_its_sentence(seeds_graph, store):
    stmts = rows(
        store,
        """SELECT ?st ?a ?b ?sa ?sb WHERE { ?st kg:statedIn ?s ; kg:start ?a ; kg:end ?b .
           ?s kg:start ?sa ; kg:end ?sb }""",
    )
    assert stmts  # some rules name a span narrower than the sentence
    for r in stmts:
        assert int(r["sa"]) <= int(r["a"]) < int(r["b"]) and (int(r["a"]), int(r["b"])) != (
            int(r["sa"]),
            int(r["sb"]),
        )


def test_rules_carry_their_confidence(seeds_graph, store):
    rules = rows(store, "SELECT ?r ?n ?c WHERE { ?r a kg:Rule ; kg:ruleName ?n ; kg:confidence ?c }")
    assert rules and len({r["r"] for r in rules}) == len(rules)  # exactly one name and confidence each
    by_iri = {r["r"]: (r["n"], float(r["c"])) for r in rules}
    used = {(ev.rule, round(ev.confidence, 6)) for r in seeds_graph.relations for ev in r.evidence}
    assert {(n, round(c, 6)) for n, c in by_iri.values()} == used
    # every statement names one rule; none repeats the confidence itself
    # (the statements of entity dates are values: they keep their rule and confidence beside them)
    relation = "?st rdf:subject ?x ; rdf:predicate ?p . FILTER(?p != kg:date)"
    assert not rows(store, f"SELECT ?st WHERE {{ {relation} FILTER NOT EXISTS {{ ?st kg:byRule ?r }} }}")
    assert not rows(store, f"SELECT ?st WHERE {{ {relation} ?st kg:confidence ?c }}")


def test_no_mention_nodes_and_no_statement_type(store):
    """The bookkeeping the lean model dropped stays dropped."""
    assert not rows(store, f"SELECT ?m WHERE {{ ?m a <{KG}Mention> }}")
    assert not rows(store, "SELECT ?st WHERE { ?st a rdf:Statement ; kg:byRule ?r }")


def test_parallel_slices_name_the_same_sentences(seeds_graph):
    """A slice of the graph (as the parallel RDF workers write it) uses the whole build's sentence index."""
    from kg.model import Graph

    whole = set(rdf.ntriples_lines(seeds_graph))
    index = rdf.BuildIndex(seeds_graph.documents, seeds_graph)
    parts: set[str] = set()
    for i in range(2):
        part = Graph(seeds_graph.documents[i::2], seeds_graph.entities[i::2], seeds_graph.relations[i::2])
        parts |= set(rdf.ntriples_lines(part, index=index))
    assert parts == whole
