ENTITIES = [
    ("tj", "Province", "天津市", ["天津"]),
    ("dl", "District", "东丽区", ["东丽"]),
    (
        "ev",
        "Event",
        "天津市东丽区招商引资项目集中签约活动暨招商大使聘任仪式",
        ["2024年招商引资项目集中签约仪式", "签约仪式"],
    ),
    ("qw", "GovernmentBody", "中共东丽区委", ["东丽区委", "区委"]),
    ("qzf", "GovernmentBody", "东丽区人民政府", ["区政府"]),
    ("qwb", "GovernmentBody", "中共东丽区委办公室", ["区委办公室"]),
    ("jd", "Person", "贾堤", []),
    ("lc", "Person", "李春", []),
    ("ch", "Person", "陈晖", []),
    ("yf", "Person", "闫峰", []),
    ("whf", "Person", "王洪府", []),
    ("lx", "Person", "连欣", []),
    ("snxd", "Programme", "“三年行动计划”", ["三年行动计划"]),
    ("jjj", "Programme", "京津冀协同发展战略", []),
    ("qyb", "Institution", "中国企业报", []),
    ("xjp", "Person", "习近平", []),
]
EV = "天津市东丽区招商引资项目集中签约活动暨招商大使聘任仪式举行"
ROSTER = (
    "东丽区委书记贾堤出席并作总结发言,区委副书记、区政府党组书记、区长李春出席并讲话,区委副书记陈晖,区委常委、副区长闫峰,"
    "区委常委、区委办公室主任王洪府出席,副区长连欣主持签约仪式"
)
RELATIONS = (
    [
        ("dl", "partOf", "tj", EV),
        ("dl", "organizes", "ev", "天津东丽区举行2024年招商引资项目集中签约仪式"),
        ("ev", "locatedIn", "dl", "天津东丽区举行2024年招商引资项目集中签约仪式"),
        ("qw", "locatedIn", "dl", "东丽区委书记贾堤"),
        ("qzf", "locatedIn", "dl", "区委副书记、区政府党组书记、区长李春"),
        ("qwb", "locatedIn", "dl", "区委常委、区委办公室主任王洪府"),
        ("jd", "worksFor", "qw", "东丽区委书记贾堤", {"title": "区委书记"}),
        ("lc", "worksFor", "qw", "区委副书记、区政府党组书记、区长李春", {"title": "区委副书记"}),
        ("lc", "worksFor", "qzf", "区委副书记、区政府党组书记、区长李春", {"title": "区长"}),
        ("ch", "worksFor", "qw", "区委副书记陈晖", {"title": "区委副书记"}),
        ("yf", "worksFor", "qw", "区委常委、副区长闫峰", {"title": "区委常委"}),
        ("yf", "worksFor", "qzf", "区委常委、副区长闫峰", {"title": "副区长"}),
        ("whf", "worksFor", "qw", "区委常委、区委办公室主任王洪府", {"title": "区委常委"}),
        ("whf", "worksFor", "qwb", "区委常委、区委办公室主任王洪府", {"title": "主任"}),
        ("lx", "worksFor", "qzf", "副区长连欣", {"title": "副区长"}),
    ]
    + [(p, "participatesIn", "ev", ROSTER) for p in ["jd", "lc", "ch", "yf", "whf", "lx"]]
    + [
        ("dl", "implements", "snxd", "天津市东丽区持续实施推动创新型经济发展等十项“三年行动计划”"),
    ]
)
VALUES = [
    ("ev", "signedProjectCount", 45, "project", "签约项目45个,协议投资额70.1亿元"),
    ("ev", "signedTotalInvestment", 7010000000, "CNY", "签约项目45个,协议投资额70.1亿元"),
]
NOTES = [
    "Source: zqtjnews.com.cn (中企天津报道), 2024-03-18, credited (中国企业报). Headline kept; the site line, the picture "
    "file name and the footer dropped. The body is complete. 日前 has no date; 今年 = 2024.",
    "Places: 天津 (天津市东丽区, 天津篇章) → Province 天津市 (a municipality); 东丽区 (also 东丽) → District, partOf it.",
    "Event: the signing, labelled with its longest written form 天津市东丽区招商引资项目集中签约活动暨招商大使聘任仪式; the "
    "headline's 2024年招商引资项目集中签约仪式 and the roster's 签约仪式 are aliases. 东丽区举行 → organizes, locatedIn.",
    "Bodies (rule 1): 东丽区委/区委 → 中共东丽区委 (as dev11's 中共蓟州区委); 区政府 (in 李春's post) → 东丽区人民政府; "
    "区委办公室 → 中共东丽区委办公室; each locatedIn 东丽区. 区政府党组书记 is a post inside the government (李春's worksFor "
    "the government carries 区长).",
    "People: the six on the roster attend, speak or preside → participatesIn; worksFor by their posts (区委书记, 区委副书记, "
    "区委常委 → the committee; 区长, 副区长 → the government; 区委办公室主任 → the office, title 主任).",
    "Programmes: the district's ten “三年行动计划” (持续实施) → implements; 京津冀协同发展战略 (a named national strategy; "
    "抢抓…机遇 is no implementation) without relation. Not annotated: the four 年度攻坚行动 (招商引资提效 is one, unnamed "
    "as a whole), “津城”“滨城”双城发展格局 (a spatial layout), 科创绿谷, 都市新区, “四个善作善成”, “三新”“三量”, the 30 "
    "unnamed 招商大使.",
    "Media: 中国企业报 (the credit at the end) → Institution. 习近平 is named (总书记) with no relation (as elsewhere; "
    "added after the first run, which showed it had been overlooked).",
    "Values: 45 projects, 70.1亿元 signed. Not values: the headline's rounded 70亿元, the category counts, 18 projects "
    "over 1亿元, 30 ambassadors.",
]
