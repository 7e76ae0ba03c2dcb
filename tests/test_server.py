"""kg push / kg query --endpoint against a real SPARQL server (oxigraph serve) on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.query import DEFAULT_GRAPH_IRI, bundled_queries, run_query
from kg.rdf import serialize
from kg.store import open_store, write_store

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
PARAMS = {"entity": {"entity": "开原"}, "evidence": {"subject": "道勤"}, "designations": {"year": "2022"}}


@pytest.fixture(scope="module")
def built(seeds_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build")
    (out / "graph.ttl").write_bytes(serialize(seeds_graph, "turtle"))
    write_store(out / "store", out / "graph.ttl")
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A fresh `oxigraph serve` on a free local port; its base URL."""
    exe = _oxigraph()
    if exe is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path_factory.mktemp("oxigraph") / "server.log"
    with log.open("wb") as out:
        try:
            proc = subprocess.Popen(
                [exe, "serve", "--location", str(log.parent / "db"), "--bind", f"127.0.0.1:{port}"],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        except OSError as e:
            pytest.skip(f"cannot start oxigraph serve: {e}")
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.skip(f"oxigraph serve did not start: {log.read_text(errors='replace')[-500:]}")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _count(url: str, graph: str) -> int:
    r = run_query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", endpoint=url, graph_iri=None
    )
    return int(r.values()[0][0])


def test_push_twice_then_query_matches_embedded_store(server: str, built: Path) -> None:
    ttl = built / "graph.ttl"
    n = len(open_store(built / "store"))
    for _ in range(2):
        res = runner.invoke(app, ["push", str(ttl), "--endpoint", server])
        assert res.exit_code == 0, res.stderr
        assert "pushed" in res.stderr
    assert _count(server, DEFAULT_GRAPH_IRI) == n  # PUT replaced the graph: no duplicates
    for q in bundled_queries():
        params = PARAMS.get(q.name, {})
        local = run_query(q, store=built / "store", params=params).values()
        remote = run_query(q, endpoint=server, params=params).values()
        assert local, q.name
        assert sorted(remote) == sorted(local), q.name
    # the CLI prints the same table from the endpoint (query URL form) as from the store
    cli = ["query", "evidence", "-p", "subject=开原", "-p", "object=铁岭市", "-f", "csv"]
    remote = runner.invoke(app, [*cli, "--endpoint", server + "/query"])
    local = runner.invoke(app, [*cli, "--store", str(built / "store")])
    assert remote.exit_code == 0, remote.stderr
    assert remote.stdout == local.stdout and "gazetteer.hierarchy" in remote.stdout


def test_push_to_another_graph_and_store_endpoint(server: str, built: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.nt"
    small.write_bytes(serialize(kg.build_graph([ROOT / "seeds" / "001_d7297f1edb1408ba.txt"]), "ntriples"))
    other = "https://example.org/graphs/small"
    res = runner.invoke(app, ["push", str(small), "--store-endpoint", server + "/store", "--graph", other])
    assert res.exit_code == 0, res.stderr
    assert _count(server, other) == len(small.read_bytes().splitlines())
    r = run_query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", endpoint=server, graph_iri=other)
    assert int(r.values()[0][0]) == _count(server, other)


def test_endpoint_errors(server: str) -> None:
    res = runner.invoke(app, ["query", "SELECT ?s WHERE { ?s ?p }", "--endpoint", server])
    assert res.exit_code == 2
    assert (
        len(res.stderr.strip().splitlines()) == 1 and "malformed query" in res.stderr and "1:" in res.stderr
    )
    res = runner.invoke(app, ["query", "INSERT DATA { kgr:x kg:y 1 }", "--endpoint", server])
    assert res.exit_code == 2 and "read-only" in res.stderr
    dead = f"http://127.0.0.1:{_free_port()}"
    res = runner.invoke(app, ["query", "officials", "--endpoint", dead])
    assert res.exit_code == 5  # kg.errors.EXIT_ENDPOINT (3 is "articles skipped")
    assert res.stderr.count("\n") == 1 and "cannot reach" in res.stderr
    res = runner.invoke(app, ["push", "--endpoint", dead, str(ROOT / "pyproject.toml")])
    assert res.exit_code == 2  # not an RDF file: refused before connecting


def test_update_on_endpoint(server: str) -> None:
    g = "https://example.org/graphs/scratch"
    res = runner.invoke(
        app,
        [
            "query",
            f"INSERT DATA {{ GRAPH <{g}> {{ kgr:x kg:mentionCount 1 }} }}",
            "--update",
            "--endpoint",
            server,
        ],
    )
    assert res.exit_code == 0, res.stderr
    assert _count(server, g) == 1
