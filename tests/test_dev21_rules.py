"""Rules added from the twenty-first development set (tests/dev21): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names


@pytest.mark.parametrize(
    "text, name",
    [
        # a count of the items listed before 项目 (A、B两个项目) names none of them
        ("会议调度了北湖镇道路硬化、江城市图书馆改造两个项目。", "江城市图书馆改造两个项目"),
        ("会议调度了北湖镇道路硬化、江城市图书馆改造两个项目。", "图书馆改造两个项目"),
        ("江城县今年谋划了污水管网、垃圾转运站等3个重点项目。", "垃圾转运站等3个重点项目"),
        # a sum of money before a fund's name is what was received, not part of the name
        ("两个项目共争取到2300万元省专项资金。", "2300万元省专项资金"),
        ("园区获得1.2亿元中央预算内资金支持。", "1.2亿元中央预算内资金"),
    ],
)
def test_dev21_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    "text, name, types",
    [
        # the project named on its own, with its head, still stands
        ("江城市图书馆改造项目建成后将方便群众阅读。", "江城市图书馆改造项目", ("Project",)),
    ],
)
def test_dev21_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types
