ENTITIES = [
    ("kd", "District", "宽甸满族自治县", ["宽甸", "全县"]),
    ("ev", "Event", "集中开工活动", []),
    ("p1", "Project", "相遇北欧啤酒艺术小镇", ["宽甸相遇北欧啤酒艺术小镇"]),
    ("p2", "Project", "中医院住院部建设", []),
    ("p3", "Project", "丰碑线改造", []),
    ("p4", "Project", "兴隆宝通置业有限公司曲苑风荷房地产开发", ["曲苑风荷房地产开发"]),
    ("xl", "Company", "兴隆宝通置业有限公司", []),
    ("xmn", "Programme", "“项目年”活动", ["项目年活动"]),
    ("dxe", "Programme", "“店小二”服务", ["店小二服务"]),
    ("xw", "GovernmentBody", "中共宽甸满族自治县委", ["县委"]),
    ("xz", "GovernmentBody", "宽甸满族自治县人民政府", ["县政府"]),
    ("sw", "GovernmentBody", "中共丹东市委", ["市委"]),
    ("sz", "GovernmentBody", "丹东市人民政府", ["市政府"]),
    ("qdf", "Person", "曲丹凤", []),
]
D = {"date": "2021-03-19"}
LIST = "宽甸相遇北欧啤酒艺术小镇、中医院住院部建设、丰碑线改造、兴隆宝通置业有限公司曲苑风荷房地产开发等13个项目集中开工"
RELATIONS = (
    [
        ("ev", "locatedIn", "kd", "此次13个项目集中开工,是宽甸满族自治县扎实开展“项目年”活动"),
        ("xl", "operates", "p4", "兴隆宝通置业有限公司曲苑风荷房地产开发"),
        ("kd", "implements", "xmn", "宽甸满族自治县扎实开展“项目年”活动"),
        ("kd", "implements", "dxe", "大力推行“店小二”服务"),
        ("xw", "locatedIn", "kd", "一直以来,县委、县政府牢固树立“项目为王”的理念"),
        ("xz", "locatedIn", "kd", "一直以来,县委、县政府牢固树立“项目为王”的理念"),
    ]
    + [(p, "participatesIn", "ev", LIST, D) for p in ["p1", "p2", "p3", "p4"]]
    + [(p, "locatedIn", "kd", LIST) for p in ["p1", "p2", "p3", "p4"]]
)
VALUES = [
    ("ev", "date", "2021-03-19", "", "3月19日,宽甸相遇北欧啤酒艺术小镇"),
    ("ev", "projectCount", 13, "project", "等13个项目集中开工,总投资30亿元"),
    ("ev", "totalInvestment", 3000000000, "CNY", "等13个项目集中开工,总投资30亿元"),
    ("kd", "keyProjectCount", 41, "project", "2021年,宽甸投资5000万元以上重点项目达41个,总投资71亿元"),
    (
        "kd",
        "keyProjectInvestment",
        7100000000,
        "CNY",
        "2021年,宽甸投资5000万元以上重点项目达41个,总投资71亿元",
    ),
]
NOTES = [
    "Source: 鸭绿江之窗 (bianmin.ddaliyun.com, column 开放丹东), item dated 2021-3-23, 消息来源 丹东新闻网; the site "
    "menu, date and source lines and one photo caption (宽甸城市污水处理厂二期效果图。) were dropped. 3月19日 is "
    "2021-03-19 (the text's 2021年 and the page date). The byline 记者 曲丹凤 is kept; her outlet is not named in the "
    "text, so no worksFor.",
    "宽甸满族自治县 (District; 宽甸 and 全县 are aliases) is in 丹东市, which is not written: no City entity and no "
    "partOf. 市委、市政府 (决策部署 the county carries out) resolve by rule 1 to the bodies of the city above it, "
    "中共丹东市委 and 丹东市人民政府; they get no locatedIn because 丹东市 is not an entity. 县委、县政府 → the county's "
    "bodies, located in it.",
    "Event: the text names it only as 集中开工活动 (记者在集中开工活动现场); located in the county (the projects are the "
    "county's). No organiser is written.",
    "Projects (rule 4, started at the event, located in the county): 相遇北欧啤酒艺术小镇 (the 宽甸 before it is read as "
    "the sentence's place, kept as an alias), 中医院住院部建设, 丰碑线改造 and 兴隆宝通置业有限公司曲苑风荷房地产开发, "
    "which the named firm develops (operates). 中医院 is only inside a project name: no Institution.",
    "Programmes: “项目年”活动 (the county 扎实开展 it) and “店小二”服务 (大力推行, a service campaign) — both "
    "implemented by the county (a District subject of implements, rule 7). “项目为王” is a slogan, not annotated.",
    "Values: the event's 13 projects / 30亿元, the county's 41 key projects (投资5000万元以上) / 71亿元 in 2021.",
]
