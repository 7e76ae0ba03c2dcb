ENTITIES = [
    ("yl", "City", "榆林市", []),
    ("wb", "District", "吴堡县", ["吴堡", "全县"]),
    (
        "ev",
        "Event",
        "2022年第三季度重点项目集中开工仪式",
        ["开工仪式", "仪式", "第三季度重点项目集中开工"],
    ),
    ("media", "Institution", "文化艺术报", ["文化艺术网"]),
    ("xw", "GovernmentBody", "中共吴堡县委", ["吴堡县委"]),
    ("xz", "GovernmentBody", "吴堡县人民政府", ["政府"]),
    ("rd", "GovernmentBody", "吴堡县人大常委会", ["县人大常委会"]),
    ("zx", "GovernmentBody", "政协吴堡县委员会", ["吴堡县政协"]),
    ("jtj", "GovernmentBody", "吴堡县教育和体育局", ["教体局"]),
    ("zrj", "GovernmentBody", "吴堡县自然资源和规划局", []),
    ("sjc", "GovernmentBody", "宋家川街道党工委", []),
    ("gc", "Programme", "稳进提质攻坚战", []),
    ("p1", "Project", "空心挂面产业园", []),
    ("p2", "Project", "淤地坝", []),
    ("p3", "Project", "第四完全小学", []),
    ("p4", "Project", "城区房地产", []),
    ("lyj", "Person", "刘燕郡", []),
    ("cyy", "Person", "曹育毓", []),
    ("yz", "Person", "杨政", []),
    ("lxc", "Person", "李向春", []),
    ("cyz", "Person", "陈耀忠", []),
    ("wg", "Person", "魏国", []),
    ("hxj", "Person", "韩秀晋", []),
    ("hry", "Person", "贺若玉", []),
    ("zht", "Person", "朱海涛", []),
    ("wzr", "Person", "王政瑞", []),
    ("xb", "Person", "邢波", []),
    ("krr", "Person", "寇俊仁", []),
    ("lxd", "Person", "李旭东", []),
    ("xys", "Person", "薛永升", []),
    ("zzj", "Person", "张子君", []),
    ("wn", "Person", "王娜", []),
    ("sqh", "Person", "宋琦辉", []),
    ("zzb", "Person", "张治斌", []),
    ("df", "Person", "杜峰", []),
]
D = {"date": "2022-07-05"}
HOLD = "榆林市吴堡县举行2022年第三季度重点项目集中开工仪式"
ATT = (
    "吴堡县委书记杨政,县人大常委会主任李向春,政府县长陈耀忠,在家县级领导魏国、韩秀晋、贺若玉、朱海涛、王政瑞、邢波、"
    "寇俊仁、李旭东、薛永升、张子君、王娜、宋琦辉、张治斌、杜峰等出席开工仪式"
)
LEADERS = ["wg", "hxj", "hry", "zht", "wzr", "xb", "krr", "lxd", "xys", "zzj", "wn", "sqh", "zzb", "df"]
LIST = "当天集中开工空心挂面产业园、淤地坝、第四完全小学、城区房地产等重点项目8个"
RELATIONS = (
    [
        ("wb", "partOf", "yl", HOLD),
        ("wb", "organizes", "ev", HOLD, D),
        ("ev", "locatedIn", "wb", HOLD),
        ("wb", "participatesIn", "gc", "为吴堡县打好稳进提质攻坚战积势蓄力"),
        ("xw", "locatedIn", "wb", "吴堡县委书记杨政"),
        ("xz", "locatedIn", "wb", "政府县长陈耀忠"),
        ("rd", "locatedIn", "wb", "县人大常委会主任李向春"),
        ("zx", "locatedIn", "wb", "吴堡县政协副主席"),
        ("jtj", "locatedIn", "wb", "吴堡县政协副主席、教体局局长宋琦辉"),
        ("zrj", "locatedIn", "wb", "吴堡县自然资源和规划局负责人"),
        ("lyj", "worksFor", "media", "文化艺术网-文化艺术报讯(全媒体记者 刘燕郡", {"title": "全媒体记者"}),
        ("yz", "worksFor", "xw", "吴堡县委书记杨政", {"title": "县委书记"}),
        ("lxc", "worksFor", "rd", "县人大常委会主任李向春", {"title": "主任"}),
        ("cyz", "worksFor", "xz", "政府县长陈耀忠", {"title": "县长"}),
        ("hxj", "worksFor", "xw", "吴堡县委常委、常务副县长韩秀晋", {"title": "县委常委"}),
        ("hxj", "worksFor", "xz", "吴堡县委常委、常务副县长韩秀晋", {"title": "常务副县长"}),
        ("sqh", "worksFor", "zx", "吴堡县政协副主席、教体局局长宋琦辉", {"title": "副主席"}),
        ("sqh", "worksFor", "jtj", "吴堡县政协副主席、教体局局长宋琦辉", {"title": "局长"}),
        ("yz", "participatesIn", "ev", ATT, D),
        ("lxc", "participatesIn", "ev", ATT, D),
        ("cyz", "participatesIn", "ev", ATT, D),
    ]
    + [(p, "participatesIn", "ev", ATT, D) for p in LEADERS]
    + [(p, "participatesIn", "ev", LIST, D) for p in ["p1", "p2", "p3", "p4"]]
    + [(p, "locatedIn", "wb", LIST) for p in ["p1", "p2", "p3", "p4"]]
)
VALUES = [
    ("ev", "date", "2022-07-05", "", "7月5日,榆林市吴堡县举行2022年第三季度重点项目集中开工仪式"),
    ("wb", "keyProjectCount", 70, "project", "2022年全县共安排重点建设项目70个"),
    ("wb", "totalInvestment", 11738000000, "CNY", "项目总投资117.38亿元"),
    ("wb", "annualInvestment", 2220000000, "CNY", "年度投资22.2亿元"),
    ("wb", "q3PlannedProjectCount", 14, "project", "第三季度计划开工重点建设项目14个"),
    ("wb", "q3PlannedInvestment", 9441000000, "CNY", "计划总投资94.41亿元"),
    ("wb", "q3AnnualPlannedInvestment", 986000000, "CNY", "年度计划投资9.86亿元"),
    ("ev", "projectCount", 8, "project", LIST),
    ("ev", "totalInvestment", 820000000, "CNY", "总投资8.2亿元,年度计划投资2.97亿元"),
    ("ev", "annualPlannedInvestment", 297000000, "CNY", "总投资8.2亿元,年度计划投资2.97亿元"),
]
NOTES = [
    "Source: 文化艺术网 (whysw.org, 陕西资讯), 2022-07-06, by 刘燕郡 (全媒体记者) and 曹育毓 (通讯员). The page "
    "header line (来源/作者/时间) was dropped. The excerpt broke off in the last sentence (吴堡县委、县政府各有关部门单位"
    "主…); that unfinished sentence was dropped, so 吴堡县委、县政府 is not in the text any more; the county bodies are "
    "written elsewhere (吴堡县委书记, 政府县长).",
    "文化艺术网-文化艺术报讯: the paper and its website are treated as one Institution (label 文化艺术报, alias "
    "文化艺术网); the 全媒体记者 刘燕郡 works for it; the 通讯员 曹育毓 gets no worksFor (a correspondent).",
    "Places: 吴堡县 partOf 榆林市 (division list); 陕西 is not written. 宋家川街道 occurs only inside 宋家川街道党工委 "
    "(rule 5), so the 党工委 is a body with no place relation.",
    "Event: 2022年第三季度重点项目集中开工仪式 (label as written after 举行), held and organised by 吴堡县 (…吴堡县举行…); "
    "the headline's 第三季度重点项目集中开工, 开工仪式 and 仪式 are aliases. Dated 2022-07-05.",
    "Bodies (rule 1): 吴堡县委 → 中共吴堡县委; 政府 (政府县长) and 常务副县长 → 吴堡县人民政府; 县人大常委会; "
    "吴堡县政协 → 政协吴堡县委员会; 教体局 → 吴堡县教育和体育局; 吴堡县自然资源和规划局. All located in 吴堡县.",
    "worksFor: 杨政 (县委书记), 李向春 (县人大常委会主任), 陈耀忠 (县长), 韩秀晋 (县委常委, 常务副县长), 宋琦辉 (县政协副主席, "
    "教体局局长). The other 在家县级领导 get no worksFor (a rank, not a body). All 17 named attendees participatesIn the "
    "ceremony (出席, 宣布开工, 主持, 介绍, 表态发言).",
    "Projects: the four items of 当天集中开工…等重点项目8个 (空心挂面产业园, 淤地坝, 第四完全小学, 城区房地产) are taken as "
    "the started projects (participatesIn, located in the county), though 淤地坝 and 城区房地产 are generic descriptions "
    "— a judgement call.",
    "稳进提质攻坚战 (the provincial 'steady progress, better quality' campaign) is a Programme the county takes part in "
    "(打好…攻坚战 → participatesIn).",
    "Values: the county's year (70 projects, 117.38亿元, 22.2亿元 this year), its third-quarter plan (14 projects, "
    "94.41亿元, 9.86亿元) and the ceremony's 8 projects (8.2亿元, 2.97亿元 this year).",
]
