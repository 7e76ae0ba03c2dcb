"""Rules added from the tenth development set (tests/dev10, six Liaoning articles): case tables of invented
sentences (none copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names

from kg.extract import extract
from kg.ingest import make_document
from kg.resolve import resolve


@pytest.mark.parametrize(
    "text, name, types",
    [
        # an uncounted list of named works closed by 等重大项目 and an act on them: each item is a project
        ("今年以来,葛洲坝风电、紫云山文旅产业等重大项目相继开工。", "葛洲坝风电", ("Project",)),
        ("今年以来,葛洲坝风电、紫云山文旅产业等重大项目相继开工。", "紫云山文旅产业", ("Project",)),
        # …or by a quoted count label of the group
        (
            "年初以来,该县狠抓项目。抽水蓄能电站、青龙水库“两个十亿”项目加快落地。",
            "抽水蓄能电站",
            ("Project",),
        ),
        ("年初以来,该县狠抓项目。抽水蓄能电站、青龙水库“两个十亿”项目加快落地。", "青龙水库", ("Project",)),
        # what the projects signed cover, listed and closed by 等
        ("签约的重点项目涵盖广东华美储能电站、江苏商会滨河夜市等。", "广东华美储能电站", ("Project",)),
        ("签约的重点项目涵盖广东华美储能电站、江苏商会滨河夜市等。", "江苏商会滨河夜市", ("Project",)),
        # a credit covers every name it lists (记者 某某 某某 / 记者 某某、某某)
        ("本报讯(记者 赵长河 钱志远)近日,全县项目建设推进会召开。", "钱志远", ("Person",)),
        ("(记者 赵长河、钱志远)", "钱志远", ("Person",)),
        # officials listed without posts before the four leading bodies of a place (县四个班子领导)
        ("赵长河、钱志远、孙立新等县四个班子领导参加开工仪式。", "钱志远", ("Person", "Official")),
        ("赵长河、钱志远等市四大班子领导出席。", "赵长河", ("Person", "Official")),
        # a zone raised to a level is given that level's title (晋升/升级为/升格为)
        ("湖滨经济开发区成功晋升省级开发区。", "省级开发区", ("Designation",)),
        ("湖滨高新区升格为国家级高新区。", "国家级高新区", ("Designation",)),
        ("湖滨经济开发区是今年升级为省级开发区的五家开发区之一。", "省级开发区", ("Designation",)),
        # a bare 开发区管委会 is the organ of the one development zone the article names
        ("湖滨经济开发区位于城东。开发区管委会主任赵长河表示。", "湖滨经济开发区管委会", ("GovernmentBody",)),
        # an article that calls a 县 home and writes only its city's short name is about the county named
        # like its city (抚顺 -> 抚顺县): 县委 is that county's
        (
            "县委书记王建华调研我县重点项目。在抚顺高湾经济开发区,王建华来到抚顺宏达机械有限公司。",
            "中共抚顺县委",
            ("GovernmentBody",),
        ),
        (
            "县长李建国调研我县工作。李建国来到朝阳柳城经济开发区的辽宁华新材料有限公司,朝阳柳城经济开发区管委会主任陪同。",
            "朝阳县",
            ("District",),
        ),
        # a firm after a joiner (和/与/及) opens the project's name; the clause before it is no part of it
        (
            "他来到甲项目现场和华兴能源科技(江苏)有限公司新型储能装备制造项目现场。",
            "华兴能源科技(江苏)有限公司新型储能装备制造项目",
            ("Project",),
        ),
        (
            "他来到甲公司和华兴能源科技有限公司储能装备制造项目现场。",
            "华兴能源科技有限公司储能装备制造项目",
            ("Project",),
        ),
        # …but a plant joined by 及 inside a project's name stays in it
        (
            "分别是总投资5亿元的江城牧业集团分公司生猪养殖及饲料厂建设项目,总投资1亿元的乙项目。",
            "江城牧业集团分公司生猪养殖及饲料厂建设项目",
            ("Project",),
        ),
        # a medium's regional bureau is an institution
        ("(孙立新|编辑 光明日报吉林记者站 钱志远)", "光明日报吉林记者站", ("Institution",)),
    ],
)
def test_dev10_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name, not_types",
    [
        # a list of sectors closed the same way names no project (no proper noun, number or works head)
        ("今年以来,装备制造、现代农业等重点项目相继开工。", "装备制造", ("Project",)),
        ("签约的重点项目涵盖文化旅游、先进制造等。", "文化旅游", ("Project",)),
        # the quoted count label after the list names the group, not one more project or programme
        (
            "年初以来,该县狠抓项目。抽水蓄能电站、青龙水库“两个十亿”项目加快落地。",
            "“两个十亿”项目",
            ("Project",),
        ),
        (
            "年初以来,该县狠抓项目。抽水蓄能电站、青龙水库“两个十亿”项目加快落地。",
            "两个十亿项目",
            ("Project",),
        ),
        # what a gathering is called after a copula (是…的动员大会、誓师大会) is no second gathering
        (
            "县长在讲话中说:这次大会是总结成绩的大会,也是鼓足干劲的动员大会、誓师大会。",
            "动员大会",
            ("Event",),
        ),
        (
            "县长在讲话中说:这次大会是总结成绩的大会,也是鼓足干劲的动员大会、誓师大会。",
            "誓师大会",
            ("Event",),
        ),
        # 晋升 without 为 raises only to a zone's level; a person's promotion is no title
        ("他去年晋升省级干部。", "省级干部", ("Designation",)),
        # with two development zones named, a bare 开发区管委会 is neither's
        (
            "湖滨经济开发区、江城经济开发区签约。开发区管委会主任赵长河表示。",
            "湖滨经济开发区管委会",
            ("GovernmentBody",),
        ),
        # a far county whose short form sits inside a local zone's name (柳城 of 广西 in 朝阳柳城…) is not home
        (
            "县长李建国调研我县工作。李建国来到朝阳柳城经济开发区的辽宁华新材料有限公司,朝阳柳城经济开发区管委会主任陪同。",
            "柳城县",
            ("District",),
        ),
        # another role word opens another credit: no name, and the next name is not the reporter's
        ("(全媒体记者 赵长河 通讯员 钱志远)7月5日,江城县举行开工仪式。", "通讯员", ("Person", "Official")),
        # the paper inside its bureau's name is no mention of its own; nor the province
        ("(孙立新|编辑 光明日报吉林记者站 钱志远)", "光明日报", ("Institution",)),
        ("(孙立新|编辑 光明日报吉林记者站 钱志远)", "吉林省", ("Province",)),
        # a province written inside a listed project's name is part of that name (SCHEMA convention 5)
        ("签约的重点项目涵盖广东华美储能电站、江苏商会滨河夜市等。", "广东", ("Province",)),
        ("签约的重点项目涵盖广东华美储能电站、江苏商会滨河夜市等。", "广东省", ("Province",)),
    ],
)
def test_dev10_non_names(text, name, not_types):
    assert _names(text).get(name) not in not_types


def test_dev10_launch_meeting_is_the_reported_event():
    # 此次启动大会 names, by its act, the one occasion of the article whose name holds 启动: an alias
    text = "今天,江城县举行2020年“项目建设季”启动暨东湖光伏项目开工仪式。县长李建国在讲话中说:此次启动大会意义重大。"
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    events = [e for e in entities if e.type == "Event"]
    assert len(events) == 1 and "启动大会" in events[0].aliases


SIGNING = (
    "7月22日,江城县举行招商引资项目集中签约仪式,10个项目集中签约,总投资35.8亿元。"
    "重点项目涵盖广东华美储能电站、江苏商会滨河夜市等。"
    "年初以来,江城县狠抓项目。葛洲坝风电、紫云山文旅产业等重大项目也相继开工。"
)


@pytest.mark.parametrize(
    "text, triple, present",
    [
        ("湖滨经济开发区成功晋升省级开发区。", ("湖滨经济开发区", "designatedAs", "省级开发区"), True),
        # a body that approves the raise holds no title
        (
            "国务院同意湖滨经济开发区、江城工业园区等2个省级开发区升级为国家级经济技术开发区。",
            ("国务院", "designatedAs", "国家级经济技术开发区"),
            False,
        ),
        # 提出 sets out a campaign or task: the bodies before it implement it
        (
            "为全面落实锦州市委、市政府提出的“项目落地年”工作任务,义县加快建设。",
            ("锦州市委", "implements", "项目落地年"),
            True,
        ),
        (
            "今年,江城县着眼高质量发展,提出了“千企百亿”发展工程。",
            ("江城县", "implements", "“千企百亿”发展工程"),
            True,
        ),
        # 位于X的A、B项目现场和C项目: the place covers every item of the list; a firm that names its
        # project's owner is not itself placed there
        (
            "县长王强来到位于江城经济开发区的华锐材料有限公司、鼎新锐达医药科技有限公司植物材料产业化项目现场"
            "和蜂鸟能源有限公司储能装备制造项目现场。",
            ("蜂鸟能源有限公司储能装备制造项目", "locatedIn", "江城经济开发区"),
            True,
        ),
        (
            "县长王强来到位于江城经济开发区的华锐材料有限公司、鼎新锐达医药科技有限公司植物材料产业化项目现场"
            "和蜂鸟能源有限公司储能装备制造项目现场。",
            ("鼎新锐达医药科技有限公司植物材料产业化项目", "locatedIn", "江城经济开发区"),
            True,
        ),
        (
            "县长王强来到位于江城经济开发区的华锐材料有限公司、鼎新锐达医药科技有限公司植物材料产业化项目现场"
            "和蜂鸟能源有限公司储能装备制造项目现场。",
            ("蜂鸟能源有限公司", "locatedIn", "江城经济开发区"),
            False,
        ),
        # a place holds a gathering whose quoted theme comes first (X县举行“…”签约仪式): held there
        (
            "7月22日,江城县举行“共享机遇•共谋发展”招商引资项目集中签约仪式,10个项目集中签约。",
            ("招商引资项目集中签约仪式", "locatedIn", "江城县"),
            True,
        ),
        # 在X产业园内, the firm at work there (no project named in the sentence)
        (
            "在江城经济开发区城南产业园内,华锐材料有限公司正在开展项目建设。",
            ("华锐材料有限公司", "locatedIn", "江城经济开发区城南产业园"),
            True,
        ),
        # projects a signing sentence's list details (…集中签约。重点项目涵盖A、B等。) are signed at the event
        (
            SIGNING,
            ("广东华美储能电站", "participatesIn", "招商引资项目集中签约仪式"),
            True,
        ),
        # …but projects said to have started are not signed at the signing ceremony
        (SIGNING, ("葛洲坝风电", "participatesIn", "招商引资项目集中签约仪式"), False),
        # officials listed before 等…领导及…人员参加: each attends
        (
            "今天,江城县举行项目开工仪式,为全县发展注入新动力。赵长河、钱志远、孙立新等县四个班子领导及市县相关部门人员参加开工仪式。",
            ("赵长河", "participatesIn", "项目开工仪式"),
            True,
        ),
        (
            "湖滨经济开发区位于城东。开发区管委会不断优化营商环境。",
            ("湖滨经济开发区管委会", "locatedIn", "湖滨经济开发区"),
            True,
        ),
    ],
)
def test_dev10_relation_rules(text, triple, present):
    from cases import relations_of

    assert (triple in relations_of(text)) is present


def test_dev10_number_spaces_leave_the_view():
    # Western typesetting (7 月 22 日, 35.8 亿元): the view reads a number and its unit as one word, the
    # text and the offsets keep the spaces
    text = "7 月 22 日,江城县举行签约仪式,10 个项目集中签约,总投资达 35.8 亿元。(记者 赵长河 钱志远)"
    doc = make_document(text, "case.txt")
    assert doc.view.startswith("7月22日,江城县") and "35.8亿元" in doc.view
    assert "(记者 赵长河 钱志远)" in doc.view  # spaces between names stay
    s = doc.sentences[0]
    assert text[s.start : s.end].endswith("35.8 亿元。")


def test_dev10_former_name_is_an_alias():
    # 前身为Y: the zone's former name is another name of the same zone; the current name stays the label
    text = "江城经济开发区位于江城市东部,成立于2008年4月,前身为江城中小企业创业园区,现已入驻企业289户。"
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    zones = [e for e in entities if e.type == "Zone"]
    assert len(zones) == 1 and zones[0].label == "江城经济开发区"
    assert "江城中小企业创业园区" in zones[0].aliases
