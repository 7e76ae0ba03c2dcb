"""Rules added from the twentieth development set (tests/dev20): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, types",
    [
        # 说明会 and 签约会 are gatherings (event_heads)
        ("9月8日,江城县投资环境说明会在上海举行。", "江城县投资环境说明会", ("Event",)),
        ("江城县重点项目签约会在杭州举行,签约项目6个。", "江城县重点项目签约会", ("Event",)),
        # two fields joined by 和 name one merged department
        ("绵阳市经济合作和外事局副局长李强带队考察。", "绵阳市经济合作和外事局", ("GovernmentBody",)),
        ("长沙市自然资源和规划局局长王飞介绍。", "长沙市自然资源和规划局", ("GovernmentBody",)),
        # 投促 is the usual short form of 投资促进 (县投促服务中心, 市投促局)
        (
            "6月3日,绵阳市经济合作和外事局局长一行来三台县调研,县投促服务中心汇报了工作。",
            "三台县投资促进服务中心",
            ("GovernmentBody",),
        ),
        # a list closed by a firm whose heads speak in turn: its items are firms
        (
            "会上,江城荣达食品、北湖科技公司、江城建工华远、山海环境产业集团负责人分别发言。",
            "江城荣达食品",
            ("Company",),
        ),
        (
            "会上,江城荣达食品、北湖科技公司、江城建工华远、山海环境产业集团负责人分别发言。",
            "江城建工华远",
            ("Company",),
        ),
    ],
)
def test_dev20_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a district's short name right after its municipality, and the next items of that list: the
        # districts of that municipality (朝阳区 of 北京, not 朝阳市 of 辽宁)
        ("客商分别来自上海闵行、普陀、静安等区。", "普陀区", ("District",)),
        ("客商分别来自北京海淀、朝阳、丰台等区。", "朝阳区", ("District",)),
        ("客商分别来自北京海淀、朝阳、丰台等区。", "丰台区", ("District",)),
        # (a province's short name before a city keeps the city)
        ("辽宁朝阳、阜新两市的企业参加了洽谈。", "朝阳市", ("City",)),
    ],
)
def test_dev20_listed_districts(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        # 作为 gives a gathering a role; it opens no name
        ("江城县推介会在北京举行。作为会议的一项重要内容,县长介绍了投资环境。", "作为会议"),
        ("作为大会的重要议程,北湖区与三家企业签约。", "作为大会"),
        # (bodies listed before their heads speak are no firms)
        ("县发改局、县商务局、北湖科技公司负责人分别发言。", "县发改局"),
        # a time frame alone before 项目 says when, not which project
        ("会上,市发改委主任介绍了全市2023年项目建设情况。", "2023年项目"),
        ("今年上半年项目开工率达到九成。", "今年上半年项目"),
        # a verb of building (新建, read as a place by the segmenter) or 离 (how far from) opens no zone's name
        ("新建产业园后,企业搬进了新厂房。", "新建产业园"),
        ("老车间离物流园太远,运输不便。", "老车间离物流园"),
        # a count in Chinese numerals inside the run: projects in general (从三个方面推进项目建设)
        ("全县从资金、土地、人才三个方面保障项目推进。", "人才三个方面保障项目"),
    ],
)
def test_dev20_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


PARK = (
    "在浙江湖州长兴县泗安镇产业园的北湖机械厂车间里,工人们正在赶制订单。泗安镇镇长介绍,园区已入驻企业30家。"
)


def test_dev20_address_before_a_zone() -> None:
    # a chain of places before a zone's name is its address: the places stay named on their own, the zone is
    # also named from its last place on
    names = _names(PARK)
    assert names.get("湖州市") == "City"
    assert names.get("泗安镇产业园") == "Zone"


@pytest.mark.parametrize(
    "text, triple",
    [
        # a zone named from its town is in that town
        (PARK, ("泗安镇产业园", "locatedIn", "泗安镇")),
        (
            "长兴县泗安镇今年新引进企业12家。泗安镇电商产业园已入驻企业40家。",
            ("泗安镇电商产业园", "locatedIn", "泗安镇"),
        ),
    ],
)
def test_dev20_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)


def test_dev20_group_then_capacity() -> None:
    # a group's name, then a capacity: the group's project, also named from the capacity on
    rels = _relations("阿荣旗与江城建材集团300万吨水泥粉磨项目签约。")
    assert ("江城建材集团", "operates", "300万吨水泥粉磨项目") in rels


def test_dev20_bureau_credit() -> None:
    # a paper's bureau credits its reporter: the reporter works for the bureau
    rels = _relations("活动中,12个合作项目现场签约。(江城日报北湖记者站 王明)")
    assert ("王明", "worksFor", "江城日报北湖记者站") in rels


def test_dev20_title_of_the_sentence_firm() -> None:
    # a firm's title with no organisation before it: the one firm the sentence names
    rels = _relations("在北湖镇的江城动力机械厂车间里,谈起新厂房,总经理王明最大的感受是效率高了。")
    assert ("王明", "worksFor", "江城动力机械厂") in rels


def test_dev20_title_with_two_firms_is_left() -> None:
    # (two firms in the sentence: whose manager is not said)
    rels = _relations("江城动力机械厂和北湖电子有限公司签约后,总经理王明表示,合作前景广阔。")
    assert not any(r[0] == "王明" and r[1] == "worksFor" for r in rels)


def test_dev20_town_then_verb_is_no_seat() -> None:
    # X镇调研Y园区: the town is a stop of the visit, not the park's seat
    rels = _relations("县长在北湖工业园区、泗安镇调研北湖工业园区建设。")
    assert not any(r[1] == "locatedIn" and r[2] == "泗安镇" for r in rels)


@pytest.mark.parametrize(
    "text",
    [
        "2月10日,江城市首批120个重点项目举行集中开复工仪式。开工仪式上,市长介绍了项目情况。",
        "3月2日,北湖区举行一季度重点项目集中开竣工仪式。开工仪式由区长主持。",
    ],
)
def test_dev20_bare_start_is_the_combined_occasion(text: str) -> None:
    # 开复工 / 开竣工 write two acts as one word: the bare 开工仪式 is that occasion
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    assert len([e for e in entities if e.type == "Event"]) == 1
