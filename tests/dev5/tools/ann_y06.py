ENTITIES = [
    ("hn", "Province", "河南省", ["全省"]),
    ("ny", "City", "南阳市", []),
    ("tb", "District", "桐柏县", ["全县", "该县"]),
    ("yh", "Town", "月河镇", []),
    ("bj", "Town", "埠江镇", []),
    ("mj", "Town", "毛集镇", []),
    ("sgyp", "Programme", "“三个一批”活动", ["河南省第二期“三个一批”活动", "全省“三个一批”活动", "三个一批"]),
    ("vc", "Event", "全省“三个一批”活动视频会议", ["视频会议"]),
    ("ev", "Event", "第四季度重点项目集中开工仪式", []),
    ("p1", "Project", "桐柏县年产100万吨工业盐项目", []),
    ("p2", "Project", "桐柏县食用菌菌种生产、栽培及加工综合建设项目", []),
    ("p3", "Project", "桐柏县年处理20万吨粉煤灰综合利用项目", []),
    ("p4", "Project", "桐柏县年产300万颗电子变压器制造项目", []),
    ("xw", "GovernmentBody", "中共桐柏县委", ["县委"]),
    ("xzf", "GovernmentBody", "桐柏县人民政府", ["县政府"]),
    ("jsx", "Person", "贾松啸", []),
    ("djk", "Person", "党建凯", []),
    ("zone", "Zone", "桐柏县产业集聚区", ["产业集聚区"]),
    ("zcy", "Company", "南阳市智创源科技有限公司", []),
    ("pz", "Project", "南阳市智创源科技有限公司电子产业园研发生产建设项目", ["电子产业园研发生产建设项目"]),
]
SIGN = "在南阳市主会场进行了集中签约"
RELATIONS = [
    ("tb", "partOf", "ny", "南阳市桐柏县"),
    ("ny", "partOf", "hn", "河南省第二期“三个一批”活动在各市县举行,南阳市桐柏县"),
    ("yh", "partOf", "tb", "桐柏县年产100万吨工业盐项目(月河镇)"),
    ("bj", "partOf", "tb", "桐柏县食用菌菌种生产、栽培及加工综合建设项目(埠江镇)"),
    ("mj", "partOf", "tb", "桐柏县年处理20万吨粉煤灰综合利用项目(毛集镇)"),
    ("hn", "implements", "sgyp", "河南省第二期“三个一批”活动在各市县举行"),
    ("tb", "participatesIn", "sgyp", "南阳市桐柏县与全省同步举行系列活动"),
    ("tb", "participatesIn", "vc", "在收听收看全省“三个一批”活动视频会议后"),
    ("p1", "locatedIn", "yh", "桐柏县年产100万吨工业盐项目(月河镇)"),
    ("p2", "locatedIn", "bj", "桐柏县食用菌菌种生产、栽培及加工综合建设项目(埠江镇)"),
    ("p3", "locatedIn", "mj", "桐柏县年处理20万吨粉煤灰综合利用项目(毛集镇)"),
    ("p4", "locatedIn", "yh", "桐柏县年产300万颗电子变压器制造项目(月河镇)"),
    ("xw", "locatedIn", "tb", "桐柏县委书记贾松啸"),
    ("xzf", "locatedIn", "tb", "县委副书记、县政府县长党建凯"),
    ("jsx", "worksFor", "xw", "桐柏县委书记贾松啸", {"title": "县委书记"}),
    ("djk", "worksFor", "xw", "县委副书记、县政府县长党建凯", {"title": "县委副书记"}),
    ("djk", "worksFor", "xzf", "县委副书记、县政府县长党建凯", {"title": "县长"}),
    ("zone", "locatedIn", "tb", "位于该县产业集聚区"),
    ("zcy", "operates", "pz", "南阳市智创源科技有限公司电子产业园研发生产建设项目"),
    ("pz", "locatedIn", "zone", "位于该县产业集聚区的南阳市智创源科技有限公司电子产业园研发生产建设项目"),
    ("tb", "organizes", "ev", "桐柏县举行了第四季度重点项目集中开工仪式"),
    ("ev", "locatedIn", "tb", "桐柏县举行了第四季度重点项目集中开工仪式"),
] + [(p, "participatesIn", "sgyp", SIGN) for p in ["p1", "p2", "p3", "p4"]]
VALUES = [
    ("tb", "signedTotalInvestment", 1530000000, "CNY", "合同引资额15.3亿元"),
    ("p1", "annualCapacity", 1000000, "t", "桐柏县年产100万吨工业盐项目"),
    ("p3", "annualCapacity", 200000, "t", "桐柏县年处理20万吨粉煤灰综合利用项目"),
    ("p4", "annualCapacity", 3000000, "unit", "桐柏县年产300万颗电子变压器制造项目"),
    ("ev", "projectCount", 15, "project", "此次集中开工项目15个"),
    ("ev", "totalInvestment", 6194000000, "CNY", "总投资61.94亿元"),
    ("ev", "annualPlannedInvestment", 1750000000, "CNY", "年度计划投资17.5亿元"),
    ("ev", "industrialProjectCount", 6, "project", "其中主导产业项目6个,总投资53.5亿元"),
    ("ev", "industrialTotalInvestment", 5350000000, "CNY", "其中主导产业项目6个,总投资53.5亿元"),
]
NOTES = [
    "Source: zgzzs.com.cn (a repost; byline 刘振伟 李彦 and 责任编辑 line dropped in cleaning). The page gives no "
    "year (10月8日 only), so no date is recorded.",
    "Places: 河南省 (alias 全省) ⊃ 南阳市 ⊃ 桐柏县 ⊃ 月河镇, 埠江镇, 毛集镇, all named; partOf by the division list. "
    "该县产业集聚区 resolves to 桐柏县产业集聚区 (Zone; label not written).",
    "“三个一批”活动 (签约一批、开工一批、投产一批) is typed Programme (a province-wide campaign run in rounds, 第二期); "
    "河南省 implements it (河南省…活动在各市县举行), 桐柏县 takes part (与全省同步举行系列活动 → participatesIn), "
    "and the four signed projects participatesIn it (signed at the 南阳市主会场 of the round; the venue is not "
    "named as an event). The 视频会议 is an Event 桐柏县 took part in by watching (收听收看).",
    "The four signed projects are located in the towns written after them (rule 6: most specific place).",
    "The county's own 第四季度重点项目集中开工仪式 is organised by and located in 桐柏县 (桐柏县举行了…). The 15 "
    "started projects are not named. 贾松啸 and 党建凯 visit the 智创源 project (观摩) before the ceremony; the text "
    "does not say they attended it, so no participatesIn.",
    "南阳市智创源科技有限公司 operates the project its name prefixes (…电子产业园研发生产建设项目, 投产 at the visit); "
    "the project is located in the 产业集聚区. 南阳市 inside the firm name is also named on its own elsewhere.",
    "Bodies: 县委 (县委书记, 县委副书记) → 中共桐柏县委; 县政府 → 桐柏县人民政府 (rule 1). 县四大班子领导 gives no "
    "worksFor.",
]
