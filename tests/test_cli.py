"""The CLI as a user drives it: build, stats, eval, explain, and bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
SEED0 = ROOT / "seeds/000_1fb6f0697af30933.txt"
GOLD0 = ROOT / "tests/gold/000_1fb6f0697af30933.json"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "out"
    r = runner.invoke(app, ["build", str(SEED0), "-o", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    return out


@pytest.mark.parametrize("cmd", [[], ["build"], ["stats"], ["eval"], ["explain"]])
def test_every_command_has_help(cmd):
    r = runner.invoke(app, [*cmd, "--help"])
    assert r.exit_code == 0
    assert "Usage" in r.output


def test_build_writes_turtle_and_html(built):
    import rdflib

    g = rdflib.Graph().parse(built / "graph.ttl", format="turtle")
    assert len(g) > 500
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower() and "铁岭市" in html


def test_stats_counts_classes_and_relations(built):
    r = runner.invoke(app, ["stats", str(built / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert "City" in r.output and "worksFor" in r.output


def test_eval_agrees_with_the_reference_scorer(built):
    r = runner.invoke(app, ["eval", str(GOLD0), "--graph", str(built / "graph.ttl")])
    assert r.exit_code == 0, r.output
    ours = r.output.strip().splitlines()
    scorer = ROOT.parent / "shared/tools/kgscore.py"
    if not scorer.exists():
        pytest.skip("../shared/tools/kgscore.py is not beside the repository")
    ref = (
        subprocess.run(
            [sys.executable, str(scorer), str(built / "graph.ttl"), str(GOLD0)],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()
    )
    assert ours == ref


def test_explain_shows_merges_and_sentences(built):
    r = runner.invoke(app, ["explain", "铁岭", "--graph", str(built / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert "铁岭市" in r.output and "merged:" in r.output and "mentions:" in r.output
    r = runner.invoke(app, ["explain", "鐵嶺", "--graph", str(built / "graph.ttl")])
    assert r.exit_code == 0 and "铁岭市" in r.output


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
        (bytes(range(128, 256)) * 8, "decode|GB18030"),
    ],
    ids=["missing", "empty", "binary", "undecodable"],
)
def test_bad_input_is_one_line_and_no_output(tmp_path, content, message):
    src = tmp_path / "bad.txt"
    if content is not None:
        src.write_bytes(content)
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode != 0
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in proc.stderr, proc.stderr
    import re

    assert re.search(message, err[0]), err[0]
    assert not (out / "graph.ttl").exists() and not (out / "graph.html").exists()


def test_unknown_gold_file_is_an_error(tmp_path):
    r = runner.invoke(app, ["eval", str(tmp_path / "nope.json"), "--graph", str(tmp_path / "g.ttl")])
    assert r.exit_code != 0


def test_build_validates_with_shacl(tmp_path):
    r = runner.invoke(
        app, ["build", str(SEED0), "-o", str(tmp_path / "v"), "--validate", "--strict", "--no-html"]
    )
    assert r.exit_code == 0, r.output
    assert "SHACL: conforms" in r.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_no_mentions_keeps_entities_relations_and_their_provenance(tmp_path, built, jobs):
    """--no-mentions drops the mention links only: the same entities, relations and statements,
    scored the same, the store holding exactly the Turtle, SHACL still satisfied."""
    import pyoxigraph as ox

    from kg import pipeline
    from kg.rdf import KG

    out = tmp_path / "lean"
    pipeline.PARALLEL_RDF_MIN_ENTITIES, keep = 0, pipeline.PARALLEL_RDF_MIN_ENTITIES  # forked RDF too
    try:
        r = runner.invoke(
            app,
            [
                "build",
                str(SEED0),
                "-o",
                str(out),
                "--no-mentions",
                "--validate",
                "--strict",
                "--no-html",
                "-j",
                jobs,
            ],
        )
    finally:
        pipeline.PARALLEL_RDF_MIN_ENTITIES = keep
    assert r.exit_code == 0, r.output

    def triples(path: Path) -> set:
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        return {(q.subject, q.predicate, q.object) for q in store}

    full, lean = triples(built / "graph.ttl"), triples(out / "graph.ttl")
    mentioned = ox.NamedNode(KG + "mentionedIn")
    assert any(p == mentioned for _, p, _ in full) and not any(p == mentioned for _, p, _ in lean)
    # nothing else differs, but for the sentences that only name entities (no statement is stated in them)
    used = {o for _, p, o in lean if p == ox.NamedNode(KG + "statedIn")}
    only_named = {o for _, p, o in full if p == mentioned} - used
    assert lean == {t for t in full if t[1] != mentioned and t[0] not in only_named}
    assert len(lean) < len(full) * 0.9
    stored = ox.Store.read_only(str(out / "store"))
    assert {(q.subject, q.predicate, q.object) for q in stored} == lean
    for path in (built, out):
        e = runner.invoke(app, ["eval", str(GOLD0), "--graph", str(path / "graph.ttl")])
        assert e.exit_code == 0
    assert e.output == runner.invoke(app, ["eval", str(GOLD0), "--graph", str(built / "graph.ttl")]).output
