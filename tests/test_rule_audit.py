"""scripts/rule_audit.py on the seeds: every rule that fires is credited, and its counts add up to the scorer's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from rule_audit import audit, format_rows, main, predictions, scored_graph, set_predictions  # noqa: E402
from score import SETS, score_all  # noqa: E402

from kg.evaluate import CLASSES, RELATIONS, load_gold, load_graph  # noqa: E402
from kg.pipeline import build, build_graph  # noqa: E402


@pytest.fixture(scope="module")
def seed_preds():
    return set_predictions("seeds")


def test_scored_graph_reads_as_the_turtle(tmp_path):
    """The audit reads the model as kg eval reads the Turtle: same entities, names, types and triples."""
    gold_dir, docs, publisher = SETS["seeds"]
    for g in sorted(gold_dir.glob("*.json")):
        doc = docs / load_gold(g)["document"]
        out = tmp_path / g.stem
        build([doc], out, html=False, publisher=publisher, store=False)
        assert scored_graph(build_graph([doc], publisher=publisher)) == load_graph(out / "graph.ttl")


def test_counts_add_up_to_the_scorer(seed_preds):
    sc, _ = score_all(*SETS["seeds"])
    for kind, table in (("entity", sc.entities), ("relation", sc.relations)):
        ps = [p for p in seed_preds if p.kind == kind]
        assert sum(p.tp for p in ps) == sum(table.tp.values()) > 0
        assert sum(not p.tp for p in ps) == sum(table.fp.values())


def test_every_rule_that_fires_has_a_row_and_its_predictions(seed_preds):
    rows = audit(seed_preds)
    by_key = {(r.kind, r.rule): r for r in rows}
    gold_dir, docs, publisher = SETS["seeds"]
    fired: set[tuple[str, str]] = set()
    for g in sorted(gold_dir.glob("*.json")):
        graph = build_graph([docs / load_gold(g)["document"]], publisher=publisher)
        scored = {e.id for e in graph.entities if e.type in CLASSES}
        fired |= {("entity", m.rule) for e in graph.entities if e.id in scored for m in e.mentions}
        fired |= {
            ("relation", ev.rule)
            for r in graph.relations
            if r.predicate in RELATIONS and {r.subject, r.object} <= scored
            for ev in r.evidence
        }
    assert fired == set(by_key)
    for (kind, rule), row in by_key.items():
        mine = [p for p in seed_preds if p.kind == kind and rule in p.rules]
        assert row.tp + row.fp == len(mine) > 0
        assert row.tp == sum(p.tp for p in mine)
        assert row.tp_alone <= row.tp and row.fp_alone <= row.fp
        assert row.sets == {"seeds"}
        assert len(row.fps) == min(3, row.fp)
    # credited with each prediction it took part in: alone counts sum to the single-rule predictions
    assert sum(r.tp_alone + r.fp_alone for r in rows) == sum(len(p.rules) == 1 for p in seed_preds)


def test_sorted_by_false_positives_and_deterministic(seed_preds):
    rows = audit(seed_preds)
    keys = [(-r.fp, r.tp, r.kind, r.rule) for r in rows]
    assert keys == sorted(keys)
    assert format_rows(rows) == format_rows(audit(list(reversed(seed_preds))))


def test_one_article_prediction_marks_the_gold_it_matches():
    gold_dir, docs, publisher = SETS["seeds"]
    g = sorted(gold_dir.glob("*.json"))[0]
    gold = load_gold(g)
    ps = predictions(build_graph([docs / gold["document"]], publisher=publisher), gold, "seeds/x")
    labels = {e["label"] for e in gold["entities"]}
    hits = [p for p in ps if p.kind == "entity" and p.tp]
    # a matched entity's label is the gold's or shares an alias with it; most are the gold's label
    assert sum(p.text.split(" ", 1)[1] in labels for p in hits) > len(hits) // 2


def test_cli_prints_a_table_and_totals(capsys):
    main(["--set", "seeds", "--kind", "relation"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:6] == ["kind", "rule", "sets", "TP", "FP", "P"]
    assert all(line.startswith("relation ") for line in out[1:-1])
    assert out[-1].startswith("relation: ") and "TP" in out[-1]
