ENTITIES = [
    ("sd", "Province", "山东省", ["山东"]),
    ("jn", "City", "济南市", ["济南"]),
    ("dz", "City", "德州市", ["德州"]),
    ("yc", "District", "禹城市", ["禹城"]),
    ("fs", "Town", "房寺镇", ["该镇"]),
    ("zz", "City", "枣庄市", ["枣庄"]),
    ("tz", "District", "滕州市", ["滕州"]),
    ("bg", "Town", "鲍沟镇", []),
    ("fsy", "Zone", "房寺镇产业园", []),
    ("gx", "Zone", "德州高新区", []),
    ("wl", "Zone", "绿能仓储物流园", ["物流园"]),
    ("hf", "Company", "红枫动力厂", ["红枫动力", "该企业"]),
    ("jj", "Company", "金晶玻璃集团", []),
    ("chg", "Person", "蔡洪国", []),
    ("ncm", "Person", "宁传民", []),
    ("zxw", "Institution", "中新网", []),
    ("sjl", "Person", "沙见龙", []),
    ("bl", "Designation", "“中国玻璃城”", []),
]
HF = "在山东德州禹城市房寺镇产业园的红枫动力厂车间"
BG = "在枣庄滕州市鲍沟镇的金晶玻璃集团生产车间"
RELATIONS = [
    ("jn", "partOf", "sd", "中新网济南4月23日电"),
    ("dz", "partOf", "sd", HF),
    ("yc", "partOf", "dz", HF),
    ("fs", "partOf", "yc", HF),
    ("zz", "partOf", "sd", BG),
    ("tz", "partOf", "zz", BG),
    ("bg", "partOf", "tz", BG),
    ("fsy", "locatedIn", "fs", HF),
    ("hf", "locatedIn", "fsy", HF),
    ("gx", "locatedIn", "dz", "德州高新区"),
    ("jj", "locatedIn", "bg", BG),
    ("chg", "worksFor", "hf", "“降本提质”是总经理蔡洪国最大的感受", {"title": "总经理"}),
    ("sjl", "worksFor", "zxw", "中新网济南4月23日电 (记者 沙见龙)", {"title": "记者"}),
    (
        "bg",
        "designatedAs",
        "bl",
        "现已发展成集玻璃深加工、展贸、物流、研发、电子商务、玻璃检测检验为一体的“中国玻璃城”",
    ),
]
VALUES = [
    ("bg", "companies", 147, "company", "汇聚玻璃企业147家"),
]
NOTES = [
    "Source: a mirror (125.65.46.38, 来源 宣讲家, stamp 2024-07-09) of a 中新网 report dated 4月23日 (2024). Headline "
    "kept, the source/date line dropped. The report goes on (鲍沟镇玻璃产业园…): the text is cut at the end of the "
    "paragraph on 鲍沟镇 (six paragraphs kept).",
    "Places: 山东 → Province; 济南 (the dateline city), 德州, 枣庄 → City partOf 山东省; 禹城市 (禹城), 滕州市 → "
    "District, partOf their cities; 房寺镇 (该镇), 鲍沟镇 → Town, partOf their county-level cities (all by the "
    "division list and the written chains).",
    "Zones: 房寺镇产业园 (禹城市房寺镇产业园) → Zone locatedIn 房寺镇; 德州高新区 → Zone locatedIn 德州市 (its name); "
    "the 绿能仓储物流园 of a firm of the chain (物流园 its short form) → Zone, no place given. The 10个乡镇产业园 and "
    "中小企业聚集区 are unnamed.",
    "Firms: 红枫动力厂 (红枫动力, 该企业) → Company locatedIn the park; 总经理蔡洪国 → worksFor. 金晶玻璃集团 → Company "
    "locatedIn 鲍沟镇. 房寺镇镇长宁传民: the town's government is not written (rule 1), so no worksFor.",
    "Designation: 鲍沟镇 has become the “中国玻璃城” (a national title of a glass town) → designatedAs; no awarder.",
    "Media: 中新网 (dateline) → Institution; 记者 沙见龙 → worksFor.",
    "Values: 147 glass firms in 鲍沟镇. Not values: the parks' counts (10, 511, 67, 11, 21), growth 164.44%, the firm's "
    "expected output (将超1亿元), 28 steps, 3.2亿平方米 of glass a year (output of the town's trade, left out), 20余家.",
]
