FIRMS = [
    "甘肃祁牧乳业有限责任公司",
    "甘肃敬业农业科技有限公司",
    "平凉中力新能源科技有限责任公司",
    "甘肃皇普谧制药有限责任公司",
]
ENTITIES = [
    ("gs", "Province", "甘肃省", ["我省"]),
    ("gxw", "GovernmentBody", "甘肃省工业信息化委员会", ["省工业信息化委员会"]),
    ("zgw", "Institution", "中国甘肃网", []),
    ("jjrb", "Institution", "甘肃经济日报", []),
    ("lmj", "Person", "李明娟", []),
    ("des", "Designation", "“专精特新”中小企业", ["“专精特新”"]),
    ("prog", "Programme", "《甘肃省“专精特新”中小企业认定管理暂行办法》", []),
] + [(f"c{i}", "Company", f, []) for i, f in enumerate(FIRMS, 1)]
LIST = (
    "共有甘肃祁牧乳业有限责任公司、甘肃敬业农业科技有限公司、平凉中力新能源科技有限责任公司、甘肃皇普谧制药有限责任公司"
    "等46家企业通过专家评审,拟予以认定"
)
RELATIONS = (
    [
        ("lmj", "worksFor", "jjrb", "据甘肃经济日报报道(记者 李明娟)", {"title": "记者"}),
        ("gxw", "locatedIn", "gs", "省工业信息化委员会对我省20l4年“专精特新”中小企业评审结果进行了公示"),
        ("gxw", "awards", "des", "省工业信息化委员会组织开展了20l4年“专精特新”中小企业的认定工作"),
        (
            "gxw",
            "implements",
            "prog",
            "根据《甘肃省“专精特新”中小企业认定管理暂行办法》等,省工业信息化委员会组织开展了",
        ),
    ]
    + [(f"c{i}", "designatedAs", "des", LIST) for i in range(1, 5)]
    + [(f"c{i}", "locatedIn", "gs", LIST) for i in range(1, 5)]
)
VALUES = [
    ("des", "companies", 46, "enterprise", "46家企业通过专家评审榜上有名"),
]
NOTES = [
    "Source: lanzhou.baogaosu.com (a repost of 中国甘肃网, 据甘肃经济日报报道), 2014-07-29. Headline, date line and 原标题 "
    "kept. The source writes the year 20l4 (a letter l): kept as written. The body is complete.",
    "Media: 中国甘肃网 (the outlet) and 甘肃经济日报 (the reporter's paper) → Institution; 记者 李明娟 worksFor the paper.",
    "Places: 甘肃省 (headline; 我省). 平凉 and 甘肃 inside firm names are not further entities (rule 5); 市州 generic.",
    "Body: 省工业信息化委员会 → GovernmentBody 甘肃省工业信息化委员会 (rule 1, the article's province), locatedIn 甘肃省; "
    "it runs the 认定 of “专精特新”中小企业 → awards; it acts under 《甘肃省“专精特新”中小企业认定管理暂行办法》 → "
    "implements.",
    "Firms: the four named of the 46 that passed review (拟予以认定; the headline says 被认定为) → designatedAs the title, "
    "locatedIn 甘肃省 (我省 firms).",
    "Values: 46 firms with the title. Not values: the date.",
]
