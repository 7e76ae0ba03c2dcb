ENTITIES = [
    ("tl", "City", "铁岭市", ["铁岭", "我市"]),
    ("sw", "GovernmentBody", "中共铁岭市委", ["市委"]),
    ("rd", "GovernmentBody", "铁岭市人大常委会", ["市人大常委会"]),
    ("szf", "GovernmentBody", "铁岭市人民政府", ["市政府"]),
    ("sc", "Person", "宋诚", []),
    ("hyk", "Person", "胡育科", []),
    ("xh", "Institution", "中国建筑金属结构协会建筑钢结构分会", []),
    ("lt", "Event", "东北钢结构产业发展高峰论坛", []),
    ("mtg", "Event", "会议", []),
    ("ydl", "Person", "闫冬蕾", []),
    ("zdm", "Person", "张东明", []),
    ("xjp", "Person", "习近平", []),
    ("zth", "Event", "新时代推动东北全面振兴座谈会", []),
    ("e20", "Event", "党的二十大", []),
    ("prog", "Programme", "全面振兴新突破三年行动", []),
    ("xb", "Person", "肖博", []),
]
LEAD = "市委书记、市人大常委会主任宋诚会见来我市出席东北钢结构产业发展高峰论坛的中国建筑金属结构协会建筑钢结构分会常务副会长胡育科"
RELATIONS = [
    ("sc", "worksFor", "sw", "市委书记、市人大常委会主任宋诚", {"title": "市委书记"}),
    ("sc", "worksFor", "rd", "市委书记、市人大常委会主任宋诚", {"title": "主任"}),
    ("hyk", "worksFor", "xh", "中国建筑金属结构协会建筑钢结构分会常务副会长胡育科", {"title": "常务副会长"}),
    ("hyk", "participatesIn", "lt", LEAD),
    ("lt", "locatedIn", "tl", "来我市出席东北钢结构产业发展高峰论坛"),
    ("sc", "participatesIn", "mtg", LEAD),
    ("hyk", "participatesIn", "mtg", LEAD),
    ("ydl", "participatesIn", "mtg", "市领导闫冬蕾、张东明参加会议"),
    ("zdm", "participatesIn", "mtg", "市领导闫冬蕾、张东明参加会议"),
    ("sw", "locatedIn", "tl", "宋诚代表市委、市政府对胡育科一行的到来表示欢迎"),
    ("szf", "locatedIn", "tl", "宋诚代表市委、市政府对胡育科一行的到来表示欢迎"),
    ("rd", "locatedIn", "tl", "市委书记、市人大常委会主任宋诚"),
    ("tl", "implements", "prog", "奋力实施全面振兴新突破三年行动"),
    ("xjp", "participatesIn", "zth", "习近平总书记在新时代推动东北全面振兴座谈会上重要讲话精神"),
]
VALUES = [
    ("mtg", "date", "2023-12-15", "xsd:date", "12月15日,市委书记、市人大常委会主任宋诚会见"),
]
NOTES = [
    "Source: tielingtv.com (铁岭 city television's site), 2023-12-18; the meeting on 12月15日 (2023). The stored page has no "
    "headline; the body is complete; the 校对 and 监制 credit lines were dropped (as 责编 lines elsewhere), 记者 kept.",
    "Places: 铁岭 (written short, and 我市) → City 铁岭市, label not written. No province is named.",
    "Bodies (rule 1): 市委 → 中共铁岭市委, 市政府 → 铁岭市人民政府, 市人大常委会 (in 宋诚's post) → 铁岭市人大常委会; "
    "each locatedIn 铁岭市 by the resolution. 宋诚 worksFor the committee (市委书记) and the congress standing committee (主任).",
    "Association: 中国建筑金属结构协会建筑钢结构分会 → Institution (a branch of a national trade association; the parent "
    "is written only inside its name). 胡育科 worksFor it, title 常务副会长.",
    "Events: the 会见 is reported as 会议 (市领导…参加会议) → Event labelled with the only form written (rule 3: the gathering "
    "the article reports); 宋诚 (会见), 胡育科 (met) and the two 市领导 (参加会议) participatesIn it; date 2023-12-15. "
    "东北钢结构产业发展高峰论坛 is a named forum held in 我市 → Event, locatedIn 铁岭市, 胡育科 attends it (出席). "
    "新时代推动东北全面振兴座谈会: the named meeting at which 习近平 spoke (重要讲话) → participatesIn (as dev12). 党的二十大 "
    "is an Event cited for guidance, no relation (as ../shared/dev d22).",
    "Programme: 全面振兴新突破三年行动, which 铁岭 奋力实施 → implements (铁岭正在…奋力实施).",
    "People: 闫冬蕾, 张东明 are 市领导 → Person (Official) without worksFor (rule 2). 记者 肖博: the outlet is not named in "
    "the text → Person without worksFor. The unnamed 企业家代表 are not entities.",
    "Not annotated: 习近平新时代… thought is not written; 东北 (a region), 上升期、关键期 and the generic 要素保障.",
]
