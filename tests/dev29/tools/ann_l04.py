LEAD = "1月13日,记者从石嘴山市相关部门获悉,该市已全面启动2026年招商引资与项目投资计划,全年共谋划招商引资项目269个,计划总投资720.7亿元"
SPLIT = "其中,在谈线索111个,计划总投资262.1亿元,计划实施项目158个,计划总投资458.6亿元"
XL = "位于石嘴山经开区的宁夏鑫隆恒业新材料科技有限公司年产10亿包水晶饰品建设项目正火热推进"
XY = "宁夏祥源化工有限公司拟盘活闲置土地,投资建设年产20万吨电子级盐酸等多条高附加值化工产品生产线及配套储运设施,计划于3月开工"
BN = "宁夏天地奔牛实业集团有限公司的矿山机械工业制造领域高质量数据集平台建设及场景应用示范项目已完成备案"
ENTITIES = [
    ("szs", "City", "石嘴山市", []),
    ("jkq", "Zone", "石嘴山经开区", []),
    ("prog", "Programme", "2026年招商引资与项目投资计划", ["招商引资与项目投资计划"]),
    ("c1", "Company", "宁夏鑫隆恒业新材料科技有限公司", []),
    ("c2", "Company", "宁夏祥源化工有限公司", []),
    ("c3", "Company", "宁夏天地奔牛实业集团有限公司", []),
    (
        "p1",
        "Project",
        "年产10亿包水晶饰品建设项目",
        ["宁夏鑫隆恒业新材料科技有限公司年产10亿包水晶饰品建设项目"],
    ),
    ("p2", "Project", "年产20万吨电子级盐酸等多条高附加值化工产品生产线及配套储运设施", []),
    ("p3", "Project", "矿山机械工业制造领域高质量数据集平台建设及场景应用示范项目", []),
    ("jy", "Person", "姬禹", []),
]
RELATIONS = [
    ("jkq", "locatedIn", "szs", XL),
    ("szs", "implements", "prog", LEAD),
    ("c1", "operates", "p1", XL),
    ("p1", "locatedIn", "jkq", XL),
    ("c2", "investsIn", "p2", XY),
    ("c3", "operates", "p3", BN),
    ("p2", "locatedIn", "szs", XY),
    ("p3", "locatedIn", "szs", BN),
]
VALUES = [
    ("szs", "projectCount", 269, "project", LEAD),
    ("szs", "totalInvestment", 72070000000, "CNY", LEAD),
    ("szs", "negotiatingLeads", 111, "project", SPLIT),
    ("szs", "negotiatingInvestment", 26210000000, "CNY", SPLIT),
    ("szs", "plannedProjectCount", 158, "project", SPLIT),
    ("szs", "plannedInvestment", 45860000000, "CNY", SPLIT),
    ("p2", "annualCapacity", 200000, "t", XY),
]
NOTES = [
    "Source: szb.nxrb.cn (宁夏日报 digital edition), 2026-01-15. No headline on the stored copy; it ends in mid-sentence "
    "(a quoted park official, “…石嘴山高新区规建…): the text stops at the paragraph before the quotation.",
    "Places: 石嘴山市 (该市) → City; 石嘴山经开区 (位于石嘴山经开区的…项目) → Zone locatedIn 石嘴山市. 宁夏 is written only "
    "inside firms' names: no Province.",
    "Programme: 2026年招商引资与项目投资计划, which the city 启动 → implements. Its figures (269 projects, 720.7亿元; 111 "
    "leads in talks 262.1亿元; 158 projects to carry out 458.6亿元) hang on the city, the clause's subject (该市).",
    "Projects and firms: 宁夏鑫隆恒业新材料科技有限公司 opens its project's name (年产10亿包水晶饰品建设项目) → operates, the "
    "project locatedIn 石嘴山经开区; 宁夏祥源化工有限公司 投资建设 年产20万吨电子级盐酸等…生产线及配套储运设施 → investsIn "
    "(a concrete production undertaking with no 项目 head; label as written), capacity 20万吨; 宁夏天地奔牛实业集团有限公司的 "
    "…示范项目 → operates. The last two are the city's projects (the paragraph reports the city's key projects) → "
    "locatedIn 石嘴山市.",
    "Person: 记者 姬禹 (本报 is not named: no worksFor). Not annotated: 10个特色产业示范园 (unnamed), 包抓机制 (generic), "
    "年产10亿包 (a count of packs, no unit the scorer knows).",
]
