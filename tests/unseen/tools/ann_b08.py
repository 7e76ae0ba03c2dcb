PROV = [
    ("hebei", "河北省", "河北"),
    ("shanxi", "山西省", "山西"),
    ("nmg", "内蒙古自治区", "内蒙古"),
    ("jilin", "吉林省", "吉林"),
    ("hlj", "黑龙江省", "黑龙江"),
    ("anhui", "安徽省", "安徽"),
    ("fujian", "福建省", "福建"),
    ("jiangxi", "江西省", "江西"),
    ("sd", "山东省", "山东"),
    ("henan", "河南省", "河南"),
    ("hubei", "湖北省", "湖北"),
    ("hunan", "湖南省", "湖南"),
    ("gd", "广东省", "广东"),
    ("gx", "广西壮族自治区", "广西"),
    ("hainan", "海南省", "海南"),
    ("sc", "四川省", "四川"),
    ("gz", "贵州省", "贵州"),
    ("yn", "云南省", "云南"),
    ("xz", "西藏自治区", "西藏"),
    ("shaanxi", "陕西省", "陕西"),
    ("gs", "甘肃省", "甘肃"),
    ("xj", "新疆维吾尔自治区", "新疆"),
    ("qh", "青海省", "青海"),
]
COUNTIES = [
    ("py", "平邑县", "平邑", "ly"),
    ("my", "蒙阴县", "蒙阴", "ly"),
    ("lq", "临朐县", "临朐", "sd"),
    ("wl", "五莲县", "五莲", "sd"),
    ("yn2", "沂南县", "沂南", "ly"),
    ("ss", "泗水县", "泗水", "sd"),
    ("yy", "沂源县", "沂源", "sd"),
]
ENTITIES = (
    [(k, "Province", label, [short, "我省"] if k == "sd" else [short]) for k, label, short in PROV]
    + [
        ("cq", "Province", "重庆市", ["重庆"]),
        ("nx", "Province", "宁夏回族自治区", ["宁夏"]),
        ("ly", "City", "临沂市", []),
    ]
    + [(k, "District", label, [short]) for k, label, short, _ in COUNTIES]
    + [
        ("swt", "GovernmentBody", "山东省商务厅", ["商务厅"]),
        ("czt", "GovernmentBody", "山东省财政厅", []),
        ("fpb", "GovernmentBody", "山东省扶贫开发领导小组办公室", ["扶贫办", "山东省扶贫办"]),
        ("czb", "GovernmentBody", "财政部", []),
        ("swb", "GovernmentBody", "商务部", []),
        ("gfb", "GovernmentBody", "国务院扶贫开发领导小组办公室", ["国务院扶贫办"]),
        ("prog", "Programme", "电子商务进农村综合示范", ["电子商务进农村综合示范工作"]),
        (
            "doc",
            "Programme",
            "《关于开展2017年电子商务进农村综合示范工作》",
            ["关于开展2017年电子商务进农村综合示范工作", "《关于开展2017年电子商务进农村综合示范工作》通知"],
        ),
        ("des", "Designation", "电子商务进农村综合示范县", ["省电商进农村示范县"]),
        ("gpx", "Designation", "国家扶贫开发重点县", []),
        ("lpx", "Designation", "集中连片贫困县", []),
    ]
)
FIRST = "山东省商务厅近日发布通知,确定平邑、蒙阴、临朐、五莲、沂南、泗水、沂源七县2017年开展电子商务进农村综合示范工作"
LIST = "确定平邑、蒙阴、临朐、五莲、沂南、泗水、沂源七县"
DOC = "财政部、商务部、国务院扶贫办三部门下发《关于开展2017年电子商务进农村综合示范工作》通知"
PROVB = "山东省财政厅、商务厅、扶贫办联合对我省电子商务进农村综合示范县申报等工作做了安排部署"
P23 = (
    "2017年开展电子商务进农村综合示范工作的省(区)份共有23个,分别为:河北、山西、内蒙古、吉林、黑龙江、安徽、福建、"
    "江西、山东、河南、湖北、湖南、广东、广西、海南、四川、贵州、云南、西藏、陕西、甘肃、新疆、青海"
)
RELATIONS = (
    [
        ("ly", "partOf", "sd", "临沂市3县入选省电商进农村示范县"),
        ("swt", "awards", "des", FIRST),
        ("swt", "locatedIn", "sd", "山东省商务厅"),
        ("czt", "locatedIn", "sd", PROVB),
        ("fpb", "locatedIn", "sd", PROVB),
        ("swt", "implements", "prog", PROVB),
        ("czt", "implements", "prog", PROVB),
        ("fpb", "implements", "prog", PROVB),
        ("czb", "implements", "doc", DOC, {"date": "2017-05"}),
        ("swb", "implements", "doc", DOC, {"date": "2017-05"}),
        ("gfb", "implements", "doc", DOC, {"date": "2017-05"}),
        ("swb", "implements", "prog", "从2014年开始,商务部会同财政部开展了电子商务进农村综合示范工作"),
        ("czb", "implements", "prog", "从2014年开始,商务部会同财政部开展了电子商务进农村综合示范工作"),
    ]
    + [(k, "partOf", parent, LIST) for k, _, _, parent in COUNTIES]
    + [(k, "designatedAs", "des", FIRST) for k, _, _, _ in COUNTIES]
    + [(k, "participatesIn", "prog", FIRST) for k, _, _, _ in COUNTIES]
    + [(k, "participatesIn", "prog", P23) for k, _, _ in PROV]
)
VALUES = [
    ("sd", "demonstrationCounties2017", 7, "county", "沂源七县2017年开展电子商务进农村综合示范工作"),
    ("ly", "demonstrationCounties2017", 3, "county", "临沂市3县入选省电商进农村示范县"),
    ("prog", "counties2014", 56, "county", "其中2014年56个县"),
    ("prog", "counties2015", 200, "county", "2015年200个县"),
    ("prog", "counties2016", 240, "county", "2016年240个县"),
    ("prog", "provinces2017", 23, "province", "工作的省(区)份共有23个"),
    ("prog", "startYear", "2014", "xsd:gYear", "从2014年开始,商务部会同财政部开展了"),
]
NOTES = [
    "Source: 中国网 Shandong channel (sd.china.com.cn) 2017-06-28, reposting 大众网 (author 江岩). Dropped: the date/source/"
    "author/editor line, the 摘要】 box (it repeats the first paragraph), the 原标题 line (原标题:临沂市平邑、蒙阴、沂南入选"
    "省电商进农村示范县) and the trailing 热搜资讯. Kept: the headline. 今年5月份 is 2017-05.",
    "Places: 山东省 (aliases 山东, 我省; 山东省 also inside the provincial bodies' names) and the 22 other provinces of the "
    "2017 list, plus 重庆 and 宁夏 (named as dropping out), each typed Province with its formal name as label and the written "
    "short form as alias. 临沂市 (headline) partOf 山东省. The seven counties are written without 县 (平邑, 蒙阴, …) and "
    "labelled 平邑县 etc.; by the division list 平邑县, 蒙阴县, 沂南县 partOf 临沂市, while 临朐县 (潍坊), 五莲县 (日照), 泗水县 "
    "(济宁), 沂源县 (淄博) partOf 山东省 because their cities are not written (rule 5: partOf joins places that are "
    "entities).",
    "Designation: the seven counties are 确定 by the provincial commerce department to carry out the demonstration work, "
    "i.e. they become the province's 电子商务进农村综合示范县 (headline 入选省电商进农村示范县, the headline form an alias) "
    "→ awards from 山东省商务厅 and designatedAs for each county; each county also participatesIn the programme. "
    "国家扶贫开发重点县 and 集中连片贫困县 are national county lists named as the programme's targets, with no holder named "
    "→ Designations with no relation.",
    "Programmes: 电子商务进农村综合示范 (alias the written …工作; the programme 商务部会同财政部开展 since 2014 → both "
    "implement it) and the notice 《关于开展2017年电子商务进农村综合示范工作》 (typed Programme as ../shared/dev d17 types a "
    "通知), issued (下发) by 财政部, 商务部 and 国务院扶贫办 → implements, dated 2017-05. The provincial finance and commerce "
    "departments and poverty office arrange the demonstration-county applications (安排部署) → implements the programme. "
    "The 23 provinces that carry out the work in 2017 participatesIn the programme (rule 7 allows Province subjects); "
    "重庆 and 宁夏 are said not to be on the 2017 list, so they get no relation.",
    "Bodies by rule 1: 商务厅 and 扶贫办 written after 山东省财政厅 are the Shandong bodies: 山东省商务厅 (also written in "
    "full) and 山东省扶贫开发领导小组办公室 (formal name as label, not written; 扶贫办 alias); 国务院扶贫办 → 国务院扶贫开发"
    "领导小组办公室 (written form alias). The provincial bodies are locatedIn 山东省.",
    "Not annotated: 东部沿海省份 (a region), 造血机制 (metaphor), 农村流通, 电商扶贫 (generic).",
]
