LEAD = "顺义区委常委、副区长徐晓俊到我会常务副会长单位美驰集团、美驰低碳科技产业园走访调研"
WITH = "顺义区总部人才中心主任董敬红,后沙峪地区*委书记李强、地区*委副书记、镇长孔祥伟参加"
ZHANG = "北京侨商会常务副会长、美驰集团董事长张立群"
LOC = "位于北京市顺义区后沙峪镇顺义新城第20街区南部"
KEY = "美驰低碳科技产业园项目是国家服务业扩大开发综合示范区及中国(北京)自有贸易区顺义组团重点项目"
TWO = "顺义区正在加快推进“两区”建设"
AREA = "规划建设用地面积约7.6公顷,总建筑面积约25.1万平方米"
ENTITIES = [
    ("bj", "Province", "北京市", ["北京"]),
    ("sy", "District", "顺义区", ["顺义"]),
    ("hsy", "Town", "后沙峪镇", ["后沙峪地区"]),
    ("xc", "Zone", "顺义新城", []),
    ("ftz", "Zone", "中国(北京)自有贸易区", []),
    ("des", "Designation", "国家服务业扩大开发综合示范区", []),
    ("prog", "Programme", "“两区”建设", ["两区建设", "“两区”"]),
    ("qw", "GovernmentBody", "中共北京市顺义区委员会", ["顺义区委"]),
    ("zx", "GovernmentBody", "顺义区总部人才中心", []),
    ("qsh", "Institution", "北京侨商会", ["我会"]),
    ("mc", "Company", "美驰集团", []),
    ("p", "Project", "美驰低碳科技产业园项目", ["美驰低碳科技产业园", "美驰低碳科技产业园区"]),
    ("xxj", "Person", "徐晓俊", []),
    ("djh", "Person", "董敬红", []),
    ("lq", "Person", "李强", []),
    ("kxw", "Person", "孔祥伟", []),
    ("zlq", "Person", "张立群", []),
]
RELATIONS = [
    ("sy", "partOf", "bj", LOC),
    ("hsy", "partOf", "sy", LOC),
    ("xxj", "worksFor", "qw", LEAD, {"title": "区委常委"}),
    ("qw", "locatedIn", "sy", LEAD),
    ("djh", "worksFor", "zx", WITH, {"title": "主任"}),
    ("zx", "locatedIn", "sy", WITH),
    ("zlq", "worksFor", "qsh", ZHANG, {"title": "常务副会长"}),
    ("zlq", "worksFor", "mc", ZHANG, {"title": "董事长"}),
    ("mc", "operates", "p", LEAD),
    ("p", "locatedIn", "xc", LOC),
    ("sy", "implements", "prog", TWO),
]
VALUES = [
    ("p", "landArea", 7.6, "hectare", AREA),
    ("p", "floorArea", 251000, "m2", AREA),
]
NOTES = [
    "Source: bbs.anpingzx.com (a forum copy of 北京侨商会's report; 我会 = the chamber). Year not given (5月30日). "
    "The three photo captions are kept as published; the forum's trailing 预览时标签不可点 dropped. Complete.",
    "Places: 北京市 (北京市顺义区后沙峪镇…) → Province; 顺义区 partOf it; 后沙峪镇 (后沙峪地区 as an alias) partOf "
    "顺义区. The project lies in 顺义新城 (a new town, Zone: the most specific place written, rule 6). 安平街 and "
    "第20街区 are no schema places.",
    "Officials: 顺义区委常委、副区长徐晓俊 → worksFor 中共北京市顺义区委员会 (顺义区委 written in the title; 区政府 is "
    "not written, so no second worksFor). 董敬红 heads 顺义区总部人才中心 (a state-run centre, GovernmentBody). 李强 and "
    "孔祥伟 are Persons; their body is written only as the censored 地区*委 and 镇长 names no written body: no worksFor.",
    "Firm and project: 张立群 is the chamber's 常务副会长 and 美驰集团's 董事长 (two worksFor). 美驰低碳科技产业园 "
    "is under construction (建设工地, 项目…重点项目) → one Project (产业园/产业园区 forms as aliases) run by 美驰集团 "
    "(operates).",
    "Programmes: “两区”建设 advanced by 顺义区 → implements. 国家服务业扩大开发综合示范区 (as written, for 开放) → "
    "Designation; 中国(北京)自有贸易区 (as written) → Zone; the project is a key project of both: no schema relation "
    "(participatesIn takes Programmes and Events only).",
    "Values: 7.6公顷 land, 25.1万平方米 floor area. The visit and the 座谈 are not annotated as an Event (an "
    "inspection visit, as earlier golds).",
]
