ENTITIES = [
    ("ln", "Province", "辽宁省", []),
    ("yk", "City", "营口市", ["营口", "我市"]),
    (
        "zone",
        "Zone",
        "营口辽河经济开发区",
        ["辽河经济开发区", "辽河开发区", "营口中小企业创业园区"],
    ),
    ("gwh", "GovernmentBody", "营口辽河经济开发区管委会", ["开发区管委会"]),
    ("des", "Designation", "省级开发区", []),
]
RELATIONS = [
    ("yk", "partOf", "ln", "营口辽河经济开发区位于营口主城区东南部"),
    ("zone", "locatedIn", "yk", "营口辽河经济开发区位于营口主城区东南部"),
    ("gwh", "locatedIn", "zone", "开发区管委会不断优化营商环境"),
    ("zone", "designatedAs", "des", "营口辽河经济开发区成功晋升省级开发区"),
]
VALUES = [
    ("zone", "plannedArea", 30, "km2", "园区总规划面积30平方公里"),
    ("zone", "founded", "2008-04", "xsd:gYearMonth", "成立于2008年4月"),
    ("zone", "enterpriseCount", 289, "enterprise", "现已入驻企业289户"),
    ("zone", "aboveScaleIndustrialEnterprises", 17, "enterprise", "直属规模以上工业企业17户"),
]
NOTES = [
    "Source: lhkfq.yingkou.gov.cn (营口辽河经济开发区 site, 开发区快讯), 2021-08-13. Page chrome (breadcrumbs, "
    "来源/作者/发布时间, 字号/分享, 附件/视频/扫一扫) dropped; the body is complete.",
    "Zone: 营口辽河经济开发区 (also 辽河经济开发区, 辽河开发区). Its former name 营口中小企业创业园区 (前身为) is the "
    "same area under an older name, so an alias, not a second zone. The 管委会 is written as 开发区管委会 → "
    "营口辽河经济开发区管委会 (label not written), locatedIn the zone. 韩主任 has no full name: no Person.",
    "Places: 辽宁省 (written), 营口 (营口主城区, written on its own) = 营口市, alias 我市 (the zone's site speaks of "
    "我市); partOf 辽宁省 by the division list. The zone lies in 营口主城区 → locatedIn 营口市.",
    "Designation 省级开发区: the zone 晋升/升级为省级开发区 → designatedAs. The awarding body is not written "
    "(辽宁省 推进 the consolidation but is not said to award), so no awards.",
    "Not annotated: 产业园区优化整合 (a general reform, no name), the industries, “港产城”-like slogans (none here).",
]
