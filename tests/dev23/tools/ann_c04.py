LEAD = (
    "自治区党委书记张春贤在自治区党委常委秘书长白志杰、和田地区地委书记闫汾新、副书记张建国、行署专员巨艾提•伊明的陪同下,"
    "莅临和田尧柏公司项目工地视察指导工作"
)
LJ = "于田县委书记李建军向张春贤书记一行简要介绍了县工业园区的总体规划和布局"
GOVS = "并希望县委县政府加强企地共建"
LXB = "尧柏集团和田公司常务副经理罗先波对4500t/d新型干法熟料水泥生产线项目规划及建设情况作了详细汇报"
YB = "尧柏集团入驻新疆于田县将有利于推进县域经济社会的发展"
LAST = "陪同检查的领导还有于田县县长孜巴克.如孜,县委常委、常务副县长王林等"
P = "4500t/d新型干法熟料水泥生产线项目"
ENTITIES = [
    ("xj", "Province", "新疆维吾尔自治区", ["新疆"]),
    ("ht", "City", "和田地区", []),
    ("yt", "District", "于田县", ["于田"]),
    ("zzq", "GovernmentBody", "中共新疆维吾尔自治区委员会", ["自治区党委"]),
    ("dw", "GovernmentBody", "中共和田地区委员会", ["和田地区地委"]),
    ("xs", "GovernmentBody", "和田地区行政公署", ["行署"]),
    ("ytxw", "GovernmentBody", "中共于田县委", ["于田县委", "县委"]),
    ("ytzf", "GovernmentBody", "于田县人民政府", ["县政府"]),
    ("zone", "Zone", "于田县工业园区", ["县工业园区"]),
    ("htyb", "Company", "和田尧柏公司", ["尧柏集团和田公司", "和田尧柏"]),
    ("yb", "Company", "尧柏集团", []),
    ("p1", "Project", P, []),
    ("xbdkf", "Programme", "西部大开发", []),
    ("szmw", "Institution", "数字水泥网", []),
    ("zcx", "Person", "张春贤", ["张书记"]),
    ("bzj", "Person", "白志杰", []),
    ("yfx", "Person", "闫汾新", []),
    ("zjg", "Person", "张建国", []),
    ("jat", "Person", "巨艾提•伊明", []),
    ("ljj", "Person", "李建军", []),
    ("lxb", "Person", "罗先波", []),
    ("zbk", "Person", "孜巴克.如孜", []),
    ("wl", "Person", "王林", []),
]
RELATIONS = [
    ("ht", "partOf", "xj", LEAD),
    ("yt", "partOf", "ht", YB),
    ("zcx", "worksFor", "zzq", LEAD, {"title": "书记"}),
    ("bzj", "worksFor", "zzq", LEAD, {"title": "常委、秘书长"}),
    ("yfx", "worksFor", "dw", LEAD, {"title": "书记"}),
    ("zjg", "worksFor", "dw", LEAD, {"title": "副书记"}),
    ("jat", "worksFor", "xs", LEAD, {"title": "专员"}),
    ("ljj", "worksFor", "ytxw", LJ, {"title": "书记"}),
    ("zbk", "worksFor", "ytzf", LAST, {"title": "县长"}),
    ("wl", "worksFor", "ytxw", LAST, {"title": "常委"}),
    ("wl", "worksFor", "ytzf", LAST, {"title": "常务副县长"}),
    ("lxb", "worksFor", "htyb", LXB, {"title": "常务副经理"}),
    ("zzq", "locatedIn", "xj", LEAD),
    ("dw", "locatedIn", "ht", LEAD),
    ("xs", "locatedIn", "ht", LEAD),
    ("ytxw", "locatedIn", "yt", LJ),
    ("ytzf", "locatedIn", "yt", LAST),
    ("zone", "locatedIn", "yt", LJ),
    ("htyb", "operates", "p1", LXB),
    ("p1", "locatedIn", "yt", YB),
    ("yb", "locatedIn", "yt", YB),
]
VALUES = []
NOTES = [
    "Source: dcement.com (数字水泥网), 2011-09-16; the visit on 9月10日 (2011). Headline, subhead and the source/date line "
    "kept (as published, 来源 twice); the body is complete.",
    "Places: 新疆 (written on its own: 抢抓新疆经济发展机遇, 入驻新疆于田县) → Province 新疆维吾尔自治区; 和田地区 (a "
    "prefecture-level 地区) → City partOf it; 于田县 (于田) → District partOf 和田地区. 香港 (香港上市公司) names the stock "
    "market the group is listed on, not a place of the story: left out.",
    "Bodies: 自治区党委 → 中共新疆维吾尔自治区委员会 (张春贤 书记, 白志杰 常委秘书长); 和田地区地委 → 中共和田地区委员会 "
    "(闫汾新 书记, and 副书记张建国 in the same list); 行署 (行署专员) → 和田地区行政公署 (巨艾提•伊明 专员); 于田县委 / 县委 → "
    "中共于田县委 (李建军 书记, 王林 常委); 县政府 (县委县政府) → 于田县人民政府 (孜巴克.如孜 县长, 王林 常务副县长). Each "
    "body locatedIn its place.",
    "Firms: 和田尧柏公司 = 尧柏集团和田公司 (the group's 和田 company; 和田尧柏 in the headline) → one Company, its "
    "常务副经理 罗先波 → worksFor; it reports on the project → operates 4500t/d新型干法熟料水泥生产线项目 (Project, "
    "locatedIn 于田县: the group settles in 于田县 and the county's leaders receive the visit at the site). 尧柏集团 (the "
    "parent) → Company, locatedIn 于田县 (入驻新疆于田县).",
    "Zone: 县工业园区 (the county's industrial park, introduced at the site) → Zone 于田县工业园区, locatedIn the county; "
    "工业区 (实现工业区的规模效应) is a generic back-reference.",
    "Programme: 国家西部大开发 (the national Western Development strategy) → Programme 西部大开发; no body implements it here.",
    "Media: 数字水泥网 (来源) → Institution; no reporter named. No Event: the inspection is written as a verb (视察). "
    "No values: 4500t/d is inside the project's name, and the date has no Event to hang on.",
    "Not annotated: 企地共建 (a slogan), 当地政府负责人 (generic), 精品工程 (a phrase).",
]
