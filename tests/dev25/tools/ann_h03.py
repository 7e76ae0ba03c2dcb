LEAD = "1月4日,河南省委、省政府组织召开全省第三期重大项目建设暨“三个一批”推进会"
BR = "按照要求,汝阳县设立分会场,同步开展“三个一批”活动"
WHO = "县委副书记、县长赵振峰,马志荣、赵改新、李杰等四大班子领导参加相关活动"
CER = "汝阳县2022年度第一批重大项目开工仪式在汝阳玄武岩科技工业园项目现场举行"
ZHAO = "仪式上,赵振峰宣布开工指令"
BATCH = "此次集中开工项目共计28个,总投资160.99亿元,年度计划完成投资50.5亿元"
DX = "当天,赵振峰还带队到县委党校新校区项目现场察看建设进度"
ENTITIES = [
    ("ry", "District", "汝阳县", ["汝阳", "该县"]),
    ("hnsw", "GovernmentBody", "中共河南省委", ["河南省委"]),
    ("hnzf", "GovernmentBody", "河南省人民政府", ["省政府"]),
    ("xw", "GovernmentBody", "中共汝阳县委", ["县委"]),
    (
        "ev1",
        "Event",
        "全省第三期重大项目建设暨“三个一批”推进会",
        ["全省第三期重大项目建设暨“三个一批”推进会议"],
    ),
    ("ev2", "Event", "汝阳县2022年度第一批重大项目开工仪式", []),
    ("prog", "Programme", "“三个一批”活动", ["三个一批"]),
    ("prog2", "Programme", "“万人助万企”活动", ["万人助万企"]),
    ("p1", "Project", "汝阳玄武岩科技工业园项目", ["汝阳玄武岩科技工业园"]),
    ("p2", "Project", "县委党校新校区项目", []),
    ("zzf", "Person", "赵振峰", []),
    ("mzr", "Person", "马志荣", []),
    ("zgx", "Person", "赵改新", []),
    ("lj", "Person", "李杰", []),
    ("gz", "Person", "高召", []),
    ("zn", "Person", "赵宁", []),
    ("dhw", "Institution", "大河网", []),
]
RELATIONS = [
    ("hnsw", "organizes", "ev1", LEAD),
    ("hnzf", "organizes", "ev1", LEAD),
    ("ry", "participatesIn", "ev1", BR),
    ("ry", "implements", "prog", BR),
    ("zzf", "worksFor", "xw", WHO, {"title": "副书记"}),
    ("xw", "locatedIn", "ry", WHO),
    ("zzf", "participatesIn", "prog", WHO),
    ("mzr", "participatesIn", "prog", WHO),
    ("zgx", "participatesIn", "prog", WHO),
    ("lj", "participatesIn", "prog", WHO),
    ("ry", "organizes", "ev2", CER),
    ("ev2", "locatedIn", "ry", CER),
    ("zzf", "participatesIn", "ev2", ZHAO),
    ("p1", "locatedIn", "ry", CER),
    ("p2", "locatedIn", "ry", DX),
]
VALUES = [
    ("ev1", "date", "2022-01-04", "xsd:date", LEAD),
    ("ev2", "date", "2022-01-04", "xsd:date", CER),
    ("ry", "projectsStarted", 28, "project", BATCH),
    ("ry", "startedProjectsInvestment", 16099000000, "CNY", BATCH),
    ("ry", "annualPlannedInvestment", 5050000000, "CNY", BATCH),
    ("ry", "projectsOver1bn", 7, "project", "其中总投资10亿元以上项目7个"),
    ("ry", "projectsOver100m", 21, "project", "亿元以上项目21个"),
]
NOTES = [
    "Source: city.dahe.cn (大河网), 2022-01-06. Headline and the date line kept; the 来源 line and the 编辑/审核 line "
    "dropped; the body is complete. Year 2022 (2022年度, the date line) for 1月4日.",
    "Places: 汝阳县 (汝阳, 该县) → District. 河南 occurs only inside 河南省委 and 全省 alone makes no Province (rule 5, as "
    "dev21 g01); 洛阳 is not written: no City.",
    "Bodies: 河南省委 → 中共河南省委, 省政府 → 河南省人民政府 (rule 1); they call the provincial meeting (组织召开) → "
    "organizes the Event 全省第三期重大项目建设暨“三个一批”推进会 (the longer 推进会议 form an alias). 汝阳县 sets up a "
    "branch venue → participatesIn. 县委副书记 → 中共汝阳县委 (worksFor 副书记); 县长: 县政府 is not written, no body.",
    "Programmes: “三个一批”活动 (同步开展 → 汝阳县 implements; the four leaders 参加相关活动 → participatesIn) and "
    "“万人助万企”活动 (named in 赵振峰's call, 深入开展…: no implements stated as done).",
    "Event: 汝阳县2022年度第一批重大项目开工仪式 (the county's, 汝阳县 organizes; judgement from its name), held at the "
    "site of 汝阳玄武岩科技工业园项目 → locatedIn 汝阳县 (the project is no place); 赵振峰 宣布开工指令 → participatesIn.",
    "Projects: 汝阳玄武岩科技工业园项目 (written …项目现场) and 县委党校新校区项目 → Project, locatedIn 汝阳县.",
    "Byline (高召 赵宁) → Person each, no employer; 大河网 (大河网讯, the news site) → Institution.",
    "Values: dates; the batch's 28 projects, 160.99亿元, 50.5亿元 planned this year, 7 and 21 (put on the county).",
]
