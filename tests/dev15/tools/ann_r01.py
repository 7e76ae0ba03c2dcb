ENTITIES = [
    ("fs", "City", "抚顺市", ["抚顺", "全市"]),
    ("ev", "Event", "全市春季项目集中开工仪式", []),
    ("sw", "GovernmentBody", "中共抚顺市委", ["抚顺市委"]),
    ("zf", "GovernmentBody", "抚顺市人民政府", ["市政府"]),
    ("c1", "Company", "辽宁锦盛药业有限公司", []),
    ("p1", "Project", "辽宁锦盛药业有限公司2000吨/年原料药及中间体项目", ["2000吨/年原料药及中间体项目"]),
    ("p2", "Project", "沈白高铁抚顺段项目", []),
    ("p3", "Project", "清原抽水蓄能电站项目", []),
    ("z1", "Zone", "沈阳现代化都市圈", []),
    ("z2", "Zone", "辽东绿色经济区", []),
]
LEAD = "4月26日,抚顺市举行全市春季项目集中开工仪式,全市217个项目开复工,总投资498.9亿元"
LIST = "辽宁锦盛药业有限公司2000吨/年原料药及中间体项目等一批新开工项目,沈白高铁抚顺段项目、清原抽水蓄能电站项目等一批重大项目开足马力"
BODY = "年初以来,抚顺市委、市政府统筹疫情防控和经济社会发展"
RELATIONS = (
    [
        ("fs", "organizes", "ev", LEAD),
        ("ev", "locatedIn", "fs", LEAD),
        ("c1", "operates", "p1", "辽宁锦盛药业有限公司2000吨/年原料药及中间体项目"),
        ("sw", "locatedIn", "fs", BODY),
        ("zf", "locatedIn", "fs", BODY),
    ]
    + [(p, "participatesIn", "ev", LIST) for p in ["p1", "p2", "p3"]]
    + [(p, "locatedIn", "fs", LIST) for p in ["p1", "p2", "p3"]]
)
VALUES = [
    ("ev", "projectCount", 217, "project", LEAD),
    ("ev", "totalInvestment", 49890000000, "CNY", LEAD),
]
NOTES = [
    "Source: ln.news.cn (新华网 辽宁频道, 来源 辽宁日报), 2022-04-28; the ceremony on 4月26日 (the year is not written in "
    "the text, so no date value). Headline kept; the kicker line (开足马力 奋力赶超), the date/source line and the share "
    "chrome dropped. The stored copy breaks off in the last paragraph (…直面问题,“不绕); the text ends at the last complete "
    "sentence (…抓落实。).",
    "Places: 抚顺市 (written 抚顺市, 抚顺; 全市 is it). 沈阳, 清原 (a county of 抚顺) and 沈白 occur only inside project "
    "and zone names (rule 5). 沈阳现代化都市圈 and 辽东绿色经济区 are the province's named regional areas → Zone (as "
    "沈阳经济区 in ../shared/dev); the city 聚焦建设 them, which is no schema relation (no locatedIn: the city is not a "
    "thing located in a zone).",
    "Event: the city's collective start ceremony, labelled as written (全市春季项目集中开工仪式); 抚顺市 举行 it → "
    "organizes, locatedIn. The three named projects are among the 217 started or resumed at it → participatesIn, and "
    "locatedIn 抚顺市 (the city's projects). The 2000吨/年 project is written firm + project → label with the firm's "
    "name, the project alone as alias, Company operates Project (as dev10, dev13).",
    "Bodies by rule 1: 抚顺市委、市政府 → 中共抚顺市委 (alias 抚顺市委) and 抚顺市人民政府 (alias 市政府), locatedIn 抚顺市. "
    "市委、市政府主要领导 names no person.",
    "Not annotated (slogans and goals, not named programmes, as dev13 read “1+4+1”产业定位): “工业立市、工业强市、产业兴市”, "
    "“两大基地”, “六大产业”, “三个融合”, “五个抚顺”, 统筹发展和安全“5+1”重大工程项目 (a group of projects, no single "
    "name), “要素跟着项目走”, “快车道”, “开工曲”; 县区和项目专班 and 清单制度 are generic.",
    "Values: 217 projects and 498.9亿元 at the ceremony (the headline's 217 is the same count). Not values: 2000吨/年 "
    "inside a project name.",
]
