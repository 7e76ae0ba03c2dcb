"""Rules added from the twenty-seventh development set (tests/dev27): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of, relations_of


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # a batch of projects named by its class (等一批X类项目) closes a list of named projects
        (
            "青山隧道、北湖大道改造、江城至平川输气管道等一批重大交通和能源类项目顺利开工。",
            "江城至平川输气管道",
            "Project",
        ),
        (
            "江北物流园、南湖污水处理厂扩建等一批城市民生类项目加快推进。",
            "南湖污水处理厂扩建",
            "Project",
        ),
        # items opened by their investment (投资N元的A、投资M元的B等重大项目): the names follow 的
        (
            "投资5.2亿元的光伏支架制造、投资3.1亿元的氢能装备研发等重大项目相继开工建设。",
            "光伏支架制造",
            "Project",
        ),
        (
            "投资5.2亿元的光伏支架制造、投资3.1亿元的氢能装备研发等重大项目相继开工建设。",
            "氢能装备研发",
            "Project",
        ),
        (
            "总投资8亿元的北湖冷链物流、总投资2亿元的江城数据中心二期等重点项目集中签约。",
            "江城数据中心二期",
            "Project",
        ),
        # the session of a named multi-site start at a place (…集中开工和签约X县分会场) is an occasion
        (
            "5月8日,全省重大项目集中开工和签约泗县分会场在北湖产业园举行。",
            "全省重大项目集中开工和签约泗县分会场",
            "Event",
        ),
    ],
)
def test_dev27_names(text: str, name: str, typ: str) -> None:
    assert names_of(text).get(name) == typ


@pytest.mark.parametrize(
    "text, name",
    [
        # a firm's name starts after a verb of meeting or visiting someone
        ("市长会见北湖新材料科技有限公司董事长王立一行。", "市长会见北湖新材料科技有限公司"),
        ("副县长接见江城电子集团有限公司总经理一行。", "副县长接见江城电子集团有限公司"),
        ("书记看望青山建材有限公司一线员工。", "书记看望青山建材有限公司"),
        # the amount that opens a listed item is no part of the project's name
        (
            "投资5.2亿元的光伏支架制造、投资3.1亿元的氢能装备研发等重大项目相继开工建设。",
            "投资3.1亿元的氢能装备研发",
        ),
        # a venue of a project site (X项目分会场) is still no occasion of its own
        ("开工仪式设北湖物流园项目分会场。", "北湖物流园项目分会场"),
    ],
)
def test_dev27_not_names(text: str, name: str) -> None:
    assert name not in names_of(text)


@pytest.mark.parametrize(
    "text, firm",
    [
        ("市长会见北湖新材料科技有限公司董事长王立一行。", "北湖新材料科技有限公司"),
        ("副县长接见江城电子集团有限公司总经理一行。", "江城电子集团有限公司"),
    ],
)
def test_dev27_firm_after_meeting_verb(text: str, firm: str) -> None:
    assert names_of(text).get(firm) == "Company"


def test_dev27_count_opens_the_list_of_started_projects() -> None:
    # a sentence that opens with the count alone (3个项目包括:) lists the projects the sentence before
    # counted as started: they take part in the start and are in the county
    rels = relations_of(
        "6月3日上午,全省第二批重大项目集中开工和签约泗县分会场在北湖产业园举行。"
        "泗县此次集中开工项目共3个,总投资4.2亿元。"
        "3个项目包括:北湖冷链物流中心项目、青山镇污水管网改造工程项目、江城数据中心二期项目,涉及产业发展等领域。"
    )
    ev = "全省第二批重大项目集中开工和签约泗县分会场"
    assert ("江城数据中心二期项目", "participatesIn", ev) in rels
    assert ("北湖冷链物流中心项目", "participatesIn", ev) in rels
    assert ("江城数据中心二期项目", "locatedIn", "泗县") in rels


def test_dev27_count_opens_without_a_start_before() -> None:
    # without an act counted in the sentence before, a list opened by a count is no start's
    rels = relations_of(
        "全省第二批重大项目集中开工和签约泗县分会场在北湖产业园举行。"
        "会上介绍了全县产业发展情况。"
        "3个项目包括:北湖冷链物流中心项目、江城数据中心二期项目。"
    )
    assert not any(p == "participatesIn" and s == "江城数据中心二期项目" for s, p, _ in rels)


def test_dev27_branch_session_named_twice_is_one_event() -> None:
    # X县分会场活动, written after the session's full name (…集中开工和签约X县分会场), is that session
    rels = relations_of(
        "7月1日上午,全省重大项目集中开工和签约泗县分会场在北湖产业园举行。"
        "副县长王立等领导出席泗县分会场活动。"
    )
    assert ("王立", "participatesIn", "全省重大项目集中开工和签约泗县分会场") in rels
    names = names_of(
        "7月1日上午,全省重大项目集中开工和签约泗县分会场在北湖产业园举行。"
        "副县长王立等领导出席泗县分会场活动。"
    )
    assert "泗县分会场活动" not in names  # (the short mention carries the full name as its label)


@pytest.mark.parametrize(
    "text, project, place",
    [
        # the projects of a batch named by its class are the article's city's
        (
            "今年以来,宿州市项目建设提速。滨湖大道改造、丰源输气管道二期等一批重大基础设施类项目顺利开工。",
            "丰源输气管道二期",
            "宿州市",
        ),
    ],
)
def test_dev27_class_batch_placed(text: str, project: str, place: str) -> None:
    assert (project, "locatedIn", place) in relations_of(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a conjunction before a verbal noun (和施工, 和建设) after a post is no surname and name
        ("各乡镇负责人和施工单位代表参加开工仪式。", "和施工"),
        ("园区负责人和建设企业代表出席签约仪式。", "和建设"),
        # a name written on its own elsewhere, run on into 在/说/与 after a post, is that name
        ("北湖县委书记马原(右一)与企业签约。北湖县委书记马原在北湖会场致辞。", "马原在"),
        ("副市长林海说,项目进展顺利。副市长林海在讲话中表示感谢。", "林海在"),
        # 县容县貌 (a county's look) is an idiom, not the county 容县 between 县 and 貌
        ("今年将进一步改善县容县貌,提升群众幸福感。", "容县"),
        # a sector named by one word and 产业 in a list of what projects cover is no work
        ("开工项目包含文旅产业、人居环境、交通治理等,投资体量大。", "文旅产业"),
    ],
)
def test_dev27_not_names_2(text: str, name: str) -> None:
    assert name not in names_of(text)


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # the same name with its particle taken off joins the person
        (
            "北湖县委书记马原(右一)与企业签约。北湖县委书记马原在北湖会场致辞。",
            "马原",
            ("Person", "Official"),
        ),
        # a real county before its own level word is still the county
        ("容县今年加快项目建设。", "容县", ("District",)),
        # a coined name before 产业 (several characters the segmenter splits) may still name a work
        ("开工项目包含千璞汇玉产业、北湖物流园等,投资体量大。", "千璞汇玉产业", ("Project",)),
    ],
)
def test_dev27_names_2(text: str, name: str, typ: tuple[str, ...]) -> None:
    assert names_of(text).get(name) in typ


HEADLINE_SIGNING = (
    "宿州市招商引资“夏季攻势”行动泗县项目集中签约\n"
    "6月5日上午,宿州市招商引资“夏季攻势”行动泗县项目在宿州集中签约。"
    "市委书记王立,市委副书记、市长周强等见证签约。"
)


def test_dev27_headline_act_names_the_occasion() -> None:
    # a headline that ends with a place's projects and their collective act, officials attending, names
    # the occasion the article reports; its attendees take part in it
    names = names_of(HEADLINE_SIGNING)
    ev = "宿州市招商引资“夏季攻势”行动泗县项目集中签约"
    assert names.get(ev) == "Event"
    assert ("王立", "participatesIn", ev) in relations_of(HEADLINE_SIGNING)


@pytest.mark.parametrize(
    "text",
    [
        # no one attends: a report of projects started, no occasion
        "宿州市泗县项目集中开工\n今年以来,泗县项目建设提速,一批项目集中开工,涵盖多个领域。",
        # the headline says more than the act (a clause break): not the occasion's name
        "泗县项目集中开工,总投资20亿元\n6月5日,市委书记王立出席开工仪式。",
    ],
)
def test_dev27_headline_act_not_an_occasion(text: str) -> None:
    assert not any(t == "Event" and n.endswith("项目集中开工") for n, t in names_of(text).items())


def test_dev27_campaign_projects_of_a_place_are_no_project() -> None:
    # a campaign's name and a place before 项目 (…“夏季攻势”行动泗县项目) say whose projects, not which
    names = names_of(HEADLINE_SIGNING)
    assert not any(t == "Project" and n.endswith("泗县项目") for n, t in names.items())
    assert names.get("宿州市招商引资“夏季攻势”行动") == "Programme"


@pytest.mark.parametrize(
    "text, zone, clause",
    [
        # a verb of building right before a division inside a zone's span: the zone's name opens there
        (
            "要以项目建设体现泗县建设安徽自由贸易试验区的成效。",
            "安徽自由贸易试验区",
            "项目建设体现泗县建设安徽自由贸易试验区",
        ),
        (
            "各地要以招商引资推动宿州打造安徽高新技术产业开发区。",
            "安徽高新技术产业开发区",
            "招商引资推动宿州打造安徽高新技术产业开发区",
        ),
    ],
)
def test_dev27_zone_after_building_a_place(text: str, zone: str, clause: str) -> None:
    names = names_of(text)
    assert names.get(zone) == "Zone"
    assert clause not in names


@pytest.mark.parametrize(
    "text, place",
    [
        # a ceremony named by its act alone is held where the dated lead's collective act is
        (
            "5月6日,泗县2023年第二季度18个重点项目集中开工。县领导王立、周强参加开工仪式。",
            "泗县",
        ),
        (
            "3月9日上午,安徽省泗县大庄镇一批重点项目集中开工。县委书记王立出席开工仪式并讲话。",
            "大庄镇",
        ),
    ],
)
def test_dev27_bare_ceremony_held_at_the_leads_place(text: str, place: str) -> None:
    assert ("开工仪式", "locatedIn", place) in relations_of(text)


def test_dev27_bare_ceremony_of_another_act() -> None:
    # a signing ceremony is not placed by a lead that reports a start
    rels = relations_of("5月6日,泗县18个重点项目集中开工。县领导王立出席签约仪式。")
    assert ("签约仪式", "locatedIn", "泗县") not in rels


def test_dev27_headline_act_has_no_organiser() -> None:
    # the division in a headline's collective act says whose projects, not who holds the occasion
    ev = "宿州市招商引资“夏季攻势”行动泗县项目集中签约"
    assert not any(p == "organizes" and o == ev for _, p, o in relations_of(HEADLINE_SIGNING))


@pytest.mark.parametrize(
    "text, person",
    [
        # 活动现场, / 仪式现场, opening a sentence is at the gathering: who presents or speaks there takes part
        (
            "5月6日,泗县重点项目集中开工仪式在北湖产业园举行。活动现场,副县长王立介绍了开工项目的基本情况。",
            "王立",
        ),
        (
            "5月6日,泗县重点项目集中签约仪式在北湖宾馆举行。仪式现场,县长周强致辞。",
            "周强",
        ),
    ],
)
def test_dev27_speaker_on_the_spot(text: str, person: str) -> None:
    assert any(s == person and p == "participatesIn" for s, p, _ in relations_of(text))


@pytest.mark.parametrize(
    "text, kind",
    [
        # a zone named only by the kind a national title names, or by building things of that kind
        (
            "农业农村部、财政部认定了20个国家现代农业产业园。各地要示范带动省、市、县梯次建设现代农业产业园。",
            "县梯次建设现代农业产业园",
        ),
        (
            "农业农村部、财政部认定了20个国家现代农业产业园。现代农业产业园是推进乡村振兴的重要载体。",
            "现代农业产业园",
        ),
    ],
)
def test_dev27_kind_of_a_title_is_no_zone(text: str, kind: str) -> None:
    assert names_of(text).get(kind) != "Zone"


def test_dev27_named_zone_of_a_titled_kind_stays() -> None:
    # a zone with its own name before the kind is one (泗县数字农业示范园)
    text = "农业农村部、财政部认定了20个国家现代农业产业园。泗县现代农业产业园今年扩建。"
    assert names_of(text).get("泗县现代农业产业园") == "Zone"


def test_dev27_lead_day_dates_the_headlines_occasion(tmp_path) -> None:
    # the lead's day (after a publication line) dates the occasion the headline names
    from kg import build_graph

    text = (
        "宿州市招商引资“夏季攻势”行动泗县项目集中签约\n"
        "发布于:2024-06-06 09:00:00 来自:宿州日报\n"
        "6月5日上午,宿州市招商引资“夏季攻势”行动泗县项目在宿州集中签约。市委书记王立等见证签约。\n"
    )
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    g = build_graph([src])
    ev = next(e for e in g.entities if e.label.endswith("泗县项目集中签约"))
    assert "2024-06-05" in {d.value for d in ev.dates}


@pytest.mark.parametrize(
    "view, year",
    [
        # a day-first dotted date under the headline gives the article's year
        ("泗县集中开工3个项目\n05.06.2021  10:15\n6月5日,泗县3个项目集中开工。", 2021),
        ("泗县集中开工3个项目\n6月5日,泗县3个项目集中开工。\n11.06.2018", 2018),
        # a version number or a decimal is no date
        ("泗县发布1.2.2019版规划。", None),
    ],
)
def test_dev27_dotted_dateline_year(view: str, year: int | None) -> None:
    from kg.ingest import article_year

    assert article_year(view) == year
