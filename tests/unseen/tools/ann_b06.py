ENTITIES = [
    ("nyb", "GovernmentBody", "农业农村部", []),
    ("ms", "City", "眉山市", ["眉"]),
    ("dp", "District", "东坡区", []),
    ("zy", "GovernmentBody", "党中央", []),
    ("gwy", "GovernmentBody", "国务院", []),
    ("szf", "GovernmentBody", "四川省人民政府", ["省政府"]),
    ("snb", "GovernmentBody", "中共四川省委农村工作领导小组办公室", ["省委农办"]),
    ("nyt", "GovernmentBody", "四川省农业农村厅", ["农业农村厅", "省农业农村厅"]),
    ("msw", "GovernmentBody", "中共眉山市委", ["眉山市委", "市委"]),
    ("hcf", "Person", "韩长赋", []),
    ("xjp", "Person", "习近平", []),
    ("ysd", "Person", "尧斯丹", []),
    ("gdf", "Person", "广德福", []),
    ("yxb", "Person", "杨秀彬", []),
    ("mxh", "Person", "慕新海", []),
    ("hyk", "Person", "胡元坤", []),
    ("lxd", "Person", "李相德", []),
    ("xxy", "Person", "肖小余", []),
    ("xzl", "Person", "肖忠良", []),
    ("xy", "Person", "熊英", []),
    ("coop", "Company", "眉山市好味稻水稻专业合作社", ["合作社"]),
    ("des", "Designation", "全国种粮大户", ["“全国种粮大户”"]),
    ("base", "Project", "永丰万亩高标准农田建设示范基地", ["东坡区永丰万亩高标准农田建设示范基地"]),
]
COOP = "在由受国务院表彰的“全国种粮大户”李相德成立的眉山市好味稻水稻专业合作社"
ACC = "省政府副省长尧斯丹,农业农村部总农艺师广德福,省委农办主任、农业农村厅厅长杨秀彬随同调研"
RELATIONS = [
    ("hcf", "worksFor", "nyb", "农业农村部部长韩长赋", {"title": "部长"}),
    ("xjp", "worksFor", "zy", "习近平总书记", {"title": "总书记"}),
    ("ysd", "worksFor", "szf", "省政府副省长尧斯丹", {"title": "副省长"}),
    ("gdf", "worksFor", "nyb", "农业农村部总农艺师广德福", {"title": "总农艺师"}),
    ("yxb", "worksFor", "snb", "省委农办主任、农业农村厅厅长杨秀彬", {"title": "主任"}),
    ("yxb", "worksFor", "nyt", "省委农办主任、农业农村厅厅长杨秀彬", {"title": "厅长"}),
    ("xxy", "worksFor", "nyt", "省农业农村厅副厅长肖小余", {"title": "副厅长"}),
    ("mxh", "worksFor", "msw", "眉山市委书记慕新海", {"title": "市委书记"}),
    ("hyk", "worksFor", "msw", "市委副书记、市长胡元坤", {"title": "市委副书记"}),
    ("msw", "locatedIn", "ms", "眉山市委书记慕新海"),
    ("gwy", "awards", "des", COOP),
    ("lxd", "designatedAs", "des", COOP),
    ("lxd", "worksFor", "coop", COOP, {"title": "创办人"}),
    ("coop", "locatedIn", "ms", COOP),
    ("dp", "partOf", "ms", "来到东坡区永丰万亩高标准农田建设示范基地"),
    ("base", "locatedIn", "dp", "来到东坡区永丰万亩高标准农田建设示范基地"),
]
VALUES = [
    ("coop", "members", 300, "person", "合作社现有社员300余名"),
    ("coop", "landTransferred", 40000, "mu", "共流转土地4万余亩"),
]
NOTES = [
    "Source: 眉山网 (meishan.scol.com.cn, the 四川在线 city channel) 2020-08-24. Dropped: the date/source/editor line "
    "(2020-08-24 10:41:34来源:眉山网编辑:文铭权王磊) and the trailing 编辑推荐 link label. Kept: the headline. The visit "
    "is 8月22日 = 2020-08-22.",
    "An inspection tour (调研) by the minister: no Event (a visit is not a gathering; ../shared/dev d21, tests/dev7 w03), "
    "so the officials who accompany it (随同调研, 陪同) get no participatesIn.",
    "Places: 眉 (莅眉, the city's one-character short form, written on its own) → City 眉山市 with alias 眉 (judgement call; "
    "眉山市 is otherwise written only inside 眉山市委 and the cooperative's name). 东坡区 (written before the base's name, "
    "read as its locator) partOf 眉山市 by the division list. 四川 is not written: 省政府, 省委农办, 省农业农村厅 resolve to "
    "the Sichuan bodies by rule 1 (the article's province), but no Province node (rule 5 / ../shared/dev d21).",
    "Bodies: 农业农村部 (韩长赋 部长, 广德福 总农艺师); 党中央 and 国务院 (cited; 国务院 also honours the grower); 省政府 → "
    "四川省人民政府 (尧斯丹 副省长); 省委农办 → 中共四川省委农村工作领导小组办公室 and 农业农村厅/省农业农村厅 → 四川省"
    "农业农村厅 (杨秀彬 主任 and 厅长; 肖小余 副厅长); 眉山市委 → 中共眉山市委 (慕新海 市委书记, 胡元坤 市委副书记). 胡元坤's "
    "市长: the city government is not written in any form, so no body and no worksFor for that title (rule 1). 习近平 "
    "总书记 → worksFor 党中央, which the text writes (rule 2; earlier gold had no central-committee node to link). 肖忠良, "
    "熊英 are 市领导 only: no worksFor (rule 2).",
    "The cooperative 眉山市好味稻水稻专业合作社 (alias 合作社) is typed Company as ../shared/dev d09 types a 专业合作社; "
    "locatedIn 眉山市 (the city opens its name). 李相德 founded it (由…李相德成立的) → worksFor with title 创办人 (judgement "
    "call: founder and leader, no formal post written). He is a 全国种粮大户 honoured by 国务院 → designatedAs and awards "
    "(受国务院表彰). Its drying and milling centres (水稻烘干中心, 精米加工中心) are facilities, not annotated.",
    "永丰万亩高标准农田建设示范基地 (a high-standard farmland demonstration base, Project as earlier gold types 基地) "
    "locatedIn 东坡区; the written form with the district is an alias.",
    "Not annotated: 粮食安全, 全面建成小康社会 (policy goals); the quoted questions.",
]
