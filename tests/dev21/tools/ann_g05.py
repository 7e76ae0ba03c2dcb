LEAD = "6月26日上午,安徽蚌埠市怀远县龙亢镇一批重点项目集中开工"
WHO = "蚌埠市委副书记、怀远县委书记王庆武,安徽省农垦集团龙亢农场有限公司党委书记、董事长张平,安徽力聚集团董事长宋执寿等参加开工仪式"
PROJ = "当天集中开工建设的项目为龙亢循环科技产业园和电商创业中心、凯聚绿色建材科技产业园、姚湾乡村振兴村级合作共享产业园"
ZU = "怀远县委常委、常务副县长祖家国在致辞中表示"
ENTITIES = [
    ("ah", "Province", "安徽省", ["安徽"]),
    ("bb", "City", "蚌埠市", ["蚌埠"]),
    ("hy", "District", "怀远县", ["怀远", "全县"]),
    ("lk", "Town", "龙亢镇", []),
    ("bbsw", "GovernmentBody", "中共蚌埠市委", ["蚌埠市委"]),
    ("hysw", "GovernmentBody", "中共怀远县委", ["怀远县委", "县委"]),
    ("hyzf", "GovernmentBody", "怀远县人民政府", ["县政府"]),
    ("c1", "Company", "安徽省农垦集团龙亢农场有限公司", []),
    ("c2", "Company", "安徽力聚集团", []),
    ("ev", "Event", "开工仪式", []),
    ("p1", "Project", "龙亢循环科技产业园和电商创业中心", []),
    ("p2", "Project", "凯聚绿色建材科技产业园", []),
    ("p3", "Project", "姚湾乡村振兴村级合作共享产业园", []),
    ("wqw", "Person", "王庆武", []),
    ("zp", "Person", "张平", []),
    ("szs", "Person", "宋执寿", []),
    ("zjg", "Person", "祖家国", []),
    ("wxh", "Person", "王祥辉", []),
    ("pll", "Person", "彭龙龙", []),
]
RELATIONS = [
    ("bb", "partOf", "ah", LEAD),
    ("hy", "partOf", "bb", LEAD),
    ("lk", "partOf", "hy", LEAD),
    ("ev", "locatedIn", "lk", LEAD),
    ("p1", "locatedIn", "lk", PROJ),
    ("p2", "locatedIn", "lk", PROJ),
    ("p3", "locatedIn", "lk", PROJ),
    ("wqw", "worksFor", "bbsw", WHO, {"title": "副书记"}),
    ("wqw", "worksFor", "hysw", WHO, {"title": "书记"}),
    ("zp", "worksFor", "c1", WHO, {"title": "董事长"}),
    ("szs", "worksFor", "c2", WHO, {"title": "董事长"}),
    ("zjg", "worksFor", "hysw", ZU, {"title": "常委"}),
    ("zjg", "worksFor", "hyzf", ZU, {"title": "常务副县长"}),
    ("wqw", "participatesIn", "ev", WHO),
    ("zp", "participatesIn", "ev", WHO),
    ("szs", "participatesIn", "ev", WHO),
    ("zjg", "participatesIn", "ev", ZU),
    ("hysw", "locatedIn", "hy", "怀远县委、县政府围绕工业强县目标"),
    ("hyzf", "locatedIn", "hy", "怀远县委、县政府围绕工业强县目标"),
    ("bbsw", "locatedIn", "bb", WHO),
]
VALUES = [
    ("ev", "date", "2023-06-26", "xsd:date", LEAD),
    ("lk", "totalInvestment", 760000000, "CNY", "总投资7.6亿元,涉及环保型沥青砼"),
    ("hy", "industrialInvestmentGrowth", 64.9, "%", "1-5月全县工业投资增长64.9%"),
    ("hy", "techInvestmentGrowth", 108, "%", "技改投资增长108%"),
    ("hy", "signedProjectCount", 34, "project", "新签约亿元以上项目34个"),
    ("hy", "signedTotalInvestment", 21590000000, "CNY", "协议总投资215.9亿元"),
]
NOTES = [
    "Source: imsilkroad.com (新华丝路), 2023-06-27; the start on 6月26日 (2023). Headline kept, the related-reading links "
    "after the byline dropped; the body is complete.",
    "Places: 安徽 (written on its own before 蚌埠市) → Province 安徽省; 蚌埠市 → City partOf it; 怀远县 (怀远, 全县) → District "
    "partOf 蚌埠市; 龙亢镇 → Town partOf 怀远县. 姚湾 is written only inside a project name (rule 5).",
    "Bodies: 蚌埠市委 → 中共蚌埠市委; 怀远县委 / 县委 → 中共怀远县委; 县政府 (怀远县委、县政府) → 怀远县人民政府. 王庆武 is the "
    "city committee's 副书记 and the county's 书记; 祖家国 the county committee's 常委 and the government's 常务副县长 (the "
    "government is written, rule 2).",
    "Firms: 安徽省农垦集团龙亢农场有限公司 (a farm company; 安徽省农垦集团 written only inside its name) and 安徽力聚集团 → "
    "Company; their chairmen → worksFor (董事长). No firm is said to build a project here.",
    "Event: the ceremony is written 开工仪式 (rule 3) → locatedIn 龙亢镇 (the town's projects start; the lead places the "
    "start there); the three guests (参加) and the speaker 祖家国 (致辞) → participatesIn. No organizer is written.",
    "Projects: the three started (集中开工建设的项目为…): 龙亢循环科技产业园和电商创业中心 (one item of the 、 list), "
    "凯聚绿色建材科技产业园, 姚湾乡村振兴村级合作共享产业园 → Project (parks being built), locatedIn 龙亢镇.",
    "Byline: (王祥辉 彭龙龙) → Person each, no employer.",
    "Values: date; 7.6亿元 (the three projects, put on the town); the county's 工业投资增长64.9%, 技改投资增长108%, 34 "
    "signed projects and 215.9亿元 (Jan-May figures). Not values: 位列全市第一 (a rank).",
]
