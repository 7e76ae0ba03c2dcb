"""The bundled queries that read a hub's statements in several forms answer as their references on a
generated corpus with hubs.

150 articles of the benchmark's recombined corpus (`scripts/bench.py`, fixed seed): the same cities,
events and bodies recur, so a few entities are an end of 50-170 statements whose other ends are hubs
too (the shape of the 10,000-article store's hubs, smaller). `entity` is tried in each form of its
parts (the other ends' statements row by row; the entity's own read once) and as chosen by the
estimate with thresholds scaled down to this corpus; `evidence` (in parts) and `mentions` (its
sentences listed first) whole and in pages. Rows are compared as in tests/test_query_plans.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import kg
import kg.query
from kg.query import LocalBackend, load_query, parse_header, run_query
from kg.rdf import PREFIXES, serialize
from kg.store import open_store, write_store

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "fixtures" / "queries_reference"
PFX = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


@pytest.fixture(scope="module")
def hubs(tmp_path_factory) -> tuple[LocalBackend, list[str]]:
    """A store of 150 generated articles and its entities to ask about: the six that are the subject
    of the most statements, the six that are the object of the most, and six with a few."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import bench

    out = tmp_path_factory.mktemp("hubs")
    bench.make_corpus(out / "corpus", 150)
    graph = kg.build_graph([out / "corpus"])
    (out / "graph.ttl").write_bytes(serialize(graph, "turtle"))
    write_store(out / "store", out / "graph.ttl")
    st = open_store(out / "store")
    picked: list[str] = []
    for role, order in (("rdf:subject", "DESC(?n)"), ("rdf:object", "DESC(?n)"), ("rdf:subject", "?n")):
        q = f"SELECT ?x (COUNT(*) AS ?n) WHERE {{ ?st {role} ?x }} GROUP BY ?x ORDER BY {order} ?x LIMIT 6"
        picked += [f"<{r[0].value}>" for r in st.query(PFX + q) if f"<{r[0].value}>" not in picked]
    return LocalBackend(st, str(out / "store")), picked


def _normal(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    out = []
    for r in rows:
        cells = []
        for v in r:
            for sep in ("、", "; "):
                if sep in v:
                    v = sep.join(sorted(v.split(sep)))
            cells.append(v)
        out.append(tuple(cells))
    return sorted(out)


_REFERENCE_ROWS: dict[tuple[str, str, str], list[tuple[str, ...]]] = {}


def _same_whole_and_paged(backend: LocalBackend, name: str, given: dict[str, str]) -> int:
    """The query's whole answer and its pages of 40 rows hold the reference's rows; the rows' count."""
    ((param, value),) = given.items()
    if (name, param, value) not in _REFERENCE_ROWS:  # (the reference's answer, once for every form)
        ref = parse_header((REFERENCE / f"{name}.rq").read_text(encoding="utf-8"), f"reference {name}")
        _REFERENCE_ROWS[name, param, value] = _normal(run_query(ref, backend=backend, params=given).values())
    want = _REFERENCE_ROWS[name, param, value]
    q = load_query(name)
    assert _normal(run_query(q, backend=backend, params=given).values()) == want, (name, given)
    paged: list[tuple[str, ...]] = []
    for offset in range(0, len(want) + 1, 40):
        paged += run_query(q, backend=backend, params=given, limit=40, offset=offset).values()
    assert _normal(paged) == want, (name, given, "pages")
    return len(want)


@pytest.mark.parametrize("form", ["default", "own", "estimate"])
def test_entity_of_hubs_answers_as_its_reference_in_every_form(
    hubs: tuple[LocalBackend, list[str]], form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend, entities = hubs
    thresholds = {"default": (-1, -1), "own": (10**9, 10**9), "estimate": (5, 150)}[form]
    monkeypatch.setattr(kg.query, "OWN_ALWAYS", thresholds[0])
    monkeypatch.setattr(kg.query, "OWN_MAX", thresholds[1])
    rows = [_same_whole_and_paged(backend, "entity", {"entity": e}) for e in entities]
    assert max(rows) > 40  # some answers take several pages


@pytest.mark.parametrize("name", ["evidence", "mentions"])
def test_evidence_and_mentions_of_hubs_answer_as_their_references(
    hubs: tuple[LocalBackend, list[str]], name: str
) -> None:
    backend, entities = hubs
    params = ("subject", "object") if name == "evidence" else ("entity",)
    rows = [_same_whole_and_paged(backend, name, {p: e}) for e in entities for p in params]
    assert max(rows) > 40


def test_a_fact_stated_in_many_sentences_has_its_details_once(hubs) -> None:
    """A fact stated in several sentences is one statement (its ends and details once) with one
    kg:evidence node per sentence (docs/rdf-model.md): the entity query reads one node per fact and
    detail, not one per sentence, and each sentence's evidence (sentence, rules) is still there."""
    backend, _ = hubs
    st = backend.store

    def rows(q: str) -> list[tuple[str, ...]]:
        return [tuple(str(v) for v in r) for r in st.query(PFX + q)]

    # no fact without an amount (nor an entity's date) has two statements with the same details
    twice = """SELECT ?s ?p ?o ?t ?d WHERE {
        ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
        FILTER NOT EXISTS { ?st kg:amount ?a } OPTIONAL { ?st kg:title ?t } OPTIONAL { ?st kg:date ?d } }
        GROUP BY ?s ?p ?o ?t ?d HAVING (COUNT(?st) > 1)"""
    assert not rows(twice)
    # such facts exist in this corpus, each with two or more evidence nodes and no evidence of its own
    facts = rows("SELECT ?st (COUNT(?ev) AS ?n) WHERE { ?st kg:evidence ?ev } GROUP BY ?st")
    assert len(facts) > 20 and all(int(n.split('"')[1]) >= 2 for _, n in facts)
    assert max(int(n.split('"')[1]) for _, n in facts) > 20  # a fact of a hub, stated in many sentences
    assert not rows(
        "SELECT ?st WHERE { ?st kg:evidence ?ev . { ?st kg:statedIn ?x } UNION { ?st kg:byRule ?x } }"
    )
    # every evidence node: one sentence (or the division list), one rule (or rule set), no ends
    bad = """SELECT ?ev WHERE { ?st kg:evidence ?ev .
        FILTER(NOT EXISTS { ?ev kg:byRule ?r } || EXISTS { ?ev rdf:subject ?x }
               || NOT EXISTS { { ?ev kg:statedIn ?sn } UNION { ?ev prov:wasDerivedFrom ?src } }) }"""
    assert not rows(bad)
