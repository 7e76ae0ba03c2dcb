ENTITIES = [
    ("jkq", "Zone", "经开区", ["我区"]),
    ("dgw", "GovernmentBody", "经开区党工委", ["区党工委"]),
    ("swj", "GovernmentBody", "经开区商务局", ["商务局"]),
    ("sh", "Province", "上海市", ["上海"]),
    ("c1", "Company", "中国电建集团上海能源装备有限公司", []),
    ("c2", "Company", "天虹集团", []),
    ("c3", "Company", "康平纳集团", []),
    ("c4", "Company", "白鹭化纤集团", []),
    ("c5", "Company", "东源公司", []),
    ("expo", "Event", "2020中国国际纺织面料及辅料(秋冬)博览会", []),
    ("lsj", "Person", "刘思江", []),
]
RELATIONS = [
    ("dgw", "locatedIn", "jkq", "经开区党工委书记刘思江"),
    ("swj", "locatedIn", "jkq", "商务局、东源公司负责人参加考察"),
    ("lsj", "worksFor", "dgw", "经开区党工委书记刘思江", {"title": "党工委书记"}),
    (
        "lsj",
        "participatesIn",
        "expo",
        "还与白鹭化纤集团高管层共同参加2020中国国际纺织面料及辅料(秋冬)博览会并做区情推介",
    ),
    (
        "c4",
        "participatesIn",
        "expo",
        "还与白鹭化纤集团高管层共同参加2020中国国际纺织面料及辅料(秋冬)博览会",
    ),
    ("expo", "locatedIn", "sh", "区党工委书记刘思江带队赴上海开展密集招商拜访活动"),
]
VALUES = []
NOTES = [
    "Source: the 新乡经济技术开发区 (河南) site, 政务要闻, dated 2020-09-27 (来源:区商务局). Dropped: the breadcrumb, "
    "the 时间/来源 line and 分享到. The text never writes 新乡, so the zone is labelled as written, 经开区 (alias 我区).",
    "经开区党工委 (区党工委) and the zone's 商务局 (rule 1: the zone's own bureau) are GovernmentBodies locatedIn the "
    "zone; 刘思江 worksFor the 党工委 (党工委书记).",
    "The visit to 上海 (a municipality → Province, alias 上海) is a tour, not an Event (as tests/dev7 w03); the firms "
    "visited (拜访) get no relation. The 2020 textile fair in 上海 is an Event (locatedIn 上海市, the city of the "
    "trip); 刘思江 and the 白鹭化纤集团 team attend it (共同参加) → participatesIn. 东源公司 (a company whose head joins "
    "the tour) has no relation; nor has the 商务局 (参加考察 is the tour).",
]
