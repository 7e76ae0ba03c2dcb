ENTITIES = [
    ("cy", "City", "朝阳市", []),
    ("lc", "District", "龙城区", ["全区"]),
    ("ev", "Event", "重点项目集中开工暨浪马高性能绿色环保节能型轮胎项目开工仪式", ["集中开工仪式"]),
    ("p1", "Project", "浪马高性能绿色环保节能型轮胎项目", []),
    ("lm", "Company", "浪马轮胎", []),
]
LEAD = "朝阳市龙城区举行重点项目集中开工暨浪马高性能绿色环保节能型轮胎项目开工仪式,8个项目集中开工,总投资12.43亿元"
RELATIONS = [
    ("lc", "partOf", "cy", LEAD),
    ("lc", "organizes", "ev", LEAD),
    ("ev", "locatedIn", "lc", LEAD),
    ("p1", "participatesIn", "ev", LEAD),
    ("p1", "locatedIn", "lc", LEAD),
    ("lm", "operates", "p1", "届时,浪马轮胎年产能将提升至520万套"),
]
VALUES = [
    ("ev", "projectCount", 8, "project", LEAD),
    ("ev", "totalInvestment", 1243000000, "CNY", LEAD),
    ("lc", "projectsStarted", 130, "project", "前三季度,全区开复工项目130个,总投资达228.5亿元"),
    ("lc", "startedInvestment", 22850000000, "CNY", "前三季度,全区开复工项目130个,总投资达228.5亿元"),
    ("lc", "newProjects", 47, "project", "其中新开工项目47个,总投资70.5亿元"),
    ("lc", "newProjectsInvestment", 7050000000, "CNY", "其中新开工项目47个,总投资70.5亿元"),
    ("lc", "continuedProjects", 83, "project", "续建项目83个,总投资158亿元"),
    ("lc", "continuedInvestment", 15800000000, "CNY", "续建项目83个,总投资158亿元"),
    ("p1", "annualOutput", 1485000000, "CNY", "将新增产能120万套,实现产值14.85亿元"),
    ("p1", "addedCapacity", 1200000, "set", "将新增产能120万套,实现产值14.85亿元"),
]
NOTES = [
    "Source: zzfzl.org.cn (组织法治网, a reposting site); no date or year in the stored text or page (the site's greeting "
    "line dropped). The ceremony on 10月23日 of an unstated year: no date value is given.",
    "Places: 朝阳市龙城区 → City 朝阳市 and District 龙城区 (全区 is it), partOf by the division list.",
    "Event: the district's collective start ceremony, labelled with the longest written form (the district is its "
    "organiser: 龙城区举行 → organizes, locatedIn); 此次集中开工仪式 is an alias. The named project started at it → "
    "participatesIn; the other seven of the 8 are unnamed.",
    "浪马轮胎 (the firm by its trade name: 浪马轮胎年产能将提升) → Company; its capacity grows by the project, whose name it "
    "heads → operates (judgement). Not annotated: “项目为王”理念 (a slogan), 重点产业集群 (generic).",
    "Values: the ceremony's 8 projects and 12.43亿元; the district's year-to-date starts (130 / 228.5亿元, new 47 / 70.5亿元, "
    "continued 83 / 158亿元); the project's 120万套 new capacity and 14.85亿元 output. The firm's totals after it "
    "(520万套, 65亿元) are not annotated (the firm's future totals, no plain value owner - judgement).",
]
