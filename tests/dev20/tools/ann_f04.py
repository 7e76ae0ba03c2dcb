ENTITIES = [
    ("ev", "Event", "阿荣旗经济社会重大项目签约仪式", []),
    ("ev2", "Event", "呼伦贝尔市招商推介大会", []),
    ("arq", "District", "阿荣旗", ["该旗", "阿荣"]),
    ("hle", "District", "海拉尔区", ["海拉尔"]),
    ("zf", "GovernmentBody", "阿荣旗人民政府", []),
    ("c1", "Company", "呼伦贝尔肉业集团", []),
    ("c2", "Company", "深圳万利加集团", []),
    ("c3", "Company", "北京艾尔康居科技有限公司", []),
    ("c4", "Company", "北京汇丰民源科贸有限公司", []),
    ("p1", "Project", "300万吨重质碳酸钙超细微粉项目", []),
    ("p2", "Project", "30万吨粮食仓储物流及35万吨饲料加工项目", []),
    ("p3", "Project", "电子商务产业园项目", []),
    ("pg", "Programme", "“2211”发展战略", []),
    ("bj", "Province", "北京市", ["北京"]),
    ("sh", "Province", "上海市", ["上海"]),
    ("tj", "Province", "天津市", ["天津"]),
    ("gz", "City", "广州市", ["广州"]),
    ("sz", "City", "深圳市", ["深圳"]),
    ("w1", "Person", "王建庭", []),
    ("w2", "Person", "卢恒久", []),
]
EV = "12月22日,阿荣旗经济社会重大项目签约仪式在海拉尔举行"
SIGN = "阿荣旗人民政府与呼伦贝尔肉业集团等12家国内行业领军企业就15个项目签约"
QZ = (
    "其中,与深圳万利加集团300万吨重质碳酸钙超细微粉项目、与北京艾尔康居科技有限公司30万吨粮食仓储物流及35万吨饲料加工项目、"
    "与北京汇丰民源科贸有限公司电子商务产业园项目在呼伦贝尔市招商推介大会上签约"
)
RELATIONS = [
    ("ev", "locatedIn", "hle", EV),
    ("zf", "participatesIn", "ev", SIGN),
    ("c1", "participatesIn", "ev", SIGN),
    ("zf", "locatedIn", "arq", "阿荣旗人民政府"),
    ("zf", "participatesIn", "ev2", QZ),
    ("c2", "participatesIn", "ev2", QZ),
    ("c3", "participatesIn", "ev2", QZ),
    ("c4", "participatesIn", "ev2", QZ),
    ("p1", "participatesIn", "ev2", QZ),
    ("p2", "participatesIn", "ev2", QZ),
    ("p3", "participatesIn", "ev2", QZ),
    ("c2", "operates", "p1", "与深圳万利加集团300万吨重质碳酸钙超细微粉项目"),
    ("c3", "operates", "p2", "与北京艾尔康居科技有限公司30万吨粮食仓储物流及35万吨饲料加工项目"),
    ("c4", "operates", "p3", "与北京汇丰民源科贸有限公司电子商务产业园项目"),
    ("p1", "locatedIn", "arq", QZ),
    ("p2", "locatedIn", "arq", QZ),
    ("p3", "locatedIn", "arq", QZ),
    ("arq", "implements", "pg", "该旗根据资源禀赋,把项目建设作为经济发展的重要载体"),
]
VALUES = [
    ("ev", "signedProjectCount", 15, "project", "就15个项目签约,项目总投资140.85亿元"),
    ("ev", "signedTotalInvestment", 14085000000, "CNY", "就15个项目签约,项目总投资140.85亿元"),
    ("p1", "annualCapacity", 3000000, "t", "300万吨重质碳酸钙超细微粉项目"),
]
NOTES = [
    "Source: hbxhjgj.com (repost of a 呼伦贝尔 news item, authors 王建庭 卢恒久), 12月22日 of a year the page does not "
    "give: no date value. The body is complete.",
    "Places: 阿荣旗 (该旗 three times, 阿荣 in 阿荣大地) → District; 海拉尔 (the venue) → District 海拉尔区. 呼伦贝尔 is "
    "written only inside an event's and a firm's name (rule 5): no City, so no partOf. The cities the investment "
    "mission visited (北京, 上海, 广州, 天津, 深圳, named on their own) → Province (the municipalities) or City; 深圳 "
    "and 北京 inside firm names do not count.",
    "Events: the signing ceremony (in 海拉尔) and 呼伦贝尔市招商推介大会, where three of the fifteen projects were "
    "signed (其中…在…大会上签约). 阿荣旗人民政府 and 呼伦贝尔肉业集团 sign at the ceremony → participatesIn; the three "
    "named firms, their projects and the government (the 与 has it as subject) sign at the conference → "
    "participatesIn. No organizer is stated for either.",
    "Projects: 与X(firm)Y(project) names each firm's project → operates (the firm builds it; no amount per project, "
    "so no investsIn); locatedIn 阿荣旗 (projects the banner signs to be built there). The other twelve projects "
    "are not named.",
    "Programme: “2211”发展战略 put forward by the banner (该旗…提出) → implements. “两区、三地、一家园” (a slogan for a "
    "blueprint) and the kinds of projects are not annotated.",
    "Values: 15 projects, 140.85亿元 signed; 300万吨 capacity of the first project (no 年产 written; the usual "
    "reading). Not values: 12家 (firms), 30万吨/35万吨 inside the second name (one project, two capacities).",
]
