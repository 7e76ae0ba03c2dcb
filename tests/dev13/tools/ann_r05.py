ENTITIES = [
    ("gx", "Province", "广西壮族自治区", ["广西"]),
    ("yl", "City", "玉林市", ["玉林"]),
    ("fm", "District", "福绵区", ["福绵"]),
    ("ev", "Event", "招商引资项目签约仪式", []),
    ("c1", "Company", "广西威壮投资集团", []),
    ("c2", "Company", "苏州工业园区广龙生物医药有限公司", []),
    ("c3", "Company", "广东卓霖电器有限公司", []),
    ("p1", "Project", "生物医药广地龙特色养殖加工和药食同源食品基地项目", []),
    ("p2", "Project", "卓霖智能家电制造项目", []),
    ("ys", "Programme", "“玉商”回归", []),
    ("sh", "Programme", "“十虎竞玉林”", []),
    ("lxl", "Person", "刘晓磊", []),
]
D = {"date": "2025-02-17"}
LEAD = "广西壮族自治区玉林市福绵区举行招商引资项目签约仪式"
S1 = (
    "福绵区与广西威壮投资集团、苏州工业园区广龙生物医药有限公司签约的生物医药广地龙特色养殖加工和药食同源食品基地项目,"
    "总投资5.5亿元"
)
S2 = "福绵区与广东卓霖电器有限公司签约卓霖智能家电制造项目,总投资3亿元"
RELATIONS = [
    ("fm", "partOf", "yl", LEAD),
    ("yl", "partOf", "gx", LEAD),
    ("fm", "organizes", "ev", LEAD, D),
    ("ev", "locatedIn", "fm", LEAD),
    ("fm", "participatesIn", "ev", S1, D),
    ("c1", "participatesIn", "ev", S1, D),
    ("c2", "participatesIn", "ev", S1, D),
    ("c3", "participatesIn", "ev", S2, D),
    ("p1", "participatesIn", "ev", S1, D),
    ("p2", "participatesIn", "ev", S2, D),
    ("c1", "investsIn", "p1", S1),
    ("c2", "investsIn", "p1", S1),
    ("c3", "investsIn", "p2", S2, {"amount": {"value": 300000000, "unit": "CNY"}}),
    ("p1", "locatedIn", "fm", S1),
    ("p2", "locatedIn", "fm", S2),
    ("fm", "implements", "ys", "推动“玉商”“玉工”回归提档升级"),
    ("fm", "participatesIn", "sh", "在“十虎竞玉林”中奋勇争先、走在前列"),
]
VALUES = [
    ("ev", "date", "2025-02-17", "xsd:date", "2月17日,广西壮族自治区玉林市福绵区举行招商引资项目签约仪式"),
    ("ev", "projectCount", 4, "project", "共签约项目4个,总投资16.5亿元"),
    ("ev", "totalInvestment", 1650000000, "CNY", "共签约项目4个,总投资16.5亿元"),
    ("fm", "signedProjectsYTD", 11, "project", "福绵区今年已累计新签约招商引资项目11个,总投资35.48亿元"),
    (
        "fm",
        "signedInvestmentYTD",
        3548000000,
        "CNY",
        "福绵区今年已累计新签约招商引资项目11个,总投资35.48亿元",
    ),
    ("p1", "investment", 550000000, "CNY", S1),
    ("p1", "annualOutput", 2000000000, "CNY", "建成投产后年产值20亿元以上"),
    ("p2", "investment", 300000000, "CNY", S2),
    ("p2", "annualOutput", 100000000, "CNY", "建成投产后年产值约1亿元"),
]
NOTES = [
    "Source: dzb.xfrb.com.cn (a newspaper's e-paper, 本报讯), 2025-03-04; the signing on 2月17日 (year from 2025年, later "
    "in the text, and the page date). No headline in the stored text; the body is complete. 本报 is not named: no entity, "
    "the reporter 刘晓磊 is a Person without worksFor.",
    "Places: 广西壮族自治区玉林市福绵区 writes three divisions → Province, City, District, partOf by the division list; "
    "福绵 (福绵经济, 耀福绵) and 玉林 (玉林工业, 十虎竞玉林) are short forms. 广西 inside firm names and in the quoted "
    "goal “…广西纺织服装产业领头羊” is the same province. 苏州, 广东 occur only inside firm names (rule 5).",
    "Event: the district's signing ceremony (招商引资项目签约仪式; 此次签约 refers to it); 福绵区 举行 it → organizes, "
    "locatedIn, and signs at it (福绵区与…签约) → participatesIn. The firms that sign and the two named projects signed → "
    "participatesIn (the other two of the four are unnamed).",
    "investsIn: the firms sign the projects as investors (签约的…项目,总投资…) → investsIn; the 5.5亿元 is the joint project's "
    "total, so it is a value on the project and no relation amount; 广东卓霖电器有限公司 alone signs the 3亿元 project → "
    "amount 300,000,000 CNY. The projects are the district's → locatedIn 福绵区. Parts of p1 (广地龙特色养殖示范区, 药食同源"
    "食品加工基地, 生物医药研究中心) are its contents, not separate projects.",
    "Programmes: “玉商”回归 (the city's campaign to bring 玉林 merchants home; the district pushes it forward → implements; "
    "“玉工” shares the head 回归 and is not annotated separately - judgement) and “十虎竞玉林” (the city's contest among its "
    "ten counties/districts; the district takes part → participatesIn). Not annotated: slogans “实干为要…”, "
    "“六镇一园耀福绵” (a layout goal), “加速度”, the goal “玉林工业发展新增长极…”.",
    "Values: date, 4 projects and 16.5亿元 at the ceremony; the district's 11 projects and 35.48亿元 this year; each named "
    "project's investment and annual output (20亿元以上 read as 20亿元, 约1亿元 as 1亿元).",
]
