LEAD = "6月26日,记者从苏家屯区政府获悉,新加坡维信集团投资8亿元的房地产项目正式落户该区浑河新城"
FIRMS = "西东控制、美国都乐及国药控股东北物流中心等纷纷落户"
RES = (
    "香港恒基兆业地产有限公司投资40亿元的国际会展中心、北京天竺空港科技集团投资40亿元建设沈阳空港商务基地、"
    "新加坡丰树集团投资1.5亿美元建设工业地产和物流园区等一大批储备项目也在推进中"
)
BY = "本报讯(记者杜一鸣、特约记者郭正君)"
ENTITIES = [
    ("sjt", "District", "苏家屯区", ["该区"]),
    ("zf", "GovernmentBody", "沈阳市苏家屯区人民政府", ["苏家屯区政府"]),
    ("hh", "Zone", "浑河新城", []),
    ("wx", "Company", "新加坡维信集团", []),
    ("p1", "Project", "房地产项目", []),
    ("c1", "Company", "西东控制", []),
    ("c2", "Company", "美国都乐", []),
    ("c3", "Company", "国药控股东北物流中心", []),
    ("hk", "Company", "香港恒基兆业地产有限公司", []),
    ("bj", "Company", "北京天竺空港科技集团", []),
    ("fs", "Company", "新加坡丰树集团", []),
    ("p2", "Project", "国际会展中心", []),
    ("p3", "Project", "沈阳空港商务基地", []),
    ("p4", "Project", "工业地产和物流园区", []),
    ("dym", "Person", "杜一鸣", []),
    ("gzj", "Person", "郭正君", []),
]
RELATIONS = [
    ("zf", "locatedIn", "sjt", LEAD),
    ("hh", "locatedIn", "sjt", LEAD),
    ("p1", "locatedIn", "hh", LEAD),
    ("wx", "investsIn", "p1", LEAD, {"amount": {"value": 800000000, "unit": "CNY"}}),
    ("c1", "locatedIn", "sjt", FIRMS),
    ("c2", "locatedIn", "sjt", FIRMS),
    ("c3", "locatedIn", "sjt", FIRMS),
    ("hk", "investsIn", "p2", RES, {"amount": {"value": 4000000000, "unit": "CNY"}}),
    ("bj", "investsIn", "p3", RES, {"amount": {"value": 4000000000, "unit": "CNY"}}),
    ("fs", "investsIn", "p4", RES, {"amount": {"value": 150000000, "unit": "USD"}}),
    ("p2", "locatedIn", "sjt", RES),
    ("p3", "locatedIn", "sjt", RES),
    ("p4", "locatedIn", "sjt", RES),
]
VALUES = [
    ("sjt", "logisticsFirmsStarting", 4, "enterprise", "今年将有4个物流企业动工建设"),
    ("sjt", "residentialProjectsOpening", 4, "project", "4个商住项目投入使用"),
    ("sjt", "factoriesCompleted", 13, "project", "13个工业厂房建成投产"),
    ("sjt", "signedProjectCount", 52, "project", "该区已累计签约项目52个"),
    ("sjt", "signedInvestment", 12200000000, "CNY", "投资额122亿元"),
    ("sjt", "projectsOver5bn", 3, "project", "其中50亿元以上项目3个"),
    ("sjt", "projectsOver1bn", 5, "project", "10亿元以上项目5个"),
    ("sjt", "projectsOver100m", 29, "project", "亿元以上项目29个"),
]
NOTES = [
    "Source: news.sohu.com (a repost of a Shenyang paper's 本报讯), 2008-06-27. No headline on the stored page; the body "
    "is complete. The date 6月26日 has no year in the text: no date value.",
    "Places: 苏家屯区 (该区) → District; 沈阳 is written only inside a project's name (沈阳空港商务基地), so no City and "
    "no partOf (rule 5). 浑河新城 (a new town, 新城) → Zone locatedIn the district (该区浑河新城). 新加坡, 美国, 香港, 北京 "
    "occur only inside firms' names.",
    "Body: 苏家屯区政府 → 沈阳市苏家屯区人民政府 (rule 1), locatedIn the district.",
    "Projects: the lead's 房地产项目 is a concrete 8亿元 investment by 新加坡维信集团 settling in 浑河新城 → Project (its "
    "only name is its kind), investsIn with the amount, locatedIn the zone. The reserve projects: 国际会展中心 (恒基兆业, "
    "40亿元), 沈阳空港商务基地 (天竺空港科技集团, 40亿元, 投资…建设 → investsIn only, as the other sets), 工业地产和物流园区 "
    "(丰树集团, 1.5亿美元) → Project each, locatedIn 苏家屯区 (the district's 储备项目).",
    "Firms that settled: 西东控制, 美国都乐 (a brand as a firm), 国药控股东北物流中心 (a firm's regional unit listed among "
    "知名大公司) → Company, locatedIn 苏家屯区 (纷纷落户).",
    "Byline: 记者杜一鸣, 特约记者郭正君 → Person; the paper is only 本报: no worksFor.",
    "Values: the district's counts (4 logistics firms, 4 residential projects, 13 factories this year; 52 signed "
    "projects, 122亿元; 3 / 5 / 29 by size). Relation amounts: 8亿元, 40亿元 ×2, 1.5亿美元.",
]
