LEAD = "3月11日,广东省肇庆市委书记、市疫情防控指挥部总指挥范中杰,市长、市疫情防控指挥部常务副总指挥吕玉印率市四套班子有关领导前往高要区"
PHOTO = "(肇庆市高要区委宣传部提供)"
FIRMS = "范中杰、吕玉印先后来到位于高要区金利镇的正大电气照明有限公司、广东鸿图科技园、广东嘉利车灯有限公司以及广东信基创新科技园"
MEET = "随后,范中杰主持召开座谈会研究高要区经济社会发展工作,听取高要区工作情况汇报"
TITLES = "高要区金利镇毗邻广佛,是全国重点镇、中国建筑五金精品生产(采购)名镇、广东省中心镇、广东省五金产业集群升级示范区、广东省深化和扩大经济发达镇行政体制管理改革试点镇"
LYY = "吕玉印则提到,要做好上下游产业链招商引资"
ENTITIES = [
    ("gd", "Province", "广东省", []),
    ("zq", "City", "肇庆市", []),
    ("gy", "District", "高要区", []),
    ("jl", "Town", "金利镇", ["金利"]),
    ("sw", "GovernmentBody", "中共肇庆市委", ["肇庆市委"]),
    ("zhb", "GovernmentBody", "肇庆市疫情防控指挥部", ["市疫情防控指挥部"]),
    ("xcb", "GovernmentBody", "中共肇庆市高要区委宣传部", ["肇庆市高要区委宣传部"]),
    ("fzj", "Person", "范中杰", []),
    ("lyy", "Person", "吕玉印", []),
    ("c1", "Company", "正大电气照明有限公司", []),
    ("c2", "Company", "广东嘉利车灯有限公司", []),
    ("z1", "Zone", "广东鸿图科技园", []),
    ("z2", "Zone", "广东信基创新科技园", []),
    ("ev", "Event", "座谈会", []),
    ("d1", "Designation", "全国重点镇", []),
    ("d2", "Designation", "中国建筑五金精品生产(采购)名镇", []),
    ("d3", "Designation", "广东省中心镇", []),
    ("d4", "Designation", "广东省五金产业集群升级示范区", []),
    ("d5", "Designation", "广东省深化和扩大经济发达镇行政体制管理改革试点镇", []),
]
RELATIONS = [
    ("zq", "partOf", "gd", LEAD),
    ("gy", "partOf", "zq", LEAD),
    ("jl", "partOf", "gy", FIRMS),
    ("fzj", "worksFor", "sw", LEAD, {"title": "书记"}),
    ("fzj", "worksFor", "zhb", LEAD, {"title": "总指挥"}),
    ("lyy", "worksFor", "zhb", LEAD, {"title": "常务副总指挥"}),
    ("sw", "locatedIn", "zq", LEAD),
    ("zhb", "locatedIn", "zq", LEAD),
    ("xcb", "locatedIn", "gy", PHOTO),
    ("c1", "locatedIn", "jl", FIRMS),
    ("c2", "locatedIn", "jl", FIRMS),
    ("z1", "locatedIn", "jl", FIRMS),
    ("z2", "locatedIn", "jl", FIRMS),
    ("fzj", "participatesIn", "ev", MEET),
    ("lyy", "participatesIn", "ev", LYY),
    ("jl", "designatedAs", "d1", TITLES),
    ("jl", "designatedAs", "d2", TITLES),
    ("jl", "designatedAs", "d3", TITLES),
    ("jl", "designatedAs", "d4", TITLES),
    ("jl", "designatedAs", "d5", TITLES),
]
VALUES = []
NOTES = [
    "Source: jcmh88.com (a repost of a 肇庆 report), no date on the stored copy; 3月11日 has no year written (the "
    "epidemic context suggests 2020, not a written year): no date value. No headline; the photo caption line is kept "
    "as published (it names a body); the body is complete.",
    "Places: 广东省 (written on its own before 肇庆市委) → Province; 肇庆市 (肇庆市新经济增长极) → City partOf it; 高要区 → "
    "District partOf 肇庆市; 金利镇 (金利) → Town partOf 高要区. 广佛 (广州-佛山, a pair's short form) is not annotated.",
    "Bodies: 肇庆市委书记 → 中共肇庆市委 (worksFor 书记); 市疫情防控指挥部 → 肇庆市疫情防控指挥部 (a state command body): "
    "范中杰 总指挥, 吕玉印 常务副总指挥 → worksFor. 市长: 市政府 is not written, no body (rule 2). The caption's "
    "肇庆市高要区委宣传部 → 中共肇庆市高要区委宣传部 (locatedIn 高要区); the 区委 is written only inside the department's "
    "name: no entity of its own. 市四套班子 (generic) not annotated.",
    "Firms and parks visited in 金利镇: 正大电气照明有限公司, 广东嘉利车灯有限公司 → Company; 广东鸿图科技园, "
    "广东信基创新科技园 → Zone (科技园, parks) — all locatedIn 金利镇. 广东 occurs in their names as well (the Province "
    "is written on its own elsewhere).",
    "Event: the forum 座谈会 (rule 3): 范中杰 presides (主持召开) → participatesIn; 吕玉印 speaks at it (则提到, following "
    "在会上) → participatesIn. No place is stated for the forum. The inspection (调研检查) is a verb, no Event.",
    "Designations: the town's five titles (全国重点镇 … 改革试点镇) → 金利镇 designatedAs each; no awarding body written.",
    "Not annotated: “双区”, “双城联动” (slogans), 省级高新技术产业开发区 (a goal, generic), 千亿级制造业大镇 (an aim). No "
    "values (no money, no count).",
]
