LIST = (
    "天津市工业和信息化局、天津市财政局公布2023年度第一批专精特新中小企业认定名单(第一部分),武清开发区6家企业在列,"
    "分别为:华电水务(天津)有限公司、天津福禄通信技术股份有限公司、天津交控科技有限公司、日丰企业(天津)有限公司、"
    "天津三英焊业股份有限公司、天津华创瑞风空调设备有限公司"
)
NOW = "截至目前,武清开发区已有专精特新中小企业24家,专精特新“小巨人”企业3家"
FIRMS = [
    ("c1", "华电水务(天津)有限公司"),
    ("c2", "天津福禄通信技术股份有限公司"),
    ("c3", "天津交控科技有限公司"),
    ("c4", "日丰企业(天津)有限公司"),
    ("c5", "天津三英焊业股份有限公司"),
    ("c6", "天津华创瑞风空调设备有限公司"),
]
ENTITIES = [
    ("gxj", "GovernmentBody", "天津市工业和信息化局", []),
    ("czj", "GovernmentBody", "天津市财政局", []),
    ("wq", "Zone", "武清开发区", ["园区"]),
    (
        "des",
        "Designation",
        "专精特新中小企业",
        ["2023年度第一批专精特新中小企业认定名单", "2023年度第一批专精特新中小企业"],
    ),
    ("d2", "Designation", "专精特新“小巨人”企业", []),
] + [(k, "Company", n, []) for k, n in FIRMS]
RELATIONS = [
    ("gxj", "awards", "des", LIST),
    ("czj", "awards", "des", LIST),
]
for k, _ in FIRMS:
    RELATIONS.append((k, "designatedAs", "des", LIST))
    RELATIONS.append((k, "locatedIn", "wq", LIST))
VALUES = [
    ("wq", "specialisedFirms", 24, "enterprise", NOW),
    ("wq", "littleGiants", 3, "enterprise", NOW),
]
NOTES = [
    "Source: tjuda.com (the park site's 园区新闻; no date on the stored page). Complete.",
    "Places: 天津 and 武清 are written only inside bodies', firms' and the zone's names: no Province, no District (rule "
    "5). 武清开发区 (园区) → Zone.",
    "List: the two municipal bodies publish the first 2023 batch of 专精特新中小企业 → both award the title; the six "
    "firms named → designatedAs and locatedIn the zone (武清开发区6家企业在列).",
    "Designations: 专精特新中小企业 (the batch's list as aliases), 专精特新“小巨人”企业 (counted for the zone only).",
    "Values: the zone's totals 24 and 3. Not values: 6家 (the firms named).",
]
