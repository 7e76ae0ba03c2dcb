ENTITIES = [
    ("cq", "Province", "重庆市", ["重庆"]),
    ("qj", "District", "綦江区", ["綦江", "全区"]),
    (
        "ev",
        "Event",
        "粤港澳大湾区企业綦江行暨第二届綦商大会",
        ["粤港澳大湾区企业綦江行暨第二届綦商大会开幕式", "第二届綦商大会", "大会"],
    ),
    ("ev1", "Event", "首届綦商大会", []),
    ("qw", "GovernmentBody", "中共重庆市綦江区委", ["重庆市綦江区委", "綦江区委"]),
    ("qzf", "GovernmentBody", "重庆市綦江区人民政府", ["区人民政府", "区政府"]),
    ("szf", "GovernmentBody", "重庆市人民政府", []),
    ("tzb", "GovernmentBody", "中共重庆市委统战部", []),
    ("fzx", "GovernmentBody", "重庆綦江联络服务中心粤港澳大湾区分中心", []),
    ("dlk", "Person", "戴立坤", []),
    ("zxd", "Person", "郑向东", []),
    ("ygx", "Person", "尹国喜", []),
    ("zhb", "Person", "张洪斌", []),
]
D = {"date": "2026-03-05"}
EVB = "由重庆市綦江区委、区人民政府主办的粤港澳大湾区企业綦江行暨第二届綦商大会开幕式在綦江区举办"
RELATIONS = [
    ("qj", "partOf", "cq", "重庆市綦江区委"),
    ("qw", "organizes", "ev", EVB, D),
    ("qzf", "organizes", "ev", EVB, D),
    ("ev", "locatedIn", "qj", EVB),
    ("qw", "locatedIn", "qj", EVB),
    ("qzf", "locatedIn", "qj", EVB),
    ("szf", "locatedIn", "cq", "重庆市人民政府副市长郑向东"),
    ("tzb", "locatedIn", "cq", "中共重庆市委统战部副部长张洪斌"),
    ("zxd", "worksFor", "szf", "重庆市人民政府副市长郑向东", {"title": "副市长"}),
    ("ygx", "worksFor", "qw", "綦江区委书记尹国喜", {"title": "区委书记"}),
    ("zhb", "worksFor", "tzb", "中共重庆市委统战部副部长张洪斌", {"title": "副部长"}),
    ("zxd", "participatesIn", "ev", "重庆市人民政府副市长郑向东出席活动", D),
    ("ygx", "participatesIn", "ev", "綦江区委书记尹国喜表示", D),
    ("zhb", "participatesIn", "ev", "中共重庆市委统战部副部长张洪斌指出", D),
]
VALUES = [
    ("ev", "date", "2026-03-05", "xsd:date", "3月5日,由重庆市綦江区委"),
    ("ev", "signedProjectCount", 23, "project", "大会当天现场签约了23个项目,签约金额达156亿元"),
    ("ev", "signedTotalAmount", 15600000000, "CNY", "签约金额达156亿元"),
]
NOTES = [
    "Source: difang.gmw.cn (光明网 地方) 2026-03-05. The stored copy has no headline and breaks off in the last "
    "sentence (本次第二届綦商大会的成功举办,不仅是綦江汇…), which was dropped. The photo credit line "
    "(活动现场。戴立坤摄) is kept as printed; 戴立坤 is a Person with no organisation written.",
    "Year: the page is dated 2026-03-05 and the text reports 2025 results, so the meeting is 2026-03-05.",
    "Places: 重庆市 is a municipality (Province class); 綦江区 partOf it by the division list; 全区 is the district. "
    "粤港澳大湾区 is a region named inside the event's and the centre's names and in passing (来自粤港澳大湾区的"
    "企业家); it is no administrative unit and no zone in the schema's sense, so not annotated.",
    "Event: the meeting, labelled without 开幕式 (the text later calls it 大会, and the signing and the unveiling take "
    "place 在大会上); the opening ceremony's written form is an alias. Organised (主办) by the district committee and "
    "government → two organizes; held in 綦江区. The first 綦商大会 is named as a past Event.",
    "Bodies: 重庆市綦江区委 / 綦江区委 → 中共重庆市綦江区委; 区人民政府 / 区政府 → 重庆市綦江区人民政府; "
    "重庆市人民政府 (郑向东 副市长); 中共重庆市委统战部 (张洪斌 副部长). 市级有关部门 is generic. The unveiled "
    "liaison service sub-centre is typed GovernmentBody (a state-run 中心 of the district); unveiling is no schema "
    "relation.",
    "People: 郑向东 attends (出席活动); 尹国喜 and 张洪斌 speak at the meeting (表示, 指出) → participatesIn. The "
    "signed projects, the 10 entrepreneurs and the 招商大使 are not named.",
]
