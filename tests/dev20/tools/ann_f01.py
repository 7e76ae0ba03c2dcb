ENTITIES = [
    ("sy", "City", "沈阳市", ["沈阳", "全市"]),
    ("fgw", "GovernmentBody", "沈阳市发展和改革委员会", ["沈阳市发改委"]),
    ("djy", "Person", "段继阳", []),
    ("ev", "Event", "集中开复工仪式", ["开工仪式"]),
    ("tx", "District", "铁西区", []),
    ("sh", "District", "沈河区", []),
    ("hn", "District", "浑南区", []),
    ("p1", "Project", "华晨宝马第三工厂项目", []),
    ("p2", "Project", "大家置业金融中心项目", []),
    ("p3", "Project", "国家材料研究中心", []),
    ("syrb", "Institution", "沈阳日报", []),
    ("lgd", "Person", "刘国栋", []),
]
FIRST = "2月10日,沈阳全市首批787个亿元以上重点项目举行集中开复工仪式"
DJY = "开工仪式上,沈阳市发改委党组书记段继阳介绍了全市2022年项目建设情况"
BIG = "三是大项目数量多、投资规模大。铁西区华晨宝马第三工厂项目"
RELATIONS = [
    ("ev", "locatedIn", "sy", FIRST),
    ("djy", "worksFor", "fgw", "沈阳市发改委党组书记段继阳", {"title": "党组书记"}),
    ("djy", "participatesIn", "ev", DJY),
    ("fgw", "locatedIn", "sy", "沈阳市发改委"),
    ("tx", "partOf", "sy", BIG),
    ("sh", "partOf", "sy", "沈河区大家置业金融中心项目"),
    ("hn", "partOf", "sy", "浑南区国家材料研究中心"),
    ("p1", "locatedIn", "tx", "铁西区华晨宝马第三工厂项目"),
    ("p2", "locatedIn", "sh", "沈河区大家置业金融中心项目"),
    ("p3", "locatedIn", "hn", "浑南区国家材料研究中心"),
    ("lgd", "worksFor", "syrb", "沈阳日报、沈报全媒体记者 刘国栋", {"title": "记者"}),
]
VALUES = [
    ("ev", "date", "2022-02-10", "xsd:date", FIRST),
    ("ev", "projectCount", 787, "project", FIRST),
    (
        "ev",
        "annualPlannedInvestment",
        84140000000,
        "CNY",
        "集中开复工亿元以上项目787个,增长1.5倍,年度计划投资841.4亿元",
    ),
]
NOTES = [
    "Source: fubaore.com (repost of 沈阳日报), 2022-02-11; the ceremony on 2月10日 (2022, the year the text gives). "
    "Headline and the 来源 line kept, the date stamp and the 关键词 line dropped; the body is complete.",
    "Places: 沈阳市 (沈阳, 全市) → City; 铁西区, 沈河区, 浑南区 (written before their projects) → District, partOf 沈阳市 "
    "by the division list. 辽宁 is not written.",
    "Event: the batch start ceremony (集中开复工仪式; 开工仪式 in the next sentence) → Event, locatedIn 沈阳市 (沈阳全市…"
    "项目举行; the venue is not given). No organizer is stated: the sentence has the projects as subject. 段继阳 speaks at "
    "it (开工仪式上…介绍) → participatesIn.",
    "Body: 沈阳市发改委 → 沈阳市发展和改革委员会 (rule 1, the written short form an alias); 党组书记段继阳 → worksFor "
    "(title 党组书记; the 党组 is the commission's party group, not a separate body here).",
    "Projects: the three named large projects, each written after its district → Project, locatedIn the district. "
    "国家材料研究中心 is named as one of the 10亿-50亿元 projects (…等…项目79个), so it is a Project here, not an "
    "Institution. 华晨宝马 and 大家置业 occur only inside project names: no Company (rule 5 by analogy, as dev16's "
    "浪潮集团).",
    "Media: 沈阳日报 (来源 and byline) → Institution; 记者 刘国栋 → worksFor. 沈报全媒体 (the paper group's media "
    "brand) is left out as a second name of the same house.",
    "Values: the date, 787 projects and the 841.4亿元 annual planned investment of the started batch (on the Event). "
    "Not values: the year's plan (2000/2200 projects, 3000 stored, 2.9万亿元), growth rates, breakdowns by kind and "
    "size, the first-quarter forecast.",
]
