ENTITIES = [
    ("zone", "Zone", "抚顺胜利经济开发区", ["胜利开发区", "开发区", "胜利经济开发区"]),
    ("fs", "City", "抚顺市", ["抚顺", "全市"]),
    ("xf", "District", "新抚区", []),
    ("xfw", "GovernmentBody", "中共新抚区委", ["新抚区委"]),
    ("xfz", "GovernmentBody", "新抚区人民政府", ["新抚区政府"]),
    ("rd", "GovernmentBody", "新抚区人大常委会", ["人大常委会"]),
    ("zx", "GovernmentBody", "政协新抚区委员会", ["政协"]),
    ("dgw", "GovernmentBody", "胜利开发区党工委", ["党工委"]),
    ("gwh", "GovernmentBody", "抚顺胜利经济开发区管委会", ["开发区管委会", "管委会"]),
    ("ev", "Event", "全面振兴新突破集中签约仪式", ["签约仪式", "仪式"]),
    ("prog", "Programme", "全面振兴新突破三年行动", []),
    ("lb", "Person", "陆波", []),
    ("zys", "Person", "赵玉申", []),
    ("zgl", "Person", "郭忠良", []),
    ("zl", "Person", "张璐", []),
    ("wyl", "Person", "吴云龙", []),
    ("pml", "Person", "庞茂林", []),
    ("zyg", "Person", "赵永刚", []),
    ("tx", "Person", "唐笑", []),
    ("yl", "Company", "抚顺有禄商业公司", []),
    ("c1", "Company", "云南远阳玻璃", []),
    ("c2", "Company", "大连万融", []),
    ("c3", "Company", "湖北中油优艺", []),
    ("c4", "Company", "唐山钢铁", []),
    ("c5", "Company", "辽宁顺利邦物流", []),
    ("c6", "Company", "阳煦果业", []),
]
EV = "抚顺胜利经济开发区成功举行全面振兴新突破集中签约仪式"
ATT = (
    "副市长、新抚区委书记、胜利开发区党工委书记陆波,人大常委会主任赵玉申,政协主席郭忠良,"
    "新抚区政府分管日常工作的副区长张璐出席仪式"
)
CO = (
    "云南远阳玻璃、大连万融、湖北中油优艺、唐山钢铁、辽宁顺利邦物流、阳煦果业等13家省内外企业与开发区签订合作"
)
RELATIONS = (
    [
        ("ev", "locatedIn", "zone", EV),
        ("zone", "locatedIn", "fs", "抚顺胜利经济开发区"),
        ("xf", "partOf", "fs", "新抚区有关部门"),
        ("fs", "implements", "prog", "为抚顺决战决胜全面振兴新突破三年行动增添了新的动力"),
        ("xfw", "locatedIn", "xf", "新抚区委书记"),
        ("xfz", "locatedIn", "xf", "新抚区政府分管日常工作的副区长张璐"),
        ("rd", "locatedIn", "xf", "人大常委会主任赵玉申"),
        ("zx", "locatedIn", "xf", "政协主席郭忠良"),
        ("dgw", "locatedIn", "zone", "胜利开发区党工委书记陆波"),
        ("gwh", "locatedIn", "zone", "开发区管委会副主任赵永刚"),
        ("lb", "worksFor", "xfw", "新抚区委书记、胜利开发区党工委书记陆波", {"title": "区委书记"}),
        ("lb", "worksFor", "dgw", "胜利开发区党工委书记陆波", {"title": "党工委书记"}),
        ("zys", "worksFor", "rd", "人大常委会主任赵玉申", {"title": "主任"}),
        ("zgl", "worksFor", "zx", "政协主席郭忠良", {"title": "主席"}),
        ("zl", "worksFor", "xfz", "新抚区政府分管日常工作的副区长张璐", {"title": "副区长"}),
        ("wyl", "worksFor", "dgw", "胜利开发区党工委副书记、管委会主任吴云龙", {"title": "党工委副书记"}),
        ("wyl", "worksFor", "gwh", "管委会主任吴云龙", {"title": "主任"}),
        ("pml", "worksFor", "gwh", "管委会副主任庞茂林", {"title": "副主任"}),
        ("zyg", "worksFor", "gwh", "开发区管委会副主任赵永刚", {"title": "副主任"}),
        ("tx", "worksFor", "gwh", "开发区管委会副主任赵永刚作签约项目介绍,副主任唐笑", {"title": "副主任"}),
    ]
    + [(p, "participatesIn", "ev", ATT) for p in ["lb", "zys", "zgl", "zl"]]
    + [
        ("wyl", "participatesIn", "ev", "胜利开发区党工委副书记、管委会主任吴云龙讲话"),
        ("pml", "participatesIn", "ev", "管委会副主任庞茂林主持会议"),
        ("zyg", "participatesIn", "ev", "本次签约仪式上,开发区管委会副主任赵永刚作签约项目介绍"),
        ("tx", "participatesIn", "ev", "副主任唐笑代表开发区作表态发言"),
        ("yl", "participatesIn", "ev", "抚顺有禄商业公司代表签约企业发言"),
    ]
    + [(c, "participatesIn", "ev", CO) for c in ["c1", "c2", "c3", "c4", "c5", "c6"]]
)
VALUES = [
    ("ev", "totalInvestment", 730000000, "CNY", "总投资7.3亿元的14个项目现场签约"),
    ("ev", "signedProjectCount", 14, "project", "总投资7.3亿元的14个项目现场签约"),
    ("ev", "signedEnterprises", 13, "enterprise", "等13家省内外企业与开发区签订合作"),
    ("zone", "signedProjectCount", 24, "project", "先后促成2批次、总投资38.7亿元的24个项目集中签约"),
    ("zone", "signedTotalInvestment", 3870000000, "CNY", "先后促成2批次、总投资38.7亿元的24个项目集中签约"),
]
NOTES = [
    "Province 辽宁 is not named on its own (辽宁 occurs only inside 辽宁顺利邦物流), so no Province entity; "
    "抚顺 is written on its own (为抚顺决战决胜…) and is the City 抚顺市 (label not written; 全市 is an alias).",
    "The ceremony's year is not in the text (the page gives 12月27日 only), so no date is put on any relation or "
    "entity. The meipian author line (张惠, a user name of the posting site) was dropped in cleaning, with the "
    "<h3> markup.",
    "Organizer: the text says 抚顺胜利经济开发区成功举行…仪式; a Zone is outside the organizes domain (SCHEMA rule 7, "
    "kg.ttl: organizations and Province/City/District), so no organizes; the ceremony is locatedIn the Zone.",
    "人大常委会 and 政协 (in 人大常委会主任赵玉申, 政协主席郭忠良) are written without a place; the attendance list is "
    "district-level (新抚区委书记 … 新抚区政府副区长), so they are resolved to 新抚区人大常委会 and "
    "政协新抚区委员会 (rule 1), the written forms are aliases. A judgement call.",
    "陆波 is also 副市长, but 抚顺市人民政府 is never written (title alone, rule 1): no worksFor for that post.",
    "胜利开发区党工委 (the zone's party working committee) is labelled as written; 管委会 / 开发区管委会 resolve to "
    "抚顺胜利经济开发区管委会 (label not written). 唐笑's 副主任 is 开发区管委会副主任 by ellipsis after 赵永刚.",
    "全面振兴新突破三年行动 (Liaoning's campaign) is implemented by 抚顺市 (抚顺决战决胜…三年行动). The zone "
    "紧扣…三年行动部署要求, but a Zone is outside the implements domain (rule 7), so that is left out.",
    "The seven brand-like firm names (云南远阳玻璃 …, 抚顺有禄商业公司) are Companies (13家省内外企业) that sign at the "
    "ceremony (本次签约仪式上 … 与开发区签订合作) → participatesIn (rule 4). The 14 projects are not named: no Project "
    "nodes. Places inside firm names (云南, 大连, 湖北, 唐山, 辽宁) are not entities (rule 5).",
    "抚顺胜利经济开发区 locatedIn 抚顺市 by its name. Its district is not stated in the text (it is in 新抚区 in "
    "fact, which the shared officials suggest), so no locatedIn 新抚区.",
    "市区两级招商组, 市级招商组, 区级招商组 are unnamed teams, not entities.",
]
