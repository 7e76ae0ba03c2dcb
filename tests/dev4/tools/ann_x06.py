ENTITIES = [
    ("hd", "District", "衡东县", ["衡东", "我县", "全县"]),
    ("hy", "City", "衡阳市", ["全市"]),
    ("hn", "Province", "湖南省", ["我省"]),
    ("sh", "Province", "上海市", ["上海", "沪"]),
    (
        "ev",
        "Event",
        "2018年“湖南-长三角经贸合作洽谈周”",
        ["“湖南-长三角经贸合作洽谈周”", "湖南-长三角经贸合作洽谈周"],
    ),
    ("sw", "GovernmentBody", "中共衡阳市委", ["市委"]),
    ("szf", "GovernmentBody", "衡阳市人民政府", ["市政府"]),
    ("zfb", "GovernmentBody", "衡东县人民政府办公室", ["县政府办"]),
    ("slj", "GovernmentBody", "衡东县商粮局", ["县商粮局"]),
    ("ghj", "GovernmentBody", "衡东县规划局", ["县规划局"]),
    ("tc", "GovernmentBody", "衡东县投资促进事务中心", ["投资促进事务中心"]),
    ("txh", "Institution", "上海衡岳同乡会", []),
    ("sh2", "Institution", "上海衡岳商会", []),
    ("xzy", "Person", "徐志毅", []),
    ("yyh", "Person", "颜亚华", []),
    ("cbz", "Person", "陈斌智", []),
    ("zyh", "Person", "周叶华", []),
    ("szp", "Person", "单中平", []),
]
ATT = "县领导徐志毅、颜亚华、陈斌智、周叶华和县政府办、县商粮局、县规划局等相关部门参加了以上活动"
D = {"date": "2018-07-24"}
RELATIONS = (
    [
        ("ev", "locatedIn", "sh", "于2018年7月24日—7月27日在上海市举行"),
        ("hd", "participatesIn", "ev", "我县组团参加了“湖南-长三角经贸合作洽谈周”活动", D),
        ("hd", "partOf", "hy", "占据了全市主要分量"),
        ("hy", "partOf", "hn", "是我省各大经贸活动的重中之重"),
        ("sw", "locatedIn", "hy", "根据市委、市政府工作要求"),
        ("szf", "locatedIn", "hy", "根据市委、市政府工作要求"),
        ("txh", "locatedIn", "sh", "上海衡岳同乡会"),
        ("sh2", "locatedIn", "sh", "上海衡岳商会"),
        ("szp", "worksFor", "tc", "(投资促进事务中心 单中平)"),
        ("tc", "locatedIn", "hd", "(投资促进事务中心 单中平)"),
    ]
    + [(p, "participatesIn", "ev", ATT, D) for p in ["xzy", "yyh", "cbz", "zyh", "zfb", "slj", "ghj"]]
    + [(b, "locatedIn", "hd", ATT) for b in ["zfb", "slj", "ghj"]]
)
VALUES = [
    ("ev", "signedTotalAmount", 3200000000, "CNY", "引资额32亿元"),
]
NOTES = [
    "Province 湖南 (我省, and inside the event name), city 衡阳 (全市 and the 市委、市政府 that set the county's task), "
    "county 衡东县 (我县, 衡东). Neither 湖南省 nor 衡阳市 is written as a name; they are entities by their written "
    "references 我省 / 全市, labelled by their formal names; partOf follows the division list. Page of the 衡东县 "
    "government site (发布时间 2018-07-28).",
    "上海市 is a municipality, typed Province (as the dev gold does for 天津市), aliases 上海 and 沪.",
    "Event: 2018年“湖南-长三角经贸合作洽谈周”, 7月24–27日 in 上海市. Its organiser is not named (it is the province's "
    "fair, but the text only says it is 我省各大经贸活动的重中之重): no organizes. The county delegation (我县组团参加), "
    "the four 县领导 and the three county offices took part (participatesIn). The two signed projects are not named.",
    "Rule 1: 市委、市政府 → 中共衡阳市委, 衡阳市人民政府; 县政府办, 县商粮局, 县规划局 → the county's bodies (衡东县商粮局 "
    "keeps the written short name: the bureau's full formal name is not given). 县领导 give no worksFor.",
    "The byline (投资促进事务中心 单中平) names the author's unit: 衡东县投资促进事务中心 (state-run 中心 → "
    "GovernmentBody); 单中平 worksFor it, no title written.",
    "上海衡岳同乡会 and 上海衡岳商会 are associations (Institution), locatedIn 上海市 by their names. 长三角地区 is a "
    "region, not an administrative unit: not annotated. 衡东籍 is not a mention of a body.",
    "Cleaning: the 发布时间 line was removed; the byline is kept.",
]
