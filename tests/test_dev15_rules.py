"""Rules added from the fifteenth development set (tests/dev15): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names


@pytest.mark.parametrize(
    "text, name, types",
    [
        # 在 + a place + a verb of building: the place stands alone, what is built is named after the verb
        ("北方化工公司将投资20亿元,在嘉鱼县建设新材料产业园。", "嘉鱼县", ("District",)),
        ("北方化工公司将投资20亿元,在嘉鱼县建设新材料产业园。", "新材料产业园", ("Zone",)),
        ("某集团拟投资8亿元在沙洋县新建年产10万吨饲料项目。", "年产10万吨饲料项目", ("Project",)),
        ("某文旅公司拟投资30亿元,在东湖新区建设汉水古城文化街区项目。", "汉水古城文化街区项目", ("Project",)),
        ("某文旅公司拟投资30亿元,在东湖新区建设汉水古城文化街区项目。", "东湖新区", ("Zone",)),
        # a place, then a verb that says what kind of facility it is (抽水蓄能电站, 污水处理厂): one name
        (
            "铁岭市重点项目开工。银州高铁站项目、西丰抽水蓄能电站项目等一批重大项目加快建设。",
            "西丰抽水蓄能电站项目",
            ("Project",),
        ),
        # two zones joined by 和: each its own name (都市圈 is a zone head: a planned metropolitan area)
        ("全市聚焦建设南京都市圈和江北绿色经济区,奋力赶超。", "南京都市圈", ("Zone",)),
        ("全市聚焦建设南京都市圈和江北绿色经济区,奋力赶超。", "江北绿色经济区", ("Zone",)),
    ],
)
def test_dev15_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        ("北方化工公司将投资20亿元,在嘉鱼县建设新材料产业园。", "嘉鱼县建设新材料产业园"),
        ("某文旅公司拟投资30亿元,在东湖新区建设汉水古城文化街区项目。", "东湖新区建设汉水古城文化街区项目"),
        ("全市聚焦建设南京都市圈和江北绿色经济区,奋力赶超。", "南京都市圈和江北绿色经济区"),
    ],
)
def test_dev15_non_names(text, name):
    assert name not in _names(text)
