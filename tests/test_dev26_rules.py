"""Rules added from the twenty-sixth development set (tests/dev26): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a start-and-completion (start-and-resumption) occasion written with its second act in brackets
        ("3月2日,开原市举行一季度重点项目集中开(竣)工活动。", "一季度重点项目集中开(竣)工活动", ("Event",)),
        ("5月8日,北湖县举行2021年第二批项目开（复）工仪式。", "2021年第二批项目开（复）工仪式", ("Event",)),
        # a firm's full name, a joiner, then a park or a project: the second name starts after the joiner
        (
            "近日,州长李明深入宏达富源有限公司和谷岭工业园区主干道工程项目现场调研。",
            "谷岭工业园区",
            ("Zone",),
        ),
        (
            "近日,州长李明深入宏达富源有限公司和谷岭工业园区主干道工程项目现场调研。",
            "谷岭工业园区主干道工程项目",
            ("Project",),
        ),
        ("县长李明先后来到北湖光明有限公司和谷阳产业园区,了解企业生产情况。", "谷阳产业园区", ("Zone",)),
    ],
)
def test_dev26_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            "3月2日,开原市举行一季度重点项目集中开(竣)工活动。副市长王强出席并下达开工令。",
            ("王强", "participatesIn", "一季度重点项目集中开(竣)工活动"),
        ),
        (
            "3月2日,开原市举行一季度重点项目集中开(竣)工活动。",
            ("开原市", "organizes", "一季度重点项目集中开(竣)工活动"),
        ),
    ],
)
def test_dev26_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)
