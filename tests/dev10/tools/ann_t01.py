ENTITIES = [
    ("cyx", "District", "朝阳县", ["我县"]),
    ("xw", "GovernmentBody", "中共朝阳县委", ["县委"]),
    ("xzf", "GovernmentBody", "朝阳县人民政府", ["县政府"]),
    ("zone", "Zone", "朝阳柳城经济开发区", []),
    ("gwh", "GovernmentBody", "朝阳柳城经济开发区管委会", []),
    ("smt", "Person", "石万田", []),
    ("cxm", "Person", "崔宪满", []),
    ("c1", "Company", "辽宁华锆新材料有限公司", []),
    ("c2", "Company", "辽宁荃吉康医药科技有限公司", []),
    (
        "p2",
        "Project",
        "辽宁荃吉康医药科技有限公司植物基健康谷一期植物基材料产业化项目",
        ["植物基健康谷一期植物基材料产业化项目"],
    ),
    ("c3", "Company", "蜂盛能源科技(辽宁)有限公司", []),
    ("p3", "Project", "蜂盛能源科技(辽宁)有限公司新型储能智能装备制造项目", ["新型储能智能装备制造项目"]),
    ("prog", "Programme", "重点项目复工“日调度、周通报”机制", ["“日调度、周通报”机制"]),
    ("qyq", "Person", "齐云起", []),
    ("wgc", "Person", "王国超", []),
]
HEAD = "县委副书记、县长石万田就我县开复工重点工作进行调研"
CXM = "县政府党组成员、朝阳柳城经济开发区管委会副主任崔宪满陪同调研"
SITE = (
    "位于朝阳柳城经济开发区的辽宁华锆新材料有限公司、辽宁荃吉康医药科技有限公司植物基健康谷一期植物基材料产业化项目现场"
    "和蜂盛能源科技(辽宁)有限公司新型储能智能装备制造项目现场"
)
RELATIONS = [
    ("xw", "locatedIn", "cyx", HEAD),
    ("xzf", "locatedIn", "cyx", "县政府党组成员"),
    ("gwh", "locatedIn", "zone", "朝阳柳城经济开发区管委会副主任"),
    ("smt", "worksFor", "xw", "县委副书记、县长石万田", {"title": "县委副书记"}),
    ("smt", "worksFor", "xzf", "县委副书记、县长石万田", {"title": "县长"}),
    ("cxm", "worksFor", "xzf", CXM, {"title": "县政府党组成员"}),
    ("cxm", "worksFor", "gwh", CXM, {"title": "副主任"}),
    ("c1", "locatedIn", "zone", SITE),
    ("p2", "locatedIn", "zone", SITE),
    ("p3", "locatedIn", "zone", SITE),
    ("c2", "operates", "p2", "辽宁荃吉康医药科技有限公司植物基健康谷一期植物基材料产业化项目"),
    ("c3", "operates", "p3", "蜂盛能源科技(辽宁)有限公司新型储能智能装备制造项目"),
]
VALUES = []
NOTES = [
    "Source: www.cyx.gov.cn (朝阳县人民政府 site, 来源 朝阳县融媒体中心), 2025-03-10; visit on 3月9日. Page chrome "
    "(breadcrumbs, 发布时间, the editor line [编辑/校对/审核]) dropped; the reporters' byline kept (the ▏ separator "
    "dropped). The body is complete.",
    "The county is written only as 我县: the site and the officials (县长石万田) are 朝阳县's, so the District is "
    "朝阳县 with alias 我县 (its label is not written). 朝阳 occurs only inside the zone's name: no City 朝阳市, "
    "so no partOf.",
    "Bodies by rule 1: 县委 (in 县委副书记) → 中共朝阳县委; 县政府 (in 县政府党组成员) → 朝阳县人民政府; the zone's "
    "管委会 is written in full. 石万田 worksFor both (县委副书记, 县长); 崔宪满 worksFor the government "
    "(县政府党组成员) and the 管委会 (副主任).",
    "The zone 朝阳柳城经济开发区 is the county's, but the text does not say where it lies: no locatedIn for it. "
    "位于…的 covers the whole list: the firm 辽宁华锆新材料有限公司 and the two projects locatedIn the zone; the two "
    "other firms are written only as their projects' owners (firm name + project → operates), their own seat is "
    "not given.",
    "Programme: 重点项目复工“日调度、周通报”机制 (a quoted 机制 the county magistrate asks to set up); no "
    "implements, since the subject is 各相关部门 (no entity). Not annotated: 重大项目智慧管理平台 (an IT platform), "
    "“店小二”, “强引擎”, “应开尽开、能开快开” (slogans). No Event: a visit (调研) is not a gathering.",
    "Reporters 齐云起 and 王国超: Persons; their medium is not written in the kept text, so no worksFor.",
]
