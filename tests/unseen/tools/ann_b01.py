ENTITIES = [
    ("lnrb", "Institution", "辽宁日报", ["本报"]),
    ("nxc", "Person", "年旭春", []),
    ("xh", "Institution", "中国铸造协会", []),
    (
        "ev",
        "Event",
        "第五届中国铸造产业集群年会暨第三届中国铸造硅砂产业发展论坛",
        ["论坛", "本届论坛", "铸造硅砂产业论坛"],
    ),
    ("zw", "District", "彰武县", ["彰武"]),
    ("zone", "Zone", "阜新彰武经济开发区", ["开发区"]),
    ("pk1", "Zone", "装备制造配套产业园", []),
    ("pk2", "Zone", "硅砂深加工产业园", []),
    ("pk3", "Zone", "高端建材产业园", []),
    ("c1", "Company", "阜新泉燕玛钢制造有限公司", []),
    ("c2", "Company", "山东潍坊物流有限责任公司", []),
    ("jeh", "Person", "吉恩怀", []),
    ("lzj", "Person", "刘志军", []),
]
MEET = "由中国铸造协会主办的第五届中国铸造产业集群年会暨第三届中国铸造硅砂产业发展论坛在彰武落幕"
SIGN1 = "8月8日,在与彰武县签约后"
SIGN2 = "山东潍坊物流有限责任公司看到彰武的新商机,成为本届论坛期间唯一签约的投资亿元以上的物流公司"
PARKS = "开发区现已形成装备制造配套产业园、硅砂深加工产业园、高端建材产业园"
RELATIONS = [
    ("nxc", "worksFor", "lnrb", "本报讯 记者年旭春报道", {"title": "记者"}),
    ("xh", "organizes", "ev", MEET),
    ("zw", "organizes", "ev", "彰武县从2017年开始承办铸造硅砂产业论坛"),
    ("ev", "locatedIn", "zw", MEET),
    ("zone", "locatedIn", "zw", "有56个项目签约落户阜新彰武经济开发区"),
    ("c1", "locatedIn", "zone", "他决定将企业搬迁至阜新彰武经济开发区"),
    ("jeh", "worksFor", "c1", "阜新泉燕玛钢制造有限公司负责人吉恩怀", {"title": "负责人"}),
    ("jeh", "participatesIn", "ev", "在今年第二次参加论坛时"),
    ("c1", "participatesIn", "ev", SIGN1, {"date": "2019-08-08"}),
    ("zw", "participatesIn", "ev", SIGN1, {"date": "2019-08-08"}),
    ("c2", "participatesIn", "ev", SIGN2),
    ("lzj", "worksFor", "c2", "总经理刘志军说", {"title": "总经理"}),
] + [(p, "locatedIn", "zone", PARKS) for p in ["pk1", "pk2", "pk3"]]
VALUES = [
    ("ev", "endDate", "2019-08-09", "xsd:date", "8月9日,由中国铸造协会主办的"),
    ("ev", "signedProjectCount", 5, "project", "论坛期间,5个投资亿元以上项目集中签约"),
    ("c1", "annualSandUse", 50000, "t", "一年得使用5万吨以上的硅砂"),
    ("c1", "costSaving", 7500000, "CNY", "仅硅砂的使用成本就可降低750万元"),
    ("c2", "foundingDate", "1997", "xsd:gYear", "成立于1997年的山东潍坊物流有限责任公司"),
    ("zw", "annualSandShipment", 300000, "t", "彰武每年要输送出去30余万吨硅砂产品"),
    ("zone", "projectsSigned", 56, "project", "自2017年下半年以来,有56个项目签约落户阜新彰武经济开发区"),
    ("zone", "sandProcessingProjects", 6, "project", "其中硅砂深加工项目6个"),
    ("zone", "equipmentSupportProjects", 41, "project", "装备制造配套项目41个"),
    ("zone", "buildingMaterialProjects", 9, "project", "高端建材项目9个"),
]
NOTES = [
    "Source: 辽宁日报 e-paper (epaper.lnd.com.cn) 2019-08-13, page 'content_39744'. Kept: the headline and the paper/date "
    "line (辽宁日报 2019年08月13日), which names the paper that 本报 refers to. Nothing else was on the stored page; the "
    "body is complete. Dates: 8月9日 is 2019-08-09 (the forum closed, 落幕), 8月8日 2019-08-08 (signing).",
    "Places: 彰武县 (alias 彰武, the county is written 彰武县 on its own). 阜新 occurs only inside the firm's and the zone's "
    "names, 山东/潍坊 only inside a firm's name, 辽宁 only inside 辽宁日报 (rule 5): no City 阜新市, no Province. "
    "阜新彰武经济开发区 (alias 开发区) is locatedIn 彰武县 (its name; the county signs the firm that moves there).",
    "Event: the forum labelled with its full compound name (年会暨论坛); aliases 论坛/本届论坛 and 铸造硅砂产业论坛, the "
    "series the county has hosted since 2017, read as the same recurring event (judgement call). 中国铸造协会 主办 → "
    "organizes; 彰武县 承办 → organizes (from the series sentence); held 在彰武 → locatedIn 彰武县. Only the closing date "
    "is given (a value, endDate).",
    "participatesIn: 阜新泉燕玛钢制造有限公司 and 彰武县 sign with each other during the forum (论坛期间…签约; 8月8日,在与"
    "彰武县签约后), 山东潍坊物流有限责任公司 signs during the forum (本届论坛期间唯一签约), 吉恩怀 attends (参加论坛). "
    "The firm moves into the zone (搬迁至阜新彰武经济开发区) → locatedIn the zone. The logistics firm's destination is "
    "not stated, so no locatedIn.",
    "People: 年旭春 记者 of 辽宁日报 (本报讯 记者…报道); 吉恩怀 负责人 of the foundry firm; 刘志军 总经理 of the logistics "
    "firm (总经理 follows the firm's sentence).",
    "The three parks of the zone (装备制造配套产业园, 硅砂深加工产业园, 高端建材产业园) are Zones locatedIn the zone "
    "(Zone→Zone as earlier gold); 配套服务区 and 物流仓储区 (service and storage areas, the 两区 of “三园两区”) are generic "
    "functional areas and are not annotated; “三园两区” itself is a layout slogan. The five signed projects and the project "
    "counts by sector are unnamed (values only).",
]
