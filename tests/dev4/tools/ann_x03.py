ENTITIES = [
    ("miit", "GovernmentBody", "工业和信息化部", ["工信部", "我部"]),
    ("des", "Designation", "国家级工业设计中心", []),
    (
        "ban",
        "Programme",
        "《国家级工业设计中心认定管理办法(试行)》",
        ["国家级工业设计中心认定管理办法(试行)"],
    ),
    (
        "tz",
        "Programme",
        "《关于组织开展2015年度国家级工业设计中心认定工作的'通知》",
        ["关于组织开展2015年度国家级工业设计中心认定工作的通知"],
    ),
    ("nc", "Company", "南车株洲电力机车有限公司", []),
    ("ho", "Company", "天津海鸥表业集团有限公司", []),
    ("yf", "Company", "吟飞科技(江苏)有限公司", []),
    ("sh", "Company", "圣泓工业设计创意有限公司", []),
]
RELATIONS = [
    ("miit", "awards", "des", "我部确定了2015年认定国家级工业设计中心名单"),
    ("miit", "implements", "ban", "根据工业和信息化部《国家级工业设计中心认定管理办法(试行)》"),
    (
        "miit",
        "implements",
        "tz",
        "《关于组织开展2015年度国家级工业设计中心认定工作的'通知》(工信厅产业函〔2015〕150号)",
    ),
    (
        "nc",
        "designatedAs",
        "des",
        "认定南车株洲电力机车有限公司轨道交通装备工业设计中心等34家企业工业设计中心及工业设计企业为国家级工业设计中心",
    ),
    ("ho", "designatedAs", "des", "天津海鸥表业集团有限公司工业设计中心等30家国家级工业设计中心通过复核"),
]
VALUES = [
    (
        "des",
        "newlyDesignatedCount",
        34,
        "enterprise",
        "等34家企业工业设计中心及工业设计企业为国家级工业设计中心",
    ),
    ("des", "retainedCount", 30, "enterprise", "等30家国家级工业设计中心通过复核"),
]
NOTES = [
    "National body: a notice (通告) of 工业和信息化部, 2015-12-28, reposted by 010zaixian.com. No place is named on "
    "its own (株洲, 天津, 江苏 occur only inside company names; 新疆生产建设兵团 only inside the addressee phrase).",
    "工业和信息化部 awards the Designation 国家级工业设计中心 (我部确定了…名单). 工信部 (in the document numbers) and "
    "我部 are aliases; 工信厅 (the ministry's general office, inside a document number) is not annotated.",
    "Recipients: the designation formally goes to an enterprise's in-house design centre (南车株洲电力机车有限公司"
    "轨道交通装备工业设计中心), which is a unit of the firm, not a separate organisation: the firm is the node and "
    "gets designatedAs. 天津海鸥表业集团有限公司's centre passed the review (keeps the designation: designatedAs). "
    "吟飞科技(江苏)有限公司 and 圣泓工业设计创意有限公司 lost it (撤销…称号): Company nodes without designatedAs.",
    "The two documents are Programmes (as the dev gold types 《…办法》 and 《…通知》), implemented by the ministry "
    "(its own measures; the 通知 was issued by its general office). The stray ' before 通知 is on the page and kept.",
    "The three annex lists (附件1–3) are not separate Designations: they list holders of the one designation.",
    "Cleaning: the aggregator's date/category line (2020-08-13工作计划) above the title, the bracketed repeat of the "
    "title and the related-articles list after the signature were removed.",
]
