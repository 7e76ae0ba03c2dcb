ENTITIES = [
    ("ln", "Province", "辽宁省", ["辽宁"]),
    ("ly", "City", "辽阳市", ["辽阳"]),
    ("dt", "District", "灯塔市", ["全市"]),
    ("tx", "Town", "佟二堡镇", ["佟二堡"]),
    ("hz", "Town", "铧子镇", ["铧子"]),
    ("xdy", "Town", "西大窑镇", ["西大窑"]),
    ("p1", "Project", "忠旺二期项目", []),
    ("p2", "Project", "佟二堡5万平方米电商大厦", ["电商大厦"]),
    ("p3", "Project", "辽宁靖帆新材料项目", []),
    ("p4", "Project", "辽宁汇普钢构项目", []),
    ("prog", "Programme", "生态环境建设年活动", []),
    ("zth", "Event", "深入推进东北振兴座谈会", []),
    ("xjp", "Person", "习近平", []),
]
XI = "习近平总书记在辽宁、辽阳考察时和在深入推进东北振兴座谈会上的重要讲话精神"
RELATIONS = [
    ("dt", "partOf", "ly", "辽阳灯塔市深入贯彻落实"),
    ("ly", "partOf", "ln", XI),
    ("tx", "partOf", "dt", "佟二堡5万平方米电商大厦招商成功"),
    ("hz", "partOf", "dt", "铧子、西大窑两个采煤沉陷区变成了风景区"),
    ("xdy", "partOf", "dt", "铧子、西大窑两个采煤沉陷区变成了风景区"),
    ("p1", "locatedIn", "dt", "忠旺二期项目占地4平方公里"),
    ("p2", "locatedIn", "tx", "佟二堡5万平方米电商大厦招商成功"),
    ("p3", "locatedIn", "dt", "辽宁靖帆新材料项目、辽宁汇普钢构项目等都已开工"),
    ("p4", "locatedIn", "dt", "辽宁靖帆新材料项目、辽宁汇普钢构项目等都已开工"),
    ("dt", "implements", "prog", "积极开展生态环境建设年活动"),
    ("xjp", "participatesIn", "zth", XI),
]
VALUES = [
    ("dt", "gdp", 6530000000, "CNY", "地区生产总值预计实现65.3亿元,同比增长7%"),
    ("dt", "gdpGrowth", 7, "%", "地区生产总值预计实现65.3亿元,同比增长7%"),
    ("dt", "fixedAssetInvestment", 2130000000, "CNY", "固定资产投资预计实现21.3亿元,同比增长1%"),
    ("dt", "fixedAssetInvestmentGrowth", 1, "%", "固定资产投资预计实现21.3亿元,同比增长1%"),
    ("dt", "fiscalRevenue", 820000000, "CNY", "一般公共财政收入实现8.2亿元,同比增长6.1%"),
    ("dt", "fiscalRevenueGrowth", 6.1, "%", "一般公共财政收入实现8.2亿元,同比增长6.1%"),
    ("dt", "electricityGrowth", 8, "%", "地区用电量增长8%左右"),
    ("p1", "area", 4, "km2", "忠旺二期项目占地4平方公里"),
    ("p2", "floorArea", 50000, "m2", "佟二堡5万平方米电商大厦"),
    ("dt", "treesPlanted", 720000, "tree", "春季植树72万株"),
]
NOTES = [
    "Source: liaoning.news.163.com (网易辽宁), 2019-07-26, original headline 灯塔市:项目生态两手抓 经济形势稳中向好 (the "
    "“(原标题:…)” wrapper dropped, the headline kept); the sub-headline kept. The stored copy breaks off in the last "
    "paragraph (下半年,辽阳灯塔市将大干第三季度…确保4个5亿元以上投资的新), which was dropped.",
    "Places: 灯塔市 is a county-level city of 辽阳市 (District), written 辽阳灯塔市; 全市 (全市掀起绿化热潮) is 灯塔市. "
    "辽宁 and 辽阳 are written on their own (在辽宁、辽阳考察) → Province 辽宁省, City 辽阳市, partOf by the division list. "
    "佟二堡, 铧子, 西大窑 are towns of 灯塔市 written by their bare names (佟二堡的皮装销售; 铧子、西大窑两个采煤沉陷区) → "
    "Town, labelled with the formal 镇 name, partOf 灯塔市.",
    "Projects: 忠旺二期项目, 辽宁靖帆新材料项目, 辽宁汇普钢构项目 (named projects of the city's review; locatedIn 灯塔市). "
    "佟二堡5万平方米电商大厦: judgement, a named building listed among the 亿元以上投资重点项目 → Project, locatedIn the town "
    "(its name starts with the place). 忠旺两大项目 is a count, not a name. The firm 忠旺 and the 辽宁靖帆/汇普 firms occur "
    "only as heads of project names: not annotated (as dev10).",
    "Programme 生态环境建设年活动: the city 开展 it → implements. Not annotated: “三分法” (a sorting method), 两条主线 "
    "(slogan), the 采煤沉陷区 and 风景区 (unnamed).",
    "Event 深入推进东北振兴座谈会: a named meeting at which 习近平 spoke (重要讲话) → participatesIn. The 考察 in 辽宁、辽阳 "
    "is a tour, not a gathering.",
    "Values: the city's half-year GDP, fixed-asset investment and fiscal revenue (each written twice: sub-headline and "
    "body; one value each), growth rates, electricity growth, the project's 4 km², the building's 5万平方米, 72万 trees. "
    "Not values: 2000多直播商户 and their 12亿元 (owners not entities), 预售60%-90%.",
]
