ENTITIES = [
    ("hn", "Province", "海南省", ["海南"]),
    ("lg", "District", "临高县", ["临高", "全县"]),
    ("zone", "Zone", "金牌港开发区", []),
    (
        "ev",
        "Event",
        "临高县2025年第三批项目集中签约开工仪式",
        ["海南临高县2025年第三批项目集中签约开工仪式", "开工仪式"],
    ),
    ("xw", "GovernmentBody", "中共临高县委", ["县委"]),
    ("zf", "GovernmentBody", "临高县人民政府", ["临高县政府"]),
    ("rd", "GovernmentBody", "临高县人大常委会", ["县人大常委会"]),
    ("nk", "Company", "海南省农垦投资控股集团有限公司", []),
    ("c1", "Company", "大唐海南能源开发有限公司", []),
    ("c2", "Company", "美澜(海南)科技有限责任公司", []),
    ("c3", "Company", "海南金发园区开发管理有限公司", []),
    ("c4", "Company", "海南农垦食品科技有限公司", []),
    ("c5", "Company", "海南裕启投资有限公司", []),
    ("tsb", "Person", "唐守兵", []),
    ("wt", "Person", "王挺", []),
    ("ckm", "Person", "陈奎明", []),
    ("oysd", "Person", "欧阳颂东", []),
    ("lrj", "Person", "李瑞军", []),
]
D = {"date": "2025-11-11"}
EVB = "海南临高县2025年第三批项目集中签约开工仪式在金牌港开发区举行"
LEAD = (
    "县委书记唐守兵宣布项目开工,县委副书记、县长王挺,海南省农垦投资控股集团有限公司副总经理陈奎明见证签约,"
    "县人大常委会主任欧阳颂东,县委副书记、政法委书记李瑞军等县领导出席开工仪式"
)
SPEAK = (
    "大唐海南能源开发有限公司、美澜(海南)科技有限责任公司、海南金发园区开发管理有限公司分别作为项目集中开工企业代表"
    "和园区管理服务平台代表发言"
)
SIGN = "开工仪式上,临高县政府分别与海南农垦食品科技有限公司、海南裕启投资有限公司签署投资合作协议"
RELATIONS = (
    [
        ("lg", "partOf", "hn", "海南临高县"),
        ("ev", "locatedIn", "zone", EVB),
        ("zone", "locatedIn", "lg", EVB),
        ("tsb", "worksFor", "xw", "县委书记唐守兵", {"title": "县委书记"}),
        ("wt", "worksFor", "xw", "县委副书记、县长王挺", {"title": "县委副书记"}),
        ("wt", "worksFor", "zf", "县委副书记、县长王挺", {"title": "县长"}),
        ("ckm", "worksFor", "nk", "海南省农垦投资控股集团有限公司副总经理陈奎明", {"title": "副总经理"}),
        ("oysd", "worksFor", "rd", "县人大常委会主任欧阳颂东", {"title": "主任"}),
        ("lrj", "worksFor", "xw", "县委副书记、政法委书记李瑞军", {"title": "县委副书记"}),
        ("xw", "locatedIn", "lg", LEAD),
        ("zf", "locatedIn", "lg", SIGN),
        ("rd", "locatedIn", "lg", LEAD),
        ("c3", "operates", "zone", SPEAK),
        ("zf", "participatesIn", "ev", SIGN, D),
    ]
    + [(p, "participatesIn", "ev", LEAD, D) for p in ["tsb", "wt", "ckm", "oysd", "lrj"]]
    + [(c, "participatesIn", "ev", SPEAK, D) for c in ["c1", "c2", "c3"]]
    + [(c, "participatesIn", "ev", SIGN, D) for c in ["c4", "c5"]]
)
VALUES = [
    ("ev", "date", "2025-11-11", "xsd:date", "11月11日,海南临高县2025年第三批项目集中签约开工仪式"),
    ("ev", "projectCount", 25, "project", "本次集中签约开工项目共25个,总投资额达33.9亿元"),
    ("ev", "totalInvestment", 3390000000, "CNY", "本次集中签约开工项目共25个,总投资额达33.9亿元"),
]
NOTES = [
    "Source: xyshjj.cn (县域经济网) 2025-11-13, a video report's text. The “视频|” prefix of the headline was dropped; "
    "the stored copy breaks off in the last paragraph (今年以来…下半年已推动三批57个项目), which was dropped.",
    "Places: 临高县 is a county directly under 海南省 (partOf by the division list); 全县 is the county. 海南 also "
    "occurs inside firm names. The ceremony is held in 金牌港开发区 (Zone), which is in 临高县.",
    "Event: the ceremony, labelled with its written name without the province prefix (the prefixed form and "
    "开工仪式 are aliases); dated 2025-11-11. No organiser is written (…仪式在…举行), so no organizes.",
    "Bodies by rule 1: 县委 (in the titles 县委书记/县委副书记) → 中共临高县委; 临高县政府 → 临高县人民政府 (it signs "
    "at the ceremony → participatesIn); 县人大常委会 → 临高县人大常委会. 政法委书记 is a post inside the county "
    "committee (the 政法委 is not written as a body on its own).",
    "People: the five leaders who announce, witness or attend participatesIn; worksFor by the titles (rule 2). "
    "陈奎明 witnesses for the provincial land-reclamation group; his firm is not itself said to sign, so only he "
    "participatesIn.",
    "Companies: the three that speak as representatives participatesIn; judgement: 海南金发园区开发管理有限公司 speaks "
    "as the park's management-and-service platform, read as running the park where the ceremony is held → operates "
    "金牌港开发区. The two firms signing investment agreements with the county government participatesIn.",
    "“项目为王”理念 and the “金牌店小二” metaphor are slogans, not annotated.",
]
