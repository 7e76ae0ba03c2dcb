ENTITIES = [
    (
        "ev",
        "Event",
        "大连市第五场网络招商引资推介会暨项目签约仪式",
        ["网络招商引资推介会", "“海韵大连·活力长兴”"],
    ),
    ("zone", "Zone", "大连长兴岛经济区", ["长兴岛经济区", "长兴岛"]),
    ("gwh", "GovernmentBody", "大连长兴岛经济区管理委员会", ["长兴岛经济区管委会"]),
    ("jhb", "GovernmentBody", "大连市人民政府经济合作交流办公室", []),
    ("mg", "Institution", "大连新闻传媒集团", []),
    ("cm", "Company", "中国移动大连分公司", []),
    ("zxw", "Institution", "中新网", []),
    ("yy", "Person", "杨毅", []),
    ("wd", "Programme", "“五点一线”国家战略", ["五点一线国家战略"]),
    ("d1", "Designation", "国家级开发区", []),
    ("d2", "Designation", "辽宁省综合改革试验区", []),
    ("d3", "Designation", "七大石化产业基地", []),
    ("d4", "Designation", "自由贸易试验区拓展区", []),
    ("kyy", "Zone", "大连化物所长兴岛园区", []),
    ("shj", "Zone", "大连长兴岛(西中岛)石化产业基地", []),
    ("bhb", "Zone", "国家级斑海豹自然保护区", []),
    ("fmd", "Zone", "凤鸣岛", []),
]
ORG = "由大连市人民政府经济合作交流办公室和长兴岛经济区管委会主办"
ORG2 = "大连新闻传媒集团协办,中国移动大连分公司支持的大连市第五场网络招商引资推介会暨项目签约仪式"
DES = (
    "大连长兴岛经济区是“五点一线”国家战略的重点区域、国家级开发区、辽宁省综合改革试验区、"
    "国家重点支持的七大石化产业基地之一、自由贸易试验区拓展区"
)
RELATIONS = [
    ("jhb", "organizes", "ev", ORG),
    ("gwh", "organizes", "ev", ORG),
    ("mg", "participatesIn", "ev", ORG2),
    ("cm", "participatesIn", "ev", ORG2),
    ("gwh", "locatedIn", "zone", "大连长兴岛经济区管理委员会"),
    ("zone", "participatesIn", "wd", DES),
    ("zone", "designatedAs", "d1", DES),
    ("zone", "designatedAs", "d2", DES),
    ("zone", "designatedAs", "d3", DES),
    ("zone", "designatedAs", "d4", DES),
    ("kyy", "locatedIn", "zone", "短短10年间大连化物所长兴岛园区"),
    ("shj", "locatedIn", "zone", "大连长兴岛(西中岛)石化产业基地"),
    ("yy", "worksFor", "zxw", "中新网辽宁新闻5月30日电 (记者杨毅)", {"title": "记者"}),
]
VALUES = [
    ("shj", "annualOutputValue", 450000000000, "CNY", "年产值可达近4500亿元"),
]
NOTES = [
    "Province 辽宁, city 大连. Neither is named on its own: 大连市 occurs only inside names (大连市人民政府经济合作交流"
    "办公室, 大连市第五场…推介会, 大连长兴岛经济区, 中国移动大连分公司, the slogan 海韵大连), 辽宁省 only inside the "
    "designation 辽宁省综合改革试验区 and the dateline 中新网辽宁新闻; by rule 5 no City or Province node.",
    "The text gives no year (5月29日, dateline 5月30日); the event carries no date.",
    "The Event is organised (主办) by the city's economic-cooperation office and the zone's management committee; "
    "the co-organiser (协办) 大连新闻传媒集团 and the supporter 中国移动大连分公司 are recorded as participatesIn. "
    "The slogan title “海韵大连·活力长兴” is an alias of the Event.",
    "长兴岛 on its own (长兴岛向世界展示…, 探寻长兴岛这个神奇岛群) stands for the zone and is its alias; 西中岛 occurs only "
    "inside a name.",
    "Designations of the zone: 国家级开发区, 辽宁省综合改革试验区, 七大石化产业基地 (…之一), 自由贸易试验区拓展区; "
    "the awarding bodies are not named, so no awards. “五点一线”国家战略 is a Programme; the zone is one of its "
    "重点区域 (participatesIn).",
    "大连化物所 (the CAS institute) appears only inside 大连化物所长兴岛园区: no Institution node. The park, the "
    "石化产业基地, the 斑海豹 nature reserve and 凤鸣岛 (a resort island) are functional areas typed Zone; only the "
    "first two are said to be in the zone (the other two are listed among the island's 特质 without a stated place). "
    "中国蕞美乡村公路 and the golf course have no names.",
    "The page substitutes 蕞 for 最 (蕞亮, 蕞先进, 蕞美); kept as on the page. Cleaning: the 中新社 disclaimer "
    "and the reposting site's copyright line at the end were removed.",
]
