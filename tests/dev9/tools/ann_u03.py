ENTITIES = [
    ("ah", "Province", "安徽省", ["安徽"]),
    ("lj", "District", "庐江县", ["庐江", "该县", "我县", "全县"]),
    ("tc", "Town", "汤池镇", []),
    ("ev", "Event", "招商重点项目集中签约仪式", ["签约仪式", "庐江15个重点项目集中签约"]),
    ("swsw", "GovernmentBody", "中共安徽省委", ["安徽省委"]),
    ("sw", "GovernmentBody", "中共合肥市委", ["市委"]),
    ("wcr", "Person", "吴存荣", []),
    ("wwd", "Person", "汪卫东", []),
    ("wy", "Person", "韦弋", []),
    ("c1", "Company", "安徽省外经建设集团", []),
    ("c2", "Company", "合肥国轩", []),
    ("c3", "Company", "中国南山", []),
    ("c4", "Company", "中农批", []),
    ("c5", "Company", "合肥恩泰环保", []),
    ("c6", "Company", "安徽苜邦农业", []),
    ("c7", "Company", "安徽青松食品", []),
    ("c8", "Company", "上海道旭", []),
    ("c9", "Company", "安徽巨龙桥梁", []),
]
D = {"date": "2016-06-27"}
EVB = "庐江县在汤池镇金孔雀温泉度假村举行招商重点项目集中签约仪式"
ATT = "安徽省委常委、市委书记吴存荣,市委常委、组织部长汪卫东,市委常委、市委秘书长韦弋出席并见证项目签约"
SIGN = (
    "安徽省外经建设集团、合肥国轩、中国南山、中农批、合肥恩泰环保、安徽苜邦农业、安徽青松食品、上海道旭、"
    "安徽巨龙桥梁等十余家国内知名企业与该县共签约项目15个"
)
RELATIONS = (
    [
        ("lj", "organizes", "ev", EVB, D),
        ("ev", "locatedIn", "tc", EVB),
        ("tc", "partOf", "lj", "庐江县在汤池镇"),
        ("lj", "participatesIn", "ev", SIGN, D),
        ("swsw", "locatedIn", "ah", "安徽省委常委"),
        ("wcr", "worksFor", "swsw", "安徽省委常委、市委书记吴存荣", {"title": "安徽省委常委"}),
        ("wcr", "worksFor", "sw", "安徽省委常委、市委书记吴存荣", {"title": "市委书记"}),
        ("wwd", "worksFor", "sw", "市委常委、组织部长汪卫东", {"title": "市委常委"}),
        ("wy", "worksFor", "sw", "市委常委、市委秘书长韦弋", {"title": "市委秘书长"}),
    ]
    + [(p, "participatesIn", "ev", ATT, D) for p in ["wcr", "wwd", "wy"]]
    + [(c, "participatesIn", "ev", SIGN, D) for c in ["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"]]
)
VALUES = [
    ("ev", "date", "2016-06-27", "xsd:date", "6月27日,庐江县在汤池镇金孔雀温泉度假村举行"),
    ("ev", "signedProjectCount", 15, "project", "与该县共签约项目15个,总投资额172.55亿元"),
    ("ev", "signedTotalInvestment", 17255000000, "CNY", "与该县共签约项目15个,总投资额172.55亿元"),
]
NOTES = [
    "Source: ah.cnipai.com (工业园网) 2016-06-30. Site chrome and the disclaimer were dropped; the body is complete.",
    "Event: the signing ceremony (招商重点项目集中签约仪式, alias 签约仪式 and the headline's form); 庐江县 organizes "
    "it (举行) and signs at it (与该县共签约项目15个) → organizes and participatesIn; it is held at a resort in 汤池镇 "
    "(the resort 金孔雀温泉度假村 is a venue, not annotated) → locatedIn 汤池镇, which is partOf 庐江县.",
    "Bodies by rule 1: 市委 is the committee of the city 庐江县 belongs to (合肥; 吴存荣 was its secretary), so "
    "中共合肥市委 (alias 市委); 合肥 itself occurs only inside firm names (合肥国轩, 合肥恩泰环保), so no City. "
    "安徽省委 (in 安徽省委常委) → 中共安徽省委. 组织部长 and 秘书长 are posts in the city committee; the 组织部 is "
    "not written as a body. Province 安徽省: named on its own in the headline (安徽庐江…).",
    "Companies: the nine firms listed as signing (short names as written) participatesIn the event. The 15 "
    "projects are not named.",
]
