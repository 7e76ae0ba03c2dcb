ENTITIES = [
    ("fk", "District", "法库县", ["法库", "我县"]),
    ("sh", "Institution", "辽宁福建商会", ["商会"]),
    ("ev", "Event", "座谈会", []),
    ("xw", "GovernmentBody", "中共法库县委", ["县委"]),
    ("xzf", "GovernmentBody", "法库县人民政府", ["县政府"]),
    ("rd", "GovernmentBody", "法库县人大常委会", ["县人大常委会"]),
    ("zone", "Zone", "辽宁法库经济开发区", ["经济开发区"]),
    ("dgw", "GovernmentBody", "辽宁法库经济开发区党工委", []),
    ("gwh", "GovernmentBody", "辽宁法库经济开发区管委会", ["管委会"]),
    ("zwt", "Person", "卓梧桐", []),
    ("fsq", "Person", "冯守权", []),
    ("cjb", "Person", "陈佳标", []),
    ("hyb", "Person", "何云波", []),
    ("jcj", "Person", "姜春杰", []),
    ("s1", "Project", "中国陶瓷谷大市场", []),
    ("s2", "Company", "金地阳陶瓷", []),
    ("s3", "Zone", "营口港法库陆港", []),
    ("s4", "Project", "东北粮食现货交易市场", []),
    ("s5", "Project", "中贸国际商城", []),
    ("s6", "Institution", "东湖中学", []),
    ("s7", "Project", "辽代风情小镇", []),
    ("s8", "Zone", "沈阳通用航空产业基地", []),
    ("s9", "Zone", "辽河经济区", []),
]
D = {"date": "2013-05-21"}
MEET = "并在经济开发区与县领导亲切座谈"
LEAD = "县委书记冯守权(副市级)、县长陈佳标参加座谈会"
TOUR = (
    "卓梧桐一行先后到中国陶瓷谷大市场、金地阳陶瓷、营口港法库陆港、东北粮食现货交易市场、中贸国际商城、东湖中学、"
    "辽代风情小镇、沈阳通用航空产业基地、辽河经济区进行了实地考察"
)
ESC = "辽宁法库经济开发区党工委书记、管委会主任姜春杰"
RELATIONS = [
    ("zwt", "worksFor", "sh", "辽宁福建商会常务副会长卓梧桐", {"title": "常务副会长"}),
    ("ev", "locatedIn", "zone", MEET),
    ("zone", "locatedIn", "fk", "到我县进行参观考察,并在经济开发区与县领导亲切座谈"),
    (
        "zwt",
        "participatesIn",
        "ev",
        "卓梧桐带领商会18位企业家到我县进行参观考察,并在经济开发区与县领导亲切座谈",
        D,
    ),
    (
        "sh",
        "participatesIn",
        "ev",
        "卓梧桐带领商会18位企业家到我县进行参观考察,并在经济开发区与县领导亲切座谈",
        D,
    ),
    ("fsq", "participatesIn", "ev", LEAD, D),
    ("cjb", "participatesIn", "ev", LEAD, D),
    ("fsq", "worksFor", "xw", "县委书记冯守权", {"title": "县委书记"}),
    ("cjb", "worksFor", "xzf", "县长陈佳标", {"title": "县长"}),
    ("hyb", "worksFor", "rd", "县人大常委会副主任何云波", {"title": "副主任"}),
    ("jcj", "worksFor", "dgw", ESC, {"title": "党工委书记"}),
    ("jcj", "worksFor", "gwh", ESC, {"title": "管委会主任"}),
    ("xw", "locatedIn", "fk", "县委、县政府将为企业家们创造良好的投资环境"),
    ("xzf", "locatedIn", "fk", "县委、县政府将为企业家们创造良好的投资环境"),
    ("rd", "locatedIn", "fk", "县人大常委会副主任何云波"),
    ("dgw", "locatedIn", "zone", ESC),
    ("gwh", "locatedIn", "zone", ESC),
] + [
    (s, "locatedIn", "fk", "在我县期间、" + TOUR)
    for s in ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"]
]
VALUES = [
    ("ev", "date", "2013-05-21", "xsd:date", "5月21日,辽宁福建商会常务副会长卓梧桐"),
    ("ev", "visitingEntrepreneurs", 18, "person", "带领商会18位企业家到我县"),
]
NOTES = [
    "Source: shengjing.city page 9/content_51151 (a 法库县 local news page), dated 2013年05月23日. Dropped: that date line "
    "(page metadata). Kept: the headline. 5月21日 is 2013-05-21.",
    "Places: 我县 and 法库 are 法库县 (the headline's 我县 and 到法库考察), a county of 沈阳; 沈阳 occurs only inside "
    "沈阳北部新兴产业基地 and 沈阳通用航空产业基地, 辽宁 only inside 辽宁福建商会 and the zone's name, 营口 inside "
    "营口港法库陆港 (rule 5): no City, no Province.",
    "Event: the 座谈会 the leaders attend (参加座谈会) is labelled with the only form written (rule 3: the reported "
    "gathering is an Event even when named generically); it takes place in the development zone (在经济开发区…座谈) → "
    "locatedIn 辽宁法库经济开发区 (alias 经济开发区). The chamber's tour (参观考察, 实地考察) is a visit, not a gathering: "
    "no Event (as ../shared/dev d21, tests/dev7 w03). Participants: 卓梧桐 and the chamber (带领商会18位企业家…座谈), "
    "冯守权 and 陈佳标 (参加座谈会). 何云波 and 姜春杰 accompany the tour (陪同视察), not the meeting: no participatesIn. "
    "Judgement call: a reader who takes 座谈 as part of the visit would have no Event here.",
    "Bodies by rule 1: 县委, 县政府 (written 县委、县政府 twice) → 中共法库县委, 法库县人民政府; 县人大常委会 → 法库县人大"
    "常委会; the zone's 党工委 and 管委会 (written after the zone's name) → 辽宁法库经济开发区党工委 / …管委会 (alias 管委会). "
    "County bodies locatedIn 法库县, the zone's bodies locatedIn the zone. worksFor by title: 县委书记, 县长, 县人大常委会"
    "副主任, 党工委书记 and 管委会主任 (姜春杰 holds both). (副市级) is a rank, not a body.",
    "辽宁福建商会 (a chamber of commerce) is an Institution (as 上海辽宁商会 in earlier gold); 卓梧桐 its 常务副会长.",
    "Sites toured, each placed in 法库县 (在我县期间…先后到…, as tests/dev7 w03 places the sites of a tour in the toured "
    "place): 金地阳陶瓷 (a firm by its short name, Company), 东湖中学 (a school, Institution), 营口港法库陆港 (a dry port: "
    "Zone by the 陆港 cue), 辽河经济区 (Zone), 沈阳通用航空产业基地 (an industrial base area, read as Zone like earlier "
    "gold's 华明工业园区低碳产业基地), and the market, mall and themed-town developments 中国陶瓷谷大市场, 东北粮食现货"
    "交易市场, 中贸国际商城, 辽代风情小镇 (Projects, as earlier gold types 相遇北欧啤酒艺术小镇; typed with low confidence).",
    "Not annotated: 沈阳北部新兴产业基地, 区域中心市场, 现代田园城市 (the county's development positioning, slogans rather "
    "than places or projects); “争第一、创唯一”的法库精神 (motto); 陶瓷产业集群 (an industry); 闽商 (a group of "
    "business people); 县几大班子, 县领导 (generic).",
]
