"""Rules added from the twenty-sixth development set (tests/dev26): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations

from kg.extract import extract
from kg.ingest import make_document
from kg.resolve import resolve


def _resolved(text: str):
    return resolve([extract(make_document(text, "case.txt"))])


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a start-and-completion (start-and-resumption) occasion written with its second act in brackets
        ("3月2日,开原市举行一季度重点项目集中开(竣)工活动。", "一季度重点项目集中开(竣)工活动", ("Event",)),
        ("5月8日,北湖县举行2021年第二批项目开（复）工仪式。", "2021年第二批项目开（复）工仪式", ("Event",)),
        # a firm's full name, a joiner, then a park or a project: the second name starts after the joiner
        (
            "近日,州长李明深入宏达富源有限公司和谷岭工业园区主干道工程项目现场调研。",
            "谷岭工业园区",
            ("Zone",),
        ),
        (
            "近日,州长李明深入宏达富源有限公司和谷岭工业园区主干道工程项目现场调研。",
            "谷岭工业园区主干道工程项目",
            ("Project",),
        ),
        ("县长李明先后来到北湖光明有限公司和谷阳产业园区,了解企业生产情况。", "谷阳产业园区", ("Zone",)),
        # a size class before a project's name (百亿级, 千亿级, 十亿元级) is no part of it
        ("百亿级北湖动力电池项目一期投产、二期开工。", "北湖动力电池项目", ("Project",)),
        ("开原市引进十亿元级宏达新材料项目。", "宏达新材料项目", ("Project",)),
        # an occasion named after the fair it is held at (X洽会…签约暨新闻发布会) is another occasion: the fair
        # keeps its own name
        (
            "6月16日,记者在第5届北洽会开原市产业项目集中签约暨新闻发布会上获悉,开原市共有12个项目签约。"
            "第5届北洽会期间,开原市邀请客商参会。",
            "第5届北洽会",
            ("Event",),
        ),
        # a division, an adverb and a verb open a clause: the occasion's name starts after the verb
        ("开原市充分利用北洽会的国际经贸大舞台,唱招商引资大戏。", "北洽会", ("Event",)),
        ("北湖区积极筹办北湖茶叶博览会。", "北湖茶叶博览会", ("Event",)),
        ("开原市招商推介会在沈阳举行。", "开原市招商推介会", ("Event",)),
        # a town named X城镇 stays one
        ("开原市古城镇举行活动。", "古城镇", ("Town",)),
        # a name between a dateline and a reporter's credit is a co-author
        ("本报讯 王明 记者李强报道:12月30日,开原市举行项目开工活动。", "王明", ("Person",)),
        ("本报讯(王明 记者李强)12月30日,开原市举行项目开工活动。", "王明", ("Person",)),
        # an area with a title's head (示范区, 试验区) but its own party working committee or management committee
        # is an administered zone; its full name (same first characters and head) is that zone too
        (
            "4月25日,北湖改革创新示范区举行项目签约仪式。副省长、北湖示范区党工委书记王强出席。",
            "北湖改革创新示范区",
            ("Zone",),
        ),
        (
            "4月25日,北湖改革创新示范区举行项目签约仪式。副省长、北湖示范区党工委书记王强出席。",
            "北湖示范区党工委",
            ("GovernmentBody",),
        ),
        ("会上,江城综合试验区管委会主任李明介绍了招商情况。", "江城综合试验区", ("Zone",)),
        # a title without a committee stays a title
        ("开原市获评国家农业绿色发展先行区。", "国家农业绿色发展先行区", ("Designation",)),
        # what is treated, then 处理, names a works' field inside a project's name
        ("活动结束后,县长王强还来到北湖海创固废处理项目进行调研。", "北湖海创固废处理项目", ("Project",)),
        # a quoted name without a programme head stays a project
        ("开原市“友联特种船”项目开工。", "“友联特种船”项目", ("Project",)),
        # a firm's own kind of works stays a project
        ("开原市宏达有限公司技术改造项目开工。", "开原市宏达有限公司技术改造项目", ("Project",)),
    ],
)
def test_dev26_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        # adverbs and a verb before 项目 say what is done to projects: no project's name
        ("县委书记王强认真仔细听取项目建设情况介绍。", "认真仔细听取项目"),
        ("争取在预计工期内全面完成项目建设工作。", "内全面完成项目"),
        # a counted description before a zone head (第一个, 一个) is an aim, no zone's name
        ("全力打造国内第一个绿色低碳示范园区。", "国内第一个绿色低碳示范园"),
        ("全力打造国内第一个绿色低碳示范园区。", "国内第一个绿色低碳示范园区"),
        # a time before a bare zone head is the clause's time, no zone's name
        ("2023年园区规上工业产值有望突破300亿元。", "2023年园区"),
        ("今年园区新增企业12家。", "今年园区"),
        ("开原市充分利用北洽会的国际经贸大舞台,唱招商引资大戏。", "开原市充分利用北洽会"),
        # 难处理 is a quality, no field: no name runs over it
        ("建设西北难处理金精矿加工基地。", "西北难处理金精矿加工基地"),
        # a word of an administered zone's name is no programme
        ("4月25日,北湖改革创新示范区举行项目签约仪式。副省长、北湖示范区党工委书记王强出席。", "北湖改革"),
        # four-character phrases listed in quotes before 项目 say what kind of projects are wanted
        ("未来,开发区将主攻“延链补链、壮大集群”项目。", "“延链补链、壮大集群”项目"),
        ("开原市招引“终端产品、协作配套”项目。", "“终端产品、协作配套”项目"),
        # a year's round of occasions before 项目 names no project
        ("开原市举行2019年第四次工业项目集中开(竣)工活动。", "2019年第四次工业项目"),
        # 城镇群, 城镇化, 城镇体系: the noun 城镇 (towns and cities), no town named X城镇
        ("弋阳县紧紧围绕打造信江河谷城镇群新增长极。", "谷城镇"),
        ("开原市加快推进谷城镇化建设。", "谷城镇"),
        # a place written only inside an airport's name (city, county, 机场) is no place of the article
        ("市长王强到铜仁凤凰机场检查航班保障工作。", "铜仁市"),
        ("市长王强到铜仁凤凰机场检查航班保障工作。", "凤凰县"),
    ],
)
def test_dev26_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            "3月2日,开原市举行一季度重点项目集中开(竣)工活动。副市长王强出席并下达开工令。",
            ("王强", "participatesIn", "一季度重点项目集中开(竣)工活动"),
        ),
        (
            "3月2日,开原市举行一季度重点项目集中开(竣)工活动。",
            ("开原市", "organizes", "一季度重点项目集中开(竣)工活动"),
        ),
    ],
)
def test_dev26_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)


def test_dev26_zone_short_form_with_province() -> None:
    # a zone written with its province in front and in its kind's short form (经开区) is one zone
    ents, _ = _resolved("2月4日,江苏北湖经济开发区举行项目签约活动。北湖经开区作为北湖县工业主阵地。")
    zones = [e for e in ents if e.type == "Zone"]
    assert len(zones) == 1 and "北湖经开区" in zones[0].aliases
