LEAD = "昨天上午,湖州市吳興區新青年城市2022年百億項目集中開工暨重大項目簽約儀式舉行"
CH = "市委書記陳浩宣布開工"
LIAO = "上海音樂學院院長廖昌永視頻發言"
HUANG = "中國五冶集團黨委委員、副總經理黃德鴿出席"
WANG = "副市長王曉軍致辭"
SJ = "踴躍投身“在湖州看見美麗中國”實干爭先主題實踐"
BR = "持續推進“實干爭先·奮斗有我”招大引強百日攻堅行動"
TOT = "本次活動集中開工項目10個、簽約項目19個,計劃總投資390億元"
START = (
    "全部落戶在吳興區東部新城核心區塊內,包括湖州新青年中心、礦坑運動樂園、湖州奧林匹克青少年文化中心等項目,"
    "計劃總投資209億元"
)
SIGN = "簽約項目包括音樂戲劇產業學院、未來奇幻港、“鄉村有未來”富民項目等校地合作項目、科技人才項目以及共富項目,計劃總投資181億元"
ENTITIES = [
    ("hz", "City", "湖州市", ["湖州"]),
    ("wx", "District", "吳興區", ["吳興"]),
    (
        "ev",
        "Event",
        "湖州市吳興區新青年城市2022年百億項目集中開工暨重大項目簽約儀式",
        ["吳興區新青年城市2022年百億項目集中開工暨重大項目簽約儀式"],
    ),
    ("sw", "GovernmentBody", "中共湖州市委", ["市委"]),
    ("ch", "Person", "陳浩", []),
    ("shy", "Institution", "上海音樂學院", []),
    ("lcy", "Person", "廖昌永", []),
    ("wy", "Company", "中國五冶集團", []),
    ("hdg", "Person", "黃德鴿", []),
    ("wxj", "Person", "王曉軍", []),
    ("sj", "Programme", "“在湖州看見美麗中國”實干爭先主題實踐", []),
    ("br", "Programme", "“實干爭先·奮斗有我”招大引強百日攻堅行動", []),
    ("db", "Zone", "吳興區東部新城", ["東部新城"]),
    ("p1", "Project", "湖州新青年中心", []),
    ("p2", "Project", "礦坑運動樂園", []),
    ("p3", "Project", "湖州奧林匹克青少年文化中心", []),
    ("p4", "Project", "音樂戲劇產業學院", []),
    ("p5", "Project", "未來奇幻港", []),
    ("p6", "Project", "“鄉村有未來”富民項目", []),
    ("c20", "Event", "黨的二十大", []),
]
RELATIONS = [
    ("wx", "partOf", "hz", LEAD),
    ("ev", "locatedIn", "wx", LEAD),
    ("ch", "worksFor", "sw", CH, {"title": "書記"}),
    ("lcy", "worksFor", "shy", LIAO, {"title": "院長"}),
    ("hdg", "worksFor", "wy", HUANG, {"title": "副總經理"}),
    ("ch", "participatesIn", "ev", CH),
    ("lcy", "participatesIn", "ev", LIAO),
    ("hdg", "participatesIn", "ev", HUANG),
    ("wxj", "participatesIn", "ev", WANG),
    ("wx", "participatesIn", "sj", SJ),
    ("wx", "implements", "br", BR),
    ("db", "locatedIn", "wx", START),
    ("p1", "locatedIn", "db", START),
    ("p2", "locatedIn", "db", START),
    ("p3", "locatedIn", "db", START),
    ("p1", "participatesIn", "ev", START),
    ("p2", "participatesIn", "ev", START),
    ("p3", "participatesIn", "ev", START),
    ("p4", "participatesIn", "ev", SIGN),
    ("p5", "participatesIn", "ev", SIGN),
    ("p6", "participatesIn", "ev", SIGN),
    ("sw", "locatedIn", "hz", "深入貫徹落實中央和省、市委各項決策部署"),
]
VALUES = [
    ("ev", "date", "2022-11-15", "xsd:date", LEAD),
    ("ev", "startedProjectCount", 10, "project", TOT),
    ("ev", "signedProjectCount", 19, "project", TOT),
    ("ev", "totalInvestment", 39000000000, "CNY", TOT),
    ("ev", "startedTotalInvestment", 20900000000, "CNY", START),
    ("ev", "signedTotalInvestment", 18100000000, "CNY", SIGN),
]
NOTES = [
    "Source: mobiupdates.com/huzhounews (a mirror of a 湖州 news item in Traditional script), stamped 2022-11-16 "
    "20:32; the ceremony 昨天上午 → 2022-11-15. The mirror puts pinyin glosses in brackets after many characters "
    "(開(kāi)工): they are the mirror's, not the article's, and were removed; nothing else was changed (Traditional "
    "script kept, labels in it as dev17 q02). No headline on the stored page; the body is complete.",
    "Places: 湖州市 (湖州) → City; 吳興區 (吳興) → District partOf it. 東部新城 (吳興區東部新城) → Zone, locatedIn 吳興區. "
    "新青年城市 (the district's urban brand, also inside the event's name) is an aim, not an area with bounds: not "
    "annotated.",
    "Event: the ceremony's full name as written (the form without 湖州市 an alias), dated 2022-11-15, held in 吳興區 "
    "(…儀式舉行: no organizer written). Its people: 陳浩 announces the start, 廖昌永 speaks by video, 黃德鴿 attends, "
    "王曉軍 speaks (致辭) → participatesIn.",
    "Bodies and posts: 市委 is written (省、市委各項決策部署) → 中共湖州市委; 市委書記陳浩 → worksFor it (rule 2), and the "
    "body locatedIn 湖州市. 副市長王曉軍: 市政府 is not written → no worksFor. 上海音樂學院 (a conservatory) → "
    "Institution, 廖昌永 its 院長; 中國五冶集團 → Company, 黃德鴿 its 副總經理 (also 黨委委員).",
    "Programmes: 吳興區 throws itself into (投身) the theme practice “在湖州看見美麗中國”實干爭先主題實踐 → participatesIn, "
    "and carries on (持續推進) its 百日攻堅行動 → implements.",
    "Projects: the three started projects named (湖州新青年中心, 礦坑運動樂園, 湖州奧林匹克青少年文化中心) are all in the "
    "東部新城 block → locatedIn it; the three signed ones (音樂戲劇產業學院, 未來奇幻港, “鄉村有未來”富民項目) are placed "
    "nowhere by the text. All six start or sign at the ceremony → participatesIn. Values: 10 started, 19 signed, "
    "390億元 in all, 209億元 started, 181億元 signed.",
    "Not annotated: 中央, 省 (no names), 省、市黨代會 (unnumbered: which congress is not said), the slogans.",
    "Correction after the first run (see SOURCES.md): 黨的二十大, a party congress cited for guidance (深入學習貫徹黨的二十大精神), "
    "is an Event with no relation, as dev17 q01 and ../shared/dev d22 annotate it; it was left out by a slip.",
]
