"""Rules added from the ninth development set (tests/dev9): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a 片区 after a place or a proper name is a named area
        ("江城经济开发区江北片区今年新引进项目12个。", "江城经济开发区江北片区", ("Zone",)),
    ],
)
def test_dev9_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name, not_types",
    [
        # 片区 after a field of activity alone is a kind of area, as 园区 and 公园 are
        ("项目建成后将形成一个占地2平方公里的文化产业片区。", "文化产业片区", ("Zone",)),
    ],
)
def test_dev9_non_names(text, name, not_types):
    assert _names(text).get(name) not in not_types
