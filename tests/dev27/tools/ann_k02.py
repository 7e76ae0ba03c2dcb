L1 = "记者从丹东市发改委获悉,前7个月,丹东市开复工投资500万元以上项目733个"
INFRA = "本宽高速、兴边沿江公路、丹东至庄河天然气管道、城市供水改扩建(一期)等一批重大基础设施和能源保障类项目顺利实现开复工"
IND = "投资21.1亿元的风机电气控制装备制造、投资20.1亿元的锂电储能设备制造、投资25.1亿元的上海电气丹东新材料产业等重大项目开工建设"
SE = "位于东港经济开发区科技孵化基地的上海电气风电集团股份有限公司新材料制造项目负责人说"
ENTITIES = [
    ("ln", "Province", "辽宁省", []),
    ("dd", "City", "丹东市", ["丹东"]),
    ("fgw", "GovernmentBody", "丹东市发展和改革委员会", ["丹东市发改委"]),
    ("dg", "Zone", "东港经济开发区", []),
    ("se", "Company", "上海电气风电集团股份有限公司", []),
    ("p1", "Project", "本宽高速", []),
    ("p2", "Project", "兴边沿江公路", []),
    ("p3", "Project", "丹东至庄河天然气管道", []),
    ("p4", "Project", "城市供水改扩建(一期)", []),
    ("p5", "Project", "风机电气控制装备制造", []),
    ("p6", "Project", "锂电储能设备制造", []),
    (
        "p7",
        "Project",
        "上海电气丹东新材料产业",
        ["新材料制造项目", "上海电气风电集团股份有限公司新材料制造项目"],
    ),
    ("htt", "Person", "胡婷婷", []),
]
RELATIONS = [
    ("dd", "partOf", "ln", "可满足辽宁省乃至周边市场对新能源产品的需求"),
    ("fgw", "locatedIn", "dd", L1),
    ("p1", "locatedIn", "dd", INFRA),
    ("p2", "locatedIn", "dd", INFRA),
    ("p3", "locatedIn", "dd", INFRA),
    ("p4", "locatedIn", "dd", INFRA),
    ("p5", "locatedIn", "dd", IND),
    ("p6", "locatedIn", "dd", IND),
    ("p7", "locatedIn", "dg", SE),
    ("dg", "locatedIn", "dd", SE),
    ("se", "operates", "p7", SE),
]
VALUES = [
    ("dd", "projectsStarted5m", 733, "project", L1),
    ("dd", "startRate5m", 99.7, "%", "开复工率99.7%"),
    ("dd", "newProjects5m", 293, "project", "其中新开工项目293个、续建项目440个"),
    ("dd", "continuedProjects5m", 440, "project", "其中新开工项目293个、续建项目440个"),
    ("dd", "projectsStarted50m", 373, "project", "开复工投资5000万元以上项目373个"),
    ("dd", "startRate50m", 86.8, "%", "开复工率86.8%"),
    ("dd", "newProjects50m", 87, "project", "其中新开工项目87个、续建项目286个"),
    ("dd", "continuedProjects50m", 286, "project", "其中新开工项目87个、续建项目286个"),
    ("dd", "projectsStarted100m", 204, "project", "开复工投资亿元以上项目204个"),
    ("dd", "newProjects100m", 39, "project", "其中新开工项目39个、续建项目165个"),
    ("dd", "continuedProjects100m", 165, "project", "其中新开工项目39个、续建项目165个"),
    ("p5", "investment", 2110000000, "CNY", IND),
    ("p6", "investment", 2010000000, "CNY", IND),
    ("p7", "investment", 2510000000, "CNY", IND),
    ("p7", "landArea", 236000, "m2", "该项目占地面积23.6万平方米"),
    ("p7", "annualCapacity", 50000, "t/year", "年处理5万吨复合材料循环利用制造"),
    ("p7", "annualOutput", 12000, "套", "年产1.2万套精密传感器"),
]
NOTES = [
    "Source: finance.sina.com.cn, 2024-08-16 (a repost of a 辽宁日报 item: 本报讯 记者胡婷婷报道). Site chrome after the "
    "body (APP banners, 热门推荐) dropped; the body is complete.",
    "Media: 本报 is not named → no Institution; the reporter 胡婷婷 → Person, no employer.",
    "Places: 丹东市 (丹东) → City; 辽宁省 written on its own (可满足辽宁省…市场) → Province, 丹东市 partOf it. 庄河 (丹东至庄河…) "
    "and 东港 (东港经济开发区) occur only inside names: no place.",
    "Body: 丹东市发改委 → 丹东市发展和改革委员会, locatedIn 丹东市. 相关市直部门 is generic.",
    "Projects: the four infrastructure works started (本宽高速, 兴边沿江公路, 丹东至庄河天然气管道, 城市供水改扩建(一期)) and "
    "the three industrial projects with their investment (风机电气控制装备制造 21.1亿元, 锂电储能设备制造 20.1亿元, "
    "上海电气丹东新材料产业 25.1亿元) → Project, each one of 丹东市's started projects → locatedIn 丹东市 (the article's "
    "city; the text reports the city's starts). The project of 上海电气风电集团股份有限公司 (新材料制造项目) in the zone is "
    "read as the same as 上海电气丹东新材料产业 (the paragraph illustrates the 20亿级 starts just named) → one entity, "
    "locatedIn 东港经济开发区 (its 科技孵化基地 is a part of the zone, not annotated on its own), the firm operates it.",
    "Zone: 东港经济开发区 → Zone, locatedIn 丹东市 (the city the article is about; 东港市 is not written on its own).",
    "Values: the city's seven-month start counts and rates (500万元, 5000万元 and 亿元 tiers: 733/99.7%/293/440, "
    "373/86.8%/87/286, 204/39/165); the three projects' investments (put on the projects: no investor is named for "
    "them); the new-materials project's 23.6万平方米, 5万吨 a year and 1.2万套 a year. Not values: 20亿级 (a class), "
    "8月底, 9月 (plans).",
]
