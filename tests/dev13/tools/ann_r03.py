ENTITIES = [
    ("jz", "City", "锦州市", ["锦州"]),
    ("nj", "City", "南京市", ["南京"]),
    ("ev1", "Event", "“锦州—长三角”招商引资推介会", ["推介会"]),
    ("ev2", "Event", "项目集中签约仪式", []),
    ("jjzx", "GovernmentBody", "锦州市经合中心", []),
    ("c1", "Company", "吴中集团", []),
    ("c2", "Company", "江苏中元控股集团有限公司", []),
    ("c3", "Company", "江苏莱科化学有限公司", []),
    ("p1", "Project", "膨润土深加工项目", []),
    ("p2", "Project", "超量子LED智慧节能灯具生产基地", []),
    ("p3", "Project", "绿色甲醇生产基地", []),
    ("p4", "Project", "装配式污水设备生产线", []),
    ("cz", "Person", "崔治", []),
]
LEAD = "锦州在南京举行了“锦州—长三角”招商引资推介会和项目集中签约仪式"
SPEAK = "吴中集团江苏中元控股集团有限公司和江苏莱科化学有限公司负责人代表在锦投资的长三角地区企业家畅谈了"
SIGN = "膨润土深加工项目、超量子LED智慧节能灯具生产基地、绿色甲醇生产基地、装配式污水设备生产线等23个项目成功签约"
RELATIONS = (
    [
        ("jz", "organizes", "ev1", LEAD),
        ("jz", "organizes", "ev2", LEAD),
        ("ev1", "locatedIn", "nj", LEAD),
        ("ev2", "locatedIn", "nj", LEAD),
        ("jjzx", "participatesIn", "ev1", "推介会上,锦州市经合中心就三大发展题材、6个比较优势进行了推介"),
        ("jjzx", "locatedIn", "jz", "锦州市经合中心"),
    ]
    + [(c, "participatesIn", "ev1", SPEAK) for c in ["c1", "c2", "c3"]]
    + [(p, "participatesIn", "ev2", SIGN) for p in ["p1", "p2", "p3", "p4"]]
    + [(p, "locatedIn", "jz", SIGN) for p in ["p1", "p2", "p3", "p4"]]
)
VALUES = [
    ("ev1", "companies", 157, "enterprise", "157家知名企业代表"),
    ("ev1", "attendees", 180, "person", "共计180余人参加会议"),
    ("ev2", "projectCount", 23, "project", "等23个项目成功签约,累计签约额75.7亿元"),
    ("ev2", "signedAmount", 7570000000, "CNY", "等23个项目成功签约,累计签约额75.7亿元"),
]
NOTES = [
    "Source: epaper.lnd.com.cn (辽宁日报 e-paper), 2023-04-25 (近日). The page has no headline in the text; the body is "
    "complete. 本报 (辽宁日报) is not named in the text, so it is no entity and the reporter 崔治 (记者) is a Person "
    "without worksFor (as dev5 y04, dev6 z03).",
    "Places: 锦州 (written 锦州 and 锦州市) → City 锦州市; 南京 → City 南京市 (the fair's venue). 长三角, 长江经济带 are "
    "regions, not divisions. 锦州市9个县(市)区招商局 is a generic group of bureaus: no entity. 在锦 is an abbreviation of "
    "锦州 (no separate mention).",
    "Events: two gatherings, the fair (“锦州—长三角”招商引资推介会, later 推介会/本次推介会) and the signing ceremony held "
    "after it (项目集中签约仪式); 锦州 举行 both → organizes; both in 南京 → locatedIn 南京市.",
    "锦州市经合中心 (the city's economic cooperation centre, a state-run 中心) → GovernmentBody as written, presents at the "
    "fair → participatesIn; locatedIn 锦州市 (the city's body). 锦州市相关负责人 is unnamed.",
    "Firms: 吴中集团江苏中元控股集团有限公司 is read as two firms written without a separator (吴中集团, a group, and "
    "江苏中元控股集团有限公司) - judgement; with 江苏莱科化学有限公司 their heads speak at the fair → participatesIn. "
    "They are firms investing in 锦州 (在锦投资) but no project of theirs is named: no investsIn.",
    "Projects: the four named signed projects → participatesIn the signing ceremony, locatedIn 锦州市 (the city's "
    "investment projects signed at its own fair; judgement, as dev12 t03 places signed projects in the host county).",
    "Values: 157 firms and 180余人 (180) at the fair; 23 signed projects and 75.7亿元 at the ceremony. Not values: "
    "三大发展题材, 6个比较优势, 9个县(市)区 (counts of non-economic items), 2023年首场.",
]
