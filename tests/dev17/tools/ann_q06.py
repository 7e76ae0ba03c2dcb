ENTITIES = [
    ("hlj", "Province", "黑龙江省", ["黑龙江"]),
    ("jd", "District", "鸡东县", ["鸡东"]),
    ("hrb", "City", "哈尔滨市", ["哈尔滨"]),
    ("zone", "Zone", "黑龙江鸡东经济开发区", []),
    ("xys", "Company", "黑龙江新医圣制药有限责任公司", ["公司"]),
    ("nyj", "GovernmentBody", "鸡东县农业农村局", []),
    ("zlp", "Person", "赵丽萍", []),
    ("ldh", "Person", "刘大亨", []),
    ("wh", "Person", "王鹤", []),
    ("jjck", "Institution", "经济参考报", []),
]
RELATIONS = [
    ("jd", "partOf", "hlj", "黑龙江省鸡东县城区一角"),
    ("hrb", "partOf", "hlj", "□记者 王鹤 哈尔滨报道"),
    ("zone", "locatedIn", "jd", "走进黑龙江鸡东经济开发区"),
    ("xys", "locatedIn", "zone", "走进黑龙江鸡东经济开发区,黑龙江新医圣制药有限责任公司的生产车间内机器轰鸣"),
    ("nyj", "locatedIn", "jd", "鸡东县农业农村局副局长刘大亨说"),
    ("zlp", "worksFor", "xys", "黑龙江新医圣制药有限责任公司行政总监赵丽萍", {"title": "行政总监"}),
    ("ldh", "worksFor", "nyj", "鸡东县农业农村局副局长刘大亨", {"title": "副局长"}),
    ("wh", "worksFor", "jjck", "□记者 王鹤 哈尔滨报道 来源:经济参考报", {"title": "记者"}),
]
VALUES = [
    ("xys", "annualOutputValue", 50000000, "CNY", "年产值5000多万元"),
    ("jd", "fundingObtained", 25500000, "CNY", "连续4年累计获得中药材基地建设项目资金2550万元"),
    ("jd", "herbArea", 60000, "mu", "鸡东县中药材种植面积达6万亩"),
    ("jd", "processingFirms", 3, "enterprise", "中药材初、深加工企业3家"),
]
NOTES = [
    "Source: dz.jjckb.cn (经济参考报 e-paper), 2023-11-14, 记者 王鹤 哈尔滨报道. Headline, subhead, byline and the photo "
    "caption kept. The article is long: the text is cut at the end of its first section (after 也强了县域经济。); the "
    "next section (a wind-power base and its firm) is not included.",
    "Places: 黑龙江省 (黑龙江省鸡东县; 黑龙江 in the subhead) → Province; 鸡东县 (鸡东) → District, partOf 黑龙江省 (its city "
    "鸡西 is not written: the nearest named ancestor, as the text's own chain 黑龙江省鸡东县); 哈尔滨 (the dateline) → "
    "City 哈尔滨市, partOf 黑龙江省. 东北 is a region.",
    "Zone: 黑龙江鸡东经济开发区, in the county by its name → locatedIn 鸡东县; the firm whose workshop is in it "
    "(走进…开发区,…公司的生产车间) → locatedIn the zone (rule 6, most specific).",
    "Body: 鸡东县农业农村局 → locatedIn 鸡东县; 刘大亨 worksFor it, 副局长. Firm: 赵丽萍 worksFor 黑龙江新医圣制药有限责任公司, "
    "行政总监 (公司 in her quote is an alias). Media: 记者 王鹤 worksFor 经济参考报 (来源 line).",
    "Not annotated: 刺五加, 紫苏, 黄芩 (herbs), 中药材全产业链体系, 中药材基地建设项目资金 (a funding line of unnamed "
    "projects; no funder named).",
    "Values: the firm's output value 5000多万元 (read as 5000万元), the county's 2550万元 obtained, 6万亩 of herbs (亩: "
    "cannot match strictly), 3 processing firms. Not values: 2亿片, 5000万粒, 5000万袋 (capacity in tablets, capsules, "
    "bags), 连续4年.",
]
