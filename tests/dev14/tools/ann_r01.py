ENTITIES = [
    ("ln", "Province", "辽宁省", ["全省"]),
    ("bx", "City", "本溪市", ["本溪", "全市"]),
    ("sw", "GovernmentBody", "中共本溪市委", ["本溪市委"]),
    ("zf", "GovernmentBody", "本溪市人民政府", ["市政府"]),
    ("bxx", "District", "本溪满族自治县", []),
    ("ps", "District", "平山区", []),
    ("gx", "Zone", "高新区", []),
    ("js", "Province", "江苏省", []),
    ("g6", "Programme", "“六个年”活动", ["六个年"]),
    ("g1", "Programme", "“项目建设落实年”", ["项目建设落实年"]),
    ("g2", "Programme", "“招商引资竞赛年”", ["招商引资竞赛年"]),
    ("p1", "Project", "卡倍亿新能源汽车线缆生产线", []),
    ("p2", "Project", "行天健健康产业建设", []),
    ("p3", "Project", "欧洲城甲楼房地产", []),
    ("p4", "Project", "紫金煤气气源厂改造", []),
    ("p5", "Project", "平山区3D打印技术循环产业项目", ["3D打印技术循环产业项目"]),
]
BODY = "本溪市委、市政府统筹疫情防控和经济社会发展,全力推进项目工作"
SIX = "本溪市以“六个年”活动为载体"
TWO = "其中,“项目建设落实年”“招商引资竞赛年”是两项重点工作"
LIST = "卡倍亿新能源汽车线缆生产线、行天健健康产业建设、欧洲城甲楼房地产、紫金煤气气源厂改造等项目在本溪城乡顺利进行"
RELATIONS = [
    ("bx", "partOf", "ln", "增速排名全省第二"),
    ("bxx", "partOf", "bx", "本溪满族自治县联络相关商会"),
    ("ps", "partOf", "bx", "平山区3D打印技术循环产业项目正在网上推进"),
    ("sw", "locatedIn", "bx", BODY),
    ("zf", "locatedIn", "bx", BODY),
    ("gx", "locatedIn", "bx", "高新区将项目简介和照片等材料与合作伙伴实时共享"),
    ("bx", "implements", "g6", SIX),
    ("bx", "implements", "g1", "为推进“项目建设落实年”,本溪市采取专班实效推进方式"),
    ("bx", "implements", "g2", SIX),
    ("g1", "partOf", "g6", TWO),
    ("g2", "partOf", "g6", TWO),
    ("p1", "locatedIn", "bx", LIST),
    ("p2", "locatedIn", "bx", LIST),
    ("p3", "locatedIn", "bx", LIST),
    ("p4", "locatedIn", "bx", LIST),
    ("p5", "locatedIn", "ps", "平山区3D打印技术循环产业项目正在网上推进"),
]
VALUES = [
    ("bx", "plannedProjects", 493, "project", "全市计划安排500万元以上项目493个,已开复工224个"),
    ("bx", "projectsStarted", 224, "project", "全市计划安排500万元以上项目493个,已开复工224个"),
    ("bx", "fixedAssetInvestment", 3220000000, "CNY", "一季度全市固定资产投资完成32.2亿元,同比增长22.7%"),
    ("bx", "fixedAssetInvestmentGrowth", 22.7, "percent", "一季度全市固定资产投资完成32.2亿元,同比增长22.7%"),
]
NOTES = [
    "Source: ln.cri.cn (国际在线 辽宁频道), 2022-04-25, 来源 辽宁日报. Dropped: the date/来源/编辑 line. The stored copy "
    "breaks off in the last paragraph (一季度,本溪市引进国内实际到位资金项目136个,引进国内…); the text ends at the last "
    "complete sentence before it. Headline kept.",
    "Places: 本溪市 (aliases 本溪, 全市); 全省 in a 辽宁日报 article → 辽宁省 (as dev8 v02 reads 全省); 本溪满族自治县 and "
    "平山区 are the city's county and district (partOf by the division list); 江苏省 (赴江苏省) is named on its own → "
    "Province (no relation: the city's team goes there, no relation of the schema). 高新区 is written only so → Zone "
    "labelled as written, locatedIn 本溪市 (本溪高新技术产业开发区 not written - judgement).",
    "Bodies: 本溪市委、市政府 → 中共本溪市委 (written 本溪市委) and 本溪市人民政府 (written 市政府), rule 1; locatedIn the city.",
    "Programmes: the city's “六个年”活动 and its two key years “项目建设落实年”, “招商引资竞赛年” (其中…是两项重点工作 → "
    "partOf the 六个年 campaign); the city runs them (以…为载体, 为推进…) → implements. Not annotated: “云招商” (a way "
    "of working, 采取…方式), 项目为王理念, the bodies' subjects only in 本溪市委、市政府 (the campaign sentences name 本溪市).",
    "Projects: the four items of …等项目 (named without 项目: 卡倍亿新能源汽车线缆生产线, 行天健健康产业建设, 欧洲城甲楼房地产, "
    "紫金煤气气源厂改造) → Project, labelled as written, locatedIn 本溪市 (在本溪城乡); 平山区3D打印技术循环产业项目 → "
    "locatedIn 平山区. 卡倍亿 occurs only inside the project name: no Company. Not annotated: 养生养老服务项目, 储备项目, "
    "装备制造和钢铁深加工项目 (kinds, unnamed); 商会 (unnamed).",
    "Values: the city's 493 planned and 224 started projects, 32.2亿元 fixed-asset investment and 22.7% growth.",
]
