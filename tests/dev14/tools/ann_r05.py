ENTITIES = [
    ("lps", "City", "六盘水市", ["我市", "全市"]),
    ("gxt", "GovernmentBody", "贵州省工业和信息化厅", ["省工业和信息化厅"]),
    ("gxb", "GovernmentBody", "工业和信息化部", []),
    (
        "des",
        "Designation",
        "贵州省专精特新中小企业",
        [
            "2023年贵州省专精特新中小企业",
            "2023年贵州省专精特新中小企业名单",
            "2023年省级专精特新中小企业",
            "省级专精特新中小企业",
            "省专精特新中小企业",
        ],
    ),
    ("cx", "Designation", "创新型中小企业", []),
    ("xjr", "Designation", "专精特新“小巨人”企业", []),
    ("pg", "Programme", "专精特新中小企业培育工作", []),
    (
        "doc1",
        "Programme",
        "《贵州省工业和信息化厅关于开展2023年贵州省专精特新中小企业培育和年度信息更新工作的通知》",
        [],
    ),
    ("doc2", "Programme", "《优质中小企业梯度培育管理办法》", []),
    ("c1", "Company", "贵州誉创机械有限公司", []),
    ("c2", "Company", "贵州盘誉泰合机械有限公司", []),
]
D = {"date": "2023-05-04"}
AW = "5月4日,省工业和信息化厅公布2023年贵州省专精特新中小企业名单"
L1 = "我市的贵州誉创机械有限公司、贵州盘誉泰合机械有限公司等25户企业入选"
L2 = "我市的贵州誉创机械有限公司、贵州盘誉泰合机械有限公司等25户企业被认定为2023年省级专精特新中小企业"
DOCS = "我市按照《贵州省工业和信息化厅关于开展2023年贵州省专精特新中小企业培育和年度信息更新工作的通知》和《优质中小企业梯度培育管理办法》要求"
RELATIONS = [
    ("gxt", "awards", "des", AW, D),
    ("c1", "designatedAs", "des", L2),
    ("c2", "designatedAs", "des", L2),
    ("c1", "locatedIn", "lps", L1),
    ("c2", "locatedIn", "lps", L1),
    ("gxb", "implements", "pg", "工业和信息化部开展专精特新中小企业培育工作"),
    ("lps", "implements", "doc1", DOCS),
    ("lps", "implements", "doc2", DOCS),
]
VALUES = [
    ("des", "date", "2023-05-04", "xsd:date", AW),
    ("lps", "newProvincialSpecialisedFirms", 25, "enterprise", L2),
    ("lps", "innovativeFirms", 48, "enterprise", "在全市48户创新型企业中组织推荐42户申报省专精特新中小企业"),
    ("lps", "recommendedFirms", 42, "enterprise", "在全市48户创新型企业中组织推荐42户申报省专精特新中小企业"),
    ("lps", "provincialSpecialisedFirms", 42, "enterprise", "全市共有42户省级专精特新中小企业"),
]
NOTES = [
    "Source: sdgd.sc-rh.com (a reposting site), 2023-05-12, 来源 中国六盘水网 (本网讯). Dropped: the breadcrumb, date/来源 "
    "line, the photo note and the 关键词/相关阅读 lines. The body is complete.",
    "City: the article's city is written only as 我市/全市; the source (中国六盘水网, a 六盘水 site, in the dropped "
    "来源 line) names it → 六盘水市 with the aliases 我市, 全市 (as dev12 t05 resolves 我市 to 六安市). 贵州 occurs only "
    "inside the department's, the designation's, the documents' and the firms' names: no Province (rule 5).",
    "Designation: the provincial list 2023年贵州省专精特新中小企业名单, labelled without the year and 名单 (as dev8 v05), "
    "the written forms aliases (省级…, 省…). The department 公布 the list → awards, dated 5月4日 (year from 2023年). The "
    "two named firms 入选 / 被认定为 → designatedAs, and are the city's (我市的) → locatedIn. The other 23 are unnamed.",
    "创新型中小企业 and 专精特新“小巨人”企业 are titles of the ministry's scheme named in its description (被认定为…后可"
    "申报…) → Designation, no holder named. 创新型企业 (48户) is taken as a count, not a third title.",
    "Programmes: the ministry's 专精特新中小企业培育工作 (开展 → implements; judgement: a named work of the ministry); the "
    "notice and the rules the city follows (按照《…》和《…》要求) → Programme, as dev8 v05 types cited documents; 我市 "
    "acts on them → implements (judgement). 工业和信息化部优质中小企业梯度培育平台 is an online system: not annotated.",
    "Values: the list date; the city's 25 new firms, 48 innovative firms, 42 recommended and 42 provincial firms in all.",
]
