ENTITIES = [
    ("qj", "District", "潜江市", ["潜江", "全市"]),
    ("hbrb", "Institution", "湖北日报", []),
    ("pl", "Person", "彭磊", []),
    ("hl", "Person", "洪林", []),
    ("ev", "Event", "“一节一会”项目签约仪式", ["龙虾节签约仪式", "签约仪式"]),
    ("lxj", "Event", "龙虾节", []),
    ("jr", "Company", "苏州晶瑞化学股份有限公司", []),
    ("hsd", "Institution", "华中师范大学", ["该校"]),
    ("zhy", "Company", "周黑鸭国际控股有限公司", []),
    ("dzf", "Company", "湖北德之风教育投资有限公司", []),
    ("lhf", "Person", "李鸿飞", []),
    ("p1", "Project", "华中师范大学潜江附属中学", []),
    ("p2", "Project", "学术交流中心", []),
    ("p3", "Project", "华师百学汇", []),
]
SIGN = "苏州晶瑞化学股份有限公司、华中师范大学、周黑鸭国际控股有限公司等多家单位或企业当日签约成功"
INV = "该校将与湖北德之风教育投资有限公司合作投资19亿元,在潜江建设包括华中师范大学潜江附属中学、学术交流中心和华师百学汇等项目"
RELATIONS = (
    [
        ("qj", "organizes", "ev", "潜江市举行“一节一会”项目签约仪式"),
        ("ev", "locatedIn", "qj", "潜江市举行“一节一会”项目签约仪式"),
        ("pl", "worksFor", "hbrb", "湖北日报讯 (记者彭磊", {"title": "记者"}),
        ("lhf", "worksFor", "hsd", "华中师范大学副校长李鸿飞", {"title": "副校长"}),
    ]
    + [(c, "participatesIn", "ev", SIGN) for c in ["jr", "hsd", "zhy"]]
    + [(p, "locatedIn", "qj", INV) for p in ["p1", "p2", "p3"]]
    + [("dzf", "investsIn", p, INV) for p in ["p1", "p2", "p3"]]
    + [(p, "participatesIn", "ev", INV) for p in ["p1", "p2", "p3"]]
)
VALUES = [
    ("ev", "signedProjectCount", 58, "project", "签约58个项目,引资308亿元"),
    ("ev", "signedTotalInvestment", 30800000000, "CNY", "签约58个项目,引资308亿元"),
    ("dzf", "investment", 1900000000, "CNY", "合作投资19亿元"),
    ("qj", "advisorCount", 14, "person", "潜江现场聘请了14位行业领军企业代表、行业专家为招商顾问"),
]
NOTES = [
    "Source: a 湖北日报 item (dateline 湖北日报讯, reporter 彭磊, correspondent 洪林) reposted by hubei.cnipai.com. "
    "The page gives no year and the text only 7月11日, so no date is recorded.",
    "潜江市 is a county-level city administered directly by the province (division list), typed District. 湖北 "
    "occurs only inside 湖北日报 and 湖北德之风教育投资有限公司 (rule 5): no Province entity, no partOf.",
    "Event: “一节一会”项目签约仪式 (label as written), with 本次龙虾节签约仪式 / 签约仪式 as aliases; organised by "
    "and located in 潜江市 (潜江市举行…). 龙虾节 (the festival the ceremony belongs to) is an Event with no "
    "stated relation (the schema has no event partOf).",
    "Signers (rule 4): the three named 单位或企业 participatesIn the ceremony; 华中师范大学 is an Institution. The "
    "university's projects (华中师范大学潜江附属中学, 学术交流中心, 华师百学汇: …等项目) are Projects signed there "
    "(participatesIn) and located in 潜江 (在潜江建设). 湖北德之风教育投资有限公司 invests with the university "
    "(合作投资19亿元) → investsIn each project; the 19亿元 is the joint total for all of them, so it is a value on "
    "the firm, not an amount on each relation. The university's own share of investing/building is outside the "
    "investsIn/operates domain (Company), left out (rule 7).",
    "李鸿飞 (副校长 → worksFor 华中师范大学). Whether he spoke at the ceremony is not said (介绍), so no "
    "participatesIn. 彭磊 is 记者 of 湖北日报 (worksFor); 洪林 is a 通讯员 (correspondent; not staff of the paper) "
    "and gets no worksFor.",
    "Not annotated: 市民之家, 龙展馆, 文化中心, 紫月湖公园 (existing facilities named for comparison), the unnamed "
    "教育文化产业片区, the “潜江招商地图”平台 (an information platform, not a programme with a body running it), "
    "the 14 unnamed 招商顾问.",
]
