ENTITIES = [
    ("xz", "Province", "西藏自治区", ["西藏", "自治区", "全区"]),
    ("ls", "City", "拉萨市", ["拉萨"]),
    ("cg", "District", "城关区", []),
    ("cgt", "Town", "蔡公堂乡", []),
    ("cjl", "Village", "次角林村", []),
    (
        "ev",
        "Event",
        "中国西藏文化旅游创意园区暨《文成公主》大型实景演出项目、拉萨河景观工程、次角林大桥项目奠基仪式",
        ["奠基仪式", "仪式"],
    ),
    ("yq", "Zone", "中国西藏文化旅游创意园区", ["园区"]),
    (
        "wc",
        "Project",
        "《文成公主》大型实景演出项目",
        ["大型实景演出《文成公主》项目", "文成公主大型实景演出项目"],
    ),
    ("lsh", "Project", "拉萨河景观工程", []),
    ("dq", "Project", "次角林大桥项目", []),
    ("dw", "GovernmentBody", "中共西藏自治区委员会", ["自治区党委", "西藏自治区党委"]),
    ("zf", "GovernmentBody", "西藏自治区人民政府", ["自治区人民政府"]),
    ("lsw", "GovernmentBody", "中共拉萨市委", ["拉萨市委"]),
    ("h17", "Event", "党的十七届六中全会", ["十七届六中全会"]),
    ("h18", "Event", "党的十八大", ["十八大"]),
    ("cqg", "Person", "陈全国", []),
    ("hp", "Person", "郝鹏", []),
    ("qzl", "Person", "齐扎拉", []),
    ("dyh", "Person", "董云虎", []),
    ("xz2", "Person", "新杂·单增曲扎", []),
    ("dt", "Person", "多托", []),
    ("lsdj", "Person", "罗松多吉", []),
]
PLACE = "在拉萨市城关区蔡公堂乡次角林村彭布山脚下举行"
ATT = "自治区领导董云虎、新杂·单增曲扎、多托、罗松多吉出席奠基仪式"
EVS = "中国西藏文化旅游创意园区暨《文成公主》大型实景演出项目、拉萨河景观工程、次角林大桥项目奠基仪式" + PLACE
RELATIONS = [
    ("ls", "partOf", "xz", "把拉萨建设成为国际旅游城市、把西藏建设成为重要的世界旅游目的地"),
    ("cg", "partOf", "ls", "拉萨市城关区"),
    ("cgt", "partOf", "cg", "城关区蔡公堂乡"),
    ("cjl", "partOf", "cgt", "蔡公堂乡次角林村"),
    ("ev", "locatedIn", "cjl", EVS),
    ("yq", "locatedIn", "cjl", EVS),
    ("wc", "locatedIn", "cjl", EVS),
    ("lsh", "locatedIn", "cjl", EVS),
    ("dq", "locatedIn", "cjl", EVS),
    ("wc", "participatesIn", "ev", EVS),
    ("lsh", "participatesIn", "ev", EVS),
    ("dq", "participatesIn", "ev", EVS),
    ("dw", "locatedIn", "xz", "自治区党委书记陈全国"),
    ("zf", "locatedIn", "xz", "我谨代表自治区党委、自治区人民政府"),
    ("lsw", "locatedIn", "ls", "拉萨市委书记齐扎拉"),
    ("cqg", "worksFor", "dw", "自治区党委书记陈全国", {"title": "书记"}),
    ("hp", "worksFor", "dw", "自治区党委常务副书记郝鹏", {"title": "常务副书记"}),
    ("qzl", "worksFor", "dw", "自治区党委常委、拉萨市委书记齐扎拉", {"title": "常委"}),
    ("qzl", "worksFor", "lsw", "拉萨市委书记齐扎拉", {"title": "市委书记"}),
    (
        "hp",
        "participatesIn",
        "ev",
        "自治区党委常务副书记郝鹏宣布中国西藏文化旅游创意园区暨《文成公主》大型实景演出项目、拉萨河景观工程、次角林大桥项目正式开工奠基",
    ),
    ("qzl", "participatesIn", "ev", "拉萨市委书记齐扎拉在仪式上致辞"),
] + [(p, "participatesIn", "ev", ATT) for p in ["dyh", "xz2", "dt", "lsdj"]]
VALUES = []
NOTES = [
    "Source: szlib.com copy of a 拉萨 report. The year is not in the text (喜迎党的十八大 places it in 2012): no date. "
    "The excerpt broke off inside the last paragraph of the letter (…开发培育成为在国内), so that paragraph ends after "
    "its first full sentence.",
    "Places: 拉萨市 partOf 西藏自治区, 城关区 partOf 拉萨市, 蔡公堂乡 (a township: Town) partOf 城关区, 次角林村 partOf "
    "蔡公堂乡 (all written in the place chain). 西藏 is written on its own (把西藏建设成为…), so Province 西藏自治区 with "
    "aliases 自治区 (in 自治区领导) and 全区. 彭布山 is a hill, not annotated.",
    "Event: the groundbreaking ceremony, labelled with its full written name; located in 次角林村 (the most specific "
    "place). No organiser is written. The projects broken ground at it: 《文成公主》大型实景演出项目, 拉萨河景观工程 and "
    "次角林大桥项目 → participatesIn; all are placed at 次角林村, the groundbreaking site (an inference, as dev gold "
    "places projects started at an event in the event's place).",
    "中国西藏文化旅游创意园区 is typed Zone (a cultural-tourism park; head 园区), locatedIn 次角林村; a Zone is outside "
    "participatesIn's domain, so it gets no participatesIn. 中国 and 西藏 inside its name are not separate mentions.",
    "Bodies: 自治区党委 → 中共西藏自治区委员会 (written form an alias), 自治区人民政府 → 西藏自治区人民政府, 拉萨市委 → "
    "中共拉萨市委. worksFor: 陈全国 (书记), 郝鹏 (常务副书记), 齐扎拉 (自治区党委常委; 拉萨市委书记). The four 自治区领导 get "
    "no worksFor (rule 2).",
    "participatesIn: 郝鹏 announces the start (宣布), 齐扎拉 speaks (致辞), the four regional leaders attend (出席). 陈全国 "
    "only sends a letter (发来贺信): not a participant.",
    "党的十七届六中全会 and 党的十八大 are Events (as ../shared/dev d22 types 党的二十大), with no relation.",
]
