LEAD = "3月8日,大连金普新区举办招商项目一季度集中签约活动,30个项目同日签约,总投资额达152亿元"
REP = "其中,以碧菲膜纳米新材料产业园为代表的新兴项目,以万和汇升级改造为代表的服务业项目"
TOTO = "总投资30亿元的东陶(辽宁)有限公司高端陶瓷洁具项目在中日生态示范新城开工"
NIDEC = "总投资1000亿日元的尼得科电机(大连)有限公司新工厂项目七顶山工厂二期正式竣工投产"
PARK = "5家企业签约入驻金普新区轴承生态产业园"
ENTITIES = [
    ("jp", "Zone", "大连金普新区", ["金普新区"]),
    ("ev", "Event", "招商项目一季度集中签约活动", []),
    ("prog", "Programme", "辽宁全面振兴新突破三年行动", ["全面振兴新突破三年行动"]),
    ("p1", "Project", "碧菲膜纳米新材料产业园", []),
    ("p2", "Project", "万和汇升级改造", []),
    ("c1", "Company", "东陶(辽宁)有限公司", []),
    ("p3", "Project", "东陶(辽宁)有限公司高端陶瓷洁具项目", ["高端陶瓷洁具项目"]),
    ("z2", "Zone", "中日生态示范新城", []),
    ("c2", "Company", "尼得科电机(大连)有限公司", []),
    ("p4", "Project", "尼得科电机(大连)有限公司新工厂项目", ["新工厂项目"]),
    ("p5", "Project", "七顶山工厂二期", []),
    ("z3", "Zone", "金普新区轴承生态产业园", []),
    ("lnrb", "Institution", "辽宁日报", []),
    ("ll", "Person", "吕丽", []),
]
RELATIONS = [
    ("ev", "locatedIn", "jp", LEAD),
    ("p1", "participatesIn", "ev", REP),
    ("p2", "participatesIn", "ev", REP),
    ("p1", "locatedIn", "jp", REP),
    ("p2", "locatedIn", "jp", REP),
    ("c1", "operates", "p3", TOTO),
    ("p3", "locatedIn", "z2", TOTO),
    ("c2", "operates", "p4", NIDEC),
    ("p5", "partOf", "p4", NIDEC),
    ("z3", "locatedIn", "jp", PARK),
    ("ll", "worksFor", "lnrb", "(辽宁日报 记者 吕丽)", {"title": "记者"}),
]
VALUES = [
    ("ev", "date", "2023-03-08", "xsd:date", LEAD),
    ("ev", "signedProjectCount", 30, "project", LEAD),
    ("ev", "signedTotalInvestment", 15200000000, "CNY", LEAD),
    ("p3", "totalInvestment", 3000000000, "CNY", TOTO),
    ("p4", "totalInvestment", 100000000000, "JPY", NIDEC),
    ("z3", "signedCompanies", 5, "company", PARK),
]
NOTES = [
    "Source: fubaore.com (repost of 辽宁日报, 记者 吕丽), 2023-03-10; the signing on 3月8日 (2023, the dateline's year). "
    "Headline, dateline, source line and byline kept; the photo mark (相关资料图) and the keyword line dropped; the body "
    "is complete.",
    "Places: 大连金普新区 (金普新区) is a national new area → Zone (新区). 大连 and 辽宁 are written only inside names (the "
    "zone's, firms', the programme's, the paper's: rule 5): no City, no Province. 七顶山 only inside the phase's name.",
    "Event: the zone holds (举办) 招商项目一季度集中签约活动, dated 2023-03-08. A Zone is not in organizes' domain (rule 7), "
    "so no organizes; the event is placed in the zone that holds it (as a county's ceremony is placed in the county).",
    "Projects signed at it: the two named as examples, 碧菲膜纳米新材料产业园 (a park being built, a signed project) and "
    "万和汇升级改造 (a service project) → participatesIn the event, locatedIn the zone (the zone's own signed projects, "
    "growth poles of 金普新区 in the same sentence).",
    "Projects of the year: 东陶(辽宁)有限公司高端陶瓷洁具项目 (the firm's project → operates; started in the new town "
    "中日生态示范新城 → Zone, locatedIn it; 30亿元 its total). 尼得科电机(大连)有限公司新工厂项目 (the firm's → operates; "
    "1000亿日元 its total, JPY) and its phase 七顶山工厂二期 (partOf, completed). Whether 中日生态示范新城 lies in 金普新区 "
    "is only implied by the paragraph's topic: no relation.",
    "Park: 金普新区轴承生态产业园 → Zone, locatedIn 金普新区 (named with it, as dev17's 葫蘆島經濟開發區); 5 firms signed to "
    "enter it (unnamed) → value.",
    "Programme: 辽宁全面振兴新突破三年行动 (the province's campaign; the seeds' 全面振兴新突破三年行动 is its short form) → "
    "Programme; the zone only aims at its first-quarter win: no implements. Byline: 吕丽, 记者 of 辽宁日报 (Institution).",
    "Not annotated: industries (高端制造, 生命健康, 预制菜 …), 头部资源, 开门红.",
]
