ENTITIES = [
    ("hd", "District", "衡东县", ["衡东"]),
    ("hnrb", "Institution", "湖南日报", ["湖南日报·新湖南客户端"]),
    ("chf", "Person", "陈鸿飞", []),
    ("wyx", "Person", "文忆祥", []),
    ("zj", "Person", "周健", []),
    ("wz", "Person", "王峥", []),
    ("tbt", "Person", "谭碧婷", []),
    ("lt", "Person", "李涛", []),
    ("ev", "Event", "“投资促进季”招商引资项目集中签约仪式", []),
    ("c1", "Company", "湖南中核金原新材料有限责任公司", []),
    ("c2", "Company", "中核资源", []),
    ("c3", "Company", "湖南鑫汇能印业", []),
    ("p1", "Project", "共伴生二次资源综合回收项目", []),
    ("p2", "Project", "数字印章生产及推广应用项目", []),
    ("z1", "Zone", "印章产业园", []),
]
EV = "今天上午,衡东县举行“投资促进季”招商引资项目集中签约仪式,19个项目成功签约"
BY = "(记者 陈鸿飞 通讯员 文忆祥 周健 王峥 摄影 谭碧婷)"
P1 = "共伴生二次资源综合回收项目由中核资源投资建设,总投资约1亿元"
P2 = "数字印章生产及推广应用项目由湖南鑫汇能印业投资建设,总投资3000万元"
RELATIONS = [
    ("chf", "worksFor", "hnrb", BY, {"title": "记者"}),
    ("hd", "organizes", "ev", EV),
    ("ev", "locatedIn", "hd", EV),
    ("lt", "worksFor", "c1", "湖南中核金原新材料有限责任公司总经理李涛说", {"title": "总经理"}),
    ("lt", "participatesIn", "ev", "湖南中核金原新材料有限责任公司总经理李涛说,力争更多项目落户衡东"),
    ("c2", "investsIn", "p1", P1, {"amount": {"value": 100000000, "unit": "CNY"}}),
    ("c3", "investsIn", "p2", P2, {"amount": {"value": 30000000, "unit": "CNY"}}),
    ("p1", "participatesIn", "ev", P1),
    ("p2", "participatesIn", "ev", P2),
    ("p1", "locatedIn", "hd", "力争更多项目落户衡东"),
    ("p2", "locatedIn", "z1", "计划在印章产业园创办以手工雕刻、直播电商、玉石雕刻为特色的职业培训中心"),
]
VALUES = [
    ("ev", "date", "2026-01-15", "xsd:date", "湖南日报·新湖南客户端1月15日讯"),
    ("ev", "signedProjectCount", 19, "project", EV),
    ("p1", "investment", 100000000, "CNY", P1),
    ("p1", "annualOutput", 200000000, "CNY", "建成后,预计年产值2亿元"),
    ("p2", "investment", 30000000, "CNY", P2),
]
NOTES = [
    "Source: hunantoday.cn (湖南日报·新湖南客户端), 2026-01-15. The byline line and the body kept, the photo caption "
    "(which repeats the event's name) dropped. The stored copy breaks off in the fourth paragraph (a running total of "
    "the past year): the text ends with the third.",
    "Media: 湖南日报·新湖南客户端 → Institution 湖南日报 (the written form an alias, as dev12). 记者 陈鸿飞 → worksFor; "
    "the 通讯员 (文忆祥, 周健, 王峥) and the photographer 谭碧婷 → Person, no employer stated.",
    "Event: the county's signing, labelled as written; 衡东县 举行 → organizes, locatedIn. The speaker 李涛 (总经理 of "
    "湖南中核金原新材料有限责任公司) → worksFor, participatesIn (speaks at it).",
    "Projects: the two signed projects described (of the 19) → participatesIn; 中核资源 and 湖南鑫汇能印业 (investors "
    "by short name: 由…投资建设) → Company, investsIn with amount. 中核资源 is not the same firm as 中核金原 (the manager "
    "speaks of 中核资源's layout): two nodes. The recovery project lands in the county (力争更多项目落户衡东 — the "
    "firm's words) → locatedIn 衡东县; the seal project's centre is in 印章产业园 → Zone, locatedIn it.",
    "Not annotated: “投资促进季” (written only inside the event's name), the industries (化工新材, 泵业智造 …), the "
    "unnamed 职业培训中心.",
    "Values: the date; 19 projects; the recovery project's 1亿元 and 2亿元 output; the seal project's 3000万元. Not "
    "values: 逾35亿元, 超2亿元, 2000人左右 (approximate totals of all 19), 20亩, the tax figures.",
]
