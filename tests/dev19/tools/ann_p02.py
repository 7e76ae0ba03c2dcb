TOWNS = ["獐子岛", "大长山岛", "小长山岛", "海洋岛", "广鹿岛"]
ENTITIES = [
    ("ch", "District", "长海县", ["我县"]),
    ("moa", "GovernmentBody", "农业农村部", []),
    ("d0", "Designation", "2022年农业产业融合发展项目创建名单", []),
    ("d1", "Designation", "2022年国家现代农业产业园创建名单", []),
    ("p1", "Project", "长海县现代农业产业园项目", []),
    ("z1", "Zone", "长海县国家级现代农业产业园", []),
] + [(f"t{i}", "Town", t, []) for i, t in enumerate(TOWNS, 1)]
TOWNS_EV = "主要涉及獐子岛、大长山岛、小长山岛、海洋岛、广鹿岛5个镇部分陆地和海域"
RELATIONS = [
    ("moa", "awards", "d0", "农业农村部发布2022年农业产业融合发展项目创建名单公示公告"),
    ("p1", "designatedAs", "d1", "长海县现代农业产业园项目入选2022年国家现代农业产业园创建名单"),
    ("z1", "locatedIn", "ch", "长海县国家级现代农业产业园,主要涉及"),
] + [(f"t{i}", "partOf", "ch", TOWNS_EV) for i in range(1, 6)]
VALUES: list = []
NOTES = [
    "Source: yumanlong.cn (a repost of the 长海县 government's news), 2022-04. Headline kept; the body is complete "
    "(about 290 characters, a little under the set's 300).",
    "Place: 长海县 (a county of 大连市; 我县) → District. 大连 is not written; 全省 (走在全省前列) is a comparison and, as in "
    "dev16 r04, not made a Province when the province is never named. The five islands are the county's five towns "
    "(5个镇: 獐子岛镇 etc., written by the island name) → Town, partOf 长海县 (division list).",
    "Designations: the ministry's published list (2022年农业产业融合发展项目创建名单, 发布…名单公示公告) → awards; the "
    "county's project entered its national-park part (入选2022年国家现代农业产业园创建名单) → designatedAs. The ministry "
    "is not written in the second sentence, so no awards for the second list (a reader might add it).",
    "Project and zone: 长海县现代农业产业园项目 is the thing listed (a project, 产业园…项目); 长海县国家级现代农业产业园 "
    "is the park itself described by its area → Zone, locatedIn 长海县 (it spans five of its towns). Another annotator "
    "might make them one node.",
    "Not annotated: 国家海洋牧场先导区 (a goal: 突出…建设, no body names it), “一中心、三基地、五片区” (a layout slogan).",
    "Values: none strictly measurable: 118万亩 and 101.4万亩 are areas in 亩 (valscore has no 亩 dimension).",
]
