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


@pytest.mark.parametrize(
    "text, name",
    [
        # a county's short form that starts with a conjunction is no place when the next word starts inside it
        ("要在确保质量和安全的前提下加快建设。", "和安"),
        # a verb before 城乡 (a kind of place) is no township
        ("项目建成后将有助于全县提升城乡发展品质。", "提升城乡"),
    ],
)
def test_dev6_non_places(text, name):
    assert _names(text).get(name) not in ("District", "Town")


def test_a_bare_level_after_a_written_place_in_one_run_of_posts_is_that_place():
    text = (
        "鞍山市召开会议,鞍山市委书记王刚出席。海城市市委副书记、市长杨明参加会议。"
        "杨明代表海城市委、市政府表示支持,海城市将做好服务。"
    )
    assert ("杨明", "worksFor", "海城市人民政府") in _relations(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a zone before a generic tail names which area's works; a bracketed phase belongs to the name
        ("开工了南湖景区旅游基础设施建设项目。", "南湖景区旅游基础设施建设项目"),
        ("包括南湖景区旅游基础设施建设项目(二期)等6个项目。", "南湖景区旅游基础设施建设项目(二期)"),
    ],
)
def test_zone_works_and_bracketed_phase_projects(text, name):
    assert _names(text).get(name) == "Project"


def test_a_zone_joined_to_works_by_a_conjunction_is_no_project_name():
    assert "南湖产业园区建设发展及涉农项目" not in _names("调研南湖产业园区建设发展及涉农项目。")


@pytest.mark.parametrize(
    "text, full",
    [
        # short forms of department fields: 经合局 (经济合作局), 教体局 (教育和体育局)
        ("甘肃省召开会议,由省发展改革委、省商务厅、省经合局等部门联审。", "甘肃省经济合作局"),
        ("清河县召开会议,县教体局局长王明出席。", "清河县教育和体育局"),
    ],
)
def test_short_department_fields(text, full):
    assert _names(text).get(full) == "GovernmentBody"


DASH_A = "东江新闻网-东江市融媒体中心(记者 王明)2月28日,市委书记李华到园区调研。"
DASH_B = "东江网-东江报讯(全媒体记者 刘明 通讯员 张华)7月5日,东江市举行项目开工仪式。"


@pytest.mark.parametrize("name", ["东江新闻网", "东江市融媒体中心"])
def test_two_outlets_joined_by_a_dash_are_two_names(name):
    assert _names(DASH_A).get(name) == "Institution"


def test_the_paper_of_a_dashed_dateline_employs_its_reporter_not_its_correspondent():
    rels = _relations(DASH_B)
    assert ("刘明", "worksFor", "东江报") in rels
    assert ("张华", "worksFor", "东江报") not in rels


def test_the_reporter_in_brackets_after_a_dashed_dateline_works_for_the_second_outlet():
    assert ("王明", "worksFor", "东江市融媒体中心") in _relations(DASH_A)


@pytest.mark.parametrize(
    "text, name, type_",
    [
        # a firm whose name ends in 智能 before its registered suffix is a firm (智能工厂 is a title)
        ("他来到南湖恒达智能有限公司调研。", "南湖恒达智能有限公司", "Company"),
        ("入选省级智能工厂。", "省级智能工厂", "Designation"),
    ],
)
def test_smart_firm_and_smart_factory(text, name, type_):
    assert _names(text).get(name) == type_


def test_a_place_that_chose_projects_to_hold_a_ceremony_organizes_it():
    text = "3月8日,清河县重点项目集中开工仪式举行。清河县精选了12个具有代表性的新建项目举办开工仪式。"
    assert any(s == "清河县" and p == "organizes" for s, p, _ in _relations(text))


def test_the_firm_that_opens_a_started_items_name_operates_it():
    text = "5月6日,清河县滨江湿地公园、东方置业有限公司锦绣花园开发等9个项目集中开工。"
    assert ("东方置业有限公司", "operates", "东方置业有限公司锦绣花园开发") in _relations(text)


def test_a_ground_breaking_is_where_its_counted_projects_are():
    text = (
        "清河县加快项目建设。3月19日,滨江湿地公园、实验中学新校区、东环路改造等9个项目集中开工。"
        "记者在集中开工活动现场看到,工人整装待发。"
    )
    assert ("集中开工活动", "locatedIn", "清河县") in _relations(text)


def test_a_prefectures_bare_party_committee_is_its_own():
    text = "阿勒泰地区召开会议。2月28日,地委书记王明来到工业园区调研。"
    assert ("王明", "worksFor", "中共阿勒泰地委") in _relations(text)
    assert ("中共阿勒泰地委", "locatedIn", "阿勒泰地区") in _relations(text)


def test_departments_listed_without_a_level_word_belong_to_the_county_named_before():
    text = "鞍山市召开会议。海城市副市长李明及发改委、工信局、商务局等主要领导参加会议,海城市将做好服务。"
    rels = _relations(text)
    assert ("海城市工业和信息化局", "locatedIn", "海城市") in rels
    assert ("海城市商务局", "locatedIn", "海城市") in rels


@pytest.mark.parametrize(
    "text, name",
    [
        # 计划 before a verb of doing is "plans to", not a plan's name
        ("第三季度计划开工重点建设项目14个。", "第三季度计划"),
        ("今年一季度计划投资20亿元。", "今年一季度计划"),
    ],
)
def test_planned_act_is_no_programme(text, name):
    assert _names(text).get(name) != "Programme"


def test_an_official_in_talks_with_investors_takes_part_in_the_fair():
    text = "4月8日,清河县第二届招商项目洽谈会举行。县委副书记、县长王明与部分客商洽谈。"
    assert ("王明", "participatesIn", "清河县第二届招商项目洽谈会") in _relations(text)


def test_a_rank_of_zone_is_no_zone_name():
    assert "成功创建自治区级园区" not in _names("要以成功创建自治区级园区为契机,培育主导产业。")
