LEAD = "今年前5个月,全县新签约项目共10个,计划总投资56.77亿元"
YJ = "与远景能源有限公司签订的项目计划投资20亿元,建设装机容量20万千瓦的风电场"
ZGH = "与中广核风电有限公司华南分公司签订合作开发风力资源协议,计划投资25亿元"
ENTITIES = [
    ("xy", "District", "兴业县", []),
    ("c1", "Company", "远景能源有限公司", []),
    ("c2", "Company", "中广核风电有限公司华南分公司", []),
    ("ly", "Person", "骆怡", []),
    ("hsf", "Person", "何少凤", []),
]
RELATIONS = []
VALUES = [
    ("xy", "signedProjectCount", 10, "project", LEAD),
    ("xy", "signedTotalInvestment", 5677000000, "CNY", LEAD),
    ("c1", "plannedInvestment", 2000000000, "CNY", YJ),
    ("c1", "installedCapacity", 200, "MW", YJ),
    ("c2", "plannedInvestment", 2500000000, "CNY", ZGH),
]
NOTES = [
    "Source: gxcounty.com (广西县域经济网, print view), year not on the stored page (6月16日 only). No headline on the "
    "print view; the closing 编辑/作者 line kept; the body is complete.",
    "Places: 兴业县 (该县, 全县) → District. 广西 and 玉林 are not written: no Province or City.",
    "Firms: 远景能源有限公司 and 中广核风电有限公司华南分公司 (a branch, named in full) → Company. The two wind projects are "
    "written only generically (两个风电项目, 装机容量20万千瓦的风电场, 合作开发风力资源): no Project, so no investsIn; "
    "the planned investments (20亿元, 25亿元) and the 20万千瓦 capacity hang on the firm of each clause. The county "
    "signs with them but no Event is written (no participatesIn; the schema has no signing relation).",
    "People: 记者 骆怡, 通讯员 何少凤 → Person; the medium is not named in the text (no worksFor). 编辑 香香 is a pen name: "
    "not annotated.",
    "Values: the county's 10 new signed projects, 56.77亿元 planned total. Not annotated: 招商小分队 (generic), the "
    "industries listed.",
]
