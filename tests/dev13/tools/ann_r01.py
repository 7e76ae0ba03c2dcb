ENTITIES = [
    ("sz", "District", "绥中县", ["我县"]),
    ("sh", "Province", "上海市", ["上海"]),
    ("sd", "Province", "山东省", ["山东"]),
    ("p1", "Project", "民生医院项目", ["县民生医院"]),
    ("p2", "Project", "六股河北桥项目", ["六股河北桥"]),
    ("p3", "Project", "猴山水库净水厂输水管线工程", ["猴山水库净水厂"]),
    ("p4", "Project", "渤海油田岸电绥中220kV输变电项目", []),
    ("p5", "Project", "国电电力绥中公司煤场封闭改造工程", []),
    ("p6", "Project", "大唐绥中亿利污水处理厂分布式光伏项目", []),
    ("p7", "Project", "新能源高端装备制造及循环再利用项目", []),
    ("p8", "Project", "海洋高端装备产业基地项目", []),
    ("p9", "Project", "佳粮·君悦城项目", []),
]
SITE = "在县民生医院、六股河北桥、猴山水库净水厂等各大重点项目的建设现场"
CENTRAL = "在16个县央地合作项目中,其中渤海油田岸电绥中220kV输变电项目等3个项目已完工"
CENTRAL2 = (
    "国电电力绥中公司煤场封闭改造工程等3个项目、大唐绥中亿利污水处理厂分布式光伏项目、新能源高端装备制造及循环再利用项目"
    "均有不同程度进展"
)
RELATIONS = [
    ("p1", "locatedIn", "sz", SITE),
    ("p2", "locatedIn", "sz", SITE),
    ("p3", "locatedIn", "sz", SITE),
    ("p4", "locatedIn", "sz", CENTRAL),
    ("p5", "locatedIn", "sz", CENTRAL2),
    ("p6", "locatedIn", "sz", CENTRAL2),
    ("p7", "locatedIn", "sz", CENTRAL2),
    ("p8", "locatedIn", "sz", "其中我县海洋高端装备产业基地项目计划年内开工"),
    ("p9", "locatedIn", "sz", "已有落地项目28个,协议投资额41.38亿元"),
]
VALUES = [
    ("sz", "keyProjects", 116, "project", "今年,我县实施500万元以上重点项目116个,总投资409.24亿元"),
    (
        "sz",
        "keyProjectInvestment",
        40924000000,
        "CNY",
        "今年,我县实施500万元以上重点项目116个,总投资409.24亿元",
    ),
    ("sz", "projectsUnderway", 109, "project", "截至目前,109个项目在如火如荼的推进中"),
    ("p2", "progress", 62.9, "%", "六股河北桥项目工程总体形象进度62.9%"),
    ("sz", "centralLocalProjects", 16, "project", "在16个县央地合作项目中"),
    (
        "sz",
        "investmentStaff",
        53,
        "person",
        "组织53名专职招商人员赴京津冀、长三角、珠三角地区深入开展多种方式招商",
    ),
    ("sz", "landedProjects", 28, "project", "已有落地项目28个,协议投资额41.38亿元"),
    ("sz", "agreedInvestment", 4138000000, "CNY", "已有落地项目28个,协议投资额41.38亿元"),
]
NOTES = [
    "Source: ddh.hld.gov.cn (东戴河新区 site, 来源 绥中政府网), 2024-11-25. Headline kept; page chrome (来源/编辑/发布时间, "
    "责任编辑) dropped; the body is complete.",
    "Place: the county is written only as 我县 (and 县 in 县民生医院, 16个县央地合作项目); 绥中 occurs only inside project "
    "and firm names, which alone would not make an entity (rule 5), but the article is the county's own report (绥中政府网) "
    "→ District 绥中县 with alias 我县, as tests/dev12 t05 (六安市, written 我市). 葫芦岛 is not written. 上海 and 山东 "
    "are written on their own (多次前往上海、山东等地招引项目) → Province 上海市 (a municipality, Province class) and 山东省, "
    "no relation (going there to attract investment is no schema relation). 京津冀, 长三角, 珠三角 are regions, not "
    "divisions: not annotated.",
    "Projects: the named projects of the county's review, each locatedIn 绥中县 (the county's projects: 我县…重点项目, "
    "16个县央地合作项目, 落地项目). 民生医院项目 (written 县民生医院 in the list, then 民生医院项目) and 六股河北桥(项目) "
    "take the longer written form as label. 猴山水库净水厂 is listed as a site and its 输水管线工程 started: judgement, one "
    "project labelled with the longest form, the plant name an alias. The hospital's 一期/二期 are unnamed phases. "
    "国电电力绥中公司 and 大唐 occur only as heads of project names: no Company (as dev10).",
    "Not annotated: 攻坚之年攻坚之战, “快进键”, “加速度” (slogans), 央地合作 (a kind of project, not a programme), "
    "大型机械设备, 建筑工人.",
    "Values: the county's 116 key projects and 409.24亿元, 109 underway, the bridge's 62.9% progress, 16 central-local "
    "projects, 53 investment staff, 28 landed projects with 41.38亿元. Not values: 500万元以上 (a threshold), 3个项目 "
    "(sub-counts of a list), 1—4号楼.",
]
