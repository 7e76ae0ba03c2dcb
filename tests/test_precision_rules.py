"""Rules tightened for precision after scripts/rule_audit.py (issue 12): case tables of invented sentences
(none copied from an annotated article); each row says what a full extraction finds and what it must not."""

from __future__ import annotations

import pytest
from cases import names_of, relations_of


@pytest.mark.parametrize(
    "text, found, absent",
    [
        # an industry word that a product head follows is the product's (电子元器件, 电力设备), not the end
        # of a firm's name opening the project's
        (
            "8月3日,北辰县举行重点项目集中开工仪式。开工项目包括华瑞电子元器件生产项目、南山电力设备制造项目等。",
            {"华瑞电子元器件生产项目": "Project", "南山电力设备制造项目": "Project"},
            ["华瑞电子", "南山电力"],
        ),
        # sectors listed before a project's head (化工和新材料, 物流及…): no firm opens the name
        (
            "北辰县签约精细化工和新材料项目、冷链物流及农资服务中心项目。",
            {},
            ["精细化工", "冷链物流"],
        ),
        # the venues of a multi-site gathering listed one by one (分别是A项目分会场、B项目分会场): the
        # projects are named, the venues are no projects
        (
            "北辰县举行重点项目集中开工仪式,设有2个分会场,分别是东坡光伏项目分会场、西岭物流园项目分会场。",
            {"东坡光伏项目": "Project", "西岭物流园项目": "Project"},
            ["东坡光伏项目分会场", "西岭物流园项目分会场"],
        ),
        # a firm's name written before its project's, no product head after it: still the operator
        (
            "安远乳业万和牧场项目开工建设。",
            {"安远乳业": "Company"},
            [],
        ),
        # after a leaders cue, what the leaders do (共同见证, 担任) is no name; a name without a surname is
        (
            "签约仪式上,与会县领导共同见证签约。北辰市推行链长制,由市级领导担任链长。",
            {},
            ["共同见证签约", "担任链长"],
        ),
        (
            "会上,自治区领导巴特尔、张建国出席。",
            {"巴特尔": "Official", "张建国": "Official"},
            [],
        ),
        # 有关协会, 行业协会, 当地学校: kinds of institution; a named one is kept
        (
            "北辰市将联合有关协会、行业协会和当地学校开展培训。北辰职业技术学院参加。",
            {"北辰职业技术学院": "Institution"},
            ["有关协会", "行业协会", "当地学校"],
        ),
        # a county's short form before 江/河 names a river (黄浦江), not the county; on its own it is the county
        (
            "上海市推进水源保护,黄浦江上游涵养林面积扩大。",
            {"上海市": "Province"},
            ["黄浦区"],
        ),
        (
            "上海市黄浦区推进城市更新,黄浦将建设新商圈。",
            {"黄浦区": "District"},
            [],
        ),
        # a person's name written again (”于洪涛说) does not name the county its first characters spell
        (
            "盘锦市发展和改革委员会主任于洪涛介绍,下半年将加快项目建设。“我们将一抓到底。”于洪涛说。",
            {"于洪涛": "Person"},
            ["于洪区"],
        ),
        # 把X作为“一号工程”: a label the clause gives X, no programme; a quoted campaign carried out is one
        (
            "北辰市把项目建设作为“一号工程”来抓,深入实施“千企升级”工程。",
            {"“千企升级”工程": "Programme"},
            ["一号工程", "“一号工程”"],
        ),
        # a project named by kinds only, in a list of sectors (重点支持/涵盖…, X等Y, kinds sharing one 项目),
        # is no undertaking; a brand, or an investor building it, says which one
        (
            "北辰市设立专项资金,重点支持苹果、葡萄等特色果品深加工项目。",
            {},
            ["特色果品深加工项目", "葡萄等特色果品深加工项目"],
        ),
        (
            "南岭县新签约项目涵盖风电装备、冷链仓储项目。",
            {},
            ["冷链仓储项目"],
        ),
        (
            "南岭县：光伏组件、储能装备项目成主力军",
            {},
            ["储能装备项目"],
        ),
        (
            "南岭县调研了稀土加工企业、华能风电装备项目。南岭县恒远集团总投资3亿元建设的食品、饮料生产项目开工。",
            {"华能风电装备项目": "Project", "食品、饮料生产项目": "Project"},
            [],
        ),
    ],
)
def test_precision_names_case_table(text, found, absent):
    names = names_of(text)
    for name, type_ in found.items():
        assert names.get(name) == type_, (name, names)
    for name in absent:
        assert name not in names, (name, names)


@pytest.mark.parametrize(
    "text, facts, absent",
    [
        # a list of project sheets, each with its total: the amount is the project's size, the firm that
        # opens a name there is part of the name (it runs the project, it is not stated as investing)
        (
            "北辰县重大项目集中开工,分别是总投资5亿元的北辰精工机械有限公司精密轴承生产项目,"
            "总投资3亿元的南山食品有限公司冷链仓储项目。",
            [("北辰精工机械有限公司", "operates", "精密轴承生产项目")],
            [
                ("北辰精工机械有限公司", "investsIn", "精密轴承生产项目"),
                ("南山食品有限公司", "investsIn", "冷链仓储项目"),
            ],
        ),
        # one project with its total: the firm before it invests (as the seeds' gold reads it)
        (
            "总投资5亿元的北辰精工机械有限公司精密轴承生产项目开工建设。",
            [("北辰精工机械有限公司", "investsIn", "精密轴承生产项目")],
            [],
        ),
        # 利用C的产品: C supplies the firm the sentence is about (its first), not the last firm named before
        (
            "北辰新材料有限公司年产5万吨新材料项目由南山控股有限公司投资建设,"
            "项目利用华驰化工股份有限公司的丙烯产品进行深加工。",
            [("华驰化工股份有限公司", "supplies", "北辰新材料有限公司")],
            [("华驰化工股份有限公司", "supplies", "南山控股有限公司")],
        ),
        # 被X选为D: X chose; what was chosen is named before 被
        (
            "南山村的做法被农业农村部选为全国乡村治理典型案例。",
            [
                ("南山村", "designatedAs", "全国乡村治理典型案例"),
                ("农业农村部", "awards", "全国乡村治理典型案例"),
            ],
            [("农业农村部", "designatedAs", "全国乡村治理典型案例")],
        ),
        # projects signed after an event (在收看X视频会议后,…签约) do not take part in it; signed at it, they do
        (
            "10月8日,北辰县举行系列活动。在收看全省重点项目推进视频会议后,"
            "北辰县年产10万吨精密铸件项目、北辰县冷链物流园项目集中签约。",
            [],
            [("北辰县年产10万吨精密铸件项目", "participatesIn", "全省重点项目推进视频会议")],
        ),
        (
            "10月8日,北辰县举行系列活动。在全省重点项目推进视频会议上,"
            "北辰县年产10万吨精密铸件项目、北辰县冷链物流园项目集中签约。",
            [("北辰县年产10万吨精密铸件项目", "participatesIn", "全省重点项目推进视频会议")],
            [],
        ),
        # a firm opening the name of its project's ceremony is not its host; opening its own meeting, it is
        (
            "5月6日,北辰精工机械有限公司精密轴承项目开工仪式举行。",
            [],
            [("北辰精工机械有限公司", "organizes", "北辰精工机械有限公司精密轴承项目开工仪式")],
        ),
        (
            "5月6日,北辰精工机械有限公司2024年经销商大会召开。",
            [("北辰精工机械有限公司", "organizes", "北辰精工机械有限公司2024年经销商大会")],
            [],
        ),
        # a start list naming projects of two other cities is a wider region's: none is placed at home;
        # a list of unplaced projects is the article's own place's
        (
            "邯郸市项目建设提速。邯郸市发改委介绍,唐山钢铁基地项目、邢台物流园项目、"
            "邯郸东部供热工程项目等一批重大项目开工建设。",
            [],
            [("唐山钢铁基地项目", "locatedIn", "邯郸市"), ("邢台物流园项目", "locatedIn", "邯郸市")],
        ),
        (
            "邯郸市项目建设提速。邯郸市发改委介绍,东部供热工程项目、钢铁改造升级项目等12个重大项目集中开工。",
            [("东部供热工程项目", "locatedIn", "邯郸市"), ("钢铁改造升级项目", "locatedIn", "邯郸市")],
            [],
        ),
    ],
)
def test_precision_relations_case_table(text, facts, absent):
    found = relations_of(text)
    for fact in facts:
        assert fact in found, (fact, sorted(found))
    for fact in absent:
        assert fact not in found, fact
