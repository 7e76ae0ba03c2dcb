ENTITIES = [
    ("nx", "Province", "宁夏回族自治区", ["宁夏"]),
    ("yc", "City", "银川市", ["银川"]),
    ("hl", "District", "贺兰县", ["贺兰", "全县"]),
    ("jg", "Town", "金贵镇", []),
    ("zone", "Zone", "宁夏贺兰工业园区", []),
    ("p1", "Project", "宁夏贺兰工业园区暖泉片区供水工程", ["暖泉片区供水工程"]),
    ("p2", "Project", "贺兰县金贵镇200MW/400MWh电网侧共享储能电站", ["200MW/400MWh电网侧共享储能电站"]),
    ("c1", "Company", "宁夏新兰新能源有限公司", []),
    ("fgj", "GovernmentBody", "贺兰县发展和改革局", ["贺兰县发改局"]),
    ("ev", "Event", "“扩投资稳增长攻坚年”动员部署会", []),
    ("pg", "Programme", "扩投资稳增长攻坚年", []),
    ("des", "Designation", "黄河流域生态保护和高质量发展先行区示范县", []),
    ("gf", "Person", "高峰", []),
    ("xxw", "Person", "徐先伟", []),
    ("hj", "Person", "胡洁", []),
]
LEAD = "宁夏银川市贺兰县打响“扩投资稳增长攻坚年”发令枪"
P1 = "宁夏贺兰工业园区暖泉片区供水工程正紧张施工"
P2 = "贺兰县金贵镇200MW/400MWh电网侧共享储能电站"
XXW = "宁夏新兰新能源有限公司总经理徐先伟"
HJ = "贺兰县发改局党委书记、局长胡洁"
EVB = "贺兰县就召开“扩投资稳增长攻坚年”动员部署会"
RELATIONS = [
    ("yc", "partOf", "nx", "宁夏银川市"),
    ("hl", "partOf", "yc", "银川市贺兰县"),
    ("jg", "partOf", "hl", "贺兰县金贵镇"),
    ("hl", "implements", "pg", LEAD),
    ("hl", "organizes", "ev", EVB),
    ("zone", "locatedIn", "hl", P1),
    ("p1", "locatedIn", "zone", P1),
    ("p2", "locatedIn", "jg", P2),
    ("c1", "operates", "p2", XXW + "说,年前要完成50%设备基础施工"),
    ("xxw", "worksFor", "c1", XXW, {"title": "总经理"}),
    ("hj", "worksFor", "fgj", HJ, {"title": "局长"}),
    ("fgj", "locatedIn", "hl", HJ),
]
VALUES = [
    ("p1", "totalInvestment", 300000000, "CNY", "这个总投资近3亿元的“水脉”项目"),
    ("p2", "totalInvestment", 570000000, "CNY", "这个总投资5.7亿元的项目"),
    ("hl", "projectCount", 205, "project", "明确2026年谋划储备项目205个"),
    ("hl", "totalInvestment", 29166000000, "CNY", "总投资291.66亿元,年度计划投资109.93亿元"),
    ("hl", "annualPlannedInvestment", 10993000000, "CNY", "年度计划投资109.93亿元"),
]
NOTES = [
    "Source: cn.chinadaily.com.cn (中国日报网) 2026-01-06. The stored copy has no headline and breaks off in the "
    "closing byline “(中国日报宁夏”, which was dropped; the body is otherwise complete.",
    "Places: 宁夏 (the region, Province class), 银川市, 贺兰县, chained by the division list; 全县 is the county. "
    "金贵镇 is written as the address of the storage station (贺兰县金贵镇…电站), read as the place named on its own "
    "(an address prefix, not part of a firm's or zone's name) → Town, partOf 贺兰县; likewise the industrial park "
    "宁夏贺兰工业园区 in front of its 暖泉片区 water-supply works → Zone, locatedIn 贺兰县 (the park bears the county's "
    "name and the article is about the county's projects). 化工园区 and 园区 are generic references, not aliases.",
    "Projects: the water-supply works (label as written, with the short form 暖泉片区供水工程) locatedIn the park; the "
    "storage station (label its full written form with the address; the bare capacity+name is an alias) locatedIn "
    "金贵镇. Judgement: 宁夏新兰新能源有限公司's general manager speaks for the station's build schedule and its "
    "revenue after start-up → the firm operates the station. 高峰 is 项目负责人 of a project, not of an organisation, "
    "so no worksFor.",
    "Programme: the county's “扩投资稳增长攻坚年” campaign (打响…发令枪, 推进攻坚行动) → 贺兰县 implements it; the "
    "mobilisation meeting the county holds (召开) is an Event it organizes; no date is given (新年上班第一天).",
    "Body: 贺兰县发改局 → 贺兰县发展和改革局; 胡洁 is its 局长 (and party secretary of the bureau) → one worksFor. "
    "发改部门 is a generic reference. The county government is not written, so no body for it.",
    "Designation: 黄河流域生态保护和高质量发展先行区示范县 is a title the county works towards (为建设…), not yet "
    "awarded, so no designatedAs. “开局即决战”, “开门红”, “水脉”, 中国式现代化宁夏篇章 are slogans, not annotated.",
]
