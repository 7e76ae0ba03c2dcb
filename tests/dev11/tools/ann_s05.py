ENTITIES = [
    ("bs", "District", "宝山区", []),
    ("z1", "Zone", "南大智慧城", []),
    ("z2", "Zone", "吴淞创新城", []),
    ("z3", "Zone", "北上海生物医药产业园", []),
    ("p1", "Project", "南大科创之门项目", ["南大科创之门"]),
    ("p2", "Project", "华二高中", []),
    ("ev", "Event", "宝山区一批重大项目集中启动", []),
    ("qw", "GovernmentBody", "中共宝山区委", ["区委"]),
    ("rd", "GovernmentBody", "宝山区人大常委会", ["区人大常委会"]),
    ("lg", "Company", "临港集团", []),
    ("cj", "Person", "陈杰", []),
    ("gyy", "Person", "高奕奕", []),
    ("lm", "Person", "吕鸣", []),
    ("lp", "Person", "李萍", []),
    ("zy", "Person", "张义", []),
    ("zyc", "Person", "郑益川", []),
    ("mqy", "Person", "孟庆源", []),
    ("zl", "Person", "翟磊", []),
    ("zzw", "Person", "朱众伟", []),
]
D = {"date": "2022-01-18"}
EVB = "南大科创之门项目奠基现场,宝山区一批重大项目集中启动"
LEAD = (
    "区委书记陈杰,区委副书记、区长高奕奕,临港集团党委副书记、总裁吕鸣,区人大常委会主任李萍,区委副书记张义,"
    "区委常委、副区长郑益川、孟庆源,副区长翟磊、朱众伟等领导共同出席见证"
)
PRJ = "其中南大科创之门等25个产业项目,总投资253亿元;华二高中等20个民生项目"
ZONES = "南大智慧城、吴淞创新城吸引集聚投资超百亿元;北上海生物医药产业园等3个市级特色产业园区"
RELATIONS = (
    [
        ("ev", "locatedIn", "bs", EVB),
        ("p1", "locatedIn", "bs", EVB),
        ("p2", "locatedIn", "bs", PRJ),
        ("qw", "locatedIn", "bs", LEAD),
        ("rd", "locatedIn", "bs", LEAD),
        ("cj", "worksFor", "qw", "区委书记陈杰", {"title": "区委书记"}),
        ("gyy", "worksFor", "qw", "区委副书记、区长高奕奕", {"title": "区委副书记"}),
        ("lm", "worksFor", "lg", "临港集团党委副书记、总裁吕鸣", {"title": "总裁"}),
        ("lp", "worksFor", "rd", "区人大常委会主任李萍", {"title": "主任"}),
        ("zy", "worksFor", "qw", "区委副书记张义", {"title": "区委副书记"}),
        ("zyc", "worksFor", "qw", "区委常委、副区长郑益川", {"title": "区委常委"}),
        ("mqy", "worksFor", "qw", "区委常委、副区长郑益川、孟庆源", {"title": "区委常委"}),
        ("p1", "participatesIn", "ev", EVB, D),
        ("p2", "participatesIn", "ev", PRJ, D),
    ]
    + [(z, "locatedIn", "bs", ZONES) for z in ["z1", "z2", "z3"]]
    + [
        (p, "participatesIn", "ev", LEAD, D)
        for p in ["cj", "gyy", "lm", "lp", "zy", "zyc", "mqy", "zl", "zzw"]
    ]
)
VALUES = [
    ("ev", "date", "2022-01-18", "xsd:date", "今天(1月18日)上午"),
    ("bs", "projectCount", 65, "project", "2022年宝山区共安排重大项目65个,总投资约1600亿元"),
    ("bs", "totalInvestment", 160000000000, "CNY", "2022年宝山区共安排重大项目65个,总投资约1600亿元"),
    ("ev", "projectCount", 45, "project", "本次集中启动项目45个,总投资逾350亿元"),
    ("ev", "totalInvestment", 35000000000, "CNY", "本次集中启动项目45个,总投资逾350亿元"),
]
NOTES = [
    "Source: mediparksh.com (a 宝山 bio-pharma park's site) repost; the year comes from the text (2022年宝山区共安排…). "
    "The page's editor line (责任编辑:…) was dropped; the body has no headline.",
    "Places: only 宝山区 is named; 上海 is not written (市级 is generic), so no Province node and no partOf. The two "
    "转型板块 (南大智慧城, 吴淞创新城) and the 北上海生物医药产业园 are Zones of the district (the report is about "
    "宝山's projects; judgement: locatedIn 宝山区).",
    "Event: the collective launch is reported without an event noun; by rule 3 it is an Event labelled with the written "
    "form 宝山区一批重大项目集中启动, held at the 南大科创之门 site in 宝山区, 2022-01-18 (今天(1月18日)). The two "
    "named projects (南大科创之门, 华二高中 — a school-building project counted among the 民生项目) are among those "
    "launched → participatesIn, locatedIn 宝山区.",
    "Bodies: 区委 (in the titles) → 中共宝山区委; 区人大常委会 → 宝山区人大常委会. The district government is not "
    "written (区长, 副区长 are titles only, rule 1), so 高奕奕, 郑益川, 孟庆源, 翟磊, 朱众伟 get no worksFor for those "
    "titles. 临港集团 (company) — 吕鸣 its 总裁 (and deputy party secretary).",
    "People: the nine leaders 共同出席见证 → participatesIn.",
]
