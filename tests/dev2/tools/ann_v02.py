ENTITIES = [
    ("wz", "City", "梧州市", ["梧州"]),
    ("gx", "Province", "广西壮族自治区", []),
    ("gxdw", "GovernmentBody", "中共广西壮族自治区委员会", ["广西壮族自治区党委"]),
    ("gxzf", "GovernmentBody", "广西壮族自治区人民政府", ["政府"]),
    ("wzsw", "GovernmentBody", "中共梧州市委", ["梧州市委"]),
    (
        "ev",
        "Event",
        "庆祝建党100周年梧州市2021年第二季度重大项目集中开竣工暨金海1050毫米不锈钢全连轧绿色生产线项目开工仪式",
        ["庆祝建党100周年梧州市2021年第二季度重大项目集中开竣工", "本次活动"],
    ),
    ("zone", "Zone", "梧州市不锈钢制品产业园区", []),
    ("prog", "Programme", "“攻坚二季度 实现双过半”", ["攻坚二季度 实现双过半"]),
    ("jls", "Person", "蒋连生", []),
    ("jh", "Project", "金海1050毫米不锈钢全连轧绿色生产线项目", ["该项目"]),
    ("p1", "Project", "岑溪市宸龙源纺织服装集聚区项目", []),
    ("p2", "Project", "广西宏胜陶瓷有限公司技改项目", []),
    ("hs", "Company", "广西宏胜陶瓷有限公司", []),
    ("p3", "Project", "田七家化项目", []),
    ("p4", "Project", "京东(梧州)数字产业园", []),
    ("p5", "Project", "修正梧州医药贸易流通总部", []),
    ("p6", "Project", "高旺大桥", []),
    ("p7", "Project", "蒙山县古皂水库工程", []),
    ("p8", "Project", "梧州医学高等专科学校(二期)", []),
    ("p9", "Project", "岑溪市滨江石文化公园项目", []),
    ("p10", "Project", "梧州大酒店升级改造项目", []),
]
EV = "金海1050毫米不锈钢全连轧绿色生产线项目开工仪式,在梧州市不锈钢制品产业园区举行"
BUS = "主要有岑溪市宸龙源纺织服装集聚区项目、广西宏胜陶瓷有限公司技改项目、田七家化项目、京东(梧州)数字产业园、修正梧州医药贸易流通总部等"
INF = "主要包括高旺大桥、蒙山县古皂水库工程等"
SOC = "主要包括梧州医学高等专科学校(二期)、岑溪市滨江石文化公园项目、梧州大酒店升级改造项目等"
WHERE = {
    "p1": BUS,
    "p2": BUS,
    "p3": BUS,
    "p4": BUS,
    "p5": BUS,
    "p6": INF,
    "p7": INF,
    "p8": SOC,
    "p9": SOC,
    "p10": SOC,
}
RELATIONS = (
    [
        ("ev", "locatedIn", "zone", EV),
        ("zone", "locatedIn", "wz", "梧州市不锈钢制品产业园区"),
        ("wz", "partOf", "gx", "梧州市贯彻落实广西壮族自治区党委"),
        ("gxdw", "locatedIn", "gx", "广西壮族自治区党委、政府"),
        ("gxzf", "locatedIn", "gx", "广西壮族自治区党委、政府"),
        ("wzsw", "locatedIn", "wz", "梧州市委书记蒋连生"),
        ("gxdw", "implements", "prog", "广西壮族自治区党委、政府“攻坚二季度 实现双过半”工作部署"),
        ("gxzf", "implements", "prog", "广西壮族自治区党委、政府“攻坚二季度 实现双过半”工作部署"),
        ("wz", "implements", "prog", "梧州市贯彻落实广西壮族自治区党委、政府“攻坚二季度 实现双过半”工作部署"),
        ("jls", "worksFor", "wzsw", "梧州市委书记蒋连生", {"title": "市委书记"}),
        ("jls", "participatesIn", "ev", "梧州市委书记蒋连生宣布金海1050毫米不锈钢全连轧绿色生产线项目开工"),
        ("jh", "participatesIn", "ev", EV),
        ("jh", "locatedIn", "zone", EV),
        ("hs", "operates", "p2", "广西宏胜陶瓷有限公司技改项目"),
    ]
    + [(p, "participatesIn", "ev", WHERE[p]) for p in WHERE]
    + [(p, "locatedIn", "wz", WHERE[p]) for p in WHERE]
)
VALUES = [
    ("ev", "projectCount", 72, "project", "集中开竣工项目共72个"),
    ("ev", "totalInvestment", 32683000000, "CNY", "总投资326.83亿元"),
    ("ev", "annualPlannedInvestment", 6274000000, "CNY", "年度计划投资约62.74亿元"),
]
NOTES = [
    "Province 广西 (the text writes 广西壮族自治区), city 梧州市. The page date is 2021-07-05 and the text says 日前, "
    "so the ceremony date is not given exactly; no date on the relations.",
    "广西壮族自治区党委、政府 names two bodies; 政府 is the written form of the second, so it is its alias.",
    "“攻坚二季度 实现双过半” is a regional campaign (工作部署) of the autonomous-region party committee and government; "
    "梧州市 贯彻落实 it, so all three implement it.",
    "Places inside project names (岑溪市, 蒙山县, 梧州 in 京东(梧州)…) are not entities (rule 5); those projects are "
    "located in 梧州市, the most specific place entity. 金海 and 田七家化, 京东, 修正 appear only inside project "
    "names: no Company nodes. 广西宏胜陶瓷有限公司 is written in full with its suffix, so it is a Company that "
    "operates its 技改项目.",
    "京东(梧州)数字产业园, 修正梧州医药贸易流通总部, 高旺大桥, 梧州医学高等专科学校(二期) are listed as projects of the "
    "batch and typed Project (the school's second phase is a construction project).",
    "The listed projects take part in the batch start ceremony (participatesIn the Event).",
    "Cleaning: the page's 时间/来源/作者/字号 line was dropped; the text ends at the last complete sentence of the "
    "project list (the page continued with the sub-venues, cut mid-list).",
]
