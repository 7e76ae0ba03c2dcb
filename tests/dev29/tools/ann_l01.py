LEAD = "4月1日,2024年浑南区春季重点项目开工仪式在燃气轮机配套产业园暨城林科技燃气轮机装备产业基地项目现场举行"
WX = "省委副书记、市委书记王新伟出席仪式并宣布“2024年浑南区春季重点项目开工”"
LZC = "市委副书记、市长吕志成致辞"
SLD = "市领导周舟、闻然、蹇彪参加活动"
YZF = "浑南区委书记、沈阳高新区党工委书记闫占峰主持仪式"
RLH = "浑南区委副书记、区政府区长、沈阳高新区管委会主任任立辉介绍浑南区重点项目及投资情况"
GOV = "浑南区坚决贯彻市委、市政府决策部署"
FIRMS = "中航发燃气轮机党委书记、董事长卢继斌,沈阳航空产业集团党委书记、董事长王宇,哈尔滨城林科技股份有限公司董事长谢学林先后致辞"
START = "城林科技燃气轮机装备产业基地和燃气轮机配套产业链基地正式开工"
TARGET = "浑南区锚定亿元以上签约项目300个,落地项目200个;开复工项目450个;固定资产投资609亿元"
YEAR = "预计全年开复工重点项目460个,总投资3365.4亿元,当年计划投资453亿元"
ENTITIES = [
    ("hn", "District", "浑南区", ["浑南"]),
    ("sy", "City", "沈阳市", ["沈阳"]),
    ("lnsw", "GovernmentBody", "中共辽宁省委", ["省委"]),
    ("sysw", "GovernmentBody", "中共沈阳市委", ["市委"]),
    ("syzf", "GovernmentBody", "沈阳市人民政府", ["市政府"]),
    ("hnqw", "GovernmentBody", "中共浑南区委", ["浑南区委"]),
    ("hnzf", "GovernmentBody", "沈阳市浑南区人民政府", ["区政府", "浑南区人民政府"]),
    ("gxgw", "GovernmentBody", "沈阳高新区党工委", []),
    ("gxgwh", "GovernmentBody", "沈阳高新区管委会", []),
    ("site", "Institution", "浑南区政府网", []),
    ("ev", "Event", "2024年浑南区春季重点项目开工仪式", []),
    ("p1", "Project", "城林科技燃气轮机装备产业基地", ["城林科技燃气轮机装备产业基地项目"]),
    ("p2", "Project", "燃气轮机配套产业链基地", ["燃气轮机配套产业园"]),
    ("c1", "Company", "中航发燃气轮机", []),
    ("c2", "Company", "沈阳航空产业集团", []),
    ("c3", "Company", "哈尔滨城林科技股份有限公司", ["城林科技"]),
    ("prog", "Programme", "“振兴新突破、我要当先锋”专项行动", ["振兴新突破、我要当先锋”专项行动"]),
    ("wxw", "Person", "王新伟", []),
    ("lzc", "Person", "吕志成", []),
    ("zz", "Person", "周舟", []),
    ("wr", "Person", "闻然", []),
    ("jb", "Person", "蹇彪", []),
    ("yzf", "Person", "闫占峰", []),
    ("rlh", "Person", "任立辉", []),
    ("ljb", "Person", "卢继斌", []),
    ("wy", "Person", "王宇", []),
    ("xxl", "Person", "谢学林", []),
]
RELATIONS = [
    ("hn", "partOf", "sy", YZF),
    ("sysw", "locatedIn", "sy", WX),
    ("syzf", "locatedIn", "sy", LZC),
    ("hnqw", "locatedIn", "hn", YZF),
    ("hnzf", "locatedIn", "hn", RLH),
    ("wxw", "worksFor", "lnsw", WX, {"title": "副书记"}),
    ("wxw", "worksFor", "sysw", WX, {"title": "书记"}),
    ("lzc", "worksFor", "sysw", LZC, {"title": "副书记"}),
    ("lzc", "worksFor", "syzf", LZC, {"title": "市长"}),
    ("yzf", "worksFor", "hnqw", YZF, {"title": "书记"}),
    ("yzf", "worksFor", "gxgw", YZF, {"title": "书记"}),
    ("rlh", "worksFor", "hnqw", RLH, {"title": "副书记"}),
    ("rlh", "worksFor", "hnzf", RLH, {"title": "区长"}),
    ("rlh", "worksFor", "gxgwh", RLH, {"title": "主任"}),
    ("ljb", "worksFor", "c1", FIRMS, {"title": "董事长"}),
    ("wy", "worksFor", "c2", FIRMS, {"title": "董事长"}),
    ("xxl", "worksFor", "c3", FIRMS, {"title": "董事长"}),
    ("hn", "organizes", "ev", LEAD),
    ("ev", "locatedIn", "hn", LEAD),
    ("wxw", "participatesIn", "ev", WX),
    ("lzc", "participatesIn", "ev", LZC),
    ("zz", "participatesIn", "ev", SLD),
    ("wr", "participatesIn", "ev", SLD),
    ("jb", "participatesIn", "ev", SLD),
    ("yzf", "participatesIn", "ev", YZF),
    ("rlh", "participatesIn", "ev", RLH),
    ("ljb", "participatesIn", "ev", FIRMS),
    ("wy", "participatesIn", "ev", FIRMS),
    ("xxl", "participatesIn", "ev", FIRMS),
    ("p1", "participatesIn", "ev", START),
    ("p2", "participatesIn", "ev", START),
    ("p1", "locatedIn", "hn", START),
    ("p2", "locatedIn", "hn", START),
    ("c3", "operates", "p1", START),
]
VALUES = [
    ("ev", "date", "2024-04-01", "xsd:date", LEAD),
    ("hn", "signedProjectCountTarget", 300, "project", TARGET),
    ("hn", "landedProjectCountTarget", 200, "project", TARGET),
    ("hn", "startedProjectCountTarget", 450, "project", TARGET),
    ("hn", "fixedAssetInvestmentTarget", 60900000000, "CNY", TARGET),
    ("hn", "projectCount", 460, "project", YEAR),
    ("hn", "totalInvestment", 336540000000, "CNY", YEAR),
    ("hn", "annualPlannedInvestment", 45300000000, "CNY", YEAR),
]
NOTES = [
    "Source: www.hunnan.gov.cn (浑南区政府网), 2024-04-02. Headline and 稿源 line kept; the page's stray clock line "
    "(2021/8/16 上午9:31:36 星期一) dropped. The stored copy ends in mid-sentence (今年春季预计重点项目开复工2…): the text "
    "stops at the last whole sentence before it.",
    "Places: 浑南区 (浑南) → District partOf 沈阳市; 沈阳 is written on its own (丰富和拓展沈阳先进制造领域, 助推沈阳相关产业) "
    "→ City 沈阳市. 省 (省委副书记) alone makes no Province; 哈尔滨 is only inside a firm's name; 沈阳高新区 only inside "
    "the names of its 党工委 and 管委会: no Zone (rule 5).",
    "Bodies: 省委副书记 → 中共辽宁省委 (省委 written in the title, as dev21 g06's 州委副书记); 市委书记/市委副书记 and 市委、市政府 "
    "→ 中共沈阳市委, 沈阳市人民政府; 浑南区委 and 区政府 → 中共浑南区委, 沈阳市浑南区人民政府; 沈阳高新区党工委 and "
    "沈阳高新区管委会 as written. worksFor by rule 2 with the titles; 市领导 周舟, 闻然, 蹇彪 get no worksFor.",
    "Event: 2024年浑南区春季重点项目开工仪式 → Event, held by 浑南区 (its spring start) → organizes, locatedIn 浑南区 (the "
    "venue is a project site, not a place); date 2024-04-01. Attendees, the host, the speakers (王新伟 announces, 吕志成 "
    "致辞, 闫占峰 主持, 任立辉 介绍, three chairmen 致辞) → participatesIn; the two projects started there too.",
    "Projects: 城林科技燃气轮机装备产业基地 and 燃气轮机配套产业链基地 (这两个项目) → Project, locatedIn 浑南区; the venue's "
    "燃气轮机配套产业园 (…产业园暨城林科技…项目现场) is taken as the second project's written form (an alias). "
    "哈尔滨城林科技股份有限公司 (城林科技) opens its project's name → operates.",
    "Medium (added after the first run, a slip against this set's own l05 and dev16's source lines): the 稿源 line "
    "names the site 浑南区政府网 → Institution.",
    "Firms: 中航发燃气轮机, 沈阳航空产业集团 (as written), 哈尔滨城林科技股份有限公司; their chairmen → worksFor (董事长; the "
    "party secretary posts inside the firms are not separate bodies).",
    "Programme: “振兴新突破、我要当先锋”专项行动 → Programme (no relation: 浑南区 聚焦聚力 its tasks, a weak cue). "
    "“第一赛道”, “一号工程” are slogans. Values: the year's targets of 浑南区 (300, 200, 450 projects, 609亿元 fixed-asset "
    "investment) and the expected 460 key projects, 3365.4亿元 total, 453亿元 this year.",
]
