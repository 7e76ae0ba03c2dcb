ENTITIES = [
    ("txx", "District", "铁岭县", []),
    ("lnrb", "Institution", "辽宁日报", []),
    ("wxb", "Person", "王晓波", []),
    ("ev", "Event", "铁岭市冬季招商百日攻坚工作部署会议", []),
    ("c1", "Company", "铁岭釜满鑫精细化工有限公司", []),
    ("p1", "Project", "新材料项目", []),
    ("pg1", "Programme", "“一把手”负责制度", []),
    ("jl", "Province", "吉林", []),
    ("hlj", "Province", "黑龙江", []),
    ("sy", "City", "沈阳", []),
]
SIGN = "由铁岭釜满鑫精细化工有限公司投资4.5亿元的新材料项目正式与铁岭县签约"
RELATIONS = [
    ("c1", "investsIn", "p1", SIGN, {"amount": {"value": 450000000, "unit": "CNY"}}),
    ("p1", "locatedIn", "txx", SIGN),
    ("txx", "implements", "pg1", "确定了“一把手”负责制度"),
]
VALUES = [
    ("p1", "investment", 450000000, "CNY", SIGN),
    ("txx", "signedAmount", 3679000000, "CNY", "签约额达36.79亿元"),
]
NOTES = [
    "Source: ln.people.com.cn (人民网 辽宁频道, 来源 辽宁日报), 2021-01-29. Headline, byline (王晓波) and source line kept; "
    "the 责编 line dropped. The body is complete.",
    "Byline: 王晓波 is the article's author, the source line names 辽宁日报 → Institution and Person; no worksFor (the "
    "byline states no title or employer, as bylines without 记者/本报 elsewhere).",
    "Places: 铁岭县 (a county of 铁岭市) → District. 铁岭市 is written only inside the meeting's name and 铁岭 inside the "
    "firm's (rule 5): no City, so no partOf. 吉林, 黑龙江 (provinces) and 沈阳 (a city) are named on their own as target "
    "regions of the county's promotion (no schema relation); 京津冀, 长三角, 珠三角 are regions, not entities.",
    "Event: 铁岭市冬季招商百日攻坚工作部署会议, named as held (召开); no organizer or place is stated beyond its name.",
    "Project: the 4.5亿元 新材料项目 of 铁岭釜满鑫精细化工有限公司, signed with 铁岭县 → investsIn with amount, locatedIn "
    "the county (签约 with the county that it lands in, 签约落户).",
    "Programme: “一把手”负责制度, a named responsibility system the county 确定 → implements (as dev13's 领导包保和项目管家"
    "责任制). 分口管理制度, 月调度制度, 任务连续制度 are generic management practices; 冬季招商百日攻坚 occurs only in the "
    "meeting's name and as 百日攻坚招商任务 (a task); 政府外包服务, 委托招商大使招商 are methods.",
    "Values: the project's 4.5亿元, the county's 36.79亿元 signed. Not values: 47天, the headline's rounded 36亿元.",
]
