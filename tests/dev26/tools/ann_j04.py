LEAD = "州委副书记、州人民政府代理州长廖飞在州政府秘书长邓锦光及州发改等有关部门陪同下"
SITES = "先后深入黄平县重安重晶石微粉加工厂、黄平县行政中心、凯里黄平机场、黄平富城有限公司和谷陇工业园区主干道工程项目建设等地开展工作调研"
LEADERS = "县领导吴克、戴黔生、林昌富、马剑英、吴绍东、王锐崛、侯美嘉及有关部门负责人陪同调研"
AIR = "二是凯里黄平机场建设项目要抓紧工期"
ENTITIES = [
    ("hp", "District", "黄平县", ["黄平"]),
    ("zw", "GovernmentBody", "中共黔东南州委", ["州委"]),
    ("zf", "GovernmentBody", "黔东南苗族侗族自治州人民政府", ["州人民政府", "州政府"]),
    ("fg", "GovernmentBody", "黔东南州发展和改革委员会", ["州发改"]),
    ("zfb", "GovernmentBody", "黄平县人民政府办公室", ["黄平县政府办"]),
    ("c1", "Company", "重安重晶石微粉加工厂", ["黄平县重安重晶石微粉加工厂"]),
    ("c2", "Company", "黄平富城有限公司", []),
    ("xz", "Project", "黄平县行政中心", []),
    ("air", "Project", "凯里黄平机场建设项目", ["凯里黄平机场"]),
    ("gl", "Zone", "谷陇工业园区", []),
    ("road", "Project", "谷陇工业园区主干道工程项目", ["谷陇工业园区主干道工程"]),
    ("lf", "Person", "廖飞", []),
    ("djg", "Person", "邓锦光", []),
    ("wk", "Person", "吴克", []),
    ("dqs", "Person", "戴黔生", []),
    ("lcf", "Person", "林昌富", []),
    ("mjy", "Person", "马剑英", []),
    ("wsd", "Person", "吴绍东", []),
    ("wrj", "Person", "王锐崛", []),
    ("hmj", "Person", "侯美嘉", []),
]
RELATIONS = [
    ("lf", "worksFor", "zw", LEAD, {"title": "副书记"}),
    ("lf", "worksFor", "zf", LEAD, {"title": "代理州长"}),
    ("djg", "worksFor", "zf", LEAD, {"title": "秘书长"}),
    ("c1", "locatedIn", "hp", SITES),
    ("c2", "locatedIn", "hp", SITES),
    ("xz", "locatedIn", "hp", SITES),
    ("air", "locatedIn", "hp", SITES),
    ("gl", "locatedIn", "hp", SITES),
    ("road", "locatedIn", "gl", SITES),
    ("zfb", "locatedIn", "hp", "(黄平县政府办)"),
]
VALUES = []
NOTES = [
    "Source: qdn.cn (黔东南新闻网), 2012-09-24; no headline on the stored page, the byline (黄平县政府办) kept; the body is "
    "complete. 9月20日 without a year: no date value.",
    "Places: 黄平县 (黄平) → District. The prefecture (州) is not named on its own (凯里 only inside the airport's name): "
    "no City (as dev21 g01's 朝阳), so no partOf and no locatedIn for the prefecture's bodies.",
    "Bodies (rule 1, the article's prefecture is 黔东南苗族侗族自治州): 州委 → 中共黔东南州委; 州人民政府 / 州政府 → the "
    "prefecture's government; 州发改 → its development and reform commission. 廖飞 is 州委副书记 and 代理州长 → "
    "worksFor both; 邓锦光 州政府秘书长 → worksFor the government. The byline's 黄平县政府办 → the county government's "
    "office, locatedIn 黄平县 (the county government itself is not written).",
    "Sites visited, all in the county (深入黄平县…等地): the barite powder plant (重安 is a town written only inside its "
    "name; 黄平县 before it read as its place, kept as an alias) and 黄平富城有限公司 → Company; 黄平县行政中心 (the "
    "county's administrative centre being built), 凯里黄平机场(建设项目) and 谷陇工业园区主干道工程项目 → Project; "
    "谷陇工业园区 → Zone. Each locatedIn 黄平县, the road project in its park.",
    "People: the seven 县领导 → Person, no worksFor (县领导 names no body).",
    "The visit (调研) is not named: no Event. Not annotated: 产业链 (generic).",
]
