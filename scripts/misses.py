"""Missed and spurious relations of a scored set, with evidence: python scripts/misses.py SET [--rel P] [--only A].

For each article of the set (scripts/score.py's SETS; never `unseen`: its misses are not for rule writing),
builds the article on its own, scores it as kg eval does and prints each missed gold relation with the
gold's evidence and whether each end was found as an entity, and each extra relation with its rule and
sentence. `--rel locatedIn` keeps one predicate; `--extra` / `--missed` keeps one side.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from score import SETS  # noqa: E402

from kg.evaluate import _norm, load_gold, load_graph  # noqa: E402
from kg.pipeline import build  # noqa: E402


def _has(ents: dict, names: set[str]) -> str:
    """The type of the graph entity carrying one of these names, or '-' when none does."""
    for e in ents.values():
        if e["names"] & names:
            return "/".join(sorted(e["types"]))
    return "-"


def report(set_name: str, rel: str, only: str, side: str) -> None:
    gold_dir, docs, publisher = SETS[set_name]
    for g in sorted(gold_dir.glob("*.json")):
        if only and only not in g.name:
            continue
        gold = load_gold(g)
        with tempfile.TemporaryDirectory() as tmp:
            res = build([docs / gold["document"]], Path(tmp), html=False, publisher=publisher, store=False)
            ents, rels = load_graph(Path(tmp) / "graph.ttl")
        graph = res.graph
        gents = {e["id"]: {e["label"]} | set(e.get("aliases", [])) for e in gold["entities"]}
        gnames = {k: {_norm(n) for n in v} for k, v in gents.items()}
        glabel = {e["id"]: e["label"] for e in gold["entities"]}
        pred = sorted(rels)
        taken: set[int] = set()
        lines: list[str] = []
        for r in gold["relations"]:
            gs, gp, go = r["subject"], r["predicate"], r["object"]
            hit = None
            for i, (ps, pp, po) in enumerate(pred):
                if i in taken or pp != gp:
                    continue
                if ents[ps]["names"] & gnames[gs] and ents[po]["names"] & gnames[go]:
                    hit = i
                    break
            if hit is not None:
                taken.add(hit)
                continue
            if (rel and gp != rel) or side == "extra":
                continue
            lines.append(
                f"  MISS {glabel[gs]}[{_has(ents, gnames[gs])}] {gp} {glabel[go]}[{_has(ents, gnames[go])}]"
                f"  | {r.get('evidence', '')}"
            )
        evidence = {(x.subject, x.predicate, x.object): x.evidence[0] for x in graph.relations if x.evidence}
        for i, (ps, pp, po) in enumerate(pred):
            if i in taken or (rel and pp != rel) or side == "missed":
                continue
            e = next(
                (
                    v
                    for (s, p, o), v in evidence.items()
                    if p == pp and ps.endswith("/" + s) and po.endswith("/" + o)
                ),
                None,
            )
            ev = f"{e.rule}: {e.sentence[:120]}" if e else ""
            lines.append(
                f"  XTRA {min(ents[ps]['names'], default='?')} {pp} {min(ents[po]['names'], default='?')}"
                f"  | {ev}"
            )
        if lines:
            print(f"== {set_name}/{g.stem} ({gold['document']})")
            print("\n".join(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("sets", nargs="+", choices=[s for s in SETS if s != "unseen"])
    ap.add_argument("--rel", default="")
    ap.add_argument("--only", default="")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--extra", dest="side", action="store_const", const="extra", default="")
    g.add_argument("--missed", dest="side", action="store_const", const="missed")
    a = ap.parse_args()
    for s in a.sets:
        report(s, a.rel, a.only, a.side)


if __name__ == "__main__":
    main()
