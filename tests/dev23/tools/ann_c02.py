LEAD = "日前,辽宁大窑饮品智能化工厂、辽律铝单板装饰材料、中利现代设施农业等8个投资亿元以上项目在沈阳市法库县集中开工建设"
BY = "(辽宁日报记者 陶阳)"
ENTITIES = [
    ("sy", "City", "沈阳市", ["沈阳"]),
    ("fk", "District", "法库县", ["法库", "全县"]),
    ("p1", "Project", "辽宁大窑饮品智能化工厂", []),
    ("p2", "Project", "辽律铝单板装饰材料", []),
    ("p3", "Project", "中利现代设施农业", []),
    ("lnrb", "Institution", "辽宁日报", []),
    ("ty", "Person", "陶阳", []),
]
RELATIONS = [
    ("fk", "partOf", "sy", LEAD),
    ("p1", "locatedIn", "fk", LEAD),
    ("p2", "locatedIn", "fk", LEAD),
    ("p3", "locatedIn", "fk", LEAD),
    ("ty", "worksFor", "lnrb", BY, {"title": "记者"}),
]
VALUES = [
    ("fk", "startedProjectCount", 8, "project", "等8个投资亿元以上项目在沈阳市法库县集中开工建设"),
    ("fk", "reserveProjectCount", 57, "project", "法库县共储备亿元以上重点项目57个"),
    ("fk", "parkProjectShare", 82.9, "%", "全县产业园区项目占比达82.9%"),
    ("fk", "leadingIndustryProjectShare", 65.7, "%", "三大主导产业核心力量项目占比达65.7%"),
]
NOTES = [
    "Source: ln.cri.cn (国际在线辽宁, 来源 辽宁日报), 2021-04-16. Headline and the source/date line kept; the editor's line "
    "and the site's links dropped; the body is complete. The start is dated only 日前: no date value.",
    "Places: 沈阳市 (沈阳, written on its own: 沈阳市法库县, 沈阳法库) → City; 法库县 (法库, 全县) → District partOf it. "
    "辽宁 occurs only inside a project's name and the paper's name: no Province.",
    "Projects: the three named of the eight started (辽宁大窑饮品智能化工厂, 辽律铝单板装饰材料, 中利现代设施农业) → Project "
    "each, locatedIn 法库县; no firm is named on its own (大窑饮品 etc. are parts of the projects' names). No Event: the "
    "start is written only as a verb (集中开工建设).",
    "Media: 辽宁日报 (来源 and the closing byline) → Institution; 辽宁日报记者 陶阳 → Person worksFor it (记者).",
    "Not annotated: 重大项目专班 (a working group, no name), “组合拳”, “定制化”服务 (slogans), the three 主导产业 (kinds).",
    "Values: 8 projects started, 57 in reserve, 82.9% and 65.7% (shares), all on the county.",
]
