BS = "12月13日,辽宁博仕科技股份有限公司一处新建厂房内"
WM = "公司总经理王猛介绍,总投资2800万元的节能环保装备中试基地项目已开始生产"
NEWS = (
    "年终岁尾,辽阳经济开发区捷报频传:博仕科技节能环保装备中试基地项目顺利投产,辽阳石化设备公司新建厂房项目如期交付,"
    "华电光大公司的项目主体工程全部完成,瓦轴新能源汽车轴承项目顺利投产"
)
SEAT = "作为辽阳市重要的工业集中区、太子河区工业经济的承载区"
SPB = "今年5月,辽阳经济开发区项目审批服务部成立后"
ENTITIES = [
    ("lyz", "Zone", "辽阳经济开发区", []),
    ("ly", "City", "辽阳市", []),
    ("tzh", "District", "太子河区", []),
    ("bs", "Company", "辽宁博仕科技股份有限公司", ["博仕科技"]),
    ("wm", "Person", "王猛", []),
    ("p1", "Project", "博仕科技节能环保装备中试基地项目", ["节能环保装备中试基地项目"]),
    ("sh", "Company", "辽阳石化设备公司", []),
    ("p2", "Project", "辽阳石化设备公司新建厂房项目", ["新建厂房项目"]),
    ("hd", "Company", "华电光大公司", []),
    ("p3", "Project", "瓦轴新能源汽车轴承项目", []),
    ("spb", "GovernmentBody", "辽阳经济开发区项目审批服务部", []),
    ("mode", "Programme", "“一套人马、一枚印章”审批新模式", ["一套人马、一枚印章"]),
    ("lnrb", "Institution", "辽宁日报", []),
]
RELATIONS = [
    ("wm", "worksFor", "bs", WM, {"title": "总经理"}),
    ("bs", "operates", "p1", NEWS),
    ("sh", "operates", "p2", NEWS),
    ("p1", "locatedIn", "lyz", NEWS),
    ("p2", "locatedIn", "lyz", NEWS),
    ("p3", "locatedIn", "lyz", NEWS),
    ("hd", "locatedIn", "lyz", NEWS),
    ("lyz", "locatedIn", "tzh", SEAT),
    ("tzh", "partOf", "ly", SEAT),
    ("spb", "locatedIn", "lyz", SPB),
]
VALUES = [
    ("p1", "totalInvestment", 28000000, "CNY", WM),
    ("lyz", "companies", 185, "company", "入园企业已有185家"),
    ("lyz", "founded", "1992", "xsd:gYear", "成立于1992年的辽阳经济开发区"),
    ("lyz", "startArea", 4.7, "km2", "起步区规划面积4.7平方公里"),
    ("lyz", "area", 25.21, "km2", "经济管辖面积已达25.21平方公里"),
    ("lyz", "domesticCapital", 3532000000, "CNY", "今年前10个月,引进国内到位资金35.32亿元,同比增长37.86%"),
    ("lyz", "domesticCapitalGrowth", 37.86, "%", "今年前10个月,引进国内到位资金35.32亿元,同比增长37.86%"),
]
NOTES = [
    "Source: lndj.gov.cn (辽宁党建 site, 市县快讯; 来源 辽宁日报), 2023-12-14. Headline, subhead and the date/source line "
    "kept (the reading counter dropped). The stored copy breaks off in the fifth paragraph (…通过产业链、人才链、政策链): "
    "the text ends with the fourth paragraph, the last complete one.",
    "Places: 辽阳市 (written on its own) → City; 太子河区 → District partOf 辽阳市 (division list). 辽阳经济开发区 → Zone, "
    "the industrial seat of 太子河区 (…太子河区工业经济的承载区; 辽阳经济开发区(太子河区)) → locatedIn 太子河区. 辽宁 only "
    "inside names: no Province.",
    "Firms and projects: 辽宁博仕科技股份有限公司 (博仕科技), its 总经理 王猛; its 节能环保装备中试基地项目 (2800万元, "
    "started production) → operates; 辽阳石化设备公司 and its 新建厂房项目 → operates; 华电光大公司 (its project is "
    "unnamed: no Project) → Company; 瓦轴新能源汽车轴承项目 (瓦轴 only inside the project's name: no Company). The "
    "zone's good news lists them → the projects and 华电光大公司 locatedIn 辽阳经济开发区. 博仕科技 is not placed: its "
    "project is.",
    "Bodies: 辽阳经济开发区项目审批服务部 (the zone's approval service office, a state unit) → GovernmentBody, locatedIn "
    "the zone. Its “一套人马、一枚印章” approval mode (a reform) → Programme; the text opens it by a stamp (开启), no "
    "body implements it in words (a zone is outside implements' domain).",
    "Values: the zone's 185 firms, founded 1992, 4.7 km2 start area, 25.21 km2 managed, 35.32亿元 domestic capital in "
    "ten months (+37.86%). Not values: 9 projects and 50 problems helped (counts of service work), 12月13日 (no event).",
    "Not annotated: 辽宁日报's reporter (none named); the “代、帮、办” window (a service, not a programme name).",
]
