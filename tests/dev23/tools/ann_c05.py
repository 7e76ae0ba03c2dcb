LEAD = "素有“中国橄榄之乡”美誉的著名侨乡福州闽侯县,16日举办第十三届海交会闽侯招商会暨第九届橄榄节"
EVN = "第十三届海交会闽侯招商会暨第九届橄榄节"
FOR = "福建英孚集成电路有限公司、福建英智电路有限公司等外资项目落户,海西高新技术产业园“洼地”效应开始显现"
START = (
    "在上午举行的项目动工剪彩仪式中,上街根雕生产基地、海西奥特莱斯城市综合体、福建英智电路有限公司、福建戴姆勒研发中心、"
    "福建同源原动力有限公司、悍能(福州)机械有限公司以及福建豪峰金属制品有限公司等7个项目正式动建"
)
HJH = "而今年海交会期间,闽侯县共有45个项目动工,18个项目建成投产"
BY = "中新网福州5月16日电 (张羽 陈宗兴)"
ENTITIES = [
    ("fz", "City", "福州市", ["福州"]),
    ("mh", "District", "闽侯县", ["闽侯", "该县"]),
    ("d1", "Designation", "中国橄榄之乡", []),
    ("ev", "Event", EVN, ["橄榄节招商会", "招商会"]),
    ("hjh", "Event", "第十三届海交会", ["海交会"]),
    ("ev2", "Event", "项目动工剪彩仪式", []),
    ("zone", "Zone", "海西高新技术产业园", []),
    ("c1", "Company", "福建英孚集成电路有限公司", []),
    ("c2", "Company", "福建英智电路有限公司", []),
    ("c3", "Company", "福建同源原动力有限公司", []),
    ("c4", "Company", "悍能(福州)机械有限公司", []),
    ("c5", "Company", "福建豪峰金属制品有限公司", []),
    ("p1", "Project", "上街根雕生产基地", []),
    ("p2", "Project", "海西奥特莱斯城市综合体", []),
    ("p3", "Project", "福建戴姆勒研发中心", []),
    ("zxw", "Institution", "中国新闻网", ["中新网"]),
    ("zy", "Person", "张羽", []),
    ("czx", "Person", "陈宗兴", []),
]
RELATIONS = [
    ("mh", "partOf", "fz", LEAD),
    ("mh", "designatedAs", "d1", LEAD),
    ("mh", "organizes", "ev", LEAD),
    ("ev", "locatedIn", "mh", LEAD),
    ("mh", "participatesIn", "hjh", HJH),
    ("zone", "locatedIn", "mh", FOR),
    ("c1", "locatedIn", "zone", FOR),
    ("c2", "locatedIn", "zone", FOR),
    ("c3", "locatedIn", "mh", START),
    ("c4", "locatedIn", "mh", START),
    ("c5", "locatedIn", "mh", START),
    ("p1", "locatedIn", "mh", START),
    ("p2", "locatedIn", "mh", START),
    ("p3", "locatedIn", "mh", START),
    ("p1", "participatesIn", "ev2", START),
    ("p2", "participatesIn", "ev2", START),
    ("p3", "participatesIn", "ev2", START),
    ("c2", "participatesIn", "ev2", START),
    ("c3", "participatesIn", "ev2", START),
    ("c4", "participatesIn", "ev2", START),
    ("c5", "participatesIn", "ev2", START),
    ("zy", "worksFor", "zxw", BY),
    ("czx", "worksFor", "zxw", BY),
]
VALUES = [
    ("ev", "date", "2011-05-16", "xsd:date", LEAD),
    ("ev2", "date", "2011-05-16", "xsd:date", START),
    ("mh", "signedProjectCount", 61, "project", "该县落实签约项目61项"),
    ("mh", "foreignProjectCount", 13, "project", "其中外资项目13项"),
    ("mh", "foreignTotalInvestment", 604000000, "USD", "总投资6.04亿美元"),
    ("mh", "foreignCapitalUsed", 264000000, "USD", "利用外资2.64亿美元"),
    ("mh", "domesticProjectCount", 48, "project", "内资项目48项"),
    ("mh", "domesticTotalInvestment", 11143000000, "CNY", "总投资111.43亿元人民币"),
    ("mh", "projectsOver10mUSD", 11, "project", "总投资千万美元以上的项目达11个"),
    ("mh", "startedProjectCount", 7, "project", "等7个项目正式动建"),
    ("mh", "startedProjectCount", 45, "project", "闽侯县共有45个项目动工"),
    ("mh", "completedProjectCount", 18, "project", "18个项目建成投产"),
]
NOTES = [
    "Source: news.sina.com.cn (a repost of 中国新闻网), 2011-05-16. Headline and the date/source line kept, the page URL "
    "and the site's footer dropped; the body is complete.",
    "Places: 福州 (福州闽侯县, 中新网福州) → City 福州市; 闽侯县 (闽侯, 该县) → District partOf it. 福建 occurs only inside "
    "firms' names, 上街 only inside a project's name: no Province, no Town (rule 5).",
    "Title: 素有“中国橄榄之乡”美誉 → Designation 中国橄榄之乡, 闽侯县 designatedAs it (著名侨乡 is a description).",
    "Events: 第十三届海交会闽侯招商会暨第九届橄榄节 (one occasion under a double name; 橄榄节招商会 in the headline, 本届"
    "招商会 later) → Event, 闽侯县 holds it (举办) → organizes, locatedIn; dated 2011-05-16. 海交会 (the cross-strait fair "
    "the county's 招商会 belongs to; 第十三届海交会 is its written full form) → Event; 闽侯县 starts 45 projects during it "
    "→ participatesIn (judgement). The ribbon-cutting 项目动工剪彩仪式 that morning → Event (rule 3), dated the same day; "
    "the seven items started at it (上街根雕生产基地, 海西奥特莱斯城市综合体, 福建戴姆勒研发中心 as Projects; the four firms "
    "written by their registered names as Companies) → participatesIn; all in 闽侯县 (the county's starts).",
    "Zone: 海西高新技术产业园 → Zone, locatedIn 闽侯县; the two foreign-funded firms whose settling shows the park's pull "
    "(英孚, 英智 …落户, 海西高新技术产业园“洼地”效应开始显现) → locatedIn the park (judgement).",
    "Media: 中新网 (dateline) / 中国新闻网 (source line) → Institution; 张羽 and 陈宗兴 sign the dateline → worksFor it "
    "(as dev11 s04).",
    "Values: the two dates and the county's counts and sums (61 signed, 13 foreign with 6.04亿美元 and 2.64亿美元 used, "
    "48 domestic with 111.43亿元, 11 over 千万美元, 7 started that morning, 45 started and 18 completed during the fair).",
]
