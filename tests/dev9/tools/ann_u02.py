ENTITIES = [
    ("hb", "Province", "河北省", ["河北", "我省"]),
    ("bj", "Province", "北京市", ["北京"]),
    ("fgw", "GovernmentBody", "河北省发展和改革委员会", ["河北省发改委"]),
    ("zf", "GovernmentBody", "河北省人民政府", ["河北省政府"]),
    ("gfgw", "GovernmentBody", "国家发展和改革委员会", ["国家发改委"]),
    ("qhd", "City", "秦皇岛市", ["秦皇岛"]),
    ("bd", "City", "保定市", ["保定"]),
    ("cd", "City", "承德市", ["承德"]),
    ("hd", "City", "邯郸市", ["邯郸"]),
    ("cz", "City", "沧州市", ["沧州"]),
    ("p1", "Project", "邯钢结构优化升级一期", []),
    ("p2", "Project", "曹妃甸精品钢基地一期", []),
    ("p3", "Project", "唐车高速动车组", []),
    ("p4", "Project", "长安汽车定州基地", []),
    ("p5", "Project", "曹妃甸原油码头", []),
    ("p6", "Project", "华能上安电厂", []),
    ("p7", "Project", "国电滦河电厂", []),
    ("p8", "Project", "张石高速公路保定段", []),
    ("p9", "Project", "青兰高速公路冀鲁界至邯郸段", []),
    ("p10", "Project", "南水北调中线京石段应急供水工程", []),
    ("p11", "Project", "京沪高速铁路", []),
    ("p12", "Project", "京石客运专线", []),
    ("p13", "Project", "大广高速公路深州至大名段", []),
    ("p14", "Project", "山海关造船", []),
    ("p15", "Project", "日本住友建机唐山基地", []),
    ("p16", "Project", "华药新产品工业园", []),
    ("p17", "Project", "保定英利集团多晶硅", []),
    ("p18", "Project", "长深高速公路遵化至南小营段", []),
    ("p19", "Project", "沽源县东辛营风电场", []),
    ("p20", "Project", "张石高速公路三号地至张北段", []),
    ("p21", "Project", "承德百万千瓦级风电基地项目", []),
]
RELATIONS = [
    ("fgw", "locatedIn", "hb", "河北省发改委透露"),
    ("zf", "locatedIn", "hb", "河北省政府调度的1319个项目"),
    ("fgw", "partOf", "zf", "河北省发改委透露"),
    ("qhd", "partOf", "hb", "秦皇岛、保定、承德、邯郸、沧州等5个市"),
    ("bd", "partOf", "hb", "秦皇岛、保定、承德、邯郸、沧州等5个市"),
    ("cd", "partOf", "hb", "秦皇岛、保定、承德、邯郸、沧州等5个市"),
    ("hd", "partOf", "hb", "秦皇岛、保定、承德、邯郸、沧州等5个市"),
    ("cz", "partOf", "hb", "秦皇岛、保定、承德、邯郸、沧州等5个市"),
]
VALUES = [
    ("zf", "projectCount", 1319, "project", "河北省政府调度的1319个项目共完成投资2754亿元"),
    ("zf", "investmentCompleted", 275400000000, "CNY", "河北省政府调度的1319个项目共完成投资2754亿元"),
    ("hb", "projectsStarted", 484, "project", "全年共有484个省重点项目开工"),
]
NOTES = [
    "Source: news.mysteel.com 2009-03-31, a report from 河北省发改委 on 2008. Site chrome was dropped; the body is "
    "complete.",
    "Bodies: 河北省发改委 → 河北省发展和改革委员会 (a department of the provincial government: partOf), 河北省政府 → "
    "河北省人民政府, 国家发改委 → 国家发展和改革委员会 (it approves projects: 批复, which has no relation in the schema). "
    "国家 in 国家已批复 is not a body.",
    "Places: 河北省 (河北, 河北省, 我省); the five cities named on their own (秦皇岛、保定、承德、邯郸、沧州等5个市) "
    "partOf 河北省 by the division list; 北京 named on its own (向北京供水) → Province 北京市. Places that occur only "
    "inside project names (唐山, 定州, 深州, 大名, 遵化, 沽源县, 张北, 曹妃甸, 山海关) are not entities (rule 5).",
    "Projects: each named item of the four lists (钢铁、装备制造、港口、电力、交通、水利 and the new and preparatory "
    "projects) is a Project, labelled as written; 煤炭码头 (曹妃甸…煤炭码头, elliptical) is not annotated. Firms "
    "that occur only inside project names (邯钢, 唐车, 长安汽车, 华能, 国电, 住友建机, 华药, 英利集团) are not "
    "annotated as Companies: the text names the projects, not the firms acting. The projects are Hebei's provincial "
    "key projects by the article's frame, but no sentence places one of them, so no locatedIn is annotated.",
]
