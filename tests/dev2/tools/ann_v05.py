ENTITIES = [
    ("ld", "District", "罗定市", ["全市"]),
    ("wd", "Town", "围底镇", ["该镇"]),
    ("mtg", "Event", "罗定市民营经济高质量发展工作座谈会", ["全市民营经济高质量发展工作座谈会"]),
    ("ly", "Company", "罗定绿源人造板有限公司", []),
    ("sw", "Company", "广东燊伟户外用品有限公司", ["该公司"]),
    ("qrj", "Person", "覃仁剑", []),
    ("cyx", "Person", "陈裕芯", []),
]
RELATIONS = [
    ("wd", "partOf", "ld", "罗定市围底镇"),
    ("mtg", "locatedIn", "ld", "罗定市民营经济高质量发展工作座谈会"),
    ("ly", "locatedIn", "wd", "罗定市围底镇工业企业不负春光"),
    ("sw", "locatedIn", "wd", "该公司是围底镇2021年新引进的投资项目"),
    ("qrj", "worksFor", "ly", "罗定绿源人造板有限公司生产技术部主管覃仁剑", {"title": "生产技术部主管"}),
    ("cyx", "worksFor", "sw", "广东燊伟户外用品有限公司经理助理陈裕芯", {"title": "经理助理"}),
]
VALUES = [
    ("sw", "annualOutputValue", 20000000, "CNY", "年产值约2000万元"),
    ("sw", "annualCapacity", 600000, "set", "计划年产砼结构构件(户外混凝土伞座、户外休闲桌椅、井盖等)60万套"),
    ("sw", "jobs", 100, "job", "安置就业岗位近100个"),
    ("wd", "industrialEnterpriseCount", 35, "enterprise", "围底镇现有35家工业企业"),
]
NOTES = [
    "Province 广东, prefecture 云浮 (not named); 罗定市 is a county-level city (District). Page of 2022-04-02, "
    "罗定市融媒体中心 via 南方+ (gdxk.southcn.com).",
    "The feature opens on 罗定市围底镇工业企业 and then visits the two firms, so both are located in 围底镇.",
    "The 座谈会 (a city meeting) is named only as the occasion after which firms sped up; nobody is said to attend it.",
    "Cleaning: the breadcrumb, the date/source line, the 作者 line and the footer (指导单位, 建设单位) were removed.",
]
