ENTITIES = [
    ("qh", "Province", "青海省", ["青海"]),
    ("hx", "City", "海西州", ["海西"]),
    (
        "ev",
        "Event",
        "青海省海西州2020年首批208个项目集中开复工仪式",
        ["开复工仪式", "集中开复工"],
    ),
    ("c1", "Company", "青海国源化工科技有限公司", []),
    ("p1", "Project", "青海国源化工科技有限公司年产13.5万吨氯酸盐项目", ["年产13.5万吨氯酸盐项目"]),
    ("c2", "Company", "青海黄河矿业有限责任公司", []),
    ("p2", "Project", "青海黄河矿业有限责任公司夏日哈木镍钴矿采选项目", ["夏日哈木镍钴矿采选项目"]),
    ("p3", "Project", "青新藏(格尔木)陆港商旅物流中心项目", []),
    ("p4", "Project", "乌兰县茶卡景区旅游扶贫基础设施建设项目(二期)", []),
    ("sj", "Person", "石晶", []),
]
D = {"date": "2020-03-28"}
LIST = (
    "青海国源化工科技有限公司年产13.5万吨氯酸盐项目、青海黄河矿业有限责任公司夏日哈木镍钴矿采选项目等12个重点产业项目,"
    "总投资194.43亿元;青新藏(格尔木)陆港商旅物流中心项目、乌兰县茶卡景区旅游扶贫基础设施建设项目(二期)等6个重大基础设施项目"
)
HOLD = "海西州精选了18个具有代表性、示范性的新建项目举办开复工仪式"
RELATIONS = (
    [
        ("hx", "partOf", "qh", "青海省海西州2020年首批208个项目集中开复工仪式"),
        ("hx", "organizes", "ev", HOLD, D),
        ("ev", "locatedIn", "hx", "集中开复工仪式在海西全州7个地区同步举行"),
        ("c1", "operates", "p1", "青海国源化工科技有限公司年产13.5万吨氯酸盐项目"),
        ("c2", "operates", "p2", "青海黄河矿业有限责任公司夏日哈木镍钴矿采选项目"),
    ]
    + [(p, "participatesIn", "ev", LIST, D) for p in ["p1", "p2", "p3", "p4"]]
    + [(p, "locatedIn", "hx", LIST) for p in ["p1", "p2", "p3", "p4"]]
)
VALUES = [
    ("ev", "date", "2020-03-28", "", "3月28日上午,青海省海西州2020年首批208个项目集中开复工仪式"),
    ("ev", "projectCount", 208, "project", "海西州此次集中开复工的208个项目"),
    ("ev", "totalInvestment", 105314000000, "CNY", "投资总规模达1053.14亿元"),
    ("ev", "annualPlannedInvestment", 20809000000, "CNY", "年内计划投资208.09亿元"),
    ("ev", "ceremonyProjectCount", 18, "project", HOLD),
    ("ev", "industrialProjectCount", 12, "project", "等12个重点产业项目,总投资194.43亿元"),
    ("ev", "industrialTotalInvestment", 19443000000, "CNY", "等12个重点产业项目,总投资194.43亿元"),
    ("ev", "infrastructureProjectCount", 6, "project", "等6个重大基础设施项目,总投资13.66亿元"),
    ("ev", "infrastructureTotalInvestment", 1366000000, "CNY", "等6个重大基础设施项目,总投资13.66亿元"),
]
NOTES = [
    "Source: 经济日报 2020-03-30, page 04 (paper.ce.cn); the page navigation was dropped. The paper's name is not in "
    "the text (本报讯), so 本报 is no entity and the reporter 石晶 gets no worksFor. 3月28日 is 2020-03-28 (the text's "
    "2020年首批 and the issue date).",
    "海西州 (海西蒙古族藏族自治州, a prefecture-level autonomous prefecture: City) is labelled as written, alias 海西; "
    "partOf 青海省 (division list). 柴达木盆地 is a basin (no class). 格尔木 and 乌兰县 occur only inside project "
    "names (rule 5).",
    "Event: label as written in the lead (青海省海西州2020年首批208个项目集中开复工仪式), aliases 开复工仪式 and 集中开复工. "
    "Held across the prefecture (在海西全州7个地区同步举行) → locatedIn 海西州; 海西州…举办开复工仪式 → organizes.",
    "Projects: the four named ones are among the 18 projects of the ceremony (participatesIn, rule 4) and located in "
    "海西州; the two that carry a firm's name are operated by it. The 12/6 project totals are values on the event.",
]
