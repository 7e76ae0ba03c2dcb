ENTITIES = [
    ("bx", "District", "本溪满族自治县", ["我县"]),
    ("xw", "GovernmentBody", "中共本溪满族自治县委", ["县委"]),
    ("zone", "Zone", "本溪观音阁经济开发区", []),
    ("dgw", "GovernmentBody", "本溪观音阁经济开发区党工委", []),
    ("gwh", "GovernmentBody", "本溪观音阁经济开发区管委会", ["管委会"]),
    ("hqw", "Person", "何庆伟", []),
    ("zcg", "Person", "张成钢", []),
    ("c1", "Company", "本溪卡倍亿电气技术有限公司", []),
    ("p1", "Project", "本溪卡倍亿电气技术有限公司三期项目", []),
    ("p2", "Project", "本溪鑫暾生物质热电联产项目", []),
    ("town", "Town", "高官镇", []),
    ("vil", "Village", "松树台村", []),
    ("p3", "Project", "抽水蓄能项目", ["松树台村抽水蓄能项目", "高官镇松树台村抽水蓄能项目"]),
    ("c2", "Company", "本溪玉晶玻璃有限公司", []),
    ("p4", "Project", "节能降耗升级改造项目", []),
]
ZCG = "本溪观音阁经济开发区党工委书记、管委会主任张成钢"
ZONE = (
    "在本溪观音阁经济开发区,何庆伟一行先后来到本溪卡倍亿电气技术有限公司三期项目和本溪鑫暾生物质热电联产项目"
)
PSH = "来到高官镇松树台村抽水蓄能项目"
RELATIONS = [
    ("xw", "locatedIn", "bx", "县委书记何庆伟调研我县"),
    ("hqw", "worksFor", "xw", "县委书记何庆伟", {"title": "县委书记"}),
    ("dgw", "locatedIn", "zone", "本溪观音阁经济开发区党工委书记"),
    ("gwh", "locatedIn", "zone", ZCG),
    ("zcg", "worksFor", "dgw", ZCG, {"title": "党工委书记"}),
    ("zcg", "worksFor", "gwh", ZCG, {"title": "主任"}),
    ("c1", "operates", "p1", "本溪卡倍亿电气技术有限公司三期项目"),
    ("p1", "locatedIn", "zone", ZONE),
    ("p2", "locatedIn", "zone", ZONE),
    ("p3", "locatedIn", "vil", PSH),
    ("vil", "partOf", "town", "高官镇松树台村"),
    ("town", "partOf", "bx", PSH),
    ("c2", "operates", "p4", "在本溪玉晶玻璃有限公司三号生产线,何庆伟参观了节能降耗升级改造项目"),
]
VALUES = []
NOTES = [
    "Source: www.bx.gov.cn (本溪市 government site group, 政务要闻; the article is the county's: 县委书记, 我县), "
    "2021-03-25; visit on 3月18日. The stored page ends inside a sentence of the last paragraph (…确保实现企); the "
    "text keeps the body up to the last complete sentence before the stored excerpt broke off.",
    "The county is written only as 我县; 何庆伟 was 县委书记 of 本溪满族自治县 and the zone, the town 高官镇 and the "
    "firms are that county's, so the District is 本溪满族自治县 with alias 我县 (label not written). 本溪 occurs only "
    "inside names (zone, firms): no City.",
    "Bodies: 县委 (in 县委书记) → 中共本溪满族自治县委; the zone's 党工委 and 管委会 (written in 党工委书记、管委会主任) "
    "→ both locatedIn the zone; 张成钢 worksFor both (党工委书记, 主任).",
    "Projects: the firm's 三期项目 (firm name + project → operates; label with the firm's name, the project alone "
    "is only 三期项目), 本溪鑫暾生物质热电联产项目 (本溪鑫暾 has no firm suffix and is written only inside the "
    "project's name: no Company), both in the zone (在本溪观音阁经济开发区…来到). The pumped-storage project at "
    "高官镇松树台村 (label 抽水蓄能项目, aliases with its village and town) locatedIn 松树台村, partOf 高官镇, partOf "
    "the county (division list). 本溪玉晶玻璃有限公司's 节能降耗升级改造项目 (on its 三号生产线, not annotated "
    "apart) → operates.",
    "No Event: a visit (调研) is not a gathering. No values: the text gives no amounts.",
]
