ENTITIES = [
    ("xy", "City", "襄阳市", ["该市"]),
    ("hbrb", "Institution", "湖北日报", []),
    ("xyh", "Person", "夏永辉", []),
    ("lyt", "Person", "李杨婷", []),
    ("yc", "District", "宜城市", []),
    ("gc", "District", "谷城县", ["谷城"]),
    ("dj", "Zone", "东津新区", []),
    ("c1", "Company", "成都云图控股股份有限公司", []),
    ("c2", "Company", "武钢资源集团有限公司", []),
    ("c3", "Company", "湖北利拓", []),
    ("c4", "Company", "谷城县国有资本投资集团有限公司", []),
    ("c5", "Company", "湖北交投襄阳文旅发展有限公司", []),
    ("p1", "Project", "绿色循环产业园", []),
    ("p2", "Project", "钛铁矿资源综合利用项目", []),
    ("p3", "Project", "汉江1577历史文化区项目", []),
]
S1 = "成都云图控股股份有限公司将投资60亿元,在宜城市建设绿色循环产业园"
S2 = "武钢资源集团有限公司将与湖北利拓、谷城县国有资本投资集团有限公司一起,投资50亿元在谷城建设钛铁矿资源综合利用项目"
S3 = "湖北交投襄阳文旅发展有限公司拟投资50亿元,在东津新区建设汉江1577历史文化区项目"
A60 = {"amount": {"value": 6000000000, "unit": "CNY"}}
A50 = {"amount": {"value": 5000000000, "unit": "CNY"}}
RELATIONS = [
    ("xyh", "worksFor", "hbrb", "湖北日报讯 (记者夏永辉", {"title": "记者"}),
    ("c1", "investsIn", "p1", S1, A60),
    ("p1", "locatedIn", "yc", S1),
    ("c2", "investsIn", "p2", S2, A50),
    ("c3", "investsIn", "p2", S2),
    ("c4", "investsIn", "p2", S2),
    ("p2", "locatedIn", "gc", S2),
    ("c5", "investsIn", "p3", S3, A50),
    ("p3", "locatedIn", "dj", S3),
    ("yc", "partOf", "xy", S1),
    ("gc", "partOf", "xy", S2),
]
VALUES = [
    ("xy", "signedProjects", 125, "project", "襄阳市招商部门今年已签约引进亿元以上项目125个"),
    ("xy", "agreedInvestment", 115361000000, "CNY", "协议引资额突破千亿大关,达1153.61亿元"),
    ("p1", "investment", 6000000000, "CNY", S1),
    ("p2", "investment", 5000000000, "CNY", S2),
    ("p3", "investment", 5000000000, "CNY", S3),
]
NOTES = [
    "Source: xczx.cnhubei.com (荆楚网, 湖北日报讯), 2022 (截至2月14日; the page's path says 2022-07, the figures are of "
    "mid-February). No headline in the stored text; the body is complete.",
    "Byline: 湖北日报 is named (湖北日报讯) → Institution; 记者夏永辉 worksFor it; 通讯员李杨婷 names no body → Person only.",
    "Places: 襄阳市 (该市 refers to it; also inside 湖北交投襄阳文旅发展有限公司). 宜城市 (a county-level city of 襄阳) and "
    "谷城县 (written 谷城, and inside a firm's name) → District, partOf 襄阳市 by the division list. 东津新区 → Zone. 湖北 "
    "and 成都 occur only inside names (rule 5). 襄阳市招商部门 and 相关部门 are generic: no body.",
    "Projects: 绿色循环产业园 (a firm's industrial park under construction: Project, its seven 子项目 are capacities, not "
    "named), 钛铁矿资源综合利用项目, 汉江1577历史文化区项目; each investsIn from its firms (将投资 / 拟投资; the three "
    "firms of the second invest together: the amount written once, put on the first) and locatedIn the place written "
    "(在宜城市, 在谷城, 在东津新区). 湖北利拓 is a firm written by a short trade name.",
    "Values: the city's 125 signed projects and 1153.61亿元 agreed investment this year; each project's investment. Not "
    "values: the capacities of the 子项目, 13条产业链, 98家企业, 每月至少…1次, 不少于6家 (targets and counts of method).",
]
