LEAD = "吉林省工业和信息化厅经相关程序,确定了5个2025年度吉林省中小企业特色产业集群"
LIST = (
    "分别为:辽源市龙山区高精铝轨道客车产业集群、辽源市龙山区医药产业集群、白山市抚松县人参产业集群、"
    "延边州延吉市人参大健康产业集群、长春新区光电信息产业集群"
)
CL = [
    "辽源市龙山区高精铝轨道客车产业集群",
    "辽源市龙山区医药产业集群",
    "白山市抚松县人参产业集群",
    "延边州延吉市人参大健康产业集群",
    "长春新区光电信息产业集群",
]
ENTITIES = [
    ("jl", "Province", "吉林省", ["吉林"]),
    ("gxt", "GovernmentBody", "吉林省工业和信息化厅", []),
    (
        "des",
        "Designation",
        "吉林省中小企业特色产业集群",
        ["2025年度吉林省中小企业特色产业集群", "中小企业特色产业集群"],
    ),
    ("des2", "Designation", "国家级中小企业特色产业集群", []),
    ("wdy", "Person", "王帝元", []),
    ("xl", "Person", "谢龙", []),
] + [(f"k{i}", "Zone", name, []) for i, name in enumerate(CL, 1)]
RELATIONS = [
    ("gxt", "locatedIn", "jl", LEAD),
    ("gxt", "awards", "des", LEAD),
] + [(f"k{i}", "designatedAs", "des", LIST) for i in range(1, 6)]
VALUES = [
    ("des", "memberCount", 5, "个", LEAD),
]
NOTES = [
    "Source: news.z56c.com (a logistics news site; 稿件来源 王帝元 谢龙), 2025-07-14. Headline and the source line kept, "
    "the trailing separator dropped; the body is complete.",
    "Places: 吉林 (headline) / 吉林省 → Province. 辽源市, 龙山区, 白山市, 抚松县, 延边州, 延吉市 and 长春新区 are written only "
    "inside the clusters' names: no places (rule 5); 各市(州) is generic.",
    "Body: 吉林省工业和信息化厅 → GovernmentBody locatedIn the province; it names the clusters (确定了5个…集群) → awards "
    "the title 吉林省中小企业特色产业集群 (the year-qualified form and the headline's 中小企业特色产业集群 as aliases).",
    "Clusters: a 中小企业特色产业集群 is an industry concentrated in a named county-level area; the schema has no cluster "
    "class, and the nearest is Zone (a functional area that is not an administrative unit) → the five named clusters "
    "are Zones designatedAs the provincial title (judgement; another annotator might leave them untyped).",
    "The national title (省级和国家级中小企业特色产业集群, the goal the clusters are pushed toward) → Designation "
    "国家级中小企业特色产业集群, no relation (no one holds or awards it here).",
    "Byline: 王帝元谢龙 (written without a space, twice) → two Persons 王帝元 and 谢龙; no employer.",
    "Values: 5 clusters named. Not a value: 2025年度 (the title's year).",
]
