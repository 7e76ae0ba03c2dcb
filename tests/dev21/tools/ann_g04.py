GOV = "根据工信部统一部署,江苏省工信厅发布《关于江苏省第五批专精特新“小巨人”企业和第二批专精特新“小巨人”复核通过企业名单的公示》"
DOC = "《关于江苏省第五批专精特新“小巨人”企业和第二批专精特新“小巨人”复核通过企业名单的公示》"
UP = "南通64家企业上榜第五批国家级专精特新“小巨人”企业名单"
ENTITIES = [
    ("js", "Province", "江苏省", ["全省"]),
    ("nt", "City", "南通市", ["南通", "全市"]),
    ("gxb", "GovernmentBody", "工业和信息化部", ["工信部"]),
    ("gxt", "GovernmentBody", "江苏省工业和信息化厅", ["江苏省工信厅"]),
    ("doc", "Programme", DOC, []),
    (
        "des",
        "Designation",
        "国家级专精特新“小巨人”企业",
        ["第五批国家级专精特新“小巨人”企业", "第五批国家级专精特新“小巨人”企业名单", "专精特新“小巨人”企业"],
    ),
    ("d2", "Designation", "制造业单项冠军企业", []),
    ("d3", "Designation", "省级专精特新中小企业", []),
    ("ll", "Person", "刘璐", []),
]
RELATIONS = [
    ("nt", "partOf", "js", "全省共新入围795家企业。南通64家企业上榜"),
    ("gxt", "implements", "doc", GOV),
    ("gxb", "awards", "des", GOV),
    ("gxt", "locatedIn", "js", GOV),
]
VALUES = [
    ("js", "newLittleGiants", 795, "enterprise", "全省共新入围795家企业"),
    ("nt", "newLittleGiants", 64, "enterprise", UP),
    ("nt", "nationalLittleGiants", 61, "enterprise", "国家级专精特新“小巨人”企业61家"),
    ("nt", "singleChampions", 27, "enterprise", "全市累计获评制造业单项冠军企业(产品)27家"),
    ("nt", "provincialSpecialisedFirms", 461, "enterprise", "省级专精特新中小企业461家"),
]
NOTES = [
    "Source: zgnt.net (南通日报 e-paper, page A01), 2023-07-16 (14日 = 2023-07-14). Headline and subhead kept, the page's "
    "index line dropped; the body is complete.",
    "Places: 南通 (南通 and 全市) → City 南通市 partOf 江苏省; 全省 (全省共新入围795家企业) in a 江苏 paper → Province 江苏省 "
    "(江苏省 itself is written only inside the bureau's and the document's names).",
    "Bodies: 工信部 → 工业和信息化部; 江苏省工信厅 → 江苏省工业和信息化厅, which issues the public notice → the notice (a "
    "《…公示》 document) is a Programme it implements. The national title is the ministry's (根据工信部统一部署) → awards.",
    "Designations: 国家级专精特新“小巨人”企业 (the fifth batch's list written as 第五批…名单, aliases as dev12 t05), "
    "制造业单项冠军企业 and 省级专精特新中小企业 (titles held by the city's firms, counted). The holders are counted, not "
    "named: no designatedAs (the city holds no title itself).",
    "Byline: 记者刘璐 → Person; the paper is written only as 本报: no worksFor.",
    "Values: 795 new in the province, 64 new in 南通, and the city's running totals 61 (before this batch), 27, 461. "
    "Not annotated: the clusters and slogans (先进制造业产业集群, “争第一、创唯一”).",
]
