ENTITIES = [
    ("yz", "District", "扬中市", ["扬中", "该市"]),
    ("sw", "GovernmentBody", "中共扬中市委", ["扬中市委"]),
    ("fest", "Event", "扬中市第十八届河豚文化节", ["扬中河豚文化节", "河豚文化节", "本届河豚文化节"]),
    ("ev", "Event", "项目集中签约仪式", ["集中签约仪式"]),
    ("p1", "Project", "奥克斯电力设备产业园项目", []),
    ("p2", "Project", "特种精密轴承项目", []),
    ("p3", "Project", "中广核电子加速器项目", []),
    ("zdj", "Person", "张德军", []),
    ("qf", "Person", "钱飞", []),
    ("sw2", "Person", "孙薇", []),
    ("jsw", "Institution", "中国江苏网", []),
    ("fgf", "Programme", "“放管服”改革", ["放管服改革"]),
    ("qd", "Programme", "优化营商环境任务清单", []),
]
EV = "当天,该市举行项目集中签约仪式"
D = {"date": "2021-04-30"}
SIGNED = "当天集中签约的37个项目"
RELATIONS = [
    ("yz", "organizes", "ev", EV, D),
    ("ev", "locatedIn", "yz", EV),
    ("sw", "locatedIn", "yz", "扬中市委书记张德军"),
    ("zdj", "worksFor", "sw", "扬中市委书记张德军", {"title": "市委书记"}),
    ("p1", "participatesIn", "ev", "现场37个项目签约,总投资116亿元,其中奥克斯电力设备产业园项目", D),
    ("p2", "participatesIn", "ev", SIGNED, D),
    ("p3", "participatesIn", "ev", SIGNED, D),
    ("p1", "locatedIn", "yz", "现场37个项目签约,总投资116亿元,其中奥克斯电力设备产业园项目"),
    ("p2", "locatedIn", "yz", "填补了当地空白"),
    ("p3", "locatedIn", "yz", "填补了当地空白"),
    ("yz", "implements", "qd", "该市把优化营商环境作为实现新路超越的“先导工程”,制发优化营商环境任务清单"),
    ("yz", "implements", "fgf", "同时持续深化“放管服”改革"),
]
VALUES = [
    ("ev", "signedProjectCount", 37, "project", "现场37个项目签约"),
    ("ev", "totalInvestment", 11600000000, "CNY", "总投资116亿元"),
    ("p1", "totalInvestment", 1500000000, "CNY", "奥克斯电力设备产业园项目总投资15亿元"),
]
NOTES = [
    "Province 江苏, city 镇江 (neither named). Page of 2021-05-04 (中国江苏网); 4月30日 = 2021-04-30.",
    "Two Events: the festival 扬中市第十八届河豚文化节 (closing that day) and the signing ceremony held on its last day "
    "(该市举行项目集中签约仪式 → 扬中市 organizes it; located there). The festival's organiser is not stated.",
    "The three named projects were signed that day (其中…; 当天集中签约的37个项目…特别是…) and fill a local gap, so "
    "participatesIn the ceremony and locatedIn 扬中市. 奥克斯 and 中广核 appear only inside project names: no Company.",
    "张德军: 扬中市委书记 → worksFor 中共扬中市委 (扬中市委 written inside the title), title 市委书记 kept whole as d07.",
    "Programmes: 优化营商环境任务清单 (制发, a task-list policy without quotes) and “放管服”改革, both run by the city "
    "(该市). “先导工程” names the role of 优化营商环境, not a separate programme; “升级版” is not a programme.",
    "钱飞 and 孙薇 are the byline authors of 中国江苏网 without a title: Person nodes, no worksFor.",
    "Cleaning: the image file name (webwxgetmsgimg_副本.jpg), the date/source line, 听新闻, tags and editor lines and "
    "the next-article link were removed; the headline is kept.",
]
