LEAD = "10月26日,石柱县2023年第四季度重点项目集中开工仪式举行,32个项目集中开工"
WL = "其中,万力联兴迁建项目计划总投资1.8亿元"
YD = "渝东阀门生产项目总投资3000万元"
EV = "石柱县2023年第四季度重点项目集中开工仪式"
ENTITIES = [
    ("sz", "District", "石柱土家族自治县", ["石柱县", "石柱"]),
    ("ev", "Event", EV, []),
    ("p1", "Project", "万力联兴迁建项目", []),
    ("p2", "Project", "渝东阀门生产项目", []),
    ("zcy", "Person", "周传勇", []),
]
RELATIONS = [
    ("ev", "locatedIn", "sz", LEAD),
    ("p1", "participatesIn", "ev", WL),
    ("p2", "participatesIn", "ev", YD),
    ("p1", "locatedIn", "sz", WL),
    ("p2", "locatedIn", "sz", YD),
]
VALUES = [
    ("ev", "date", "2023-10-26", "xsd:date", LEAD),
    ("sz", "startedProjectCount", 32, "project", "32个项目集中开工"),
    ("sz", "startedTotalInvestment", 3100000000, "CNY", "总投资约31亿元"),
    ("sz", "startedAnnualPlannedInvestment", 1040000000, "CNY", "年度计划投资约10.4亿元"),
    ("p1", "totalInvestment", 180000000, "CNY", WL),
    ("p1", "landArea", 40000, "m2", "占地60亩"),
    ("p1", "capacity", 3500000, "套", "年产350万套汽车燃油泵"),
    ("p1", "capacity", 1500000, "套", "150万套电子水泵"),
    ("p1", "outputValue", 350000000, "CNY", "预计年产值达3.5亿元"),
    ("p1", "jobs", 600, "person", "解决600人以上的就业问题"),
    ("p2", "totalInvestment", 30000000, "CNY", YD),
    ("p2", "floorArea", 4500, "m2", "面积约4500平方米"),
    ("p2", "outputValue", 35000000, "CNY", "达产后将实现年产值3500万元以上"),
]
NOTES = [
    "Source: epaper.cqrb.cn (重庆日报, 2023-10-30, page 001). No headline on the stored page; the body is complete. The "
    "year of 10月26日 is the article's (2023年第四季度).",
    "Places: 石柱县 (石柱) → District 石柱土家族自治县 (its full name; the written forms as aliases). 重庆 is not written "
    "(本报讯 only): no City/Province, no partOf.",
    "Event: 石柱县2023年第四季度重点项目集中开工仪式 (…仪式举行, no organiser written, as dev11 s02) → Event locatedIn the "
    "county, dated 2023-10-26.",
    "Projects: 万力联兴迁建项目 and 渝东阀门生产项目, the two named of the 32 (其中) → Project, participatesIn the "
    "ceremony (projects started at it, as dev14 r02; 渝东阀门 is listed among them although its works begin in "
    "November), locatedIn the county. The firms are written only inside the projects' names: no Company.",
    "Byline: 记者 周传勇 → Person; the paper is only 本报: no worksFor.",
    "Values: date; the batch's 32 projects, 31亿元, 10.4亿元 (on the county, as dev21 g05 puts a batch's sum on its "
    "place); 万力联兴: 1.8亿元, 60亩 ≈ 40,000 m2, 3.5 and 1.5 million sets a year, 3.5亿元 output, 600 jobs; 渝东阀门: "
    "3000万元, 4500 m2, 3500万元 output. Not values: 11月, 2024年1月 (planned dates).",
]
