ENTITIES = [
    ("jx", "Province", "江西省", ["我省", "全省"]),
    ("swt", "GovernmentBody", "江西省商务厅", ["省商务厅"]),
    ("prog", "Programme", "“三请三回”活动", ["“三请三回”", "春节“三请三回”活动"]),
    ("fz", "City", "抚州市", []),
    ("jdz", "City", "景德镇市", []),
    ("ja", "City", "吉安市", []),
    ("jj", "City", "九江市", []),
    ("px", "City", "萍乡市", []),
    ("xyu", "City", "新余市", []),
    ("ych", "City", "宜春市", []),
    ("sr", "City", "上饶市", []),
    ("ev1", "Event", "抚州市专家人才“迎新春、话发展”茶话会", []),
    ("ev2", "Event", "抚商新春茶话会", []),
    ("ev3", "Event", "返吉赣商迎春团拜会", []),
    ("c1", "Company", "富士康工业互联网股份有限公司", []),
    ("c2", "Company", "云杉高科集团有限公司", []),
    ("z1", "Zone", "赣州经开区", []),
    ("z2", "Zone", "景德镇高新区", []),
    ("p1", "Project", "富士康工业互联智能制造项目", []),
    ("p2", "Project", "20GWh高镍锂电芯项目", []),
    ("ljhz", "Person", "刘佳惠子", []),
]
CITIES = "九江市、萍乡市、新余市、宜春市、上饶市也纷纷组织座谈走访等活动"
P1 = "富士康工业互联网股份有限公司在赣州经开区投资101亿元的富士康工业互联智能制造项目"
P2 = "云杉高科集团有限公司在景德镇高新区投资100亿元建设20GWh高镍锂电芯项目"
RELATIONS = [
    ("swt", "locatedIn", "jx", "记者从省商务厅获悉"),
    (
        "jx",
        "implements",
        "prog",
        "我省始终坚持“项目为王、项目为要”理念,紧盯重点区域、重点领域和重点产业,春节期间共举办“三请三回”活动783场",
    ),
    ("jdz", "implements", "prog", "景德镇市组织走访企业近百家,举办各类“三请三回”活动19场"),
    ("fz", "organizes", "ev1", "抚州市先后举办抚州市专家人才“迎新春、话发展”茶话会、抚商新春茶话会"),
    ("fz", "organizes", "ev2", "抚州市先后举办抚州市专家人才“迎新春、话发展”茶话会、抚商新春茶话会"),
    ("ja", "organizes", "ev3", "吉安市举行返吉赣商迎春团拜会"),
    ("c1", "investsIn", "p1", P1, {"amount": {"value": 10100000000, "unit": "CNY"}}),
    ("p1", "locatedIn", "z1", P1),
    ("c2", "investsIn", "p2", P2, {"amount": {"value": 10000000000, "unit": "CNY"}}),
    ("p2", "locatedIn", "z2", P2),
    ("z2", "locatedIn", "jdz", P2),
    ("fz", "partOf", "jx", "抚州市先后举办"),
    ("jdz", "partOf", "jx", "景德镇市组织走访企业近百家"),
    ("ja", "partOf", "jx", "吉安市举行返吉赣商迎春团拜会"),
] + [(c, "partOf", "jx", CITIES) for c in ["jj", "px", "xyu", "ych", "sr"]]
VALUES = [
    ("jx", "signedProjects", 312, "project", "全省签约合作项目312个,签约金额2922.6亿元"),
    ("jx", "signedAmount", 292260000000, "CNY", "全省签约合作项目312个,签约金额2922.6亿元"),
    ("p1", "investment", 10100000000, "CNY", P1),
    ("p2", "investment", 10000000000, "CNY", P2),
]
NOTES = [
    "Source: hot.smartjx.com (就爱江西, a 江西 portal; the report is by its 记者 刘佳惠子), 2022-02-18 (the press date 2月10日 "
    "in the text). No headline in the stored text; the tag line and the related-news teasers after the byline dropped.",
    "Province: 江西 is written only as 我省 and 全省 in a 江西 paper → Province 江西省 with those aliases (as dev13 r01's 绥中县 "
    "written only 我县). 省商务厅 (rule 1) → 江西省商务厅, locatedIn the province. The eight cities written on their own "
    "→ City, partOf 江西省 by the division list. 赣州 occurs only inside 赣州经开区 (rule 5); 景德镇高新区 is the zone of "
    "景德镇市 (a city that is an entity here) → locatedIn it; 赣州经开区 has no place entity to go to.",
    "Programme: “三请三回”活动 (a campaign of 783 events: Programme, not one gathering); the province 共举办 it and 景德镇市 "
    "举办 19 of its events → implements. The other cities' gatherings are named only as kinds (座谈走访等活动): no relation "
    "for them (judgement: the campaign is not named in their clause). “项目为王、项目为要” is a slogan; “三友” a group.",
    "Events: the named gatherings 抚州市专家人才“迎新春、话发展”茶话会 and 抚商新春茶话会 (抚州市 举办) and 返吉赣商迎春团拜会 "
    "(吉安市 举行) → Event, organizes. The generic 新春茶话会、恳谈会、座谈会 are kinds.",
    "Projects: 富士康工业互联智能制造项目 (富士康工业互联网股份有限公司 投资101亿元 在赣州经开区) and 20GWh高镍锂电芯项目 "
    "(云杉高科集团有限公司 投资100亿元 建设 在景德镇高新区) → investsIn with amount, locatedIn the zone.",
    "Byline: 记者 刘佳惠子 names no paper → Person only.",
    "Values: the province's 312 signed projects and 2922.6亿元, each project's investment. Not values: counts of events "
    "(783场, 24场, 759场, 19场), guests (2.8万人, 80余人), firms visited (近百家), 600多个乡镇 (counts of method and "
    "units valscore has no dimension for).",
]
