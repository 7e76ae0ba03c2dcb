ENTITIES = [
    ("dy", "District", "定远县", ["定远", "全县"]),
    ("xw", "GovernmentBody", "中共定远县委", ["县委", "定远县委"]),
    ("xzf", "GovernmentBody", "定远县人民政府", ["县政府"]),
    ("swr", "GovernmentBody", "中共滁州市委", ["市委"]),
    ("srd", "GovernmentBody", "滁州市人大常委会", ["市人大常委会"]),
    ("ev", "Event", "“两重”攻坚行动10月份重点招商项目集中签约仪式", ["集中签约仪式", "签约仪式", "仪式"]),
    ("lz", "Programme", "“两重”攻坚行动", []),
    ("wrj", "Person", "万瑞健", []),
    ("zj", "Person", "邹军", []),
    ("cgx", "Person", "陈国祥", []),
    ("fzb", "Person", "范泽斌", []),
    ("txg", "Person", "陶学功", []),
    ("wjq", "Person", "王俊卿", []),
    ("ldm", "Person", "李大明", []),
    ("p1", "Project", "江苏南通城欣市政工程天然油脂深加工项目", []),
    ("p2", "Project", "苏州超邦涂料年产4.5万吨先进功能多用途涂料及研发工程中心项目", []),
    ("p3", "Project", "湖南福尔程环保科技重金属螯合剂系列产品项目", []),
    ("p4", "Project", "江苏科利科技电子产品生产项目", []),
    ("p5", "Project", "广州诚越电子科技高频、高速、PTFE覆铜板项目", []),
]
EV = "定远县举行“两重”攻坚行动10月份重点招商项目集中签约仪式"
ATT = "市、县领导万瑞健、邹军、陈国祥、范泽斌、陶学功、王俊卿、李大明及投资项目代表出席签约仪式"
D = {"date": "2020-10-30"}
RELATIONS = (
    [
        ("dy", "organizes", "ev", EV, D),
        ("ev", "locatedIn", "dy", EV),
        ("dy", "implements", "lz", EV),
        ("xw", "locatedIn", "dy", "代表县委、县政府对各位企业家来定远县投资兴业表示欢迎"),
        ("xzf", "locatedIn", "dy", "代表县委、县政府对各位企业家来定远县投资兴业表示欢迎"),
        ("wrj", "worksFor", "xw", "县委书记万瑞健", {"title": "县委书记"}),
        ("wrj", "worksFor", "srd", "市人大常委会副主任、县委书记万瑞健", {"title": "副主任"}),
        ("txg", "worksFor", "xw", "县委常委、常务副县长陶学功", {"title": "县委常委"}),
        ("txg", "worksFor", "xzf", "县委常委、常务副县长陶学功", {"title": "常务副县长"}),
    ]
    + [(p, "participatesIn", "ev", ATT, D) for p in ["wrj", "zj", "cgx", "fzb", "txg", "wjq", "ldm"]]
    + [(p, "participatesIn", "ev", "参加此次集中签约的项目共5个", D) for p in ["p1", "p2", "p3", "p4", "p5"]]
    + [(p, "locatedIn", "dy", "定远县5个项目集中签约总投资23.2亿元") for p in ["p1", "p2", "p3", "p4", "p5"]]
)
VALUES = [
    ("ev", "signedProjectCount", 5, "project", "参加本次集中签约的项目共5个"),
    ("ev", "totalInvestment", 2320000000, "CNY", "协议总投资23.2亿元"),
    ("p1", "totalInvestment", 580000000, "CNY", "总投资5.8亿元的江苏南通城欣市政工程天然油脂深加工项目"),
    ("p2", "totalInvestment", 550000000, "CNY", "总投资5.5亿元的苏州超邦涂料"),
    ("p3", "totalInvestment", 570000000, "CNY", "总投资5.7亿元的湖南福尔程环保科技"),
    ("p4", "totalInvestment", 500000000, "CNY", "总投资5亿元的江苏科利科技"),
    ("p5", "totalInvestment", 120000000, "CNY", "总投资1.2亿元的广州诚越电子科技"),
]
NOTES = [
    "Province 安徽, city 滁州 (定远县 is a county of 滁州市); neither is named in the text, so neither is an entity "
    "and 定远县 has no partOf.",
    "市委 (围绕市委部署) and 市人大常委会 (万瑞健's post) are bodies of 滁州市, the county's parent city: resolved "
    "to 中共滁州市委 and 滁州市人大常委会, the written short forms are aliases.",
    "The investors appear only as the first part of each project name (江苏南通城欣市政工程, 苏州超邦涂料, "
    "湖南福尔程环保科技, 江苏科利科技, 广州诚越电子科技) without 公司: no Company nodes and no investsIn; the "
    "places inside them (江苏, 南通, 苏州, 湖南, 广州) are not entities (rule 5).",
    "The five projects are signed by the county (title: 定远县5个项目集中签约), so they are located in 定远县.",
    "“亭满意” is a service-quality brand of 滁州 (a standard, not a programme with a body running it here); left out.",
    "The last sentence of the page (这五个项目分别入驻该县经开区…) stopped mid-sentence and was removed.",
]
