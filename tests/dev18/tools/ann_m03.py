ENTITIES = [
    ("ndrc", "GovernmentBody", "国家发展和改革委员会", ["国家发展改革委"]),
    ("yjs", "GovernmentBody", "国家发展改革委政策研究室", []),
    ("xhs", "Institution", "新华社", []),
    ("wyk", "Person", "魏玉坤", []),
    ("whi", "Person", "魏弘毅", []),
    ("lc", "Person", "李超", []),
    ("list", "Programme", "2026年提前批“两重”建设项目清单", []),
    ("plan", "Programme", "中央预算内投资计划", []),
    ("ev", "Event", "新闻发布会", []),
    ("p1", "Project", "广州新机场", []),
    ("p2", "Project", "新建湛江至海口跨海轮渡及相关线路工程", []),
    ("ln", "Province", "辽宁省", []),
    ("p3", "Project", "辽东半岛水资源配置工程", []),
    ("yn", "Province", "云南省", []),
    ("lj", "City", "丽江市", []),
    ("p4", "Project", "南瓜坪水库工程", []),
    ("p5", "Project", "浙江特高压交流环网工程", []),
    ("p6", "Project", "大渡河丹巴水电站", ["四川大渡河丹巴水电站"]),
    ("yzw", "Institution", "崖州湾实验室", []),
]
BYLINE = "新华社北京12月31日电(记者魏玉坤、魏弘毅)"
LC = "国家发展改革委政策研究室副主任、新闻发言人李超12月31日表示"
ISSUE = "国家发展改革委组织下达2026年提前批“两重”建设项目清单和中央预算内投资计划"
PRESS = "在国家发展改革委当日举行的新闻发布会上,李超表示"
WATER = "辽宁省辽东半岛水资源配置工程、云南省丽江市南瓜坪水库工程等水利设施"
RELATIONS = [
    ("wyk", "worksFor", "xhs", BYLINE, {"title": "记者"}),
    ("whi", "worksFor", "xhs", BYLINE, {"title": "记者"}),
    ("lc", "worksFor", "yjs", LC, {"title": "副主任"}),
    ("lc", "worksFor", "ndrc", LC, {"title": "新闻发言人"}),
    ("yjs", "partOf", "ndrc", LC),
    ("ndrc", "implements", "list", ISSUE),
    ("ndrc", "implements", "plan", ISSUE),
    ("ndrc", "organizes", "ev", PRESS),
    ("lc", "participatesIn", "ev", PRESS),
    ("p3", "locatedIn", "ln", WATER),
    ("p4", "locatedIn", "lj", WATER),
    ("lj", "partOf", "yn", WATER),
]
VALUES = [
    ("list", "amount", 295000000000, "CNY", "共计约2950亿元"),
    ("ev", "date", "2025-12-31", "xsd:date", PRESS),
]
NOTES = [
    "Source: chinafabu.com (中国文信网), a repost of 新华社, 2025-12-31. Headline and date/source line kept (time of day "
    "dropped); the body is complete.",
    "Byline: 新华社 (Institution, a news agency) with 记者 魏玉坤, 魏弘毅 → worksFor.",
    "Bodies: 国家发展改革委 → GovernmentBody labelled 国家发展和改革委员会 (written form alias); its 政策研究室 (a unit, "
    "written with the commission's name) → GovernmentBody partOf it. 李超 is the unit's 副主任 and the commission's "
    "新闻发言人 → two worksFor.",
    "Programmes: the 2026年提前批“两重”建设项目清单 and the 中央预算内投资计划 the commission issues (组织下达) → "
    "implements; the total (约2950亿元) is on the list. “十五五” (the plan period, here a time) and “两重” alone are not "
    "further entities.",
    "Event: the commission's press conference that day (新闻发布会, a generic name, rule 3) → organizes; 李超 speaks → "
    "participatesIn; date 2025-12-31.",
    "Projects approved (批复或核准, no schema relation for approval): 广州新机场, 新建湛江至海口跨海轮渡及相关线路工程 (新建 is "
    "part of its official name), 辽东半岛水资源配置工程 in 辽宁省, 南瓜坪水库工程 in 丽江市 (云南省), 浙江特高压交流环网工程 "
    "(浙江 read as part of the works' name, no Province), 大渡河丹巴水电站 (written after 四川, which like 浙江 is read as "
    "part of the written name: no Province; the written form is an alias). Places inside names (广州, 湛江, 海口) are "
    "not entities (rule 5).",
    "Institutions: 崖州湾实验室 (a national laboratory). 怀柔 is written only with its head shared (怀柔、崖州湾实验室): "
    "the elided 怀柔实验室 is not annotated.",
    "Values: 约2950亿元 on the list; the date. Not values: 超过4000亿元 (a bound).",
]
