ENTITIES = [
    ("yk", "City", "营口市", ["营口", "我市", "全市"]),
    ("ln", "Province", "辽宁省", ["辽宁"]),
    ("evp", "Event", "辽宁省2025年一季度重点项目集中开工动员大会", ["省动员大会"]),
    (
        "ev",
        "Event",
        "2025年一季度重点项目集中开工动员大会暨辽宁金天马专用车制造有限公司汽车核心零部件绿色智能制造项目开工活动",
        [
            "营口市2025年一季度重点项目集中开工动员大会",
            "我市2025年一季度重点项目集中开工动员大会",
            "全市一季度重点项目集中开工动员大会",
            "开工动员大会",
            "动员大会",
        ],
    ),
    ("jtm", "Company", "辽宁金天马专用车制造有限公司", []),
    (
        "pj",
        "Project",
        "辽宁金天马专用车制造有限公司汽车核心零部件绿色智能制造项目",
        ["汽车核心零部件绿色智能制造项目"],
    ),
    ("sw", "GovernmentBody", "中共营口市委", ["市委"]),
    ("szf", "GovernmentBody", "营口市人民政府", ["市政府"]),
    ("rd", "GovernmentBody", "营口市人大常委会", ["市人大常委会"]),
    ("zx", "GovernmentBody", "政协营口市委员会", ["市政协"]),
    ("fgw", "GovernmentBody", "营口市发展和改革委员会", ["市发改委"]),
    ("ftz", "Zone", "辽宁自由贸易试验区营口片区", []),
    ("shw", "GovernmentBody", "中共辽宁省委", ["省委"]),
    ("szfp", "GovernmentBody", "辽宁省人民政府", ["省政府"]),
    ("yhm", "Person", "姚华明", []),
    ("lj", "Person", "李军", []),
    ("swd", "Person", "史卫东", []),
    ("lhl", "Person", "李红莉", []),
    ("xjp", "Person", "习近平", []),
]
EVB = "我市举行2025年一季度重点项目集中开工动员大会暨辽宁金天马专用车制造有限公司汽车核心零部件绿色智能制造项目开工活动"
D = {"date": "2025-03-17"}
RELATIONS = [
    ("yk", "partOf", "ln", "辽宁省2025年一季度重点项目集中开工动员大会举行"),
    ("yk", "organizes", "ev", EVB, D),
    ("ev", "locatedIn", "yk", EVB),
    ("jtm", "operates", "pj", "辽宁金天马专用车制造有限公司汽车核心零部件绿色智能制造项目开工活动"),
    ("pj", "participatesIn", "ev", EVB, D),
    ("pj", "locatedIn", "yk", EVB),
    ("ftz", "locatedIn", "yk", "辽宁自由贸易试验区营口片区"),
    ("sw", "locatedIn", "yk", "李军代表市委、市政府向各位企业家选择营口"),
    ("szf", "locatedIn", "yk", "李军代表市委、市政府向各位企业家选择营口"),
    ("rd", "locatedIn", "yk", "市人大常委会主任史卫东"),
    ("zx", "locatedIn", "yk", "市政协主席李红莉"),
    ("fgw", "locatedIn", "yk", "听取市发改委"),
    ("shw", "locatedIn", "ln", "落实省委、省政府部署要求"),
    ("szfp", "locatedIn", "ln", "落实省委、省政府部署要求"),
    ("yhm", "worksFor", "sw", "市委书记姚华明", {"title": "市委书记"}),
    ("lj", "worksFor", "sw", "市委副书记、市长李军", {"title": "市委副书记"}),
    ("lj", "worksFor", "szf", "市委副书记、市长李军", {"title": "市长"}),
    ("swd", "worksFor", "rd", "市人大常委会主任史卫东", {"title": "主任"}),
    ("lhl", "worksFor", "zx", "市政协主席李红莉", {"title": "主席"}),
    ("yhm", "participatesIn", "ev", "市委书记姚华明出席开工动员大会并宣布开工", D),
    ("lj", "participatesIn", "ev", "市委副书记、市长李军讲话", D),
    ("swd", "participatesIn", "ev", "市人大常委会主任史卫东、市政协主席李红莉出席", D),
    ("lhl", "participatesIn", "ev", "市人大常委会主任史卫东、市政协主席李红莉出席", D),
]
VALUES = [
    ("evp", "date", "2025-03-17", "", "3月17日,辽宁省2025年一季度重点项目集中开工动员大会举行"),
    ("evp", "projectCount", 1359, "project", "总投资超3500亿元的1359个新项目集中开工"),
    ("evp", "totalInvestment", 350000000000, "CNY", "总投资超3500亿元的1359个新项目集中开工"),
    ("ev", "projectCount", 150, "project", "全市150个重大项目集中开工,总投资317亿元"),
    ("ev", "totalInvestment", 31700000000, "CNY", "全市150个重大项目集中开工,总投资317亿元"),
    ("yk", "projectCount", 640, "project", "全市2025年已落实项目640个,总投资2720.5亿元"),
    ("yk", "totalInvestment", 272050000000, "CNY", "全市2025年已落实项目640个,总投资2720.5亿元"),
    ("yk", "annualPlannedInvestment", 55060000000, "CNY", "全年预计完成投资550.6亿元"),
    ("yk", "projectsStarted", 455, "project", "一季度,我市预计开复工项目455个,总投资2064.9亿元"),
    (
        "yk",
        "startedProjectsInvestment",
        206490000000,
        "CNY",
        "一季度,我市预计开复工项目455个,总投资2064.9亿元",
    ),
]
NOTES = [
    "Source: a repost (cindmin.com, 镁频道) of a 营口 city report (我市); site menus, the breadcrumb and the "
    "发布时间/浏览量 line were dropped. The excerpt broke off mid-sentence after …的实际行动。(各地区、各部门要…"
    "项目服务要再提效,); that unfinished sentence was dropped.",
    "Two events: the provincial 辽宁省2025年一季度重点项目集中开工动员大会 (alias 省动员大会; no organiser "
    "written, only 举行) and the city's event, labelled with its longest form (…动员大会暨…项目开工活动); the "
    "title's 营口市2025年一季度…动员大会 and the shorter forms are aliases. The city event is organised by and "
    "located in 营口市 (我市举行), dated 2025-03-17 (same day: 省动员大会结束后). 营口 is not said to take part in "
    "the provincial event, so no participatesIn there.",
    "The project named in the event name (辽宁金天马专用车制造有限公司汽车核心零部件绿色智能制造项目; the short form "
    "without the firm is an alias) participatesIn the event (a project started at it), is operated by the firm "
    "whose name prefixes it, and is locatedIn 营口市 (started at the city's event). No amount is given for it.",
    "Bodies by rule 1: 市委 (市委书记, 市委副书记, 市委、市政府) → 中共营口市委; 市长/市政府 → 营口市人民政府; "
    "市人大常委会 → 营口市人大常委会; 市政协 → 政协营口市委员会; 市发改委 → 营口市发展和改革委员会; 省委、省政府 "
    "→ 中共辽宁省委, 辽宁省人民政府. Labels other than the written short forms are not in the text.",
    "Four officials attend/speak (出席, 宣布开工, 讲话) → participatesIn the city event. 习近平 is a named person "
    "(总书记; the central committee is not written) with no relation.",
    "Values: the province event's totals (超3500亿元 is a lower bound, recorded as 3500亿), the city event's 150 "
    "projects / 317亿元, and the city-wide yearly and first-quarter figures on 营口市. 各县(市)区 and 重点企业 are "
    "unnamed, not entities.",
]
