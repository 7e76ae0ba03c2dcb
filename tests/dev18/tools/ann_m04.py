FIRMS = [
    "陕西本草医药控股集团有限公司",
    "陕西镇弘蜀乐食品科技发展有限公司",
    "陕西怡溪春茶业科技有限公司",
    "汉中市芳悦茶业科技有限公司",
    "镇巴县隆升茶业有限公司",
]
ENTITIES = [
    ("sx", "Province", "陕西省", ["陕西"]),
    ("zb", "District", "镇巴县", []),
    ("gxt", "GovernmentBody", "陕西省工业和信息化厅", []),
    ("jmj", "GovernmentBody", "镇巴县经贸局", ["县经贸局"]),
    ("des", "Designation", "陕西省“专精特新”中小企业", ["省级“专精特新”企业"]),
    ("pg1", "Programme", "“专精特新”企业培育", []),
    ("pg2", "Programme", "“初筛入库、分类培育、精准申报”梯度机制", []),
] + [(f"c{i}", "Company", f, []) for i, f in enumerate(FIRMS, 1)]
LIST = (
    "陕西省工业和信息化厅公布了第七批陕西省“专精特新”中小企业认定通过名单,"
    + "、".join(FIRMS)
    + "5家企业成功入选"
)
RELATIONS = (
    [
        ("gxt", "awards", "des", "陕西省工业和信息化厅公布了第七批陕西省“专精特新”中小企业认定通过名单"),
        ("gxt", "locatedIn", "sx", "陕西省工业和信息化厅公布了第七批陕西省“专精特新”中小企业认定通过名单"),
        ("zb", "partOf", "sx", "陕西镇巴县"),
        ("jmj", "locatedIn", "zb", "镇巴县以“系统思维与以事为大”为导引,由县经贸局牵头"),
        ("zb", "implements", "pg1", "切实把“专精特新”企业培育作为推动县域经济提质增效的核心抓手"),
        ("zb", "implements", "pg2", "建立“初筛入库、分类培育、精准申报”梯度机制"),
    ]
    + [(f"c{i}", "designatedAs", "des", LIST) for i in range(1, 6)]
    + [(f"c{i}", "locatedIn", "zb", LIST) for i in range(1, 6)]
)
VALUES = [
    ("des", "companies", 5, "enterprise", "5家企业成功入选"),
]
NOTES = [
    "Source: chinasme.org.cn (中国中小企业信息网, 地方资讯), 2026-01-15, 信息来源 “学习强国”镇巴融媒号. Headline and date/"
    "source line kept (time of day dropped); the body is complete.",
    "Places: 镇巴县 (headline after 陕西; the body's subject), 陕西省 (written 陕西 before the county and 陕西省 before the "
    "department). 汉中 occurs only inside a firm's name (rule 5); 镇巴 inside the media account's name.",
    "Bodies: 陕西省工业和信息化厅 (publishes the list → awards, locatedIn 陕西省); 县经贸局 → 镇巴县经贸局 (rule 1; the "
    "written short form 经贸 kept in the label), locatedIn the county. 科技、税务、统计等部门 are generic.",
    "Designation: the province's “专精特新”中小企业 (第七批…认定通过名单; the headline's 省级“专精特新”企业) → labelled "
    "陕西省“专精特新”中小企业; the five named firms 入选 → designatedAs, and they are the county's firms (镇巴县…实现零的突破) → "
    "locatedIn 镇巴县. 创新型中小企业 and 国家级小巨人 are tiers named as a standard, not awarded here: no entities.",
    "Programmes: the county's “专精特新”企业培育 (its core task, as dev15's 专精特新中小企业培育工作) and its named "
    "“初筛入库、分类培育、精准申报”梯度机制 (建立) → implements. Slogans (“同题共答”, “六大功能赋能…”, “培育一批…”) and the "
    "platforms “陕企通”, “汉企通”, “政银企座谈会”, “亲商助企” (named only as carriers) are not annotated.",
    "Values: 5 firms with the title. Not values: 5项核心难题, the batch number.",
]
