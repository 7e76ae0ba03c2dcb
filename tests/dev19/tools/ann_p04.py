ENTITIES = [
    ("xz", "Province", "西藏自治区", ["西藏", "自治区"]),
    ("cd", "City", "昌都市", ["昌都"]),
    ("ll", "District", "洛隆县", []),
    ("c1", "Company", "洛宗特色产品开发有限责任公司", ["洛宗特色产品开发公司"]),
    ("slzb", "Person", "四郎扎巴", []),
    ("d1", "Designation", "自治区的龙头企业", []),
]
WORK = "四郎扎巴如今已经是洛宗特色产品开发有限责任公司青稞米生产线的车间副主任"
RELATIONS = [
    ("cd", "partOf", "xz", "走进西藏昌都市洛隆县"),
    ("ll", "partOf", "cd", "走进西藏昌都市洛隆县"),
    ("c1", "locatedIn", "ll", "易地扶贫搬迁群众四郎扎巴和妻子两年前在这里实现了就业," + WORK),
    ("slzb", "worksFor", "c1", WORK, {"title": "车间副主任"}),
    ("c1", "designatedAs", "d1", "四郎扎巴所在的这家企业是自治区的龙头企业"),
]
VALUES: list = []
NOTES = [
    "Source: sjzyslg.com (a food-franchise site reposting 央视网's 《重走天路看变迁》 report; the copy writes 视网消息 "
    "for 央视网消息), dated there 2025-10-13, report of 8月7日. Headline kept; the site chrome and the 核心提示 (a cut "
    "copy of the first paragraph) dropped. The stored copy breaks off inside the last paragraph: the text ends at its "
    "first sentence (…特色产品50多种。).",
    "Places: 西藏 (西藏自治区; 自治区 in 自治区的龙头企业), 昌都市 (昌都), 洛隆县, partOf by the division list. The "
    "county's 特色产业园区 is unnamed (县级特色产业园区, 这个…园区): no Zone.",
    "Firm: 洛宗特色产品开发有限责任公司 (洛宗特色产品开发公司 in the caption line) is in the county's park (在这里) → "
    "locatedIn 洛隆县; it is an autonomous-region leading enterprise → designatedAs 自治区的龙头企业 (labelled as "
    "written; the title 自治区级龙头企业 is awarded by the region, which the text does not say).",
    "Person: 四郎扎巴, 车间副主任 of the firm's line → worksFor (title 车间副主任); his wife is unnamed.",
    "Not annotated: 青稞米生产线 and 泡菜车间 (a working line and a workshop of the firm, as dev16's 车间), 脱贫攻坚, "
    "乡村振兴 (named only as the aims of 推动…有效衔接, no body runs them here), 易地扶贫搬迁 (describes the people), "
    "茶马古道, “藏东粮仓” (a historic route and a nickname).",
    "Values: none. 18家企业, 400人 belong to the unnamed park; 2800元, 2400元, 6万多 are wages; 50多种 products.",
]
