ENTITIES = [
    ("xn", "City", "西宁市", ["西宁", "我市"]),
    ("ev", "Event", "2021西宁城市发展投资洽谈会专场签约仪式", ["签约仪式"]),
    ("cqh", "Event", "2021西宁城市发展投资洽谈会", ["城洽会"]),
    ("qqh", "Event", "青洽会", ["本届青洽会"]),
    ("sheng", "GovernmentBody", "中共青海省委", ["省委"]),
    ("sw", "GovernmentBody", "中共西宁市委", ["市委"]),
    ("szf", "GovernmentBody", "西宁市人民政府", ["市政府"]),
    ("rd", "GovernmentBody", "西宁市人大常委会", ["市人大常委会"]),
    ("zx", "GovernmentBody", "政协西宁市委员会", ["市政协"]),
    ("jk", "GovernmentBody", "西宁经济技术开发区管委会", ["西宁经济技术开发区管理委员会"]),
    ("gx", "GovernmentBody", "青海高新区管委会", ["青海高新区管理委员会"]),
    ("prog", "Programme", "“四地两体系”建设", ["四地两体系建设", "“四地两体系”"]),
    ("p1", "Project", "高性能碳纤维二期", []),
    ("p2", "Project", "50GW直拉单晶硅棒一期", []),
    ("crf", "Person", "陈瑞峰", []),
    ("kld", "Person", "孔令栋", []),
    ("xbe", "Person", "谢宝恩", []),
    ("scx", "Person", "宋晨曦", []),
    ("dfd", "Person", "段发达", []),
    ("gxm", "Person", "管新民", []),
    ("lxn", "Person", "李小牛", []),
    ("zfj", "Person", "张福军", []),
    ("zah", "Person", "张爱红", []),
    ("cxb", "Person", "陈雪邦", []),
    ("xxd", "Person", "肖向东", []),
]
EVB = "西宁市在青海国际会展中心举行2021西宁城市发展投资洽谈会专场签约仪式"
D = {"date": "2021-07-22"}
SIGN = "西宁在本届青洽会和城洽会上累计签约项目25项"
PJ = "签约引进了高性能碳纤维二期、50GW直拉单晶硅棒一期等9个产业链项目"
RELATIONS = [
    ("xn", "organizes", "ev", EVB, D),
    ("ev", "locatedIn", "xn", EVB),
    ("sw", "locatedIn", "xn", "市委书记陈瑞峰"),
    ("szf", "locatedIn", "xn", "市政府副市长肖向东主持"),
    ("rd", "locatedIn", "xn", "市人大常委会党组书记宋晨曦"),
    ("zx", "locatedIn", "xn", "市政协党组书记、主席段发达"),
    ("jk", "locatedIn", "xn", "西宁经济技术开发区管委会"),
    ("xn", "participatesIn", "qqh", SIGN),
    ("xn", "participatesIn", "cqh", SIGN),
    ("xn", "implements", "prog", "我市把招商引资作为“一号工程”来抓,紧紧围绕“四地两体系”建设"),
    ("p1", "participatesIn", "qqh", PJ),
    ("p2", "participatesIn", "qqh", PJ),
    ("p1", "participatesIn", "cqh", PJ),
    ("p2", "participatesIn", "cqh", PJ),
    ("p1", "locatedIn", "xn", PJ),
    ("p2", "locatedIn", "xn", PJ),
    ("crf", "worksFor", "sheng", "省委常委、市委书记陈瑞峰", {"title": "省委常委"}),
    ("crf", "worksFor", "sw", "市委书记陈瑞峰", {"title": "市委书记"}),
    ("kld", "worksFor", "sw", "市委副书记、市长孔令栋", {"title": "市委副书记"}),
    ("kld", "worksFor", "szf", "市委副书记、市长孔令栋", {"title": "市长"}),
    ("xbe", "worksFor", "sw", "市委副书记谢宝恩", {"title": "市委副书记"}),
    ("scx", "worksFor", "rd", "市人大常委会党组书记宋晨曦", {"title": "党组书记"}),
    ("dfd", "worksFor", "zx", "市政协党组书记、主席段发达", {"title": "党组书记、主席"}),
    ("gxm", "worksFor", "sw", "市委常委、秘书长管新民", {"title": "市委常委、秘书长"}),
    ("lxn", "worksFor", "sw", "市委常委、西宁经济技术开发区管委会常务副主任李小牛", {"title": "市委常委"}),
    ("lxn", "worksFor", "jk", "西宁经济技术开发区管委会常务副主任李小牛", {"title": "常务副主任"}),
    ("zfj", "worksFor", "szf", "市政府党组成员、青海高新区管委会常务副主任张福军", {"title": "党组成员"}),
    ("zfj", "worksFor", "gx", "青海高新区管委会常务副主任张福军", {"title": "常务副主任"}),
    ("zah", "worksFor", "szf", "市政府副市长张爱红", {"title": "副市长"}),
    ("cxb", "worksFor", "szf", "市政府党组成员陈雪邦", {"title": "党组成员"}),
    ("xxd", "worksFor", "szf", "市政府副市长肖向东", {"title": "副市长"}),
    ("xxd", "participatesIn", "ev", "市政府副市长肖向东主持", D),
] + [
    (p, "participatesIn", "ev", "市政府党组成员陈雪邦等参加签约仪式", D)
    for p in ["crf", "kld", "xbe", "scx", "dfd", "gxm", "lxn", "zfj", "zah", "cxb"]
]
VALUES = [
    ("ev", "date", "2021-07-22", "xsd:date", "7月22日下午,西宁市在青海国际会展中心举行"),
    ("xn", "signedProjectCount", 25, "project", "累计签约项目25项,总签约额319亿元"),
    ("xn", "signedTotalAmount", 31900000000, "CNY", "累计签约项目25项,总签约额319亿元"),
    ("xn", "industrialChainProjectCount", 9, "project", "等9个产业链项目,签约金额156亿元"),
    ("xn", "industrialChainSignedAmount", 15600000000, "CNY", "等9个产业链项目,签约金额156亿元"),
    ("xn", "projectsOver2BnCount", 4, "project", "其中20亿元以上项目4个"),
    ("xn", "shareOfIndustrialChainAmount", 86.5, "%", "占产业链项目签约额86.5%"),
]
NOTES = [
    "Source: fangkecn.com repost of a 西宁 city report (2021, from the ceremony's name). The excerpt broke off "
    "mid-sentence after the city-function projects (…等16个城市功能链项目,签约金额163亿元,), so the text ends with the "
    "preceding paragraph's last full sentence.",
    "Events: the ceremony 2021西宁城市发展投资洽谈会专场签约仪式 (organised by and located in 西宁市, 2021-07-22); the "
    "2021西宁城市发展投资洽谈会 it belongs to (alias 城洽会); and 青洽会 (the province's green-development trade fair, "
    "only its short form is written). 西宁 signs 25 projects at 青洽会 and 城洽会 → participatesIn both; the two named "
    "industrial-chain projects signed there participatesIn both and are locatedIn 西宁市 (签约引进, brought to the city). "
    "The venue 青海国际会展中心 is a building, not annotated.",
    "Bodies: 省委 (in 省委常委) → 中共青海省委 (rule 1, the article's province); 青海 is written only inside names "
    "(青海国际会展中心, 青海高新区), so no Province entity (rule 5). 市委, 市政府, 市人大常委会, 市政协 → the 西宁 bodies. "
    "西宁经济技术开发区管委会 and 青海高新区管委会 are labelled as written (管理委员会 aliases); the zones themselves occur "
    "only inside these names and are not Zone entities (rule 5). 青海高新区管委会 is not placed (the text does not say).",
    "Party-group posts (党组书记, 党组成员) are worksFor the body the 党组 belongs to (市人大常委会, 市政府).",
    "All eleven officials attend (参加) or preside (主持) → participatesIn the ceremony.",
    "Programme: “四地两体系”建设 (围绕…建设, 我市) → 西宁市 implements. Not annotated: “一号工程” (a label for 招商引资, "
    "not a named campaign), 碳达峰碳中和 (a national goal, unquoted), “高大上、链群配” (a slogan).",
]
