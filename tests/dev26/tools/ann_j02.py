LEAD = "4月25日,沈抚改革创新示范区举行重点招商引资企业座谈会暨项目集中签约仪式"
SIGNED = "格林免疫产业基地及中央研究院项目等10个项目完成签约,项目计划投资总额78.5亿元"
P1 = "格林免疫产业基地及中央研究院项目总投资20亿元"
P2 = "国家能源集团国电电力源网荷储一体化+多能互补产业配套项目总投资约25亿元"
PROG = "为沈抚示范区全面振兴新突破三年行动注入强大动能"
GT = "副省长、沈抚示范区党工委书记高涛出席活动并讲话"
BY = "本报讯 记者董翰博报道"
ENTITIES = [
    ("sf", "Zone", "沈抚改革创新示范区", ["沈抚示范区"]),
    ("gwh", "GovernmentBody", "中共沈抚改革创新示范区工作委员会", ["沈抚示范区党工委"]),
    ("lnrb", "Institution", "辽宁日报", ["本报"]),
    ("ev", "Event", "重点招商引资企业座谈会暨项目集中签约仪式", ["座谈会"]),
    ("p1", "Project", "格林免疫产业基地及中央研究院项目", []),
    ("p2", "Project", "国家能源集团国电电力源网荷储一体化+多能互补产业配套项目", []),
    ("gnjt", "Company", "国家能源集团", []),
    ("gddl", "Company", "国电电力", []),
    ("prog", "Programme", "全面振兴新突破三年行动", []),
    ("gt", "Person", "高涛", []),
    ("dhb", "Person", "董翰博", []),
]
RELATIONS = [
    ("ev", "locatedIn", "sf", LEAD),
    ("p1", "participatesIn", "ev", SIGNED),
    ("p2", "participatesIn", "ev", "沈抚示范区此次签约的10个项目"),
    ("p1", "locatedIn", "sf", "沈抚示范区此次签约的10个项目"),
    ("p2", "locatedIn", "sf", "沈抚示范区此次签约的10个项目"),
    ("gddl", "operates", "p2", P2),
    ("gt", "worksFor", "gwh", GT, {"title": "书记"}),
    ("gt", "participatesIn", "ev", GT),
    ("gwh", "locatedIn", "sf", GT),
    ("dhb", "worksFor", "lnrb", BY, {"title": "记者"}),
]
VALUES = [
    ("ev", "date", "2023-04-25", "xsd:date", LEAD),
    ("ev", "signedProjectCount", 10, "project", SIGNED),
    ("ev", "signedTotalInvestment", 7850000000, "CNY", SIGNED),
    ("p1", "totalInvestment", 2000000000, "CNY", P1),
    ("p2", "totalInvestment", 2500000000, "CNY", P2),
]
NOTES = [
    "Source: epaper.lnd.com.cn (辽宁日报 e-paper), 2023-04-26; the headline and the paper's name-and-date line kept, the "
    "page chrome dropped; the body is complete.",
    "Places: 沈抚改革创新示范区 (沈抚示范区) → Zone (a demonstration zone, not an administrative unit); 沈抚 names no "
    "division. 副省长 writes no province: no Province, and no worksFor for the post (rule 2).",
    "Bodies: 沈抚示范区党工委 (in 高涛's post) → the zone's party working committee (its expansion the label), locatedIn the "
    "zone; 高涛 its 书记 → worksFor; he attends and speaks → participatesIn.",
    "Event: 重点招商引资企业座谈会暨项目集中签约仪式 (座谈会上 refers to it), held by the zone → locatedIn the zone; the zone "
    "itself is outside organizes' domain (rule 7), so no organizes. Date 2023-04-25.",
    "Projects: the two named of the ten signed; 格林免疫产业基地及中央研究院项目 is named as signed (…项目等10个项目完成签约) "
    "→ participatesIn, the second is one of the ten (此次签约的10个项目…其中) → participatesIn; both locatedIn the zone (此次签约的10个项目, the zone's). The second names its owner: 国家能源集团 "
    "(the group) and 国电电力 (its listed power company) → Company each; 国电电力 operates the project (a firm's name "
    "before its project, as the seeds' 安琪酵母). 格林免疫 is not said to be a firm: no Company.",
    "Programme: 全面振兴新突破三年行动 (Liaoning's campaign; the zone is outside participatesIn's domain, no relation).",
    "Byline: 本报 is 辽宁日报 (the name line) → Institution, 记者董翰博 worksFor it.",
    "Values: the signing's 10 projects and 78.5亿元 (on the event), each project's 总投资. Not annotated: 源网荷储一体化, "
    "过敏原诊断和治疗制剂中心 and 绿色低碳示范园区 (aims).",
]
