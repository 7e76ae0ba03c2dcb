"""Rules added from the eighteenth development set (tests/dev18): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations

from kg.extract import extract
from kg.ingest import make_document
from kg.resolve import resolve


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a week of events quoted before 活动, and 周活动 unquoted: an occasion, not a campaign
        ("5月8日,湖北省政府“长三角招商引资促进周”活动在上海举行。", "“长三角招商引资促进周”活动", ("Event",)),
        ("襄阳市在长三角招商周活动中签约12个项目。", "长三角招商周活动", ("Event",)),
        # a place's session of a multi-site start, held as an occasion of its own
        (
            "7月13日,湖北省重点项目集中开工襄阳分会场活动在襄阳举行。",
            "湖北省重点项目集中开工襄阳分会场活动",
            ("Event",),
        ),
        # free trade ports and the start area of a new zone are zones
        ("这些项目将为海南自贸港建设发展夯实基础。", "海南自贸港", ("Zone",)),
        ("活动在三亚国际科技城起步区举行。", "三亚国际科技城起步区", ("Zone",)),
        # a central body's policy research office; a laboratory of its own; a spokesperson's name
        (
            "国家发展改革委政策研究室副主任、新闻发言人李超12月31日表示。",
            "国家发展和改革委员会政策研究室",
            ("GovernmentBody",),
        ),
        ("商务部新闻发言人张明3日表示,将出台新政策。", "张明", ("Official", "Person")),
        ("包括怀柔、之江实验室等科研平台。", "之江实验室", ("Institution",)),
        ("市里建设国家重点实验室。", "国家重点实验室", ("Designation",)),
        # 经贸 (经济贸易) is a field of county bureaus
        ("镇巴县召开会议。由县经贸局牵头,县商务局配合。", "镇巴县经济贸易局", ("GovernmentBody",)),
        # a modal verb before 以 opens a clause, not a coined firm name
        ("希望能以宏达公司在江建设产业园项目为契机。", "宏达公司", ("Company",)),
        ("草之源公司签约。", "草之源公司", ("Company",)),
        # 在 + a place (or a short place word) + a verb of building: the project's name starts after the verb
        ("公司在开原市建设年产5万吨饲料项目。", "年产5万吨饲料项目", ("Project",)),
        # the grid and line works national approvals name are construction projects, not campaigns
        ("国家批复江城特高压输变电工程。", "江城特高压输变电工程", ("Project",)),
        ("国家近期核准东海特高压交流环网工程。", "东海特高压交流环网工程", ("Project",)),
        # a counted list of projects with the group's total between the count and 项目
        (
            "一季度,全县芯屏光电、华瑞磁电、腾飞智能制造等6个总投资85亿元项目开工建设。",
            "华瑞磁电",
            ("Project",),
        ),
        (
            "一季度,全县芯屏光电、华瑞磁电、腾飞智能制造等6个总投资85亿元项目开工建设。",
            "腾飞智能制造",
            ("Project",),
        ),
        # a list of works across provinces: the province (and city) written in full before a work's name are
        # places of the article, and the work also stands without them
        ("包括湖南省洞庭湖生态补水工程、四川省雅安市青衣江水库工程等水利设施。", "湖南省", ("Province",)),
        (
            "包括湖南省洞庭湖生态补水工程、四川省雅安市青衣江水库工程等水利设施。",
            "青衣江水库工程",
            ("Project",),
        ),
        (
            "包括湖南省洞庭湖生态补水工程、四川省雅安市青衣江水库工程等水利设施。",
            "洞庭湖生态补水工程",
            ("Project",),
        ),
    ],
)
def test_dev18_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        ("5月8日,湖北省政府“长三角招商引资促进周”活动在上海举行。", "湖北省政府“长三角招商引资促进周”活动"),
        ("襄阳市在长三角招商周活动中签约12个项目。", "长三角招商周活动"),  # (no campaign: see the type above)
        ("7月13日,湖北省重点项目集中开工襄阳分会场活动在襄阳举行。", "襄阳分会场活动"),
        ("市里建设国家重点实验室。", "市里建设国家重点实验室"),
        ("希望能以宏达公司在江建设产业园项目为契机。", "能以宏达公司"),
        ("希望能以宏达公司在江建设产业园项目为契机。", "江建设产业园项目"),
        # a chain of divisions opening a headline, then a verb of building: no project named from the places
        ("辽宁省阜新市建设绿色铸造产业园项目在活动中得到推进。", "辽宁省阜新市建设绿色铸造产业园项目"),
        # a leader cue followed by a particle or a joiner lists no one
        ("在听取项目介绍后,项目得到省、市领导的有力推进。", "的有力推进"),
        ("项目得到市领导和专家的肯定。", "和专家"),
    ],
)
def test_dev18_not_names(text: str, name: str) -> None:
    names = _names(text)
    if name == "长三角招商周活动":
        assert names.get(name) != "Programme"
    else:
        assert name not in names


@pytest.mark.parametrize(
    "text, rel",
    [
        # the government right before the occasion it holds, then where it is held
        (
            "5月8日,湖北省政府“长三角招商引资促进周”活动在上海举行。",
            ("湖北省人民政府", "organizes", "“长三角招商引资促进周”活动"),
        ),
        # an agency's dateline: the reporters credited after it work for the agency
        (
            "新华社北京5月3日电(记者王明、李华)商务部新闻发言人张强3日表示,将出台新政策。",
            ("王明", "worksFor", "新华社"),
        ),
        (
            "新华社北京5月3日电(记者王明、李华)商务部新闻发言人张强3日表示,将出台新政策。",
            ("李华", "worksFor", "新华社"),
        ),
        (
            "新华社北京5月3日电(记者王明、李华)商务部新闻发言人张强3日表示,将出台新政策。",
            ("张强", "worksFor", "商务部"),
        ),
        ("公司在开原市建设年产5万吨饲料项目。", ("年产5万吨饲料项目", "locatedIn", "开原市")),
        (
            "包括湖南省洞庭湖生态补水工程、四川省雅安市青衣江水库工程等水利设施。",
            ("洞庭湖生态补水工程", "locatedIn", "湖南省"),
        ),
    ],
)
def test_dev18_relations(text: str, rel: tuple[str, str, str]) -> None:
    assert rel in _relations(text)


def test_dev18_session_is_not_the_whole_occasion() -> None:
    # …集中开工活动 and its city session …集中开工X分会场活动 stay two occasions
    text = (
        "7月13日,湖北省重点项目集中开工活动在全省同步举行。"
        "当天,湖北省重点项目集中开工襄阳分会场活动在襄阳举行。"
    )
    rels = _relations(text)
    assert ("湖北省重点项目集中开工活动", "locatedIn", "襄阳市") not in rels


def test_dev18_occasion_with_its_activity_word() -> None:
    # “X洽谈周”活动 is the week 2019年“X洽谈周” named in the article: one occasion
    text = "2019年“江城经贸合作洽谈周”于7月在上海举行。我县组团参加了“江城经贸合作洽谈周”活动,签约项目5个。"
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    events = [e for e in entities if e.type == "Event"]
    assert len(events) == 1, [(e.label, e.aliases) for e in events]


def test_dev18_works_across_provinces() -> None:
    # a national list: each province written in full and the city after it are places of the article
    text = (
        "国家发展改革委近期核准多个项目,包括湖南省洞庭湖生态补水工程、四川省雅安市青衣江水库工程等水利设施。"
    )
    names = _names(text)
    assert names.get("四川省") == "Province" and names.get("雅安市") == "City"
    rels = _relations(text)
    assert ("青衣江水库工程", "locatedIn", "雅安市") in rels
    assert ("雅安市", "partOf", "四川省") in rels


def test_dev18_county_before_a_work_stays_in_its_name() -> None:
    # a county written before a work's name in news of its own province is part of the name (the
    # development sets' gold): no county of the article from it
    names = _names("广西壮族自治区梧州市今年开工蒙山县古皂水库工程等项目。")
    assert "蒙山县" not in names


LIST_PASSED = (
    "近日,湖南省工业和信息化厅公布了第五批湖南省“专精特新”中小企业认定通过名单,"
    "湖南华强科技有限公司、长沙明月食品有限公司2家企业成功入选。"
)


@pytest.mark.parametrize(
    "rel",
    [
        # a list of those that passed (认定通过名单) is published by the body: it awards the title
        ("湖南省工业和信息化厅", "awards", "湖南省“专精特新”中小企业"),
        # the list's title first, then the firms that made it, counted, the verb closing the clause
        ("湖南华强科技有限公司", "designatedAs", "湖南省“专精特新”中小企业"),
        ("长沙明月食品有限公司", "designatedAs", "湖南省“专精特新”中小企业"),
    ],
)
def test_dev18_list_passed(rel: tuple[str, str, str]) -> None:
    assert rel in _relations(LIST_PASSED)


def test_dev18_counted_list_needs_its_own_verb() -> None:
    # …等9家企业获评Y: the verb has its title after it, the title before the comma is another one
    text = "江城华兴科技有限公司等6家企业晋级省专精特新“小巨人”企业,江城宏达机械有限公司等9家企业获评省“专精特新”中小企业。"
    rels = _relations(text)
    assert ("江城宏达机械有限公司", "designatedAs", "省专精特新“小巨人”企业") not in rels
    # …名单,我市六家企业榜上有名: a place counting its firms holds no title
    text = "近日,工业和信息化部公示了第三批国家级专精特新“小巨人”企业名单,我市六家企业榜上有名。"
    assert not any(p == "designatedAs" for _, p, _ in _relations(text))


def test_dev18_province_then_firm_is_no_town() -> None:
    # 、陕西镇X有限公司: the province's name, then the firm's coined name starting with 镇
    names = _names(
        "陕西省镇巴县公布名单,陕西本草医药控股集团有限公司、陕西镇弘蜀乐食品科技发展有限公司入选。"
    )
    assert "陕西镇" not in names
    assert names.get("陕西镇弘蜀乐食品科技发展有限公司") == "Company"


def test_dev18_detailed_list_after_a_count() -> None:
    # …集中开工的产业项目共3个…。具体包括:A、B、C。: the list details the start counted the sentence before
    text = (
        "7月13日,湖北省重点项目集中开工襄阳分会场活动在襄阳高新区举行。"
        "此次襄阳集中开工的产业项目共3个,计划总投资3.2亿元。"
        "具体包括:襄阳华宇新材料项目、年产5万吨饲料加工项目、汉江冷链物流中心项目。"
    )
    rels = _relations(text)
    for p in ("襄阳华宇新材料项目", "年产5万吨饲料加工项目", "汉江冷链物流中心项目"):
        assert (p, "participatesIn", "湖北省重点项目集中开工襄阳分会场活动") in rels
        assert (p, "locatedIn", "襄阳市") in rels


def test_dev18_carried_out_across_a_place() -> None:
    # 在全县范围内开展X活动: the county carries it out
    text = "今年,吉安县全县共签约项目18个。同时强化招商力量,在全县范围内开展重大工业项目比签约、比开工“双比拼”活动。"
    assert ("吉安县", "implements", "“双比拼”活动") in _relations(text)


def test_dev18_phase_then_dash() -> None:
    # X平台一期——Y中心项目: the dash joins the phase to what it builds, one project's name
    text = "具体包括:江城科技创新公共平台一期——智能装配中心项目、年产5万吨饲料加工项目。"
    assert _names(text).get("江城科技创新公共平台一期——智能装配中心项目") == "Project"
    assert "智能装配中心项目" not in _names(text)


def test_dev18_bare_development_area() -> None:
    # an article that writes its own development area by its kind alone, twice or more: that zone
    text = (
        "在合作区物流园,江城冷链公司新建仓储项目施工正酣。"
        "今年上半年,合作区实现重点项目开复工12个,总投资20.5亿元。"
    )
    assert _names(text).get("合作区") == "Zone"
    # once only, or with the zone named in full, no bare zone of its own
    assert "合作区" not in _names("今年上半年,合作区实现重点项目开复工12个。")
    text = "江城边境经济合作区今年开复工12个项目。合作区实现固定资产投资5亿元,合作区还引进3家企业。"
    assert not any(n == "合作区" and t == "Zone" for n, t in _names(text).items())


def test_dev18_delegation_takes_part() -> None:
    # a city whose delegation, led by an official, attends the occasion takes part in it (SCHEMA rule 4)
    text = "11月18日,湖北省政府“长三角招商引资促进周”活动在上海举行,襄阳市由副市长王明带队组成经贸代表分团参加活动。"
    rels = _relations(text)
    assert ("襄阳市", "participatesIn", "“长三角招商引资促进周”活动") in rels
    assert ("王明", "participatesIn", "“长三角招商引资促进周”活动") in rels


@pytest.mark.parametrize(
    "text, rel",
    [
        # 在X举行的Y会上,Z表示: the speaker takes part in the gathering
        (
            "在江城市政府当日举行的新闻发布会上,张明表示,将加快项目建设。",
            ("张明", "participatesIn", "新闻发布会"),
        ),
        (
            "在5月8日召开的全市项目推进会上,市长王明指出,要加快进度。",
            ("王明", "participatesIn", "全市项目推进会"),
        ),
    ],
)
def test_dev18_speaks_at(text: str, rel: tuple[str, str, str]) -> None:
    assert rel in _relations(text)


def test_dev18_headquarters_city() -> None:
    # X有限公司上海总部: the firm's headquarters city, written right after its name, is where it is
    rels = _relations("江城副市长王明一行来到宏达机械股份有限公司上海总部座谈交流。")
    assert ("宏达机械股份有限公司", "locatedIn", "上海市") in rels
