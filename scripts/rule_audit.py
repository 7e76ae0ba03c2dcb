"""Precision of every extraction rule over the annotated sets: python scripts/rule_audit.py [--set NAME] [--kind K].

Builds each article of every scored set (scripts/score.py's SETS, never `unseen`: the blind set is not for
rule writing) on its own, scores it as kg eval does (kg.evaluate.match_one) and credits each rule with the
facts it took part in: an entity with the rule of every mention that names it (Mention.rule), a relation
with the rule of every evidence that states it (Evidence.rule). A prediction the gold matches is a TP of
each of its rules, one it does not an FP. `alone` counts the predictions no other rule made: what removing
the rule would remove. One row per (kind, rule), sorted by FP count; sample FPs are the first in order.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from score import SETS  # noqa: E402

from kg.evaluate import CLASSES, RELATIONS, _coarse, _norm, load_gold, match_one  # noqa: E402
from kg.model import Graph  # noqa: E402
from kg.pipeline import build_graph  # noqa: E402
from kg.rdf import KGR  # noqa: E402

NO_RULE = "(no rule)"  # an entity without a mention (a parent the division list adds), a derived triple


@dataclass
class Prediction:
    """One scored prediction: what it is, whether the gold has it and the rules behind it."""

    kind: str  # "entity" or "relation"
    text: str  # Company 某某公司 / 甲 funded 乙
    rules: frozenset[str]
    tp: bool
    where: str  # set/article


@dataclass
class RuleRow:
    kind: str
    rule: str
    sets: set[str] = field(default_factory=set)
    tp: int = 0
    fp: int = 0
    tp_alone: int = 0
    fp_alone: int = 0
    fps: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0


def scored_graph(graph: Graph) -> tuple[dict, set]:
    """The graph as kg.evaluate.load_graph reads its Turtle (entities of scored classes, their names and
    relations between them), from the model directly: tests check the two agree."""
    ents: dict[str, dict] = {}
    for e in graph.entities:
        if e.type in CLASSES:
            ents[KGR + e.id] = {"types": {_coarse(e.type)}, "names": {_norm(n) for n in e.names} - {""}}
    rels = {
        (KGR + r.subject, r.predicate, KGR + r.object)
        for r in graph.relations
        if r.predicate in RELATIONS and KGR + r.subject in ents and KGR + r.object in ents
    }
    return ents, rels


def predictions(graph: Graph, gold: dict, where: str = "") -> list[Prediction]:
    """Every scored prediction of one article's graph against its gold, with its rules."""
    ents, rels = scored_graph(graph)
    _, matched, hit = match_one(ents, rels, gold)
    out = []
    for e in graph.entities:
        iri = KGR + e.id
        if iri not in ents:
            continue
        rules = frozenset(m.rule for m in e.mentions) or frozenset({NO_RULE})
        out.append(Prediction("entity", f"{_coarse(e.type)} {e.label}", rules, iri in matched, where))
    rel_rules: dict[tuple[str, str, str], set[str]] = {}
    for r in graph.relations:
        key = (KGR + r.subject, r.predicate, KGR + r.object)
        if key in rels:
            rel_rules.setdefault(key, set()).update(ev.rule for ev in r.evidence)
    for key in sorted(rels):
        s, p, o = key
        text = f"{min(ents[s]['names'], default='?')} {p} {min(ents[o]['names'], default='?')}"
        out.append(
            Prediction("relation", text, frozenset(rel_rules[key]) or frozenset({NO_RULE}), key in hit, where)
        )
    return out


def set_predictions(name: str, only: str = "") -> list[Prediction]:
    """The predictions of every article of one scored set, each article built on its own."""
    gold_dir, docs, publisher = SETS[name]
    out: list[Prediction] = []
    for g in sorted(gold_dir.glob("*.json")):
        if only and only not in g.name:
            continue
        gold = load_gold(g)
        graph = build_graph([docs / gold["document"]], publisher=publisher)
        out.extend(predictions(graph, gold, f"{name}/{g.stem}"))
    return out


def audit(preds: Iterable[Prediction], samples: int = 3) -> list[RuleRow]:
    """One row per (kind, rule), most FPs first (then fewest TPs, then the name)."""
    rows: dict[tuple[str, str], RuleRow] = {}
    for p in preds:
        for rule in sorted(p.rules):
            row = rows.setdefault((p.kind, rule), RuleRow(p.kind, rule))
            row.sets.add(p.where.split("/")[0])
            alone = len(p.rules) == 1
            if p.tp:
                row.tp += 1
                row.tp_alone += alone
            else:
                row.fp += 1
                row.fp_alone += alone
                row.fps.append(f"{p.text} ({p.where.split('/')[-1]})")
    for row in rows.values():  # the first FPs by article, then text: the same whatever the input order
        row.fps = sorted(row.fps, key=lambda t: (t.rsplit(" (", 1)[1], t))[:samples]
    return sorted(rows.values(), key=lambda r: (-r.fp, r.tp, r.kind, r.rule))


def format_rows(rows: Sequence[RuleRow]) -> str:
    head = f"{'kind':8s} {'rule':40s} {'sets':>4s} {'TP':>5s} {'FP':>4s} {'P':>5s} {'TPa':>4s} {'FPa':>4s}  sample FPs"
    lines = [head]
    for r in rows:
        lines.append(
            f"{r.kind:8s} {r.rule:40s} {len(r.sets):4d} {r.tp:5d} {r.fp:4d} {r.precision:5.2f} "
            f"{r.tp_alone:4d} {r.fp_alone:4d}  {' | '.join(r.fps)}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    names = [n for n in SETS if n != "unseen"]  # never the blind set
    ap.add_argument("--set", choices=names, action="append", help="a set (repeatable); default: all")
    ap.add_argument("--kind", choices=("entity", "relation"), help="one kind of prediction")
    ap.add_argument("--only", default="", help="articles whose gold file name contains this")
    ap.add_argument("--samples", type=int, default=3, help="sample FPs per rule")
    ap.add_argument("--rule", help="list every prediction of this rule (TP and FP) instead of the table")
    a = ap.parse_args(argv)
    preds: list[Prediction] = []
    for name in a.set or names:
        if SETS[name][0].is_dir():
            preds.extend(set_predictions(name, a.only))
    if a.kind:
        preds = [p for p in preds if p.kind == a.kind]
    if a.rule:
        for p in preds:
            if a.rule in p.rules:
                others = ",".join(sorted(p.rules - {a.rule}))
                print(f"{'TP' if p.tp else 'FP'} {p.kind:8s} {p.where:32s} {p.text}  [{others}]")
        return
    print(format_rows(audit(preds, a.samples)))
    for kind in ("entity", "relation"):
        ps = [p for p in preds if p.kind == kind]
        if ps:
            tp = sum(p.tp for p in ps)
            print(f"{kind}: {len(ps)} predictions, {tp} TP, {len(ps) - tp} FP")


if __name__ == "__main__":
    main()
