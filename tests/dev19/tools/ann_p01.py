PROJECTS = [
    "庄河市固体废弃物综合处理项目",
    "医疗康养区大学项目",
    "建筑垃圾废旧物资再利用项目",
    "中船重工海上风电陆上集控中心项目",
    "张屯污水处理厂中水回用项目",
    "大学城湿地公园项目",
    "新兴66KV变电站塔基场地平整项目",
    "辽宁师范大学海华学院西区项目",
    "大连安泰化工有限公司技术改造项目",
    "青堆净水厂工程",
    "建设大街西延工程",
    "庄河市电网改造项目",
    "庄河市高标准农田建设项目",
]
ENTITIES = [
    ("zh", "District", "庄河市", ["庄河"]),
    ("c1", "Company", "大连安泰化工有限公司", []),
    ("hh", "Institution", "辽宁师范大学海华学院", []),
] + [(f"p{i}", "Project", name, []) for i, name in enumerate(PROJECTS, 1)]
LIST = "本次集中开复工的13个项目为:庄河市固体废弃物综合处理项目"
FIRST = "昨日,庄河市13个重大项目集中开复工,总投资33亿元"
RELATIONS = [(f"p{i}", "locatedIn", "zh", LIST) for i in range(1, len(PROJECTS) + 1)] + [
    ("c1", "operates", "p9", "大连安泰化工有限公司技术改造项目"),
]
VALUES = [
    ("zh", "projectCount", 13, "project", FIRST),
    ("zh", "totalInvestment", 3300000000, "CNY", FIRST),
]
NOTES = [
    "Source: dl.news.163.com (网易大连), 2020-03-05 (昨日 = 2020-03-04, not written as a date). The stored page holds "
    "the body only (no headline or byline); the body is complete.",
    "Places: 庄河市 (a county-level city of 大连市) → District, alias 庄河. 大连 and 辽宁 occur only inside names "
    "(a firm, a college), 张屯, 青堆, 大学城, 新兴 only inside project names (rule 5): no City, no Town, no partOf.",
    "Projects: the thirteen listed as 庄河市's projects started this day → Project each, locatedIn 庄河市 (the city's "
    "13 projects, listed by name; two carry 庄河市 in their own name as well).",
    "Firm: 大连安泰化工有限公司 opens its own project's name with its full legal name → Company, operates the project "
    "(as dev2's 广西宏胜陶瓷有限公司技改项目 and d20). 中船重工 (a group's short name) inside a project name is not a "
    "Company (as dev16's 浪潮集团). 辽宁师范大学海华学院 is a college written with its full name inside its campus "
    "project → Institution, no relation (operates takes a company); another annotator might leave it out as a name "
    "inside a name.",
    "Values: 13 projects and 33亿元 on 庄河市 (this day's start). Not values: 年度投资将超过14亿元/49亿元/28亿元 "
    "(thresholds), the year's plan (69 projects, 290亿元, 30/39 projects) and the size classes (39, 7, 23) — plan "
    "figures and breakdowns, left out; 66KV is inside a name.",
]
