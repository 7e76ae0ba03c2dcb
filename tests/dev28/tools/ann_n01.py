LEAD = (
    "由朝阳经济开发区邀请的北京振发金峰高科技有限公司董事长蒋振发、北京牛尔宏泰新能源公司董事长张新晖、"
    "上海福盈集团辽宁公司总经理陈立岩等一行11人考察团"
)
PARKS = "考察团先后对经济开发区服务业集聚区、金属新材料深加工产业园区、高端装备制造产业园区及房地产开发企业进行了实地考察"
P1 = "一是振发金峰高科技有限公司投资建设火力发电厂节能环保设备生产线,项目占地约300亩"
P2 = "二是建设节能环保科技产业园项目,产业园预计占地1000亩"
PLAN = "北京客商表示对高端装备制造产业园区拟采用两个方案建设"
ENTITIES = [
    ("zone", "Zone", "朝阳经济开发区", ["经济开发区", "开发区"]),
    ("z1", "Zone", "服务业集聚区", []),
    ("z2", "Zone", "金属新材料深加工产业园区", []),
    ("z3", "Zone", "高端装备制造产业园区", []),
    ("bj", "Province", "北京市", ["北京"]),
    ("zf", "Company", "北京振发金峰高科技有限公司", ["振发金峰高科技有限公司"]),
    ("ne", "Company", "北京牛尔宏泰新能源公司", []),
    ("fy", "Company", "上海福盈集团辽宁公司", []),
    ("hx", "Company", "华夏幸福", []),
    ("jzf", "Person", "蒋振发", []),
    ("zxh", "Person", "张新晖", []),
    ("cly", "Person", "陈立岩", []),
    ("jq", "Person", "姜强", []),
    ("p1", "Project", "火力发电厂节能环保设备生产线", []),
    ("p2", "Project", "节能环保科技产业园项目", []),
]
RELATIONS = [
    ("jzf", "worksFor", "zf", LEAD, {"title": "董事长"}),
    ("zxh", "worksFor", "ne", LEAD, {"title": "董事长"}),
    ("cly", "worksFor", "fy", LEAD, {"title": "总经理"}),
    ("z1", "locatedIn", "zone", PARKS),
    ("z2", "locatedIn", "zone", PARKS),
    ("z3", "locatedIn", "zone", PARKS),
    ("zf", "investsIn", "p1", P1),
    ("p1", "locatedIn", "z3", PLAN),
    ("p2", "locatedIn", "z3", PLAN),
]
VALUES = [
    ("p1", "area", 300, "mu", P1),
    ("p2", "area", 1000, "mu", P2),
]
NOTES = [
    "Source: bj.cnipai.com (a repost of a 朝阳 paper's 本报讯; no date on the stored page). The body is complete; "
    "the byline 本报讯(姜强) kept.",
    "Places: 朝阳 and 辽宁 are written only inside the zone's and a firm's names: no City, no Province (rule 5). "
    "北京 is written on its own (北京客商) → Province 北京市 (a municipality); the firms' 北京 is part of their names, "
    "so no locatedIn is stated.",
    "Zone: 朝阳经济开发区 (经济开发区, 开发区 aliases); its three areas 服务业集聚区, 金属新材料深加工产业园区, "
    "高端装备制造产业园区 → Zones locatedIn it. The real-estate firms are not named.",
    "Visitors: three firms' heads → Persons worksFor their firms (董事长, 董事长, 总经理). The visit (实地考察) is no "
    "dated gathering: no Event (as earlier inspection golds).",
    "Projects: 火力发电厂节能环保设备生产线 (振发金峰 invests in and builds it: investsIn only, as the gold convention "
    "for 投资建设) and 节能环保科技产业园项目, both planned in the equipment park (locatedIn). 华夏幸福 is a firm named "
    "as a model (采用华夏幸福运营模式): Company, no relation.",
    "Values: the two plots (300亩, 1000亩). Not values: 11人, 4家, 3家 (counts of people and unnamed firms).",
    "Not annotated: 节能环保产业, 福盈惠民宜居 (themes), 房地产去库存.",
]
