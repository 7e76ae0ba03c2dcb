"""Rules added from the seventh development set (tests/dev7): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations

import kg

_PEOPLE = ("Person", "Official")


@pytest.mark.parametrize(
    "text, name, types",
    [
        # 等及相关企业代表 adds another group after the list: the list itself is of officials
        ("市领导王建国、李小红、赵立新等及相关企业代表出席仪式。", "李小红", _PEOPLE),
        ("市领导王建国、李小红、赵立新等及相关企业代表出席仪式。", "赵立新", _PEOPLE),
        # a long name whose first character is a surname, in a list of officials, ended by the verb
        ("区领导张海、李明、罗桑多吉出席开工仪式。", "罗桑多吉", _PEOPLE),
        # after a title, a surname and a given name that is also a common word, closed by punctuation
        ("市政协党组书记、主席段发达,市委常委王强出席。", "段发达", _PEOPLE),
        # an institute of the national academy, written short, in a list of firms
        (
            "我市还将与中科院沈阳金属所、鞍钢集团等知名企业和科研机构签订协议。",
            "中科院沈阳金属所",
            ("Institution",),
        ),
        # a heavy-industry firm named X重工; 重工业 is heavy industry, no firm
        ("实地考察了江城北方重工等企业。", "江城北方重工", ("Company",)),
        # 宣布 introduces the name after it: the announcer is no part of a zone's name
        ("副书记刘海宣布江城经济开发区成立。", "江城经济开发区", ("Zone",)),
        ("副书记刘海宣布江城经济开发区成立。", "刘海", _PEOPLE),
        # a list closed by its count of firms without 等 (项目有A、B、C 3家企业)
        ("签约项目中,科技类项目有江城智造、北辰医药、东海能源3家企业。", "江城智造", ("Company",)),
        ("签约项目中,科技类项目有江城智造、北辰医药、东海能源3家企业。", "东海能源", ("Company",)),
        # a counted list of projects with an act on them: every item is a project, a park among them too
        (
            "集中开工的江城国际建材产业园、北辰锦园、东海精密加工中心等15个重点项目,总投资20亿元。",
            "北辰锦园",
            ("Project",),
        ),
        (
            "集中开工的江城国际建材产业园、北辰锦园、东海精密加工中心等15个重点项目,总投资20亿元。",
            "江城国际建材产业园",
            ("Project",),
        ),
        ("东山风电场、南湖新材料等一批大项目在我县落地生根。", "南湖新材料", ("Project",)),
        # 企业 followed by a name describes the firm, it is no part of its name
        ("项目由浙江百强科技企业东方红集团投资建设。", "东方红集团", ("Company",)),
        ("项目由江南红豆企业集团有限公司投资建设。", "江南红豆企业集团有限公司", ("Company",)),
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
        ("老工业基地大力发展重工业。", "老工业基地大力发展重工业", ("Company",)),
        # a bay named like a county's short form is not the county (太平湾, not 太平区)
        ("营口市以“鲅鱼圈-太平湾一体化”为目标。", "太平区", ("District",)),
        # doing something to projects is no project (凝心聚力抓项目)
        ("全县上下凝心聚力抓项目、谋发展。", "凝心聚力抓项目", ("Project",)),
        # a conjunction and a verb before 表示 are no name (开工和签约表示祝贺)
        ("王建国对项目的开工和签约表示祝贺。", "和签约", _PEOPLE),
        # …but not a noun and a time word after a kind of person (学生公寓时)
        ("当工友走出技师学院的学生公寓时,天还没亮。", "公寓时", _PEOPLE),
        # a list of sectors closed the same way, with nothing done to projects, is no list of projects
        ("项目涉及装备制造、现代农业等20个项目。", "现代农业", ("Project",)),
    ],
)
def test_dev7_non_names(text, name, not_types):
    assert _names(text).get(name) not in not_types


_MINISTRY = "商务部副部长王建国赴江城调研。商务部外资司副司长李明,规划司司长赵强、综合办公室主任刘伟等参加。"


@pytest.mark.parametrize(
    "triple",
    [
        # a ministry's department written after its name is the body, part of the ministry
        ("商务部外资司", "partOf", "商务部"),
        ("李明", "worksFor", "商务部外资司"),
        # its other departments and offices by their short names, in the list of its officials
        ("商务部规划司", "partOf", "商务部"),
        ("赵强", "worksFor", "商务部规划司"),
        ("商务部综合办公室", "partOf", "商务部"),
        ("刘伟", "worksFor", "商务部综合办公室"),
    ],
)
def test_ministry_departments(triple):
    assert triple in _relations(_MINISTRY)


def test_a_kind_of_firm_by_size_is_no_firm():
    # 组建 introduces a name, and a size word opens a kind of firm, not a firm's name
    assert not any(t == "Company" for t in _names("当前要加紧组建大型稀土企业集团。").values())


_AT_VENUE = "西宁市在青海国际会展中心举行招商签约仪式。"


def test_held_at_a_venue_by_the_one_before_zai():
    rels = _relations(_AT_VENUE)
    assert ("西宁市", "organizes", "招商签约仪式") in rels
    assert ("招商签约仪式", "locatedIn", "西宁市") in rels


def test_a_place_inside_a_venue_name_is_no_place_of_the_article():
    assert "青海省" not in _names(_AT_VENUE) and "青海" not in _names(_AT_VENUE)


def test_two_fairs_joined_are_two_events():
    names = _names("兰州在本届兰洽会和城洽会上签约项目12项。")
    assert names.get("城洽会") == "Event" and "兰洽会和城洽会" not in names


def test_a_total_over_two_fairs_is_the_subjects(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(
        "兰州签约\n兰州市在本届兰洽会和城洽会上累计签约项目12项,总签约额80亿元。\n", encoding="utf-8"
    )
    g = kg.build_graph([src])
    owners = {q.text: e.label for e in g.entities for q in e.quantities}
    assert owners.get("80亿元") == "兰州市", owners


_GROUNDBREAKING = (
    "7月8日,江城文化园区暨《山水江城》大型实景演出项目、江城大桥项目奠基仪式在江城举行。"
    "建设大型实景演出《山水江城》项目意义重大。"
)
_CEREMONY = "江城文化园区暨《山水江城》大型实景演出项目、江城大桥项目奠基仪式"


def test_projects_listed_in_a_ceremony_name():
    names = _names(_GROUNDBREAKING)
    # the list of projects opens the ceremony's name; a titled work names a project, 暨 joins two things
    assert names.get(_CEREMONY) == "Event"
    assert names.get("《山水江城》大型实景演出项目") == "Project"
    assert names.get("江城文化园区") == "Zone"
    rels = _relations(_GROUNDBREAKING)
    assert ("江城大桥项目", "participatesIn", _CEREMONY) in rels
    assert ("《山水江城》大型实景演出项目", "participatesIn", _CEREMONY) in rels


def test_a_titled_project_written_two_ways_is_one():
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    entities, _ = resolve([extract(make_document(_GROUNDBREAKING, "case.txt"))])
    titled = [e for e in entities if e.type == "Project" and "山水江城" in e.label]
    assert len(titled) == 1, [(e.label, e.aliases) for e in titled]


def test_a_place_centring_its_work_on_a_programme_carries_it_out():
    text = "今年以来,兰州市把招商引资作为“一号工程”来抓,紧紧围绕“三区一中心”建设,取得成效。"
    rels = _relations(text)
    assert any(s == "兰州市" and p == "implements" and "三区一中心" in o for s, p, o in rels), rels


@pytest.mark.parametrize(
    "text, year",
    [
        # an occasion named with its year gives the article's year when no date writes one
        ("7月22日,江城市举行2021江城投资洽谈会专场签约仪式。", 2021),
        ("江城区2020春季重点项目集中开工", 2020),
        # a count before a meeting is no year
        ("会上2000余人参加大会。", None),
        ("共有2000名代表参加大会。", None),
    ],
)
def test_year_of_an_occasion_named_with_it(text, year):
    from kg.ingest import article_year

    assert article_year(text) == year


def test_firms_sorted_by_kind_of_project_take_part_in_the_event():
    text = "3月2日,江城区重点项目集中签约仪式举行。其中,科技类项目有北辰智造、东海能源、南山医药3家企业。"
    rels = _relations(text)
    for firm in ("北辰智造", "东海能源", "南山医药"):
        assert (firm, "participatesIn", "江城区重点项目集中签约仪式") in rels


def test_the_bare_ceremony_of_an_act_is_the_one_occasion_named_with_it():
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    text = "9月5日,江城市举行第三季度重大项目集中开工和签约活动。市领导王强、李明出席开工仪式。"
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    events = [e for e in entities if e.type == "Event"]
    assert len(events) == 1, [(e.label, e.aliases) for e in events]


def test_a_place_signing_at_two_fairs_takes_part_in_both():
    rels = _relations("兰州市在本届兰洽会和城洽会上累计签约项目12项。")
    assert ("兰州市", "participatesIn", "城洽会") in rels
    assert any(s == "兰州市" and p == "participatesIn" and o.endswith("兰洽会") for s, p, o in rels)
