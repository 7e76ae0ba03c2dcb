KEY = "今年,锡林郭勒盟全年共安排盟级重点项目190项,当年计划投资658亿元"
SEPT = (
    "9月以来,国电投西乌旗白音华高精铝板带及配套2×35万千瓦自备电厂、滦河流域多伦段综合整治等29个重点项目陆续开工建设,"
    "总投资105亿元"
)
BY = "(内蒙古日报融媒体记者 杨帆 王连英 阿妮尔)"
ENTITIES = [
    ("xl", "City", "锡林郭勒盟", []),
    ("gdt", "Company", "国家电力投资集团有限公司", ["国电投"]),
    (
        "p1",
        "Project",
        "国电投西乌旗白音华高精铝板带及配套2×35万千瓦自备电厂",
        ["西乌旗白音华高精铝板带及配套2×35万千瓦自备电厂"],
    ),
    ("p2", "Project", "滦河流域多伦段综合整治", []),
    ("rb", "Institution", "内蒙古日报", ["内蒙古日报融媒体"]),
    ("yf", "Person", "杨帆", []),
    ("wly", "Person", "王连英", []),
    ("ane", "Person", "阿妮尔", []),
]
RELATIONS = [
    ("gdt", "operates", "p1", SEPT),
    ("p1", "locatedIn", "xl", SEPT),
    ("p2", "locatedIn", "xl", SEPT),
    ("yf", "worksFor", "rb", BY, {"title": "记者"}),
    ("wly", "worksFor", "rb", BY, {"title": "记者"}),
    ("ane", "worksFor", "rb", BY, {"title": "记者"}),
]
VALUES = [
    ("xl", "keyProjectCount", 190, "project", KEY),
    ("xl", "plannedInvestment", 65800000000, "CNY", KEY),
    ("xl", "completedInvestment", 39150000000, "CNY", "完成投资391.5亿元"),
    ("xl", "newInvestment", 9500000000, "CNY", "年内新增投资95亿元"),
]
NOTES = [
    "Source: hlglxww.com (a repost of 内蒙古日报's report), 2016-09-20. Headline and the two section heads kept; "
    "the repost's 原标题 line dropped. Complete.",
    "Places: 锡林郭勒盟 (a league, prefecture level) → City. 内蒙古 is written only inside the paper's name, 西乌旗 "
    "and 多伦 only inside the projects' names: no Province, no Districts (rule 5); the projects are placed in the "
    "league (locatedIn, the most specific place written on its own).",
    "Projects: the two named among the 29 started since September; 国电投 (国家电力投资集团有限公司) opens the first "
    "project's name as its builder → Company operates it (as 国电投清河发电… in the seeds).",
    "Byline: three 内蒙古日报融媒体 reporters → worksFor 内蒙古日报 (记者).",
    "Values: the league's 190 key projects, 658亿元 planned, 391.5亿元 done, 95亿元 new this year. Not annotated "
    "(running counts and shares): 164项, 86%, 59.5%, 9, 42, 29, 105亿元, 14亿元, 35, 158项, 600亿元.",
]
