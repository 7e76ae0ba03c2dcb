EV = "12月8日,全州第十批重大項目暨貴州金源投資有限公司年產60萬噸鐵合金項目開工儀式在安龍縣舉行"
BATCH = "第十批集中開工項目共有32個,總投資103.3億元,2014年計劃完成投資2.4億元"
COUNTIES = (
    "其中,興義市3個,興仁縣4個,安龍縣6個,貞豐縣3個,普安縣3個,晴隆縣4個,冊亨縣4個,望謨縣2個,義龍新區3個;"
    "億元以上項目17個,產業發展項目15個"
)
HM = "州政府副州長黃曼宣布項目集中開工"
ZYR = "副州長周玉仁主持開工儀式"
XHG = "州政協副主席向和剛作集中開工項目情況介紹"
ZZ = "受州委書記張政,州委副書記、州長楊永英委託"
ALL = "向和剛代表州委、州人大、州政府、州政協"
ENTITIES = [
    ("qxn", "City", "黔西南州", ["全州"]),
    ("al", "District", "安龍縣", []),
    ("xy", "District", "興義市", []),
    ("xr", "District", "興仁縣", []),
    ("zf2", "District", "貞豐縣", []),
    ("pa", "District", "普安縣", []),
    ("ql", "District", "晴隆縣", []),
    ("ch", "District", "冊亨縣", []),
    ("wm", "District", "望謨縣", []),
    ("yl", "Zone", "義龍新區", []),
    ("zw", "GovernmentBody", "中共黔西南州委", ["州委"]),
    ("zf", "GovernmentBody", "黔西南州人民政府", ["州政府"]),
    ("rd", "GovernmentBody", "黔西南州人民代表大會常務委員會", ["州人大"]),
    ("zx", "GovernmentBody", "中國人民政治協商會議黔西南州委員會", ["州政協"]),
    ("ev", "Event", "全州第十批重大項目暨貴州金源投資有限公司年產60萬噸鐵合金項目開工儀式", ["開工儀式"]),
    ("jy", "Company", "貴州金源投資有限公司", []),
    ("p1", "Project", "年產60萬噸鐵合金項目", ["貴州金源投資有限公司年產60萬噸鐵合金項目"]),
    ("hm", "Person", "黃曼", []),
    ("zyr", "Person", "周玉仁", []),
    ("xhg", "Person", "向和剛", []),
    ("zz", "Person", "張政", []),
    ("yyy", "Person", "楊永英", []),
    ("lyn", "Person", "盧雁妮", []),
]
RELATIONS = [
    ("al", "partOf", "qxn", COUNTIES),
    ("xy", "partOf", "qxn", COUNTIES),
    ("xr", "partOf", "qxn", COUNTIES),
    ("zf2", "partOf", "qxn", COUNTIES),
    ("pa", "partOf", "qxn", COUNTIES),
    ("ql", "partOf", "qxn", COUNTIES),
    ("ch", "partOf", "qxn", COUNTIES),
    ("wm", "partOf", "qxn", COUNTIES),
    ("yl", "locatedIn", "qxn", COUNTIES),
    ("ev", "locatedIn", "al", EV),
    ("jy", "operates", "p1", EV),
    ("p1", "locatedIn", "al", EV),
    ("p1", "participatesIn", "ev", EV),
    ("hm", "worksFor", "zf", HM, {"title": "副州長"}),
    ("zyr", "worksFor", "zf", ZYR, {"title": "副州長"}),
    ("xhg", "worksFor", "zx", XHG, {"title": "副主席"}),
    ("zz", "worksFor", "zw", ZZ, {"title": "書記"}),
    ("yyy", "worksFor", "zw", ZZ, {"title": "副書記"}),
    ("yyy", "worksFor", "zf", ZZ, {"title": "州長"}),
    ("hm", "participatesIn", "ev", HM),
    ("zyr", "participatesIn", "ev", ZYR),
    ("xhg", "participatesIn", "ev", XHG),
    ("zw", "locatedIn", "qxn", ALL),
    ("zf", "locatedIn", "qxn", ALL),
    ("rd", "locatedIn", "qxn", ALL),
    ("zx", "locatedIn", "qxn", ALL),
]
VALUES = [
    ("ev", "date", "2014-12-08", "xsd:date", EV),
    ("ev", "projectCount", 32, "project", BATCH),
    ("ev", "totalInvestment", 10330000000, "CNY", BATCH),
    ("ev", "annualPlannedInvestment", 240000000, "CNY", BATCH),
    ("ev", "projectsOver100m", 17, "project", COUNTIES),
    ("ev", "industrialProjects", 15, "project", COUNTIES),
    ("xy", "projectCount", 3, "project", COUNTIES),
    ("xr", "projectCount", 4, "project", COUNTIES),
    ("al", "projectCount", 6, "project", COUNTIES),
    ("zf2", "projectCount", 3, "project", COUNTIES),
    ("pa", "projectCount", 3, "project", COUNTIES),
    ("ql", "projectCount", 4, "project", COUNTIES),
    ("ch", "projectCount", 4, "project", COUNTIES),
    ("wm", "projectCount", 2, "project", COUNTIES),
    ("yl", "projectCount", 3, "project", COUNTIES),
    ("p1", "annualCapacity", 600000, "t", EV),
]
NOTES = [
    "Source: a Traditional-script repost (retirebossier.com) of a 黔西南州 news item, 2014-12-08 (the start on 12月8日; "
    "the year from 2014年計劃完成投資 and the URL). Kept in Traditional script as stored; labels as written (as dev17 "
    "q02). Headline kept; an image line after the byline dropped; the body is complete.",
    "Places: 黔西南州 (全州) → City (a prefecture-level autonomous prefecture; its full name 黔西南布依族苗族自治州 is not "
    "written, so the written form is the label). The eight counties and county-level city in the batch list → District "
    "partOf it; 義龍新區 (a new district, a functional area) → Zone locatedIn it. 貴州 occurs only inside the firm's name: "
    "no Province (rule 5).",
    "Bodies: 州委, 州人大, 州政府, 州政協 (向和剛代表州委、州人大、州政府、州政協) → the prefecture's party committee, "
    "people's congress (its standing committee), government and CPPCC committee, locatedIn 黔西南州.",
    "Officials: 黃曼 and 周玉仁 副州長 → 州政府; 向和剛 州政協副主席 → 州政協; 張政 州委書記 → 州委; 楊永英 州委副書記 → 州委 "
    "and 州長 → 州政府. 黃曼 (宣布), 周玉仁 (主持), 向和剛 (介紹) take part in the ceremony → participatesIn; 張政 and "
    "楊永英 only entrust (委託): not present, no participatesIn.",
    "Event: the ceremony (its full written name; 開工儀式 written alone too) → locatedIn 安龍縣 (在安龍縣舉行); no organizer "
    "is written. The firm's project named in it, 貴州金源投資有限公司年產60萬噸鐵合金項目 → Project (label without the "
    "firm), 貴州金源投資有限公司 operates it (the firm's project); it is the ceremony's site → locatedIn 安龍縣, and it "
    "starts at the ceremony → participatesIn.",
    "Byline: (盧雁妮) → Person, no employer.",
    "Values: date; the batch's 32 projects, 103.3億元, 2.4億元 planned for 2014, 17 over 100 million, 15 industrial; "
    "each county's count; the project's 60萬噸 a year. Not values: 第十批 (an ordinal).",
]
