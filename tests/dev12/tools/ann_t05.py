ENTITIES = [
    ("la", "City", "六安市", ["我市"]),
    ("gxb", "GovernmentBody", "工业和信息化部", []),
    (
        "des",
        "Designation",
        "国家级专精特新“小巨人”企业",
        [
            "第三批国家级专精特新“小巨人”企业名单",
            "国家专精特新“小巨人”企业",
            "国家级专精特新“小巨人”称号",
        ],
    ),
    ("des2", "Designation", "省级专精特新企业", []),
    ("prog", "Programme", "“专精特新”中小企业培育工程", []),
    ("c1", "Company", "安徽英力电子科技股份有限公司", []),
    ("c2", "Company", "六安市龙兴汽车零部件有限公司", []),
    ("c3", "Company", "安徽泓济环境科技有限公司", []),
    ("c4", "Company", "安徽国泰铝业有限公司", []),
    ("c5", "Company", "安徽安凯华夏汽车配件制造有限公司", []),
    ("c6", "Company", "安徽永成电子机械技术有限公司", []),
    ("wx", "Institution", "皖西日报", []),
    ("lzx", "Person", "刘自新", []),
    ("qyd", "Person", "齐盈娣", []),
]
LIST = (
    "我市六家企业榜上有名,分别为安徽英力电子科技股份有限公司、六安市龙兴汽车零部件有限公司、安徽泓济环境科技有限公司、"
    "安徽国泰铝业有限公司、安徽安凯华夏汽车配件制造有限公司和安徽永成电子机械技术有限公司"
)
CS = ["c1", "c2", "c3", "c4", "c5", "c6"]
RELATIONS = (
    [
        ("gxb", "awards", "des", "工业和信息化部公示了第三批国家级专精特新“小巨人”企业名单"),
        ("la", "implements", "prog", "我市持续实施“专精特新”中小企业培育工程"),
        ("qyd", "worksFor", "wx", "皖西日报融媒体记者 齐盈娣", {"title": "记者"}),
    ]
    + [(c, "designatedAs", "des", LIST) for c in CS]
    + [(c, "locatedIn", "la", LIST) for c in CS]
)
VALUES = [
    ("la", "nationalLittleGiants", 9, "enterprise", "我市已有国家级专精特新“小巨人”企业9家"),
    ("la", "provincialSpecialisedFirms", 135, "enterprise", "省级专精特新企业135家"),
]
NOTES = [
    "Source: luaninfo.com (六安新闻网, 皖西日报's site), 2021 (第三批 list publicised in July 2021); no date in the text. "
    "The 扫一扫 line dropped; the byline's line break after 刘自新 is kept as stored. The body is complete.",
    "City: written only as 我市 (a 六安 paper; one firm's name starts with 六安市, which alone would not make an entity) → "
    "六安市 with alias 我市. The six firms are the city's (我市六家企业) → locatedIn 六安市. 安徽 occurs only inside firm "
    "names: no Province.",
    "Designation 国家级专精特新“小巨人”企业: the ministry 公示 the third list → awards (as dev11 reads 公示/确定 a list); the "
    "six firms 榜上有名 → designatedAs. The list's name, the 国家 form and the headline's 称号 form are aliases. "
    "省级专精特新企业 is a second title, only counted (135家): no relation.",
    "Programme: “专精特新”中小企业培育工程, which the city 持续实施 → implements. The 多个文件 are unnamed.",
    "Byline: 刘自新 (no body written; Person) and 齐盈娣, 皖西日报融媒体记者 → worksFor 皖西日报 (Institution, media; "
    "融媒体 is its newsroom, not a separate body), title 记者.",
    "Values: the city's counts (9 national, 135 provincial). 六家 (six firms) is the list itself, not annotated as a value.",
]
