ENTITIES = [
    (
        "ev",
        "Event",
        "巨鹿县投资环境说明会暨京津冀协同发展项目签约会",
        ["巨鹿县投资说明会暨京津冀协同发展项目签约会", "河北巨鹿县投资环境说明会暨京津冀协同发展项目签约会"],
    ),
    ("jl", "District", "巨鹿县", ["巨鹿"]),
    ("bj", "Province", "北京市", ["北京"]),
    ("tj", "Province", "天津市", ["天津"]),
    ("cp", "District", "昌平区", ["北京市昌平区", "昌平"]),
    ("dx", "District", "大兴区", ["大兴"]),
    ("cy", "District", "朝阳区", ["朝阳"]),
    ("xtw", "GovernmentBody", "中共邢台市委", ["邢台市委"]),
    ("jlw", "GovernmentBody", "中共巨鹿县委", ["巨鹿县委", "县委"]),
    ("wsp", "Person", "王素平", []),
    ("sbx", "Person", "孙保祥", []),
    ("zgx", "Person", "郑更须", []),
    ("llx", "Person", "刘丽香", []),
    ("sjt", "Person", "绳建廷", []),
    ("wb", "Person", "王彪", []),
    ("zxh", "Person", "赵雪豪", []),
    ("c1", "Company", "北京荣迁食品", []),
    ("c2", "Company", "中车科技公司", []),
    ("c3", "Company", "北京建工华创", []),
    ("c4", "Company", "北京碧水源生态环境", []),
    ("c5", "Company", "山水环境产业集团", []),
    ("zgw", "Institution", "中国网", []),
    ("sgj", "Person", "秦国俊", []),
]
EV = "河北巨鹿县投资环境说明会暨京津冀协同发展项目签约会在北京举行"
LIST = "邢台市委常委、统战部长王素平,巨鹿县领导孙保祥、郑更须、刘丽香、绳建廷、王彪、赵雪豪"
SPK = "北京荣迁食品、中车科技公司、北京建工华创、北京碧水源生态环境、山水环境产业集团负责人分别发言"
RELATIONS = (
    [
        ("ev", "locatedIn", "bj", EV),
        ("jl", "participatesIn", "ev", "此次巨鹿在京集中签约8个项目"),
        ("cp", "partOf", "bj", "巨鹿县与北京市昌平区签署战略合作框架协议"),
        ("dx", "partOf", "bj", "这些项目来自北京昌平、大兴、朝阳和天津等地"),
        ("cy", "partOf", "bj", "这些项目来自北京昌平、大兴、朝阳和天津等地"),
        ("wsp", "worksFor", "xtw", "邢台市委常委、统战部长王素平", {"title": "常委"}),
        ("sbx", "worksFor", "jlw", "会议由巨鹿县委书记孙保祥主持", {"title": "书记"}),
        ("zgx", "worksFor", "jlw", "巨鹿县委副书记、县长郑更须", {"title": "副书记"}),
        ("jlw", "locatedIn", "jl", "巨鹿县委书记孙保祥"),
        ("sgj", "worksFor", "zgw", "中国网讯(秦国俊)"),
    ]
    + [(p, "participatesIn", "ev", LIST) for p in ["wsp", "sbx", "zgx", "llx", "sjt", "wb", "zxh"]]
    + [(c, "participatesIn", "ev", SPK) for c in ["c1", "c2", "c3", "c4", "c5"]]
)
VALUES = [
    ("ev", "signedProjectCount", 8, "project", "此次巨鹿在京集中签约8个项目,总投资12.42亿元"),
    ("ev", "signedTotalInvestment", 1242000000, "CNY", "此次巨鹿在京集中签约8个项目,总投资12.42亿元"),
]
NOTES = [
    "Source: www.cjgcw.com (repost of 中国网), the meeting on 10月11日 of a year the page does not give (the page's "
    "stamp 2025-07-23 is the site's date of the day, not the article's): no date value. Headline kept; the "
    "source/editor line and a photo caption (巨鹿县委书记孙保祥主持会议) dropped. The stored article goes on (刘丽香's "
    "presentation of the 巨鹿 development zone breaks off mid-sentence): the text ends at the last complete sentence "
    "before it, in the middle of that paragraph.",
    "Places: 巨鹿县 (巨鹿) → District. 河北 appears only inside the event's name and 邢台 only inside 邢台市委 "
    "(rule 5): no Province, no City, so 巨鹿县 has no partOf. 北京 (the venue; 北京市 in 北京市昌平区) → Province "
    "(a municipality), 昌平区 (昌平), 大兴, 朝阳 (北京's districts, named as the projects' origins) → District partOf "
    "北京市; 天津 → Province. 京津冀 (a region) and 京津 are not entities.",
    "Event: labelled with the body's full form (投资环境说明会); the headline's shorter form and the form with 河北 are "
    "aliases. locatedIn 北京市. 巨鹿县 signs eight projects there → participatesIn. No organizer is stated.",
    "Officials: 王素平, 邢台市委常委 → worksFor 中共邢台市委 (常委); her 统战部长 post names no written body. 孙保祥 "
    "(巨鹿县委书记) and 郑更须 (县委副书记) → worksFor 中共巨鹿县委; 县长 alone creates no government body (rule 1). "
    "刘丽香, 绳建廷, 王彪, 赵雪豪 are listed as 巨鹿县领导 only → no worksFor (rule 2). All seven attend → "
    "participatesIn.",
    "Companies: the five firms whose heads speak, labelled as written (short names) → participatesIn (a firm's "
    "representative speaks at the event). The eight signed projects are not named.",
    "Media: 中国网 (dateline 中国网讯) → Institution, 秦国俊 (the byline) → worksFor, no title written.",
    "Values: eight projects and 12.42亿元 signed at the meeting. Not values: 130余人 (attendance).",
]
