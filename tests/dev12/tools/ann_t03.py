ENTITIES = [
    ("ml", "District", "孟连县", ["孟连"]),
    ("ev", "Event", "2025年第一批重点招商引资项目签约仪式", ["签约仪式", "签约活动"]),
    ("xw", "GovernmentBody", "中共孟连县委", ["县委"]),
    ("zx", "GovernmentBody", "政协孟连县委员会", ["县政协"]),
    ("dx", "Institution", "中共孟连县委党校", ["县委党校", "县委党校(行政学校)"]),
    ("swx", "GovernmentBody", "中共云南省委", ["省委"]),
    ("prog", "Programme", "“3815”战略发展目标", ["“3815”战略"]),
    ("ls", "Person", "罗舜", []),
    ("zzd", "Person", "张志东", []),
    ("wdj", "Person", "王德军", []),
    ("ych", "Person", "杨春华", []),
    ("p1", "Project", "孟连县扎莫弄复合光伏发电项目", []),
    ("p2", "Project", "云南美明保洁环境产业综合设施建设项目", []),
    ("p3", "Project", "孟连县绿色建材加工项目", []),
    ("p4", "Project", "孟连县城东建材城分布式2.5MW光储充一体化电站项目", []),
    ("p5", "Project", "孟连冷链仓储物流中心分布式光伏发电项目", []),
]
D = {"date": "2025-03-30"}
EVB = "孟连县举行2025年第一批重点招商引资项目签约仪式"
LEAD = (
    "县委书记罗舜出席会议并讲话,县委副书记、县长张志东主持会议,县委副书记、县委党校(行政学校)校长、县委教育工委书记王德军,"
    "县政协主席杨春华参加签约仪式"
)
LIST = (
    "此次签约的项目有孟连县扎莫弄复合光伏发电项目、云南美明保洁环境产业综合设施建设项目、孟连县绿色建材加工项目、"
    "孟连县城东建材城分布式2.5MW光储充一体化电站项目、孟连冷链仓储物流中心分布式光伏发电项目"
)
PROJ = ["p1", "p2", "p3", "p4", "p5"]
RELATIONS = (
    [
        ("ml", "organizes", "ev", EVB, D),
        ("ev", "locatedIn", "ml", EVB),
        ("xw", "locatedIn", "ml", LEAD),
        ("zx", "locatedIn", "ml", LEAD),
        ("ls", "worksFor", "xw", "县委书记罗舜", {"title": "县委书记"}),
        ("zzd", "worksFor", "xw", "县委副书记、县长张志东", {"title": "县委副书记"}),
        (
            "wdj",
            "worksFor",
            "xw",
            "县委副书记、县委党校(行政学校)校长、县委教育工委书记王德军",
            {"title": "县委副书记"},
        ),
        (
            "wdj",
            "worksFor",
            "dx",
            "县委副书记、县委党校(行政学校)校长、县委教育工委书记王德军",
            {"title": "校长"},
        ),
        ("ych", "worksFor", "zx", "县政协主席杨春华", {"title": "主席"}),
        ("swx", "implements", "prog", "紧紧围绕省委 “3815” 战略发展目标"),
    ]
    + [(p, "participatesIn", "ev", LEAD, D) for p in ["ls", "zzd", "wdj", "ych"]]
    + [(p, "participatesIn", "ev", LIST, D) for p in PROJ]
    + [(p, "locatedIn", "ml", LIST) for p in PROJ]
)
VALUES = [
    ("ev", "date", "2025-03-30", "xsd:date", "3月30日,孟连县举行2025年第一批重点招商引资项目签约仪式"),
    ("ev", "signedProjectCount", 5, "project", "共签约5个项目涉及投资金额6.44亿元"),
    ("ev", "signedInvestment", 644000000, "CNY", "共签约5个项目涉及投资金额6.44亿元"),
    ("p4", "capacity", 2.5, "MW", "孟连县城东建材城分布式2.5MW光储充一体化电站项目"),
]
NOTES = [
    "Source: www.menglian.gov.cn (孟连傣族拉祜族佤族自治县 government site), 2025; the ceremony on 3月30日 (year from "
    "the event's name, 2025年第一批). The stored copy breaks off in the last paragraph after the project list "
    "(仪式上,签约企业代表进行了…), which was dropped. The spaces around the quoted slogans (省委 “3815” 战略) are kept.",
    "Place: the county is written 孟连县 / 孟连 (孟连傣族拉祜族佤族自治县 of 普洱市; neither the long name nor 普洱 is "
    "written). 云南 occurs only inside a project name (rule 5): no Province.",
    "Event: the signing ceremony, labelled with its written name after 孟连县举行 (签约仪式, 签约活动 aliases); the county "
    "举行 it → organizes, locatedIn 孟连县. 会议 in 出席会议/主持会议 is the same ceremony (not a separate meeting).",
    "Bodies by rule 1 and 2: 县委 (县委书记, 县委副书记) → 中共孟连县委; 县政协 (县政协主席) → 政协孟连县委员会; 县委教育工委书记 "
    "is a post within the county committee, no body (correction after the first run, as dev11 s02 reads 政法委书记 and "
    "dev9 u06 统战部长; the first annotation had 中共孟连县委教育工作委员会, partOf the committee); 县委党校(行政学校) → 中共孟连县委"
    "党校, typed Institution (a school). 县长 alone names no written body: 张志东 worksFor only the county committee. "
    "省委 → 中共云南省委 (the article's province, not written as a Province).",
    "People: the four leaders who attend, speak or preside participatesIn; worksFor by their titles.",
    "Programme: the province's “3815” 战略发展目标 (省委 “3815” 战略…) → implements by 中共云南省委. Not annotated: "
    "系列三年行动 (generic), “五大产业”, “政企联动+龙头培育”, the 理念 quote (slogans), the 四班子 (a collective reference).",
    "Projects: the five signed projects (named in the list) participatesIn the ceremony and are the county's (locatedIn "
    "孟连县); their firms are not written. Values: date, 5 projects, 6.44亿元, the 2.5MW station.",
]
