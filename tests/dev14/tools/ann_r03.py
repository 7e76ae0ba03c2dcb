ENTITIES = [
    ("nx", "Province", "宁夏回族自治区", ["自治区"]),
    ("wz", "City", "吴忠市", ["吴忠"]),
    ("ev", "Event", "吴忠市2022年第一批85个重大项目集中开工", ["吴忠今年首批重大项目集中开工"]),
    ("qtx", "Zone", "青铜峡工业园区", []),
    ("p1", "Project", "青铜峡工业园区海利化工新材料项目", ["海利化工新材料项目"]),
    ("p2", "Project", "牛首山抽水蓄能电站项目", []),
    ("p3", "Project", "宝丰光伏电站", []),
    ("p4", "Project", "利通区全钒液流电池制造", []),
    ("p5", "Project", "吴忠市第一再生水厂", []),
    ("p6", "Project", "吴忠市东片区基础设施建设", []),
    ("pg", "Programme", "延链补链强链工程", []),
    ("zgc", "Person", "张国长", []),
]
D = {"date": "2022-02-26"}
LEAD = "2月26日,吴忠市2022年第一批85个重大项目集中开工,计划总投资225.7亿元"
P1 = "青铜峡工业园区海利化工新材料项目,是自治区建设全国新材料“大工厂”的延链补链项目,总投资30亿元"
P2 = "开建的牛首山抽水蓄能电站项目建成后"
PRE = "加速推进宝丰光伏电站、利通区全钒液流电池制造等一批优结构、促转型、增后劲的大项目、好项目的前期工作"
BID = "吴忠市第一再生水厂、吴忠市东片区基础设施建设等项目完成施工招标"
RELATIONS = [
    ("wz", "partOf", "nx", P1),
    ("ev", "locatedIn", "wz", LEAD),
    ("qtx", "locatedIn", "wz", P1),
    ("p1", "locatedIn", "qtx", P1),
    ("p1", "participatesIn", "ev", P1, D),
    ("p2", "participatesIn", "ev", P2, D),
    ("p2", "locatedIn", "wz", P2),
    ("p3", "locatedIn", "wz", PRE),
    ("p4", "locatedIn", "wz", PRE),
    ("p5", "locatedIn", "wz", BID),
    ("p6", "locatedIn", "wz", BID),
    ("wz", "implements", "pg", "大力实施延链补链强链工程"),
]
VALUES = [
    ("ev", "date", "2022-02-26", "xsd:date", LEAD),
    ("ev", "projectCount", 85, "project", LEAD),
    ("ev", "plannedInvestment", 22570000000, "CNY", LEAD),
    ("p1", "investment", 3000000000, "CNY", P1),
    ("p1", "annualRevenue", 6000000000, "CNY", "可实现年销售收入60亿元以上"),
    ("p1", "taxes", 1100000000, "CNY", "上缴利税11亿元以上"),
    ("p1", "jobs", 1100, "job", "提供就业岗位1100个左右"),
    ("wz", "plannedProjects", 485, "project", "吴忠市全年确定实施项目485个,年度投资达467亿元"),
    ("wz", "annualInvestment", 46700000000, "CNY", "吴忠市全年确定实施项目485个,年度投资达467亿元"),
    ("wz", "livelihoodProjects", 59, "project", "申报老旧小区改造、教育强国等民生社会事业项目59个"),
]
NOTES = [
    "Source: nx.people.com.cn (人民网 宁夏频道), 2022-02-27, 来源 宁夏新闻网; headline and sub-headline kept; page chrome "
    "(breadcrumb, 小字号, 责编, share lines) dropped; the body is complete (ends with the reporter).",
    "Places: 吴忠市 (alias 吴忠, headline). 自治区 (是自治区建设…, 国家和自治区政策) names the article's own region → "
    "宁夏回族自治区 with the written alias 自治区 (as 全省 resolves to the article's province; 宁夏 itself is written only "
    "in the dropped page chrome); 吴忠市 partOf it. 青铜峡 and 利通区 occur only inside a zone's and a project's name "
    "(rule 5). 牛首山 only inside the project name.",
    "Event: the city's dated collective start of its first batch (as dev11 s05 types 宝山区一批重大项目集中启动), labelled "
    "as written, the headline form an alias. No organiser is written (as ../shared/dev d19's QA): locatedIn 吴忠市 only. "
    "The two projects the report gives as started (the first after the lead, and 开建的…) → participatesIn.",
    "Zone 青铜峡工业园区 (locatedIn 吴忠市: 青铜峡 is a county-level city of 吴忠, not itself an entity); the 海利 project "
    "is in it. Projects named without 项目 in lists (宝丰光伏电站, 利通区全钒液流电池制造 in …等一批…大项目; 吴忠市第一再生水厂, "
    "吴忠市东片区基础设施建设 in …等项目) → Project as written, locatedIn 吴忠市. Not annotated: 老旧小区改造, 教育强国 "
    "(kinds of projects), 全国新材料“大工厂” (the region's goal), “9+1”重点特色产业 (a set of industries).",
    "Programme: 延链补链强链工程, which the city's spokesman says it carries out (大力实施) → 吴忠市 implements (the "
    "speaker is 吴忠市有关负责人). Person: the reporter 张国长 (no paper named in the text): no worksFor.",
    "Values: the batch's date, 85 projects and 225.7亿元 planned; the 海利 project's 30亿元 investment, revenue, taxes "
    "and jobs (以上/左右 read as the figure); the city's 485 projects and 467亿元 for the year; 59 livelihood projects. "
    "The 牛首山 energy figures are not annotated (physical effects).",
]
