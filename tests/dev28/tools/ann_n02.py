HEAD = "抚顺特殊钢股份有限公司等3家企业入选《2023年辽宁省制造业单项冠军企业名单》"
DOC = "我省印发了《辽宁省制造业单项冠军企业认定管理办法》(辽工信产业〔2023〕160号)"
IN = (
    "我市推荐的抚顺特殊钢股份有限公司、抚顺永茂建筑机械有限公司和抚顺东联安信化学有限公司3家企业成功入选"
    "《2023年辽宁省制造业单项冠军企业名单》"
)
ENTITIES = [
    ("ln", "Province", "辽宁省", ["我省", "全省"]),
    ("fs", "City", "抚顺市", ["我市"]),
    ("gxj", "GovernmentBody", "抚顺市工业和信息化局", ["市工信局"]),
    ("doc", "Programme", "辽宁省制造业单项冠军企业认定管理办法", []),
    (
        "des",
        "Designation",
        "辽宁省制造业单项冠军企业",
        ["2023年辽宁省制造业单项冠军企业名单", "省级制造业单项冠军", "制造业单项冠军企业"],
    ),
    ("c1", "Company", "抚顺特殊钢股份有限公司", []),
    ("c2", "Company", "抚顺永茂建筑机械有限公司", []),
    ("c3", "Company", "抚顺东联安信化学有限公司", []),
]
RELATIONS = [
    ("fs", "partOf", "ln", IN),
    ("ln", "implements", "doc", DOC),
    ("c1", "designatedAs", "des", IN),
    ("c2", "designatedAs", "des", IN),
    ("c3", "designatedAs", "des", IN),
    ("c1", "locatedIn", "fs", IN),
    ("c2", "locatedIn", "fs", IN),
    ("c3", "locatedIn", "fs", IN),
    ("gxj", "locatedIn", "fs", "下一步,市工信局将继续做好服务"),
]
VALUES = [
    ("fs", "provincialSingleChampions", 4, "enterprise", "至此,我市已有4家企业荣获省级制造业单项冠军称号"),
]
NOTES = [
    "Source: gxj.fushun.gov.cn (抚顺市工业和信息化局's site, 工作动态), 2023-12-15. Headline and the date line kept; "
    "the source/print/close chrome and the empty attachment line dropped. Complete.",
    "Places: the site is 抚顺's bureau; 我市 → City 抚顺市 (抚顺 itself is written only inside the firms' names), "
    "我省/全省 → 辽宁省 (辽宁省 written inside the list's and the rules' titles); 抚顺市 partOf 辽宁省.",
    "Document: 《辽宁省制造业单项冠军企业认定管理办法》 issued by 我省 → Programme the province implements (rule 7: "
    "implements takes provinces); its number 辽工信产业〔2023〕160号 names the provincial bureau by code only: no body.",
    "Designation: the provincial single-champion title (list 《2023年辽宁省制造业单项冠军企业名单》, 省级制造业单项冠军 "
    "as aliases); the three firms recommended by 我市 → designatedAs and locatedIn 抚顺市. The awarding body is written "
    "only as 省直部门: no awards.",
    "Body: 市工信局 → 抚顺市工业和信息化局, locatedIn 抚顺市.",
    "Values: the city's total of 4 provincial champions. Not values: 3家 (the firms named).",
]
