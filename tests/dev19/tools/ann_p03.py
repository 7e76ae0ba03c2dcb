ENTITIES = [
    ("qh", "Province", "青海省", ["青海", "我省"]),
    ("hx", "City", "海西蒙古族藏族自治州", ["海西地区"]),
    ("dl", "District", "都兰县", ["都兰"]),
    ("zj", "Town", "宗加镇", []),
    ("xrd", "Town", "香日德镇", []),
    ("qhw", "Institution", "青海新闻网", []),
    ("c1", "Company", "国投青海风电有限公司", []),
    ("c2", "Company", "青海昆仑黄金有限公司", []),
    ("dld", "Person", "邓连栋", []),
    ("zxq", "Person", "张旭秋", []),
    ("p1", "Project", "49.5兆瓦风电项目", []),
    ("p2", "Project", "一期100t/d冶炼工程", []),
    ("p3", "Project", "二期200t/d复杂难处理金精矿综合回收项目", []),
    ("p4", "Project", "哇沿水库工程", []),
    ("z1", "Zone", "青海黄金产业园", []),
    ("d1", "Designation", "“双百”企业", []),
    ("d2", "Designation", "柴达木循环经济试验区示范企业", []),
    ("pg", "Programme", "《全国中型水库建设规划》", []),
]
WIND = "由国投青海风电有限公司投资3.96亿元建设的49.5兆瓦风电项目破土动工"
GOLD = "处青海黄金资源分布中心区域——香日德镇境内的青海昆仑黄金有限公司"
HONOUR = "是我省“双百”企业和柴达木循环经济试验区示范企业"
RELATIONS = [
    ("hx", "partOf", "qh", "青海新闻网讯 海西蒙古族藏族自治州都兰县"),
    ("dl", "partOf", "hx", "海西蒙古族藏族自治州都兰县"),
    ("zj", "partOf", "dl", "在宗加镇,由国投青海风电有限公司"),
    ("xrd", "partOf", "dl", GOLD),
    ("c1", "investsIn", "p1", WIND, {"amount": {"value": 396000000, "unit": "CNY"}}),
    ("p1", "locatedIn", "zj", "在宗加镇,由国投青海风电有限公司投资3.96亿元建设的49.5兆瓦风电项目"),
    ("dld", "worksFor", "c1", "据公司总经理邓连栋介绍", {"title": "总经理"}),
    ("c2", "locatedIn", "xrd", GOLD),
    ("c2", "designatedAs", "d1", HONOUR),
    ("c2", "designatedAs", "d2", HONOUR),
    ("zxq", "worksFor", "c2", "公司总经理张旭秋告诉记者", {"title": "总经理"}),
    ("c2", "operates", "p2", "继2012年公司一期100t/d冶炼工程建成投产"),
    ("c2", "operates", "p3", "开启了概算投资3.4亿多元的二期200t/d复杂难处理金精矿综合回收项目"),
    ("p4", "participatesIn", "pg", "“十二五”《全国中型水库建设规划》继续支持项目的哇沿水库工程"),
]
VALUES = [
    ("dl", "totalInvestment", 7788000000, "CNY", "都兰县总投资77.88亿元的45个项目近日集中开复工"),
    ("dl", "projectCount", 45, "project", "都兰县总投资77.88亿元的45个项目近日集中开复工"),
    ("p1", "investment", 396000000, "CNY", WIND),
    ("p3", "investment", 340000000, "CNY", "概算投资3.4亿多元的二期200t/d复杂难处理金精矿综合回收项目"),
    ("p4", "totalInvestment", 340000000, "CNY", "年底前将完成总投资3.4亿多元的一半"),
]
NOTES = [
    "Source: xining.baogaosu.com (a repost of 青海新闻网), 2016-04-09. Headline kept, the repost's date line dropped; "
    "the body is complete.",
    "Places: 青海省 (青海 on its own twice, 我省 twice); 海西蒙古族藏族自治州 (a prefecture-level autonomous "
    "prefecture → City; 海西地区 in a manager's words); 都兰县 (都兰 in the headline); 宗加镇, 香日德镇 → Town. partOf "
    "follows the division list. 柴达木 occurs only inside a designation, 察汗乌苏河流域 is a river basin.",
    "Wind: 国投青海风电有限公司 invests 3.96亿元 in the 49.5兆瓦风电项目 (labelled as written) in 宗加镇 → investsIn with "
    "amount, locatedIn the town; its manager 邓连栋 (公司总经理) → worksFor. The firm's earlier 一期…49.5兆瓦的风电项目 "
    "(described, not named) and its 500兆瓦 reserve are not made projects.",
    "Gold: 青海昆仑黄金有限公司 in 香日德镇 → locatedIn; “双百”企业 and 柴达木循环经济试验区示范企业 → designatedAs "
    "(titles the province and the zone give; no body named, no awards); 张旭秋 → worksFor; its 一期100t/d冶炼工程 (built "
    "2012) and the 二期 recovery project → operates. 青海黄金产业园 (named in the firm's aim) → Zone, no relation; "
    "西北难处理金精矿加工基地 is a described aim.",
    "Reservoir: 哇沿水库工程, listed in the national plan 《全国中型水库建设规划》 (its 十一五 and 十二五 editions: one "
    "Programme) → participatesIn. No place beyond the river basin is given for it.",
    "Values: 45 projects, 77.88亿元 on 都兰县; 3.96亿元 (wind); 3.4亿多元 for the gold project and the reservoir (read as "
    "3.4亿元). Not values: 49.5兆瓦 (inside names), 10722万千瓦时, 2500小时, 100t/d and 200t/d (inside names).",
]
