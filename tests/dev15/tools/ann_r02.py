ENTITIES = [
    ("cy", "City", "朝阳市", ["朝阳"]),
    ("ln", "Province", "辽宁省", ["全省"]),
    ("cyx", "District", "朝阳县", []),
    ("sl", "Town", "胜利镇", []),
    ("ejz", "Town", "二十家子新城镇", []),
    ("zone", "Zone", "朝阳柳城经济开发区", ["开发区"]),
    ("d1", "Designation", "融入京津冀协同发展战略先导区", []),
    ("d2", "Designation", "国家辽西北承接产业转移示范区", []),
    ("p1", "Project", "生物质能热电联产一期项目", []),
    ("p2", "Project", "仔猪育肥项目", ["山咀育肥场"]),
    ("c1", "Company", "朝阳能环新能源科技有限公司", []),
    ("c2", "Company", "上海东方希望畜牧有限公司", []),
    ("yjx", "Person", "闫建校", []),
    ("hzy", "Person", "和志勇", []),
    ("pg1", "Programme", "书记市长直通车", []),
    ("pg2", "Programme", "“项目管家”", []),
]
MECH = "进一步深化书记市长直通车、“项目管家”等重大项目推进机制"
RELATIONS = [
    ("cy", "designatedAs", "d1", "朝阳市立足建设融入京津冀协同发展战略先导区定位"),
    ("cy", "designatedAs", "d2", "朝阳市借助获批国家辽西北承接产业转移示范区的有利契机"),
    ("p1", "locatedIn", "zone", "位于朝阳柳城经济开发区的生物质能热电联产一期项目"),
    ("yjx", "worksFor", "c1", "朝阳能环新能源科技有限公司副总经理闫建校", {"title": "副总经理"}),
    ("p2", "locatedIn", "sl", "在朝阳县胜利镇山咀育肥场"),
    ("sl", "partOf", "cyx", "朝阳县胜利镇"),
    ("cyx", "partOf", "cy", "在朝阳县胜利镇山咀育肥场"),
    ("cy", "partOf", "ln", "一季度,朝阳市固定资产投资增长23%,增速全省第6"),
    ("c2", "investsIn", "p2", "该项目是上海东方希望畜牧有限公司投资的仔猪育肥项目"),
    ("hzy", "worksFor", "c2", "上海东方希望畜牧有限公司筹建组长和志勇", {"title": "筹建组长"}),
    ("cy", "implements", "pg1", MECH),
    ("cy", "implements", "pg2", MECH),
]
VALUES = [
    ("cy", "fixedAssetInvestmentGrowth", 23, "%", "一季度,朝阳市固定资产投资增长23%"),
    ("cy", "fixedAssetInvestment", 4550000000, "CNY", "今年一季度,朝阳市固定资产投资实现45.5亿元、增长23%"),
    ("p1", "investment", 375000000, "CNY", "项目总投资3.75亿元"),
]
NOTES = [
    "Source: bbs.beipiaozx.com (北票 forum archive, a repost of a 朝阳 report), 2021 (一季度 figures, no date written). "
    "No headline in the stored text. The stored copy breaks off at the start of a sentence (全市开复); the text ends at "
    "the sentence before. The repost has lost digits in places (占地.4亩, 安排余人就业, 至少户家庭, 比年一季度): kept as "
    "published, and no value is read from them.",
    "Places: 朝阳市 (written 朝阳市; 朝阳 alone inside 朝阳柳城经济开发区, an alias). 全省 in a Liaoning city's report is "
    "辽宁省 (SCHEMA: 全省 in a Liaoning paper) → Province with alias 全省, 朝阳市 partOf it. 朝阳县胜利镇 → District and "
    "Town, chained by the division list. 二十家子新城镇 (the new town of 二十家子, written on its own) → Town, judgement; no "
    "relation (the heat goes to it, which is no schema relation). 京津冀 is a region; 上海 occurs only inside a firm's name.",
    "Designations: 融入京津冀协同发展战略先导区 (the province's positioning of the city, 定位) and 国家辽西北承接产业转移"
    "示范区 (获批) → Designation, 朝阳市 designatedAs both (judgement for the first: a role assigned to the city). The "
    "awarding body is not written.",
    "Zone and projects: 朝阳柳城经济开发区 (开发区 and 园区 later refer to it; no place for it besides its own name, so no "
    "locatedIn). 生物质能热电联产一期项目 locatedIn the zone (位于). The piglet-fattening project at 山咀育肥场 is one "
    "project (label 仔猪育肥项目, alias the farm's name): locatedIn 胜利镇 (the most specific place), investsIn from "
    "上海东方希望畜牧有限公司 (投资的; the 40亿元 the firm expects to invest this year is not stated of this project, no "
    "amount). 朝阳能环新能源科技有限公司's deputy manager speaks about the heat plant, but the text does not say the firm "
    "runs it: no operates (judgement).",
    "People: 闫建校 (副总经理) and 和志勇 (筹建组长) worksFor their firms.",
    "Programmes: 书记市长直通车 and “项目管家” (重大项目推进机制, mechanisms as dev13's 领导包保和项目管家责任制) → "
    "Programme, the city 深化 them → implements. “时间表”“路线图”, 挂图作战 are methods, not named programmes.",
    "Values: the city's first-quarter fixed-asset investment (45.5亿元) and its growth (23%), the heat plant's 3.75亿元. "
    "Not values: 1.7亿千瓦时 (an annual output, a unit valscore has no dimension for: left out), the province's 19.0%, "
    "the damaged figures, 7月25日 (a plan date), 62.5% and 27.5% (comparisons with other years).",
]
