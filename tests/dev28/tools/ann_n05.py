EV = "2月16日,河北省景縣舉行2023年一季度項目集中開工儀式"
SUM = "此次集中開工的項目共11個,總投資35.16億元"
SEC = "景縣縣委書記孫文欣說"
YEAR = "今年,景縣在建、新開工和謀劃項目236個,總投資546.3億元,其中列入省市重點項目66個,總投資313.27億元,項目數量、投資總量居衡水市全市第一"
ENTITIES = [
    ("hb", "Province", "河北省", ["河北"]),
    ("hs", "City", "衡水市", []),
    ("jx", "District", "景縣", []),
    ("xw", "GovernmentBody", "中共景縣委員會", ["景縣縣委", "縣委"]),
    ("ev", "Event", "2023年一季度項目集中開工儀式", ["項目集中開工儀式"]),
    ("sw", "Person", "孫文欣", []),
    ("gl", "Person", "高雷", []),
    ("lz", "Person", "盧增暉", []),
    ("rm", "Institution", "人民網-河北頻道", ["人民網"]),
]
RELATIONS = [
    ("jx", "partOf", "hs", YEAR),
    ("hs", "partOf", "hb", EV),
    ("jx", "organizes", "ev", EV),
    ("ev", "locatedIn", "jx", EV),
    ("sw", "worksFor", "xw", SEC, {"title": "縣委書記"}),
    ("xw", "locatedIn", "jx", SEC),
]
VALUES = [
    ("ev", "date", "2023-02-16", "xsd:date", EV),
    ("ev", "projectCount", 11, "project", SUM),
    ("ev", "totalInvestment", 3516000000, "CNY", SUM),
    ("jx", "projectCount", 236, "project", YEAR),
    ("jx", "totalInvestment", 54630000000, "CNY", YEAR),
]
NOTES = [
    "Source: he.people.com.cn (人民網 河北頻道, BIG5 page), 2023-02-21; Traditional script as published. Headline and "
    "date/source line kept; the share/recommend chrome and the editors' line dropped. Complete.",
    "Places: 河北省 (河北) → Province; 衡水市 (衡水市全市) → City partOf 河北省; 景縣 → District partOf 衡水市 (the "
    "division list).",
    "Event: 2023年一季度項目集中開工儀式, held by the county (舉行) → organizes, locatedIn 景縣, date 2023-02-16. No "
    "project is named.",
    "Official: 景縣縣委書記孫文欣 → worksFor 中共景縣委員會 (縣委 written in the title). He is quoted, not said to "
    "attend the ceremony: no participatesIn.",
    "Byline: 高雷, 盧增暉 → Persons; 人民網-河北頻道 (the source line; 人民網 an alias, as dev17 q02's 人民網-遼寧頻道) → Institution; no worksFor is written.",
    "Values: the ceremony's 11 projects and 35.16億元, the county's 236 projects and 546.3億元 (the 66 listed projects' "
    "313.27億元 is a subset, left out).",
]
