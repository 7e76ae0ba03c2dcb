ENTITIES = [
    ("rmt", "Institution", "丹东市融媒体中心", []),
    ("c1", "Company", "辽宁五一八内燃机配件有限公司", []),
    (
        "p1",
        "Project",
        "辽宁五一八内燃机配件有限公司大型镦锻曲轴生产线建设项目",
        ["大型镦锻曲轴生产线建设项目", "大型镦锻曲轴生产线项目"],
    ),
    ("c2", "Company", "丹东沐庠食品有限公司", []),
    ("p2", "Project", "丹东沐庠食品有限公司新建水产品加工项目", ["水产品加工项目"]),
    ("hz", "Zone", "丹东边境经济合作区", ["合作区"]),
    ("yq", "Zone", "合作区新区装备制造园", []),
]
P2 = "在合作区新区装备制造园,总投资6000万元的丹东沐庠食品有限公司新建水产品加工项目也施工正酣"
RELATIONS = [
    ("c1", "operates", "p1", "记者在辽宁五一八内燃机配件有限公司大型镦锻曲轴生产线建设项目现场看到"),
    ("c2", "operates", "p2", P2),
    ("p2", "locatedIn", "yq", P2),
    ("yq", "locatedIn", "hz", P2),
]
VALUES = [
    ("p1", "totalInvestment", 500000000, "CNY", "大型镦锻曲轴生产线项目总投资5亿元"),
    ("p1", "annualOutputValue", 300000000, "CNY", "预计年新增产值3亿元"),
    ("p2", "totalInvestment", 60000000, "CNY", P2),
    ("p2", "annualOutputValue", 100000000, "CNY", "年产值1亿元"),
    ("hz", "projectsStarted", 57, "project", "合作区实现500万元以上重点项目开复工57个"),
    ("hz", "totalInvestment", 20240000000, "CNY", "开复工57个,总投资202.4亿元"),
    ("hz", "fixedAssetInvestment", 1670000000, "CNY", "上半年完成固定资产投资16.7亿元"),
]
NOTES = [
    "Source: yljzc.com (鸭绿江之窗, 开放丹东), 2024-08-19, 消息来源 丹东市融媒体中心. Headline, date and source line kept "
    "(time of day dropped), the two 图片 placeholders dropped. Cut after the fourth paragraph (…同比增长7%。): the fifth "
    "breaks off in the stored copy.",
    "Source: 丹东市融媒体中心, the city's media centre → Institution (media, as newspapers). The reporter is not named.",
    "Places: 丹东 occurs only inside the firm's and the media centre's names (rule 5): no City. 合作区 is 丹东边境经济合作区 "
    "(the article's own zone, as 市委 is the article's city, rule 1): Zone labelled with its full name, written 合作区. "
    "合作区新区装备制造园 (a park in the zone's new district) → Zone, labelled as written, locatedIn the zone.",
    "Projects: the crankshaft line of 辽宁五一八内燃机配件有限公司 (the firm's name + the project's, as dev13's 锦盛药业 "
    "project; shorter forms aliases) → operates; the firm's 水产品加工项目 (总投资6000万元的 firm + project) → operates, "
    "locatedIn the park. No investsIn: neither sentence says who invests.",
    "Values: project investments (5亿, 6000万) and expected output values (3亿, 1亿); the zone's 57 projects started, "
    "202.4亿 total and 16.7亿 fixed-asset investment. Not values: 7600万 spent on equipment, areas, tons, taxes, the split "
    "into new and resumed projects, rates.",
]
