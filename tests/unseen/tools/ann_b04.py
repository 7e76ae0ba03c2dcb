ENTITIES = [
    ("tpw", "Zone", "大连太平湾合作创新区", []),
    ("ev1", "Event", "2023年重大项目签约暨开工及重大项目劳动竞赛启动仪式", []),
    ("ev2", "Event", "大连太平湾合作创新区重大项目签约暨新能源产业园项目入园仪式", []),
    (
        "ev3",
        "Event",
        "大连太平湾重大项目开工及劳动竞赛启动暨辽宁华电大连太平湾供热项目开工仪式",
        ["开工仪式"],
    ),
    ("park", "Zone", "新能源(氢能)产业园", ["新能源产业园"]),
    ("p0", "Project", "氢能整车项目", []),
    ("p1", "Project", "辽宁华电大连太平湾供热项目", ["太平湾供热项目"]),
    ("p2", "Project", "太平湾综合供气站项目", []),
    ("p3", "Project", "太平湾新能源(氢能)产业园基础设施配套二期一标段", []),
    ("p4", "Project", "太平湾新能源(氢能)产业园基础设施配套二期二标段", ["二标段"]),
]
D = {"date": "2023-06-21"}
EV1 = "大连太平湾合作创新区举行2023年重大项目签约暨开工及重大项目劳动竞赛启动仪式"
EV2 = "大连太平湾合作创新区重大项目签约暨新能源产业园项目入园仪式在新能源(氢能)产业园氢能整车项目所在地举行"
EV3 = "大连太平湾重大项目开工及劳动竞赛启动暨辽宁华电大连太平湾供热项目开工仪式在项目所在地举办"
START = "本次集中开工包含太平湾供热项目、太平湾综合供气站项目、太平湾新能源(氢能)产业园基础设施配套二期一标段、二标段等6个项目"
RELATIONS = [
    ("ev1", "locatedIn", "tpw", EV1),
    ("ev2", "locatedIn", "park", EV2),
    ("ev3", "locatedIn", "tpw", EV3),
    ("park", "locatedIn", "tpw", "太平湾新能源(氢能)产业园基础设施配套二期一标段"),
    ("p0", "locatedIn", "park", EV2),
    ("p1", "participatesIn", "ev3", EV3, D),
    ("p1", "locatedIn", "tpw", "辽宁华电大连太平湾供热项目"),
    ("p2", "participatesIn", "ev3", START, D),
    ("p2", "locatedIn", "tpw", START),
    ("p3", "participatesIn", "ev3", START, D),
    ("p3", "locatedIn", "park", START),
    ("p4", "participatesIn", "ev3", START, D),
    ("p4", "locatedIn", "park", START),
]
VALUES = [
    ("ev1", "date", "2023-06-21", "xsd:date", "6月21日,大连太平湾合作创新区举行"),
    (
        "ev2",
        "date",
        "2023-06-21",
        "xsd:date",
        "当天,大连太平湾合作创新区重大项目签约暨新能源产业园项目入园仪式",
    ),
    ("ev3", "date", "2023-06-21", "xsd:date", "当天,大连太平湾合作创新区重大项目签约"),
    ("ev2", "signedProjectCount", 9, "project", "本次签约项目9个"),
    ("ev2", "signedTotalInvestment", 10000000000, "CNY", "总投资额度约100亿元"),
    ("ev3", "startedProjectCount", 6, "project", "二标段等6个项目"),
    ("ev3", "startedTotalInvestment", 1765000000, "CNY", "工程总投资约为17.65亿元"),
    ("ev3", "subVenueCount", 3, "venue", "3个项目分会场同步举办开工仪式"),
]
NOTES = [
    "Source: 中国日报 Liaoning channel (ln.chinadaily.com.cn) 2023-06-23. The stored page has only the body (no headline, "
    "no byline); nothing was dropped. 6月21日 is 2023-06-21; 当天 dates the two sub-ceremonies the same day.",
    "Places: 大连, 辽宁 and 太平湾 occur only inside names (the zone's, the ceremonies', the projects'), so no City or "
    "Province (rule 5). 大连太平湾合作创新区 is a Zone.",
    "Events: the overall ceremony the zone holds (举行…仪式; label as written without the zone's name, which is its "
    "subject) and the two named ceremonies of the same day: the signing and park-entry ceremony, held at the site of the "
    "氢能整车项目 in the 新能源(氢能)产业园 (→ locatedIn the park), and the start/labour-competition ceremony named after "
    "the heating project, held at that project's site (a project is not a place, so → locatedIn the zone). The zone is "
    "the subject of 举行, but a Zone is outside the domain organizes takes by rule 7 (organisations, provinces, cities, "
    "districts): no organizes, noted here. The 3 个项目分会场 are venues, not Events.",
    "新能源(氢能)产业园 (alias 新能源产业园, written in the second ceremony's name) is a Zone inside the zone (locatedIn, "
    "Zone→Zone as earlier gold), from the infrastructure project's name 太平湾新能源(氢能)产业园….",
    "Projects: 氢能整车项目 (its site hosts the signing; locatedIn the park); the heating project 辽宁华电大连太平湾供热项目 "
    "(alias 太平湾供热项目 as in the list), 太平湾综合供气站项目 and the two tender sections 太平湾新能源(氢能)产业园基础设施"
    "配套二期一标段 / 二标段 (the second written only as 二标段; its label is completed from the first, not written) started "
    "at the start ceremony (本次集中开工包含…) → participatesIn it, each located in the zone or the park its name gives. "
    "辽宁华电 (a power firm) occurs only at the head of the project's and ceremony's names without a registered suffix: no "
    "Company. The nine signed projects and the other two started projects are unnamed (values only).",
    "Not annotated: 重大项目劳动竞赛 (a labour-competition campaign written only inside the ceremonies' names and as 劳动"
    "竞赛号召), 央地合作 (generic), the sectors (粮油加工, 新能源, 临港冷链, 大数据园区, 基础设施建设).",
]
