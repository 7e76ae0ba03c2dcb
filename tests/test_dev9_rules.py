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
        # a county's 在 before a town: the town's name starts after 在 (not at the county's end)
        ("6月27日,江城县在汤池镇举行签约仪式。", "汤池镇", ("Town",)),
        # a firm before a named site of its own (X牧场) or before a capacity runs that project
        ("采用信息化模式的北辰乳业鑫旺牧场项目在西丰县建成。", "北辰乳业", ("Company",)),
        ("投资1亿元的东海化工3万吨有机醇项目开工。", "东海化工", ("Company",)),
        # 同 right after the place that opens a firm's name is the first character of its coined name
        (
            "北辰瓷业有限公司、湖南同兴环保科技有限公司等10个项目开工。",
            "湖南同兴环保科技有限公司",
            ("Company",),
        ),
        # …but before a verb of partnership it is "with"
        ("铁岭同远达果品有限公司签约。", "远达果品有限公司", ("Company",)),
        # 设 / 设有 (sets up) introduce what is set up: no part of its name
        ("此次集中开工仪式设东山马铃薯全产业链项目主会场。", "东山马铃薯全产业链项目", ("Project",)),
    ],
)
def test_dev9_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name, not_types",
    [
        # 片区 after a field of activity alone is a kind of area, as 园区 and 公园 are
        ("项目建成后将形成一个占地2平方公里的文化产业片区。", "文化产业片区", ("Zone",)),
        # a province's or a city's list of its hundred major projects is a class of projects
        ("江城县举行2021年省百大项目集中开工仪式。", "2021年省百大项目", ("Project",)),
        # a river named like a county (its short form before 江 or 河) is no county
        ("上海市青浦区的江城蔬菜合作社位于黄浦江上游。", "黄浦区", ("District",)),
        # a public post and its holder open a clause: no zone's name runs over them
        ("管委会副主任赵刚作项目介绍,副主任唐乐代表开发区作表态发言。", "副主任唐乐代表开发区", ("Zone",)),
        ("江城县举行2021年省百大项目集中开工仪式。", "江城县2021年省百大项目", ("Project",)),
        # a firm before a product or a field is written only inside its project's name: no firm of the
        # article (SCHEMA convention 5, as the gold of dev2, dev4, dev6 and dev9 reads it)
        ("中广电子加速器项目、特种轴承项目等项目填补了空白。", "中广电子", ("Company",)),
        ("在仪式上,南山新能源动力电池项目等18个项目签约。", "南山新能源", ("Company",)),
        ("冷链物流及农资服务中心项目选址已定。", "冷链物流", ("Company",)),
    ],
)
def test_dev9_non_names(text, name, not_types):
    assert _names(text).get(name) not in not_types


# a county-level city (邳州市, in the national division list) calls itself 市; the prefecture-level
# cities around it are written only in firms' names
_COUNTY_CITY = (
    "我市举行招商项目签约仪式\n11月4日,我市举行招商项目签约仪式。南京星辰电子、苏州远航机械等企业与我市签约,"
    "项目落户邳州。市委书记出席并致辞,邳州将做好服务。"
)


def test_a_county_level_city_that_calls_itself_shi_is_home():
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    entities, _ = resolve([extract(make_document(_COUNTY_CITY, "case.txt"))])
    named = {(e.type, e.label): set(e.aliases) for e in entities}
    assert "我市" in named.get(("District", "邳州市"), set()), named
    assert ("GovernmentBody", "中共邳州市委") in named, named
    assert not any(t == "City" for t, _ in named), named


def test_a_firm_written_short_with_its_place_is_the_full_firm():
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    text = (
        "四川远创投资、江城宝利科技等9家企业代表签订了协议。同时,四川远创投资有限公司与银行签订了合作协议。"
    )
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    firms = {e.label: set(e.aliases) for e in entities if e.type == "Company"}
    assert firms.get("四川远创投资有限公司") == {"四川远创投资"}, firms


def test_a_park_listed_among_projects_is_no_zone():
    from kg.extract import extract
    from kg.ingest import make_document

    text = "今年签约重大项目12个,主要有江城宏达陶瓷有限公司技改项目、北辰数字产业园、南山医药流通总部等。"
    found = {(m.type, m.surface) for m in extract(make_document(text, "case.txt")).mentions}
    assert ("Project", "北辰数字产业园") in found and ("Zone", "北辰数字产业园") not in found, found


def _events(text: str) -> set[str]:
    from kg.extract import extract
    from kg.ingest import make_document

    return {m.surface for m in extract(make_document(text, "case.txt")).mentions if m.type == "Event"}


@pytest.mark.parametrize(
    "text, event, kept",
    [
        # the sites of one ceremony, named by the project or park at each, are no occasions of their own
        (
            "仪式设北辰乳业项目主会场,同时设有3个分会场,分别是东海物流园分会场、南山食品项目分会场。",
            "东海物流园分会场",
            False,
        ),
        (
            "仪式设北辰乳业项目主会场,同时设有3个分会场,分别是东海物流园分会场、南山食品项目分会场。",
            "南山食品项目分会场",
            False,
        ),
        (
            "仪式设北辰乳业项目主会场,同时设有3个分会场,分别是东海物流园分会场、南山食品项目分会场。",
            "同时设有3个分会场",
            False,
        ),
        # a branch venue named by a place holds that place's own gathering of a province-wide event
        ("全省重大项目集中开工活动举行,鄂州同步设分会场。鄂州分会场设在园博会项目现场。", "鄂州分会场", True),
        ("江城镇分会场设在工业园。", "江城镇分会场", True),
    ],
)
def test_branch_venues(text, event, kept):
    assert (event in _events(text)) is kept


def test_a_county_written_by_its_former_level_keeps_that_name():
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    # 罗江县 became 罗江区 (the division list has today's name): the article's name is an alias
    entities, _ = resolve([extract(make_document("德阳市罗江县获评省级示范县。", "case.txt"))])
    named = {e.label: set(e.aliases) for e in entities if e.type == "District"}
    assert "罗江县" in named.get("罗江区", set()), named
    # …but not when the level character opens another word (罗江市场 is a market)
    entities, _ = resolve([extract(make_document("德阳市罗江市场很繁荣。", "case.txt"))])
    assert not any("罗江市" in {e.label, *e.aliases} for e in entities)


def test_a_place_inside_a_quoted_slogan_is_not_named_on_its_own():
    from kg.extract import extract
    from kg.ingest import make_document

    text = "江城县锚定“全省抢前列、全市争一流”工作目标,全力拼经济。"
    found = {(m.type, m.name) for m in extract(make_document(text, "case.txt")).mentions}
    assert not any(t == "Province" for t, _ in found), found
    # a quote that holds only a place's name is that place
    text = "“铁岭”品牌越来越响。"
    found = {(m.type, m.name) for m in extract(make_document(text, "case.txt")).mentions}
    assert ("City", "铁岭市") in found, found


def test_a_list_of_departments_goes_on_past_a_land_bureau():
    from kg.extract import extract
    from kg.ingest import make_document

    # 国土局 is the usual short form of the land-resources bureau: the list of departments goes on after it
    text = "铁岭市举行签约仪式。市委书记出席,市委办、发改局、国土局、环保局、招商局等单位参加签约仪式。"
    found = {
        m.surface for m in extract(make_document(text, "case.txt")).mentions if m.type == "GovernmentBody"
    }
    assert {"国土局", "环保局", "招商局"} <= found, found


_SIGNED = "在仪式上,兰州东方化工动力电池项目、{}等18个具有代表性的重大项目进行了集中签约。"


@pytest.mark.parametrize(
    "project, firm, kept",
    [
        # a group written only at the head of a project's name, before a place and a field
        ("北辰集团甘肃农业总部和研发中心项目", "北辰集团", False),
        # …before a capacity it runs the works
        ("北辰集团年产5万吨饲料项目", "北辰集团", True),
        # a registered name (有限公司) is the firm's own even there
        ("北辰置业有限公司江城花园项目", "北辰置业有限公司", True),
    ],
)
def test_firms_only_naming_projects(project, firm, kept):
    from kg.extract import extract
    from kg.ingest import make_document

    text = _SIGNED.format(project)
    found = {m.surface for m in extract(make_document(text, "case.txt")).mentions if m.type == "Company"}
    assert (firm in found) is kept, found
