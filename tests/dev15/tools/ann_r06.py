FIRMS = [
    "青蛙王子(福建)婴童护理用品有限公司",
    "福建众辰精密机芯有限公司",
    "漳州市正能机电有限公司",
    "漳州富乘健康科技有限公司",
    "漳州市康贝卫生用品股份有限公司",
    "福建鑫宏华机械有限公司",
    "海诺斯(漳州)工业机械有限公司",
    "福建省小白心里软食品有限公司",
    "丝耐洁(福建)口腔健康科技有限公司",
    "漳州弘敏机电有限公司",
]
ENTITIES = [
    ("gxt", "GovernmentBody", "福建省工业和信息化厅", ["省工信厅"]),
    ("d1", "Designation", "2022年第一批创新型中小企业", ["创新型中小企业"]),
    ("d2", "Designation", "专精特新中小企业", []),
    ("zone", "Zone", "蓝田经济开发区", []),
    ("prog", "Programme", "《福建省优质中小企业梯度培育管理实施细则》", ["《实施细则》"]),
] + [(f"c{i}", "Company", f, []) for i, f in enumerate(FIRMS, 1)]
LEAD = "福建省工业和信息化厅确定了2022年第一批创新型中小企业名单"
ZONE = "其中蓝田经济开发区10家企业位列其中"
RELATIONS = (
    [
        ("gxt", "awards", "d1", LEAD),
        (
            "gxt",
            "awards",
            "d2",
            "发布了关于组织开展2022年创新型中小企业评价、专精特新中小企业认定和复核工作的通知",
        ),
        ("gxt", "implements", "prog", "并印发《福建省优质中小企业梯度培育管理实施细则》"),
    ]
    + [(f"c{i}", "designatedAs", "d1", FIRMS[i - 1]) for i in range(1, 11)]
    + [(f"c{i}", "locatedIn", "zone", FIRMS[i - 1]) for i in range(1, 11)]
)
VALUES = [
    ("d1", "companies", 725, "enterprise", "上榜企业共计725家"),
    ("zone", "companies", 10, "enterprise", ZONE),
]
NOTES = [
    "Source: sydy.org.cn (a 漳州 site), late 2022 (近期; 今年10月 is 2022). No headline in the stored text; the body is "
    "complete. The ten firms are listed one per line after the colon.",
    "Body and designation: 福建省工业和信息化厅 (later 省工信厅) 确定 the list → awards 2022年第一批创新型中小企业 (alias "
    "创新型中小企业, as the text goes on to call it); it also runs the 专精特新中小企业 认定 (the notice) → awards that title "
    "(judgement). 福建 and 漳州 occur only inside names (rule 5): no Province, no City, so the body has no locatedIn.",
    "Firms: the ten listed firms of 蓝田经济开发区 → Company, designatedAs the list's title, locatedIn the zone (the zone's "
    "10 firms; evidence is each firm's line, the zone sentence stating it once).",
    "Programme: 《福建省优质中小企业梯度培育管理实施细则》 (《实施细则》) is the policy the 厅 印发 → Programme, implements. "
    "工业和信息化部's measure is not named here; 主管部门, 培育平台 are generic.",
    "Values: 725 firms on the list, 10 of them in the zone. Not values: 三年 (a validity period), 一个月.",
]
