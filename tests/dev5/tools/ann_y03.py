ENTITIES = [
    ("ls", "District", "罗山县", ["我县", "全县"]),
    ("zone", "Zone", "罗山县产业集聚区", []),
    ("pj", "Project", "罗山县产业集聚区电子电器元器件专业园(二期)项目", ["电子电器元器件专业园(二期)项目"]),
    (
        "ev",
        "Event",
        "全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式",
        ["开工仪式", "集中签约仪式", "签约仪式"],
    ),
    ("sgyp", "Programme", "“三个一批”活动", ["全省第二期“三个一批”活动", "三个一批"]),
    ("bz", "Programme", "“倍增计划”", ["倍增计划"]),
    ("by", "Programme", "“百园增效”行动", ["百园增效"]),
    ("xw", "GovernmentBody", "中共罗山县委", ["县委"]),
    ("xzf", "GovernmentBody", "罗山县人民政府", []),
    ("shw", "GovernmentBody", "中共河南省委", ["省委"]),
    ("kxy", "Institution", "中国管理科学研究院", []),
    ("pxzx", "Institution", "中国管理科学研究院高级管理人才培训中心", []),
    ("boc", "Company", "中国银行信阳分行", []),
    ("zdj", "Company", "中电建地热开发公司", []),
    ("dyh", "Person", "董英豪", []),
    ("lhy", "Person", "李慧勇", []),
    ("zz", "Person", "周哲", []),
    ("ygf", "Person", "余国芳", []),
    ("ydc", "Person", "叶德朝", []),
    ("dy", "Person", "杜勇", []),
    ("xlp", "Person", "熊李平", []),
    ("wxl", "Person", "吴晓玲", []),
    ("zch", "Person", "郑传辉", []),
    ("lcr", "Person", "李城冉", []),
    ("tc", "Person", "涂超", []),
    ("lm", "Person", "李明", []),
]
EV = "全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式正式启动"
FULL = (
    "中国管理科学研究院高级管理人才培训中心主任董英豪,中国银行信阳分行行长李慧勇和我县领导周哲、余国芳、"
    "叶德朝、杜勇、熊李平、吴晓玲、郑传辉、李城冉、涂超、李明等出席签约仪式或参加开工仪式"
)
LIST = "我县领导周哲、余国芳、叶德朝、杜勇、熊李平、吴晓玲、郑传辉、李城冉、涂超、李明等出席签约仪式或参加开工仪式"
SIGN = "罗山县人民政府分别同中国管理科学研究院、中电建地热开发公司等企业项目进行了现场集中签约"
D = {"date": "2021-10-08"}
RELATIONS = [
    ("zone", "locatedIn", "ls", "罗山县产业集聚区"),
    ("pj", "locatedIn", "zone", "罗山县产业集聚区电子电器元器件专业园(二期)项目"),
    ("ev", "locatedIn", "zone", EV),
    ("pj", "participatesIn", "ev", EV, D),
    ("ls", "participatesIn", "sgyp", EV),
    ("ls", "implements", "bz", "我县坚持以项目建设作为经济工作的主抓手,深入实施“倍增计划”和“百园增效”行动"),
    ("ls", "implements", "by", "我县坚持以项目建设作为经济工作的主抓手,深入实施“倍增计划”和“百园增效”行动"),
    ("xw", "locatedIn", "ls", "县委书记周哲"),
    ("xzf", "locatedIn", "ls", "罗山县人民政府"),
    ("dyh", "worksFor", "pxzx", "中国管理科学研究院高级管理人才培训中心主任董英豪", {"title": "主任"}),
    ("lhy", "worksFor", "boc", "中国银行信阳分行行长李慧勇", {"title": "行长"}),
    ("zz", "worksFor", "xw", "县委书记周哲", {"title": "县委书记"}),
    ("ygf", "worksFor", "xzf", "代县长余国芳", {"title": "代县长"}),
    ("xzf", "participatesIn", "ev", SIGN, D),
    ("kxy", "participatesIn", "ev", SIGN, D),
    ("zdj", "participatesIn", "ev", SIGN, D),
    ("dyh", "participatesIn", "ev", FULL, D),
    ("lhy", "participatesIn", "ev", FULL, D),
] + [
    (p, "participatesIn", "ev", LIST, D)
    for p in ["zz", "ygf", "ydc", "dy", "xlp", "wxl", "zch", "lcr", "tc", "lm"]
]
VALUES = [
    ("ev", "date", "2021-10-08", "", "10月8日上午,全省第二期“三个一批”活动暨罗山县产业集聚区"),
    ("ev", "projectCount", 10, "project", "此次集中开工的10个重点项目,总投资20亿元,年度投资3.66亿元"),
    ("ev", "totalInvestment", 2000000000, "CNY", "此次集中开工的10个重点项目,总投资20亿元,年度投资3.66亿元"),
    (
        "ev",
        "annualPlannedInvestment",
        366000000,
        "CNY",
        "此次集中开工的10个重点项目,总投资20亿元,年度投资3.66亿元",
    ),
    ("ls", "projectCount", 133, "project", "全县133个重点项目,累计完成投资167.1亿元"),
    ("ls", "investmentCompleted", 16710000000, "CNY", "全县133个重点项目,累计完成投资167.1亿元"),
    ("ls", "shareOfAnnualPlanCompleted", 75, "%", "占年度投资计划的75%"),
]
NOTES = [
    "Source: 罗山县人民政府 website (河南省信阳市罗山县), item dated 2021-10-09 (ceremony 10月8日 = 2021-10-08, "
    "the text says 我县2021年第四批). The site header (current time), the 时间/来源/作者/浏览次数 line, an image file "
    "name and the footer were dropped.",
    "信阳 occurs only inside 中国银行信阳分行 and 河南 not at all (全省, 省委): no City or Province entity (rule 5), "
    "so 罗山县 has no partOf. 省委 (省委工作会议) resolves to 中共河南省委 (rule 1; label not written).",
    "One Event: the page reports one occasion with two parts, the signing (集中签约仪式, 签约仪式) and the start "
    "(开工仪式); the attendance sentence joins them (出席签约仪式或参加开工仪式) and 此次集中签约及开工的项目 treats "
    "them together, so the signing and start ceremonies are aliases of the composite event named in the headline. "
    "It is located in 罗山县产业集聚区, the zone its name names. No organiser is written (正式启动).",
    "“三个一批”活动 (Henan's 签约一批、开工一批、投产一批 campaign) is a Programme; 全省第二期… is its round, kept as an "
    "alias. 罗山县 takes part in it (participatesIn: its session is part of the province-wide round). 罗山县 "
    "implements “倍增计划” and “百园增效”行动 (我县…深入实施). 项目为王 is a slogan, not a programme.",
    "Signing at the event (rule 4): 罗山县人民政府, 中国管理科学研究院 (Institution) and 中电建地热开发公司. The two "
    "guests and the ten 我县领导 attend → participatesIn. Only 周哲 (县委书记 → 中共罗山县委) and 余国芳 (代县长 → "
    "罗山县人民政府, which is written) have posts the text names; the others (我县领导) get no worksFor (rule 2).",
    "董英豪 worksFor the training centre (中国管理科学研究院高级管理人才培训中心, an Institution, as written); "
    "李慧勇 worksFor 中国银行信阳分行 (a bank branch, Company).",
    "Not annotated as entities: 省委工作会议 and 市第六次党代会 (meetings referred to, not reported; no relation "
    "would attach), 42个涉市重点项目 (a count).",
    "Values: the ten started projects (20亿元, 年度投资3.66亿元) are on the event; the county's 133 projects and "
    "167.1亿元 completed on 罗山县.",
]
