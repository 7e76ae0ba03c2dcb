ENTITIES = [
    ("lc", "District", "黎川县", ["黎川", "该县", "本县"]),
    ("ev", "Event", "集中开工仪式", ["重大项目集中开工仪式"]),
    ("p1", "Project", "黎川县康舒陶瓷(三期)扩建项目", ["康舒陶瓷(三期)扩建项目"]),
    ("c1", "Company", "乐中瓷泥有限公司", []),
    ("c2", "Company", "江西同胜环境技术有限公司", []),
    ("p2", "Project", "“一河两岸”景观改造续建工程", ["一河两岸景观改造续建工程"]),
    ("p3", "Project", "湖坊国防教育基地项目", []),
    ("p4", "Project", "黎滩河生态河滨带建设", []),
    ("p5", "Project", "聚龙湾创4A级乡村旅游点", []),
    ("prog", "Programme", "《2018年度招商引资工作方案》", ["2018年度招商引资工作方案"]),
    ("e1", "Event", "潮州陶瓷产业招商推介会", []),
    ("e2", "Event", "油画产业招商座谈会", []),
    ("e3", "Event", "黎川(南昌)商会“双返双创”座谈会", []),
    ("sh", "Institution", "黎川(南昌)商会", []),
    ("wwh", "Person", "王武辉", []),
]
LIST = (
    "该县康舒陶瓷(三期)扩建项目、乐中瓷泥有限公司、江西同胜环境技术有限公司等15个工业项目和“一河两岸”景观改造续建工程、"
    "湖坊国防教育基地项目、黎滩河生态河滨带建设、聚龙湾创4A级乡村旅游点等28个重大项目集中开工仪式在这里举行"
)
D = {"date": "2018-07-26"}
ACT = "自主开展潮州陶瓷产业招商推介会、油画产业招商座谈会、黎川(南昌)商会 “双返双创”座谈会等系列活动"
RELATIONS = (
    [
        ("ev", "locatedIn", "lc", "黎川县康舒陶瓷(三期)扩建项目工地上彩旗飘飘"),
        (
            "lc",
            "implements",
            "prog",
            "该县结合本县实际,大力推进招商引资工作,制定《2018年度招商引资工作方案》",
        ),
        ("lc", "organizes", "e1", ACT),
        ("lc", "organizes", "e2", ACT),
        ("lc", "organizes", "e3", ACT),
    ]
    + [(p, "participatesIn", "ev", LIST, D) for p in ["p1", "c1", "c2", "p2", "p3", "p4", "p5"]]
    + [(p, "locatedIn", "lc", LIST) for p in ["p1", "c1", "c2", "p2", "p3", "p4", "p5"]]
)
VALUES = [
    ("ev", "date", "2018-07-26", "", "7月26日上午,黎川县康舒陶瓷(三期)扩建项目工地上彩旗飘飘"),
    ("ev", "projectCount", 43, "project", "此次集中开工的43个项目总投资39.2亿元"),
    ("ev", "totalInvestment", 3920000000, "CNY", "此次集中开工的43个项目总投资39.2亿元"),
    (
        "ev",
        "industrialProjectCount",
        15,
        "project",
        "此次集中开工的15个工业项目涵盖陶瓷、物流、能源、节能科技等多个领域",
    ),
    ("ev", "industrialTotalInvestment", 2250000000, "CNY", "总投资约22.5亿元"),
    ("ev", "majorProjectCount", 28, "project", "28个重大项目涵盖交通基础设施"),
    ("ev", "majorTotalInvestment", 1670000000, "CNY", "总投资达16.7亿元"),
    ("lc", "investmentTeamCount", 8, "unit", "组建8个专业招商团队"),
]
NOTES = [
    "Source: a 黎川 news page (qsjwater.com, 黎川新闻 column) reprinting a local paper item (本报黎川讯; the paper is "
    "not named, so 本报 is no entity and the 通讯员 王武辉 gets no worksFor). The site's RSS/breadcrumb and the "
    "时间/浏览 line (2018-07-29) were dropped. 7月26日 is 2018-07-26 (the text's 2018年度 plan, page date).",
    "黎川县 is in 抚州市, 江西; neither is named on its own (江西 only inside 江西同胜环境技术有限公司, 南昌 and 潮州 "
    "only inside names), so there are no City/Province entities and no partOf. 长三角 and 珠三角 are regions "
    "outside the entity classes.",
    "Event: the text names it only as …等28个重大项目集中开工仪式 (rule 3); label 集中开工仪式, alias "
    "重大项目集中开工仪式. It is held at the 康舒陶瓷 project site (在这里举行) in 黎川县 → locatedIn 黎川县. No "
    "organiser is written.",
    "Started items: the named projects (康舒陶瓷(三期)扩建项目 with its 黎川县… form, “一河两岸”景观改造续建工程, "
    "湖坊国防教育基地项目, 黎滩河生态河滨带建设, 聚龙湾创4A级乡村旅游点) are Projects; 乐中瓷泥有限公司 and "
    "江西同胜环境技术有限公司 are listed among the 15个工业项目 by their firm names (Company, no separate project "
    "node). All take part in the start ceremony (participatesIn, rule 4) and are located in 黎川县 (该县…). 康舒陶瓷 "
    "is a brand inside a project name: no Company node. 聚龙湾 / 湖坊 / 黎滩河 are inside project names: no places.",
    "《2018年度招商引资工作方案》 is a Programme the county made (制定 → implements). The three 招商 meetings the "
    "county held itself (自主开展…等系列活动) are Events organised by 黎川县; 黎川(南昌)商会 (a chamber of commerce, "
    "Institution) is named inside the third event's name, with no relation stated.",
    "Values: the 43/15/28 project counts and their totals are on the event (the batch started at it).",
]
