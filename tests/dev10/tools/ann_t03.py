ENTITIES = [
    ("xy", "District", "岫岩县", ["岫岩"]),
    (
        "ev",
        "Event",
        "“共享机遇•共谋发展•共赢未来”招商引资项目集中签约仪式",
        ["招商引资项目集中签约仪式"],
    ),
    ("p1", "Project", "新疆国融储能调频电站", []),
    ("p2", "Project", "浙江商会大洋河北方不夜城", []),
    ("p3", "Project", "新加坡新瑞贸易镁建材", []),
    ("p4", "Project", "抽水蓄能电站", []),
    ("p5", "Project", "本岫庄高速", []),
    ("p6", "Project", "石湖水库", []),
    ("p7", "Project", "三峡风电", []),
    ("p8", "Project", "千璞汇玉产业", []),
    ("prog", "Programme", "全面振兴新突破三年行动", []),
    ("ll", "Person", "李丽", []),
    ("wy", "Person", "吴勇", []),
    ("media", "Institution", "中国日报辽宁记者站", []),
]
D = {"date": "2024-07-22"}
EVB = "岫岩县举行“共享机遇•共谋发展•共赢未来”招商引资项目集中签约仪式"
KEY = "重点项目涵盖新疆国融储能调频电站、浙江商会大洋河北方不夜城、新加坡新瑞贸易镁建材等"
BIG = "抽水蓄能电站、本岫庄高速、石湖水库“三个百亿”项目加速落地推进"
START = "三峡风电、千璞汇玉产业等重大项目也相继开工"
RELATIONS = (
    [
        ("xy", "organizes", "ev", EVB, D),
        ("ev", "locatedIn", "xy", EVB),
        ("xy", "implements", "prog", "为全面振兴新突破三年行动攻坚之战筑牢基础"),
        ("wy", "worksFor", "media", "编辑 中国日报辽宁记者站 吴勇", {"title": "编辑"}),
    ]
    + [(p, "participatesIn", "ev", KEY, D) for p in ["p1", "p2", "p3"]]
    + [(p, "locatedIn", "xy", KEY) for p in ["p1", "p2", "p3"]]
    + [(p, "locatedIn", "xy", BIG) for p in ["p4", "p5", "p6"]]
    + [(p, "locatedIn", "xy", START) for p in ["p7", "p8"]]
)
VALUES = [
    ("ev", "date", "2024-07-22", "xsd:date", "7 月 22 日,岫岩县举行"),
    ("ev", "signedProjectCount", 10, "project", "10 个项目集中签约,总投资达 35.8 亿元"),
    ("ev", "signedTotalInvestment", 3580000000, "CNY", "10 个项目集中签约,总投资达 35.8 亿元"),
]
NOTES = [
    "Source: hlj.chinadaily.com.cn (中国日报 site; the byline names 中国日报辽宁记者站), 2024-07-28; ceremony on "
    "7月22日 (year from the page date). The page is the body only; the spaces around numbers (7 月 22 日, 35.8 亿元) "
    "are kept as published. The body is complete.",
    "Place: 岫岩县 (岫岩满族自治县 of 鞍山市; the text writes 岫岩县 and 岫岩). 鞍山 is not written: no City, no "
    "partOf. 新疆, 浙江, 新加坡 occur only inside project names (rule 5). 本岫庄高速 names 本溪/岫岩/庄河 by "
    "abbreviation inside a road's name: no places.",
    "Event: the signing ceremony with its quoted theme; 岫岩县 举行 it → organizes, locatedIn 岫岩县. The three "
    "key projects named as signed (重点项目涵盖…) participatesIn it and are in the county. The firms inside "
    "their names (新疆国融, 新瑞贸易) and the 浙江商会 are not annotated: written only as the heads of project names.",
    "Projects without 项目 in the name: 抽水蓄能电站, 本岫庄高速, 石湖水库 (the “三个百亿” projects; the group label "
    "is not an entity), 三峡风电 and 千璞汇玉产业 (重大项目 that started) → Project, locatedIn 岫岩县 (the county's "
    "own 年初以来 review). 抽水蓄能电站 is generic in form but one named project of the county.",
    "Programme 全面振兴新突破三年行动: the county will lay foundations for it → implements (as dev5 reads "
    "为抚顺决战决胜…三年行动). Not annotated: “后半篇”文章, “亲商”, “绿色通道” (slogans).",
    "Byline (李丽|编辑 中国日报辽宁记者站 吴勇): 李丽 (author, no body stated) Person; 吴勇 worksFor 中国日报辽宁记者站 "
    "(Institution, media) as 编辑.",
]
