ENTITIES = [
    ("gs", "Province", "甘肃省", ["甘肃", "全省"]),
    ("lz", "City", "兰州市", ["兰州"]),
    ("ev", "Event", "第二十六届兰洽会重点项目签约暨招商引资项目省级奖励仪式", ["仪式"]),
    ("lqh", "Event", "第二十六届兰洽会", ["兰洽会"]),
    ("zwh", "GovernmentBody", "兰洽会组委会", []),
    ("sw", "GovernmentBody", "中共甘肃省委", ["甘肃省委", "省委"]),
    ("rd", "GovernmentBody", "甘肃省人大常委会", ["省人大常委会"]),
    ("zx", "GovernmentBody", "政协甘肃省委员会", ["省政协"]),
    ("lzw", "GovernmentBody", "中共兰州市委", ["兰州市委"]),
    ("fgw", "GovernmentBody", "甘肃省发展和改革委员会", ["省发展改革委"]),
    ("sth", "GovernmentBody", "甘肃省生态环境厅", ["省生态环境厅"]),
    ("swt", "GovernmentBody", "甘肃省商务厅", ["省商务厅"]),
    ("jhj", "GovernmentBody", "甘肃省经济合作局", ["省经合局"]),
    ("p1", "Project", "兰州恒大新能源动力电池项目", []),
    ("p2", "Project", "海升集团甘肃农业总部和研发中心项目", []),
    ("ld", "Person", "林铎", []),
    ("trj", "Person", "唐仁健", []),
    ("oyj", "Person", "欧阳坚", []),
    ("lrc", "Person", "李荣灿", []),
    ("wxy", "Person", "王玺玉", []),
    ("sw2", "Person", "孙伟", []),
    ("sl", "Person", "宋亮", []),
    ("cxb", "Person", "程晓波", []),
]
D = {"date": "2020-07-02"}
WIT = (
    "甘肃省委书记、省人大常委会主任林铎,省委副书记、省长唐仁健,省政协主席欧阳坚,省委常委、兰州市委书记李荣灿,"
    "省人大常委会副主任王玺玉见证签约"
)
WIT2 = "省委副书记孙伟,省委常委、常务副省长宋亮见证签约并为获奖企业颁奖"
DEPT = "由省发展改革委、省生态环境厅、省商务厅、省经合局等部门联审"
SIGN = (
    "兰州恒大新能源动力电池项目、海升集团甘肃农业总部和研发中心项目等18个具有代表性的重大项目进行了集中签约"
)
RELATIONS = [
    ("ev", "locatedIn", "lz", "第二十六届兰洽会重点项目签约暨招商引资项目省级奖励仪式在兰州举行"),
    ("lz", "partOf", "gs", "第二十六届兰洽会重点项目签约暨招商引资项目省级奖励仪式在兰州举行"),
    ("sw", "locatedIn", "gs", "甘肃省委书记"),
    ("rd", "locatedIn", "gs", "省人大常委会主任林铎"),
    ("zx", "locatedIn", "gs", "省政协主席欧阳坚"),
    ("lzw", "locatedIn", "lz", "兰州市委书记李荣灿"),
    ("fgw", "locatedIn", "gs", DEPT),
    ("sth", "locatedIn", "gs", DEPT),
    ("swt", "locatedIn", "gs", DEPT),
    ("jhj", "locatedIn", "gs", DEPT),
    ("ld", "worksFor", "sw", "甘肃省委书记、省人大常委会主任林铎", {"title": "省委书记"}),
    ("ld", "worksFor", "rd", "甘肃省委书记、省人大常委会主任林铎", {"title": "主任"}),
    ("trj", "worksFor", "sw", "省委副书记、省长唐仁健", {"title": "省委副书记"}),
    ("oyj", "worksFor", "zx", "省政协主席欧阳坚", {"title": "主席"}),
    ("lrc", "worksFor", "sw", "省委常委、兰州市委书记李荣灿", {"title": "省委常委"}),
    ("lrc", "worksFor", "lzw", "省委常委、兰州市委书记李荣灿", {"title": "市委书记"}),
    ("wxy", "worksFor", "rd", "省人大常委会副主任王玺玉", {"title": "副主任"}),
    ("sw2", "worksFor", "sw", "省委副书记孙伟", {"title": "省委副书记"}),
    ("sl", "worksFor", "sw", "省委常委、常务副省长宋亮", {"title": "省委常委"}),
    ("ld", "participatesIn", "ev", WIT, D),
    ("trj", "participatesIn", "ev", WIT, D),
    ("oyj", "participatesIn", "ev", WIT, D),
    ("lrc", "participatesIn", "ev", WIT, D),
    ("wxy", "participatesIn", "ev", WIT, D),
    ("sw2", "participatesIn", "ev", WIT2, D),
    ("sl", "participatesIn", "ev", WIT2, D),
    ("cxb", "participatesIn", "ev", "副省长程晓波主持仪式", D),
    ("p1", "participatesIn", "ev", SIGN, D),
    ("p2", "participatesIn", "ev", SIGN, D),
]
VALUES = [
    (
        "ev",
        "date",
        "2020-07-02",
        "",
        "7月2日上午,第二十六届兰洽会重点项目签约暨招商引资项目省级奖励仪式在兰州举行",
    ),
    ("lqh", "contractProjectCount", 587, "project", "确定第二十六届兰洽会符合签约要求的合同项目共计587个"),
    ("ev", "signedProjectCount", 18, "project", SIGN),
]
NOTES = [
    "Source: a repost (dianxian.dxbei.com, 甘肃新闻) dated 2020-07-03 in its URL; the (责任编辑:张云文) line was "
    "dropped. No headline in the page text. 7月2日 is 2020-07-02 (the 26th 兰洽会 was held in 2020).",
    "Two events: the ceremony (label as written; alias 仪式) held in 兰州 (locatedIn 兰州市), and the fair it belongs "
    "to, 第二十六届兰洽会 (alias 兰洽会), which gets no stated relation (the schema has no event partOf). No organiser "
    "is written for the ceremony; 兰洽会组委会 (the fair's organising committee, a GovernmentBody by its 委) collects "
    "the projects but is not said to hold the ceremony, and organizes of the fair is not stated by a verb.",
    "Bodies by rule 1: 甘肃省委/省委 → 中共甘肃省委; 省人大常委会, 省政协, 兰州市委; the four departments of the joint "
    "review (省发展改革委, 省生态环境厅, 省商务厅, 省经合局 → 甘肃省经济合作局), located in 甘肃省. 甘肃省人民政府 is "
    "not written (省长, 常务副省长, 副省长 alone do not create it), so 唐仁健, 宋亮 and 程晓波 get no worksFor for those "
    "titles.",
    "participatesIn: the eight provincial leaders who witness the signing (见证签约), hand out the awards or preside "
    "(主持), and the two named projects signed at it (rule 4). The firms 恒大 and 海升集团 appear only inside project "
    "names (no Company nodes). The projects' places are not stated (兰州/甘肃 inside their names only), so no "
    "locatedIn.",
    "Values: the ceremony's 18 signed projects, the fair's 587 contract projects. The 5亿元 threshold of the awards "
    "is a condition, not a value of an entity.",
]
