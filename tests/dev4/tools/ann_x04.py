ENTITIES = [
    ("zn", "District", "周宁县", ["全县"]),
    ("xw", "GovernmentBody", "中共周宁县委", ["县委"]),
    ("cwq", "Person", "陈文卿", []),
    ("hxj", "Person", "何晓建", []),
    ("syq", "Person", "孙永全", []),
    ("cjj", "Person", "陈剑杰", []),
    ("cwz", "Person", "陈文忠", []),
    ("lyj", "Person", "林以玑", []),
    ("hx", "Company", "华兴茶业公司", []),
    ("hd", "Company", "华电福新周宁抽水蓄能公司", []),
    ("p1", "Project", "周宁县城郊大型仓储物流基地及配套基础设施建设项目", []),
    ("p2", "Project", "周宁县康养中心项目(二期)", ["周宁县康养中心项目"]),
    ("sx", "Programme", "“四下基层”", ["四下基层"]),
]
VISIT = "陈文卿一行先后来到华兴茶业公司、周宁县城郊大型仓储物流基地及配套基础设施建设项目、周宁县康养中心项目(二期)以及华电福新周宁抽水蓄能公司"
RELATIONS = [
    ("xw", "locatedIn", "zn", "县委副书记"),
    ("cwq", "worksFor", "xw", "县委副书记、县长陈文卿", {"title": "副书记"}),
    ("p1", "locatedIn", "zn", "周宁县城郊大型仓储物流基地及配套基础设施建设项目"),
    ("p2", "locatedIn", "zn", "周宁县康养中心项目(二期)"),
    ("hd", "locatedIn", "zn", "华电福新周宁抽水蓄能公司"),
]
VALUES = []
NOTES = [
    "Province 福建, city 宁德 (neither named). 周宁县 is written only inside project and company names, but the "
    "article is about the county (县委, 县长, 县领导, 全县各级各部门): the county is an entity labelled by its formal "
    "name with the written reference 全县 as alias (SCHEMA: 县 without a name resolves to the article's place). "
    "Date: page of 2026-02-27 (福建日报 app), the visit on 2月27日.",
    "陈文卿 is 县委副书记 (→ 中共周宁县委, title 副书记) and 县长; 周宁县人民政府 is not written, so no second "
    "worksFor (rule 1/2). 何晓建, 孙永全, 陈剑杰, 陈文忠, 林以玑 are 县领导: Person nodes, no worksFor.",
    "A county head's inspection tour (调研) is not a gathering: no Event. “四下基层” is a working-method campaign "
    "(Programme); only a person is said to carry it out, so no implements.",
    "Companies 华兴茶业公司 and 华电福新周宁抽水蓄能公司 (华电 and 福新 are inside its name: no separate nodes). The "
    "two projects and the 华电 company are locatedIn 周宁县 by the place in their names; 华兴茶业公司 gets no place.",
    "Cleaning: the app's trailing 往期推荐 block was removed; the page has no headline in the excerpt.",
]
