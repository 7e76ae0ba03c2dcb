LEAD = "2月4日,「2023年瀋陽市首批項目集中簽約暨開工活動」盛大舉行"
DD = "大東區集中簽約華潤熱電廠搬遷改造及電力綜合能源建設、瀋陽汽車城產城融合示範區建設等項目40個,簽約項目投資總額超600億元"
FIRMS = "包括中國鐵建投資集團、中國二十二冶集團、中電建路橋集團、知巢鳥在內等共41家企業與瀋陽市大東區簽署了項目合作協議"
BIG = (
    "其中智能網聯創新產業基地、華潤熱電廠搬遷改造及電力綜合能源建設、瀋陽汽車城產城融合示範區建設3個項目超過100億元,"
    "瀋陽市汽車城智慧示範片區及配套設施,知巢鳥總部及數字經濟產業園2個項目超過50億元"
)
TALK = "簽約活動後,瀋陽市大東區隨即舉辦企業家座談交流會"
WLX = "會上,大東區人民政府區長王林祥與參會企業家進行座談交流"
ZY = "區委常委、副區長張悅詳細介紹了大東區深厚的文化底蘊"
XH = "座談會現場,瀋陽法雷奧車燈有限公司總經理肖華在接受記者採訪時表示,瀋陽法雷奧於2012年落戶瀋陽市大東區"
ENTITIES = [
    ("sy", "City", "瀋陽市", ["瀋陽"]),
    ("dd", "District", "大東區", ["瀋陽市大東區"]),
    ("qw", "GovernmentBody", "中共大東區委", ["區委", "大東區委"]),
    ("qzf", "GovernmentBody", "瀋陽市大東區人民政府", ["大東區人民政府", "區政府"]),
    (
        "ev",
        "Event",
        "2023年瀋陽市首批項目集中簽約暨開工活動",
        ["瀋陽市首批項目集中簽約暨開工活動", "簽約儀式", "簽約活動"],
    ),
    ("ev2", "Event", "企業家座談交流會", ["座談會"]),
    ("p1", "Project", "華潤熱電廠搬遷改造及電力綜合能源建設", []),
    ("p2", "Project", "瀋陽汽車城產城融合示範區建設", []),
    ("p3", "Project", "智能網聯創新產業基地", []),
    ("p4", "Project", "瀋陽市汽車城智慧示範片區及配套設施", []),
    ("p5", "Project", "知巢鳥總部及數字經濟產業園", []),
    ("c1", "Company", "中國鐵建投資集團", []),
    ("c2", "Company", "中國二十二冶集團", []),
    ("c3", "Company", "中電建路橋集團", []),
    ("c4", "Company", "知巢鳥", []),
    ("c5", "Company", "瀋陽法雷奧車燈有限公司", ["瀋陽法雷奧"]),
    ("wlx", "Person", "王林祥", []),
    ("zy", "Person", "張悅", []),
    ("xh", "Person", "肖華", []),
]
RELATIONS = [
    ("dd", "partOf", "sy", FIRMS),
    ("qw", "locatedIn", "dd", "在大東區委區政府的支持下"),
    ("qzf", "locatedIn", "dd", WLX),
    ("wlx", "worksFor", "qzf", WLX, {"title": "區長"}),
    ("zy", "worksFor", "qw", ZY, {"title": "常委"}),
    ("zy", "worksFor", "qzf", ZY, {"title": "副區長"}),
    ("xh", "worksFor", "c5", XH, {"title": "總經理"}),
    ("dd", "participatesIn", "ev", FIRMS),
    ("c1", "participatesIn", "ev", FIRMS),
    ("c2", "participatesIn", "ev", FIRMS),
    ("c3", "participatesIn", "ev", FIRMS),
    ("c4", "participatesIn", "ev", FIRMS),
    ("p1", "participatesIn", "ev", DD),
    ("p2", "participatesIn", "ev", DD),
    ("p3", "participatesIn", "ev", BIG),
    ("p4", "participatesIn", "ev", BIG),
    ("p5", "participatesIn", "ev", BIG),
    ("p1", "locatedIn", "dd", DD),
    ("p2", "locatedIn", "dd", DD),
    ("p3", "locatedIn", "dd", BIG),
    ("p4", "locatedIn", "dd", BIG),
    ("p5", "locatedIn", "dd", BIG),
    ("c4", "operates", "p5", BIG),
    ("dd", "organizes", "ev2", TALK),
    ("ev2", "locatedIn", "dd", TALK),
    ("wlx", "participatesIn", "ev2", WLX),
    ("zy", "participatesIn", "ev2", ZY),
    ("xh", "participatesIn", "ev2", XH),
    ("c5", "locatedIn", "dd", XH),
]
VALUES = [
    ("ev", "date", "2023-02-04", "xsd:date", LEAD),
    ("ev2", "date", "2023-02-04", "xsd:date", TALK),
    ("dd", "signedProjectCount", 40, "project", DD),
    ("dd", "signedTotalInvestment", 60000000000, "CNY", DD),
    ("dd", "signingCompanies", 41, "company", FIRMS),
]
NOTES = [
    "Source: tp.hkcd.com (香港商報), 2023-02-05, Traditional script as published. No headline on the stored copy; the "
    "stored copy ends in mid-sentence (「作為總部從北京遷入到大東區的企業…打): the text stops at the paragraph before it.",
    "Places: 瀋陽市 (瀋陽) → City; 大東區 (瀋陽市大東區) → District partOf 瀋陽市. 北京 is not in the kept text.",
    "Bodies: 大東區人民政府 (區政府) → 瀋陽市大東區人民政府; 區委 (區委常委, 大東區委區政府) → 中共大東區委. 王林祥 區長, "
    "張悅 區委常委 and 副區長 → worksFor.",
    "Events: the city's batch signing-and-start (「2023年瀋陽市首批項目集中簽約暨開工活動」; 本次簽約儀式 and 簽約活動 are its "
    "forms) → Event, date 2023-02-04; its holder is not written (no organizes). 大東區 signs there with 41 firms → "
    "participatesIn for 大東區 and the four named firms; the five named projects signed there → participatesIn, and "
    "locatedIn 大東區. The district's 企業家座談交流會 (座談會) right after → Event held by 大東區 (舉辦) → organizes; "
    "王林祥, 張悅, 肖華 take part (肖華 speaks at the 座談會現場).",
    "Projects: 華潤熱電廠搬遷改造及電力綜合能源建設, 瀋陽汽車城產城融合示範區建設, 智能網聯創新產業基地, "
    "瀋陽市汽車城智慧示範片區及配套設施, 知巢鳥總部及數字經濟產業園 → Project (as written; 華潤 only inside a project "
    "name: no Company). 知巢鳥 (a firm among the 41) opens its project's name → operates.",
    "Firms: 中國鐵建投資集團, 中國二十二冶集團, 中電建路橋集團, 知巢鳥, 瀋陽法雷奧車燈有限公司 (瀋陽法雷奧, 落戶瀋陽市大東區 → "
    "locatedIn 大東區); 肖華 its 總經理.",
    "Values: the event's date; 大東區's 40 signed projects, 超600億元, 41 firms. Thresholds (超過100億元, 超過50億元) and "
    "2012 (the firm's arrival year) are not values of an entity here.",
]
