"""Shared fixtures: the seeds' graph is built once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.chdir(ROOT)  # tests use repository-relative paths (seeds/, ontology/)
# the seeds are 辽宁日报 articles that never name their paper (only 本报): the caller says which it is
SEEDS_PUBLISHER = "辽宁日报"


@pytest.fixture(scope="session")
def seeds_graph():
    import kg

    return kg.build_graph([ROOT / "seeds"], publisher=SEEDS_PUBLISHER)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory, seeds_graph):
    """The seeds' graph written to disk (graph.ttl + graph.html) by the library build."""
    import kg

    out = tmp_path_factory.mktemp("seeds-build")
    return kg.build([ROOT / "seeds"], out, publisher=SEEDS_PUBLISHER)
