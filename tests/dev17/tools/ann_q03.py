ENTITIES = [
    ("pj", "City", "盘锦市", ["盘锦"]),
    ("sw", "GovernmentBody", "中共盘锦市委", ["盘锦市委"]),
    ("tzb", "GovernmentBody", "中共盘锦市委统战部", ["统战部"]),
    ("szf", "GovernmentBody", "盘锦市人民政府", ["市政府"]),
    ("tb", "GovernmentBody", "中共盘锦市委台湾工作办公室", ["盘锦市委台办"]),
    ("tl", "Institution", "盘锦市台湾同胞联谊会", ["市台联"]),
    ("c1", "Company", "长春化工(盘锦)有限公司", []),
    ("c2", "Company", "盘锦联成化学工业有限公司", []),
    ("gkm", "Person", "郭克敏", []),
    ("sxm", "Person", "水新明", []),
    ("lhl", "Person", "柳海玲", []),
    ("jq", "Person", "贾琦", []),
]
LEAD = "盘锦市委常委、统战部部长郭克敏"
RELATIONS = [
    ("gkm", "worksFor", "sw", LEAD, {"title": "市委常委"}),
    ("gkm", "worksFor", "tzb", LEAD, {"title": "部长"}),
    ("sxm", "worksFor", "tb", "盘锦市委台办主任水新明", {"title": "主任"}),
    ("lhl", "worksFor", "tl", "市台联会长柳海玲", {"title": "会长"}),
    ("sw", "locatedIn", "pj", "表达盘锦市委、市政府对台资企业的关心与支持"),
    ("szf", "locatedIn", "pj", "表达盘锦市委、市政府对台资企业的关心与支持"),
    ("tzb", "locatedIn", "pj", LEAD),
    ("tb", "locatedIn", "pj", "盘锦市委台办主任水新明"),
    ("tl", "locatedIn", "pj", "市台联会长柳海玲"),
    ("c1", "locatedIn", "pj", "两家台企扎根盘锦以来"),
    ("c2", "locatedIn", "pj", "两家台企扎根盘锦以来"),
]
VALUES = []
NOTES = [
    "Source: gd.huaxia.com (华夏经纬网), 2026-02-12, 来源 盘锦市委台办, 作者 贾琦; the visit on 2月9日. The body and the "
    "source/author lines are kept; the site's footer (辽宁省人民政府台湾事务办公室 as a section label, copyright) dropped.",
    "Places: 盘锦 on its own (扎根盘锦) → City 盘锦市. 长春 and the second 盘锦 inside firm names are not places (rule 5); "
    "盘台两地 is a phrase, not a name.",
    "Bodies (rule 1): 盘锦市委 → 中共盘锦市委; 市政府 → 盘锦市人民政府; 统战部 (in 郭克敏's post) → 中共盘锦市委统战部; "
    "盘锦市委台办 → 中共盘锦市委台湾工作办公室 (the committee's Taiwan affairs office; its expansion, the written form an "
    "alias); each locatedIn 盘锦市. 市台联 → 盘锦市台湾同胞联谊会, a people's association → Institution.",
    "Firms: 长春化工(盘锦)有限公司 and 盘锦联成化学工业有限公司, the two 台资企业 visited; 扎根盘锦 → locatedIn 盘锦市.",
    "People: 郭克敏 worksFor the committee (市委常委) and its united-front department (部长); 水新明 the Taiwan office "
    "(主任); 柳海玲 the association (会长). 贾琦, the author, has no stated employer → Person only.",
    "No Event: the 走访慰问 and the 座谈 with firm heads are a visit, not a named gathering. No values.",
]
