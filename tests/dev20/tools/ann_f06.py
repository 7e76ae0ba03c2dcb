ENTITIES = [
    ("dz", "City", "达州市", ["全市"]),
    ("sc", "Province", "四川省", ["全省"]),
    ("kj", "District", "开江县", ["开江", "我县"]),
    ("jhj", "GovernmentBody", "达州市经济合作和外事局", ["市经济合作和外事局"]),
    ("wf", "Person", "王飞", []),
    ("rk", "Person", "任珂", []),
    ("xw", "GovernmentBody", "中共开江县委", ["县委"]),
    ("tzb", "GovernmentBody", "中共开江县委统战部", ["县委统战部"]),
    ("tc", "GovernmentBody", "开江县投资促进服务中心", ["县投促服务中心"]),
    ("ev", "Event", "相关部门座谈会", ["座谈会"]),
    ("p1", "Project", "开江县机电产业园项目", []),
    ("p2", "Project", "9万平米标准化厂房", []),
    ("c1", "Company", "庆丰机械厂", []),
    ("c2", "Company", "胜发电子", []),
    ("c3", "Company", "淇韵电子", []),
    ("c4", "Company", "莉丰电缆", []),
]
VISIT = (
    "调研组一行先后调研了开江县机电产业园项目、庆丰机械厂、胜发电子、淇韵电子、9万平米标准化厂房、莉丰电缆等"
)
MEET = "在县委统战部会议室召开了相关部门座谈会,县投促服务中心汇报了我县2019年上半年招商引资工作开展情况"
RELATIONS = [
    ("kj", "partOf", "dz", "6月19日,达州市经济合作和外事局局长王飞一行来开江调研投资促进工作"),
    ("dz", "partOf", "sc", "当前,全市正处在争创全省经济副中心的重要阶段"),
    ("wf", "worksFor", "jhj", "达州市经济合作和外事局局长王飞", {"title": "局长"}),
    ("jhj", "locatedIn", "dz", "达州市经济合作和外事局"),
    ("rk", "worksFor", "xw", "县委常委、统战部长任珂", {"title": "常委"}),
    ("rk", "worksFor", "tzb", "县委常委、统战部长任珂", {"title": "统战部长"}),
    ("tzb", "partOf", "xw", "县委统战部会议室"),
    ("xw", "locatedIn", "kj", "县委常委、统战部长任珂陪同调研"),
    ("tc", "locatedIn", "kj", MEET),
    ("tc", "participatesIn", "ev", MEET),
    ("wf", "participatesIn", "ev", "最后,王飞强调"),
    ("p1", "locatedIn", "kj", VISIT),
    ("p2", "locatedIn", "kj", VISIT),
] + [(c, "locatedIn", "kj", VISIT) for c in ["c1", "c2", "c3", "c4"]]
VALUES = [
    (
        "ev",
        "date",
        "2019-06-19",
        "xsd:date",
        "6月19日,达州市经济合作和外事局局长王飞一行来开江调研投资促进工作",
    ),
]
NOTES = [
    "Source: www.kaijiang.gov.cn (开江县 government site); the visit on 6月19日 of 2019 (the text's 2019年上半年 "
    "report). Headline kept, the 上一篇 link dropped; the body is complete.",
    "Places: 开江县 (开江, 我县) → District partOf 达州市 (division list); 全市 in the city official's speech is 达州市 "
    "and 全省 is 四川省 (no other form written; as dev 浙江省 from 全省) → Province; 达州市 partOf 四川省.",
    "Bodies: 达州市经济合作和外事局 (市经济合作和外事局 in the headline) → 局长王飞 worksFor. 县委 (in 县委常委, 县委统战部) "
    "→ 中共开江县委 and its 统战部 (written 县委统战部) partOf it; 任珂 县委常委、统战部长 → two worksFor. 县投促服务中心 "
    "→ 开江县投资促进服务中心 (state-run centre → GovernmentBody). The inspection visit itself is not an Event (as "
    "dev d02); the 座谈会 held after it is (rule 3): 县投促服务中心 reports at it and 王飞 speaks (最后…强调) → "
    "participatesIn. 任珂 accompanies the visit: not stated for the meeting, left out.",
    "Projects and firms visited in 开江: 开江县机电产业园项目 and 9万平米标准化厂房 (a built work with its size) → "
    "Project; 庆丰机械厂 (厂), 胜发电子, 淇韵电子, 莉丰电缆 (firms by short name) → Company; all locatedIn 开江县 "
    "(visited on the county visit).",
    "Not annotated: 调研组 (an unnamed group), “6+3”产业, 三类500强企业, 全省经济副中心 (a goal), the speech's slogans.",
    "Values: the date on the meeting. No money or counts besides 9万平米 inside a name.",
]
