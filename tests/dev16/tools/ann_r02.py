ENTITIES = [
    ("as", "City", "鞍山市", ["鞍山", "全市"]),
    ("lnrb", "Institution", "辽宁日报", ["本报"]),
    ("ljw", "Person", "刘家伟", []),
    ("xcb", "GovernmentBody", "中共鞍山市委宣传部", ["鞍山市委宣传部"]),
    ("c1", "Company", "辽宁安井食品有限公司", []),
    ("p1", "Project", "西鞍山铁矿项目", []),
    ("p2", "Project", "鞍山市城市综合提升PPP项目", []),
    ("p3", "Project", "南沙河流域环境综合整治系统工程项目", []),
    ("ev", "Event", "鞍山市2023年城建项目开工暨奋力实现固投100亿元誓师大会", []),
]
EV = "3月2日,鞍山市2023年城建项目开工暨奋力实现固投100亿元誓师大会在鞍山市城市综合提升PPP项目区举行"
Q1 = "一季度,鞍山市预计开复工500万元以上项目497个,总投资1725.8亿元"
RELATIONS = [
    ("ljw", "worksFor", "lnrb", "本报记者 刘家伟", {"title": "记者"}),
    ("xcb", "locatedIn", "as", "本版图片由鞍山市委宣传部提供"),
    ("p2", "locatedIn", "as", "鞍山市城市综合提升PPP项目施工现场"),
    ("p3", "locatedIn", "as", "鞍山通过实施南沙河流域环境综合整治系统工程项目"),
    ("ev", "locatedIn", "as", EV),
]
VALUES = [
    ("as", "projectCount", 497, "project", Q1),
    ("as", "totalInvestment", 172580000000, "CNY", Q1),
]
NOTES = [
    "Source: epaper.lnd.com.cn (辽宁日报), 2023-03-05. Headline, subtitle, photo captions, byline and 核心提示 kept; the "
    "stored copy breaks off in the next paragraph, so the text ends at the last complete sentence (…新一轮号角。).",
    "Byline: 本报记者 刘家伟 → worksFor 辽宁日报 (本报). The captions' credit 鞍山市委宣传部 → GovernmentBody 中共鞍山市委"
    "宣传部 (rule 1), locatedIn 鞍山市.",
    "Places: 鞍山市 (鞍山, 全市). 辽宁 only inside names; 辽沈 inside the campaign's slogan (rule 5).",
    "Projects: 西鞍山铁矿项目 (a caption, no place given beyond its name), 鞍山市城市综合提升PPP项目 (its site hosts the "
    "rally), 南沙河流域环境综合整治系统工程项目 (鞍山 实施 it) → locatedIn 鞍山市 where the text places them. 辽宁安井食品"
    "有限公司 (a caption) → Company, no relation stated.",
    "Event: the city's 2023 construction start rally, labelled as written; held at the PPP project's site (no place or "
    "zone entity) → locatedIn 鞍山市 (its own name places it). No organizer is stated.",
    "Not annotated: “项目为王、环境为本”理念, 新时代“辽沈战役” (slogans), 狠抓重大项目 etc. (measures).",
    "Values: the first quarter's 497 projects and 1725.8亿元 on 鞍山市. Not values: 500万元以上 (a threshold), 100亿元 "
    "inside the rally's name (a target).",
]
