ENTITIES = [
    ("ldz", "GovernmentBody", "省重点工程领导组办公室", []),
    ("xz", "City", "忻州市", ["忻州"]),
    ("ll", "City", "吕梁市", ["吕梁"]),
    ("yc", "City", "运城市", ["运城"]),
    ("ty", "City", "太原市", ["太原"]),
    ("dt", "City", "大同市", ["大同"]),
    ("sz", "City", "朔州市", ["朔州"]),
    ("cz", "City", "长治市", ["长治"]),
    ("jz", "City", "晋中市", ["晋中"]),
    ("hy", "District", "浑源县", []),
    ("dl", "Company", "省电力公司", []),
    ("c2", "Company", "山西玉龙集团右玉牛心堡风力发电有限公司", []),
    ("p1", "Project", "忻州老城开发保护建设项目", []),
    ("p2", "Project", "山西中铝华润吕梁轻合金循环产业基地合金铝项目", []),
    ("p3", "Project", "运城至灵宝高速公路运宝黄河大桥", ["运宝黄河大桥"]),
    ("p4", "Project", "古交电厂三期送出工程", []),
    ("p5", "Project", "中药饮片加工生产基地项目", ["新建中药饮片加工生产基地项目"]),
    ("p6", "Project", "采煤沉陷区治理搬迁安置二期工程", []),
    ("p7", "Project", "右玉牛心堡三期99.5MW风电项目", []),
    ("p8", "Project", "20万吨/年合成气制乙二醇项目", []),
]
RELATIONS = [
    ("p1", "locatedIn", "xz", "忻州市忻州老城开发保护建设项目"),
    ("p2", "locatedIn", "ll", "吕梁市山西中铝华润吕梁轻合金循环产业基地合金铝项目"),
    ("p3", "locatedIn", "yc", "运城市运城至灵宝高速公路运宝黄河大桥"),
    ("dl", "operates", "p4", "省电力公司的古交电厂三期送出工程"),
    ("p5", "locatedIn", "ty", "太原市新建中药饮片加工生产基地项目"),
    ("p6", "locatedIn", "hy", "大同市浑源县采煤沉陷区治理搬迁安置二期工程"),
    ("hy", "partOf", "dt", "大同市浑源县"),
    ("c2", "operates", "p7", "山西玉龙集团右玉牛心堡风力发电有限公司右玉牛心堡三期99.5MW风电项目"),
    ("p7", "locatedIn", "sz", "朔州市山西玉龙集团右玉牛心堡风力发电有限公司右玉牛心堡三期99.5MW风电项目"),
    ("p8", "locatedIn", "cz", "长治市20万吨/年合成气制乙二醇项目"),
]
VALUES: list = []
NOTES = [
    "Source: shanxi.chinagdp.org (a 山西 economic site), December 2018 (截至11月底). No headline in the stored text; the "
    "body is complete.",
    "Places: the province is never named on its own (省, 全省; 山西 only inside a project's and a firm's names, rule 5): "
    "no Province. The eight cities are named (忻州市…长治市 as item prefixes, then 太原、忻州…晋中8市) → City with both "
    "forms. 浑源县 (大同市浑源县) → District partOf 大同市. 古交, 右玉, 灵宝 occur only inside names.",
    "Body: 省重点工程领导组办公室 → GovernmentBody, labelled as written (the province's name is not in the text).",
    "Projects: the eight projects named as finished early or late, each locatedIn the city (or county) that prefixes it. "
    "省电力公司的古交电厂三期送出工程 → the company (written by its short form) operates the project; the wind project "
    "is run by 山西玉龙集团右玉牛心堡风力发电有限公司 (written before it) → operates. The 中铝华润 project is labelled "
    "without 电解铝部分 (a part of it); 新建 before 中药饮片… is a descriptor (alias keeps it). 山西中铝华润 occurs only "
    "inside the project's name: no Company.",
    "Not annotated: 省重点工程 (a project class, not a conferred title in earlier gold); the province-wide and city-wide "
    "figures (2497亿元, 797.8亿元, 1699.2亿元, 238.7亿元, the project counts) have no entity to hang on (no Province, "
    "the 11 cities as a group): no values. 99.5MW and 20万吨/年 are inside project names.",
]
