"""Rules added from the sixteenth development set (tests/dev16): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, types",
    [
        # X…工程项目: the works named as a project; the project takes the whole name, no campaign
        ("江城通过实施北湖流域生态修复系统工程项目,改善环境。", "北湖流域生态修复系统工程项目", ("Project",)),
        # a firm spoken of by its kind, then a verb of building (新上 joins build_verbs): the name starts after it
        ("为此,公司新上年产30万套轮毂生产线。", "年产30万套轮毂生产线", ("Project",)),
        ("该企业还新建年产5万吨饲料生产线。", "年产5万吨饲料生产线", ("Project",)),
        # body fields: 工业信息化 (written without 和), 招商投资; a leading group's standing office
        (
            "河北省有企业120家。近日,省工业信息化委员会公布了名单。",
            "河北省工业信息化委员会",
            ("GovernmentBody",),
        ),
        ("重庆市举行推介会。记者从市招商投资局获悉,共签约8个项目。", "重庆市招商投资局", ("GovernmentBody",)),
        (
            "山西省召开会议。省重点项目建设领导小组办公室通报了进展。",
            "山西省重点项目建设领导小组办公室",
            ("GovernmentBody",),
        ),
        # a byline's credit in brackets is no part of the outlet's name before it
        ("江城日报讯(记者 王小明)江城日报记者从市里获悉,项目开工。", "江城日报", ("Institution",)),
        ("江城日报讯(记者 王小明)江城日报记者从市里获悉,项目开工。", "王小明", ("Person", "Official")),
        # a signing held as an occasion, its kind quoted before 活动: an event, not a campaign
        (
            "5月8日,江城举行了二季度重点项目“云签约”活动,12个项目签约。",
            "二季度重点项目“云签约”活动",
            ("Event",),
        ),
    ],
)
def test_dev16_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        ("江城通过实施北湖流域生态修复系统工程项目,改善环境。", "北湖流域生态修复系统工程"),
        ("为此,公司新上年产30万套轮毂生产线。", "公司新上"),
        ("江城日报讯(记者 王小明)江城日报记者从市里获悉,项目开工。", "江城日报讯(记者 王小明)江城日报"),
        ("5月8日,江城举行了二季度重点项目“云签约”活动,12个项目签约。", "“云签约”活动"),
    ],
)
def test_dev16_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


def test_dev16_quoted_campaign_stays() -> None:
    # a quoted campaign before 活动 that is no signing or start stays a programme
    assert _names("全县开展“百企进园”活动,帮扶企业。").get("“百企进园”活动") == "Programme"


def test_dev16_credit_works_for() -> None:
    assert ("王小明", "worksFor", "江城日报") in _relations(
        "江城日报讯(记者 王小明)江城日报记者从市里获悉,项目开工。"
    )


def test_dev16_reported_by_outlet() -> None:
    # 据X报道(记者 Y) after a reposting site's dateline: the reporter works for X, not for the site
    rels = _relations("中国江城网7月9日讯 据江城经济日报报道(记者 王小明)7月8日,省里公布了名单。")
    assert ("王小明", "worksFor", "江城经济日报") in rels
    assert ("王小明", "worksFor", "中国江城网") not in rels


@pytest.mark.parametrize(
    "text, firm, place",
    [
        # a city before a firm whose own name opens with its province: the city is where, not the name
        ("大连市辽宁港湾物流有限公司与园区签约。", "辽宁港湾物流有限公司", "大连市"),
        ("为朔州市山西北风能源有限公司右玉三期风电项目。", "山西北风能源有限公司", ""),
    ],
)
def test_dev16_city_before_provincial_firm(text: str, firm: str, place: str) -> None:
    names = _names(text)
    assert names.get(firm) == "Company"
    if place:
        assert names.get(place) == "City"


def test_dev16_firm_after_place_operates() -> None:
    rels = _relations("未按期竣工1项,为朔州市山西北风能源有限公司右玉三期风电项目。")
    assert ("山西北风能源有限公司", "operates", "右玉三期风电项目") in rels


@pytest.mark.parametrize(
    "text, name",
    [
        # a title whose recognition or review a body carries out (D的认定工作, 对D评审结果进行公示)
        ("省经信委组织开展了2021年“专精特新”中小企业的认定工作。", "“专精特新”中小企业"),
        ("省经信委对全省2022年专精特新中小企业评审结果进行了公示。", "专精特新中小企业"),
    ],
)
def test_dev16_title_review_task(text: str, name: str) -> None:
    assert _names(text).get(name) == "Designation"


@pytest.mark.parametrize(
    "text",
    [
        "县里开展了中小企业的认定工作。",  # a kind of firm, no title before the head
        "市里开展了项目评审工作。",
    ],
)
def test_dev16_title_review_task_needs_a_title(text: str) -> None:
    assert "Designation" not in _names(text).values()


def test_dev16_review_task_awards() -> None:
    rels = _relations("河北省有企业。省工业信息化委员会组织开展了2021年“专精特新”中小企业的认定工作。")
    assert ("河北省工业信息化委员会", "awards", "“专精特新”中小企业") in rels


def test_dev16_group_opens_listed_work() -> None:
    # a group's short name opening an item of a signed-project list: the item is the work, the group
    # is written only inside it
    names = _names("本次签约项目包括北辰光电产业园、东方集团西部运营总部、华丰智慧物流城等。")
    assert names.get("东方集团西部运营总部") == "Project"
    assert "东方集团" not in names


@pytest.mark.parametrize(
    "text, name",
    [
        # 部署会议 written in full is the meeting's head (not 部署会 + 议)
        ("江城市召开春季招商工作部署会议。", "春季招商工作部署会议"),
        # 自 + a time word before an occasion in a 自…以来 frame: the clause's, not the name's
        ("这说明自去年江城市秋季招商工作部署会议召开以来,各县进展顺利。", "江城市秋季招商工作部署会议"),
    ],
)
def test_dev16_meetings(text: str, name: str) -> None:
    assert _names(text).get(name) == "Event"


def test_dev16_started_or_resumed_projects_are_a_status() -> None:
    assert "开复工项目" not in _names("全县对开复工项目进行数据分析。")


@pytest.mark.parametrize(
    "text, name",
    [
        # a responsibility system named by its quoted holder (负责制, 责任制, with or without 度)
        ("全县确定了“一把手”负责制度、分片管理制度,调动积极性。", "“一把手”负责制度"),
        ("全镇推行“路长”责任制,道路整洁。", "“路长”责任制"),
    ],
)
def test_dev16_responsibility_systems(text: str, name: str) -> None:
    assert _names(text).get(name) == "Programme"


@pytest.mark.parametrize(
    "text, name, kept",
    [
        # 城建, 市政 before 项目 say the sector a class of projects belongs to (project_kinds)
        ("江城市2024年城建项目集中开工。", "2024年城建项目", ""),
        ("江城市市政项目全面复工。", "江城市市政项目", ""),
        ("江城市北湖市政道路项目开工。", "", "江城市北湖市政道路项目"),
    ],
)
def test_dev16_sector_classes_of_projects(text: str, name: str, kept: str) -> None:
    names = _names(text)
    if name:
        assert name not in names and f"江城市{name}" not in names
    if kept:
        assert names.get(kept) == "Project"


def test_dev16_place_chain_stops_at_a_province() -> None:
    # a city opening an item, then a firm's province-led name: the item is in the city, not the province
    rels = _relations(
        "全省重点工程进展顺利,大同、晋中两市提前完成任务。"
        "提前竣工2项,为晋中市晋中老城保护项目,大同市山西北风能源产业基地铝合金项目。"
    )
    assert ("大同市山西北风能源产业基地铝合金项目", "locatedIn", "大同市") in rels
    assert not any(r[1] == "locatedIn" and r[2] in ("山西省", "山西") for r in rels)
