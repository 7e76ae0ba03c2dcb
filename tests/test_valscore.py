"""`kg eval` scores values exactly as the reference ../shared/tools/valscore.py does (seeds + dev articles)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.evaluate import evaluate_values, format_values

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools/valscore.py"
# the seeds and dev articles of different kinds: a signing ceremony, a designation list, a project
# start with category totals, a county report in Traditional script, a city's quarterly figures
DEV = ("d01", "d05", "d14", "d16", "d24")


@pytest.fixture(scope="module")
def pairs(tmp_path_factory):
    """Each article built alone into its own graph.ttl, paired with its gold file."""
    out = tmp_path_factory.mktemp("valscore")
    articles = [(ROOT / "seeds" / (g.stem + ".txt"), g) for g in sorted((ROOT / "tests/gold").glob("*.json"))]
    if SCORER.exists():
        articles += [(SHARED / f"dev/texts/{d}.txt", SHARED / f"dev/gold/{d}.json") for d in DEV]
    result = []
    for text, gold in articles:
        kg.build([text], out / text.stem, html=False, store=False, cache=False)
        result.append((out / text.stem / "graph.ttl", gold))
    return result


def _reference(pairs) -> list[str]:
    args = [str(x) for pair in pairs for x in pair]
    proc = subprocess.run(
        [sys.executable, str(SCORER), "-v", "--pairs", *args], capture_output=True, text=True, check=True
    )
    return proc.stdout.splitlines()


def test_value_scores_agree_with_the_reference(pairs):
    if not SCORER.exists():
        pytest.skip("../shared/tools/valscore.py is not beside the repository")
    ref = _reference(pairs)
    vs = evaluate_values(pairs)
    ours = format_values(vs).splitlines()
    # the reference's summary lines: "ALL: value recall strict …" and "ALL: money reading precision …"
    ref_all = [line for line in ref if line.startswith("ALL: ")]
    assert [line.removeprefix("values ") for line in ours] == [
        ref_all[0].removeprefix("ALL: value "),
        ref_all[1].removeprefix("ALL: "),
    ]
    assert vs.counts["gold"] > 100 and vs.counts["strict"] > 0
    # the same gold values missed, one by one
    assert sorted(vs.misses) == sorted(line.strip() for line in ref if line.startswith("  MISS "))


def test_eval_prints_the_value_summary_for_one_graph(pairs):
    graph, gold = pairs[0]
    r = CliRunner().invoke(app, ["eval", str(gold), "--graph", str(graph), "-v"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    values = [line for line in lines if line.startswith("values ")]
    assert values[0].startswith("values recall strict ") and "loose" in values[0]
    assert values[1].startswith("values money reading precision ")
    assert values == format_values(evaluate_values([(graph, gold)])).splitlines()


def test_seed_values_floor(pairs):
    """The seeds' values: strict recall and money reading precision (floors: raise, never lower)."""
    seeds = [(g, j) for g, j in pairs if j.parent.name == "gold" and j.parent.parent.name == "tests"]
    c = evaluate_values(seeds).counts
    assert c["gold"] == 59
    assert c["strict"] / c["gold"] >= 0.65, c
    assert c["money_readable"] and c["money_read_ok"] / c["money_readable"] >= 0.95, c
