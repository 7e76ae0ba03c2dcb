ENTITIES = [
    ("hlj", "Province", "黑龙江省", ["黑龙江"]),
    ("qqhe", "City", "齐齐哈尔市", ["齐齐哈尔"]),
    ("ks", "District", "克山县", ["克山"]),
    (
        "ev",
        "Event",
        "克山县2020年黑龙江省百大项目暨亿元以上重点产业项目集中开工仪式",
        ["集中开工仪式", "克山县2020年百大项目暨亿元以上重点产业项目集中开工"],
    ),
    ("hy", "Event", "齐齐哈尔市委经济工作会议", []),
    ("media", "Institution", "中国经济新闻联播", []),
    ("qsw", "GovernmentBody", "中共齐齐哈尔市委", ["齐齐哈尔市委"]),
    ("jhj", "GovernmentBody", "齐齐哈尔市经济合作促进局", ["齐齐哈尔市经合局"]),
    ("ksw", "GovernmentBody", "中共克山县委", ["克山县委"]),
    ("kzf", "GovernmentBody", "克山县人民政府", ["克山县政府"]),
    ("xz", "GovernmentBody", "克山县开放招商工作领导小组", []),
    ("c1", "Company", "广东云鹰农业集团有限公司", []),
    ("c2", "Company", "黑龙江克山牧原农牧有限公司", []),
    ("c3", "Company", "中发控股综合集团黑龙江琴洋生物科技有限公司", ["黑龙江琴洋生物科技有限公司"]),
    ("p1", "Project", "云鹰马铃薯全产业链项目", []),
    ("p2", "Project", "琴洋马铃薯淀粉胶囊产业园", []),
    ("p3", "Project", "百正物流园", []),
    ("p4", "Project", "隆宴商贸综合体(婚庆产业园)项目", ["隆宴商贸综合体"]),
    ("p5", "Project", "润力食品包装项目", []),
    ("wbq", "Person", "魏伯勤", []),
    ("lj", "Person", "刘佳", []),
    ("lyh", "Person", "刘弈含", []),
    ("gxf", "Person", "郭晓锋", []),
    ("wzm", "Person", "王卓民", []),
    ("hdy", "Person", "韩大勇", []),
    ("lgw", "Person", "刘国文", []),
]
D = {"date": "2020-04-18"}
EVB = "克山县于2020年4月18日上午10点举行了克山县2020年黑龙江省百大项目暨亿元以上重点产业项目集中开工仪式"
SITES = (
    "此次集中开工仪式设云鹰马铃薯全产业链项目主会场;同时设有5个分会场,分别是牧原生猪养殖加工分会场、"
    "琴洋马铃薯淀粉胶囊产业园分会场、百正物流园分会场、隆宴商贸综合体(婚庆产业园)项目分会场、润力食品包装项目分现场"
)
FIRMS = (
    "广东云鹰农业集团有限公司、黑龙江克山牧原农牧有限公司、中发控股综合集团黑龙江琴洋生物科技有限公司等项目单位"
    "主要负责人出席集中开工仪式"
)
RELATIONS = (
    [
        ("ks", "partOf", "qqhe", "齐齐哈尔"),
        ("qqhe", "partOf", "hlj", "黑龙江齐齐哈尔电"),
        ("ks", "organizes", "ev", EVB, D),
        ("ev", "locatedIn", "ks", EVB),
        ("qsw", "organizes", "hy", "齐齐哈尔市委经济工作会议"),
        ("qsw", "locatedIn", "qqhe", "齐齐哈尔市委常委"),
        ("jhj", "locatedIn", "qqhe", "齐齐哈尔市经合局等市直部门主要领导"),
        ("ksw", "locatedIn", "ks", "克山县委书记刘国文"),
        ("kzf", "locatedIn", "ks", "克山县政府副县长王卓民"),
        ("xz", "locatedIn", "ks", "克山县开放招商工作领导小组各成员单位主要领导"),
        (
            "wbq",
            "worksFor",
            "media",
            "中国经济新闻联播4月18日黑龙江齐齐哈尔电(记者 魏伯勤",
            {"title": "记者"},
        ),
        ("gxf", "worksFor", "qsw", "齐齐哈尔市委常委、秘书长、统战部长郭晓锋", {"title": "市委常委"}),
        ("wzm", "worksFor", "kzf", "克山县政府副县长王卓民", {"title": "副县长"}),
        ("hdy", "worksFor", "ksw", "克山县委副书记、代县长韩大勇", {"title": "县委副书记"}),
        ("hdy", "worksFor", "kzf", "克山县委副书记、代县长韩大勇", {"title": "代县长"}),
        ("lgw", "worksFor", "ksw", "克山县委书记刘国文", {"title": "县委书记"}),
        ("gxf", "participatesIn", "ev", "统战部长郭晓锋讲话", D),
        ("wzm", "participatesIn", "ev", "集中开工仪式由克山县政府副县长王卓民主持", D),
        ("hdy", "participatesIn", "ev", "克山县委副书记、代县长韩大勇致辞", D),
        ("lgw", "participatesIn", "ev", "克山县委书记刘国文宣布", D),
        ("jhj", "participatesIn", "ev", "齐齐哈尔市经合局等市直部门主要领导", D),
    ]
    + [(c, "participatesIn", "ev", FIRMS, D) for c in ["c1", "c2", "c3"]]
    + [(p, "participatesIn", "ev", SITES, D) for p in ["p1", "p2", "p3", "p4", "p5"]]
    + [(p, "locatedIn", "ks", SITES) for p in ["p1", "p2", "p3", "p4", "p5"]]
)
VALUES = [
    ("ev", "date", "2020-04-18", "xsd:date", "克山县于2020年4月18日上午10点举行了"),
]
NOTES = [
    "Source: cctv-cmpany.net (a 中国经济新闻联播 page) 2020-04-18. The stored copy broke off inside the last "
    "paragraph (据了解,此次集中开工的项目共有6个…投资1.), so that paragraph was dropped; the rest is as printed.",
    "Places: 黑龙江 and 齐齐哈尔 are named on their own in the dateline (黑龙江齐齐哈尔电); 克山县 partOf "
    "齐齐哈尔市 partOf 黑龙江省 by the division list. 广东 and 黑龙江 also occur inside firm names.",
    "Event: the ceremony, labelled with its longest written form; the announced form (克山县2020年百大项目暨…集中"
    "开工) and 集中开工仪式 are aliases. 克山县 holds it (举行) → organizes; dated 2020-04-18. The city committee's "
    "economic work conference is a second Event the text names (贯彻落实…会议决策部署), organised by 中共齐齐哈尔市委.",
    "Bodies: 齐齐哈尔市委 (in the conference's name and 齐齐哈尔市委常委) → 中共齐齐哈尔市委; 齐齐哈尔市经合局 → "
    "齐齐哈尔市经济合作促进局, whose leaders attend (participatesIn); 克山县委, 克山县政府, and the county's "
    "开放招商工作领导小组. 移动公司 (whose “云视讯” service carried the reports) is a generic reference, not annotated.",
    "Projects: the main site's project and the sub-venues written as projects or parks (琴洋…产业园, 百正物流园, "
    "隆宴商贸综合体(婚庆产业园)项目, 润力食品包装项目) participatesIn the start ceremony and are locatedIn 克山县. "
    "牧原生猪养殖加工 is written only as a venue name (…分会场), not annotated. The firms' heads attend (出席) → "
    "the three firms participatesIn; the projects' owners are not stated, so no operates.",
    "People: 魏伯勤 is 记者 of 中国经济新闻联播 (worksFor); 刘佳, 刘弈含 are 通讯员 with no organisation. 郭晓锋's "
    "秘书长 and 统战部长 are posts within the city committee.",
]
