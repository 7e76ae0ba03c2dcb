ENTITIES = [
    ("bj", "Province", "北京市", ["北京"]),
    ("th", "City", "通化市", []),
    ("bs", "City", "白山市", []),
    ("yb", "City", "延边朝鲜族自治州", ["延边州"]),
    ("ja", "District", "集安市", ["我市"]),
    ("jaw", "GovernmentBody", "中共集安市委", ["市委"]),
    ("jaz", "GovernmentBody", "集安市人民政府", ["集安市政府"]),
    ("thw", "GovernmentBody", "中共通化市委", ["通化市市委"]),
    ("bh", "Zone", "集安边合区", ["边合区"]),
    ("bhg", "GovernmentBody", "集安边合区党工委", ["边合区党工委"]),
    ("bhm", "GovernmentBody", "集安边合区管委会", ["管委会"]),
    ("ev1", "Event", "吉林省“长白山人参”推介会", ["推介会", "此次推介会"]),
    ("ev2", "Event", "吉林省招商引资座谈会", []),
    ("hfc", "Person", "韩福春", []),
    ("zbl", "Person", "张伯礼", []),
    ("jwm", "Person", "焦文民", []),
    ("lhg", "Person", "李焕刚", []),
    ("sj", "Person", "孙简", []),
    ("zys", "Person", "张益胜", []),
    ("cy", "Person", "崔杨", []),
    ("ys", "Company", "吉林省集安益盛药业", []),
    ("ay", "Company", "澳洋集团", []),
    ("mzl", "Company", "天津美之旅生物科技", []),
    ("zn", "Company", "中国能源建设集团", []),
    ("p1", "Project", "人参精深加工项目", []),
    ("p2", "Project", "清河人参产业园区数字生态共享平台建设项目", []),
    ("p3", "Project", "集安市抽水蓄能电站项目", []),
]
OPEN = "以“发挥长白山资源禀赋 做大做强人参产业”为主题的吉林省“长白山人参”推介会在北京举行"
ATT = (
    "工程院院士张伯礼、通化市、白山市、延边州相关领导、我市市委书记焦文民、边合区党工委书记、管委会主任李焕刚,"
    "以及国内数十家相关企业负责人,共计98人参加会议"
)
SIGN = "分别是集安市政府与澳洋集团签订的10亿元人参精深加工项目、集安边合区与天津美之旅生物科技签订的1.1亿元清河人参产业园区数字生态共享平台建设项目"
EV2 = "在北京另一会场召开的吉林省招商引资座谈会上,副市长崔杨代表集安市政府与中国能源建设集团签署了计划静态总投资140亿元的集安市抽水蓄能电站项目"
RELATIONS = [
    ("ja", "partOf", "th", ATT),
    ("ev1", "locatedIn", "bj", OPEN),
    ("ev2", "locatedIn", "bj", EV2),
    ("hfc", "participatesIn", "ev1", "副省长韩福春出席会议并讲话"),
    ("zbl", "participatesIn", "ev1", ATT),
    ("th", "participatesIn", "ev1", ATT),
    ("bs", "participatesIn", "ev1", ATT),
    ("yb", "participatesIn", "ev1", ATT),
    ("jwm", "participatesIn", "ev1", ATT),
    ("lhg", "participatesIn", "ev1", ATT),
    ("sj", "participatesIn", "ev1", "通化市市委书记孙简作推介发言"),
    ("zys", "participatesIn", "ev1", "吉林省集安益盛药业董事长张益胜代表企业发言"),
    ("ys", "participatesIn", "ev1", "吉林省集安益盛药业董事长张益胜代表企业发言"),
    ("ja", "participatesIn", "ev1", "此次推介会上,我市有两个引资额超亿元项目正式签约"),
    ("jaz", "participatesIn", "ev1", SIGN),
    ("ay", "participatesIn", "ev1", SIGN),
    ("mzl", "participatesIn", "ev1", SIGN),
    ("p1", "participatesIn", "ev1", SIGN),
    ("p2", "participatesIn", "ev1", SIGN),
    ("cy", "participatesIn", "ev2", EV2),
    ("jaz", "participatesIn", "ev2", EV2),
    ("zn", "participatesIn", "ev2", EV2),
    ("p3", "participatesIn", "ev2", EV2),
    ("jwm", "worksFor", "jaw", "我市市委书记焦文民", {"title": "市委书记"}),
    ("lhg", "worksFor", "bhg", "边合区党工委书记、管委会主任李焕刚", {"title": "书记"}),
    ("lhg", "worksFor", "bhm", "边合区党工委书记、管委会主任李焕刚", {"title": "主任"}),
    ("sj", "worksFor", "thw", "通化市市委书记孙简", {"title": "市委书记"}),
    ("zys", "worksFor", "ys", "吉林省集安益盛药业董事长张益胜", {"title": "董事长"}),
    ("cy", "worksFor", "jaz", "副市长崔杨代表集安市政府", {"title": "副市长"}),
    ("jaw", "locatedIn", "ja", "我市市委书记焦文民"),
    ("jaz", "locatedIn", "ja", "副市长崔杨代表集安市政府"),
    ("thw", "locatedIn", "th", "通化市市委书记孙简"),
    ("bhg", "locatedIn", "bh", "边合区党工委书记、管委会主任李焕刚"),
    ("bhm", "locatedIn", "bh", "边合区党工委书记、管委会主任李焕刚"),
    ("bh", "locatedIn", "ja", SIGN),
    ("ay", "investsIn", "p1", SIGN, {"amount": {"value": 1000000000, "unit": "CNY"}}),
    ("mzl", "investsIn", "p2", SIGN, {"amount": {"value": 110000000, "unit": "CNY"}}),
    ("zn", "investsIn", "p3", EV2, {"amount": {"value": 14000000000, "unit": "CNY"}}),
    ("p1", "locatedIn", "ja", SIGN),
    ("p2", "locatedIn", "bh", SIGN),
    ("p3", "locatedIn", "ja", EV2),
]
VALUES = [
    ("ev1", "attendance", 98, "person", "共计98人参加会议"),
    ("ev1", "agendaItems", 6, "item", "推介会共有6项议程"),
    ("p1", "investment", 1000000000, "CNY", SIGN),
    ("p2", "investment", 110000000, "CNY", SIGN),
    ("p3", "plannedInvestment", 14000000000, "CNY", EV2),
]
NOTES = [
    "Source: m.kepu365.cn (a reposting site); the article is a 集安 report (我市 = 集安市: 集安市政府, 我市有两个…项目). No "
    "year in the text or the stored page: no date values. Two stock codes the reposting site inserted after 长白山 "
    "(603099) and 集安益盛药业 (002566) were removed; the (资料图) line dropped. The body is complete.",
    "Places: 北京 (both meetings held there) → Province 北京市 (a municipality; as dev8/dev9). 通化市, 白山市, 延边州 send "
    "leaders (相关领导) → City entities (延边朝鲜族自治州, alias 延边州) that take part (rule 4: places that send a "
    "delegation). 集安市 (a county-level city of 通化市 → District, alias 我市; 集安 also inside 集安市政府, 集安边合区, a "
    "firm and a project). 吉林省 occurs only inside the two meetings' names and a firm's name: no Province (rule 5). 天津, "
    "清河, 长白山 only inside names.",
    "Bodies: 我市市委书记 → 中共集安市委 (written 市委 in the title, rule 1/2); 通化市市委书记 → 中共通化市委; 集安市政府 "
    "→ 集安市人民政府; 边合区党工委 and 管委会 → the border economic co-operation zone's bodies (labelled 集安边合区…, the "
    "written forms aliases); Zone 集安边合区 (alias 边合区), locatedIn 集安市. 副省长韩福春: the provincial government is "
    "not written → no worksFor (rule 2). 工程院院士 is an honour of 中国工程院, not employment: no Institution, no "
    "worksFor (judgement).",
    "Events: the provincial ginseng presentation (推介会) and the provincial investment forum held the same day in another "
    "Beijing venue. Organisers are not written (吉林省 only in the names). Attendees, speakers, signing parties "
    "(集安市政府, 澳洋集团, 天津美之旅生物科技; at the forum 集安市人民政府 and 中国能源建设集团) and the signed projects "
    "→ participatesIn. The Zone signs too, but a Zone is outside participatesIn's domain (rule 7). The 数十家相关企业 "
    "are unnamed. 吉林省集安益盛药业 speaks through its chairman → participatesIn (judgement).",
    "Projects and investors: each project is signed by one firm with a government or zone, the amount being the "
    "project's → investsIn with the amount (as dev13 r05 for a single signing firm): 澳洋集团 10亿元, 天津美之旅生物科技 "
    "1.1亿元, 中国能源建设集团 140亿元 (计划静态总投资). 人参精深加工项目 is the 集安 project (我市有两个…项目) → locatedIn "
    "集安市; the 清河 platform project is signed by the zone → locatedIn 集安边合区; the pumped-storage project bears "
    "the city's name → locatedIn 集安市.",
    "Correction after the first run (disclosed in SOURCES.md): the first gold placed only 中共集安市委; the other "
    "bodies named after their place or zone (集安市人民政府, 中共通化市委, the 边合区's 党工委 and 管委会) are placed the "
    "same way (locatedIn, as dev13 r06 places a county's bodies), four relations added.",
    "Values: 98 attendees, 6 agenda items, and each project's amount. Not annotated: the theme (a slogan), “长白山人参” (a "
    "regional brand, not a programme), 清河野山参 (a product brand).",
]
