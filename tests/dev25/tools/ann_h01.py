LEAD = "日前,市政府新闻办召开新闻发布会,大石桥市通报今年前三季度区域经济社会发展情况"
JP = "大石桥市委常委、副市长金鹏说"
SIGN = "盛瑞耐火年产8万吨镁质不定形耐火材料等88个项目签约"
BASE = "总投资3亿元的营口耘垦肉鸡智慧农场养殖基地等36个项目落地"
AGR = "宁泰新材料和科威特半岛国际集团签订合作协议"
TECH = "菱镁化工菱镁矿制备纳米氧化镁等12个项目入选省技术创新重点项目计划"
FIRMS = "培育科技型中小企业57家、国家高新技术企业18家、雏鹰瞪羚企业6家。新增省级专精特新中小企业6家、创新型中小企业6家"
ENV = "开展“环境提升年”活动"
ENTITIES = [
    ("dsq", "District", "大石桥市", ["大石桥"]),
    ("xwb", "GovernmentBody", "营口市人民政府新闻办公室", ["市政府新闻办"]),
    ("sw", "GovernmentBody", "中共大石桥市委", ["大石桥市委"]),
    ("ev", "Event", "新闻发布会", []),
    ("jp", "Person", "金鹏", []),
    ("p1", "Project", "盛瑞耐火年产8万吨镁质不定形耐火材料", ["年产8万吨镁质不定形耐火材料"]),
    ("p2", "Project", "营口耘垦肉鸡智慧农场养殖基地", []),
    ("p3", "Project", "菱镁化工菱镁矿制备纳米氧化镁", ["菱镁矿制备纳米氧化镁"]),
    ("c1", "Company", "宁泰新材料", []),
    ("c2", "Company", "科威特半岛国际集团", []),
    ("prog", "Programme", "辽宁省技术创新重点项目计划", ["省技术创新重点项目计划"]),
    ("env", "Programme", "环境提升年活动", ["环境提升年"]),
    ("d1", "Designation", "科技型中小企业", []),
    ("d2", "Designation", "国家高新技术企业", []),
    ("d3", "Designation", "雏鹰瞪羚企业", []),
    ("d4", "Designation", "省级专精特新中小企业", []),
    ("d5", "Designation", "创新型中小企业", []),
]
RELATIONS = [
    ("xwb", "organizes", "ev", LEAD),
    ("dsq", "participatesIn", "ev", LEAD),
    ("jp", "participatesIn", "ev", JP),
    ("jp", "worksFor", "sw", JP, {"title": "常委"}),
    ("sw", "locatedIn", "dsq", JP),
    ("p1", "locatedIn", "dsq", SIGN),
    ("p2", "locatedIn", "dsq", BASE),
    ("p3", "locatedIn", "dsq", TECH),
    ("p3", "participatesIn", "prog", TECH),
    ("dsq", "implements", "env", ENV),
]
VALUES = [
    ("dsq", "gdp", 23540000000, "CNY", "大石桥市GDP实现235.4亿元"),
    ("dsq", "gdpGrowth", 4.1, "%", "大石桥市GDP实现235.4亿元,增长4.1%"),
    ("dsq", "fiscalRevenue", 1520000000, "CNY", "一般公共预算收入15.2亿元"),
    ("dsq", "domesticFundsInPlace", 1239000000, "CNY", "引进国内到位资金12.39亿元"),
    ("dsq", "signedProjectCount", 88, "project", SIGN),
    ("dsq", "landedProjectCount", 36, "project", BASE),
    ("p2", "totalInvestment", 300000000, "CNY", BASE),
    ("dsq", "projectsStarted", 123, "project", "开工项目123个"),
    ("dsq", "newMarketEntities", 6333, "unit", "新增市场主体6333户"),
    ("dsq", "debtsCleared", 3189000000, "CNY", "清偿企业账款31.89亿元"),
    ("dsq", "newJobs", 1411, "person", "城镇新增就业1411人"),
]
NOTES = [
    "Source: qhktzl.com (a reposted city report), page dated 2024-11-26; no headline on the stored page. The last "
    "paragraph (第四季度…) is dropped: a gambling advertisement was spliced into its sentence on the stored copy; the rest "
    "is complete. No year is written (今年前三季度), so no date value.",
    "Places: 大石桥市 (a county-level city of 营口市) → District. 营口 is written only inside a project's name (rule 5): "
    "no City. 省 (省技术创新…, 省级…) alone makes no Province.",
    "Bodies: 市政府新闻办 holds the press conference at which 大石桥市 reports (召开新闻发布会,大石桥市通报): the 市 is the "
    "prefecture (营口), whose government's press office holds such conferences for its counties → 营口市人民政府新闻办公室 "
    "(judgement; a reader taking 市 as 大石桥 would name 大石桥市's office), organizes the Event 新闻发布会 (generic name, "
    "rule 3); 大石桥市 reports at it → participatesIn; 金鹏 speaks → participatesIn. 大石桥市委常委 → 中共大石桥市委, "
    "worksFor (常委); 副市长: 市政府 is not written, no government body (rule 2).",
    "Projects: the signed 盛瑞耐火年产8万吨镁质不定形耐火材料, the landed 营口耘垦肉鸡智慧农场养殖基地 (总投资3亿元) and "
    "菱镁化工菱镁矿制备纳米氧化镁 (入选 the provincial plan → participatesIn the Programme 辽宁省技术创新重点项目计划, 省 "
    "resolved to the article's province) → Project, locatedIn 大石桥市. The firms 盛瑞耐火 and 菱镁化工 are written only "
    "inside the projects' names: no Company. 宁泰新材料 and 科威特半岛国际集团 sign an agreement → Company (a contract "
    "is no class of the schema).",
    "Designations: the titles counted for the city's firms (科技型中小企业, 国家高新技术企业, 雏鹰瞪羚企业, "
    "省级专精特新中小企业, 创新型中小企业) → Designation; holders are not named (no designatedAs).",
    "Programme: “环境提升年”活动 (开展) → 大石桥市 implements. Not annotated: 全员招商… (methods), “走请”活动 (a kind of "
    "activity counted), “个转企”, “小升规”, “分转子” (counted categories), “口袋公园”, 10项惠民实事 (unnamed).",
    "Values: the Jan-Sep figures of the city (GDP, growth, revenue, funds, counts, 31.89亿元 paid, jobs) and the base's "
    "3亿元. Growth rates other than GDP's are left out of the list as secondary (any of them is a correct reading).",
]
