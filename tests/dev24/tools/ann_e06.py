LEAD = "酒泉市在广东深圳举办的“建设丝绸之路经济带合作项目洽谈会”上,签约项目21个,签约额达136.34亿元"
TOUR = "酒泉市此次签约会上接下了多个文化旅游大单,签约项目9个,签约额达92.44亿元"
GN = "甘南州近期也在深圳成功签约了临潭县冶力关文化旅游发展中心、卓尼洮河文化风情线等9个重点招商项目,总投资额近13亿元"
LAST = "甘肃省“民企陇上行”招商团已分别赴湖南、广西、重庆等省市进行了重点招商推介"
ENTITIES = [
    ("gs", "Province", "甘肃省", []),
    ("jq", "City", "酒泉市", []),
    ("gn", "City", "甘南藏族自治州", ["甘南州"]),
    ("gd", "Province", "广东省", ["广东"]),
    ("sz", "City", "深圳市", ["深圳"]),
    ("hn", "Province", "湖南省", ["湖南"]),
    ("gx", "Province", "广西壮族自治区", ["广西"]),
    ("cq", "Province", "重庆市", ["重庆"]),
    ("ev", "Event", "建设丝绸之路经济带合作项目洽谈会", []),
    ("p1", "Project", "冶力关文化旅游发展中心", ["临潭县冶力关文化旅游发展中心"]),
    ("p2", "Project", "卓尼洮河文化风情线", []),
    ("prog", "Programme", "“民企陇上行”", ["民企陇上行"]),
]
RELATIONS = [
    ("jq", "partOf", "gs", LEAD),
    ("gn", "partOf", "gs", GN),
    ("sz", "partOf", "gd", LEAD),
    ("ev", "locatedIn", "sz", LEAD),
    ("jq", "participatesIn", "ev", LEAD),
    ("p1", "locatedIn", "gn", GN),
    ("p2", "locatedIn", "gn", GN),
    ("gs", "implements", "prog", LAST),
]
VALUES = [
    ("jq", "signedProjectCount", 21, "project", LEAD),
    ("jq", "signedTotalInvestment", 13634000000, "CNY", LEAD),
    ("jq", "signedTourismProjects", 9, "project", TOUR),
    ("jq", "signedTourismInvestment", 9244000000, "CNY", TOUR),
    ("gn", "signedProjectCount", 9, "project", GN),
    ("gn", "signedTotalInvestment", 1300000000, "CNY", GN),
]
NOTES = [
    "Source: tp.hkcd.com (香港商报), 2015-05-26. No headline or byline on the stored page; the body is complete (312 "
    "characters). Mainland investment reported by a Hong Kong paper.",
    "Places: 酒泉市 and 甘南州 (→ 甘南藏族自治州) → City partOf 甘肃省 (甘肃省 written in the last sentence); 临潭县 and 卓尼 "
    "occur only inside projects' names: no entity (rule 5; corrected after the first run, which had 临潭县 as a District). 广东深圳 → "
    "Province 广东省 and City 深圳市 partOf it. The promotion tour's 湖南, 广西, 重庆 → Province (重庆, a municipality, is "
    "province-level). 河西走廊 (a region) is no class.",
    "Event: “建设丝绸之路经济带合作项目洽谈会” held in 深圳 (在广东深圳举办的) → locatedIn 深圳市; 酒泉市 signs at it → "
    "participatesIn (rule 4). The organizer is not written. 甘南州's signing (近期也在深圳) is not said to be at this "
    "event: no participatesIn.",
    "Projects: two of 甘南州's nine, 临潭县冶力关文化旅游发展中心 (a tourism development, a concrete undertaking; the bare "
    "name as label) → locatedIn 甘南州, 卓尼洮河文化风情线 (a tourism route) → locatedIn 甘南州 (卓尼 is not an entity).",
    "Programme: 甘肃省's “民企陇上行” (an investment-promotion campaign whose 招商团 tours other provinces) → implements.",
    "Values: 酒泉's 21 projects, 136.34亿元, of which 9 tourism projects, 92.44亿元; 甘南州's 9 projects, 近13亿元 "
    "(approximate). Not values: the size bands (4 of 20-30亿元, 1 of 10-20亿元 …: counts of a distribution), 5月下旬 "
    "(a part of a month).",
]
