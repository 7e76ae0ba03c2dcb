"""Shared fixtures: the seeds' graph is built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.chdir(ROOT)  # tests use repository-relative paths (seeds/, ontology/)


@pytest.fixture(scope="session")
def seeds_graph():
    import kg

    return kg.build_graph([ROOT / "seeds"])


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory, seeds_graph):
    """The seeds' graph written to disk (graph.ttl + graph.html) by the library build."""
    import kg

    out = tmp_path_factory.mktemp("seeds-build")
    return kg.build([ROOT / "seeds"], out)
