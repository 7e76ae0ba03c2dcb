ENTITIES = [
    ("hld", "City", "葫蘆島市", ["葫蘆島", "全市"]),
    ("ls", "District", "連山區", []),
    ("dys", "Zone", "打漁山經濟開發區", []),
    ("lnp", "Project", "萊尼科技項目", []),
    ("hz", "Zone", "葫蘆島經濟開發區", []),
    ("zc", "Company", "中船風電(興城)能源投資有限公司", []),
    ("ev", "Event", "葫蘆島市秋季重點項目集中開工儀式", ["秋季重點項目集中開工儀式"]),
    ("pg", "Programme", "“項目攻堅年”活動", ["項目攻堅年活動"]),
    ("rmw", "Institution", "人民網-遼寧頻道", ["人民網"]),
]
EV = "葫蘆島市秋季重點項目集中開工儀式在連山區打漁山經濟開發區萊尼科技項目現場舉行"
SPEAK = "連山區、葫蘆島經濟開發區和中船風電(興城)能源投資有限公司進行表態發言"
RELATIONS = [
    ("ls", "partOf", "hld", EV),
    ("dys", "locatedIn", "ls", "在連山區打漁山經濟開發區萊尼科技項目現場"),
    ("lnp", "locatedIn", "dys", "打漁山經濟開發區萊尼科技項目現場"),
    ("hz", "locatedIn", "hld", SPEAK),
    ("hld", "organizes", "ev", "葫蘆島市舉行秋季重點項目集中開工儀式"),
    ("ev", "locatedIn", "dys", EV),
    ("lnp", "participatesIn", "ev", EV),
    ("ls", "participatesIn", "ev", SPEAK),
    ("zc", "participatesIn", "ev", SPEAK),
    ("hld", "implements", "pg", "是葫蘆島市深入推進“項目攻堅年”活動的重要舉措之一"),
]
VALUES = [
    ("ev", "date", "2022-09-30", "xsd:date", "9月30日,葫蘆島市秋季重點項目集中開工儀式"),
    ("ev", "projectCount", 23, "project", "總投資78.6億元的23個重點項目集中開工"),
    ("ev", "totalInvestment", 7860000000, "CNY", "總投資78.6億元的23個重點項目集中開工"),
    ("hld", "plannedProjects", 500, "project", "全市計劃實施500萬元以上重點項目500個"),
    ("hld", "totalInvestment", 259782000000, "CNY", "總投資2597.82億元"),
    ("hld", "projectsStarted", 423, "project", "已有423個實現開復工"),
    ("hld", "startRate", 84.6, "%", "開復工率達84.6%"),
]
NOTES = [
    "Source: ln.people.com.cn, the Traditional-script (BIG5) page of 人民網-遼寧頻道, 2022-10-02; the ceremony on 9月30日 "
    "(2022). Kept in Traditional script as stored (as the fixtures' a05); labels are as written. Headline and date line "
    "kept; breadcrumb, 小字號, 責編 and share lines dropped. The body is complete.",
    "Places: 葫蘆島市 (also 葫蘆島 on its own, 全市) → City; 連山區 → District, partOf the city (division list). 興城 and "
    "遼寧 occur only inside other names (rule 5).",
    "Zones: 打漁山經濟開發區 in 連山區 (在連山區打漁山經濟開發區) → locatedIn; 葫蘆島經濟開發區 → locatedIn 葫蘆島市 "
    "(named with the city).",
    "Event: 葫蘆島市秋季重點項目集中開工儀式 (headline and lead; 此次秋季重點項目集中開工儀式 later) → organizes by "
    "葫蘆島市 (葫蘆島市舉行), locatedIn the most specific place given, the zone (rule 6; the venue is the project's site).",
    "Project: 萊尼科技項目, the site of the main venue and one of the projects started there → locatedIn the zone, "
    "participatesIn the event (the 23 others are not named). 萊尼 occurs only inside the project's name: no Company.",
    "Speakers (表態發言): 連山區 (District) and 中船風電(興城)能源投資有限公司 (Company) → participatesIn; "
    "葫蘆島經濟開發區 also speaks, but a Zone is outside participatesIn's domain (rule 7), so it is left out.",
    "Programme: “項目攻堅年”活動, the city's campaign (深入推進) → implements. Not annotated: the theme "
    "“喜迎二十大 奮進新征程” (二十大 inside a quoted theme), the slogans “沖刺四季度、決勝全年度”攻堅戰, “三篇大文章”, "
    "“4+7”產業格局 and “項目為王”.",
    "Values: the event's date, 23 projects and 78.6億元; the city's 500 planned projects, 2597.82億元, 423 started, 84.6 %. "
    "Not values: 500萬元 (a threshold), 15項 (works unnamed).",
]
