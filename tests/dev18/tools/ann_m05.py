ENTITIES = [
    ("fgw", "GovernmentBody", "江西省发展和改革委员会", ["江西省发改委"]),
    ("jax", "District", "吉安县", ["全县"]),
    ("ja", "City", "吉安市", ["全市"]),
    ("pg1", "Programme", "“月底安排、月初通报”和“分管领导保要素、挂点领导督进度”调度机制", []),
    ("pg2", "Programme", "“双比拼”活动", []),
    ("p1", "Project", "VR智慧屏", []),
    ("p2", "Project", "伊戈尔磁电", []),
    ("p3", "Project", "腾达智能制造", []),
    ("p4", "Project", "富洪食品", []),
    ("p5", "Project", "鼎邦科技", []),
]
STARTED = "VR智慧屏、伊戈尔磁电、腾达智能制造等8个总投资127亿元项目开工建设"
DONE = "富洪食品、鼎邦科技等5个亿元项目竣工投产"
RELATIONS = (
    [
        ("jax", "partOf", "ja", "增幅均位居吉安市第一"),
        (
            "jax",
            "implements",
            "pg1",
            "创新实施重点项目“月底安排、月初通报”和“分管领导保要素、挂点领导督进度”调度机制",
        ),
        ("jax", "implements", "pg2", "在全县范围内开展重大工业项目比签约、比开工“双比拼”活动"),
    ]
    + [(p, "locatedIn", "jax", STARTED) for p in ["p1", "p2", "p3"]]
    + [(p, "locatedIn", "jax", DONE) for p in ["p4", "p5"]]
)
VALUES = [
    ("jax", "signedProjectCount", 18, "project", "一季度,全县共签约项目18个"),
    ("jax", "signedAmount", 19970000000, "CNY", "签约金额199.7亿元"),
    ("jax", "fixedAssetInvestment", 719000000, "CNY", "工业固投完成7.19亿元"),
]
NOTES = [
    "Source: cn.dailyeconomic.com (江西), 2022-04-11; the stored page has no headline. The body is complete.",
    "Places: 吉安县 (全县; the county of the report), 吉安市 (位居吉安市第一; 全市 in 列入全市重点工业建设项目) → partOf. "
    "江西 occurs only inside 江西省发改委 (rule 5): no Province.",
    "Body: 江西省发改委 (the source, 据…消息) → GovernmentBody 江西省发展和改革委员会; no relation stated.",
    "Programmes: the county's named scheduling mechanism (创新实施重点项目“月底安排、月初通报”和“分管领导保要素、挂点领导督进度”"
    "调度机制; one mechanism with two quoted parts, labelled from the first quote) and its “双比拼”活动 (开展) → implements. "
    "“项目为王”理念 is an idea; 挂点包干网格化管理 a practice; the 69支招商队 are teams.",
    "Projects: the started and finished projects named by short names (VR智慧屏, 伊戈尔磁电, 腾达智能制造; 富洪食品, 鼎邦科技) "
    "are items of project lists (…等8个…项目, …等5个亿元项目) → Project (their firms' names are not written as firms), "
    "locatedIn 吉安县.",
    "Values: the county's 18 signed projects and 199.7亿元 signed, 7.19亿元 industrial fixed investment. Not values: "
    "counts of 20/50亿元 projects, growth rates, the 8 projects' 127亿元 (a group), 69 teams, 26/17/16 project counts.",
]
