ENTITIES = [
    ("swb", "GovernmentBody", "商务部", []),
    ("gxb", "GovernmentBody", "工业和信息化部", []),
    ("sthj", "GovernmentBody", "生态环境部", []),
    ("nyb", "GovernmentBody", "农业农村部", []),
    ("rmyh", "GovernmentBody", "中国人民银行", ["人民银行"]),
    ("scjg", "GovernmentBody", "国家市场监督管理总局", ["市场监管总局"]),
    ("ybjh", "GovernmentBody", "中国银行保险监督管理委员会", ["银保监会"]),
    ("ltsi", "GovernmentBody", "商务部流通发展司", []),
    ("wl", "Institution", "中国物流与采购联合会", []),
    ("pg", "Programme", "全国供应链创新与应用示范创建", []),
    (
        "d1",
        "Designation",
        "全国供应链创新与应用示范城市",
        ["2022年全国供应链创新与应用示范城市名单", "示范城市"],
    ),
    (
        "d2",
        "Designation",
        "全国供应链创新与应用示范企业",
        ["2022年全国供应链创新与应用示范企业名单", "示范企业"],
    ),
    ("csf", "Person", "蔡少锋", []),
    ("zjx", "Person", "查金祥", []),
]
D = {"date": "2022-09-14"}
AW = (
    "商务部、工业和信息化部、生态环境部、农业农村部、人民银行、市场监管总局、银保监会、中国物流与采购联合会等8单位"
    "共同组织专家对城市和企业申报材料进行评审,确定了2022年供应链创新与应用15个示范城市(附件1)、106家示范企业"
)
PG = "《商务部等8单位关于开展2022年全国供应链创新与应用示范城市和示范企业申报工作的通知》"
CONTACT = "请与商务部流通发展司联系,联系人:蔡少锋查金祥"
BODIES = ["swb", "gxb", "sthj", "nyb", "rmyh", "scjg", "ybjh"]
RELATIONS = [
    ("swb", "implements", "pg", PG),
    ("ltsi", "partOf", "swb", CONTACT),
    ("csf", "worksFor", "ltsi", CONTACT, {"title": "联系人"}),
    ("zjx", "worksFor", "ltsi", CONTACT, {"title": "联系人"}),
] + [(b, "awards", d, AW, D) for b in BODIES for d in ["d1", "d2"]]
VALUES = [
    ("d1", "count", 15, "city", "确定了2022年供应链创新与应用15个示范城市"),
    ("d2", "count", 106, "enterprise", "106家示范企业"),
]
NOTES = [
    "Source: chacewang.com (查策网) repost of a 商务部流通发展司 publicity notice (公示) dated 2022-09-14; printed as "
    "one run-on paragraph (the repost lost its line breaks: 联系人:蔡少锋查金祥电话:…), kept as stored.",
    "Bodies: the seven central state bodies of the 8 units, labelled with their formal names where the text uses the "
    "common short form (人民银行 → 中国人民银行, 市场监管总局 → 国家市场监督管理总局, 银保监会 → 中国银行保险监督管理"
    "委员会); 中国物流与采购联合会 is an association (Institution). 商务部流通发展司 is a department of 商务部 → partOf.",
    "Designations: the two titles the eight units decide (确定了…示范城市、…示范企业) → awards from each of the seven "
    "GovernmentBodies (the association is outside awards' domain, rule 7; left out). The lists' file names in the "
    "attachments (…名单) and the bare 示范城市 / 示范企业 are aliases. The 15 cities and 106 firms are in the "
    "attachments, not the text.",
    "Programme: 全国供应链创新与应用示范创建 (named in the title of its 工作规范); judgement: 商务部 implements it (its "
    "notice 关于开展…申报工作); the co-issuers are only summarised as 等8单位 there. Document numbers (商流通函〔2022〕"
    "123号) are not entities.",
    "People: 蔡少锋 and 查金祥 are given as the department's contacts → worksFor 商务部流通发展司 (title 联系人). "
    "Phone numbers are not values.",
]
