ENTITIES = [
    ("cq", "Province", "重庆市", ["重庆", "我市"]),
    ("cqrb", "Institution", "重庆日报", []),
    ("yj", "Person", "杨骏", []),
    ("zsj", "GovernmentBody", "重庆市招商投资局", ["市招商投资局"]),
    ("szf", "GovernmentBody", "重庆市人民政府", ["重庆市政府"]),
    ("ev", "Event", "一季度招商引资重点项目“云签约”活动", []),
    ("p1", "Project", "长安青山智能传动产业园", []),
    ("p2", "Project", "浪潮集团西部运营总部", []),
    ("p3", "Project", "盛泰智慧光电城", []),
    ("p4", "Project", "中科国机装备产研基地", []),
    ("yzs", "Programme", "“云招商”", []),
]
EV = "3月10日,重庆举行了一季度招商引资重点项目“云签约”活动"
LIST = "本次签约项目包括长安青山智能传动产业园、浪潮集团西部运营总部、盛泰智慧光电城、中科国机装备产研基地等"
RELATIONS = (
    [
        ("yj", "worksFor", "cqrb", "重庆日报讯(记者 杨骏)", {"title": "记者"}),
        ("zsj", "locatedIn", "cq", "重庆日报记者从市招商投资局获悉"),
        ("szf", "locatedIn", "cq", "重庆市政府相关负责人表示"),
        ("cq", "organizes", "ev", EV),
        ("ev", "locatedIn", "cq", EV),
        ("cq", "implements", "yzs", "全面实施“云招商”"),
    ]
    + [(p, "participatesIn", "ev", LIST) for p in ["p1", "p2", "p3", "p4"]]
    + [(p, "locatedIn", "cq", LIST) for p in ["p1", "p2", "p3", "p4"]]
)
VALUES = [
    ("ev", "projectCount", 85, "project", "85个重点项目通过“屏对屏”的方式"),
    ("ev", "totalInvestment", 65040000000, "CNY", "总投资达650.4亿元"),
]
NOTES = [
    "Source: finance.cqnews.net (重庆日报), 2020-03-11; the signing on 3月10日. Headline and subhead kept; the body is "
    "complete.",
    "Byline: 重庆日报讯(记者 杨骏) → 杨骏 worksFor 重庆日报 (Institution).",
    "Places: 重庆 is a municipality at province level → Province 重庆市 (as dev11), written 重庆, and 我市 in a quote.",
    "Bodies: 市招商投资局 → 重庆市招商投资局 (rule 1); 重庆市政府 → 重庆市人民政府; both locatedIn 重庆市.",
    "Event: the first-quarter cloud signing, labelled with the longest form written (一季度招商引资重点项目“云签约”活动); "
    "重庆 举行 it → organizes, locatedIn. The four named projects are signed at it → participatesIn, and 落户重庆 → "
    "locatedIn. 浪潮集团 and 长安 occur only inside project names.",
    "Programme: “云招商”, the city's named practice (全面实施) → implements. “屏对屏”, “面对面”, “线连线”, “不断线”, "
    "“不打烊” are slogans; the ~20 earlier “云签约” sessions are not one named event.",
    "Values: 85 projects and 650.4亿元 at this signing. Not values: 近20场, 200余个, 近2000亿元 (approximate running "
    "totals).",
]
