ENTITIES = [
    ("cq", "Town", "城前镇", []),
    ("qd", "City", "青岛市", ["青岛"]),
    ("bj", "Province", "北京市", ["北京"]),
    ("sh", "Province", "上海市", ["上海"]),
    ("sbt", "Zone", "十八趟景区", ["城前镇十八趟景区"]),
    ("p1", "Project", "十八趟望云度假山庄建设项目", []),
    ("p2", "Project", "恒润昌新能源科技项目", []),
    ("p3", "Project", "城前大厦建设项目", []),
    ("c1", "Company", "青岛望云旅游度假有限公司", []),
    ("c2", "Company", "北京晨夕立华新能源科技有限公司", []),
    ("c3", "Company", "浙江浦江晟宇工贸有限公司", []),
]
RELATIONS = [
    ("sbt", "locatedIn", "cq", "该项目位于城前镇十八趟景区内"),
    ("p1", "locatedIn", "sbt", "该项目位于城前镇十八趟景区内"),
    ("p3", "locatedIn", "cq", "项目位于城前镇驻地"),
    (
        "c1",
        "investsIn",
        "p1",
        "十八趟望云度假山庄建设项目由青岛望云旅游度假有限公司投资5亿元建设",
        {"amount": {"value": 500000000, "unit": "CNY"}},
    ),
    (
        "c2",
        "investsIn",
        "p2",
        "恒润昌新能源科技项目由北京晨夕立华新能源科技有限公司总投资约2.1亿元建设",
        {"amount": {"value": 210000000, "unit": "CNY"}},
    ),
    (
        "c3",
        "investsIn",
        "p3",
        "城前大厦建设项目由浙江浦江晟宇工贸有限公司投资1.1亿元建设",
        {"amount": {"value": 110000000, "unit": "CNY"}},
    ),
]
VALUES = [
    ("cq", "projectsSigned", 12, "project", "新能源科技等高效益产业项目12个"),
    ("p1", "totalInvestment", 500000000, "CNY", "由青岛望云旅游度假有限公司投资5亿元建设"),
    ("p1", "plannedArea", 1200, "mu", "总规划用地1200余亩"),
    ("p2", "totalInvestment", 210000000, "CNY", "总投资约2.1亿元建设"),
    ("p2", "floorArea", 14200, "m2", "总建筑面积约14200平方米以上"),
    ("p3", "totalInvestment", 110000000, "CNY", "由浙江浦江晟宇工贸有限公司投资1.1亿元建设"),
    ("p3", "floorArea", 11000, "m2", "总建筑面积约11000平方米"),
]
NOTES = [
    "Source: nwzfk.com (招商动态, dated 2017-02-27) repost of a report on 城前镇 (邹城市, 济宁, 山东; neither the city "
    "nor the province is written). Dropped: the '| 招商动态 |2017-02-27' line and the byline (文字报道:…).",
    "Places: 城前镇 (Town); 青岛 (City 青岛市), 北京 and 上海 (municipalities → Province) are named as the places the "
    "teams went to (赴青岛、北京、上海). They are not the projects' places, so no locatedIn to them. 浙江 occurs only "
    "in a company name. 蓝陵公园 (a park used as a landmark) is not annotated.",
    "十八趟景区 is a scenic area → Zone, in 城前镇 (城前镇十八趟景区). The resort project lies in it (most specific "
    "place, rule 6); 城前大厦建设项目 lies in 城前镇 (城前镇驻地). The new-energy project's place is not given.",
    "Three projects named of the 12 signed, each with its investor and amount (由X投资N亿元建设 → investsIn). No "
    "Event: the teams' 专题招商活动 in three cities are not one dated gathering. The functional areas (生态种植区 …) "
    "are generic.",
]
