LEAD = "12月30日,弋阳县举行2019年第四次工业项目集中开(竣)工活动"
MA = "市委书记马承祖出席并下达项目开工令"
GUESTS = "市人大常委会主任汪东进,市委常委、副市长陆国宾,市政协副主席张晓洪,市委秘书长杨建林,市人大常委会秘书长夏秀川出席"
LEAD2 = "在市委、市政府的坚强领导下,弋阳县紧紧围绕打造"
YEARS = "以“全省大干项目年”和“县域工业发展巩固年”为契机"
ALL = "弋阳县此次开(竣)工项目共30个,总投资65.57亿元"
START = "其中,开工项目15个,总投资40.28亿元,项目达产达标后,可实现年销售收入83.2亿元、利税17.77亿元"
DONE = "竣工项目15个,总投资25.29亿元,项目达产达标后,可实现年销售收入44.3亿元、利税4.76亿元"
VISIT = "马承祖还来到弋阳海创固废处理项目、三县岭镇政府及镇扶贫工作站进行调研"
ENTITIES = [
    ("yy", "District", "弋阳县", ["弋阳", "该县", "全县"]),
    ("jx", "Province", "江西省", ["江西"]),
    ("sw", "GovernmentBody", "中共上饶市委", ["市委"]),
    ("sz", "GovernmentBody", "上饶市人民政府", ["市政府"]),
    ("rd", "GovernmentBody", "上饶市人大常委会", ["市人大常委会"]),
    ("zx", "GovernmentBody", "政协上饶市委员会", ["市政协"]),
    ("zzf", "GovernmentBody", "三县岭镇人民政府", ["三县岭镇政府"]),
    ("fpz", "GovernmentBody", "三县岭镇扶贫工作站", ["镇扶贫工作站"]),
    ("ev", "Event", "2019年第四次工业项目集中开(竣)工活动", []),
    ("p1", "Project", "弋阳海创固废处理项目", []),
    ("g1", "Programme", "全省大干项目年", []),
    ("g2", "Programme", "县域工业发展巩固年", []),
    ("mcz", "Person", "马承祖", []),
    ("wdj", "Person", "汪东进", []),
    ("lgb", "Person", "陆国宾", []),
    ("zxh", "Person", "张晓洪", []),
    ("yjl", "Person", "杨建林", []),
    ("xxc", "Person", "夏秀川", []),
    ("jjh", "Person", "揭剑华", []),
    ("csp", "Person", "陈绍鹏", []),
]
RELATIONS = [
    ("yy", "organizes", "ev", LEAD),
    ("ev", "locatedIn", "yy", LEAD),
    ("mcz", "worksFor", "sw", MA, {"title": "书记"}),
    ("mcz", "participatesIn", "ev", MA),
    ("wdj", "worksFor", "rd", GUESTS, {"title": "主任"}),
    ("lgb", "worksFor", "sw", GUESTS, {"title": "常委"}),
    ("lgb", "worksFor", "sz", GUESTS, {"title": "副市长"}),
    ("zxh", "worksFor", "zx", GUESTS, {"title": "副主席"}),
    ("yjl", "worksFor", "sw", GUESTS, {"title": "秘书长"}),
    ("xxc", "worksFor", "rd", GUESTS, {"title": "秘书长"}),
    ("wdj", "participatesIn", "ev", GUESTS),
    ("lgb", "participatesIn", "ev", GUESTS),
    ("zxh", "participatesIn", "ev", GUESTS),
    ("yjl", "participatesIn", "ev", GUESTS),
    ("xxc", "participatesIn", "ev", GUESTS),
    ("yy", "participatesIn", "g1", YEARS),
    ("yy", "participatesIn", "g2", YEARS),
    ("p1", "locatedIn", "yy", VISIT),
    ("yy", "partOf", "jx", "打造“信江河谷城镇群新增长极、江西绿色崛起新标杆"),
    ("zzf", "locatedIn", "yy", VISIT),
    ("fpz", "locatedIn", "yy", VISIT),
]
VALUES = [
    ("ev", "date", "2019-12-30", "xsd:date", LEAD),
    ("ev", "projectCount", 30, "project", ALL),
    ("ev", "totalInvestment", 6557000000, "CNY", ALL),
    ("ev", "startedProjectCount", 15, "project", START),
    ("ev", "startedInvestment", 4028000000, "CNY", START),
    ("ev", "startedExpectedSales", 8320000000, "CNY", START),
    ("ev", "startedExpectedTaxProfit", 1777000000, "CNY", START),
    ("ev", "completedProjectCount", 15, "project", DONE),
    ("ev", "completedInvestment", 2529000000, "CNY", DONE),
    ("ev", "completedExpectedSales", 4430000000, "CNY", DONE),
    ("ev", "completedExpectedTaxProfit", 476000000, "CNY", DONE),
]
NOTES = [
    "Source: ycahj.com (a copy of a 上饶日报 report, 本报讯), posted 2020-01-24; the event 12月30日 of 2019 (the activity is "
    "2019年第四次…). Headline kept, the site's RSS/breadcrumb and time lines dropped; the body is complete.",
    "Places: 弋阳县 (弋阳, 该县, 全县) → District. 江西 written on its own in the county's aim (江西绿色崛起新标杆) → "
    "Province 江西省; the county's parent city is not written, so the county is partOf the province, its nearest ancestor "
    "that is an entity (as dev17 q06's 鸡东县 partOf 黑龙江省; added after the first run, which had no partOf for it). 三县岭镇 is written only inside the town government's name (三县岭镇政府): no Town (rule 5; corrected after the "
    "first run, which had the Town, its partOf and the bodies locatedIn it).",
    "Bodies (rule 1; 市 is the county's parent city 上饶市, as 市人大常委会 in dev23 is the county's city): 市委 → 中共上饶市委, "
    "市政府 → 上饶市人民政府 (both written: 在市委、市政府的坚强领导下), 市人大常委会 → 上饶市人大常委会, 市政协 → 政协上饶市"
    "委员会. Officials: 马承祖 市委书记; 汪东进 市人大常委会主任; 陆国宾 市委常委 and 副市长; 张晓洪 市政协副主席; 杨建林 市委"
    "秘书长; 夏秀川 市人大常委会秘书长 → worksFor with those titles. All attend (出席) → participatesIn. No locatedIn for "
    "the city's bodies (the city is no entity). 三县岭镇政府 and the town's poverty-relief station → GovernmentBody "
    "locatedIn 弋阳县 (the most specific place that is an entity, rule 6).",
    "Event: 2019年第四次工业项目集中开(竣)工活动, held by the county (弋阳县举行) → organizes, locatedIn 弋阳县; date "
    "2019-12-30.",
    "Programmes: “全省大干项目年” (the province's campaign year) and “县域工业发展巩固年” → Programme; the county takes them "
    "as its occasion (以…为契机) → participatesIn.",
    "Project: 弋阳海创固废处理项目 (visited after the event) → Project locatedIn 弋阳县. 海创 is not said to be a firm: no "
    "Company.",
    "Byline: 揭剑华 and 记者陈绍鹏 → Person; the paper is written only as 本报: no Institution, no worksFor.",
    "Values: the batch's 30 projects, 65.57亿元, and of them the 15 started (40.28亿元; expected sales 83.2亿元, profit and "
    "tax 17.77亿元) and the 15 completed (25.29亿元; 44.3亿元, 4.76亿元), all on the event (the batches are not named). "
    "Not annotated: “信江河谷城镇群新增长极…” (aims), “2050”项目 (a county scheme the text does not explain), 新型建材产业.",
]
