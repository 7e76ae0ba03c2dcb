LEAD = "4月12日,清涧县2022年第二季度23个重点项目集中开工"
WHO = "县级领导刘志龙、贺敬、刘建华、杜芳霞、刘斌、白宏兴、惠国锋及各镇(办、中心)、县直各部门、部分企事业单位负责人和施工企业代表参加开工仪式"
ENTITIES = [
    ("qj", "District", "清涧县", ["我县", "全县"]),
    ("xw", "GovernmentBody", "中共清涧县委", ["县委"]),
    ("ev", "Event", "开工仪式", []),
    ("lzl", "Person", "刘志龙", []),
    ("hj", "Person", "贺敬", []),
    ("ljh", "Person", "刘建华", []),
    ("dfx", "Person", "杜芳霞", []),
    ("lb", "Person", "刘斌", []),
    ("bhx", "Person", "白宏兴", []),
    ("hgf", "Person", "惠国锋", []),
]
RELATIONS = [
    ("ev", "locatedIn", "qj", LEAD),
    ("xw", "locatedIn", "qj", "县委副书记杜芳霞主持开工仪式"),
    ("dfx", "worksFor", "xw", "县委副书记杜芳霞主持开工仪式", {"title": "副书记"}),
    ("lb", "worksFor", "xw", "县委常委、常务副县长刘斌", {"title": "常委"}),
]
RELATIONS += [(k, "participatesIn", "ev", WHO) for k in ("lzl", "hj", "ljh", "dfx", "lb", "bhx", "hgf")]
VALUES = [
    ("ev", "date", "2022-04-12", "xsd:date", LEAD),
    ("ev", "projectCount", 23, "project", LEAD),
    ("qj", "keyProjectCount", 79, "project", "今年我县共安排重点项目79个"),
    ("qj", "keyProjectInvestment", 5500000000, "CNY", "总投资55亿元"),
    ("qj", "annualPlannedInvestment", 3152000000, "CNY", "年度计划投资31.52亿元"),
    ("qj", "newProjectCount", 65, "project", "其中新建项目65个"),
    ("qj", "newProjectInvestment", 3960000000, "CNY", "总投资39.6亿元"),
    ("qj", "newProjectAnnualInvestment", 2430000000, "CNY", "年度投资24.3亿元"),
]
NOTES = [
    "Source: fabugov.com (榆林 county highlights), 2022-04-14; the start on 4月12日 (2022, from 2022年第二季度 in the same "
    "sentence). No headline or byline on the stored copy; the body is complete.",
    "Place: 清涧县 (我县, 全县) → District. 陕西 and 榆林 are not written: no Province, no City.",
    "Officials: 县委 is written in the titles 县委副书记 (杜芳霞) and 县委常委 (刘斌) → 中共清涧县委 (as dev11 s02, dev12 t03, "
    "dev25 h05), both worksFor it; 县长 and 常务副县长 alone create no government body (rule 1), 县级领导 give no worksFor. "
    "(Corrected after the first run: the first gold had no body here.)",
    "Event: the ceremony (参加开工仪式, 主持开工仪式) → Event 开工仪式 (rule 3), locatedIn 清涧县; the seven leaders attend "
    "(贺敬 announces the start, 杜芳霞 presides, 刘斌 reports) → participatesIn. No project is named.",
    "Values: the date and the 23 projects started (Event); the county's 79 key projects (55亿元, 31.52亿元 this year) "
    "of which 65 new (39.6亿元, 24.3亿元 this year).",
]
