ENTITIES = [
    ("wx", "District", "武乡县", ["武乡"]),
    ("ev", "Event", "2025年招商引资项目签约仪式", []),
    ("xw", "GovernmentBody", "中共武乡县委", ["县委"]),
    ("xzf", "GovernmentBody", "武乡县人民政府", ["县政府"]),
    ("sw", "GovernmentBody", "中共山西省委", ["省委"]),
    ("jjh", "Event", "县委经济工作会议", []),
    ("sjg", "Event", "全县三级干部大会", []),
    ("prog", "Programme", "“重大项目建设年”", ["重大项目建设年"]),
    ("wsw", "Person", "王书文", []),
    ("gd", "Person", "郭栋", []),
    ("lyq", "Person", "连娅琴", []),
    ("dzf", "Person", "段中飞", []),
    ("c1", "Company", "太行山酒厂", []),
    ("c2", "Company", "鼎锟高科新材料", []),
    ("c3", "Company", "太湖豆制品厂", []),
    ("p1", "Project", "稀土与锂资源综合回收循环利用项目", []),
    ("p2", "Project", "年产5000吨精制木糖项目", []),
]
D = {"date": "2025-02-12"}
EVB = "武乡县举行2025年招商引资项目签约仪式"
ATT = "县委副书记、县长王书文,县委常委、常务副县长郭栋等领导参加"
SIGN = "郭栋介绍全县项目总体情况,并代表县政府与企业负责人签署合作协议"
PROJ = "会议听取稀土与锂资源综合回收循环利用项目、年产5000吨精制木糖项目情况介绍"
FIRMS = "先后引进了太行山酒厂、鼎锟高科新材料、太湖豆制品厂等企业"
RELATIONS = (
    [
        ("wx", "organizes", "ev", EVB, D),
        ("ev", "locatedIn", "wx", EVB),
        ("wsw", "worksFor", "xw", "县委副书记、县长王书文", {"title": "县委副书记"}),
        ("wsw", "worksFor", "xzf", "县委副书记、县长王书文", {"title": "县长"}),
        ("gd", "worksFor", "xw", "县委常委、常务副县长郭栋", {"title": "县委常委"}),
        ("gd", "worksFor", "xzf", "县委常委、常务副县长郭栋", {"title": "常务副县长"}),
        ("wsw", "participatesIn", "ev", ATT, D),
        ("gd", "participatesIn", "ev", ATT, D),
        ("xzf", "participatesIn", "ev", SIGN, D),
        ("xw", "locatedIn", "wx", ATT),
        ("xzf", "locatedIn", "wx", ATT),
        ("xw", "organizes", "jjh", "县委经济工作会议"),
        ("sw", "implements", "prog", "贯彻落实省委“重大项目建设年”工作要求"),
    ]
    + [(c, "locatedIn", "wx", FIRMS) for c in ["c1", "c2", "c3"]]
    + [(p, "participatesIn", "ev", PROJ, D) for p in ["p1", "p2"]]
    + [(p, "locatedIn", "wx", PROJ) for p in ["p1", "p2"]]
)
VALUES = [
    ("ev", "date", "2025-02-12", "xsd:date", "2月12日,武乡县举行2025年招商引资项目签约仪式"),
    ("ev", "signedTotalInvestment", 1676000000, "CNY", "现场签约投资总额达16.76亿元"),
    ("p2", "annualCapacity", 5000, "t", "年产5000吨精制木糖项目"),
]
NOTES = [
    "Source: 网易 Shanxi/Changzhi channel (sx.news.163.com/changzhi) 2025-02-18. Dropped: the photo caption line "
    "(图为:武乡县2025年招商引资项目签约仪现场, for a picture not kept). The stored page has no headline; the body is "
    "otherwise complete, ending with the reporters' names. 2月12日 is 2025-02-12 (the page date and the ceremony's "
    "2025年 name).",
    "Places: 武乡县 (alias 武乡), a county of 长治 in 山西; neither 长治 nor 山西 is written (中央和省、市 are generic), so "
    "no City or Province. 省委 resolves to 中共山西省委 by rule 1 (the article's province); label not written.",
    "Event: the signing ceremony, labelled as written after its subject (武乡县举行…); 武乡县 organizes it (举行) and it "
    "is locatedIn 武乡县. 王书文 and 郭栋 attend (参加); 郭栋 signs for the county government (代表县政府…签署合作协议) → "
    "武乡县人民政府 participatesIn. The signing firms are not named.",
    "Bodies by rule 1: 县委 (县委副书记, 县委常委, 县委经济工作会议) → 中共武乡县委; 县政府 → 武乡县人民政府; worksFor by "
    "the titles (王书文 县委副书记 and 县长; 郭栋 县委常委 and 常务副县长); both bodies locatedIn 武乡县.",
    "Events cited for guidance: 县委经济工作会议 (organised by the county committee, by its name) and 全县三级干部大会 (no "
    "organiser written). “重大项目建设年” is the provincial committee's campaign (省委“重大项目建设年”工作要求) → "
    "Programme implemented by 中共山西省委.",
    "Companies brought in earlier (先后引进了…等企业 → locatedIn 武乡县): 太行山酒厂, 鼎锟高科新材料, 太湖豆制品厂 (short "
    "names as written). Projects presented at the ceremony (会议听取…项目情况介绍): 稀土与锂资源综合回收循环利用项目 and "
    "年产5000吨精制木糖项目 → participatesIn the event and locatedIn 武乡县 (the county's signed projects; judgement call, "
    "the text does not say they were among those signed).",
    "Not annotated: “弘扬太行精神,共建创新武乡” (a slogan), “三个示范县” (a county goal), “亲商、安商、富商”理念 (motto), "
    "老区 (generic). 连娅琴 and 段中飞 are the reporters (bracketed credit, no organisation): Persons with no relation.",
]
