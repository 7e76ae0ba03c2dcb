ENTITIES = [
    ("lnrb", "Institution", "辽宁日报", ["本报"]),
    ("sjx", "Person", "孙江宇", []),
    ("tld", "Person", "佟利德", []),
    ("ting", "GovernmentBody", "辽宁省工业和信息化厅", ["省工业和信息化厅"]),
    ("yk", "City", "营口市", []),
    ("ykj", "GovernmentBody", "营口市工业和信息化局", ["营口市工信局"]),
    ("list", "Designation", "辽宁省专精特新产品和企业认定名单", ["2020年度辽宁省专精特新产品和企业认定名单"]),
    ("d1", "Designation", "省级专精特新“小巨人”企业", []),
    ("d2", "Designation", "省级专精特新中小企业", []),
    ("d3", "Designation", "省级中小企业专精特新产品", []),
    ("d4", "Designation", "国家级专精特新“小巨人”企业培育库", []),
    ("c1", "Company", "菱镁化工", ["营口市菱镁化工"]),
    ("c2", "Company", "营创三征", []),
    ("c3", "Company", "巨成教学", []),
    ("c4", "Company", "金辰机械", []),
    ("c5", "Company", "中意泰达", []),
    ("c6", "Company", "东盛塑业", []),
    ("c7", "Company", "融达新材料", []),
    ("c8", "Company", "瑞华实业", []),
    ("c9", "Company", "新瑞碳材料", []),
]
L1 = "营口市菱镁化工、营创三征、巨成教学等5户企业被认定为省级专精特新“小巨人”企业"
L2 = "金辰机械、中意泰达、东盛塑业等9户企业被认定为省级专精特新中小企业"
L3 = "融达新材料、瑞华实业、新瑞碳材料等15户企业产品被认定为省级中小企业专精特新产品"
PUB = "省工业和信息化厅公布了2020年度辽宁省专精特新产品和企业认定名单"
RELATIONS = (
    [
        ("tld", "worksFor", "lnrb", "本报记者  佟利德", {"title": "记者"}),
        ("ting", "awards", "list", PUB),
        ("ting", "awards", "d1", PUB + "," + L1),
        ("ting", "awards", "d2", L2),
        ("ting", "awards", "d3", L3),
        ("ykj", "locatedIn", "yk", "营口市工信局加大专精特新企业培育力度"),
    ]
    + [(c, "designatedAs", "d1", L1) for c in ["c1", "c2", "c3"]]
    + [(c, "designatedAs", "d2", L2) for c in ["c4", "c5", "c6"]]
    + [(c, "designatedAs", "d3", L3) for c in ["c7", "c8", "c9"]]
    + [(c, "locatedIn", "yk", L1) for c in ["c1", "c2", "c3"]]
    + [(c, "locatedIn", "yk", L2) for c in ["c4", "c5", "c6"]]
    + [(c, "locatedIn", "yk", L3) for c in ["c7", "c8", "c9"]]
)
VALUES = [
    ("d1", "holderCount", 5, "enterprise", "巨成教学等5户企业"),
    ("d2", "holderCount", 9, "enterprise", "东盛塑业等9户企业"),
    ("d3", "holderCount", 15, "enterprise", "新瑞碳材料等15户企业产品"),
]
NOTES = [
    "Source: 辽宁日报 e-paper (epaper.lnd.com.cn) 2020-11-19, page 'content_93125'. Kept: headline, the paper/date line "
    "(names the paper behind 本报) and the byline line (孙江宇  本报记者  佟利德, double spaces as stored). The body is "
    "complete; nothing was dropped. 近日 (the list's publication) is shortly before 2020-11-19; no exact date is recorded.",
    "省工业和信息化厅 resolves to 辽宁省工业和信息化厅 (a Liaoning paper; rule 1), label not written. 辽宁省 occurs only "
    "inside the list's name (2020年度辽宁省…认定名单) and 辽宁日报, so no Province (rule 5); 省级 is an adjective. "
    "营口市 is named on its own (营口市始终把…); 营口市工信局 → 营口市工业和信息化局 (formal name; written form alias), "
    "locatedIn 营口市.",
    "Designations: the published list (awarded by the department: 公布…名单) and the three titles it confers (省级专精特新"
    "“小巨人”企业, 省级专精特新中小企业, 省级中小企业专精特新产品), each awarded by the department (认定). Every named "
    "company designatedAs its title; designatedAs to the list itself is not added (the list is the vehicle of the three "
    "titles, and the titles carry the holders; v05 in tests/dev8 merges a one-title list into its title). The third title is given to the firms' products; it is attached to "
    "the firms as the only named holders (as ../shared/dev d03 attaches a case to its company). 国家级专精特新“小巨人”企业"
    "培育库 is a named national pool that firms are to apply for (future; no holder, no awarding body named) → entity with "
    "no relation. 专精特新企业培育库 that 营口市 builds is a generic local pool, not annotated.",
    "Companies: written by short names only (菱镁化工, 营创三征, 巨成教学, 金辰机械, 中意泰达, 东盛塑业, 融达新材料, 瑞华实业, "
    "新瑞碳材料). 营口市菱镁化工 is read as 营口市's firm 菱镁化工 (the list opens with the city, as the later items show), "
    "so the label is the short name and the written form with the city an alias. All nine are read as 营口 firms (the "
    "article is about the city's results: 营口市…等5户企业, and the counts are the city's) → locatedIn 营口市; for the "
    "second and third groups the city is carried over from the first item (judgement call).",
    "People: 佟利德 本报记者 → worksFor 辽宁日报; 孙江宇 (byline without a title, probably a correspondent) has no relation.",
    "Not annotated: 专精特新中小企业培育工作, 专精特新各项扶持政策, 省级专精特新三大专项培育标准 (generic policy wording, no "
    "named programme); “火车头” (metaphor).",
]
