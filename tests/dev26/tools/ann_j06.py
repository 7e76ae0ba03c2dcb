LEAD = "6月16日,记者在第23届哈洽会绥化市产业项目集中签约暨新闻发布会上获悉,北林区共有12个项目集中签约,引资达37.8亿元"
INV = "第23届哈洽会,北林区邀请了50多家境内外客商参展参会,签订国内外贸易3项,签约额3亿元"
PROJ = "投资4.2亿元、占地面积20万平方米的绥化营港物流有限公司营口港绥化陆港建设项目在哈洽会上顺利签约"
PORT = "项目将与营口港建立直通关运作模式,整个绥化市及周边地区的企业享受到港口的“一站式”服务"
ENTITIES = [
    ("bl", "District", "北林区", ["北林"]),
    ("sh", "City", "绥化市", []),
    ("ykg", "Zone", "营口港", []),
    ("dbw", "Institution", "东北网", []),
    ("hqh", "Event", "第23届哈洽会", ["哈洽会"]),
    ("ev", "Event", "第23届哈洽会绥化市产业项目集中签约暨新闻发布会", []),
    ("c1", "Company", "绥化营港物流有限公司", []),
    ("p1", "Project", "营口港绥化陆港建设项目", ["绥化营港物流有限公司营口港绥化陆港建设项目"]),
]
RELATIONS = [
    ("bl", "partOf", "sh", LEAD),
    ("sh", "organizes", "ev", LEAD),
    ("bl", "participatesIn", "ev", LEAD),
    ("bl", "participatesIn", "hqh", INV),
    ("c1", "operates", "p1", PROJ),
    ("p1", "participatesIn", "hqh", PROJ),
    ("c1", "participatesIn", "hqh", PROJ),
    ("p1", "locatedIn", "bl", PROJ),
]
VALUES = [
    ("bl", "signedProjectCount", 12, "project", LEAD),
    ("bl", "signedInvestment", 3780000000, "CNY", LEAD),
    ("bl", "tradeContracts", 3, "项", INV),
    ("bl", "tradeContractValue", 300000000, "CNY", INV),
    ("p1", "totalInvestment", 420000000, "CNY", PROJ),
    ("p1", "area", 200000, "m2", PROJ),
]
NOTES = [
    "Source: heilongjiang.dbw.cn (东北网), 2012-06-19 (the 23rd 哈洽会, June 2012). No headline on the stored page; the "
    "editor line and related-news links dropped; the body is complete. No year is written: no date values.",
    "Places: 北林区 (北林) → District partOf 绥化市 (written on its own: 整个绥化市及周边地区). 营口港 (the port the dry port "
    "links to) → Zone (ports are zones); 营口 is written only inside it. 哈大齐, 东北亚 are regions, not divisions.",
    "Events: 第23届哈洽会 (the 哈尔滨 trade fair; 哈洽会 an alias) and the city's signing and press conference held at it "
    "(第23届哈洽会绥化市产业项目集中签约暨新闻发布会; the city's own event by its name → 绥化市 organizes). 北林区 signs 12 "
    "projects there → participatesIn the conference; it brings exhibitors to the fair → participatesIn 哈洽会.",
    "Project: 营口港绥化陆港建设项目 of 绥化营港物流有限公司 (the firm's name before its project → operates), signed at the "
    "fair (在哈洽会上顺利签约 → the project and the firm participatesIn 哈洽会); one of 北林区's signed projects → "
    "locatedIn 北林区. Its 4.2亿元 is written before the whole name (投资4.2亿元…的…项目), not said to be the firm's: a "
    "value of the project, no investsIn.",
    "Media: 东北网 (dateline) → Institution; no reporter named.",
    "Values: 北林区's 12 signed projects and 37.8亿元, 3 trade contracts and 3亿元; the project's 4.2亿元 and 20万平方米. "
    "Not values: 50多家 (approximate). Not annotated: 省级工业示范基地, 东北亚国际商贸物流中心 (aims, not titles held).",
]
