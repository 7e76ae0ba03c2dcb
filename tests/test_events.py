"""Occasion and programme boundaries (issue 12): case tables of invented sentences (none copied from
an annotated article)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.ingest import make_document
from kg.resolve import resolve


def _mentions(text: str) -> set[tuple[str, str]]:
    ctx = extract(make_document(text, "case.txt"))
    return {(m.name, m.type) for m in ctx.mentions}


def _entities(text: str, type_: str) -> list[set[str]]:
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    return [{e.label, *e.aliases} for e in entities if e.type == type_]


@pytest.mark.parametrize(
    "text, name, type_",
    [
        # two occasions joined by 暨 make one title, however long
        (
            "日前,庆祝建厂50周年东林市2022年第三季度重大项目集中开竣工暨华美800毫米冷轧生产线项目开工仪式在东林工业园举行。",
            "庆祝建厂50周年东林市2022年第三季度重大项目集中开竣工暨华美800毫米冷轧生产线项目开工仪式",
            "Event",
        ),
        # two things done to projects, joined by 和, belong to one title
        ("3月2日,南山区举行二季度项目签约和开工动员大会。", "二季度项目签约和开工动员大会", "Event"),
        ("东林县举行重点项目竣工及投产仪式。", "重点项目竣工及投产仪式", "Event"),
        # the listed items take part in the occasion; the title follows their count
        (
            "青山湖公园、城南污水厂等15个重大项目集中开工仪式在东林举行。",
            "重大项目集中开工仪式",
            "Event",
        ),
        # a zone acts on a programme; a one-character verb relates a figure to a plan
        ("今年以来,东林开发区紧扣乡村全面振兴三年行动要求拼经济。", "乡村全面振兴三年行动", "Programme"),
        # a quoted name with roads or landscapes before 工程 is a construction project
        (
            "总投资1亿元的东林工业园“七通一平”道路建设工程开工。",
            "东林工业园“七通一平”道路建设工程",
            "Project",
        ),
        ("实施“一湖两岸”景观提升工程。", "“一湖两岸”景观提升工程", "Project"),
        ("推进“智慧东林”建设工程。", "“智慧东林”建设工程", "Programme"),
        # 打好/打赢 a battle: the verb is the clause's
        ("全旗上下全力打好东林沙地歼灭战。", "东林沙地歼灭战", "Programme"),
        # a year given to a campaign, quoted, is a programme on its own
        ("全县以“招商突破年”为主题,全力拼经济。", "招商突破年", "Programme"),
    ],
)
def test_found(text, name, type_):
    assert (name, type_) in _mentions(text)


@pytest.mark.parametrize(
    "text, name, type_",
    [
        # a venue named after its meetings is no occasion
        ("签约仪式在县会议中心举行。", "县会议", "Event"),
        ("座谈会在市政府第一会议室召开。", "市政府第一会议", "Event"),
        # an unspecified meeting is no named occasion
        ("会议传达学习了省委相关会议精神。", "省委相关会议", "Event"),
        # the listing in front of a count is not part of the title
        (
            "青山湖公园、城南污水厂等15个重大项目集中开工仪式在东林举行。",
            "城南污水厂等15个重大项目集中开工仪式",
            "Event",
        ),
        # the zone and its verb are the clause's, not the programme's
        (
            "今年以来,东林开发区紧扣乡村全面振兴三年行动要求拼经济。",
            "东林开发区紧扣乡村全面振兴三年行动",
            "Programme",
        ),
        # 占年度投资计划的80%: the share of a period's plan, not a named plan
        ("全县重点项目完成投资80亿元,占年度投资计划的80%。", "占年度投资计划", "Programme"),
        ("全县重点项目完成投资80亿元,占年度投资计划的80%。", "年度投资计划", "Programme"),
        # 实行动态管理 (实行 + 动态) and 综合改革试验区 (a designated area) hold no programme head
        ("示范企业实行动态管理,每三年复核一次。", "示范企业实行动", "Programme"),
        ("东林是全省综合改革试验区。", "全省综合改革", "Programme"),
        # a quoted year that is a date or an anniversary is no campaign
        ("庆祝“建厂十周年”到来。", "建厂十周年", "Programme"),
        ("回顾“不平凡的2023年”。", "不平凡的2023年", "Programme"),
    ],
)
def test_not_found(text, name, type_):
    assert (name, type_) not in _mentions(text)


@pytest.mark.parametrize(
    "text, together, apart",
    [
        # 本届X is the article's one X
        (
            "东林市第十届梨花文化节开幕。本届梨花文化节期间,客商参观考察。",
            {"东林市第十届梨花文化节"},
            set(),
        ),
        # the province's and the city's same-named occasions stay apart; the bare name is the city's
        (
            "3月1日,辽宁省2025年一季度重点项目集中开工动员大会举行。随后,营口市2025年一季度重点项目集中开工动员大会举行。"
            "在我市2025年一季度重点项目集中开工动员大会上,150个项目开工。",
            {"营口市2025年一季度重点项目集中开工动员大会", "2025年一季度重点项目集中开工动员大会"},
            {"辽宁省2025年一季度重点项目集中开工动员大会"},
        ),
    ],
)
def test_same_occasion(text, together, apart):
    events = _entities(text, "Event")
    holder = next(names for names in events if together <= names)
    assert not apart & holder
    # every other occasion of the text is one of the apart ones
    assert all(names is holder or names & apart for names in events)


def test_reordered_title_is_one_occasion():
    # a paper's title and body word one gathering in two orders
    text = "南山区举行二季度项目签约和开工誓师大会。在南山区二季度签约开工项目誓师大会上,12个项目签约。"
    events = _entities(text, "Event")
    assert any(
        {"二季度项目签约和开工誓师大会", "南山区二季度签约开工项目誓师大会"} <= names for names in events
    )


def test_short_titles_sharing_characters_stay_apart():
    text = "上午举行项目签约仪式。下午举行签约项目仪式。"
    events = _entities(text, "Event")
    assert not any(len(names) > 1 and "项目签约仪式" in names for names in events)


def test_fair_abbreviation():
    # X博会 keeps a character of the fair's name, wherever it stands
    text = "第三届东林山地果蔬博览会开幕。果博会期间签约项目20个。"
    events = _entities(text, "Event")
    assert any({"第三届东林山地果蔬博览会", "果博会"} <= names for names in events)


@pytest.mark.parametrize(
    "text, name",
    [
        # a kind of project named by its period, its grade or the round it belongs to is no project
        ("东林县第二季度招商引资项目集中签约仪式举行。", "第二季度招商引资项目"),
        ("东林县2024年3月招商引资项目集中签约。", "2024年3月招商引资项目"),
        ("全市引进了一批高精尖项目。", "高精尖项目"),
        ("全县谋划新一轮项目。", "新一轮项目"),
        ("听取各县区及重点企业项目谋划情况。", "重点企业项目"),
        ("调研茶叶产业园建设及涉农项目。", "涉农项目"),
        # a quote before 项目 and an occasion's head names the occasion, not a project
        ("7月1日,东林市举行“一会一节”项目签约仪式。", "“一会一节”项目"),
        ("东林市举行“百企进园”项目集中签约仪式。", "“百企进园”项目"),
    ],
)
def test_kinds_of_project(text, name):
    assert not any(m.endswith(name) and t == "Project" for m, t in _mentions(text))


def test_collective_place_names_the_home_occasion():
    # 全市X is the article's own city's X
    text = "近日,鞍山市民营经济高质量发展工作座谈会召开。各镇贯彻落实全市民营经济高质量发展工作座谈会精神。"
    events = _entities(text, "Event")
    assert any(
        {"鞍山市民营经济高质量发展工作座谈会", "全市民营经济高质量发展工作座谈会"} <= names
        for names in events
    )


def test_level_word_and_tail_name_the_place_occasion():
    # 省动员大会: the province's occasion ending so, in an article about one of its cities
    text = (
        "3月1日,辽宁省2025年一季度重点项目集中开工动员大会举行。省动员大会结束后,"
        "营口市2025年一季度重点项目集中开工动员大会举行。"
    )
    events = _entities(text, "Event")
    assert any({"辽宁省2025年一季度重点项目集中开工动员大会", "省动员大会"} <= names for names in events)
    assert not any({"营口市2025年一季度重点项目集中开工动员大会", "省动员大会"} <= names for names in events)
