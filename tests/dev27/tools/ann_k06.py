EVN = "海南自由贸易试验区建设项目(第五批)集中开工和签约陵水分会场"
LEAD = "7月18日上午,海南自由贸易试验区建设项目(第五批)集中开工和签约陵水分会场在陵水黎族自治县中国海南国际高铁技术研究中心及培训中心现场举行"
WHO = "省政府副省长王路、县委书记符鸣、县长李锋等领导出席陵水分会场活动"
LIST = (
    "3个项目包括:海南国际高铁技术研究中心及培训中心项目、文罗镇镇域自来水管道修复工程项目、壹品恒海苑二期项目"
)
SPEAK = "中铁二院海南投资建设有限公司、中国海南国际高铁技术研究中心及培训中心项目施工方代表分别就项目推进作表态发言"
ENTITIES = [
    ("ls", "District", "陵水黎族自治县", ["陵水", "该县"]),
    ("hnzf", "GovernmentBody", "海南省人民政府", ["省政府"]),
    ("xw", "GovernmentBody", "中共陵水黎族自治县委", ["县委"]),
    ("ftz", "Zone", "海南自由贸易试验区", ["海南自由贸易试验区(港)"]),
    ("ev", "Event", EVN, ["陵水分会场活动", "陵水分会场"]),
    (
        "p1",
        "Project",
        "中国海南国际高铁技术研究中心及培训中心项目",
        ["海南国际高铁技术研究中心及培训中心项目", "中国海南国际高铁技术研究中心及培训中心"],
    ),
    ("p2", "Project", "文罗镇镇域自来水管道修复工程项目", []),
    ("p3", "Project", "壹品恒海苑二期项目", []),
    ("zt", "Company", "中铁二院海南投资建设有限公司", []),
    ("wl", "Person", "王路", []),
    ("fm", "Person", "符鸣", []),
    ("lf", "Person", "李锋", []),
    ("fsj", "Person", "符史锦", []),
]
RELATIONS = [
    ("ev", "locatedIn", "ls", LEAD),
    ("wl", "worksFor", "hnzf", WHO, {"title": "副省长"}),
    ("wl", "participatesIn", "ev", WHO),
    ("fm", "worksFor", "xw", WHO, {"title": "书记"}),
    ("xw", "locatedIn", "ls", WHO),
    ("fm", "participatesIn", "ev", WHO),
    ("lf", "participatesIn", "ev", WHO),
    ("fsj", "participatesIn", "ev", "活动现场,副县长符史锦介绍了集中开工项目的基本情况"),
    ("zt", "participatesIn", "ev", SPEAK),
    ("p1", "participatesIn", "ev", LIST),
    ("p2", "participatesIn", "ev", LIST),
    ("p3", "participatesIn", "ev", LIST),
    ("p1", "locatedIn", "ls", LEAD),
    ("p2", "locatedIn", "ls", LIST),
    ("p3", "locatedIn", "ls", LIST),
]
VALUES = [
    ("ev", "date", "2019-07-18", "xsd:date", LEAD),
    ("ev", "projectCount", 3, "project", "该县第五批集中开工项目共3个,总投资5.6亿元"),
    ("ev", "totalInvestment", 560000000, "CNY", "该县第五批集中开工项目共3个,总投资5.6亿元"),
]
NOTES = [
    "Source: haikou.baogaosu.com (a repost, dated 18.07.2019 22:43), the session on 7月18日 (2019, from the dateline). "
    "Headline, dateline, the photo captions (…陵水分会场, 陵水县长李锋主持活动, 与会领导嘉宾现场了解各开工项目) kept; the "
    "body is complete.",
    "Places: 陵水黎族自治县 (陵水, 该县; a county under the province) → District. 海南 occurs only inside names and 省政府; "
    "no Province. 文罗镇 is written only inside a project's name (rule 5).",
    "Zone: 海南自由贸易试验区(港) written on its own at the end (以项目建设体现陵水建设海南自由贸易试验区(港)成效) → Zone "
    "(as dev18 m06's 海南自由贸易港); inside the event's name it is part of the name.",
    "Bodies: 省政府 (省政府副省长王路) → 海南省人民政府 (rule 1), 王路 worksFor it (副省长). 县委 written in the title 县委书记 "
    "(符鸣) → 中共陵水黎族自治县委 (as dev11 s02), 符鸣 worksFor it; 县长李锋, 副县长符史锦 are titles that write no body "
    "(rule 1): no government body, no worksFor. (Corrected after the first run: the first gold had no county committee.)",
    "Event: the 陵水 session of the fifth province-wide batch (海南自由贸易试验区建设项目(第五批)集中开工和签约陵水分会场, "
    "also 陵水分会场活动) → Event, held at the high-speed-rail centre's site in the county → locatedIn 陵水黎族自治县. "
    "The province-wide batch is written only inside its name. Participants: 王路, 符鸣, 李锋 (出席; 李锋 presides), "
    "符史锦 (介绍), 中铁二院海南投资建设有限公司 (表态发言), the three started projects. The unnamed contractor (施工方) is "
    "no entity.",
    "Projects: the three started (3个项目包括:…) → Project, locatedIn 陵水黎族自治县; the centre's project is written "
    "also as 中国海南国际高铁技术研究中心及培训中心(项目) → one entity, label the longest form. Who builds which is not "
    "said (the firm's role is not stated): no operates.",
    "Values: the date, the session's 3 projects and 5.6亿元.",
]
