RY = "如意航空计划在金山投资建设CH2000无人机研发制造项目,并参加了市政府举行的2022年度首次外资项目集中签约仪式"
CAP = "该项目计划年产量约300架左右,项目总投资1.61亿美元,计划2024年投产"
JS = "金山工业区已经有5个项目成功签约,总投资34.4亿元,其中外资项目2个,总投资额约2亿美元"
LG = (
    "日前,浦东老港镇人民政府与上海张江(集团)有限公司、上海城投老港基地管理有限公司、中交公路规划设计院有限公司、"
    "上海农商银行临港新片区支行、上海春秋旅行社有限公司等5家重点企业共同举办“携手共前行 建功引领区”签约仪式"
)
ENTITIES = [
    ("js", "District", "金山区", ["金山"]),
    ("shzf", "GovernmentBody", "上海市人民政府", ["市政府"]),
    ("ry", "Company", "如意航空", []),
    ("p1", "Project", "CH2000无人机研发制造项目", []),
    ("ev1", "Event", "2022年度首次外资项目集中签约仪式", []),
    ("jsz", "Zone", "金山工业区", []),
    ("ty", "Person", "屠瑜", []),
    ("pd", "District", "浦东新区", ["浦东"]),
    ("lg", "Town", "老港镇", []),
    ("lgzf", "GovernmentBody", "浦东老港镇人民政府", ["老港镇人民政府"]),
    ("c1", "Company", "上海张江(集团)有限公司", []),
    ("c2", "Company", "上海城投老港基地管理有限公司", []),
    ("c3", "Company", "中交公路规划设计院有限公司", []),
    ("c4", "Company", "上海农商银行临港新片区支行", []),
    ("c5", "Company", "上海春秋旅行社有限公司", []),
    ("ev2", "Event", "“携手共前行 建功引领区”签约仪式", []),
    ("snh", "Person", "宋宁华", []),
]
RELATIONS = (
    [
        ("ry", "investsIn", "p1", RY),
        ("ry", "operates", "p1", RY),
        ("p1", "locatedIn", "js", RY),
        ("ry", "participatesIn", "ev1", RY),
        ("shzf", "organizes", "ev1", RY),
        ("jsz", "locatedIn", "js", JS),
        ("lg", "partOf", "pd", LG),
        ("lgzf", "locatedIn", "lg", LG),
        ("ev2", "locatedIn", "lg", LG),
    ]
    + [(o, "organizes", "ev2", LG) for o in ("lgzf", "c1", "c2", "c3", "c4", "c5")]
    + [(o, "participatesIn", "ev2", LG) for o in ("lgzf", "c1", "c2", "c3", "c4", "c5")]
)
VALUES = [
    ("p1", "annualCapacity", 300, "unit", CAP),
    ("p1", "totalInvestment", 161000000, "USD", CAP),
    ("p1", "plannedProduction", "2024", "xsd:gYear", CAP),
    ("jsz", "signedProjectCount", 5, "project", JS),
    ("jsz", "signedTotalInvestment", 3440000000, "CNY", JS),
    ("jsz", "foreignProjectCount", 2, "project", JS),
    ("jsz", "foreignInvestment", 200000000, "USD", JS),
]
NOTES = [
    "Source: paper.xinmin.cn (新民晚报, 2022-02-18, page 9): two district items of one column, each under its district's "
    "name (金山, 浦东) and signed by its author (屠瑜, 宋宁华). Kept as printed; nothing dropped.",
    "Places: 金山 → District 金山区; 浦东 → District 浦东新区 (a district of 上海, not a Zone here: it is written as the "
    "district's short name); 老港镇 → Town partOf 浦东新区. 上海 and 临港新片区 are written only inside firm names (rule "
    "5): no Province, no Zone. 金山工业区 → Zone, locatedIn 金山区 (named with it).",
    "Bodies: 市政府 in a 上海 paper → 上海市人民政府 (rule 1); it holds (举行) the city's first foreign-investment signing "
    "of 2022 → organizes. 浦东老港镇人民政府 (the town government, 浦东 its prefix) → GovernmentBody, locatedIn 老港镇.",
    "金山 item: 如意航空 (a firm by its short name) plans to invest in and build (投资建设) CH2000无人机研发制造项目 → "
    "investsIn (1.61亿美元 is the project's total, put on the project, not on the relation) and operates; the project "
    "locatedIn 金山区; the firm attends the city's signing (参加) → participatesIn. Values: 300 aircraft a year, 1.61亿美元, "
    "production in 2024; 金山工业区's 5 signed projects (34.4亿元; 2 foreign, about 2亿美元).",
    "浦东 item: the town government and five firms hold (共同举办) the signing ceremony “携手共前行 建功引领区” → each "
    "organizes it and, as signing parties, participatesIn it (rule 4); held by the town → locatedIn 老港镇. "
    "中交公路规划设计院有限公司 (a design institute registered as a company) and the bank branch → Company.",
    "Not annotated: the town's five 'name cards' (航天始发地, 中国雪菜之乡 …: the town's own aims, not titles awarded), the "
    "slogans (航天老港 …, 赓续航天梦,建功引领区), 隐形冠军 (a kind of firm).",
]
