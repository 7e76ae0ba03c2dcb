ENTITIES = [
    ("sf", "District", "什邡市", ["什邡", "我市"]),
    ("ev", "Event", "什邡市招商引资项目集中签约仪式", ["签约仪式"]),
    ("sw", "GovernmentBody", "中共什邡市委", ["市委"]),
    ("zf", "GovernmentBody", "什邡市人民政府", ["市政府"]),
    ("zx", "GovernmentBody", "政协什邡市委员会", ["市政协"]),
    ("rd", "GovernmentBody", "什邡市人大常委会", ["人大常委会"]),
    ("gwh", "GovernmentBody", "什邡经济开发区管委会", ["经济开发区管委会"]),
    ("swb", "GovernmentBody", "中共什邡市委办公室", ["市委办"]),
    ("zfb", "GovernmentBody", "什邡市人民政府办公室", ["政府办"]),
    ("fgj", "GovernmentBody", "什邡市发展和改革局", ["发改局"]),
    ("gxj", "GovernmentBody", "什邡市经济和信息化局", ["工信局"]),
    ("zjj", "GovernmentBody", "什邡市住房和城乡建设局", ["住建局"]),
    ("gtj", "GovernmentBody", "什邡市国土资源局", ["国土局"]),
    ("hbj", "GovernmentBody", "什邡市环境保护局", ["环保局"]),
    ("zsj", "GovernmentBody", "什邡市招商局", ["招商局"]),
    ("gsj", "GovernmentBody", "什邡市工商行政管理局", ["工商局"]),
    ("zwzx", "GovernmentBody", "什邡市政务服务中心", ["政务中心"]),
    ("xh", "Institution", "德阳市外来投资企业协会", []),
    ("c1", "Company", "四川九创投资有限公司", ["四川九创投资"]),
    ("c2", "Company", "四川宝利丰科技", []),
    ("c3", "Company", "苏州塞维拉上吴电梯", []),
    ("c4", "Company", "苏州奥斯玛电梯", []),
    ("c5", "Company", "沈阳市宏远电磁线", []),
    ("c6", "Company", "重庆卓越科技", []),
    ("c7", "Company", "成都深嘉机械", []),
    ("c8", "Company", "郑州中泉路桥设备", []),
    ("c9", "Company", "大益汽车配件", []),
    ("gh", "Company", "工商银行什邡支行", ["工行"]),
    ("dy", "Company", "德阳银行什邡支行", ["商行"]),
    ("jh", "Company", "中国建设银行", ["建行"]),
    ("nh", "Company", "中国农业银行", ["农行"]),
    ("zh", "Company", "中国银行", ["中行"]),
    ("xjg", "Person", "席建国", []),
    ("lty", "Person", "李庭勇", []),
    ("lcj", "Person", "李成金", []),
    ("lz", "Person", "李卓", []),
    ("zqh", "Person", "曾庆骅", []),
    ("hj", "Person", "黄剑", []),
    ("zjj2", "Person", "周继杰", []),
]
EVB = "什邡市招商引资项目集中签约仪式在市政府第四会议室举行"
SIGN = (
    "四川九创投资、四川宝利丰科技、苏州塞维拉上吴电梯、苏州奥斯玛电梯、沈阳市宏远电磁线、重庆卓越科技、"
    "成都深嘉机械、郑州中泉路桥设备、大益汽车配件9家企业代表分别与副市长席建国、什邡经济开发区管委会主任"
    "李庭勇签订了项目投资协议书,正式落户什邡"
)
BANK = "四川九创投资有限公司分别与工商银行什邡支行、德阳银行什邡支行代表签订了总额10亿元的战略合作协议"
LEAD = (
    "市委书记李成金,市委副书记、市长李卓,市政协主席曾庆骅,市委常委、市委秘书长黄剑,人大常委会副主任周继杰,"
    "副市长席建国,及市委办、政府办、发改局、工信局、住建局、国土局、环保局、招商局、工商局、经济开发区管委会、"
    "政务中心、德阳市外来投资企业协会、工行、商行、建行、农行、中行等单位参加签约仪式"
)
FIRMS = ["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"]
UNITS = [
    "swb",
    "zfb",
    "fgj",
    "gxj",
    "zjj",
    "gtj",
    "hbj",
    "zsj",
    "gsj",
    "gwh",
    "zwzx",
    "xh",
    "gh",
    "dy",
    "jh",
    "nh",
    "zh",
]
BODIES = ["sw", "zf", "zx", "rd", "swb", "zfb", "fgj", "gxj", "zjj", "gtj", "hbj", "zsj", "gsj", "zwzx"]
RELATIONS = (
    [
        ("ev", "locatedIn", "sf", EVB),
        ("xjg", "worksFor", "zf", "副市长席建国", {"title": "副市长"}),
        ("lty", "worksFor", "gwh", "什邡经济开发区管委会主任李庭勇", {"title": "管委会主任"}),
        ("lcj", "worksFor", "sw", "市委书记李成金", {"title": "市委书记"}),
        ("lz", "worksFor", "sw", "市委副书记、市长李卓", {"title": "市委副书记"}),
        ("lz", "worksFor", "zf", "市委副书记、市长李卓", {"title": "市长"}),
        ("zqh", "worksFor", "zx", "市政协主席曾庆骅", {"title": "主席"}),
        ("hj", "worksFor", "sw", "市委常委、市委秘书长黄剑", {"title": "市委常委"}),
        ("zjj2", "worksFor", "rd", "人大常委会副主任周继杰", {"title": "副主任"}),
        ("gwh", "locatedIn", "sf", SIGN),
    ]
    + [(c, "participatesIn", "ev", SIGN) for c in FIRMS]
    + [(c, "locatedIn", "sf", SIGN) for c in FIRMS]
    + [(p, "participatesIn", "ev", SIGN) for p in ["xjg", "lty"]]
    + [(p, "participatesIn", "ev", LEAD) for p in ["lcj", "lz", "zqh", "hj", "zjj2"]]
    + [(u, "participatesIn", "ev", LEAD) for u in UNITS]
    + [(b, "locatedIn", "sf", LEAD) for b in BODIES]
    # (correction after the first run, for consistency with ../shared/dev d-gold and u02 here: a party
    # committee's office is part of the committee, a government's office and bureaus part of the government)
    + [("swb", "partOf", "sw", LEAD)]
    + [(b, "partOf", "zf", LEAD) for b in ["zfb", "fgj", "gxj", "zjj", "gtj", "hbj", "zsj", "gsj", "zwzx"]]
)
VALUES = [
    ("ev", "signedEnterprises", 9, "enterprise", "大益汽车配件9家企业代表"),
]
NOTES = [
    "Correction after the first run (see SOURCES.md): partOf added from 中共什邡市委办公室 to 中共什邡市委 and from "
    "the government's office, bureaus and service centre to 什邡市人民政府, as ../shared/dev (宕昌县农业农村局 partOf "
    "宕昌县人民政府) and u02 here (河北省发改委 partOf 河北省人民政府) annotate departments.",
    "Source: cnzsyz.com (中招网) Sichuan section, undated (the 十二五 target places it in 2011–2015). The body is "
    "complete; nothing was dropped.",
    "什邡市 is a county-level city (District) of 德阳; 德阳 occurs only inside the names 德阳市外来投资企业协会 and "
    "德阳银行什邡支行, so no City (rule 5). 什邡经济开发区 occurs only inside its 管委会's name, so no Zone.",
    "Event: the signing ceremony, labelled with its full written form; held in the city government's meeting room "
    "→ locatedIn 什邡市. No organiser is written (the sentence is passive).",
    "Bodies by rule 1: 市委, 市政府 (and the 市长/副市长 titles), 市政协, 人大常委会 (the city's), and the units "
    "listed as attending (市委办, 政府办, 发改局, 工信局, 住建局, 国土局, 环保局, 招商局, 工商局, 经济开发区管委会, "
    "政务中心) resolve to the 什邡 bodies of the time; each participatesIn the ceremony (参加) and is locatedIn "
    "什邡市. Banks written by short forms: 工行 and 商行 are read as the local branches that signed (工商银行什邡支行, "
    "德阳银行什邡支行, a city commercial bank); 建行, 农行, 中行 as the national banks.",
    "Companies: the nine firms whose representatives sign investment agreements (签订了项目投资协议书) "
    "participatesIn the ceremony and settle in 什邡 (正式落户什邡 → locatedIn). 四川九创投资 is written later in full "
    "(四川九创投资有限公司), the label. Its credit agreements with two banks have no schema relation.",
    "People: the two signatories (副市长席建国 for the city government, 李庭勇 for the zone's committee) and the "
    "five leaders listed as attending participatesIn; worksFor by the titles (rule 2). “六大新兴产业” and "
    "“十二五” are not annotated (an industry grouping and a plan period named only in passing).",
]
