ENTITIES = [
    ("ll", "District", "卢龙县", ["全县"]),
    ("ev", "Event", "2019年秋季重点项目集中开工仪式", []),
    ("xw", "GovernmentBody", "中共卢龙县委", ["县委"]),
    ("zf", "GovernmentBody", "卢龙县人民政府", ["县政府"]),
    ("prog", "Programme", "“项目建设落地工程”", []),
    ("qhd", "Institution", "秦皇岛日报", []),
    ("wj", "Person", "王静", []),
    ("fht", "Person", "冯海涛", []),
    ("c1", "Company", "河北领标科技发展有限公司", []),
    ("c2", "Company", "北京中艺映画文化传媒有限公司", []),
    ("c3", "Company", "卢龙文景科技有限公司", []),
    ("c4", "Company", "秦皇岛永桢建筑工程有限公司", []),
    ("c5", "Company", "河北中薯农业科技集团股份有限公司", []),
    ("c6", "Company", "秦皇岛满仓面业有限公司", []),
    ("c7", "Company", "卢龙县峪兴农业科技有限公司", []),
]
PROJ = [
    ("p1", "c1", "年产800万平方米新型节能超薄岩板和8万套整体橱柜生产线项目", 2080000000, "20.8亿元"),
    ("p2", "c2", "棋盘山综合开发项目", 2000000000, "20亿元"),
    ("p3", "c3", "装配式装饰产业研发基地项目", 150000000, "1.5亿元"),
    ("p4", "c4", "装配式钢结构和轻钢房屋项目", 125000000, "1.25亿元"),
    ("p5", "c5", "优质鲜薯深加工二期工程及科研中心项目", 41500000, "4150万元"),
    ("p6", "c6", "年加工小麦12万吨面粉项目", 80000000, "8000万元"),
    ("p7", "c7", "醴泉山谷二期项目", 22000000, "2200万元"),
]
CNAME = {k: lab for k, _, lab, _ in ENTITIES if k.startswith("c")}
for pk, ck, plabel, _amt, _w in PROJ:
    ENTITIES.append((pk, "Project", CNAME[ck] + plabel, [plabel]))
D = {"date": "2019-10-20"}
LEAD = "卢龙县举行2019年秋季重点项目集中开工仪式,总投资45亿元的7个项目集中开工"
BODY = "卢龙县委、县政府坚持以新发展理念引领高质量发展"
RELATIONS = (
    [
        ("ll", "organizes", "ev", LEAD, D),
        ("ev", "locatedIn", "ll", LEAD),
        ("xw", "locatedIn", "ll", BODY),
        ("zf", "locatedIn", "ll", BODY),
        ("xw", "implements", "prog", "倾力实施“项目建设落地工程”"),
        ("zf", "implements", "prog", "倾力实施“项目建设落地工程”"),
        ("wj", "worksFor", "qhd", "秦皇岛日报记者王静", {"title": "记者"}),
    ]
    + [(ck, "operates", pk, CNAME[ck] + plabel) for pk, ck, plabel, _a, _w in PROJ]
    + [(pk, "participatesIn", "ev", "这7个项目分别为", D) for pk, *_ in PROJ]
    + [(pk, "locatedIn", "ll", LEAD) for pk, *_ in PROJ]
)
VALUES = [
    ("ev", "date", "2019-10-20", "xsd:date", "10月20日,卢龙县举行2019年秋季重点项目集中开工仪式"),
    ("ev", "totalInvestment", 4500000000, "CNY", LEAD),
    ("ev", "projectCount", 7, "project", LEAD),
    ("ll", "projectsUnderConstruction", 27, "project", "全县共有亿元以上在建项目27个,计划总投资126.58亿元"),
    ("ll", "plannedInvestment", 12658000000, "CNY", "全县共有亿元以上在建项目27个,计划总投资126.58亿元"),
] + [(pk, "investment", amt, "CNY", f"总投资{w}的{CNAME[ck]}") for pk, ck, _p, amt, w in PROJ]
NOTES = [
    "Source: qhd.hebei.com.cn (长城网 秦皇岛), 2019-10-28; the ceremony on 10月20日 (year from 2019年秋季). No headline "
    "in the stored text; the body is complete (ends with the byline).",
    "Places: 卢龙县 (a county of 秦皇岛市; 全县 is it). 秦皇岛, 河北, 北京 occur only inside firm and paper names, 棋盘山 "
    "and 醴泉山谷 only inside project names (rule 5). 京津 (京津产业转移) is a region: not annotated.",
    "Event: the county's collective start ceremony labelled as written (2019年秋季重点项目集中开工仪式); 卢龙县 举行 it → "
    "organizes, locatedIn. The seven started projects → participatesIn, locatedIn 卢龙县 (the county's projects).",
    "Projects: each is written as firm name + project (总投资X的…有限公司…项目) → label with the firm's name, the project "
    "alone as alias, Company operates Project (as dev10); the investment is a value on the project (总投资X的 + project), "
    "not an investsIn amount (the firm is the project's owner; 投资 is not said of the firm).",
    "Bodies by rule 1: 卢龙县委、县政府 → 中共卢龙县委 (alias 县委) and 卢龙县人民政府 (alias 县政府), locatedIn 卢龙县; "
    "they 倾力实施“项目建设落地工程” → implements (Programme, a campaign named 工程). “1+4+1”产业定位 is a positioning, "
    "not a programme; 新发展理念 is a doctrine: not annotated.",
    "Byline: 秦皇岛日报记者王静 → Institution 秦皇岛日报, worksFor (记者); 通讯员冯海涛 names no body → Person only.",
    "Values: date, 45亿元 and 7 projects at the ceremony, each project's total investment, the county's 27 projects and "
    "126.58亿元. Not values: the capacities inside project names (800万平方米, 8万套, 12万吨).",
]
