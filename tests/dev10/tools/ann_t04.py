ENTITIES = [
    ("kd", "Zone", "宽甸经济开发区", ["开发区"]),
    ("yq", "Zone", "宽甸经济开发区城南高新技术产业园", ["城南高新技术产业园"]),
    ("dd", "City", "丹东市", ["丹东"]),
    ("c1", "Company", "辽宁优创科技节能材料有限公司", []),
    ("p1", "Project", "创新型铝型材生产项目", []),
    ("c2", "Company", "宽甸忠盛门窗幕墙装潢有限公司", []),
    ("c3", "Company", "北京优顿科技发展有限公司", []),
    ("prog", "Programme", "重点项目建设提质提效行动", []),
    ("des", "Designation", "省级农产品加工集聚区", []),
    ("ev", "Event", "2022年中国国际服务贸易交易会", []),
]
SITE = "在宽甸经济开发区城南高新技术产业园内,辽宁优创科技节能材料有限公司正在紧锣密鼓地开展项目建设"
RELATIONS = [
    ("yq", "locatedIn", "kd", "宽甸经济开发区城南高新技术产业园"),
    ("c1", "locatedIn", "yq", SITE),
    ("p1", "locatedIn", "yq", SITE),
    ("c1", "operates", "p1", SITE),
    ("kd", "designatedAs", "des", "依托省级农产品加工集聚区"),
]
VALUES = [
    ("p1", "totalInvestment", 120000000, "CNY", "总投资1.2亿元"),
    ("p1", "landArea", 20000, "m2", "占地2万平方米"),
    ("p1", "floorArea", 15000, "m2", "建筑面积1.5万平方米"),
    ("p1", "annualCapacity", 30000, "t", "生产规模为铝型材3万吨/年"),
]
NOTES = [
    "Source: jhzx.dandong.gov.cn (丹东市 site), December 2022 (page dated 202212). The stored page ends inside a "
    "sentence (…增速均高于近四年平均水平3个百分点,省级农产品集聚区主营业务收入同比); the text keeps the body up to "
    "the last complete sentence before it. No title was in the stored page.",
    "Zones: 宽甸经济开发区 (alias 开发区) and its sub-park 宽甸经济开发区城南高新技术产业园 (locatedIn the zone, as "
    "dev7 annotates a park inside a zone; first committed as partOf, corrected after the first run). 宽甸 "
    "occurs only inside names (the zone, a firm, 宽甸地区技术研发中心): no District. 丹东 is written on its own "
    "(打造丹东最大的…) → City 丹东市; the zone's place is not stated, so no locatedIn to it.",
    "The firm 辽宁优创科技节能材料有限公司 carries out the project in the sub-park → both locatedIn the sub-park; the "
    "project (创新型铝型材生产项目, the one the firm builds, 开展项目建设 then named) → operates. The "
    "项目投资方 is the same firm. 宽甸忠盛门窗幕墙装潢有限公司 (the existing line) and 北京优顿科技发展有限公司 "
    "(whose centres are joined) are Companies without a relation the text states clearly; the centres "
    "(技术研发中心, 产品展示中心, 模具研发生产制造中心) are units of a firm, not annotated.",
    "Programme 重点项目建设提质提效行动 is run by the zone, but a Zone is outside the implements domain (rule 7): "
    "no implements. Event 2022年中国国际服务贸易交易会: the zone attends it, but a Zone is outside the "
    "participatesIn domain (rule 7): no relation.",
    "Designation 省级农产品加工集聚区: the zone relies on (依托) the provincial agricultural-processing cluster status "
    "→ designatedAs (a judgement: read as the zone's provincial title). 苏沪、广深 are abbreviations of provinces "
    "and cities in a compound: not annotated. Slogans (“领头羊”, “店小二”, “强小微、小升规、规做精”, "
    "“总部+制造基地”, “智造”) are not entities.",
]
