ENTITIES = [
    ("as", "City", "鞍山市", ["鞍山"]),
    ("hc", "District", "海城市", []),
    ("pl", "Town", "牌楼镇", []),
    ("ta", "Zone", "腾鳌经济开发区", []),
    (
        "ev",
        "Event",
        "鞍山市第二届云招商项目洽谈会暨项目云签约仪式",
        ["签约仪式", "网络视频会议"],
    ),
    ("asw", "GovernmentBody", "中共鞍山市委", ["鞍山市委"]),
    ("hcw", "GovernmentBody", "中共海城市委", ["海城市市委", "海城市委"]),
    ("hcz", "GovernmentBody", "海城市人民政府", ["市政府"]),
    ("fgw", "GovernmentBody", "海城市发展和改革委员会", ["发改委"]),
    ("gxj", "GovernmentBody", "海城市工业和信息化局", ["工信局"]),
    ("zrj", "GovernmentBody", "海城市自然资源局", ["自然资源局"]),
    ("swj", "GovernmentBody", "海城市商务局", ["商务局"]),
    ("p1", "Project", "海城市牌楼镇镁制定型及不定型深加工项目", ["镁制定型及不定型深加工项目"]),
    ("jn", "Company", "江苏嘉耐高温材料股份有限公司", []),
    ("p2", "Project", "年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目", []),
    ("tl", "Company", "山东泰利新能源科技有限公司", ["山东泰利新能源科技公司"]),
    ("kn", "Company", "浙江凯恩房地产公司", []),
    ("ygb", "Person", "余功斌", []),
    ("gl", "Person", "高林", []),
    ("yhb", "Person", "杨洪波", []),
    ("sjw", "Person", "苏纪武", []),
    ("wd", "Person", "王东", []),
    ("wy", "Person", "王渊", []),
    ("zw", "Person", "周伟", []),
]
D = {"date": "2020-04-08"}
VIDEO = "海城市市委副书记、市长杨洪波,副市长苏纪武及发改委、工信局、自然资源局、商务局、腾鳌经济开发区、牌楼镇等主要领导参加网络视频会议"
SIGN2 = "由腾鳌经济开发区主任王渊与山东泰利新能源科技有限公司总经理周伟签约年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目"
AGR = "山东泰利新能源科技公司、浙江凯恩房地产公司等17家企业分别与鞍山市各县(市)区、开发区、市直相关部门签订合作协议"
RELATIONS = [
    ("hc", "partOf", "as", "海城市集中签约1个项目"),
    ("pl", "partOf", "hc", "海城市牌楼镇镁制定型及不定型深加工项目"),
    ("ta", "locatedIn", "hc", VIDEO),
    ("asw", "locatedIn", "as", "鞍山市委副书记、市长余功斌"),
    ("hcw", "locatedIn", "hc", "海城市市委副书记、市长杨洪波"),
    ("hcz", "locatedIn", "hc", "杨洪波代表海城市委、市政府表示"),
    ("fgw", "locatedIn", "hc", VIDEO),
    ("gxj", "locatedIn", "hc", VIDEO),
    ("zrj", "locatedIn", "hc", VIDEO),
    ("swj", "locatedIn", "hc", VIDEO),
    ("ygb", "worksFor", "asw", "鞍山市委副书记、市长余功斌", {"title": "市委副书记"}),
    ("gl", "worksFor", "asw", "鞍山市委常委、副市长高林", {"title": "市委常委"}),
    ("yhb", "worksFor", "hcw", "海城市市委副书记、市长杨洪波", {"title": "市委副书记"}),
    ("yhb", "worksFor", "hcz", "海城市市委副书记、市长杨洪波", {"title": "市长"}),
    ("sjw", "worksFor", "hcz", "市长杨洪波,副市长苏纪武", {"title": "副市长"}),
    ("wd", "worksFor", "jn", "项目投资企业江苏嘉耐高温材料股份有限公司总经理王东", {"title": "总经理"}),
    ("zw", "worksFor", "tl", "山东泰利新能源科技有限公司总经理周伟", {"title": "总经理"}),
    ("ygb", "participatesIn", "ev", "鞍山市委副书记、市长余功斌与部分客商洽谈", D),
    ("gl", "participatesIn", "ev", "鞍山市委常委、副市长高林主持签约仪式", D),
    ("yhb", "participatesIn", "ev", VIDEO, D),
    ("sjw", "participatesIn", "ev", VIDEO, D),
    ("wd", "participatesIn", "ev", "总经理王东介绍了企业有关情况", D),
    ("wy", "participatesIn", "ev", SIGN2, D),
    ("zw", "participatesIn", "ev", SIGN2, D),
    ("hc", "participatesIn", "ev", "签约仪式上,海城市集中签约1个项目", D),
    ("p1", "participatesIn", "ev", "首个洽谈推进项目是海城市牌楼镇镁制定型及不定型深加工项目", D),
    ("p2", "participatesIn", "ev", SIGN2, D),
    ("jn", "participatesIn", "ev", "项目投资企业江苏嘉耐高温材料股份有限公司总经理王东介绍了企业有关情况", D),
    ("tl", "participatesIn", "ev", SIGN2, D),
    ("kn", "participatesIn", "ev", AGR, D),
    ("p1", "locatedIn", "pl", "海城市牌楼镇镁制定型及不定型深加工项目"),
    ("p2", "locatedIn", "ta", SIGN2),
    (
        "jn",
        "investsIn",
        "p1",
        "该项目签约额3亿元",
        {"amount": {"value": 300000000, "unit": "CNY"}},
    ),
    ("tl", "investsIn", "p2", SIGN2, {"amount": {"value": 115000000, "unit": "CNY"}}),
]
VALUES = [
    ("ev", "date", "2020-04-08", "", "4月8日,鞍山市第二届云招商项目洽谈会暨项目云签约仪式举行"),
    ("p1", "landArea", 100000, "m2", "拟占地10万平方米"),
    ("p2", "landArea", 5000, "m2", "该项目占地5000平方米"),
    ("p2", "floorArea", 12000, "m2", "建筑面积约12000平方米"),
    ("ev", "signedEnterprises", 17, "enterprise", AGR),
]
NOTES = [
    "Source: 中国耐火材料网 (job.nhcl.com.cn), dated 2020年04月13日 on the page; the date line and the "
    "【中国耐火材料网】 tag were dropped, so 4月8日 is 2020-04-08. No headline in the page text.",
    "Places: 鞍山市 (City), 海城市 (county-level city of 鞍山, District), 牌楼镇 (Town of 海城, written on its own in "
    "the list …腾鳌经济开发区、牌楼镇等主要领导), 腾鳌经济开发区 (Zone in 海城). 辽宁 is not written: no Province. "
    "江苏/山东/浙江 occur only inside company names (rule 5).",
    "Event: 鞍山市第二届云招商项目洽谈会暨项目云签约仪式 (label as written), aliases 签约仪式 and 网络视频会议 (the "
    "海城 officials attend it by video link; the same gathering). No organiser verb (…举行 only) and it is online, "
    "so no organizes and no locatedIn.",
    "Bodies by rule 1: 鞍山市委 → 中共鞍山市委; 海城市市委 / 海城市委 → 中共海城市委; 市政府 (海城市委、市政府) → "
    "海城市人民政府; the 海城 departments written as 发改委、工信局、自然资源局、商务局 (they follow 海城's mayor in "
    "the list) → 海城市发展和改革委员会 etc., located in 海城市 (as dev5 y02's 市发改委). 鞍山市人民政府 is not "
    "written (市长 and 副市长 alone do not create it), so 余功斌 and 高林 only get worksFor 中共鞍山市委.",
    "王渊 is 腾鳌经济开发区主任: the zone's 管委会 is not written and a Zone is a place, so no worksFor (rule 2).",
    "Projects: the first (海城市牌楼镇镁制定型及不定型深加工项目) is negotiated/signed at the event (签约额3亿元) and "
    "invested in by 江苏嘉耐高温材料股份有限公司 (项目投资企业) → investsIn with 3亿元; located in 牌楼镇 (most "
    "specific place in its name, which is written on its own elsewhere). The second (年产6万吨…系列产品项目) is signed "
    "by the 腾鳌 zone with 山东泰利新能源科技有限公司 (签约额1.15亿元): the firm is read as the investor (investsIn "
    "1.15亿元, a judgement) and the project as located in the zone it signed with.",
    "participatesIn (rule 4): the officials who negotiate, preside or attend by video, the two signers and the "
    "presenting manager; both projects; the firms that sign or present (江苏嘉耐, 山东泰利, 浙江凯恩房地产公司); "
    "海城市 (集中签约1个项目). The zone is outside participatesIn's domain. The 17 firms are otherwise unnamed; "
    "鞍山市各县(市)区、开发区、市直相关部门 are generic.",
    "Values: the areas of the two projects and the 17 signing firms; the phase capacities (一期/二期 镁砖, 不定型耐火"
    "材料) are not recorded (phases are not entities).",
]
