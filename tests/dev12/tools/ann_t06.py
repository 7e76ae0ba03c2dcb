ENTITIES = [
    ("sm", "District", "石门县", []),
    ("wx", "Town", "维新镇", []),
    ("gfs", "Village", "观峰山村", []),
    ("hnrb", "Institution", "湖南日报", ["湖南日报·新湖南客户端"]),
    ("ev", "Event", "项目集中开工仪式", ["开工仪式"]),
    ("ev2", "Event", "正大集团石门100万头生猪产业链乌木溪6000头种猪场项目开工仪式", []),
    ("xw", "GovernmentBody", "中共石门县委", ["县委"]),
    ("xwb", "GovernmentBody", "中共石门县委办公室", ["县委办"]),
    ("zf", "GovernmentBody", "石门县人民政府", ["县政府"]),
    ("gbx", "Person", "郭碧勋", []),
    ("lyj", "Person", "李裕军", []),
    ("cj", "Person", "陈建", []),
    ("thc", "Person", "唐汇驰", []),
    ("ljs", "Person", "李金生", []),
    ("zsg", "Person", "张树国", []),
    ("zyy", "Person", "张业勇", []),
    ("zk", "Person", "张凯", []),
    ("gyl", "Person", "龚云林", []),
    ("kwh", "Person", "康文化", []),
    ("myp", "Person", "马业平", []),
    ("r1", "Person", "郑凯洲", []),
    ("r2", "Person", "刘炯", []),
    ("r3", "Person", "王章建", []),
    ("r4", "Person", "牟宇飞", []),
    ("p1", "Project", "石门县县域治理现代化指挥中心项目", []),
    ("p2", "Project", "湖南石门超级计算公共平台项目", []),
    ("p3", "Project", "安防线束及汽车线束生产制造项目", []),
    ("p4", "Project", "高清摄像头模块生产线项目", []),
    ("p5", "Project", "湖南愿景物流园建设项目", []),
    (
        "p6",
        "Project",
        "正大集团石门100万头生猪产业链乌木溪6000头种猪场项目",
        ["正大集团乌木溪6000头种猪场项目"],
    ),
]
D = {"date": "2021-10-08"}
BY = "湖南日报·新湖南客户端10月8日讯(记者 郑凯洲 刘炯 王章建 牟宇飞)"
LEAD = (
    "县委书记郭碧勋出席项目集中开工仪式并宣布项目开工,县委常委、常务副县长李裕军致辞,县委常委、县委办主任陈建主持,"
    "县政府党组成员唐汇驰介绍项目情况,县领导李金生、张树国、张业勇出席开工仪式"
)
EV2 = (
    "县委副书记、统战部长张凯在维新镇出席正大集团石门100万头生猪产业链乌木溪6000头种猪场项目开工仪式并宣布项目开工,"
    "县领导龚云林、康文化、马业平参加"
)
WHERE = "该项目位于石门县维新镇观峰山村"
RELATIONS = (
    [
        ("wx", "partOf", "sm", WHERE),
        ("gfs", "partOf", "wx", WHERE),
        ("ev", "locatedIn", "sm", "石门县6大项目集中开工"),
        ("ev2", "locatedIn", "wx", EV2),
        ("xw", "locatedIn", "sm", LEAD),
        ("zf", "locatedIn", "sm", LEAD),
        ("xwb", "partOf", "xw", LEAD),
        ("gbx", "worksFor", "xw", "县委书记郭碧勋", {"title": "县委书记"}),
        ("lyj", "worksFor", "xw", "县委常委、常务副县长李裕军", {"title": "县委常委"}),
        ("lyj", "worksFor", "zf", "县委常委、常务副县长李裕军", {"title": "常务副县长"}),
        ("cj", "worksFor", "xw", "县委常委、县委办主任陈建", {"title": "县委常委"}),
        ("cj", "worksFor", "xwb", "县委常委、县委办主任陈建", {"title": "主任"}),
        ("thc", "worksFor", "zf", "县政府党组成员唐汇驰", {"title": "县政府党组成员"}),
        ("zk", "worksFor", "xw", "县委副书记、统战部长张凯", {"title": "县委副书记"}),
        ("p6", "locatedIn", "gfs", WHERE),
        ("p6", "participatesIn", "ev2", EV2, D),
    ]
    + [(r, "worksFor", "hnrb", BY, {"title": "记者"}) for r in ["r1", "r2", "r3", "r4"]]
    + [(p, "participatesIn", "ev", LEAD, D) for p in ["gbx", "lyj", "cj", "thc", "ljs", "zsg", "zyy"]]
    + [(p, "participatesIn", "ev2", EV2, D) for p in ["zk", "gyl", "kwh", "myp"]]
    + [(p, "participatesIn", "ev", "集中开工的项目包括", D) for p in ["p1", "p2", "p3", "p4", "p5", "p6"]]
    + [(p, "locatedIn", "sm", "石门县6大项目集中开工") for p in ["p1", "p2", "p3", "p4", "p5"]]
)
VALUES = [
    ("ev", "date", "2021-10-08", "xsd:date", "10月8日,石门县6大项目集中开工"),
    ("ev", "projectCount", 6, "project", "石门县6大项目集中开工,总投资约7亿元"),
    ("ev", "totalInvestment", 700000000, "CNY", "石门县6大项目集中开工,总投资约7亿元"),
    ("p1", "investment", 140000000, "CNY", "投资1.4亿元的石门县县域治理现代化指挥中心项目"),
    ("p2", "investment", 100000000, "CNY", "投资1亿元的湖南石门超级计算公共平台项目"),
    ("p3", "investment", 100000000, "CNY", "投资1亿元的安防线束及汽车线束生产制造项目"),
    ("p3", "annualOutput", 35000000, "CNY", "投产达效后年产值达3500万元以上"),
    ("p3", "jobs", 100, "job", "可提供就业岗位100个"),
    ("p4", "investment", 100000000, "CNY", "投资1亿元的高清摄像头模块生产线项目"),
    ("p4", "annualOutput", 100000000, "CNY", "该项目投产达效后可实现年产值1亿元"),
    ("p4", "jobs", 150, "job", "提供就业岗位150个"),
    ("p5", "investment", 50000000, "CNY", "投资5000万元的湖南愿景物流园建设项目"),
    ("p6", "investment", 200000000, "CNY", "投资2亿元的正大集团乌木溪6000头种猪场项目"),
    ("p6", "annualOutput", 720000000, "CNY", "建成后年产值可达7.2亿元"),
    ("p6", "jobs", 60, "job", "提供就业岗位60个"),
]
NOTES = [
    "Source: m.voc.com.cn (新湖南, 湖南日报's app), 2021-10-08. Page chrome (新湖南湖南日报新媒体/打开, 来源/阅读/time line) "
    "dropped; the stored copy breaks off in the last paragraph (近年来,石门县树牢“项目为王”理念…), which was dropped. "
    "The stray spaces before 、 in the first project's description are kept as published.",
    "Places: 石门县 (常德市, not written). 维新镇 and 观峰山村 are given for the pig farm (位于石门县维新镇观峰山村) → Town, "
    "Village, partOf by the division list. 湖南 and 石门 inside project names are not separate mentions (rule 5).",
    "Events: the collective start ceremony (项目集中开工仪式, alias 开工仪式; the county's ceremony, no organiser written → "
    "locatedIn 石门县 only, judgement from 石门县6大项目集中开工) and the pig farm's own start ceremony in 维新镇 (a second "
    "gathering with its own participants, labelled as written).",
    "Bodies by rule 1/2: 县委 → 中共石门县委; 县委办 (县委办主任: the office written, then the title) → 中共石门县委办公室, "
    "a department of the county committee (partOf); 县政府 (县政府党组成员) → 石门县人民政府, so 常务副县长 李裕军 also "
    "worksFor it. 统战部长 is a post within the county committee: the 统战部 is named only inside the title, so no body "
    "(correction after the first run, for consistency with dev9 u06 and ../shared/dev d21, which create no 组织部/统战部 "
    "from 组织部长/统战部长; the first annotation had 中共石门县委统战部). 县领导 李金生, 张树国, 张业勇, 龚云林, 康文化, 马业平: no worksFor (rule 2).",
    "People: all who attend, speak, preside, announce or present at a ceremony participatesIn it. The four reporters of the "
    "dateline (湖南日报·新湖南客户端…讯(记者 …)) worksFor 湖南日报 (Institution; the app is its channel → alias).",
    "Projects: the six started projects participatesIn the collective ceremony; the pig farm is written twice, the longer "
    "form in the second ceremony (正大集团石门100万头生猪产业链乌木溪6000头种猪场项目) → label, the shorter an alias; it "
    "also participatesIn its own ceremony and is locatedIn 观峰山村 (most specific). The five others locatedIn 石门县. "
    "正大集团 occurs only as the head of project names: no Company (as dev10). 澧水河运码头 and 产业园 are not named projects.",
    "Values: ceremony date, 6 projects, 约7亿元 (7亿元), each project's investment, annual output and jobs where written.",
]
