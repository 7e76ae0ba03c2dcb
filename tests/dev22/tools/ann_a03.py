LEAD = (
    "广东东莞市27日举行2018年全市重大项目建设“百日攻坚”大会战现场会暨首批项目集中开工仪式,首批28个项目集中开工,"
    "共计投资169亿元"
)
PLAN = "东莞近日印发《全市重大项目建设“百日攻坚”大会战行动方案》"
GOAL = "东莞将开展重大项目建设“百日攻坚”大会战行动,力争完成投资250亿元,实现55个项目开工、30个项目竣工投产"
NB = "中外合资企业南玻集团下属公司东莞南玻光伏科技有限公司将增资2.2亿元"
YH = "全球500强的知名外资企业益海嘉里增资扩产,建设面粉三期项目"
SPLIT = "此次首批集中开工的28个项目包括22个产业项目,6个社会民生和基础设施项目"
ENTITIES = [
    ("gd", "Province", "广东省", ["广东"]),
    ("dg", "City", "东莞市", ["东莞"]),
    (
        "ev",
        "Event",
        "2018年全市重大项目建设“百日攻坚”大会战现场会暨首批项目集中开工仪式",
        ["开工仪式"],
    ),
    (
        "pg",
        "Programme",
        "全市重大项目建设“百日攻坚”大会战行动方案",
        ["重大项目建设“百日攻坚”大会战行动", "“百日攻坚”大会战"],
    ),
    ("nbg", "Company", "南玻集团", []),
    ("nbgf", "Company", "东莞南玻光伏科技有限公司", []),
    ("yh", "Company", "益海嘉里", []),
    ("p1", "Project", "面粉三期项目", []),
    ("xyf", "Person", "肖亚非", []),
]
RELATIONS = [
    ("dg", "partOf", "gd", LEAD),
    ("dg", "organizes", "ev", LEAD),
    ("ev", "locatedIn", "dg", LEAD),
    ("dg", "implements", "pg", PLAN),
    ("yh", "operates", "p1", YH),
]
VALUES = [
    ("ev", "projectCount", 28, "project", LEAD),
    ("ev", "totalInvestment", 16900000000, "CNY", LEAD),
    ("ev", "industrialProjectCount", 22, "project", SPLIT),
    ("ev", "livelihoodProjectCount", 6, "project", SPLIT),
    ("pg", "targetInvestment", 25000000000, "CNY", GOAL),
    ("pg", "targetStarts", 55, "project", GOAL),
    ("pg", "targetCompletions", 30, "project", GOAL),
    ("nbgf", "capitalIncrease", 220000000, "CNY", NB),
]
NOTES = [
    "Source: guangdong.chinagdp.org (a repost, site date 2018-10-12); the ceremony on 27日 of a month the text does not "
    "give (the campaign runs from mid-September): no date value. Headline kept; the site's 来源/time line, the "
    "previous/next links and the site's contact block dropped; the body is complete.",
    "Places: 广东 (written on its own before 东莞市) → Province 广东省; 东莞市 (东莞) → City partOf it.",
    "Event: the ceremony's full name as written (开工仪式 an alias); 东莞市 holds it (举行) → organizes, locatedIn 东莞市. "
    "28 projects (22 industrial, 6 livelihood/infrastructure), 169亿元.",
    "Programme: the campaign's plan 《全市重大项目建设“百日攻坚”大会战行动方案》, issued by 东莞 (印发) → implements; the "
    "campaign named without 方案 and “百日攻坚”大会战 are its aliases (one campaign). Its targets: 250亿元, 55 starts, "
    "30 completions.",
    "Firms: 南玻集团 and its subsidiary 东莞南玻光伏科技有限公司 (增资2.2亿元; no project named) → Company; a subsidiary "
    "is no relation of the schema. 益海嘉里 (a firm's trade name) builds 面粉三期项目 → operates. No firm is placed by "
    "the text (a firm named after the city is not located there by its name).",
    "Person: 东莞市长肖亚非 → Person; 市政府 is not written, so no worksFor (rule 2). The reporter is unnamed.",
    "Not annotated: “世界工厂” (a nickname), 战略性新兴产业领域, the second batch of 27 projects (a later start).",
]
