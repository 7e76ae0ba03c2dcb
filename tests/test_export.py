"""kg export: every format parses back to the same graph (or the same node and edge counts)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.exporters import registered
from kg.rdf import sorted_triples

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def exported(seeds_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export")
    for name, (suffix, fn) in registered().items():
        if name in ("turtle", "ntriples", "jsonld", "graphml", "csv"):
            fn(seeds_graph, out / f"graph{suffix or '-csv'}")
    return out


def _rdflib_set(path: Path, fmt: str) -> set:
    return set(rdflib.Graph().parse(str(path), format=fmt))


def test_every_format_is_registered() -> None:
    assert {"turtle", "ntriples", "jsonld", "graphml", "csv", "html"} <= set(registered())
    assert registered()["jsonld"][0] == ".jsonld" and registered()["csv"][0] == ""


def test_ntriples_and_turtle_parse_back(seeds_graph, exported: Path) -> None:
    n = len(sorted_triples(seeds_graph))
    nt = _rdflib_set(exported / "graph.nt", "nt")
    assert len(nt) == n
    assert len(list(ox.parse(path=str(exported / "graph.ttl"), format=ox.RdfFormat.TURTLE))) == n
    assert _rdflib_set(exported / "graph.ttl", "turtle") == nt


def test_jsonld_parses_back_to_the_same_triples(exported: Path) -> None:
    doc = json.loads((exported / "graph.jsonld").read_text(encoding="utf-8"))
    ctx = json.loads((exported / "graph.context.jsonld").read_text(encoding="utf-8"))
    assert ctx["@context"] == doc["@context"] and ctx["@context"]["kgr"] == "https://w3id.org/kgnews/id/"
    assert _rdflib_set(exported / "graph.jsonld", "json-ld") == _rdflib_set(exported / "graph.nt", "nt")


def test_graphml_opens_with_networkx(seeds_graph, exported: Path) -> None:
    g = nx.read_graphml(exported / "graph.graphml")
    assert g.number_of_nodes() == len(seeds_graph.entities)
    assert g.number_of_edges() == len(seeds_graph.relations)
    node = g.nodes["place/211282"]
    assert node["label"] == "开原市" and node["type"] == "District" and isinstance(node["mentions"], int)
    preds = {d["predicate"] for _, _, d in g.edges(data=True)}
    assert {"partOf", "worksFor"} <= preds
    for _, _, d in g.edges(data=True):
        assert all(isinstance(v, str | int | float) for v in d.values())


def test_csv_nodes_and_edges(seeds_graph, exported: Path) -> None:
    with (exported / "graph-csv" / "nodes.csv").open(encoding="utf-8", newline="") as f:
        nodes = list(csv.reader(f))
    with (exported / "graph-csv" / "edges.csv").open(encoding="utf-8", newline="") as f:
        edges = list(csv.reader(f))
    assert nodes[0][:3] == ["id:ID", "label", ":LABEL"]
    assert edges[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert len(nodes) - 1 == len(seeds_graph.entities)
    assert len(edges) - 1 == len(seeds_graph.relations)
    ids = {r[0] for r in nodes[1:]}
    assert all(r[0] in ids and r[1] in ids for r in edges[1:])  # every edge ends at a node
    works = [r for r in edges[1:] if r[2] == "worksFor"]
    title = edges[0].index("title")
    assert any(r[title] == "总经理" for r in works)


def test_focus_keeps_the_neighbourhood(seeds_graph, tmp_path: Path) -> None:
    fn = registered()["csv"][1]
    fn(seeds_graph, tmp_path / "kaiyuan", focus="开原", hops=1)
    rows = list(csv.reader((tmp_path / "kaiyuan" / "nodes.csv").open(encoding="utf-8")))[1:]
    labels = {r[1] for r in rows}
    assert {"开原市", "铁岭市"} <= labels and len(rows) < len(seeds_graph.entities)


def test_kg_export_cli(tmp_path: Path) -> None:
    res = runner.invoke(app, ["export", "--list"])
    assert res.exit_code == 0 and all(name in res.stdout for name in registered())
    out = tmp_path / "g.nt"
    res = runner.invoke(
        app,
        [
            "export",
            str(ROOT / "seeds" / "000_1fb6f0697af30933.txt"),
            "-f",
            "ntriples",
            "-o",
            str(out),
            "--focus",
            "开原",
            "--hops",
            "1",
        ],
    )
    assert res.exit_code == 0, res.stderr
    assert "开原市" in out.read_text(encoding="utf-8")
    res = runner.invoke(app, ["export", str(ROOT / "seeds"), "-f", "pdf"])
    assert res.exit_code == 2 and "unknown export format" in res.stderr
