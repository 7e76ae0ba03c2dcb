ENTITIES = [
    ("sy", "City", "沈阳市", []),
    ("lz", "District", "辽中区", ["全区"]),
    (
        "ev",
        "Event",
        "2020年春季重点项目集中开工暨辽宁百岁国际家居建材工业园项目开工仪式",
        ["开工仪式", "沈阳市辽中区2020春季重点项目集中开工"],
    ),
    ("qw", "GovernmentBody", "中共辽中区委", ["区委", "辽中区委"]),
    ("qzf", "GovernmentBody", "辽中区人民政府", ["区政府"]),
    ("rd", "GovernmentBody", "辽中区人大常委会", ["区人大常委会"]),
    ("zx", "GovernmentBody", "政协辽中区委员会", ["区政协"]),
    ("syzf", "GovernmentBody", "沈阳市人民政府", ["沈阳市政府"]),
    ("syw", "GovernmentBody", "中共沈阳市委", ["市委"]),
    ("dzy", "GovernmentBody", "党中央", []),
    ("ybs", "Company", "浙江一百岁集团", ["一百岁集团"]),
    ("pj", "Project", "辽宁百岁国际家居建材工业园项目", ["辽宁百岁国际家居建材工业园"]),
    ("p2", "Project", "辽宁荣信沐樾府", []),
    ("p3", "Project", "和世泰钛材加工中心", []),
    ("prog", "Programme", "“一手抓疫情防控、一手抓复工复产”", ["一手抓疫情防控、一手抓复工复产"]),
    ("wxw", "Person", "温向伟", []),
    ("bsj", "Person", "卜世杰", []),
    ("mlw", "Person", "马立伟", []),
    ("lsw", "Person", "李淑文", []),
    ("zwg", "Person", "郑文贵", []),
    ("wp", "Person", "魏鹏", []),
    ("zxb", "Person", "张新波", []),
]
EVB = "辽中区举行2020年春季重点项目集中开工暨辽宁百岁国际家居建材工业园项目开工仪式"
ATT = "区委书记温向伟,区长卜世杰,区人大常委会主任马立伟,区政协主席李淑文等领导及浙江一百岁集团董事长郑文贵出席开工仪式"
LIST = "集中开工的辽宁百岁国际家居建材工业园、辽宁荣信沐樾府、和世泰钛材加工中心等20个重点项目"
D = {"date": "2020-04-15"}
RELATIONS = (
    [
        ("lz", "partOf", "sy", "沈阳市辽中区"),
        ("lz", "organizes", "ev", EVB, D),
        ("ev", "locatedIn", "lz", EVB),
        ("qw", "locatedIn", "lz", "辽中区委常委"),
        ("qzf", "locatedIn", "lz", "辽中区人民政府副区长魏鹏"),
        ("rd", "locatedIn", "lz", "区人大常委会主任马立伟"),
        ("zx", "locatedIn", "lz", "区政协主席李淑文"),
        ("syzf", "locatedIn", "sy", "2020年沈阳市政府下达辽中区开复工亿元以上重点项目80个"),
        ("syw", "locatedIn", "sy", "按照党中央、省、市委决策部署"),
        (
            "ybs",
            "investsIn",
            "pj",
            "辽宁百岁国际家居建材工业园项目是由浙江百强科技企业一百岁集团在辽中区投资兴建",
            {"amount": {"value": 1000000000, "unit": "CNY"}},
        ),
        (
            "pj",
            "locatedIn",
            "lz",
            "辽宁百岁国际家居建材工业园项目是由浙江百强科技企业一百岁集团在辽中区投资兴建",
        ),
        ("p2", "locatedIn", "lz", LIST),
        ("p3", "locatedIn", "lz", LIST),
        ("pj", "participatesIn", "ev", EVB, D),
        ("p2", "participatesIn", "ev", LIST, D),
        ("p3", "participatesIn", "ev", LIST, D),
        (
            "qw",
            "implements",
            "prog",
            "辽中区委、区政府按照党中央、省、市委决策部署,坚持“一手抓疫情防控、一手抓复工复产”",
        ),
        (
            "qzf",
            "implements",
            "prog",
            "辽中区委、区政府按照党中央、省、市委决策部署,坚持“一手抓疫情防控、一手抓复工复产”",
        ),
        ("wxw", "worksFor", "qw", "区委书记温向伟", {"title": "区委书记"}),
        ("bsj", "worksFor", "qzf", "区长卜世杰", {"title": "区长"}),
        ("mlw", "worksFor", "rd", "区人大常委会主任马立伟", {"title": "主任"}),
        ("lsw", "worksFor", "zx", "区政协主席李淑文", {"title": "主席"}),
        ("zwg", "worksFor", "ybs", "浙江一百岁集团董事长郑文贵", {"title": "董事长"}),
        ("wp", "worksFor", "qzf", "辽中区人民政府副区长魏鹏", {"title": "副区长"}),
        ("zxb", "worksFor", "qw", "辽中区委常委、常务副区长张新波", {"title": "区委常委"}),
        ("zxb", "worksFor", "qzf", "辽中区委常委、常务副区长张新波", {"title": "常务副区长"}),
    ]
    + [(p, "participatesIn", "ev", ATT, D) for p in ["wxw", "bsj", "mlw", "lsw", "zwg"]]
    + [
        (
            "wp",
            "participatesIn",
            "ev",
            "开工仪式上,辽中区人民政府副区长魏鹏介绍了一季度集中开工重点项目情况",
            D,
        ),
        ("zxb", "participatesIn", "ev", "辽中区委常委、常务副区长张新波在致辞中指出", D),
    ]
)
VALUES = [
    ("ev", "date", "2020-04-15", "xsd:date", "4月15日,辽中区举行2020年春季重点项目集中开工"),
    ("pj", "plannedArea", 400, "mu", "项目初步规划400亩"),
    ("pj", "totalInvestment", 1000000000, "CNY", "总投资10亿元人民币"),
    ("pj", "constructionStartDate", "2020-04-15", "xsd:date", "项目于2020年4月15日开工建设"),
    ("lz", "majorProjectCount", 80, "project", "2020年沈阳市政府下达辽中区开复工亿元以上重点项目80个"),
    ("lz", "projectCount", 60, "project", "已落实市重点项目60个"),
    ("lz", "projectsStarted", 45, "project", "累计开复工项目45个,总投资79.22亿元"),
    ("lz", "startedProjectsInvestment", 7922000000, "CNY", "累计开复工项目45个,总投资79.22亿元"),
    ("lz", "annualPlannedInvestment", 2052000000, "CNY", "年度计划完成投资20.52亿元"),
    ("lz", "enterprisesResumed", 516, "enterprise", "全区共有516家企业复工复产"),
    ("lz", "industrialEnterprisesResumed", 78, "enterprise", "其中规上工业企业78家"),
    ("lz", "resumptionRate", 93, "%", "复工复产率达93%"),
    ("ev", "projectCount", 20, "project", "等20个重点项目,总投资28.77亿元"),
    ("ev", "totalInvestment", 2877000000, "CNY", "等20个重点项目,总投资28.77亿元"),
]
NOTES = [
    "Source: brant-cn.com repost (dated 2020-04-16) of a 沈阳 district report. The page's date line was dropped; "
    "the excerpt broke off mid-sentence (这些项目的开工建设不仅展示了…也充分体现了), so that sentence was dropped.",
    "Event: the ceremony is labelled with its longest written form (2020年春季重点项目集中开工暨…项目开工仪式); the "
    "headline form and 开工仪式 are aliases. 辽中区 organizes it (辽中区举行) and it is locatedIn 辽中区, dated "
    "2020-04-15.",
    "Bodies by rule 1: 区委 / 辽中区委 → 中共辽中区委; 区长, 辽中区人民政府 → 辽中区人民政府 (written); 区人大常委会, "
    "区政协 → the district bodies; 沈阳市政府 → 沈阳市人民政府; 市委 (in 省、市委决策部署) → 中共沈阳市委. The 省委 of "
    "省、市委 is written only as 省 and is not annotated; no Province entity (辽宁 occurs only inside project names, "
    "rule 5). 党中央 is a GovernmentBody as in the seed gold, with no relation.",
    "浙江一百岁集团 (alias 一百岁集团, as the text writes it after 浙江百强科技企业) invests 10亿元 in the 工业园项目 "
    "(由…投资兴建, 总投资10亿元) → investsIn with the amount. 浙江 appears only inside the firm's name. The chairman "
    "attends, the firm itself is not said to sign, so no participatesIn for the firm.",
    "Projects: the park project named in the event name, and the two other named projects of the 20 started "
    "(辽宁荣信沐樾府, a housing project, and 和世泰钛材加工中心) participatesIn the event and are locatedIn 辽中区. "
    "The park project's functional areas (生产加工区 …) are generic, not entities.",
    "“一手抓疫情防控、一手抓复工复产” is typed Programme (a quoted policy line the district committee and government "
    "carry out: 坚持) and implemented by both. A judgement call; 新冠肺炎疫情 is not an entity.",
    "Attendees: the four district leaders and the firm's chairman (出席), the deputy head who presents (介绍) and the "
    "standing-committee member who speaks (致辞) → participatesIn.",
]
