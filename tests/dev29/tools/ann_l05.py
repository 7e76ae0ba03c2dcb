BYLINE = "本网讯(全媒体记者 李刘斈子)8月19日,市领导到华容区调研重点项目建设进展情况"
SB = "市委书记、市人大常委会主任孙兵强调,要深入学习贯彻习近平总书记考察湖北重要讲话精神"
LEADERS = "市委副书记、市长王玺玮,市政协党组书记、主席杜文清,市人大常委会党组书记、副主任王时文参加调研"
SITE1 = "在葛华片区传统制造业产业园基础设施工程(一期)和高端装备制造产业园扩区项目现场"
SITE2 = "走进年产1.05万吨功能性特种纱线智能纺纱设备更新改造和银商云数据中心项目现场"
DONE = "富晶电子智能化设备更新改造项目、鄂州消防训练基地暨湖北省消防职业技能鉴定站装备维修中心战勤保障基地已全面竣工"
ENTITIES = [
    ("hb", "Province", "湖北省", ["湖北"]),
    ("hr", "District", "华容区", []),
    ("sw", "GovernmentBody", "中共鄂州市委", ["市委"]),
    ("rd", "GovernmentBody", "鄂州市人大常委会", ["市人大常委会"]),
    ("zx", "GovernmentBody", "政协鄂州市委员会", ["市政协"]),
    ("wz", "Institution", "鄂州政府网", []),
    ("p1", "Project", "葛华片区传统制造业产业园基础设施工程(一期)", ["葛华片区传统制造业产业园基础设施工程"]),
    ("p2", "Project", "高端装备制造产业园扩区项目", []),
    (
        "p3",
        "Project",
        "年产1.05万吨功能性特种纱线智能纺纱设备更新改造",
        ["年产1.05万吨功能性特种纱线智能纺纱设备更新改造项目"],
    ),
    ("p4", "Project", "银商云数据中心项目", []),
    ("p5", "Project", "富晶电子智能化设备更新改造项目", []),
    (
        "p6",
        "Project",
        "鄂州消防训练基地暨湖北省消防职业技能鉴定站装备维修中心战勤保障基地",
        ["鄂州消防训练基地"],
    ),
    ("prog", "Programme", "“首席服务员”制度", ["首席服务员制度"]),
    ("sb", "Person", "孙兵", []),
    ("wxw", "Person", "王玺玮", []),
    ("dwq", "Person", "杜文清", []),
    ("wsw", "Person", "王时文", []),
    ("llxz", "Person", "李刘斈子", []),
    ("xjp", "Person", "习近平", []),
]
RELATIONS = [
    ("sb", "worksFor", "sw", SB, {"title": "书记"}),
    ("sb", "worksFor", "rd", SB, {"title": "主任"}),
    ("wxw", "worksFor", "sw", LEADERS, {"title": "副书记"}),
    ("dwq", "worksFor", "zx", LEADERS, {"title": "主席"}),
    ("wsw", "worksFor", "rd", LEADERS, {"title": "副主任"}),
    ("llxz", "worksFor", "wz", BYLINE, {"title": "全媒体记者"}),
    ("p1", "locatedIn", "hr", SITE1),
    ("p2", "locatedIn", "hr", SITE1),
    ("p3", "locatedIn", "hr", SITE2),
    ("p4", "locatedIn", "hr", SITE2),
    ("p5", "locatedIn", "hr", DONE),
    ("p6", "locatedIn", "hr", DONE),
]
VALUES = [
    ("p3", "annualCapacity", 10500, "t", SITE2),
]
NOTES = [
    "Source: www.ezhou.gov.cn (鄂州政府网), 2025-08-20. Headline and the 信息来源 line kept (the 语音:播放 control dropped). "
    "The stored copy ends in mid-sentence (他要求,要持续推…): the text stops at the last whole sentence before it.",
    "Places: 华容区 → District. 鄂州 is written only inside names (鄂州政府网, 鄂州消防训练基地): no City, so no partOf "
    "(rule 5); 市 in 市委, 市领导 is still 鄂州 for the bodies' names (rule 1). 湖北 is written on its own (考察湖北) → "
    "Province 湖北省; 湖北省消防职业技能鉴定站 occurs only inside the base's name: no body.",
    "Bodies: 市委 → 中共鄂州市委; 市人大常委会 → 鄂州市人大常委会; 市政协 → 政协鄂州市委员会. 孙兵 (市委书记, 市人大常委会主任), "
    "王玺玮 (市委副书记; 市长 names no written body), 杜文清 (市政协主席), 王时文 (市人大常委会副主任) → worksFor. The site "
    "鄂州政府网 (本网讯, a news medium) → Institution; 全媒体记者 李刘斈子 → worksFor.",
    "No Event: the inspection (调研) is written only as a verb (rule 3 needs a form of the gathering's name).",
    "Projects (all in 华容区, where the tour is): 葛华片区传统制造业产业园基础设施工程(一期), 高端装备制造产业园扩区项目, "
    "年产1.05万吨功能性特种纱线智能纺纱设备更新改造 (sharing the 项目 head with the next; capacity 1.05万吨), "
    "银商云数据中心项目, 富晶电子智能化设备更新改造项目, and the completed base "
    "鄂州消防训练基地暨湖北省消防职业技能鉴定站装备维修中心战勤保障基地 (暨 joins two names of one facility). 葛华片区 and "
    "the two parks occur only inside the projects' names: no Zone; 富晶电子 only inside a project name: no Company.",
    "Programme: the “首席服务员”制度 (a working system to carry out) → Programme, no relation (a leader's instruction).",
    "习近平 is a named person (总书记) with no relation here. Not annotated: the date (8月19日, a tour with no Event to hang it on).",
]
