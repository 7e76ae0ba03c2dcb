FIRMS = ["北京四环科宝制药有限公司", "北京六合伟业科技股份有限公司", "国信优易数据股份有限公司"]
ENTITIES = [
    ("bj", "Province", "北京市", ["我市"]),
    ("jxj", "GovernmentBody", "北京市经济和信息化局", []),
    (
        "des",
        "Designation",
        "北京市专精特新“小巨人”企业",
        ["第一批北京市专精特新“小巨人”企业", "北京市第一批专精特新“小巨人”企业"],
    ),
    ("xjp", "Person", "习近平", []),
    ("cj", "Event", "中央财经委员会第五次会议", []),
    ("yj", "Programme", "《关于推进北京市中小企业“专精特新”发展的指导意见》", []),
    ("zzqg", "Programme", "制造强国战略", []),
    ("rmt", "Institution", "区融媒体中心", []),
] + [(f"c{i}", "Company", f, []) for i, f in enumerate(FIRMS, 1)]
AW = "北京市经济和信息化局年内组织开展了第一批北京市专精特新“小巨人”企业申报、审查和评审工作"
LIST = "园区北京四环科宝制药有限公司、北京六合伟业科技股份有限公司、国信优易数据股份有限公司等3家企业入选"
RELATIONS = [
    ("jxj", "locatedIn", "bj", AW),
    ("jxj", "awards", "des", AW),
    ("xjp", "participatesIn", "cj", "习近平总书记主持召开中央财经委员会第五次会议"),
] + [(f"c{i}", "designatedAs", "des", LIST) for i in range(1, 4)]
VALUES = [
    ("des", "companies", 100, "enterprise", "公布了入选名单,共计100家"),
    ("des", "date", "2020-09-21", "xsd:date", "并于9月21日公布了入选名单"),
]
NOTES = [
    "Source: www.bjft.gov.cn (北京市丰台区人民政府, 丰台要闻), 2020-10-15, 来源 区融媒体中心. Headline and date line kept; "
    "the site footer dropped. The body is complete.",
    "Places: 北京 is written only inside names (the bureau, the title, the guideline) and as 我市 (国家和我市重点鼓励) → "
    "Province 北京市 (a municipality) with alias 我市. 园区 (the district's park, never named) and 丰台 (not written) are "
    "not entities; so the three firms get no locatedIn.",
    "Body and title: 北京市经济和信息化局 runs the 申报、审查和评审 of the first batch and publishes the list → awards "
    "北京市专精特新“小巨人”企业 (label without the batch; the body's 第一批北京市… and the headline's 北京市第一批… as aliases, as the year is dropped elsewhere; the headline form was added after the first run, which showed it had been overlooked); the three "
    "named firms 入选 → designatedAs. The list's date (9月21日, 2020) and size (100) are values on the title.",
    "Event: 中央财经委员会第五次会议, 习近平 presides (主持召开) → participatesIn; the commission is written only inside the "
    "meeting's name. Programmes: 《关于推进北京市中小企业“专精特新”发展的指导意见》 (a policy document, as dev16 r03's "
    "《办法》) and 制造强国战略 (a named national strategy); neither has an implementer in the text.",
    "Media: 区融媒体中心 (the district's media centre, source line) → Institution, labelled as written (its district is "
    "never named).",
    "Not annotated: “专精特新”中小企业 in the quotation (a kind of firm to cultivate, not an award here), 《工业“四基”发展目录》 "
    "(a catalogue of fields), 十大重点产业领域, 企业家精神, 工匠精神.",
]
