LEAD = "在大邑县沙渠街道五矿国际时尚运动健康城项目区举行了一季度重大项目集中签约暨开工仪式"
CD = "3月27日上午,大邑县在“十四五”开局之年,站位成都这座新兴世界城市的宏伟格局"
HOST = "仪式由县委副书记、县领导陈大用同志主持,县委书记连华同志致辞"
CITY = (
    "参加活动的市领导有市委常委、组织部长、社治委主任邓涛、市级部门领导有市发改委高质量发展运行处长张京 、"
    "市经信局总工程师代兰、市投促局一级调研员张志宏,以及县委、县政府有关领导同志"
)
SIGN = "现场签约了中南集团王滩TOD片区开发项目、十九冶集团片区综合开发项目、乐境印象·仁、远星橡胶智能交通装备制造项目、成都冶金实验厂产能置换项目等11个项目"
START = "开工项目包括大邑县国际时尚运动健康城(一期)项目、大邑县安仁古镇提升改造(二期)项目、新建大邑县委党校项目等9个项目"
ENTITIES = [
    ("cd", "City", "成都市", ["成都"]),
    ("dy", "District", "大邑县", []),
    ("sq", "Town", "沙渠街道", []),
    ("ev", "Event", "一季度重大项目集中签约暨开工仪式", []),
    ("xw", "GovernmentBody", "中共大邑县委", ["县委"]),
    ("xzf", "GovernmentBody", "大邑县人民政府", ["县政府"]),
    ("sw", "GovernmentBody", "中共成都市委", ["市委"]),
    ("fgw", "GovernmentBody", "成都市发展和改革委员会", ["市发改委"]),
    ("jxj", "GovernmentBody", "成都市经济和信息化局", ["市经信局"]),
    ("tcj", "GovernmentBody", "成都市投资促进局", ["市投促局"]),
    ("cdy", "Person", "陈大用", []),
    ("lh", "Person", "连华", []),
    ("dt", "Person", "邓涛", []),
    ("zj", "Person", "张京", []),
    ("dl", "Person", "代兰", []),
    ("zzh", "Person", "张志宏", []),
    ("wk", "Project", "五矿国际时尚运动健康城", ["五矿国际时尚运动健康城项目"]),
    ("s1", "Project", "中南集团王滩TOD片区开发项目", []),
    ("s2", "Project", "十九冶集团片区综合开发项目", []),
    ("s3", "Project", "乐境印象·仁", []),
    ("s4", "Project", "远星橡胶智能交通装备制造项目", []),
    ("s5", "Project", "成都冶金实验厂产能置换项目", []),
    ("k1", "Project", "大邑县国际时尚运动健康城(一期)项目", []),
    ("k2", "Project", "大邑县安仁古镇提升改造(二期)项目", []),
    ("k3", "Project", "新建大邑县委党校项目", []),
]
RELATIONS = [
    ("dy", "partOf", "cd", LEAD),
    ("sq", "partOf", "dy", LEAD),
    ("dy", "organizes", "ev", LEAD),
    ("ev", "locatedIn", "sq", LEAD),
    ("wk", "locatedIn", "sq", LEAD),
    ("cdy", "worksFor", "xw", HOST, {"title": "副书记"}),
    ("lh", "worksFor", "xw", HOST, {"title": "书记"}),
    ("cdy", "participatesIn", "ev", HOST),
    ("lh", "participatesIn", "ev", HOST),
    ("dt", "worksFor", "sw", CITY, {"title": "常委"}),
    ("zj", "worksFor", "fgw", CITY, {"title": "高质量发展运行处长"}),
    ("dl", "worksFor", "jxj", CITY, {"title": "总工程师"}),
    ("zzh", "worksFor", "tcj", CITY, {"title": "一级调研员"}),
    ("dt", "participatesIn", "ev", CITY),
    ("zj", "participatesIn", "ev", CITY),
    ("dl", "participatesIn", "ev", CITY),
    ("zzh", "participatesIn", "ev", CITY),
    ("xw", "locatedIn", "dy", CITY),
    ("xzf", "locatedIn", "dy", CITY),
    ("sw", "locatedIn", "cd", CITY),
    ("fgw", "locatedIn", "cd", CITY),
    ("jxj", "locatedIn", "cd", CITY),
    ("tcj", "locatedIn", "cd", CITY),
    ("s1", "participatesIn", "ev", SIGN),
    ("s2", "participatesIn", "ev", SIGN),
    ("s3", "participatesIn", "ev", SIGN),
    ("s4", "participatesIn", "ev", SIGN),
    ("s5", "participatesIn", "ev", SIGN),
    ("k1", "locatedIn", "dy", START),
    ("k2", "locatedIn", "dy", START),
    ("k3", "locatedIn", "dy", START),
    ("k1", "partOf", "wk", START),
]
VALUES = [
    ("ev", "date", "2021-03-27", "xsd:date", CD),
    ("ev", "signedProjectCount", 11, "project", "等11个项目,签约金额达306亿元"),
    ("ev", "signedAmount", 30600000000, "CNY", "等11个项目,签约金额达306亿元"),
    ("ev", "projectsStarted", 9, "project", START),
]
NOTES = [
    "Source: cdtywh.com (a 成都 sports-culture firm's news page), no headline or date on the stored copy; the body is "
    "complete. Year: 3月27日 in “十四五”开局之年 = 2021 (judgement: the year is stated by that phrase, not by digits).",
    "Places: 成都 (written on its own: 站位成都…, 助力成都建设…) → City 成都市; 大邑县 → District partOf it; 沙渠街道 → Town "
    "(a 街道) partOf 大邑县. 安仁古镇 and 王滩 occur only inside project names (rule 5).",
    "Event: 一季度重大项目集中签约暨开工仪式 → held by 大邑县 (大邑县…举行了) → organizes; at the project area in 沙渠街道 → "
    "locatedIn 沙渠街道. 陈大用 (主持), 连华 (致辞) and the city's guests (参加活动) → participatesIn; the 11 signed "
    "projects named (five) → participatesIn. Started projects are not said to take part: locatedIn only.",
    "Bodies: 县委副书记, 县委书记 → 中共大邑县委; 县委、县政府 → also 大邑县人民政府 (rule 1). 市委常委 → 中共成都市委 "
    "(邓涛 worksFor 常委); his other posts 组织部长, 社治委主任 name departments written only in the titles: not annotated "
    "(judgement). 市发改委, 市经信局, 市投促局 → 成都市发展和改革委员会, 成都市经济和信息化局, 成都市投资促进局; their "
    "officers worksFor with the written titles.",
    "Projects: the project area 五矿国际时尚运动健康城 (locatedIn 沙渠街道); signed: 中南集团王滩TOD片区开发项目, "
    "十九冶集团片区综合开发项目, 乐境印象·仁 (a named development), 远星橡胶智能交通装备制造项目, 成都冶金实验厂产能置换项目; "
    "started: 大邑县国际时尚运动健康城(一期)项目 (phase one of the 健康城 → partOf, judgement), 大邑县安仁古镇提升改造(二期)项目, "
    "新建大邑县委党校项目 → locatedIn 大邑县. The firms (五矿, 中南集团, 十九冶集团, 远星橡胶, 成都冶金实验厂) are written "
    "only inside project names: no Company.",
    "Programmes: 成渝地区双城经济圈建设 (a national strategy, 抢抓) and 公园城市示范区 (成都's aim) are not annotated "
    "(nothing implements or joins them in this article's sense). 媒体朋友, 企业代表 unnamed.",
    "Values: the date, 11 signed projects / 306亿元, 9 started projects.",
]
