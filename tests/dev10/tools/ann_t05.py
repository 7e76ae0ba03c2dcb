ENTITIES = [
    ("yx", "District", "义县", ["全县"]),
    (
        "ev",
        "Event",
        "义县2017年“项目开工月”启动暨珈煜120兆瓦农光互补项目开工仪式",
        ["2017年“项目开工月”启动暨珈煜120兆瓦农光互补项目开工仪式", "开工仪式", "启动大会"],
    ),
    ("prog", "Programme", "“项目开工月”活动", ["项目开工月", "开工月"]),
    ("p1", "Project", "珈煜120兆瓦农光互补项目", []),
    ("c1", "Company", "深圳珈伟风电有限公司", []),
    ("zone", "Zone", "锦州七里河经济开发区", []),
    ("gwh", "GovernmentBody", "锦州七里河经济开发区管委会", []),
    ("town", "Town", "前杨镇", []),
    ("xw", "GovernmentBody", "中共义县委", ["县委"]),
    ("xzf", "GovernmentBody", "义县人民政府", ["县政府"]),
    ("sw", "GovernmentBody", "中共锦州市委", ["市委"]),
    ("szf", "GovernmentBody", "锦州市人民政府", ["市政府"]),
    ("prog2", "Programme", "“招商引资项目建设年”工作任务", ["招商引资项目建设年"]),
    ("prog3", "Programme", "“双十双百”发展工程", []),
    ("zzm", "Person", "张智明", []),
    ("sgh", "Person", "苏贵宏", []),
    ("zql", "Person", "张清利", []),
    ("dxf", "Person", "杜鑫峰", []),
]
D = {"date": "2017-04-06"}
EVB = "义县举行2017年“项目开工月”启动暨珈煜120兆瓦农光互补项目开工仪式"
ATT = "张智明、苏贵宏、张清利等县四个班子领导及市县相关部门人员参加开工仪式"
DXF = "副县长、锦州七里河经济开发区管委会主任杜鑫峰主持开工仪式"
SGH = "县委副书记、县长苏贵宏"
RELATIONS = [
    ("yx", "organizes", "ev", EVB, D),
    ("ev", "locatedIn", "yx", EVB),
    ("p1", "participatesIn", "ev", EVB, D),
    ("p1", "locatedIn", "yx", EVB),
    ("xw", "implements", "prog", "县委、县政府决定从4月6日起到5月6日,集中开展“项目开工月”活动"),
    ("xzf", "implements", "prog", "县委、县政府决定从4月6日起到5月6日,集中开展“项目开工月”活动"),
    ("sw", "implements", "prog2", "市委、市政府提出的“招商引资项目建设年”工作任务"),
    ("szf", "implements", "prog2", "市委、市政府提出的“招商引资项目建设年”工作任务"),
    ("yx", "implements", "prog3", "义县着眼工业经济质量和数量"),
    ("xw", "locatedIn", "yx", SGH),
    ("xzf", "locatedIn", "yx", SGH),
    ("gwh", "locatedIn", "zone", DXF),
    (
        "zone",
        "locatedIn",
        "yx",
        "全县要确保动工建设固定资产投资1000万元以上项目24个,其中亿元以上项目12个,锦州七里河经济开发区",
    ),
    ("town", "partOf", "yx", "锦州七里河经济开发区、前杨镇"),
    ("c1", "participatesIn", "ev", "前杨镇和深圳珈伟风电有限公司代表分别作表态发言", D),
    ("dxf", "worksFor", "xzf", DXF, {"title": "副县长"}),
    ("dxf", "worksFor", "gwh", DXF, {"title": "主任"}),
    ("sgh", "worksFor", "xw", SGH, {"title": "县委副书记"}),
    ("sgh", "worksFor", "xzf", SGH, {"title": "县长"}),
    ("dxf", "participatesIn", "ev", DXF, D),
    ("sgh", "participatesIn", "ev", "县委副书记、县长苏贵宏在讲话中说:此次启动大会", D),
] + [(p, "participatesIn", "ev", ATT, D) for p in ["zzm", "sgh", "zql"]]
VALUES = [
    ("ev", "date", "2017-04-06", "xsd:date", "县委、县政府决定从4月6日起到5月6日"),
    ("ev", "projectCount", 24, "project", "24个规模项目的集中开工建设"),
    ("p1", "capacity", 120, "MW", "珈煜120兆瓦农光互补项目"),
    ("prog", "period", "2017-04-06/2017-05-06", "xsd:date", "县委、县政府决定从4月6日起到5月6日"),
]
NOTES = [
    "Source: kbjlq.com (a 锦州 investment site, 锦州动态/招商动态), 2017-04-06 (the article says 今天; the month of "
    "starts runs 从4月6日起). The stored page ends inside a sentence (明确了全年开工亿元以上项目31个、投资总额171亿元"
    "的奋斗目…); the text keeps the body up to the last complete sentence before it.",
    "Place: 义县 (alias 全县), a county of 锦州市; 锦州 occurs only inside the zone's name, so no City and no partOf. "
    "前杨镇 (a town of 义县) partOf 义县 by the division list. The zone 锦州七里河经济开发区 is the county's (its "
    "targets are listed under 全县 and its 管委会主任 is a 副县长) → locatedIn 义县; its 管委会 locatedIn the zone.",
    "Event: the launch of the month of starts combined with the start ceremony of the 珈煜 project; label the "
    "headline's full form with 义县, aliases the form after 举行, 开工仪式 and 启动大会 (the speech calls it so). "
    "义县 organizes it; 珈煜120兆瓦农光互补项目 starts at it → participatesIn, locatedIn 义县. The firm 深圳珈伟风电 "
    "speaks at it → participatesIn; that it owns the 珈煜 project is not written (names differ), so no operates.",
    "The zone and 前杨镇 also speak at the event, but a Zone and a Town are outside the participatesIn domain "
    "(rule 7): left out.",
    "Bodies: 县委、县政府 → 中共义县委, 义县人民政府 (they implement the “项目开工月”活动); 市委、市政府 → the city "
    "bodies of 锦州 (中共锦州市委, 锦州市人民政府; labels not written), which set the “招商引资项目建设年” task "
    "(提出 → implements). 义县 提出了“双十双百”发展工程 → implements.",
    "People: 苏贵宏 (县委副书记, 县长) and 杜鑫峰 (副县长; 管委会主任) worksFor as written; 张智明 and 张清利 are "
    "县四个班子领导 without a post: participatesIn only. 市县相关部门人员 is no entity.",
]
