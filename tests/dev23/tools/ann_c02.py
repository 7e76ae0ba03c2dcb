LEAD = "2010年10月28日,首届中国换热设备博览会在昌图县辽宁换热设备产业基地开幕"
TENG = "副省长滕卫平出席开幕式"
DAY = (
    "开幕当天来自国家有关部委、省市有关领导,换热设备及相关产业企业的高层管理人员,用户企业代表共1800人参加了开幕式、"
    "辽宁换热设备产业基地招商引资说明会和国际换热设备产业制造与发展高峰论坛"
)
DEC = "2008年10月,省委、省政府作出了依托老四平工业园区打造辽宁换热设备产业基地的决定"
CTG = "昌图县委、县政府以“举全县之力加快产业基地发展”的超常规举措"
MECH = "昌图县全员参与进行大规模招商,并建立项目预审机制"
BASE = "辽宁换热设备产业基地"
ENTITIES = [
    ("ct", "District", "昌图县", ["昌图", "全县"]),
    ("base", "Zone", BASE, ["辽宁昌图换热设备产业基地", "产业基地", "基地"]),
    ("lsp", "Zone", "老四平工业园区", []),
    ("fair", "Event", "首届中国换热设备博览会", ["博览会", "此次博览会", "本次博览会"]),
    ("ev2", "Event", "辽宁换热设备产业基地招商引资说明会", []),
    ("ev3", "Event", "国际换热设备产业制造与发展高峰论坛", []),
    ("sw", "GovernmentBody", "中共辽宁省委", ["省委"]),
    ("szf", "GovernmentBody", "辽宁省人民政府", ["省政府"]),
    ("ctxw", "GovernmentBody", "中共昌图县委", ["昌图县委"]),
    ("ctzf", "GovernmentBody", "昌图县人民政府", ["县政府"]),
    ("mech", "Programme", "项目预审机制", []),
    ("twp", "Person", "滕卫平", []),
]
RELATIONS = [
    ("base", "locatedIn", "ct", LEAD),
    ("fair", "locatedIn", "base", LEAD),
    ("twp", "participatesIn", "fair", TENG),
    ("twp", "worksFor", "szf", TENG, {"title": "副省长"}),
    ("ctxw", "locatedIn", "ct", CTG),
    ("ctzf", "locatedIn", "ct", CTG),
    ("ct", "implements", "mech", MECH),
]
VALUES = [
    ("fair", "date", "2010-10-28", "xsd:date", LEAD),
    ("ev2", "date", "2010-10-28", "xsd:date", DAY),
    ("ev3", "date", "2010-10-28", "xsd:date", DAY),
    ("fair", "attendance", 1800, "person", "用户企业代表共1800人参加了开幕式"),
    ("base", "infrastructureInvestment", 880000000, "CNY", "两年时间里累计投入基础建设资金8.8亿元"),
    ("base", "builtArea", 10400000, "m2", "目前建成区10.4平方公里"),
    ("base", "projectCount", 160, "project", "辽宁换热设备产业基地累计引进项目160个"),
    ("base", "agreedInvestment", 13200000000, "CNY", "协议引资额达132亿元"),
    ("base", "projectsOver100m", 15, "project", "其中超亿元项目15个"),
    ("base", "projectsOver50m", 145, "project", "5000万元以上项目145个"),
    ("base", "producingFirms", 63, "enterprise", "产业基地投产企业达63家"),
    ("base", "industrialOutput", 3450000000, "CNY", "实现工业总产值34.5亿元"),
    ("base", "jobs", 5480, "person", "带动就业5480人"),
]
NOTES = [
    "Source: ccbuild.com (a building-industry site), 2010 (the fair opened 2010-10-28). Headline kept, the site's "
    "摘要 (a truncated copy of the first lines) and the comment box dropped; the body is complete, its spaces between "
    "sentences as published.",
    "Places: 昌图县 (昌图 in the headline, 全县 in the quoted slogan) → District. 辽宁 occurs only inside the base's name; "
    "铁岭 is not written: no Province, no City, no partOf.",
    "Zones: 辽宁换热设备产业基地 (an industrial base with a built-up area, projects and producing firms; 产业基地, 基地 "
    "later; 辽宁昌图换热设备产业基地 in the headline) → Zone locatedIn 昌图县 (在昌图县辽宁换热设备产业基地). 老四平工业园区, "
    "the park the base was built on (依托…打造) → Zone; the text gives no place or relation for it beyond that.",
    "Events: 首届中国换热设备博览会 (博览会, 此次/本次博览会) → Event locatedIn the base, dated 2010-10-28; 副省长滕卫平 "
    "attends its opening (出席开幕式; the 开幕式 is the fair's opening, not a gathering of its own) → participatesIn. "
    "The 说明会 and the 高峰论坛 held on the opening day (开幕当天…参加了) → Events, dated the same day; no organiser is "
    "written for any of the three.",
    "Bodies: 省委, 省政府 (省委、省政府作出了…决定) → 中共辽宁省委, 辽宁省人民政府 (rule 1, the article's province; no "
    "Province node to place them in); 副省长 → worksFor 辽宁省人民政府 (the body is written). 昌图县委、县政府 → 中共昌图县委, "
    "昌图县人民政府, locatedIn the county.",
    "Programme: 项目预审机制 (a mechanism the county sets up: 昌图县…建立项目预审机制) → Programme, the county implements it "
    "(rule 7 lets a district implement).",
    "Values: the fair's date and attendance (1800); the base's 8.8亿元 of infrastructure spending, 10.4 km2 built up, "
    "160 projects, 132亿元 agreed, 15 over 1亿元, 145 over 5000万元, 63 producing firms, 34.5亿元 output, 5480 jobs. "
    "Not values: 100多家 (an approximate count of exhibitors), 2008年10月 (the decision's month: no node for it).",
    "Not annotated: 国家有关部委, 省市有关领导 (generic), “七通一平” (a standard), 换热设备 (an industry).",
]
