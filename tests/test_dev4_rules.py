"""Rules added from the fourth development set (tests/dev4): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations

from kg.extract import extract
from kg.ingest import make_document
from kg.resolve import resolve


@pytest.mark.parametrize(
    "text, name, type_",
    [
        # items of a 、 list with a town head are towns (街道 as well as 镇 and 乡)
        ("会上,东岗街道、北山街道和西湖镇作了表态发言。", "东岗街道", "Town"),
        ("会上,东岗街道、北山街道和西湖镇作了表态发言。", "北山街道", "Town"),
        # a count of projects illustrated in the next sentence, closed by 等 or 等项目
        (
            "今年签约项目8个,总投资20亿元。主要包括滨河商业综合体、云谷数据中心等。",
            "滨河商业综合体",
            "Project",
        ),
        (
            "新开工项目5个。主要包括老城片区更新二期工程、南苑实验中学、精密模具研制等项目。",
            "南苑实验中学",
            "Project",
        ),
        (
            "新开工项目5个。主要包括老城片区更新二期工程、南苑实验中学、精密模具研制等项目。",
            "精密模具研制",
            "Project",
        ),
        # a list of public works closed by 等…基础设施 / 项目, each item with an infrastructure head
        (
            "随着东山国际机场、江北高速、南湖至北岭城际铁路等一批重大交通基础设施建设,区位优势凸显。",
            "江北高速",
            "Project",
        ),
        (
            "随着东山国际机场、江北高速、南湖至北岭城际铁路等一批重大交通基础设施建设,区位优势凸显。",
            "东山国际机场",
            "Project",
        ),
        # the sibling of a project the head rule finds, in the same list, is a project
        ("特别是高端轴承项目、智能传感器芯片封装项目等,填补了空白。", "高端轴承项目", "Project"),
        # a bracketed byline with several authors after the dateline
        ("东江网讯 (周明 李娟) 5月2日,会议召开。", "周明", "Person"),
        ("东江网讯 (周明 李娟) 5月2日,会议召开。", "李娟", "Person"),
        # a government's named office keeps its whole name
        ("由沈阳市人民政府外事办公室主办。", "沈阳市人民政府外事办公室", "GovernmentBody"),
        # what a zone "is" in a list, each a kind of area with a level or province in front, is a title
        (
            "青山经济开发区是国家级开发区、湖北省综合改革试验区、全国五大造船基地之一。",
            "国家级开发区",
            "Designation",
        ),
        (
            "青山经济开发区是国家级开发区、湖北省综合改革试验区、全国五大造船基地之一。",
            "湖北省综合改革试验区",
            "Designation",
        ),
        # a named zone in such a list stays a zone, not a title
        ("青山区是武汉经济开发区、东湖高新区的重要腹地。", "武汉经济开发区", "Zone"),
        # a media group is an Institution (SCHEMA: media), though named like a firm
        ("活动由江城新闻传媒集团协办。", "江城新闻传媒集团", "Institution"),
        # the last body of a list, followed by who of it took part
        (
            "泰顺县县长调研,县政府办、农业农村局、乡村振兴局主要负责同志参加。",
            "泰顺县乡村振兴局",
            "GovernmentBody",
        ),
        # 代表 before a firm's name is not part of it
        (
            "签约企业代表江城市北辰新材料科技有限公司总经理作了发言。",
            "江城市北辰新材料科技有限公司",
            "Company",
        ),
        # a long unquoted programme name may open with a generic word
        ("全市深入实施创新驱动发展战略,产业加快升级。", "创新驱动发展战略", "Programme"),
        # a bureau's branch named by its field, in a list
        ("会上,东岗街道作了发言,自然资源分局、生态环境分局提出举措。", "生态环境分局", "GovernmentBody"),
        # a place, a works of its own, then a generic tail: one project
        (
            "县长先后来到泰顺县城郊大型冷链物流基地及配套基础设施建设项目。",
            "泰顺县城郊大型冷链物流基地及配套基础设施建设项目",
            "Project",
        ),
        # a zone's party working committee, and its bare 管委会 right after
        ("青山茶叶产业园区党工委书记、管委会主任王某参加。", "青山茶叶产业园区党工委", "GovernmentBody"),
        ("青山茶叶产业园区党工委书记、管委会主任王某参加。", "青山茶叶产业园区管委会", "GovernmentBody"),
        # a specific works and its building is one project
        ("县长察看了果蔬大棚种植基地建设项目的选址。", "果蔬大棚种植基地建设项目", "Project"),
        # a quoted numbered slogan or campaign year carried out is a programme
        ("全县开展“三访三问”调研,推进工作。", "三访三问", "Programme"),
        ("今年以“营商环境提升年”为主题,全力拼经济。", "营商环境提升年", "Programme"),
        # a town in front stays in a name that would say nothing without it
        ("总投资0.32亿元的龙泉镇高标准设施葡萄项目开工。", "龙泉镇高标准设施葡萄项目", "Project"),
        # 经开区 is the short form of 经济(技术)开发区
        ("青山经开区、北辰米业公司代表参加。", "青山经开区", "Zone"),
        # a region's party committee, and the region's next organ written without the region
        ("贯彻落实宁夏回族自治区党委、政府“两个倍增”部署。", "中共宁夏回族自治区委员会", "GovernmentBody"),
        ("贯彻落实宁夏回族自治区党委、政府“两个倍增”部署。", "宁夏回族自治区人民政府", "GovernmentBody"),
        # a multi-day fair is an event
        ("代表团参加了2019年“东部经贸合作洽谈周”。", "东部经贸合作洽谈周", "Event"),
        # 认定 … 为 X: the title after 为, with the recipients between
        (
            "认定甲乙机械有限公司设计中心等20家企业设计中心为国家级工业设计中心(见附件)。",
            "国家级工业设计中心",
            "Designation",
        ),
    ],
)
def test_dev4_entity_rules(text, name, type_):
    assert _names(text).get(name) == type_


@pytest.mark.parametrize(
    "text, name",
    [
        # 项目 right after 暨 is projects in general, inside an event's name
        ("5月9日,江城市第二场招商推介会暨项目签约仪式举行。", "江城市第二场招商推介会暨项目"),
        # …and its first part, before 及, is no project of its own
        ("县长先后来到泰顺县城郊大型冷链物流基地及配套基础设施建设项目。", "泰顺县城郊大型冷链物流基地"),
        # …but a kind of works and its building is not
        ("全县加快产业基地建设项目进度。", "产业基地建设项目"),
        # a quoted phrase without a number or a year is not taken as a programme
        ("开展“头脑风暴”,找准了方向。", "头脑风暴"),
        # a period's batch of investment projects is no project
        ("2023年12月招商引资项目集中签约仪式举行。", "2023年12月招商引资项目"),
        # a generic kind of project in a list is no sibling
        ("特别是重点项目、智能传感器芯片封装项目等,填补了空白。", "重点项目"),
        # 和 between a name and the article's own 县政府办 is a conjunction, not the county 和县
        ("县领导王建国和县政府办、县发改局负责人参加。", "和县政府办"),
        # a works list whose items do not end in infrastructure heads is not taken
        ("随着产业升级、市场拓展等一批重大项目的推进,前景广阔。", "产业升级"),
    ],
)
def test_dev4_non_names(text, name):
    assert name not in _names(text)


def test_route_is_not_located_at_its_first_end():
    text = "随着南京至合肥城际铁路、江北高速等一批重大交通基础设施建设,南京发展加快。"
    assert not any(s == "南京至合肥城际铁路" and p == "locatedIn" for s, p, _ in _relations(text))


def test_management_committee_short_and_full_form_are_one_body():
    text = "东港临海经济区管理委员会介绍情况。活动由临海经济区管委会主办。"
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    bodies = [e for e in entities if e.type == "GovernmentBody"]
    assert len(bodies) == 1, [(e.label, e.aliases) for e in bodies]


def test_home_county_from_its_recurring_short_form():
    # the article calls a county home (我县), never spells its full name, and reports a fair elsewhere
    text = (
        "2019年经贸洽谈会于5月在北京市举行。我县组团参加了洽谈会,宣传泰顺、推介泰顺,"
        "走访了在京企业。县领导王建国和县政府办、县发改局负责人参加了活动。"
    )
    ctx = extract(make_document(text, "case.txt"))
    assert ctx.home_county == "330329"
    assert any(m.name == "泰顺县发展和改革局" or m.label == "泰顺县发展和改革局" for m in ctx.mentions)


def test_the_part_before_ji_is_the_same_gathering():
    text = "5月9日,江城市第二场招商推介会暨项目签约仪式举行。江城市第二场招商推介会吸引了众多客商。"
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    events = [e for e in entities if e.type == "Event"]
    assert len(events) == 1, [(e.label, e.aliases) for e in events]


def test_this_years_festival_is_the_festival_named_before():
    text = "江城市第五届桃花文化节开幕。本届桃花文化节期间,各地客商前来考察。"
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    events = [e for e in entities if e.type == "Event"]
    assert len(events) == 1, [(e.label, e.aliases) for e in events]


def test_a_project_keeps_its_operators_name_as_written():
    text = "总投资0.6亿元的江城市北辰机械设备公司机电配件生产线项目开工。"
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    names = {n for e in entities if e.type == "Project" for n in (e.label, *e.aliases)}
    assert (
        "江城市北辰机械设备公司机电配件生产线项目" in names or "北辰机械设备公司机电配件生产线项目" in names
    )
    assert "机电配件生产线项目" in names


def test_a_ministrys_short_form_is_the_ministry():
    text = "工信部产业函〔2015〕606号。工业和信息化部确定了名单。"
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    bodies = [e for e in entities if e.type == "GovernmentBody"]
    assert [e.label for e in bodies] == ["工业和信息化部"], [(e.label, e.aliases) for e in bodies]
