ENTITIES = [
    ("mx", "District", "眉县", ["县"]),
    ("zone", "Zone", "猕猴桃产业园区", ["猕猴桃园区", "园区"]),
    ("gwh", "GovernmentBody", "猕猴桃产业园区管委会", ["管委会"]),
    ("dgw", "GovernmentBody", "猕猴桃产业园区党工委", []),
    ("zfb", "GovernmentBody", "眉县人民政府办公室", ["县政府办"]),
    ("nyj", "GovernmentBody", "眉县农业农村局", ["农业农村局"]),
    ("xzj", "GovernmentBody", "眉县乡村振兴局", ["乡村振兴局"]),
    ("cx", "Town", "常兴镇", []),
    ("jq", "Town", "金渠镇", []),
    ("hq", "Village", "河祁村", []),
    ("zl", "Village", "枣林村", []),
    ("zxp", "Person", "张小平", []),
    ("qyj", "Person", "祁亚军", []),
    ("wwq", "Person", "汪午强", []),
    ("p1", "Project", "秦宝牧业提升项目", []),
    ("p2", "Project", "国家骨干冷链物流产业园项目", []),
    ("p3", "Project", "果蔬大棚种植基地建设项目", []),
    ("p4", "Project", "冷链物流及农资农机服务中心项目", []),
    ("rv", "Programme", "乡村振兴战略", []),
]
HEAD = "猕猴桃产业园区党工委书记、管委会主任汪午强"
RELATIONS = [
    ("zone", "locatedIn", "mx", "眉县县长张小平在猕猴桃产业园区"),
    ("cx", "partOf", "mx", "眉县县长张小平在猕猴桃产业园区、常兴镇、金渠镇调研"),
    ("jq", "partOf", "mx", "眉县县长张小平在猕猴桃产业园区、常兴镇、金渠镇调研"),
    ("hq", "partOf", "cx", "在常兴镇河祁村"),
    ("zl", "partOf", "jq", "金渠镇枣林村"),
    ("gwh", "locatedIn", "zone", "猕猴桃产业园区党工委书记、管委会主任"),
    ("dgw", "locatedIn", "zone", "猕猴桃产业园区党工委书记"),
    ("zfb", "locatedIn", "mx", "县政府办、农业农村局、乡村振兴局主要负责同志分别参加"),
    ("nyj", "locatedIn", "mx", "县政府办、农业农村局、乡村振兴局主要负责同志分别参加"),
    ("xzj", "locatedIn", "mx", "县政府办、农业农村局、乡村振兴局主要负责同志分别参加"),
    ("wwq", "worksFor", "dgw", HEAD, {"title": "书记"}),
    ("wwq", "worksFor", "gwh", HEAD, {"title": "主任"}),
    (
        "p1",
        "locatedIn",
        "zone",
        "在猕猴桃园区,张小平先后到秦宝牧业提升项目、国家骨干冷链物流产业园项目建设现场",
    ),
    (
        "p2",
        "locatedIn",
        "zone",
        "在猕猴桃园区,张小平先后到秦宝牧业提升项目、国家骨干冷链物流产业园项目建设现场",
    ),
]
VALUES = []
NOTES = [
    "Province 陕西, city 宝鸡 (neither named). Date 2023-11-20 (page of 2023-11-22, 眉县人民政府网站).",
    "A county head's inspection tour (调研) is not a gathering: no Event, hence no participatesIn.",
    "张小平 is 县长 and 祁亚军 副县长, but 眉县人民政府 is not written (only its office 县政府办), so by rule 2 they "
    "get no worksFor (Person nodes only). 汪午强's two posts name their bodies (园区党工委, 管委会).",
    "县政府办, 农业农村局, 乡村振兴局 are the county's bodies (rule 1): 眉县人民政府办公室, 眉县农业农村局, 眉县乡村振兴局.",
    "The two projects in 常兴镇河祁村 and 金渠镇枣林村 are not assigned to one village by the text: no locatedIn. "
    "秦宝牧业 appears only inside a project name: no Company node.",
    "乡村振兴战略 is named as what project building serves (实施乡村振兴战略) but no body is said to run it here: the "
    "Programme has no implements.",
    "Cleaning: the site footer (版权所有, 主办, ICP and police record numbers, address, 承办) was removed.",
]
