"""The lean provenance model: each sentence once, evidence pointing at it, rules carrying confidence.

The questions the evidence must still answer on the seeds' graph: where is an entity mentioned (the
sentence and where in the article) and why is a fact in the graph (the sentence, the span, the rule).
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import rdf
from kg.model import RELATIONS
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


def _sentences(store: ox.Store) -> list[dict]:
    """Every sentence node (untyped: the range of kg:statedIn and kg:mentionedIn says what it is)."""
    return rows(
        store,
        """SELECT ?s ?d ?a ?b ?t WHERE {
             ?s prov:wasDerivedFrom ?d ; kg:start ?a ; kg:text ?t .
             FILTER(STRSTARTS(STR(?s), "https://w3id.org/kgnews/id/sent/"))
             OPTIONAL { ?s kg:end ?e } BIND(COALESCE(?e, ?a + STRLEN(?t)) AS ?b) }""",
    )


def test_every_sentence_once_with_document_offsets_and_text(seeds_graph, store):
    docs = {rdf._r("doc/" + rdf._h(d.id))[1:-1]: d for d in seeds_graph.documents}
    sents = _sentences(store)
    assert sents
    assert len({r["s"] for r in sents}) == len(sents)  # one document, span and text each
    for r in sents:
        doc = docs[r["d"]]
        i = int(r["s"].rsplit("-", 1)[1])
        s = doc.sentences[i]
        assert (int(r["a"]), int(r["b"]), r["t"]) == (s.start, s.end, s.text)
    # the text is not written again elsewhere: only amounts keep the words they were read from beside them
    assert not rows(store, "SELECT ?x WHERE { ?x kg:sentence ?t . FILTER NOT EXISTS { ?x kg:amount ?a } }")
    # the derivable is not written: no sentence type, no end that is start + the text's length
    assert not rows(store, "SELECT ?s WHERE { ?s a kg:Sentence }")
    assert not rows(
        store, "SELECT ?s WHERE { ?s kg:text ?t ; kg:start ?a ; kg:end ?b FILTER(?b = ?a + STRLEN(?t)) }"
    )


def _mentions(store: ox.Store, entity: str) -> set[tuple[str, int, int]]:
    res = run_query(load_query("mentions"), backend=LocalBackend(store), params={"entity": entity})
    out = set()
    for row in res.values():
        r = dict(zip(res.variables, row, strict=True))
        out.add((r["document"], int(r["start"]), int(r["end"])))
    return out


def test_where_is_an_entity_mentioned(seeds_graph, store):
    """Every mention of an entity is found through its sentence: document, offsets, text with the name."""
    e = next(e for e in seeds_graph.entities if e.label == "辽宁道勤农牧科技有限公司")
    found = _mentions(store, KGR + e.id)
    assert found
    for m in e.mentions:
        assert any(d == m.doc_id and a <= m.start < b for d, a, b in found), m


def test_mentions_query_finds_exactly_the_sentences_that_name_each_entity(seeds_graph, store):
    """Links a statement implies are not written, and the mentions query puts them back: for every
    entity, exactly the sentences of its mentions (no more: an end a sentence does not name is marked)."""
    index = rdf.BuildIndex(seeds_graph.documents, seeds_graph)
    implied = written = 0
    for e in seeds_graph.entities:
        want = set()
        for m in e.mentions:
            found = index.find(m.doc_id, m.start)
            assert found is not None
            want.add((m.doc_id, found[1].start, found[1].end))
            implied += (e.id, m.doc_id, found[1].index) in index.stated
        assert _mentions(store, KGR + e.id) == want, e.label
        written += len(want)
    links = rows(store, "SELECT ?x ?s WHERE { ?x kg:mentionedIn ?s }")
    assert implied and len(links) < written  # the lean model leaves links out …
    assert rows(store, "SELECT ?st WHERE { ?st kg:unnamed ?end }")  # … and marks ends not named


def test_mention_count_is_written_only_when_it_is_not_the_number_of_sentences(seeds_graph, store):
    counts = {r["x"]: int(r["n"]) for r in rows(store, "SELECT ?x ?n WHERE { ?x kg:mentionCount ?n }")}
    index = rdf.BuildIndex(seeds_graph.documents, seeds_graph)
    for e in seeds_graph.entities:
        sentences = {(m.doc_id, f[1].index) for m in e.mentions if (f := index.find(m.doc_id, m.start))}
        if len(e.mentions) == len(sentences):
            assert KGR + e.id not in counts
        else:
            assert counts[KGR + e.id] == len(e.mentions)
    assert counts  # some entities are named twice in a sentence


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


def test_evidence_lists_every_rule_of_a_statement(seeds_graph, store):
    """A statement found by several rules in its sentence points at their kg:RuleSet; the evidence query
    gives one row per rule, and every (rule, sentence) of the graph's evidence is there."""
    sets = rows(store, "SELECT ?set ?r WHERE { ?set a kg:RuleSet ; kg:memberRule ?r }")
    assert sets
    got = {
        (r["doc"], int(r["a"]), r["rule"], r["c"])
        for r in rows(
            store,
            """SELECT ?doc ?a ?rule ?c WHERE { ?st kg:statedIn ?s ; kg:byRule/kg:memberRule? ?r .
               ?r kg:ruleName ?rule ; kg:confidence ?c . ?s kg:start ?a ; prov:wasDerivedFrom/rdfs:label ?doc }""",
        )
    }
    index = rdf.BuildIndex(seeds_graph.documents, seeds_graph)
    again = 0
    for r in seeds_graph.relations:
        repeated = rdf.repeated_by_name(r, index.locate)
        for ev in r.evidence:
            if ev.doc_id:
                s = index.find(ev.doc_id, ev.start)
                assert s is not None
                found = (ev.doc_id, s[1].start, ev.rule, rdf._dec(ev.confidence).split('"')[1])
                if (ev.doc_id, s[1].index) in repeated:
                    # a fact the name says, stated again where the name is written: the first statement
                    # gives its rule; the subject is named in this sentence (its kg:mentionedIn, or
                    # another statement's: test_mentions_query_finds_exactly_the_sentences_that_name_each_entity)
                    again += 1
                    assert ev.rule.startswith(rdf.NAME_RULES)
                    assert (r.subject, ev.doc_id, s[1].index) in index.named
                    assert any(
                        (e.doc_id, f[1].index) not in repeated and e.rule == ev.rule
                        for e in r.evidence
                        if e.doc_id and (f := index.find(e.doc_id, e.start))
                    )
                else:
                    assert found in got
    assert again  # the seeds name some firms and bodies after their place more than once


def test_values_point_at_their_sentence_and_rule(seeds_graph, store):
    """A quantity value or an entity's date: its kg:text is in its kg:statedIn sentence, its rule a kg:Rule."""
    vals = rows(
        store,
        """SELECT ?v ?t ?st ?rule WHERE { { ?x kg:hasQuantity ?v } UNION { ?v rdf:predicate kg:date }
           ?v kg:text ?t ; kg:statedIn ?s ; kg:byRule ?r . ?s kg:text ?st . ?r kg:ruleName ?rule }""",
    )
    n = sum(len(e.quantities) + len(e.dates) for e in seeds_graph.entities)
    assert n and len({r["v"] for r in vals}) == n
    for r in vals:
        assert r["t"] in r["st"] and (r["rule"].startswith("value.") or r["rule"].startswith("date."))


def test_statement_span_lies_in_its_sentence(seeds_graph, store):
    """A span narrower than its sentence; each end is written only where it is not the sentence's."""
    stmts = rows(
        store,
        """SELECT ?st ?a ?b ?sa ?sb WHERE { ?st kg:statedIn ?s .
           { ?st kg:start ?a } UNION { ?st kg:end ?b }
           ?s kg:start ?sa ; kg:text ?t OPTIONAL { ?s kg:end ?e } BIND(COALESCE(?e, ?sa + STRLEN(?t)) AS ?sb) }""",
    )
    assert stmts  # some rules name a span narrower than the sentence
    assert any(r["a"] is None for r in stmts)  # some from the sentence's start: no kg:start
    for r in rows(
        store,
        "SELECT ?st ?a ?b WHERE { ?st kg:statedIn ?s OPTIONAL { ?st kg:start ?a } OPTIONAL { ?st kg:end ?b } }",
    ):
        if r["a"] is None and r["b"] is None:
            continue  # the whole sentence
        span = next(x for x in stmts if x["st"] == r["st"])
        a, b = int(r["a"] or span["sa"]), int(r["b"] or span["sb"])
        assert int(span["sa"]) <= a < b and (a, b) != (int(span["sa"]), int(span["sb"]))
        assert r["a"] is None or a != int(span["sa"])
        assert r["b"] is None or b != int(span["sb"])


def test_partof_from_the_division_list_has_no_statement(seeds_graph, store):
    """A partOf the national list gives and no article states is the plain triple only; every other
    relation has its statements. The evidence query still answers it: the list, by its rule."""
    relations = " ".join(f"kg:{p}" for p in RELATIONS)
    bare = {
        (r["s"], r["o"])
        for r in rows(
            store,
            f"""SELECT ?s ?o WHERE {{ VALUES ?p {{ {relations} }} ?s ?p ?o .
               FILTER NOT EXISTS {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }} }}""",
        )
    }
    listed = {(KGR + r.subject, KGR + r.object) for r in seeds_graph.relations if rdf.from_division_list(r)}
    assert bare and bare == listed
    codes = {e.id for e in seeds_graph.entities if e.code}
    assert all(
        r.subject in codes and r.object in codes for r in seeds_graph.relations if rdf.from_division_list(r)
    )
    s, o = sorted(bare)[0]
    label = {r["e"]: r["l"] for r in rows(store, "SELECT ?e ?l WHERE { ?e rdfs:label ?l }")}
    res = run_query(
        load_query("evidence"),
        backend=LocalBackend(store),
        params={"subject": s, "object": o, "predicate": "partOf"},
    )
    got = [dict(zip(res.variables, row, strict=True)) for row in res.values()]
    assert [(r["source"], r["target"], r["rule"], float(r["confidence"])) for r in got] == [
        (label[s], label[o], "gazetteer.hierarchy", 1.0)
    ]
    assert "division" in got[0]["document"] and not got[0]["sentence"]


def test_rules_carry_their_confidence(seeds_graph, store):
    rules = rows(store, "SELECT ?r ?n ?c WHERE { ?r a kg:Rule ; kg:ruleName ?n ; kg:confidence ?c }")
    assert rules and len({r["r"] for r in rules}) == len(rules)  # exactly one name and confidence each
    by_iri = {r["r"]: (r["n"], float(r["c"])) for r in rules}
    used = {
        (ev.rule, round(ev.confidence, 6))
        for r in seeds_graph.relations
        if not rdf.from_division_list(r)  # no statement, so no rule node (docs/rdf-model.md)
        for ev in r.evidence
    }
    used |= {
        (v.evidence.rule, round(v.evidence.confidence, 6))
        for e in seeds_graph.entities
        for v in (*e.quantities, *e.dates)
    }
    assert {(n, round(c, 6)) for n, c in by_iri.values()} == used
    # every statement and value names one rule (or rule set); none repeats the confidence itself
    # (a statement stated in several sentences: through its kg:evidence, each naming its own rule)
    relation = (
        "{ ?x rdf:subject ?y FILTER NOT EXISTS { ?x kg:evidence ?e } BIND(?x AS ?st) }"
        " UNION { ?x kg:evidence ?st } UNION { ?y kg:hasQuantity ?st }"
    )
    assert not rows(store, f"SELECT ?st WHERE {{ {relation} FILTER NOT EXISTS {{ ?st kg:byRule ?r }} }}")
    assert not rows(store, "SELECT ?st WHERE { ?st kg:evidence ?e ; kg:byRule ?r }")
    assert rows(store, "SELECT ?st WHERE { ?st kg:evidence ?e }")  # the seeds state some facts twice
    assert not rows(store, f"SELECT ?st WHERE {{ {relation} ?st kg:confidence ?c }}")


def test_no_mention_nodes_and_no_statement_type(store):
    """The bookkeeping the lean model dropped stays dropped."""
    assert not rows(store, f"SELECT ?m WHERE {{ ?m a <{KG}Mention> }}")
    assert not rows(store, "SELECT ?st WHERE { ?st rdf:subject ?x ; a ?c }")  # the predicate says the class
    assert not rows(store, "SELECT ?v WHERE { ?x kg:hasQuantity ?v . ?v a ?c }")  # the range says it
    assert not rows(store, "SELECT ?x WHERE { ?x kg:approximate false }")  # the default
    assert not rows(store, "SELECT ?x WHERE { ?x kg:dateTime ?t }")  # kg:date says it


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
