ENTITIES = [
    ("sy", "City", "松原市", ["我市", "松原", "全市"]),
    ("ev", "Event", "投资说明会暨招商项目签约仪式", ["签约仪式", "投资说明会"]),
    ("fest", "Event", "中国·查干湖第十六届冰雪渔猎文化旅游节", []),
    ("sw", "GovernmentBody", "中共松原市委", ["市委"]),
    ("szf", "GovernmentBody", "松原市人民政府", ["市政府"]),
    ("rd", "GovernmentBody", "松原市人大常委会", ["市人大常委会"]),
    ("zx", "GovernmentBody", "政协松原市委员会", ["市政协"]),
    ("gdsh", "Institution", "松原广东商会", []),
    ("jlsh", "Institution", "北京吉林企业商会松原市商会", []),
    ("xhs", "Institution", "新华社", []),
    ("rmrb", "Institution", "人民日报", ["《人民日报》"]),
    ("zydt", "Institution", "中央人民广播电台", []),
    ("dgb", "Institution", "大公报", ["《大公报》"]),
    ("jlrb", "Institution", "吉林日报", ["《吉林日报》"]),
    ("d19", "Event", "党的十九大", []),
    ("s11", "Event", "省十一次党代会", []),
    ("s6", "Event", "市六次党代会", []),
    ("qh3", "Event", "市委六届三次全会", []),
    ("qh4", "Event", "市委六届四次全会", []),
    ("lxg", "Person", "李相国", []),
    ("ly", "Person", "李岩", []),
    ("jgf", "Person", "姜国凡", []),
    ("cyx", "Person", "车亦雪", []),
    ("lwz", "Person", "刘文占", []),
    ("ljd", "Person", "李继东", []),
]
ATT = (
    "市委书记、市人大常委会主任李相国,市委常委、常务副市长李岩,市委常委、市委秘书长姜国凡,市政协副主席车亦雪,"
    "市政府秘书长刘文占出席活动"
)
GUESTS = "松原广东商会、北京吉林企业商会松原市商会代表团企业代表应邀参加活动"
EVB = "我市投资说明会暨招商项目签约仪式在郭尔罗斯宾馆举行"
RELATIONS = [
    ("ev", "locatedIn", "sy", EVB),
    ("sw", "organizes", "ev", "由市委、市政府主办"),
    ("szf", "organizes", "ev", "由市委、市政府主办"),
    ("sw", "locatedIn", "sy", "市委书记"),
    ("szf", "locatedIn", "sy", "市政府秘书长刘文占"),
    ("rd", "locatedIn", "sy", "市人大常委会主任李相国"),
    ("zx", "locatedIn", "sy", "市政协副主席车亦雪"),
    ("lxg", "worksFor", "sw", "市委书记、市人大常委会主任李相国", {"title": "市委书记"}),
    ("lxg", "worksFor", "rd", "市人大常委会主任李相国", {"title": "主任"}),
    ("ly", "worksFor", "sw", "市委常委、常务副市长李岩", {"title": "市委常委"}),
    ("ly", "worksFor", "szf", "市委常委、常务副市长李岩", {"title": "常务副市长"}),
    ("jgf", "worksFor", "sw", "市委常委、市委秘书长姜国凡", {"title": "市委常委"}),
    ("jgf", "worksFor", "sw", "市委常委、市委秘书长姜国凡", {"title": "市委秘书长"}),
    ("cyx", "worksFor", "zx", "市政协副主席车亦雪", {"title": "副主席"}),
    ("lwz", "worksFor", "szf", "市政府秘书长刘文占", {"title": "市政府秘书长"}),
    ("ljd", "worksFor", "szf", "副市长李继东主持活动", {"title": "副市长"}),
    ("ljd", "participatesIn", "ev", "副市长李继东主持活动"),
    ("ly", "participatesIn", "ev", "李岩在致辞中代表市委、市政府"),
    ("gdsh", "participatesIn", "ev", GUESTS),
    ("jlsh", "participatesIn", "ev", GUESTS),
] + [(p, "participatesIn", "ev", ATT) for p in ["lxg", "jgf", "cyx", "lwz"]]
VALUES = [
    ("ev", "projectCount", 14, "project", "共签约招商项目14个,总投资达86.6亿元"),
    ("ev", "totalInvestment", 8660000000, "CNY", "共签约招商项目14个,总投资达86.6亿元"),
]
NOTES = [
    "Source: ejinsh.com copy (dated 2017-12-28) of a 松原 (吉林) city report (要闻动态). Dropped: the breadcrumb, the "
    "来源/时间/字体 line, leading indentation, and the last sentence (松原市委、市政…), which breaks off. The year of "
    "12月27日 is not in the text, so no date is recorded.",
    "松原市 (aliases 我市, 松原, 全市) is the City of the report. 吉林 and 广东 occur only inside the chambers' and the "
    "paper's names (rule 5), 北京 only inside a chamber's name; no Province.",
    "Event: 投资说明会暨招商项目签约仪式 (aliases 签约仪式, 投资说明会), locatedIn 松原市 (the hotel venue 郭尔罗斯宾馆 "
    "is not an entity), organized by 市委 and 市政府 (由市委、市政府主办). It is one of the events of the 查干湖 "
    "festival (an Event; Event→Event has no relation in the schema).",
    "People: five leaders attend (出席), the vice-mayor presides (主持), 李岩 also speaks. Titles by rule 2: 市委书记, "
    "市委常委, 市委秘书长 → 中共松原市委; 市人大常委会主任 → 松原市人大常委会; 市政协副主席 → 政协松原市委员会; 常务副市长, "
    "副市长, 市政府秘书长 → 松原市人民政府. 姜国凡 has two titles in one body (two rows, one node pair: one relation "
    "scored).",
    "The two chambers of commerce (Institution) attend (应邀参加) → participatesIn. The media (新华社, 人民日报, "
    "中央人民广播电台, 大公报, 吉林日报) are Institutions; they report, and no relation is annotated.",
    "Meetings cited for guidance (党的十九大, 省十一次党代会, 市六次党代会, 市委六届三次、四次全会 split into two) are "
    "Events with no relation, as tests/dev7 w05 and ../shared/dev d22.",
]
