LISTED = [
    "文昌国际航天城科技创新公共平台一期——航天装配及异地协同中心项目",
    "银联供应链荣邦南方金融中心项目",
    "年产18万吨水产饲料加工项目",
    "海南力得新型环保沥青混合料生产项目",
    "海大集团现代海洋牧场及安全食品项目",
    "文昌青牧原配套饲料厂项目",
    "蓝海水族海水观赏鱼育苗养殖项目",
    "文昌鲲诚现代海水养殖创新产业园项目",
]
ENTITIES = [
    ("hn", "Province", "海南省", ["海南", "全省"]),
    ("hnrb", "Institution", "海南日报", []),
    ("ftz", "Zone", "海南自由贸易港", ["海南自贸港"]),
    ("wc", "District", "文昌市", ["文昌"]),
    ("wczf", "GovernmentBody", "文昌市人民政府", ["文昌市政府"]),
    ("hty", "Zone", "文昌国际航天城起步区", []),
    ("ev1", "Event", "海南自由贸易港建设项目2021年度第四批集中开工活动", []),
    ("ev2", "Event", "海南自由贸易港建设项目2021年度第四批集中开工文昌分会场活动", []),
    ("p0", "Project", "文昌国际航天城科技创新平台", []),
] + [(f"p{i}", "Project", lab, []) for i, lab in enumerate(LISTED, 1)]
EV1 = "7月13日,海南自由贸易港建设项目2021年度第四批集中开工活动在全省同步举行"
EV2 = "7月13日,海南自由贸易港建设项目2021年度第四批集中开工文昌分会场活动在文昌国际航天城起步区举行"
P0 = "文昌国际航天城科技创新平台等12个项目开工建设"
LIST = "具体包括:" + "、".join(LISTED)
RELATIONS = (
    [
        ("ev1", "locatedIn", "hn", EV1),
        ("ev2", "locatedIn", "hty", EV2),
        ("hty", "locatedIn", "wc", EV2),
        ("wc", "partOf", "hn", "此次文昌集中开工的产业项目共8个"),
        ("wczf", "locatedIn", "wc", "文昌市政府相关负责人介绍"),
        ("p0", "participatesIn", "ev2", P0),
        ("p0", "locatedIn", "wc", P0),
        ("p1", "partOf", "p0", LIST),
    ]
    + [(f"p{i}", "participatesIn", "ev2", LIST) for i in range(1, 9)]
    + [(f"p{i}", "locatedIn", "wc", LIST) for i in range(1, 9)]
)
VALUES = [
    ("ev1", "date", "2021-07-13", "xsd:date", EV1),
    ("ev1", "projectCount", 129, "project", "本次集中开工项目129个"),
    ("ev1", "totalInvestment", 38100000000, "CNY", "总投资381亿元"),
    ("ev2", "date", "2021-07-13", "xsd:date", EV2),
    ("ev2", "projectCount", 12, "project", P0),
    ("ev2", "totalInvestment", 1511000000, "CNY", "计划总投资15.11亿元"),
    ("ev2", "industrialProjectCount", 8, "project", "此次文昌集中开工的产业项目共8个"),
    ("ev2", "industrialTotalInvestment", 1383000000, "CNY", "计划总投资13.83亿元"),
    ("p3", "annualCapacity", 180000, "t/year", "年产18万吨水产饲料加工项目"),
]
NOTES = [
    "Source: hi.chinanews.com (中新网海南, 来源 海南日报), 2021-07-14. Headline, date/source line and the two subheads kept "
    "(time of day dropped). Cut after the 文昌 paragraphs (…喜人势头。): the 万宁 paragraph that follows breaks off "
    "mid-list in the stored copy.",
    "Media: 海南日报 (海南日报讯, 海南日报记者 unnamed) → Institution.",
    "Places: 海南省 (海南, 全省), 文昌市 (a county-level city under the province → District; 文昌), partOf 海南省. "
    "海南自由贸易港 (海南自贸港) is the province-wide free-trade port → Zone, written on its own at the end of the second "
    "paragraph; inside the events' names it is part of the name. 文昌国际航天城起步区 (the start area of the space city) "
    "→ Zone, locatedIn 文昌市; 文昌国际航天城 alone occurs only inside project names.",
    "Events: the province-wide fourth batch start (海南自由贸易港建设项目2021年度第四批集中开工活动, held 在全省) → locatedIn "
    "海南省, no organiser written; its 文昌 session (…文昌分会场活动) → locatedIn the start area. Both on 7月13日 (2021).",
    "Projects: 文昌国际航天城科技创新平台 (named first of the 12 started) and the eight listed industrial projects → "
    "participatesIn the 文昌 session, locatedIn 文昌市. The listed 科技创新公共平台一期——…项目 is the first phase of the "
    "platform → partOf. 海大集团 occurs only inside a project's name: no Company (as dev16's 浪潮集团).",
    "Values: the batch's 129 projects and 381亿元; the 文昌 session's 12 projects and 15.11亿元, of which 8 industrial "
    "projects 13.83亿元; the 18万吨 a year of the feed project; the dates.",
]
