"""Relation rules written for recall on common phrasing (branch rel): case tables of invented sentences
(none copied from an annotated article); each fact is what a full build of the text states."""

from __future__ import annotations

import pytest
from cases import relations_of as _relations

from kg.extractors.base import Context
from kg.ingest import make_document
from kg.registry import ordered_extractors
from kg.relations.table import run_rows


@pytest.mark.parametrize(
    "text, facts, absent",
    [
        # a county's article: its towns named on their own are part of it, an office named by its
        # level word alone is in it
        (
            "5月8日,泰顺县县长在罗阳镇、雅阳镇调研,县农业农村局负责同志参加。我县将加快项目建设。",
            [
                ("罗阳镇", "partOf", "泰顺县"),
                ("雅阳镇", "partOf", "泰顺县"),
                ("泰顺县农业农村局", "locatedIn", "泰顺县"),
            ],
            [],
        ),
        # a town is part of the one county its sentence names before it (a city's article)
        (
            "朝阳市推进设施农业。建平县县长在朱碌科镇、万寿街道调研设施农业。",
            [("朱碌科镇", "partOf", "建平县"), ("万寿街道", "partOf", "建平县")],
            [],
        ),
        # a place's signing ceremony; the count's illustrating list names projects that take part
        # and are in the place that holds it
        (
            "8月3日,泰顺县举行第三季度重点项目集中签约仪式。据介绍,签约项目6个,总投资12亿元。"
            "主要包括新材料产业园项目、智能装备制造项目等。",
            [
                ("新材料产业园项目", "participatesIn", "第三季度重点项目集中签约仪式"),
                ("智能装备制造项目", "participatesIn", "第三季度重点项目集中签约仪式"),
                ("新材料产业园项目", "locatedIn", "泰顺县"),
                ("智能装备制造项目", "locatedIn", "泰顺县"),
            ],
            [],
        ),
        # the same list in the counting sentence, after 主要有
        (
            "5月20日,龙游县举行重大项目集中开工仪式。本次集中开工项目共12个,总投资30亿元,"
            "主要有高端纸基材料项目、城北污水处理厂项目等。",
            [
                ("高端纸基材料项目", "participatesIn", "重大项目集中开工仪式"),
                ("高端纸基材料项目", "locatedIn", "龙游县"),
            ],
            [],
        ),
        # a project named after another county is not placed at the host
        (
            "8月3日,泰顺县举行第三季度重点项目集中签约仪式。签约项目6个,主要包括苍南县新材料产业园项目等。",
            [("苍南县新材料产业园项目", "participatesIn", "第三季度重点项目集中签约仪式")],
            [("苍南县新材料产业园项目", "locatedIn", "泰顺县")],
        ),
        # 该县 is the county named last: it holds the gathering, which is held there, and carries out
        # the programme its clause names
        (
            "4月30日,泰顺县第五届桃花节闭幕。当天,该县举行项目集中签约仪式。该县把优化营商环境作为先导工程,"
            "同时持续深化“放管服”改革。",
            [
                ("泰顺县", "organizes", "项目集中签约仪式"),
                ("项目集中签约仪式", "locatedIn", "泰顺县"),
                ("泰顺县", "implements", "“放管服”改革"),
            ],
            [],
        ),
        # a city bureau's branch named without a place, in a county's article, is in the county
        (
            "泰顺县召开项目推进会。自然资源分局、生态环境分局对服务项目建设提出举措。我县将加快建设。",
            [("自然资源分局", "locatedIn", "泰顺县"), ("生态环境分局", "locatedIn", "泰顺县")],
            [],
        ),
        # a body written by a short form (村党支部) whose full name opens with a place sits there
        (
            "横江镇良枧村是贫困村。村党支部书记李明介绍,村里建起了产业基地。",
            [("良枧村党支部", "locatedIn", "良枧村")],
            [],
        ),
        # a project named after the zone it is built in
        (
            "5月,泰顺经济开发区智能装备产业园项目开工建设。",
            [("泰顺经济开发区智能装备产业园项目", "locatedIn", "泰顺经济开发区")],
            [],
        ),
        # 全市将持续开展P: the city (全市 stands for it) carries out the programme
        (
            "泰顺县召开经济工作会议。会议提出,全县将持续开展“项目攻坚年”行动,力争新开工项目30个。",
            [("泰顺县", "implements", "“项目攻坚年”行动")],
            [],
        ),
        # “三大工程”包括A工程、B工程和C工程: the parts of a programme
        (
            "泰顺县全面实施“三大工程”。“三大工程”包括“强工兴业”工程、“美丽乡村”建设工程和“数字泰顺”工程。",
            [
                ("“强工兴业”工程", "partOf", "“三大工程”"),
                ("“美丽乡村”建设工程", "partOf", "“三大工程”"),
            ],
            [],
        ),
        # 将聚力建设“…”: the place builds the goal it names
        (
            "下一步,泰顺县将聚力建设“两城一区”,掀起项目建设新热潮。",
            [("泰顺县", "implements", "“两城一区”")],
            [],
        ),
    ],
)
def test_recall_rules_case_table(text, facts, absent):
    found = _relations(text)
    for s, p, o in facts:
        assert (s, p, o) in found or (s, p, o.strip("“”")) in found, ((s, p, o), sorted(found))
    for fact in absent:
        assert fact not in found, fact


def _rows_on(text: str, names: dict[str, str]) -> set[tuple[str, str, str]]:
    """The bundled rows after the extractors, with the names given added as mentions of their class
    where the extractors did not find them (the rows tested on their own)."""
    ctx = Context(make_document(text, "case.txt"))
    for _name, component in ordered_extractors():
        component(ctx)
    for name, type_ in names.items():
        at = ctx.view.index(name)
        ctx.add(at, at + len(name), type_, "test.given", 0.9)
    ctx.mentions.sort(key=lambda m: (m.vstart, -m.vend))
    run_rows(ctx)
    view = ctx.view
    return {
        (view[c.subject.vstart : c.subject.vend], c.predicate, view[c.object.vstart : c.object.vend])
        for c in ctx.candidates
    }


@pytest.mark.parametrize(
    "text, names, facts, absent",
    [
        # 由A和B主办,C协办,D支持的EVENT
        (
            "5月29日,由江城市商务局和江城经济区管委会主办,江城日报社协办,江城移动公司支持的江城市招商推介会举行。",
            {
                "江城市商务局": "GovernmentBody",
                "江城经济区管委会": "GovernmentBody",
                "江城日报社": "Institution",
                "江城移动公司": "Company",
                "江城市招商推介会": "Event",
            },
            [
                ("江城市商务局", "organizes", "江城市招商推介会"),
                ("江城经济区管委会", "organizes", "江城市招商推介会"),
                ("江城日报社", "participatesIn", "江城市招商推介会"),
                ("江城移动公司", "participatesIn", "江城市招商推介会"),
            ],
            [("江城日报社", "organizes", "江城市招商推介会")],
        ),
        # A、B对推进项目建设做了表态发言 at the gathering named before (a town is outside the domain)
        (
            "江城区举行项目誓师大会。会上,江城区商务局、江城区发展和改革局对推进项目建设做了表态发言。",
            {
                "江城区商务局": "GovernmentBody",
                "江城区发展和改革局": "GovernmentBody",
                "项目誓师大会": "Event",
            },
            [
                ("江城区商务局", "participatesIn", "项目誓师大会"),
                ("江城区发展和改革局", "participatesIn", "项目誓师大会"),
            ],
            [],
        ),
        # 县领导A、B和县政府办、县规划局等相关部门参加了以上活动
        (
            "江城县举办经贸洽谈会。县领导王建国、李志和县政府办、县规划局等相关部门参加了以上活动。",
            {"经贸洽谈会": "Event", "县政府办": "GovernmentBody", "县规划局": "GovernmentBody"},
            [
                ("县政府办", "participatesIn", "经贸洽谈会"),
                ("县规划局", "participatesIn", "经贸洽谈会"),
                ("李志", "participatesIn", "经贸洽谈会"),
            ],
            [],
        ),
        # a project sheet: 建设单位 runs the project, 投资方 invests in it
        (
            "项目名称:江城智能装备产业园项目,建设单位:江城北辰机械有限公司,投资方:江城南山控股有限公司。",
            {"江城智能装备产业园项目": "Project"},
            [
                ("江城北辰机械有限公司", "operates", "江城智能装备产业园项目"),
                ("江城南山控股有限公司", "investsIn", "江城智能装备产业园项目"),
            ],
            [],
        ),
        # 项目所需的原料全部由C直供: C supplies the firm named before; 产品已进入D的供应商体系
        (
            "江城北辰新材料有限公司项目进展顺利。项目所需的乙烯全部由园区内的江城南山石化有限公司通过管廊直供。",
            {},
            [("江城南山石化有限公司", "supplies", "江城北辰新材料有限公司")],
            [],
        ),
        (
            "江城润达汽车部件有限公司的项目竣工投产,产品已进入江城华驰汽车有限公司的供应商体系。",
            {},
            [("江城润达汽车部件有限公司", "supplies", "江城华驰汽车有限公司")],
            [],
        ),
        # 首批客户包括D: the firm the passage is about supplies its customers
        (
            "江城海澜新材料有限公司投产。其产品主要为汽车零部件企业配套,首批客户包括江城中升内饰件有限公司。",
            {},
            [("江城海澜新材料有限公司", "supplies", "江城中升内饰件有限公司")],
            [],
        ),
        # C承建的P
        (
            "由于工期紧,江城路桥建设有限公司承建的江城大桥项目提前完工。",
            {"江城大桥项目": "Project"},
            [("江城路桥建设有限公司", "operates", "江城大桥项目")],
            [],
        ),
        # …等都纷纷签约进驻X开发区
        (
            "江城重工项目、江城新材料有限公司等都纷纷签约进驻江城经济开发区。",
            {"江城重工项目": "Project", "江城经济开发区": "Zone"},
            [
                ("江城新材料有限公司", "locatedIn", "江城经济开发区"),
                ("江城重工项目", "locatedIn", "江城经济开发区"),
            ],
            [],
        ),
    ],
)
def test_recall_rows_case_table(text, names, facts, absent):
    found = _rows_on(text, names)
    for s, p, o in facts:
        # the entity rules may find a longer name around the one given
        assert any(fp == p and s in fs and o in fo for fs, fp, fo in found), ((s, p, o), sorted(found))
    for fact in absent:
        assert fact not in found, fact
