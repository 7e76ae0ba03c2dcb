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
        # 茶话会, 团拜会 are dated gatherings (event heads); a quoted pair joined by 、 opens the name
        (
            "春节前,江城市举办江城籍人才“话家乡、谋发展”茶话会。",
            "江城籍人才“话家乡、谋发展”茶话会",
            ("Event",),
        ),
        ("江城市举行在外江城商会迎春团拜会。", "在外江城商会迎春团拜会", ("Event",)),
        # A、B两家上市公司: a count of firms after a list; its items are the firms
        ("该集团拥有华科、华科药业两家上市公司。", "华科药业", ("Company",)),
        ("该集团拥有华科、华科药业两家上市公司。", "华科", ("Company",)),
        # a city right after its own province's short name (an address written province first)
        ("集团在西藏林芝、贵州遵义设有基地。", "林芝市", ("City",)),
        # 正 after a place opens a coined firm name (正泰, 正大), 正在 being a word of its own
        ("淮安市正科机电有限公司入选名单。", "淮安市正科机电有限公司", ("Company",)),
        # 确定了…名单: a published list names a designation
        (
            "近日,省工业和信息化厅确定了2023年第二批专精特新中小企业名单,共200家企业入选。",
            "专精特新中小企业",
            ("Designation",),
        ),
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
        # bare heads listed are kinds of gathering; so is an item listed before them
        ("春节期间,各地纷纷组织新春茶话会、恳谈会、座谈会等活动。", "恳谈会"),
        ("春节期间,各地纷纷组织新春茶话会、恳谈会、座谈会等活动。", "座谈会"),
        ("春节期间,各地纷纷组织新春茶话会、恳谈会、座谈会等活动。", "新春茶话会"),
        ("该集团拥有华科、华科药业两家上市公司。", "华科药业两家上市公司"),
    ],
)
def test_dev15_non_names(text, name):
    assert name not in _names(text)
