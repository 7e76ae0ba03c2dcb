LEAD = (
    "1月1日,在山西省政府举办的全省开发区2021年第一期签约一批、开工一批、投产一批“三个一批”活动上,"
    "中国能建山西电建应邀在长治分会场与山西省襄垣县政府签署《襄垣县经济开发区基础设施项目投资合作战略协议》"
)
SUM = "这次山西省全省开发区“三个一批”活动,签约项目413个、总投资2800亿元,开工项目268个、总投资1288.6亿元,投产项目245个、总投资556.7亿元"
ENTITIES = [
    ("sx", "Province", "山西省", []),
    ("cz", "City", "长治市", ["长治"]),
    ("xy", "District", "襄垣县", []),
    ("sxzf", "GovernmentBody", "山西省人民政府", ["山西省政府"]),
    ("xyzf", "GovernmentBody", "襄垣县人民政府", ["襄垣县政府", "山西省襄垣县政府"]),
    ("c1", "Company", "中国能建山西电建", []),
    (
        "ev",
        "Event",
        "全省开发区2021年第一期签约一批、开工一批、投产一批“三个一批”活动",
        ["山西省全省开发区“三个一批”活动", "“三个一批”活动"],
    ),
    ("p1", "Project", "襄垣县经济开发区基础设施项目", []),
]
RELATIONS = [
    ("cz", "partOf", "sx", LEAD),
    ("xy", "partOf", "cz", LEAD),
    ("sxzf", "locatedIn", "sx", LEAD),
    ("xyzf", "locatedIn", "xy", LEAD),
    ("sxzf", "organizes", "ev", LEAD),
    ("c1", "participatesIn", "ev", LEAD),
    ("xyzf", "participatesIn", "ev", LEAD),
    ("p1", "participatesIn", "ev", LEAD),
    ("c1", "investsIn", "p1", LEAD),
    ("p1", "locatedIn", "xy", LEAD),
]
VALUES = [
    ("ev", "date", "2021-01-01", "xsd:date", LEAD),
    ("ev", "signedProjectCount", 413, "project", SUM),
    ("ev", "signedTotalInvestment", 280000000000, "CNY", SUM),
    ("ev", "startedProjectCount", 268, "project", SUM),
    ("ev", "startedTotalInvestment", 128860000000, "CNY", SUM),
    ("ev", "completedProjectCount", 245, "project", SUM),
    ("ev", "completedTotalInvestment", 55670000000, "CNY", SUM),
]
NOTES = [
    "Source: nextvapk.com (a repost of a 中国能建山西电建 news item), 2021-01-06; no headline or byline on the stored copy; "
    "the trailing 评论 chrome dropped; the body is complete (266 characters, just above the brief's 250). The year is "
    "written in the event's name (2021年第一期): date 2021-01-01.",
    "Places: 山西省 (山西省全省开发区, 山西省襄垣县政府) → Province; 长治 (长治分会场, a branch venue named for the city) → "
    "City 长治市 partOf 山西省; 襄垣县 → District partOf 长治市 (division list). 襄垣县经济开发区 is written only inside "
    "the project's and the agreement's names: no Zone (rule 5), so the project is located in 襄垣县.",
    "Bodies: 山西省政府 → 山西省人民政府, holds the activity (举办) → organizes; 襄垣县政府 → 襄垣县人民政府, signs at it → "
    "participatesIn.",
    "Event: 全省开发区2021年第一期签约一批、开工一批、投产一批“三个一批”活动 (later 山西省全省开发区“三个一批”活动) → Event; its "
    "figures (413 signed projects 2800亿元, 268 started 1288.6亿元, 245 in production 556.7亿元) are values of the event.",
    "Firm and project: 中国能建山西电建 (as written) signs 《襄垣县经济开发区基础设施项目投资合作战略协议》 with the county → "
    "participatesIn the event; an investment cooperation agreement for the project → investsIn (no amount). The project "
    "is signed at the event → participatesIn. The agreement itself is a contract, not a class of the schema.",
    "Not annotated: the works listed (9条园区道路, 2个污水处理厂 …) as parts of the project (no names).",
]
