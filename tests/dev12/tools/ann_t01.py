ENTITIES = [
    ("fx", "City", "阜新市", []),
    ("xh", "District", "细河区", []),
    ("ev", "Event", "重点项目集中开工和集中签约仪式", ["开工仪式"]),
    ("c1", "Company", "北京二商", []),
    ("c2", "Company", "北京凤凰城市", []),
    ("c3", "Company", "中城国融", []),
    ("sh", "Institution", "江苏商会", []),
    ("swx", "GovernmentBody", "中共辽宁省委", ["省委"]),
    ("fxw", "GovernmentBody", "中共阜新市委", ["市委"]),
    ("prog", "Programme", "全面振兴新突破三年行动", []),
    ("xjp", "Person", "习近平", []),
    # added after the first run (see NOTES, last item)
    ("cew", "Event", "中央经济工作会议", []),
    ("pew", "Event", "辽宁省委经济工作会议", ["省委经济工作会议"]),
    ("mew", "Event", "阜新市委经济工作会议", ["市委经济工作会议"]),
]
D = {"date": "2023-03-31"}
EVB = "阜新市细河区举办重点项目集中开工和集中签约仪式"
SPEAK = "北京二商、北京凤凰城市、中城国融、江苏商会等单位有关负责人发言"
SIGN = "细河区分别与金融机构、通信运营商、重点央企民企、商会组织签订合作协议和项目投资协议"
RELATIONS = [
    ("xh", "partOf", "fx", "阜新市细河区"),
    ("xh", "organizes", "ev", EVB, D),
    ("ev", "locatedIn", "xh", EVB),
    ("xh", "participatesIn", "ev", SIGN, D),
    ("fxw", "locatedIn", "fx", "全面落实中央、省委和市委经济工作会议精神"),
    ("xh", "implements", "prog", "细河区将进一步聚焦全面振兴新突破三年行动"),
    ("swx", "organizes", "pew", "全面落实中央、省委和市委经济工作会议精神"),
    ("fxw", "organizes", "mew", "全面落实中央、省委和市委经济工作会议精神"),
] + [(c, "participatesIn", "ev", SPEAK, D) for c in ["c1", "c2", "c3", "sh"]]
VALUES = [
    ("ev", "date", "2023-03-31", "xsd:date", "3月31日,阜新市细河区举办重点项目集中开工和集中签约仪式"),
    ("xh", "plannedNewProjects", 35, "project", "2023年细河区计划新开工项目35个,总投资达90亿元"),
    ("xh", "plannedInvestment", 9000000000, "CNY", "2023年细河区计划新开工项目35个,总投资达90亿元"),
    ("xh", "firstQuarterNewProjects", 5, "project", "一季度新开工项目5个"),
    ("xh", "firstQuarterInvestment", 1000000000, "CNY", "总投资近10亿元"),
]
NOTES = [
    "Source: www.fuxin.gov.cn (阜新市人民政府 site; 来源 阜新市细河区发改局), 2023-04-03; the ceremony on 3月31日 "
    "(year from 2023年细河区计划… and the page date). Page chrome (日期/浏览量/来源/责任编辑/文字大小, 打印/分享/返回列表) "
    "dropped; the body is complete.",
    "Places: 阜新市细河区 writes the city before the district → City 阜新市, District 细河区, partOf by the division "
    "list. 北京 and 江苏 occur only inside organisation names (rule 5). 省 and 市 in 省、市全面振兴… are not Province/City "
    "entities (no name written).",
    "Event: the ceremony, labelled as written (重点项目集中开工和集中签约仪式; 此次开工仪式 is the same occasion → alias). "
    "细河区 举办 it → organizes and locatedIn 细河区; the district also signs agreements at it (签订合作协议和项目投资协议) → "
    "participatesIn. The counterparts (金融机构, 通信运营商, 重点央企民企, 商会组织) are generic: not entities.",
    "Organisations that speak at the ceremony (有关负责人发言) → participatesIn: 北京二商, 北京凤凰城市, 中城国融 are firms "
    "written by their short trade names (Company); 江苏商会 is a chamber of commerce (Institution).",
    "Bodies by rule 1: 省委 → 中共辽宁省委 (the article's province), 市委 → 中共阜新市委 (locatedIn 阜新市); 中央 is not a "
    "body name. 全国两会 is not annotated (a recurring national session mentioned only as the time of a speech).",
    "Programme 全面振兴新突破三年行动 (the province's three-year action): 细河区 will focus on it → implements (as dev10 "
    "reads 为…三年行动…筑牢基础). Not annotated: “大抓投资、大抓项目”, “双千双百”目标 (slogans/targets), 创建“双示范市” "
    "(a title the city works towards, no award stated), the project kinds (3万吨绿色食品深加工, 智慧冷链物流…: types of "
    "projects, not named projects), 项目展示区.",
    "Correction after the first run: the three 经济工作会议 (中央、省委和市委经济工作会议精神, one head shared by three "
    "holders) are annotated as Events, as tests/dev9 (u06) annotates 齐齐哈尔市委经济工作会议 relayed the same way; the "
    "provincial and city committees hold theirs → organizes. The first annotation had left them out as generic.",
    "习近平 is a named person (总书记) with no relation here. Values: the district's 2023 plan (35 new projects, 90亿元) "
    "and the first-quarter figures (5 projects, 近10亿元 read as 10亿元).",
]
