LEAD = "近日,科技部党组成员、副部长陈家昌带队走访民盟中央,介绍科技工作情况,听取意见建议"
WGQ = "全国政协副主席、民盟中央常务副主席王光谦出席并讲话"
ZDH = "全国人大常委会委员、民盟中央副主席张道宏参加会见"
UNITS = "科技部有关司局、民盟中央有关部门负责人等,部分专家参加座谈会"
XI = "习近平总书记高度重视科技创新,党中央作出一系列重大部署"
ENTITIES = [
    ("kjb", "GovernmentBody", "科学技术部", ["科技部"]),
    ("mm", "GovernmentBody", "中国民主同盟中央委员会", ["民盟中央", "民盟"]),
    ("zx", "GovernmentBody", "中国人民政治协商会议全国委员会", ["全国政协"]),
    ("rd", "GovernmentBody", "全国人民代表大会常务委员会", ["全国人大常委会"]),
    ("zy", "GovernmentBody", "中国共产党中央委员会", ["党中央"]),
    ("ev", "Event", "座谈会", []),
    ("cjc", "Person", "陈家昌", []),
    ("wgq", "Person", "王光谦", []),
    ("zdh", "Person", "张道宏", []),
    ("xjp", "Person", "习近平", []),
]
RELATIONS = [
    ("cjc", "worksFor", "kjb", LEAD, {"title": "副部长"}),
    ("wgq", "worksFor", "zx", WGQ, {"title": "副主席"}),
    ("wgq", "worksFor", "mm", WGQ, {"title": "常务副主席"}),
    ("zdh", "worksFor", "rd", ZDH, {"title": "委员"}),
    ("zdh", "worksFor", "mm", ZDH, {"title": "副主席"}),
    ("xjp", "worksFor", "zy", XI, {"title": "总书记"}),
    ("cjc", "participatesIn", "ev", "陈家昌副部长带队走访民盟中央并座谈"),
    ("wgq", "participatesIn", "ev", WGQ),
    ("zdh", "participatesIn", "ev", ZDH),
    ("kjb", "participatesIn", "ev", UNITS),
    ("mm", "participatesIn", "ev", UNITS),
]
VALUES = []
NOTES = [
    "Source: most.cn (科学技术部's site), 2026-03-04 20:48 (the visit 近日, no date of its own: no date value). Headline "
    "and date line kept; breadcrumbs, the 来源 label, the QR-code line and the attachment labels dropped; the body is "
    "complete.",
    "Bodies: 科技部 → 科学技术部 (the ministry; 党组 is its party group, no separate node); 民盟中央 → 中国民主同盟中央"
    "委员会, 民盟 (民盟长期关心科技事业发展, the party speaking through its centre) kept as an alias; 全国政协, "
    "全国人大常委会, 党中央 → full names (bodies written by their usual short forms, rule 1).",
    "Officials: 陈家昌 科技部 党组成员、副部长 → worksFor 科学技术部 (副部长); 王光谦 全国政协副主席 and 民盟中央常务副主席 → "
    "worksFor both; 张道宏 全国人大常委会委员 and 民盟中央副主席 → worksFor both; 习近平总书记 → worksFor 中国共产党中央"
    "委员会 (党中央 written in the same sentence; rule 2 with the body named).",
    "Event: the 座谈会 (written 参加座谈会, 座谈会上) is the gathering reported (rule 3) → Event; 陈家昌 leads the visit "
    "(带队走访…并座谈), 王光谦 attends and speaks, 张道宏 attends, the ministry's departments and 民盟中央's departments "
    "attend (their heads) → participatesIn. No organizer is written (the ministry visits, the centre receives). No "
    "venue or date.",
    "Not annotated: 协作机制, 科技强国建设, “十五五”时期, 2035年 (aims and periods, no values of an entity); 部分专家 "
    "(unnamed).",
]
