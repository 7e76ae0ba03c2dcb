"""Rules added from the sixth development set (tests/dev6): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations

START_A = "5月6日,清河县滨江湿地公园、实验中学新校区、东环路改造等9个项目集中开工,总投资12亿元。"
START_B = "当天上午,清河县举行重点项目集中开工仪式,集中开工物流园、第二人民医院、污水管网等重点项目6个。"
START_C = (
    "5月8日,清河县举行2021年重点项目集中开工仪式。其中,东湖水厂扩建项目、南山光伏电站项目等8个重点产业项目,"
    "总投资40亿元;城北污水处理厂二期项目等3个民生项目,总投资2亿元。"
)


@pytest.mark.parametrize(
    "text, name",
    [
        # the items of a list a project start counts are projects, however each is named
        (START_A, "实验中学新校区"),
        (START_A, "东环路改造"),
        (START_B, "物流园"),
        (START_B, "第二人民医院"),
        (START_B, "污水管网"),
    ],
)
def test_counted_start_list_items_are_projects(text, name):
    assert _names(text).get(name) == "Project"


@pytest.mark.parametrize(
    "text, name",
    [
        # a firm or a place counted among the started items is no project
        ("9月1日,清河县东方机械有限公司、西山镇、南湖公园等5个项目集中开工。", "东方机械有限公司"),
        # a list that a start does not count stays what it was
        ("全县共有实验中学、第二中学等12个项目。", "实验中学"),
    ],
)
def test_not_counted_start_items(text, name):
    assert _names(text).get(name) != "Project"


@pytest.mark.parametrize(
    "text, subject, predicate, obj",
    [
        (START_B, "物流园", "participatesIn", "重点项目集中开工仪式"),
        (START_B, "第二人民医院", "locatedIn", "清河县"),
        # 其中 details the sentence before; a ; goes on with the same detail
        (START_C, "南山光伏电站项目", "participatesIn", "2021年重点项目集中开工仪式"),
        (START_C, "城北污水处理厂二期项目", "participatesIn", "2021年重点项目集中开工仪式"),
        (START_C, "城北污水处理厂二期项目", "locatedIn", "清河县"),
    ],
)
def test_counted_start_projects_take_part_and_are_in_the_place(text, subject, predicate, obj):
    assert (subject, predicate, obj) in _relations(text)
