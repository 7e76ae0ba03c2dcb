EV = "2022年11月16日,省发改委与我市召开县域经济专项资金视频调度专题会议"
TWO = "会议就我市国家农业产业强镇—凌源市刘杖子镇基础设施建设、凌源市博物馆陈列布展两个项目进行了现场连线调度"
ATT = "我市常务副市长陈忠利、发改局、文旅局、刘杖子镇相关领导参会"
FUND = "我市2个项目共获得1550万元省专项资金"
ENTITIES = [
    ("ly", "District", "凌源市", ["凌源", "我市"]),
    ("lzz", "Town", "刘杖子镇", ["凌源市刘杖子镇"]),
    ("fgw", "GovernmentBody", "辽宁省发展和改革委员会", ["省发改委"]),
    ("fgj", "GovernmentBody", "凌源市发展和改革局", ["发改局"]),
    ("wlj", "GovernmentBody", "凌源市文化旅游和广播电视局", ["文旅局"]),
    ("ev", "Event", "县域经济专项资金视频调度专题会议", []),
    ("d1", "Designation", "国家农业产业强镇", []),
    ("p1", "Project", "刘杖子镇基础设施建设项目", ["凌源市刘杖子镇基础设施建设"]),
    ("p2", "Project", "博物馆陈列布展项目", ["凌源市博物馆陈列布展"]),
    ("fund", "Programme", "省专项资金", ["专项资金"]),
    ("czl", "Person", "陈忠利", []),
]
RELATIONS = [
    ("lzz", "partOf", "ly", TWO),
    ("lzz", "designatedAs", "d1", "我市国家农业产业强镇—凌源市刘杖子镇"),
    ("p1", "locatedIn", "lzz", TWO),
    ("p2", "locatedIn", "ly", TWO),
    ("fgw", "organizes", "ev", EV),
    ("ly", "organizes", "ev", EV),
    ("czl", "participatesIn", "ev", ATT),
    ("fgj", "participatesIn", "ev", ATT),
    ("wlj", "participatesIn", "ev", ATT),
    ("fund", "funded", "p1", FUND),
    ("fund", "funded", "p2", FUND),
    ("fgj", "locatedIn", "ly", ATT),
    ("wlj", "locatedIn", "ly", ATT),
]
VALUES = [
    ("ev", "date", "2022-11-16", "xsd:date", EV),
    ("fund", "amount", 15500000, "CNY", FUND),
]
NOTES = [
    "Source: fgw.chaoyang.gov.cn (朝阳市发展和改革委员会's site; 来源 凌源市发改局), 2022-11-17. Headline kept; the two "
    "photo file names (cgi-bin…jpg) and the site chrome dropped; the body is complete.",
    "Places: 我市 is 凌源市 (a county-level city of 朝阳市; the source is the city's 发改局) → District, aliases 凌源 (凌源地区) "
    "and 我市. 刘杖子镇 (written 凌源市刘杖子镇 once) → Town partOf 凌源市. 朝阳 is not written: no City. 省 (省发改委, 省专项资金, "
    "按省、市发改委要求) alone does not make a Province (as dev19 p02's 全省).",
    "Bodies: 省发改委 → 辽宁省发展和改革委员会 (rule 1, the article's province); it and 我市 hold the meeting (省发改委与我市召开) "
    "→ both organize. 发改局 and 文旅局 in the attendance line are 我市's bodies (rule 1) → 凌源市发展和改革局, "
    "凌源市文化旅游和广播电视局 (the usual county-level name; written forms as aliases), their leaders attend → participatesIn, "
    "locatedIn 凌源市. 市发改委 in 按省、市发改委要求 shares its head with 省 (an elided pair) and is the prefecture's "
    "(朝阳市's) commission, not named: left out.",
    "Official: 常务副市长陈忠利 → Person; 市政府 is not written, so no worksFor (rule 2); attends (参会) → participatesIn.",
    "Event: 县域经济专项资金视频调度专题会议 (a video meeting, no venue) → Event; date 2022-11-16.",
    "Projects: the two projects dispatched, 凌源市刘杖子镇基础设施建设 / 刘杖子镇基础设施建设项目 (locatedIn the town) and "
    "凌源市博物馆陈列布展 / 博物馆陈列布展项目 (locatedIn 凌源市); labels are the forms written with 项目, the first forms "
    "aliases. 凌源市博物馆 is written only inside the project's name: no Institution.",
    "Designation: the town is a 国家农业产业强镇 (我市国家农业产业强镇—凌源市刘杖子镇) → designatedAs.",
    "Funding: the projects received 1550万元 of 省专项资金 → Programme 省专项资金 funded each project (the amount is the "
    "pair's total, put as a value on the fund, not on either relation). 县域经济专项资金 occurs only inside the meeting's "
    "name. Not values: 50%, 80% (year-end targets).",
    "Not annotated: 葡萄产业, 乡村产业振兴 (aims), 凌源地区 (the city, an alias form).",
]
