ENTITIES = [
    ("tj", "Province", "天津市", ["天津"]),
    ("jz", "District", "蓟州区", ["蓟州"]),
    (
        "ev",
        "Event",
        "“共享新‘蓟’遇,携手绘‘津’彩”招商引资推介会暨重点项目集中签约仪式",
        ["招商引资推介会", "推介会"],
    ),
    ("tcj", "GovernmentBody", "天津市投资促进局", []),
    ("jzf", "GovernmentBody", "天津市蓟州区人民政府", []),
    ("jqw", "GovernmentBody", "中共蓟州区委", ["天津市蓟州区委"]),
    ("zxw", "Institution", "中新网", []),
    ("zone", "Zone", "北京高端产业外迁基地", []),
    ("pg1", "Programme", "农品进京工程", []),
    ("pg2", "Programme", "拿地即开工", []),
    ("wzy", "Person", "王在御", []),
    ("yty", "Person", "杨天宇", []),
    ("wjy", "Person", "王金一", []),
    ("slf", "Person", "宋立夫", []),
]
EVB = (
    "由天津市投资促进局和天津市蓟州区人民政府主办的“共享新‘蓟’遇,携手绘‘津’彩”招商引资推介会暨重点项目集中签约仪式"
    "在天津市蓟州区举行"
)
SLF = "天津市蓟州区委常委、办公室主任宋立夫表示"
RELATIONS = [
    ("jz", "partOf", "tj", "天津市蓟州区"),
    ("tcj", "organizes", "ev", EVB),
    ("jzf", "organizes", "ev", EVB),
    # (correction after the first run: the headline says the district holds the fair)
    ("jz", "organizes", "ev", "天津蓟州举行招商引资推介会"),
    ("ev", "locatedIn", "jz", EVB),
    ("tcj", "locatedIn", "tj", EVB),
    ("jzf", "locatedIn", "jz", EVB),
    ("jqw", "locatedIn", "jz", SLF),
    ("slf", "worksFor", "jqw", SLF, {"title": "区委常委"}),
    ("slf", "participatesIn", "ev", "推介会现场,天津市蓟州区委常委、办公室主任宋立夫表示"),
    ("wzy", "worksFor", "zxw", "中新网 天津4月8日电 (王在御 杨天宇)"),
    ("yty", "worksFor", "zxw", "中新网 天津4月8日电 (王在御 杨天宇)"),
    ("zone", "locatedIn", "jz", "北京高端产业外迁基地、航空航天等特色主题产业园形成规模"),
    ("jz", "implements", "pg1", "深入实施农品进京工程"),
    ("jz", "implements", "pg2", "推行“拿地即开工”等创新举措"),
]
VALUES = [
    ("ev", "signedProjectCount", 25, "project", "25个项目现场签约,协议投资总额127.4亿元"),
    ("ev", "signedTotalInvestment", 12740000000, "CNY", "25个项目现场签约,协议投资总额127.4亿元"),
]
NOTES = [
    "Correction after the first run (see SOURCES.md): 蓟州区 organizes the fair added; the headline states it "
    "(天津蓟州举行招商引资推介会), as 举行 gives organizes for a county in dev9 u03. It was missed in the first "
    "annotation.",
    "Source: a mirror (news.calyptus.net) of a 中新网 report; the mirror's stamp (发布时间 2024-11-22, sp20241122) was "
    "dropped. The stored copy breaks off inside an entrepreneur's quotation (“与蓟州区招商负责同志…强烈意愿。”南…), "
    "whose paragraph was dropped. The year of the 4月8日 event is not in the text, so no date value.",
    "Places: 天津市 (municipality, Province class), 蓟州区 partOf it. 京津唐, 首都, 北京 (inside a park's name) "
    "are not annotated.",
    "Event: the fair-and-signing, labelled with its full written name (quotation marks are ignored in scoring); the "
    "headline's 招商引资推介会 and 推介会 are aliases. Two organisers (主办): 天津市投资促进局 and 天津市蓟州区人民政府.",
    "Bodies: 天津市蓟州区委 → 中共蓟州区委; 宋立夫 is a member of its standing committee and head of its office "
    "(办公室主任: the office is not written as a body on its own); he speaks at the fair (推介会现场…表示) → "
    "participatesIn. 王在御 and 杨天宇 sign the 中新网 dateline as its reporters → worksFor 中新网 (no title "
    "written); 王金一 is the photographer (摄) of a caption, no organisation.",
    "Zone: 北京高端产业外迁基地 is named as a themed industrial park of the district → Zone locatedIn 蓟州区. "
    "经济开发区 (蓟州区…完善经济开发区基础设施) is a generic reference without a name, not annotated.",
    "Programmes: 农品进京工程 (实施) and the “拿地即开工” reform (推行…创新举措) → 蓟州区 implements both. Product "
    "labels (国家地理标志产品, 全国名特优新农产品, “津农精品”) are held by products the text does not name; not annotated.",
]
