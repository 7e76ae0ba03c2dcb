ENTITIES = [
    (
        "ev",
        "Event",
        "“投资中山 遇见未来”中山区招商大使聘任暨项目集中签约仪式",
        ["中山区招商大使聘任暨项目集中签约仪式"],
    ),
    ("zs", "District", "中山区", ["大连市中山区"]),
    ("dl", "City", "大连市", ["大连"]),
    ("tzb", "GovernmentBody", "中共大连市委统战部", ["大连市委统战部"]),
    ("gsl", "Institution", "大连市工商业联合会", ["市工商联"]),
    ("zlfz", "Programme", "“助力发展”行动", []),
    ("ds", "Designation", "“招商大使”", ["中山区“招商大使”"]),
    ("sh", "Institution", "大连市上海商会", ["商会"]),
    ("olx", "Company", "欧力士(中国)投资有限公司", []),
    ("gxd", "Person", "郭晓东", []),
    ("zgrb", "Institution", "中国日报大连记者站", []),
    ("zxm", "Person", "张小敏", []),
]
EV = "在“投资中山 遇见未来”中山区招商大使聘任暨项目集中签约仪式上"
GXD = "大连市上海商会副会长、欧力士(中国)投资有限公司董事长助理郭晓东表示"
RELATIONS = [
    ("ev", "locatedIn", "zs", EV),
    ("zs", "partOf", "dl", "这是大连市中山区首次聘请“招商大使”"),
    ("zs", "participatesIn", "ev", "活动中,25个合作项目现场签约"),
    ("tzb", "implements", "zlfz", "这是大连市委统战部、市工商联联合各区县开展的“助力发展”行动的首站"),
    ("gsl", "implements", "zlfz", "这是大连市委统战部、市工商联联合各区县开展的“助力发展”行动的首站"),
    ("gxd", "worksFor", "sh", GXD, {"title": "副会长"}),
    ("gxd", "worksFor", "olx", GXD, {"title": "董事长助理"}),
    ("gxd", "participatesIn", "ev", GXD),
    ("sh", "locatedIn", "dl", "大连市上海商会"),
    ("zxm", "worksFor", "zgrb", "(中国日报大连记者站 张小敏)"),
]
VALUES = [
    ("ev", "signedProjectCount", 25, "project", "活动中,25个合作项目现场签约,协议投资总额13.44亿元"),
    ("ev", "signedTotalInvestment", 1344000000, "CNY", "活动中,25个合作项目现场签约,协议投资总额13.44亿元"),
]
NOTES = [
    "Source: www.smartjx.com (repost of a 中国日报 report), 2023-05-16; the ceremony 日前 (no date). The photo mark "
    "【资料图】 and the site's list of other items after the byline dropped; the body is complete.",
    "Places: 中山区 (大连市中山区) → District, partOf 大连市 (大连 on its own: 落户大连, 集聚大连). 上海 only inside a "
    "chamber's name.",
    "Event: the ceremony, labelled with its theme as written; the name without the theme an alias. locatedIn 中山区 "
    "(its name; the venue is not given). 中山区 signs the 25 projects → participatesIn; no organizer is stated. "
    "郭晓东 speaks (表示) in the report of it → participatesIn.",
    "Programme: “助力发展”行动 run by 大连市委统战部 (→ 中共大连市委统战部, rule 1) and 市工商联 (→ 大连市工商业联合会, "
    "an Institution: a chamber of commerce, not a state organ) → implements. The ceremony is its first stop (no "
    "relation in the schema). 中共大连市委 is written only inside the department's name: not an entity.",
    "Designation: “招商大使” (the 30 people named to it are not named) → Designation, no holder and no awarder "
    "written as an entity beyond the district (awards takes a body).",
    "Person: 郭晓东, 大连市上海商会副会长 (Institution; 商会 its short form) and 欧力士(中国)投资有限公司董事长助理 → "
    "two worksFor. Byline 中国日报大连记者站 张小敏 → Institution (the paper's bureau, as written) and worksFor (no "
    "title written).",
    "Values: 25 projects and 13.44亿元 signed at the ceremony. Not values: 30 ambassadors (people).",
]
