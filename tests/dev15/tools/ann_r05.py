ENTITIES = [
    ("dy", "District", "东阳市", ["东阳", "我市"]),
    ("zj", "Province", "浙江省", ["浙江", "全省"]),
    ("nm", "Town", "南马镇", []),
    ("gd", "Province", "广东省", ["广东"]),
    ("hb", "Province", "湖北省", ["湖北"]),
    ("nmg", "Province", "内蒙古自治区", ["内蒙古"]),
    ("gz", "Province", "贵州省", ["贵州"]),
    ("xz", "Province", "西藏自治区", ["西藏"]),
    ("dg", "City", "东莞市", ["东莞"]),
    ("sg", "City", "韶关市", ["韶关"]),
    ("yc", "City", "宜昌市", ["宜昌"]),
    ("wlcb", "City", "乌兰察布市", ["乌兰察布"]),
    ("zy", "City", "遵义市", ["遵义"]),
    ("lz", "City", "林芝市", ["林芝"]),
    ("media", "Institution", "歌画东阳客户端", []),
    ("zjfb", "Institution", "浙江发布", []),
    ("ev", "Event", "浙江“地瓜经济”主题报道", ["浙江“地瓜经济”主题报道采访团"]),
    ("prog", "Programme", "“地瓜经济”提能升级“一号开放工程”", []),
    ("grp", "Company", "东阳光集团", ["集团"]),
    ("c1", "Company", "东阳光", []),
    ("c2", "Company", "东阳光药", []),
    ("zf", "GovernmentBody", "东阳市人民政府", ["市政府"]),
    ("cy", "Person", "陈云", []),
    ("hyh", "Person", "胡扬辉", []),
    ("zzn", "Person", "张中能", []),
    ("zys", "Person", "张寓帅", []),
    ("gjj", "Person", "郭军军", []),
    ("p1", "Project", "高端铝电解电容器生产基地", ["铝电解电容器项目"]),
    ("p2", "Project", "东阳光全面战略合作项目", []),
    ("p3", "Project", "冬虫夏草干鲜草及深加工项目", []),
    ("p4", "Project", "小分子制剂项目", []),
    ("p5", "Project", "体外检测试剂盒项目", []),
    ("p6", "Project", "名方中药复方制剂项目", []),
    ("p7", "Project", "mRNA平台技术治疗实体瘤", []),
    ("p8", "Project", "针对尼帕病毒的中和性抗体药物研发", []),
]
BASES = "现有广东东莞、广东韶关、湖北宜昌、浙江东阳、内蒙古乌兰察布、贵州遵义、西藏林芝七大基地"
VISIT = "由浙江发布与全国多家省市级发布业务骨干组成的浙江“地瓜经济”主题报道采访团走进我市进行专题采访"
ALU = "携铝电解电容器项目回归东阳,在家乡投资建设国内最大的高端铝电解电容器生产基地"
MORE = (
    "进一步引入冬虫夏草干鲜草及深加工项目、小分子制剂项目、体外检测试剂盒项目、名方中药复方制剂项目、mRNA平台技术治疗实体瘤、"
    "针对尼帕病毒的中和性抗体药物研发等项目"
)
RELATIONS = (
    [
        ("cy", "worksFor", "media", "歌画东阳客户端记者 陈云", {"title": "记者"}),
        ("zjfb", "participatesIn", "ev", VISIT),
        ("ev", "locatedIn", "dy", VISIT),
        ("zj", "implements", "prog", "在全省上下大力实施“地瓜经济”提能升级“一号开放工程”背景下"),
        ("zzn", "worksFor", "grp", "东阳光集团成立于1997年,创始人张中能是南马镇人", {"title": "创始人"}),
        ("nm", "partOf", "dy", "创始人张中能是南马镇人"),
        ("zys", "worksFor", "grp", "东阳光现任“掌门人”张寓帅", {"title": "掌门人"}),
        ("gjj", "worksFor", "grp", "东阳光集团东阳基地副总经理郭军军", {"title": "副总经理"}),
        ("grp", "investsIn", "p1", ALU),
        ("p1", "locatedIn", "dy", ALU),
        ("zf", "locatedIn", "dy", "今年4月,市政府和东阳光集团就东阳光全面战略合作项目进行签约"),
        ("grp", "operates", "p2", "今年4月,市政府和东阳光集团就东阳光全面战略合作项目进行签约"),
        ("p2", "locatedIn", "dy", "今年4月,市政府和东阳光集团就东阳光全面战略合作项目进行签约"),
    ]
    + [(c, "partOf", "gd", BASES) for c in ["dg", "sg"]]
    + [("yc", "partOf", "hb", BASES), ("wlcb", "partOf", "nmg", BASES), ("zy", "partOf", "gz", BASES)]
    + [("lz", "partOf", "xz", BASES)]
    + [("grp", "investsIn", p, MORE) for p in ["p3", "p4", "p5", "p6", "p7", "p8"]]
    + [(p, "locatedIn", "dy", MORE) for p in ["p3", "p4", "p5", "p6", "p7", "p8"]]
)
VALUES = [
    ("p1", "expectedRevenue", 6000000000, "CNY", "投产后可实现年销售收入60亿元左右,年纳税2亿元"),
    ("p1", "expectedTax", 200000000, "CNY", "投产后可实现年销售收入60亿元左右,年纳税2亿元"),
    ("p2", "investment", 12000000000, "CNY", "等项目,总投资120亿元"),
]
NOTES = [
    "Source: app.tmuyun.com (浙江 天目云, 歌画东阳客户端), 2023-04-21. Headline and byline kept; the date/read-count line "
    "dropped. The stored copy breaks off in the last paragraph (…大家饶有兴致地…感受东阳持续优化); the text keeps its first "
    "clause, closed with 。 after 未来规划等 (the only change to the wording).",
    "Places: 东阳市 (a county-level city of 金华; written 东阳, 我市) → District; 金华 is not written, so no City and no "
    "partOf upward (浙江 is two levels up: left out, judgement). 浙江 (written on its own, and 全省) → Province. 南马镇 → "
    "Town partOf 东阳市. The group's bases (广东东莞、广东韶关、湖北宜昌、浙江东阳、内蒙古乌兰察布、贵州遵义、西藏林芝) name "
    "five more provinces and six cities on their own → entities, the cities partOf their provinces (division list). The "
    "bases themselves are unnamed (no Project per base).",
    "Media: 歌画东阳客户端 (the city's news app) → Institution, 记者陈云 worksFor it; 摄影 胡扬辉 → Person only (the "
    "photographer's body is not written). 浙江发布 (the province's official news account) → Institution, its staff make up "
    "the touring group → participatesIn the reporting tour, typed Event (浙江“地瓜经济”主题报道, a dated occasion whose "
    "首站 is 东阳 → locatedIn 东阳市; judgement).",
    "Programme: “地瓜经济”提能升级“一号开放工程” (a province-wide campaign, 工程) → 浙江省 implements (全省上下大力实施). "
    "“地瓜经济” alone is a concept, not annotated separately.",
    "Firms: 东阳光集团 (集团 refers to it; 东阳光 in 东阳光现任“掌门人” and 东阳光全面战略合作项目 is its short form, but the "
    "text also names 东阳光 and 东阳光药 as its two listed companies → two more Company entities, judgement). People: 张中能 "
    "(创始人), 张寓帅 (“掌门人”, the group's head), 郭军军 (东阳光集团东阳基地副总经理) worksFor 东阳光集团.",
    "Projects: 高端铝电解电容器生产基地 (brought as 铝电解电容器项目: one project, alias) investsIn from the group (投资建设; "
    "its head brings it), locatedIn 东阳市. 东阳光全面战略合作项目 signed by 市政府 (rule 1 → 东阳市人民政府) and the group → "
    "the group operates it; the six further projects the group 引入 (the last two written without 项目 but closed by 等项目) "
    "→ Project, investsIn from the group, all locatedIn 东阳市 (the city's cooperation). The 120亿元 total is written after "
    "the list: put on the cooperation project as its investment (judgement); 一期工程 is an unnamed phase.",
    "Values: the capacitor base's expected annual sales (60亿元左右) and tax (2亿元); 120亿元. Not values: 1997 (a founding "
    "year), 七大基地, 两家上市公司, 2024 (a plan year), 2020年12月.",
]
