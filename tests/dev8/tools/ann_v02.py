ENTITIES = [
    ("wc", "District", "五常市", ["我市", "五常", "全市"]),
    ("heb", "City", "哈尔滨市", []),
    ("ev", "Event", "招商引资集中签约仪式", ["集中签约仪式", "签约仪式"]),
    ("sw", "GovernmentBody", "中共五常市委", ["市委"]),
    ("szf", "GovernmentBody", "五常市人民政府", ["市政府"]),
    ("hebw", "GovernmentBody", "中共哈尔滨市委", ["哈尔滨市委"]),
    ("hebsh", "GovernmentBody", "哈尔滨市政府驻上海办事处", []),
    ("shw", "GovernmentBody", "中共黑龙江省委", ["省委"]),
    ("hlj", "Province", "黑龙江省", ["全省"]),
    ("c1", "Company", "上海为烨投资集团有限公司", []),
    ("c2", "Company", "华润电力有限公司东北新能源公司", []),
    ("c3", "Company", "中绿集团", []),
    ("c4", "Company", "北大仓粮油股份有限公司", []),
    ("c5", "Company", "福建兴华昌集团有限公司", []),
    ("c6", "Company", "寒育米业有限公司", []),
    ("tx", "Programme", "“4+4”现代产业新体系", ["4+4现代产业新体系"]),
    ("mdr", "Programme", "免打扰服务", []),
    ("zrh", "Person", "赵睿辉", []),
    ("zcm", "Person", "赵春明", []),
    ("sss", "Person", "孙松宇", []),
    ("zzd", "Person", "张振东", []),
    ("bjy", "Person", "白晶玉", []),
    ("ycy", "Person", "尹承云", []),
]
SIGN = (
    "市委常委、常务副市长赵春明,市委常委、市政府党组成员孙松宇,副市长张振东、白晶玉分别与上海为烨投资集团有限公司,"
    "华润电力有限公司东北新能源公司,中绿集团,北大仓粮油股份有限公司,福建兴华昌集团有限公司,寒育米业有限公司等13家企业"
    "进行了集中签约"
)
RELATIONS = (
    [
        ("wc", "partOf", "heb", "围绕哈尔滨市委构建"),
        ("wc", "organizes", "ev", "7月6日上午,我市举行招商引资集中签约仪式"),
        ("ev", "locatedIn", "wc", "7月6日上午,我市举行招商引资集中签约仪式"),
        ("sw", "locatedIn", "wc", "市委书记尹承云"),
        ("szf", "locatedIn", "wc", "市政府党组成员孙松宇"),
        ("hebw", "locatedIn", "heb", "哈尔滨市委"),
        ("hebsh", "locatedIn", "heb", "哈尔滨市政府驻上海办事处副主任赵睿辉"),
        ("zrh", "worksFor", "hebsh", "哈尔滨市政府驻上海办事处副主任赵睿辉", {"title": "副主任"}),
        ("zcm", "worksFor", "sw", "市委常委、常务副市长赵春明", {"title": "市委常委"}),
        ("zcm", "worksFor", "szf", "市委常委、常务副市长赵春明", {"title": "常务副市长"}),
        ("sss", "worksFor", "sw", "市委常委、市政府党组成员孙松宇", {"title": "市委常委"}),
        ("sss", "worksFor", "szf", "市委常委、市政府党组成员孙松宇", {"title": "市政府党组成员"}),
        ("zzd", "worksFor", "szf", "副市长张振东、白晶玉", {"title": "副市长"}),
        ("bjy", "worksFor", "szf", "副市长张振东、白晶玉", {"title": "副市长"}),
        ("ycy", "worksFor", "sw", "市委书记尹承云", {"title": "市委书记"}),
        (
            "zrh",
            "participatesIn",
            "ev",
            "哈尔滨市政府驻上海办事处副主任赵睿辉,我市市级四个班子在家领导及各乡镇、市直各部门主要负责同志参加此次集中签约仪式",
        ),
        ("ycy", "participatesIn", "ev", "市委书记尹承云在讲话时指出"),
        ("shw", "locatedIn", "hlj", "按照省委“大招商、招大商,大引资、引大资”的总体要求"),
        ("heb", "partOf", "hlj", "围绕哈尔滨市委构建"),
        ("hebw", "implements", "tx", "围绕哈尔滨市委构建“4+4”现代产业新体系的统一部署"),
        (
            "wc",
            "implements",
            "mdr",
            "我市还将继续要强力推进招商引资,聚力产业项目建设,着力强化要素保障,竭力构建亲清关系,坚定实施免打扰服务",
        ),
    ]
    + [(p, "participatesIn", "ev", SIGN) for p in ["zcm", "sss", "zzd", "bjy"]]
    + [(c, "participatesIn", "ev", SIGN) for c in ["c1", "c2", "c3", "c4", "c5", "c6"]]
)
VALUES = [
    ("ev", "signedEnterprises", 13, "enterprise", "寒育米业有限公司等13家企业进行了集中签约"),
]
NOTES = [
    "Source: the 五常市 (哈尔滨, 黑龙江) government site, zfxm column, dated 2021-07-07. Dropped: the 编辑/发布时间 "
    "line and the last paragraph (此次集中签约仪式又副…), which breaks off. The year of 7月6日 is not in the ceremony's "
    "sentence (the page date is), so no date is recorded.",
    "五常市 is a county-level city of 哈尔滨市 → District (aliases 我市, 五常, 全市), partOf 哈尔滨市. 哈尔滨市 is "
    "written only inside body names (哈尔滨市委, 哈尔滨市政府驻上海办事处); it is kept as the City of those bodies, as "
    "tests/dev7 w01 keeps 沈阳市 from 沈阳市政府. 黑龙江 is never written; 省委 → 中共黑龙江省委 (rule 1); no Province at first (see the correction below).",
    "Event: 招商引资集中签约仪式 (aliases 集中签约仪式, 签约仪式), organized by and locatedIn 五常市.",
    "People: the Harbin office's deputy head attends; the four city leaders sign with the firms (分别与…进行了集中签约); "
    "the party secretary speaks → participatesIn. Titles: 市委常委 → 中共五常市委; 常务副市长, 副市长, 市政府党组成员 "
    "→ 五常市人民政府; 市委书记 → 中共五常市委.",
    "Companies: the six firms named of the 13 that signed → participatesIn. 华润电力有限公司东北新能源公司 is one "
    "company (a subsidiary written with its parent's name).",
    "Programmes (judgement calls): the provincial committee's quoted 总体要求 “大招商、招大商,大引资、引大资” and the "
    "Harbin committee's “4+4”现代产业新体系 (构建) → implements by the committee that set them; 免打扰服务, which "
    "五常 will carry out (坚定实施) → implements by 五常市. Not annotated: 企业全生命周期标准化服务流程 (generic), "
    "“冲锋号”.",
    "Correction after the first run (disclosed in SOURCES.md): the provincial committee's quoted 总体要求 (first a "
    "Programme implemented by 中共黑龙江省委) removed, as ../shared/dev d08 leaves the quoted 要求 走在前列、共建金华 out; "
    "Province 黑龙江省 added with the alias 全省 (位居全省前列, 排名全省第一), which SCHEMA's names rule resolves to the "
    "article's province as 我省/全省 in a Liaoning paper, with 省委 locatedIn it and 哈尔滨市 partOf it.",
]
