LEAD = (
    "12月18日,湖北省委常委、武汉市委书记王忠林,武汉市委副书记、市长周先旺与中国交通建设集团有限公司党委书记、"
    "董事长王彤宙一行座谈"
)
WEL = "王忠林代表市委、市政府对王彤宙一行表示欢迎和感谢"
STRAT = "武汉将实施交通支撑战略"
SIGN1 = "市政府与中交建集团签署面向“十四五”全面战略合作协议"
SIGN2 = (
    "武汉经济技术开发区与中国城乡控股集团分别签署大半岛郭徐岭产业新城项目框架合作协议和城乡一体化框架合作协议"
)
PARK = "中国城乡总部经济产业园在汉揭牌,落户武汉经开区"
ENTITIES = [
    ("wh", "City", "武汉市", ["武汉"]),
    ("hbsw", "GovernmentBody", "中共湖北省委", ["湖北省委"]),
    ("whsw", "GovernmentBody", "中共武汉市委", ["武汉市委", "市委"]),
    ("whzf", "GovernmentBody", "武汉市人民政府", ["市政府"]),
    ("wzl", "Person", "王忠林", []),
    ("zxw", "Person", "周先旺", []),
    ("cccc", "Company", "中国交通建设集团有限公司", ["中交建集团", "中交建"]),
    ("wtz", "Person", "王彤宙", []),
    ("prog", "Programme", "交通支撑战略", []),
    ("kfq", "Zone", "武汉经济技术开发区", ["武汉经开区"]),
    ("zgcx", "Company", "中国城乡控股集团", []),
    ("p1", "Project", "大半岛郭徐岭产业新城项目", []),
    ("park", "Zone", "中国城乡总部经济产业园", []),
    ("hyb", "Person", "胡亚波", []),
    ("wxw", "Person", "汪祥旺", []),
    ("llw", "Person", "龙良文", []),
    ("ph", "Person", "彭浩", []),
    ("cjrb", "Institution", "长江日报", []),
    ("cjw", "Institution", "长江网", []),
    ("hzc", "Person", "华智超", []),
    ("glz", "Person", "郭良朔", []),
]
RELATIONS = [
    ("wzl", "worksFor", "hbsw", LEAD, {"title": "常委"}),
    ("wzl", "worksFor", "whsw", LEAD, {"title": "书记"}),
    ("zxw", "worksFor", "whsw", LEAD, {"title": "副书记"}),
    ("zxw", "worksFor", "whzf", LEAD, {"title": "市长"}),
    ("wtz", "worksFor", "cccc", LEAD, {"title": "董事长"}),
    ("whsw", "locatedIn", "wh", LEAD),
    ("whzf", "locatedIn", "wh", WEL),
    ("wh", "implements", "prog", STRAT),
    ("kfq", "locatedIn", "wh", SIGN2),
    ("park", "locatedIn", "kfq", PARK),
    ("hzc", "worksFor", "cjrb", "长江日报-长江网12月19日讯(记者华智超)", {"title": "记者"}),
    ("glz", "worksFor", "cjrb", "(摄影丨记者郭良朔)", {"title": "记者"}),
]
VALUES = []
NOTES = [
    "Source: cjrbapp.cjn.cn (长江日报's app), a 长江日报-长江网 report of 12月19日 on talks of 12月18日; the year is not "
    "written (the stored page shows none): no date value. Headline and dateline kept; the editor line, the repeated "
    "author line and the comment box dropped; the body is complete.",
    "Places: 武汉 (武汉市委, 武汉人民, 武汉经开区 …; 在汉 the one-character short form) → City 武汉市. 湖北 is written only "
    "inside 湖北省委 (rule 5): no Province.",
    "Bodies: 湖北省委 → 中共湖北省委; 武汉市委 / 市委 → 中共武汉市委; 市政府 → 武汉市人民政府 (rule 1). 王忠林 is the "
    "province committee's 常委 and the city's 书记; 周先旺 the city committee's 副书记 and 市长 (both bodies written).",
    "Firms: 中国交通建设集团有限公司 (中交建集团, 中交建), 王彤宙 its 董事长 (also 党委书记); 中国城乡控股集团 → Company. "
    "The talks (座谈) are written only as a verb: no Event (as dev21 g06). The agreements (a 战略合作协议, two 框架合作协议) "
    "are contracts, not a class of the schema.",
    "Zones and project: 武汉经济技术开发区 (武汉经开区) → Zone, locatedIn 武汉市 (named with it); 中国城乡总部经济产业园 is "
    "unveiled and settles there (落户武汉经开区) → Zone locatedIn the development zone. 大半岛郭徐岭产业新城项目, the "
    "subject of a framework agreement → Project; the text places it nowhere and names no builder.",
    "Programme: 武汉将实施交通支撑战略 → 武汉市 implements 交通支撑战略. Not annotated: “十四五”规划 (a national plan "
    "cycle named as a period), 交通强国示范城市 (an aim, not awarded), 乡村振兴“武汉样板”, “五个中心”.",
    "People: 市领导 胡亚波, 汪祥旺, 龙良文, 彭浩 → Person, no worksFor (rule 2: 市领导). The paper 长江日报 and its site "
    "长江网 → Institution each; 华智超 and the photographer 郭良朔 (记者) → worksFor 长江日报.",
]
