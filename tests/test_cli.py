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
    assert ours[: len(ref)] == ref
    assert [line.split()[0] for line in ours[len(ref) :]] == ["values", "values"]


def test_explain_shows_merges_and_sentences(built):
    r = runner.invoke(app, ["explain", "铁岭", "--graph", str(built / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert "铁岭市" in r.output and "mentions:" in r.output
    # a merge by name or division code is what the names say: not published (docs/rdf-model.md)
    assert "merged:" not in r.output
    r = runner.invoke(app, ["explain", "道勤农牧科技", "--graph", str(built / "graph.ttl")])
    assert r.exit_code == 0, r.output
    assert "merged: '道勤农牧科技' is the short name of '辽宁道勤农牧科技有限公司'" in r.output
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

    from kg import publish
    from kg.rdf import KG

    out = tmp_path / "lean"
    publish.PARALLEL_RDF_MIN_ENTITIES, keep = 0, publish.PARALLEL_RDF_MIN_ENTITIES  # forked RDF too
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
        publish.PARALLEL_RDF_MIN_ENTITIES = keep
    assert r.exit_code == 0, r.output

    def triples(path: Path) -> set:
        store = ox.Store()
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        return {(q.subject, q.predicate, q.object) for q in store}

    full, lean = triples(built / "graph.ttl"), triples(out / "graph.ttl")
    mentioned = ox.NamedNode(KG + "mentionedIn")
    assert any(p == mentioned for _, p, _ in full) and not any(p == mentioned for _, p, _ in lean)
    # nothing else differs, but for the sentences that only name entities (no statement is stated in
    # them), the marks of statement ends their sentence does not name (they qualify the links left
    # out) and the mention counts (written for every entity: no links to count them by)
    used = {o for _, p, o in lean if p == ox.NamedNode(KG + "statedIn")}
    only_named = {o for _, p, o in full if p == mentioned} - used
    unnamed, count = ox.NamedNode(KG + "unnamed"), ox.NamedNode(KG + "mentionCount")
    assert {t for t in lean if t[1] != count} == {
        t for t in full if t[1] not in (mentioned, unnamed, count) and t[0] not in only_named
    }
    assert {t for t in full if t[1] == count} < {t for t in lean if t[1] == count}
    assert len(lean) < len(full)
    stored = ox.Store.read_only(str(out / "store"))
    assert {(q.subject, q.predicate, q.object) for q in stored} == lean
    for path in (built, out):
        e = runner.invoke(app, ["eval", str(GOLD0), "--graph", str(path / "graph.ttl")])
        assert e.exit_code == 0
    assert e.output == runner.invoke(app, ["eval", str(GOLD0), "--graph", str(built / "graph.ttl")]).output


# --- the CLI in the shell: version, -h, stdin and stdout, file modes, exit codes, one-line errors ---------


def test_version_and_short_help():
    from kg import __version__

    for flag in ("--version", "-V"):
        r = runner.invoke(app, [flag])
        assert r.exit_code == 0 and r.stdout.strip() == f"kg {__version__}"
    for cmd in ([], ["build"], ["export"], ["validate"], ["query"]):
        long, short = runner.invoke(app, [*cmd, "--help"]), runner.invoke(app, [*cmd, "-h"])
        assert short.exit_code == 0 and short.stdout == long.stdout


def _command_names() -> list[str]:
    import typer

    return sorted(typer.main.get_command(app).commands)


@pytest.mark.parametrize("cmd", [None, *_command_names()])
def test_help_reads_like_the_readme(cmd):
    """No Python types as placeholders (<bool> on flags, <list[Path]>, <path>) and no {paths}...:
    flags stand alone, other options and arguments show a NAME."""
    import re

    r = runner.invoke(app, [cmd, "--help"] if cmd else ["--help"], env={"COLUMNS": "120"})
    assert r.exit_code == 0, r.output
    assert not re.search(r"<(bool|str|int|float|path|list|int range)\b|\{\w+\}", r.stdout), r.stdout
    if cmd == "build":
        assert "Usage: kg build [OPTIONS] PATHS..." in r.stdout
        assert "--html / --no-html " in r.stdout and "-o, --out DIR" in r.stdout


def test_exit_codes_are_distinct_and_listed_in_help_and_readme():
    """3 was both "endpoint error" and "articles skipped": every outcome has its own code, listed
    once in kg.errors, printed by --help and tabled in the README."""
    import kg.errors as errors

    classes = [errors.InputError, errors.FormatError, errors.QueryError, errors.EndpointError]
    classes += [errors.ValidationError, errors.OutputError, errors.KGError]
    assert {c.exit_code for c in classes} <= set(errors.EXIT_CODES)
    assert errors.EndpointError.exit_code not in (errors.EXIT_SKIPPED, errors.InputError.exit_code)
    assert len(set(errors.EXIT_CODES.values())) == len(errors.EXIT_CODES)
    top = runner.invoke(app, ["--help"]).stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, what in errors.EXIT_CODES.items():
        assert f"{code:<4d} {what}" in top
        assert f"| {code} | {what} |" in readme


def test_skipped_articles_and_an_unreachable_endpoint_have_their_own_codes(tmp_path):
    from kg.errors import EXIT_ENDPOINT, EXIT_SKIPPED

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_bytes(SEED0.read_bytes())
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01" * 50)
    r = runner.invoke(app, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q", "--no-store"])
    assert r.exit_code == EXIT_SKIPPED and "bad.txt: binary" in r.stderr
    r = runner.invoke(
        app, ["query", "SELECT * WHERE { ?s ?p ?o }", "--endpoint", "http://127.0.0.1:9/sparql"]
    )
    assert r.exit_code == EXIT_ENDPOINT, r.output
    assert len(r.stderr.strip().splitlines()) == 1


def test_push_waits_a_minute_by_default():
    import typer

    push = typer.main.get_command(app).commands["push"]
    assert next(p for p in push.params if p.name == "timeout").default == 60


def test_build_reads_one_article_from_stdin(tmp_path):
    import rdflib

    out = tmp_path / "out"
    r = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", "-", "-o", str(out), "-q", "--no-store", "--no-validate"],
        input=SEED0.read_bytes(),
        capture_output=True,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert any("stdin.txt" in str(o) for o in g.objects())  # the document's id
    assert any(str(o) == "辽宁道勤农牧科技有限公司" for o in g.objects())
    r = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", "-", "-o", str(tmp_path / "e")],
        input=b"",
        capture_output=True,
        text=False,
        cwd=ROOT,
    )
    assert r.returncode == 2 and r.stderr.decode().strip() == "kg: error: stdin.txt: empty file"


def test_export_writes_to_stdout_and_files_with_mode_0644(tmp_path):
    import stat

    from kg.exporters import registered

    r = runner.invoke(app, ["export", str(SEED0), "-f", "ntriples", "-o", "-"])
    assert r.exit_code == 0, r.output
    runner.invoke(app, ["export", str(SEED0), "-f", "ntriples", "-o", str(tmp_path / "g.nt")])
    assert r.stdout_bytes == (tmp_path / "g.nt").read_bytes()
    r = runner.invoke(app, ["export", str(SEED0), "-f", "csv", "-o", "-"])
    assert r.exit_code == 2 and "folder" in r.stderr
    for fmt, (suffix, _) in registered().items():
        target = tmp_path / fmt / (f"graph{suffix}" if suffix else "csv")
        r = runner.invoke(app, ["export", str(SEED0), "-f", fmt, "-o", str(target)])
        assert r.exit_code == 0, r.output
        files = [p for p in target.parent.rglob("*") if p.is_file()]
        assert files and all(stat.S_IMODE(p.stat().st_mode) == 0o644 for p in files), fmt


@pytest.mark.parametrize("cmd", ["build", "export"])
def test_an_output_under_a_file_is_not_a_directory(tmp_path, cmd):
    blocker = tmp_path / "passwd"
    blocker.write_text("not a folder\n")
    r = runner.invoke(
        app,
        [cmd, str(SEED0), "-o", str(blocker / "x"), "-q"]
        if cmd == "build"
        else [cmd, str(SEED0), "-o", str(blocker / "x")],
    )
    assert r.exit_code == 1
    assert r.stderr.strip() == f"kg: error: {blocker}: is not a directory"


def test_validate_an_unreadable_graph_is_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b ", encoding="utf-8")
    r = runner.invoke(app, ["validate", str(bad)])
    assert r.exit_code == 2
    assert r.stderr.strip() == f"kg: error: {bad}: not a readable RDF graph (line 2: objectList expected)"
    assert r.stdout == ""


def _writing(folder: Path) -> bool:
    """Does folder hold a file with bytes in it (files come and go while we look)?"""
    import contextlib

    with contextlib.suppress(OSError):
        return any(p.is_file() and p.stat().st_size for p in folder.rglob("*"))
    return False


def test_a_killed_build_leaves_its_temporaries_in_one_folder_the_next_build_clears(tmp_path):
    """SIGKILL cannot be caught: whatever the build was writing stays. It is all in OUT/.tmp (never
    beside the outputs), and the next build removes it and says how much it removed."""
    import os
    import re
    import signal
    import time

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles = sorted((ROOT / "seeds").glob("*.txt"))  # UTF-8: the appended line keeps them apart
    for i in range(15):
        for a in articles:
            (corpus / f"{i:02d}-{a.name}").write_bytes(a.read_bytes() + f"\n第{i}版。\n".encode())
    out = tmp_path / "out"
    cmd = [
        sys.executable,
        "-m",
        "kg.cli",
        "build",
        str(corpus),
        "-o",
        str(out),
        "--no-validate",
        "--no-cache",
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        # kill it once something is being written: the staged Turtle, a spilled run, the new store
        while not _writing(out / ".tmp"):
            assert proc.poll() is None and time.monotonic() < deadline, "the build ended before writing"
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    stray = [
        p.name for p in out.iterdir() if p.name not in {".tmp", ".lock", "graph.ttl", "graph.html", "store"}
    ]
    assert stray == [], stray  # nothing half-written beside the outputs
    assert not (out / "graph.ttl").exists()  # the killed build never published
    r = subprocess.run([*cmd, "--no-store", "--no-html"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert re.search(
        r"removed \d+ temporary files? \(\d+\.\d MB\) an interrupted build left in .*\.tmp", r.stderr
    )
    assert not (out / ".tmp").exists() and (out / "graph.ttl").is_file()


def test_explain_lists_facts_found_by_several_rules(built):
    """A statement several rules found points at a kg:RuleSet: explain names its member rules."""
    import rdflib

    from kg.rdf import KG

    g = rdflib.Graph().parse(built / "graph.ttl")
    rows = list(
        g.query(
            """SELECT ?label ?name WHERE {
                 ?st rdf:subject ?s ; kg:byRule ?set . ?set a kg:RuleSet ; kg:memberRule/kg:ruleName ?name .
                 ?s rdfs:label ?label } ORDER BY ?label ?name LIMIT 1""",
            initNs={"kg": rdflib.Namespace(str(KG)), "rdfs": rdflib.RDFS, "rdf": rdflib.RDF},
        )
    )
    assert rows, "the seed's graph has a statement found by several rules"
    label, name = (str(x) for x in rows[0])
    r = runner.invoke(app, ["explain", label, "--graph", str(built / "graph.ttl")])
    assert r.exit_code == 0, r.output
    facts = r.output.split("facts:", 1)[1]
    assert f"({name})" in facts
