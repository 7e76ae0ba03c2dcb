ENTITIES = [
    ("lsk", "District", "旅顺口区", ["旅顺"]),
    ("dl", "City", "大连市", []),
    ("ev", "Event", "旅顺口区一季度签约开工项目誓师大会", ["一季度项目签约和开工誓师大会"]),
    ("p1", "Project", "新城区商业综合体", []),
    ("p2", "Project", "中石化科学研发中心和产业化基地", []),
    ("p3", "Project", "储氢装备部件制造项目", []),
    ("p4", "Project", "城市更新医养产业提升一期工程", []),
    ("p5", "Project", "北师大旅顺实验学校", []),
    ("p6", "Project", "汽车自动化装备关键部件研制", []),
    ("kfq", "Zone", "旅顺开发区", []),
    ("lt", "Town", "龙头街道", []),
    ("ssy", "Town", "水师营街道", []),
    ("zy", "GovernmentBody", "大连市自然资源局旅顺口分局", ["自然资源分局"]),
    ("st", "GovernmentBody", "大连市生态环境局旅顺口分局", ["生态环境分局"]),
    ("lc", "Programme", "“两城两区一枢纽”", ["两城两区一枢纽"]),
    ("lxq", "Programme", "“两先区”建设", ["两先区建设", "“两先区”"]),
    ("mg", "Institution", "大连新闻传媒集团", []),
    ("tj", "Institution", "天健网", []),
    ("rh", "Person", "冉嬛", []),
]
EV = "旅顺口区举行一季度项目签约和开工誓师大会"
D = {"date": "2022-01-14"}
SIGN = "主要包括新城区商业综合体、中石化科学研发中心和产业化基地、储氢装备部件制造项目等"
START = "主要包括城市更新医养产业提升一期工程、北师大旅顺实验学校、汽车自动化装备关键部件研制等项目"
SPEAK = "旅顺开发区、龙头街道、水师营街道对推进项目建设做了表态发言"
BODY = "自然资源分局、生态环境分局对服务项目建设也提出切实可行的举措"
RELATIONS = (
    [
        ("lsk", "organizes", "ev", EV, D),
        ("ev", "locatedIn", "lsk", EV),
        ("lsk", "partOf", "dl", "为大连市“两先区”建设提供项目支撑、作出旅顺贡献"),
        ("lt", "partOf", "lsk", SPEAK),
        ("ssy", "partOf", "lsk", SPEAK),
        ("kfq", "locatedIn", "lsk", SPEAK),
        ("zy", "locatedIn", "lsk", BODY),
        ("st", "locatedIn", "lsk", BODY),
        ("lsk", "implements", "lc", "旅顺口区将聚力建设“两城两区一枢纽”"),
        ("dl", "implements", "lxq", "大连市“两先区”建设"),
        ("rh", "worksFor", "mg", "大连新闻传媒集团记者 冉嬛", {"title": "记者"}),
    ]
    + [(p, "participatesIn", "ev", SPEAK, D) for p in ["kfq", "lt", "ssy"]]
    + [(p, "participatesIn", "ev", BODY, D) for p in ["zy", "st"]]
    + [(p, "participatesIn", "ev", SIGN, D) for p in ["p1", "p2", "p3"]]
    + [(p, "participatesIn", "ev", START, D) for p in ["p4", "p5", "p6"]]
    + [
        (p, "locatedIn", "lsk", "一季度旅顺口区签约和开工项目23个")
        for p in ["p1", "p2", "p3", "p4", "p5", "p6"]
    ]
)
VALUES = [
    ("ev", "projectCount", 23, "project", "一季度旅顺口区签约和开工项目23个"),
    ("ev", "totalInvestment", 18432000000, "CNY", "总投资184.32亿元"),
    ("ev", "signedProjectCount", 13, "project", "签约项目13个"),
    ("ev", "signedTotalInvestment", 10502000000, "CNY", "总投资105.02亿元"),
    ("ev", "projectsStarted", 10, "project", "计划新开工项目10个"),
]
NOTES = [
    "Province 辽宁 (not named), city 大连市 (named once, in 大连市“两先区”建设); 旅顺口区 partOf 大连市 follows the "
    "division list. Page of 2022-01-15 (大连天健网); the rally was on 1月14日 = 2022-01-14.",
    "Event label: the longest written form (在旅顺口区一季度签约开工项目誓师大会上); the headline's form is an alias. "
    "旅顺口区 organizes it and it is located there (X举行…大会, as the dev gold does).",
    "Projects: the six listed items (主要包括…等 / …等项目) are projects named by their physical heads (商业综合体, "
    "研发中心和产业化基地, 一期工程, 学校). 北师大旅顺实验学校 is listed as a new-start project, so it is a Project "
    "here, not an Institution. The last item of 汽车自动化装备关键部件研制等项目 shares the list's 项目 head; "
    "labelled as written. 中石化 appears only inside a project name: no Company. Projects are the district's "
    "quarter batch (一季度旅顺口区签约和开工项目), so locatedIn 旅顺口区; they are the batch the rally is for, so "
    "participatesIn the Event (judgement: the text does not say each was signed at the rally).",
    "旅顺开发区, 龙头街道, 水师营街道 (街道 = Town) and the two 分局 spoke at the rally: participatesIn. The 分局 "
    "are the 大连市 bureaus' 旅顺口 branches; labels are the formal names, the written short forms aliases.",
    "“两城两区一枢纽” (旅顺口区 将聚力建设) and “两先区”建设 (大连市's goal) are development goals typed Programme, "
    "as d07's “强富美高”新扬州建设; “开门红” is a slogan, not annotated.",
    "Media: 天健网 (the outlet) and 大连新闻传媒集团 (the reporter's employer) are Institutions; 冉嬛 worksFor the "
    "group, title 记者.",
    "Cleaning: the date/source line (2022-01-15 19:13来源:大连天健网) and the editor line (编辑:姜贇) were removed; "
    "the headline is kept.",
]
