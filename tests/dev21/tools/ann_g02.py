P = "年产1000台旋耕机及500台播种箱项目"
FIRST = "日前,记者在朝阳北票经济开发区农产品加工园区看到,年产1000台旋耕机及500台播种箱项目正抢抓当前有利时机"
INV = "年产1000台旋耕机及500台播种箱项目由辽宁佳鑫农业机械有限公司投资建设,总投资3000万元"
ENTITIES = [
    ("bp", "District", "北票市", ["北票"]),
    ("kfq", "Zone", "北票经济开发区", ["朝阳北票经济开发区", "经济开发区"]),
    ("yq", "Zone", "朝阳北票经济开发区农产品加工园区", ["北票经济开发区农产品加工园区"]),
    ("p1", "Project", P, []),
    ("c1", "Company", "辽宁佳鑫农业机械有限公司", []),
    ("lfs", "Person", "刘风顺", []),
    ("lfs2", "Person", "刘福顺", []),
]
RELATIONS = [
    ("p1", "locatedIn", "yq", FIRST),
    ("yq", "locatedIn", "kfq", FIRST),
    ("kfq", "locatedIn", "bp", FIRST),
    ("c1", "investsIn", "p1", INV, {"amount": {"value": 30000000, "unit": "CNY"}}),
]
VALUES = [
    ("p1", "totalInvestment", 30000000, "CNY", INV),
    ("p1", "landArea", 11000, "m2", "总占地16.5亩"),
    ("p1", "floorArea", 5102, "m2", "总建筑面积5102平方米"),
    ("p1", "jobs", 50, "job", "可解决就业人员50人左右"),
]
NOTES = [
    "Source: xwzx.bpxww.com (北票新闻网), 2024-08-20. No headline on the stored page; the body and the byline (记者 刘福顺) "
    "are complete.",
    "Places: 北票 (为北票经济社会高质量发展) → District 北票市 (a county-level city of 朝阳市). 朝阳 is written only inside "
    "the zone's name: no City (rule 5).",
    "Zones: the park 朝阳北票经济开发区农产品加工园区 (written twice) → Zone, the project's most specific place; the "
    "development zone it belongs to is spoken of on its own as 经济开发区 (得到了经济开发区和相关部门的大力支持) → Zone "
    "北票经济开发区 (its written forms aliases); park locatedIn zone, zone locatedIn 北票市. Another annotator might keep "
    "only the park.",
    "Project: 年产1000台旋耕机及500台播种箱项目 (a capacity name) → locatedIn the park; 由辽宁佳鑫农业机械有限公司投资建设, "
    "总投资3000万元 → the firm investsIn it, amount 3000万元 (investsIn only, as the other sets' 由X投资建设).",
    "People: 该项目负责人刘风顺 (the project's manager; the firm is not said to employ him) → Person, no worksFor; the byline's "
    "记者 刘福顺 → Person, no paper named, no worksFor.",
    "Values: 3000万元; 16.5亩 ≈ 11,000 m2; 5102 m2; 50 jobs. Not values: 1000台/500台 (inside the name), 400~500万元 (a "
    "range of yearly earnings), 10月初 (a planned date).",
]
