"""Rules added from the seventh development set (tests/dev7): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names

_PEOPLE = ("Person", "Official")


@pytest.mark.parametrize(
    "text, name, types",
    [
        # 等及相关企业代表 adds another group after the list: the list itself is of officials
        ("市领导王建国、李小红、赵立新等及相关企业代表出席仪式。", "李小红", _PEOPLE),
        ("市领导王建国、李小红、赵立新等及相关企业代表出席仪式。", "赵立新", _PEOPLE),
        # a long name whose first character is a surname, in a list of officials, ended by the verb
        ("区领导张海、李明、罗桑多吉出席开工仪式。", "罗桑多吉", _PEOPLE),
        # 宣布 introduces the name after it: the announcer is no part of a zone's name
        ("副书记刘海宣布江城经济开发区成立。", "江城经济开发区", ("Zone",)),
        ("副书记刘海宣布江城经济开发区成立。", "刘海", _PEOPLE),
        # a list closed by its count of firms without 等 (项目有A、B、C 3家企业)
        ("签约项目中,科技类项目有江城智造、北辰医药、东海能源3家企业。", "江城智造", ("Company",)),
        ("签约项目中,科技类项目有江城智造、北辰医药、东海能源3家企业。", "东海能源", ("Company",)),
        # two occasions joined by 暨, each opened by a short quoted name, are one event name
        (
            "江城区“两区”建设集中签约暨“开门红”签约活动在江城区举行。",
            "江城区“两区”建设集中签约暨“开门红”签约活动",
            ("Event",),
        ),
    ],
)
def test_dev7_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name, not_types",
    [
        # a list of officials closed by 等及…企业代表 is no list of firms
        ("市领导王建国、李小红、赵立新等及相关企业代表出席仪式。", "市领导王建国", ("Company",)),
        # 在…中指出: a text or a meeting before the verb of speech, not a speaker
        ("王建国在贺信中指出,要加快推进。", "贺信中", _PEOPLE),
        # a conjunction and a verb before 表示 are no name (开工和签约表示祝贺)
        ("王建国对项目的开工和签约表示祝贺。", "和签约", _PEOPLE),
    ],
)
def test_dev7_non_names(text, name, not_types):
    assert _names(text).get(name) not in not_types
