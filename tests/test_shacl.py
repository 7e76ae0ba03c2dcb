"""kg validate: the seeds' graph conforms to the SHACL shapes; a broken graph's violations read well."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf import serialize
from kg.shacl import ontology_dir, validate

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

BROKEN = """@base <https://w3id.org/kgnews/id/> .
@prefix kg: <https://w3id.org/kgnews/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix unit: <http://qudt.org/vocab/unit/> .
<doc/d> a kg:Document ; rdfs:label "000_1fb6f0697af30933.txt" .
<place/211282> a kg:District ; rdfs:label "开原市"@zh ; kg:divisionCode "2112" .
<person/x> a kg:Person ; rdfs:label "张秀勇"@zh .
<person/x> kg:worksFor <place/211282> .
<stmt/s> a rdf:Statement, kg:Employment ; rdf:subject <person/x> ; rdf:predicate kg:worksFor ;
    rdf:object <place/211282> ; kg:title "总经理"@zh ; kg:rule "worksFor.title" ; kg:confidence 0.5 .
<programme/p> a kg:Programme ; rdfs:label "新增先进加工设备补贴"@zh .
<company/c> a kg:Company ; rdfs:label "辽宁道勤农牧科技有限公司"@zh, "道勤农牧科技"@zh .
<programme/p> kg:funded <company/c> .
<stmt/f> a rdf:Statement, kg:Funding ; rdf:subject <programme/p> ; rdf:predicate kg:funded ;
    rdf:object <company/c> ; kg:amount -5.0 ; kg:currency unit:CCY_CNY ; kg:rule "funded.subsidy" ;
    kg:confidence 0.8 ; prov:wasDerivedFrom <doc/d> .
"""


def test_ontology_is_found() -> None:
    d = ontology_dir()
    assert (d / "shapes.ttl").is_file() and (d / "kg.ttl").is_file()


def test_seeds_graph_conforms(seeds_graph, tmp_path: Path) -> None:
    ttl = tmp_path / "graph.ttl"
    ttl.write_bytes(serialize(seeds_graph, "turtle"))
    report = validate(ttl)
    assert report.conforms, "\n".join(report.lines()[:20])
    assert report.summary() == "conforms to the SHACL shapes"


@pytest.fixture(scope="module")
def broken(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("broken") / "broken.ttl"
    p.write_text(BROKEN, encoding="utf-8")
    return p


def test_broken_graph_reports_readable_violations(broken: Path) -> None:
    report = validate(broken)
    assert not report.conforms
    lines = report.lines()
    assert all(line.startswith(("Violation: ", "Warning: ", "Info: ")) for line in lines)

    def has(*parts: str) -> bool:
        return any(all(p in line for p in parts) for line in lines)

    # focus label + short IRI, the property path, the shape's message, the offending value
    assert has("张秀勇 <kgr:person/x>", "kg:worksFor", "organisation", "kgr:place/211282")
    assert has("<kgr:stmt/f>", "kg:amount", "non-negative", '"-5.0"')
    assert has("<kgr:stmt/s>", "prov:wasDerivedFrom")
    assert has("辽宁道勤农牧科技有限公司", "rdfs:label")
    assert has("开原市 <kgr:place/211282>", "kg:divisionCode")
    assert str(report).endswith(report.summary()) and "violations" in report.summary()


def test_kg_validate_cli(broken: Path, tmp_path: Path) -> None:
    res = runner.invoke(app, ["validate", str(broken)])
    assert res.exit_code == 4
    assert "non-negative" in res.stdout and "张秀勇" in res.stdout
    assert res.stderr.strip().count("\n") == 0 and "SHACL" in res.stderr
    res = runner.invoke(app, ["validate", str(tmp_path / "missing.ttl")])
    assert res.exit_code == 2 and "no such graph file" in res.stderr


@pytest.mark.parametrize("command", ["validate", "stats"])
def test_a_build_folder_stands_for_its_graph_file(seeds_build, tmp_path: Path, command: str) -> None:
    # kg build seeds -o output, then kg validate output: the folder's graph.ttl is read
    folder = seeds_build.outputs["turtle"].parent
    by_folder = runner.invoke(app, [command, str(folder)])
    by_file = runner.invoke(app, [command, str(seeds_build.outputs["turtle"])])
    assert by_folder.exit_code == by_file.exit_code == 0
    if command == "stats":
        assert by_folder.stdout == by_file.stdout
    # a folder without a graph.ttl is still a missing graph file: one line, exit 2
    res = runner.invoke(app, [command, str(tmp_path)])
    assert res.exit_code == 2 and "no such graph file" in res.stderr and res.stderr.count("\n") == 1
