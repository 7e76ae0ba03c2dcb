ENTITIES = [
    ("ln", "Province", "辽宁省", []),
    ("fx", "City", "阜新市", ["我市"]),
    ("fmx", "District", "阜新蒙古族自治县", ["阜蒙县"]),
    ("bj", "Province", "北京市", ["北京"]),
    ("nmg", "Province", "内蒙古自治区", ["内蒙"]),
    ("lnzf", "GovernmentBody", "辽宁省人民政府", ["辽宁省政府", "省政府"]),
    ("fxsw", "GovernmentBody", "中共阜新市委", ["阜新市委"]),
    ("fxzf", "GovernmentBody", "阜新市人民政府", ["市政府"]),
    ("swj", "GovernmentBody", "阜新市商务局", []),
    ("ev", "Event", "“京津冀招商促进周”活动", ["京津冀招商促进周", "京津冀招商周活动"]),
    ("c1", "Company", "新兴铸管股份有限公司", ["新兴铸管公司"]),
    ("c2", "Company", "新兴际华集团", []),
    ("p1", "Project", "新兴铸管绿色铸造产业园项目", ["绿色铸造产业园项目"]),
    ("p2", "Project", "阳江铸管产业基地", []),
    ("lhp", "Person", "赖化平", []),
    ("clp", "Person", "陈绿平", []),
    ("hsq", "Person", "何书齐", []),
    ("lcz", "Person", "李成章", []),
]
EV = "辽宁省政府“京津冀招商促进周”活动在北京举行,阜新市由副市长赖化平带队组成经贸代表分团参加活动"
INV = "由新兴铸管股份有限公司投资建设的新兴铸管绿色铸造产业园项目"
BODIES = "阜新市委、市政府要全力为企业提供优质服务"
RELATIONS = [
    ("lnzf", "organizes", "ev", EV),
    ("ev", "locatedIn", "bj", EV),
    ("fx", "participatesIn", "ev", EV),
    ("lhp", "participatesIn", "ev", EV),
    ("lhp", "worksFor", "fxzf", "阜新市由副市长赖化平带队", {"title": "副市长"}),
    ("clp", "worksFor", "lnzf", "辽宁省副省长陈绿平", {"title": "副省长"}),
    ("hsq", "worksFor", "c1", "新兴铸管公司副总经理何书齐", {"title": "副总经理"}),
    ("lcz", "worksFor", "c1", "新兴铸管股份有限公司北京总部,与公司董事长李成章座谈交流", {"title": "董事长"}),
    ("c1", "investsIn", "p1", INV),
    ("c1", "operates", "p1", INV),
    (
        "p1",
        "locatedIn",
        "fmx",
        "阜蒙县产业基础完备、地址位置突出,可充分辐射内蒙和东北市场,具备项目建设的有利条件",
    ),
    ("c1", "locatedIn", "bj", "专程来到新兴铸管股份有限公司北京总部"),
    ("fmx", "partOf", "fx", "阜新市商务局、阜蒙县以及相关部门负责同志"),
    ("fx", "partOf", "ln", "辽宁省阜新市建设绿色铸造产业园项目"),
    ("lnzf", "locatedIn", "ln", "辽宁省政府“京津冀招商促进周”活动"),
    ("fxsw", "locatedIn", "fx", BODIES),
    ("fxzf", "locatedIn", "fx", BODIES),
    ("swj", "locatedIn", "fx", "阜新市商务局、阜蒙县以及相关部门负责同志"),
]
VALUES = [
    (
        "ev",
        "date",
        "2019-11-18/2019-11-22",
        "xsd:date",
        "11月18日—22日,辽宁省政府“京津冀招商促进周”活动在北京举行",
    ),
]
NOTES = [
    "Source: hbfla.com (Industry News), 2019-11-26. Headline and date kept (the Source: line is empty in the stored copy); "
    "the body is complete.",
    "Places: 辽宁省 (headline, before 阜新市), 阜新市 (我市 in a quote; 阜 in 在阜 is a one-character short form, not an "
    "alias), 阜蒙县 (阜新蒙古族自治县, labelled with its full name), 北京 (a municipality → Province, as dev16's 重庆; 京 "
    "in 在京期间 not an alias) and 内蒙 (内蒙古自治区, a target market named on its own, as dev16's 吉林 and 黑龙江). "
    "东北 is a region. 阳江 occurs only inside the base's name.",
    "Bodies: 辽宁省政府 / 省政府 → 辽宁省人民政府; 阜新市委、市政府 → 中共阜新市委 and 阜新市人民政府 (rule 1); 阜新市商务局. "
    "The 经贸代表分团 is a delegation, no entity.",
    "Event: the province's “京津冀招商促进周”活动 in 北京 (the headline writes 京津冀招商周活动) → organizes (辽宁省政府 is "
    "the holder written before it), locatedIn 北京市; 阜新市 sends a delegation and 赖化平 leads it → participatesIn "
    "(rule 4). 陈绿平's push of the project is during the week but not stated as at the event: no participatesIn.",
    "People: 副市长 赖化平 → worksFor 阜新市人民政府 (written as 市政府, rule 2); 辽宁省副省长 陈绿平 → 辽宁省人民政府; "
    "副总经理 何书齐 and 董事长 李成章 (公司 = 新兴铸管股份有限公司) → worksFor the firm.",
    "Firms and project: 新兴铸管股份有限公司 (新兴铸管公司) 投资建设 the 绿色铸造产业园项目 → investsIn and operates; the "
    "project is to be built in 阜蒙县 (the vice-governor names the county's conditions for it) → locatedIn 阜新蒙古族自治县. "
    "The firm's 北京总部 → locatedIn 北京市. 新兴际华集团 is its parent (旗下): no schema relation. 阳江铸管产业基地 (an "
    "existing production base to visit) → Project, no relation stated.",
    "Values: the week's dates (11月18日—22日, the year from the article's date). No money.",
    "Not entities: “服务优、效率高…”的营商环境阜新版 (a slogan for the business environment), 绿色铸造产业链.",
]
