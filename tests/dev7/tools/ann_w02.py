ENTITIES = [
    ("wfd", "District", "瓦房店市", ["瓦房店", "我市", "全市"]),
    ("dl", "City", "大连市", ["大连"]),
    ("ev", "Event", "第三季度重大项目集中开工和签约活动", ["开工仪式", "仪式"]),
    ("sw", "GovernmentBody", "中共瓦房店市委", ["市委"]),
    ("szf", "GovernmentBody", "瓦房店市人民政府", ["市政府"]),
    ("prog", "Programme", "“瓦房店-长兴岛-太平湾一体化高质量发展”", ["瓦房店-长兴岛-太平湾一体化高质量发展"]),
    ("hyh", "Project", "红沿河核电站", []),
    ("fl", "Project", "富力镍基新材料", []),
    ("dicp", "Institution", "中科院大连化物所", ["中国科学院大连化学物理研究所", "大连化物所"]),
    ("ag", "Company", "鞍钢集团", []),
    ("hn", "Company", "华能集团", []),
    ("shdq", "Company", "上海电气", []),
    ("zzl", "Person", "周振雷", []),
    ("zys", "Person", "张延松", []),
    ("ld", "Person", "李东", []),
    ("ymy", "Person", "阎明宇", []),
    ("syz", "Person", "宋玉章", []),
    ("ldh", "Person", "李佃会", []),
    ("wzl", "Person", "王占林", []),
    ("xh", "Person", "薛辉", []),
    ("zyy", "Person", "张源源", []),
    ("lxj", "Person", "刘晓君", []),
]
EVB = "大连瓦房店市举行第三季度重大项目集中开工和签约活动"
ATT = "市领导周振雷、张延松、李东、阎明宇、宋玉章、李佃会、王占林、薛辉、张源源、刘晓君等及相关企业代表出席开工仪式"
LAND = "红沿河核电站、富力镍基新材料等一批大项目、好项目在我市“落地生根,开花结果”"
GOAL = "市委、市政府秉承“项目为王”理念,以“瓦房店-长兴岛-太平湾一体化高质量发展”为目标"
RELATIONS = [
    ("wfd", "partOf", "dl", "大连瓦房店市"),
    ("wfd", "organizes", "ev", EVB),
    ("ev", "locatedIn", "wfd", EVB),
    ("sw", "locatedIn", "wfd", "周振雷代表市委、市政府对项目的开工和签约表示诚挚的祝贺"),
    ("szf", "locatedIn", "wfd", "周振雷代表市委、市政府对项目的开工和签约表示诚挚的祝贺"),
    ("sw", "implements", "prog", GOAL),
    ("szf", "implements", "prog", GOAL),
    ("hyh", "locatedIn", "wfd", LAND),
    ("fl", "locatedIn", "wfd", LAND),
    ("syz", "worksFor", "sw", "市委常委、常务副市长宋玉章", {"title": "市委常委"}),
    ("syz", "worksFor", "szf", "市委常委、常务副市长宋玉章", {"title": "常务副市长"}),
    ("zzl", "worksFor", "szf", "市长周振雷在仪式上致辞", {"title": "市长"}),
] + [
    (p, "participatesIn", "ev", ATT)
    for p in ["zzl", "zys", "ld", "ymy", "syz", "ldh", "wzl", "xh", "zyy", "lxj"]
]
VALUES = [
    ("ev", "totalInvestment", 2270000000, "CNY", "总投资22.7亿元的27个重点项目集中破土动工"),
    ("ev", "projectCount", 27, "project", "总投资22.7亿元的27个重点项目集中破土动工"),
    ("ev", "industrialInvestmentShare", 58.4, "%", "特别是产业项目投资占比达58.4%"),
]
NOTES = [
    "Source: a 瓦房店 forum repost (bbs.wafangdianzx.com) of a 半岛晨报 report; the forum chrome (注册, 发新话题, "
    "[复制链接], 1#) and the 「本文来源:半岛晨报」 line were dropped. The two-line headline and the photo caption "
    "(市长周振雷在仪式上致辞) are kept. The excerpt broke off mid-sentence (周振雷要求,全市上下要铆足气力,为落地的企业、项), "
    "so that paragraph was dropped. The year is not in the text (“十四五” places it in 2021 or later): no date.",
    "瓦房店市 is a county-level city of 大连 (District); 大连 is written on its own in 大连瓦房店市 → City 大连市 "
    "(and also inside 中科院大连化物所). 我市 and 全市 are 瓦房店市 (a 瓦房店 report).",
    "Event: 第三季度重大项目集中开工和签约活动, which 瓦房店市 holds (举行) → organizes and locatedIn; 开工仪式 and 仪式 "
    "refer to it. No date (year missing).",
    "The ten 市领导 attend (出席) → participatesIn; 宋玉章 also presides. 市领导 gives no worksFor (rule 2); 宋玉章's "
    "市委常委、常务副市长 and 周振雷's 市长 (photo caption) name bodies that are written (市委、市政府) → worksFor.",
    "Programmes: the quoted goal “瓦房店-长兴岛-太平湾一体化高质量发展” (以…为目标) is implemented by 市委 and 市政府. "
    "The quoted motto “项目为王”理念 and the plan period “十四五” are not annotated (a principle and a period, not a "
    "campaign); 长兴岛 and 太平湾 occur only inside the quoted goal (rule 5).",
    "红沿河核电站 and 富力镍基新材料 are projects that landed in 瓦房店 (在我市落地生根) → Project, locatedIn 瓦房店市. "
    "富力镍基新材料 could be read as a company; the sentence calls it a 项目.",
    "中科院大连化物所 (a CAS institute: Institution), 鞍钢集团, 华能集团 and 上海电气 (Companies) will sign cooperation "
    "agreements in future (还将…签订合作协议): no relation in the schema (not signing at the event).",
    "The 27 projects are unnamed; 相关企业代表 are unnamed.",
]
