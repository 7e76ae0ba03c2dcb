"""Relation rules written for recall on common phrasing (branch rel): case tables of invented sentences
(none copied from an annotated article); each fact is what a full build of the text states."""

from __future__ import annotations

import pytest
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, facts, absent",
    [
        # a county's article: its towns named on their own are part of it, an office named by its
        # level word alone is in it
        (
            "5月8日,泰顺县县长在罗阳镇、雅阳镇调研,县农业农村局负责同志参加。我县将加快项目建设。",
            [
                ("罗阳镇", "partOf", "泰顺县"),
                ("雅阳镇", "partOf", "泰顺县"),
                ("泰顺县农业农村局", "locatedIn", "泰顺县"),
            ],
            [],
        ),
        # a place's signing ceremony; the count's illustrating list names projects that take part
        # and are in the place that holds it
        (
            "8月3日,泰顺县举行第三季度重点项目集中签约仪式。据介绍,签约项目6个,总投资12亿元。"
            "主要包括新材料产业园项目、智能装备制造项目等。",
            [
                ("新材料产业园项目", "participatesIn", "第三季度重点项目集中签约仪式"),
                ("智能装备制造项目", "participatesIn", "第三季度重点项目集中签约仪式"),
                ("新材料产业园项目", "locatedIn", "泰顺县"),
                ("智能装备制造项目", "locatedIn", "泰顺县"),
            ],
            [],
        ),
        # the same list in the counting sentence, after 主要有
        (
            "5月20日,龙游县举行重大项目集中开工仪式。本次集中开工项目共12个,总投资30亿元,"
            "主要有高端纸基材料项目、城北污水处理厂项目等。",
            [
                ("高端纸基材料项目", "participatesIn", "重大项目集中开工仪式"),
                ("高端纸基材料项目", "locatedIn", "龙游县"),
            ],
            [],
        ),
        # a project named after another county is not placed at the host
        (
            "8月3日,泰顺县举行第三季度重点项目集中签约仪式。签约项目6个,主要包括苍南县新材料产业园项目等。",
            [("苍南县新材料产业园项目", "participatesIn", "第三季度重点项目集中签约仪式")],
            [("苍南县新材料产业园项目", "locatedIn", "泰顺县")],
        ),
        # 将聚力建设“…”: the place builds the goal it names
        (
            "下一步,泰顺县将聚力建设“两城一区”,掀起项目建设新热潮。",
            [("泰顺县", "implements", "“两城一区”")],
            [],
        ),
    ],
)
def test_recall_rules_case_table(text, facts, absent):
    found = _relations(text)
    for s, p, o in facts:
        assert (s, p, o) in found or (s, p, o.strip("“”")) in found, ((s, p, o), sorted(found))
    for fact in absent:
        assert fact not in found, fact
