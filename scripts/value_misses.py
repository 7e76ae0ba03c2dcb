"""List every value kg misses strictly, with the gold owner and kg's owners: python scripts/value_misses.py [--set NAME]."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from score import SETS  # noqa: E402

from kg.evaluate import _close, _gold_dim, _is_date, _match_value, gold_values, load_gold, load_values  # noqa: E402
from kg.pipeline import build  # noqa: E402

# the sets whose misses may be read while rules are written (never the blind one)
DEV_SETS = (
    "seeds",
    "fixtures",
    "heldout",
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "dev23",
    "dev24",
    "dev25",
    "dev26",
    "dev27",
    "dev28",
    "dev29",
)


def _rules(path: Path) -> dict[str, str]:
    """kg:byRule of every node of a graph file."""
    import pyoxigraph as ox

    out: dict[str, str] = {}
    for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        if q.predicate.value.endswith("#byRule"):
            out[str(q.subject.value)] = q.object.value.rsplit(":", 1)[-1].rsplit("/", 1)[-1]
    return out


def misses(name: str, only: str = "") -> list[str]:
    """One line per strict miss of a set: document, gold owner, value, kg's owners of that number, evidence."""
    gold_dir, docs, publisher = SETS[name]
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for g in sorted(gold_dir.glob("*.json")):
            if only and only not in g.name:
                continue
            gold = load_gold(g)
            out = Path(tmp) / g.stem
            build([docs / gold["document"]], out, html=False, publisher=publisher)
            G = load_values(out / "graph.ttl")
            rules = _rules(out / "graph.ttl")
            label = {k: min(v, key=len) for k, v in G.names.items()}
            for gv in gold_values(gold):
                strict, loose = _match_value(gv, G)
                if strict:
                    continue
                kg_owners: list[str] = []
                if _is_date(gv):
                    for d, owners in G.dates:
                        if d == str(gv["value"]).split("/")[0]:
                            kg_owners += [label.get(o, o[-12:]) for o in owners]
                else:
                    try:
                        val = float(gv["value"])
                    except (TypeError, ValueError):
                        continue
                    dim, f = _gold_dim(gv["unit"])
                    for v, kdim, kf, owners, node, kind, *_ in G.nums:
                        if _close(val * f, v * kf):
                            who = "/".join(label.get(o, o[-12:]) for o in sorted(owners)) or "-"
                            tag = "" if kdim == dim else f"[{kdim}]"
                            kg_owners.append(f"{who}{tag}({rules.get(node, kind)})")
                has_owner = gv["names"] is None or any(gv["names"] & n for n in G.names.values())
                lines.append(
                    f"{name} {g.stem[:12]} | gold {gv['label']}{'' if has_owner else ' (NOT IN GRAPH)'} "
                    f"{gv['property']} = {gv['value']} {gv['unit']} | kg: {'; '.join(kg_owners) or 'none'}"
                    f"{'' if loose else ' (number not in graph)'}\n    {str(gv['evidence'])[:160]}"
                )
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--set", choices=DEV_SETS, action="append")
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    for name in a.set or DEV_SETS:
        for line in misses(name, a.only):
            print(line)


if __name__ == "__main__":
    main()
