"""The README's examples run: its SPARQL block answers from the seeds' graph, its Python block works."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_setup_commands():
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    assert "kg build seeds -o output" in blocks[0]
    assert "pytest" in blocks[1]


def test_readme_sparql_returns_the_evidence_sentence(seeds_build):
    query = re.search(r"```sparql\n(.*?)```", README, re.S).group(1)
    store = ox.Store()
    store.bulk_load(path=str(seeds_build.outputs["turtle"]), format=ox.RdfFormat.TURTLE)
    rows = list(store.query(query))
    assert rows, "the README's provenance query returned nothing"
    assert any("开原" in r["sentence"].value for r in rows)


def test_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    code = re.search(r"```python\n(.*?)```", README, re.S).group(1)
    monkeypatch.chdir(ROOT)
    code = code.replace('"output"', repr(str(tmp_path / "out")))
    exec(compile(code, "README.md", "exec"), {})
    assert "1411900" in capsys.readouterr().out


def test_readme_layout_names_every_module_of_the_package():
    """The Repository section names every module and folder of kg/ (the layout and the README agree)."""
    layout = README.split("## Repository", 1)[1]
    kg_dir = ROOT / "kg"
    names = [p.name for p in kg_dir.iterdir() if p.suffix == ".py" and p.name != "__init__.py"]
    names += [p.name + "/" for p in kg_dir.iterdir() if p.is_dir() and p.name not in ("data", "__pycache__")]
    names += [p.name + "/" for p in (kg_dir / "data").iterdir() if p.is_dir()]
    missing = sorted(n for n in names if f"`{n}`" not in layout)
    assert not missing, f"README's Repository section does not mention {missing}"
