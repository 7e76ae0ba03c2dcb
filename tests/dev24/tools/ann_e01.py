LEAD = "9月20日,大连市普兰店区举行招商引资推介暨合作项目集中签约仪式,总投资259.97亿元的20个大项目成功签约"
RULES = "今年8月,大连市普兰店区出台了《普兰店区招商引资奖励办法》"
FUND = "办法规定,每年将安排3亿元作为产业发展专项资金,给予投资补助"
SET_UP = "国务院正式批复同意撤销普兰店市设立大连市普兰店区"
ENTITIES = [
    ("dl", "City", "大连市", ["大连"]),
    ("pld", "District", "普兰店区", ["大连市普兰店区", "普兰店"]),
    ("old", "District", "普兰店市", []),
    ("gwy", "GovernmentBody", "国务院", []),
    ("ev", "Event", "招商引资推介暨合作项目集中签约仪式", []),
    ("rules", "Programme", "普兰店区招商引资奖励办法", []),
    ("fund", "Programme", "产业发展专项资金", []),
    ("dfl", "Company", "上海东方龙商务集团", []),
    ("cnr", "Institution", "央广网", []),
    ("zyb", "Person", "周永斌", []),
    ("cy", "Person", "崔严", []),
]
RELATIONS = [
    ("pld", "partOf", "dl", LEAD),
    ("pld", "organizes", "ev", LEAD),
    ("ev", "locatedIn", "pld", LEAD),
    ("pld", "implements", "rules", RULES),
    ("fund", "partOf", "rules", FUND),
]
VALUES = [
    ("ev", "date", "2018-09-20", "xsd:date", LEAD),
    ("ev", "signedProjectCount", 20, "project", LEAD),
    ("ev", "signedTotalInvestment", 25997000000, "CNY", LEAD),
    ("pld", "projectsInTalks", 52, "project", "普兰店区内资在谈项目52个,总投资额约300亿元"),
    ("pld", "investmentInTalks", 30000000000, "CNY", "普兰店区内资在谈项目52个,总投资额约300亿元"),
    ("pld", "plannedProjects", 33, "project", "拟建项目33个,预计投资228.3亿元"),
    ("pld", "plannedInvestment", 22830000000, "CNY", "拟建项目33个,预计投资228.3亿元"),
    ("pld", "projectsUnderConstruction", 17, "project", "在建项目17个,预计投资107.1亿元"),
    ("pld", "investmentUnderConstruction", 10710000000, "CNY", "在建项目17个,预计投资107.1亿元"),
    ("pld", "foreignProjectsInTalks", 7, "project", "外资在谈项目有7个,总投资额约2.53亿美元"),
    ("pld", "foreignInvestmentInTalks", 253000000, "USD", "外资在谈项目有7个,总投资额约2.53亿美元"),
    ("pld", "foreignProjectsUnderConstruction", 2, "project", "在建项目2个,计划投资5.35亿美元"),
    ("pld", "foreignInvestmentUnderConstruction", 535000000, "USD", "在建项目2个,计划投资5.35亿美元"),
    ("pld", "foreignPlannedProjects", 1, "project", "拟建项目1个,计划投资2.01亿美元"),
    ("pld", "foreignPlannedInvestment", 201000000, "USD", "拟建项目1个,计划投资2.01亿美元"),
    ("fund", "annualAmount", 300000000, "CNY", FUND),
    (
        "pld",
        "established",
        "2015-10-13",
        "xsd:date",
        "2015年10月13日,国务院正式批复同意撤销普兰店市设立大连市普兰店区",
    ),
    ("dl", "urbanAreaBefore", 2415, "km2", "大连市主城区面积由原来的2415平方公里增加到5569平方公里"),
    ("dl", "urbanArea", 5569, "km2", "大连市主城区面积由原来的2415平方公里增加到5569平方公里"),
]
NOTES = [
    "Source: dl.cnr.cn (央广网, 大连), 2018-09-21; the signing on 9月20日 (2018). Headline and date line kept; the site "
    "name, the repeated headline, the 来源 label, the editor line (编辑: 张四清) and 关闭 dropped; the body is complete.",
    "Places: 大连市普兰店区 (普兰店区, 普兰店) → District partOf 大连市 (大连). 普兰店市, the county-level city abolished in "
    "2015 (撤销普兰店市设立大连市普兰店区), is named on its own → District, no partOf (the present division list has no "
    "such unit; its parent is not written). 新大连 (a figure of speech) is no place. 辽宁 is not written: no Province.",
    "Event: 招商引资推介暨合作项目集中签约仪式, held by the district (普兰店区举行…, as dev17 q02's 葫蘆島市舉行) → "
    "organizes and locatedIn 普兰店区; date 2018-09-20; the 20 signed projects and their 259.97亿元 are the event's "
    "values (no signed project is named).",
    "Programmes: 《普兰店区招商引资奖励办法》 (a policy document the district issued, 出台) → implements; the "
    "产业发展专项资金 it sets up (办法规定…3亿元作为产业发展专项资金) → Programme partOf the rules, 3亿元 a year as its "
    "value. 平台招商新模式 is a way of working, not a named programme.",
    "Firm: 上海东方龙商务集团 (a commercial platform the district works with) → Company; 联手探索 is no schema relation. "
    "国务院 (批复) → GovernmentBody; approving is no schema relation.",
    "Byline: 央广网 (the outlet, written in the dateline 央广网大连9月21日消息) → Institution; 通讯员 周永斌, 崔严 → Person "
    "(通讯员 are contributors, not said to work for the outlet: no worksFor).",
    "Values: the district's pipeline (内资 52 in talks / 300亿元, 33 planned / 228.3亿元, 17 under construction / "
    "107.1亿元; 外资 7 / 2.53亿美元, 2 / 5.35亿美元, 1 / 2.01亿美元), the fund's 3亿元 a year, the district's founding "
    "date (批复 2015-10-13) and 大连市's main urban area 2415 → 5569 km². Not values: 一倍多 (a ratio).",
]
