LEAD = "9月9日下午,第十届中国(莱州)国际石材展览会签约仪式暨项目推介会议在莱州宾馆会议中心召开"
ZT = "莱州市副市长周涛主持会议,市委常委、常务副市长国树军出席会议并致辞"
CARDS = "拥有中国百强县、中国石都、中国长寿之乡、国家环保模范城市、中国优秀旅游城市等城市名片"
PLANS = "莱州同时进入山东半岛蓝色经济区、黄河三角洲高效生态经济区两大国家战略规划"
SIGN = "会议期间举行了重点合作项目签约仪式"
EXPO = "本届石展会期间,汇总签约项目33个,总投资额90亿元"
ENTITIES = [
    ("lz", "District", "莱州市", ["莱州"]),
    ("sw", "GovernmentBody", "中共莱州市委", ["市委"]),
    ("ev", "Event", "第十届中国(莱州)国际石材展览会签约仪式暨项目推介会议", ["重点合作项目签约仪式"]),
    ("expo", "Event", "第十届中国(莱州)国际石材展览会", ["石展会", "本届石展会"]),
    ("zt", "Person", "周涛", []),
    ("gsj", "Person", "国树军", []),
    ("zone", "Zone", "西部增长极滨海开发起步区", []),
    ("pl1", "Programme", "山东半岛蓝色经济区", []),
    ("pl2", "Programme", "黄河三角洲高效生态经济区", []),
    ("d1", "Designation", "中国百强县", []),
    ("d2", "Designation", "中国石都", []),
    ("d3", "Designation", "中国长寿之乡", []),
    ("d4", "Designation", "国家环保模范城市", []),
    ("d5", "Designation", "中国优秀旅游城市", []),
    ("jh", "Person", "江华", []),
    ("ss", "Person", "姗姗", []),
    ("sc", "Person", "秦超", []),
    ("fl", "Person", "凤丽", []),
]
RELATIONS = [
    ("ev", "locatedIn", "lz", LEAD),
    ("expo", "locatedIn", "lz", LEAD),
    ("zt", "participatesIn", "ev", ZT),
    ("gsj", "participatesIn", "ev", ZT),
    ("gsj", "worksFor", "sw", ZT, {"title": "常委"}),
    ("sw", "locatedIn", "lz", ZT),
    ("lz", "designatedAs", "d1", CARDS),
    ("lz", "designatedAs", "d2", CARDS),
    ("lz", "designatedAs", "d3", CARDS),
    ("lz", "designatedAs", "d4", CARDS),
    ("lz", "designatedAs", "d5", CARDS),
    ("lz", "participatesIn", "pl1", PLANS),
    ("lz", "participatesIn", "pl2", PLANS),
]
VALUES = [
    ("expo", "signedProjectCount", 33, "project", EXPO),
    ("expo", "signedTotalInvestment", 9000000000, "CNY", EXPO),
    ("ev", "signedProjectCount", 14, "project", "拟集中签约项目共14个,总投资额72.3亿元"),
    ("ev", "signedTotalInvestment", 7230000000, "CNY", "拟集中签约项目共14个,总投资额72.3亿元"),
]
NOTES = [
    "Source: stone128.com (a stone-trade site's news), no date on the stored copy (9月9日, 第十届 fair: no year written, so "
    "no date value). No headline; the body is complete with its closing byline.",
    "Places: 莱州市 (莱州) → District (a county-level city of 烟台, which is not written: no City). 山东 occurs only inside "
    "山东半岛… (rule 5): no Province. 莱州宾馆会议中心 is a venue, not a place class: the meeting is locatedIn 莱州市.",
    "Events: the meeting 第十届中国(莱州)国际石材展览会签约仪式暨项目推介会议 (its signing part 重点合作项目签约仪式, held "
    "会议期间, taken as the same occasion: an alias) and the fair itself 第十届中国(莱州)国际石材展览会 (本届石展会) → "
    "both locatedIn 莱州市. No organizer is written. 周涛 (主持) and 国树军 (出席并致辞) → participatesIn the meeting.",
    "Officials: 市委常委 → 中共莱州市委 (worksFor 常委); 副市长, 常务副市长: 市政府 is not written (rule 2), no body.",
    "Designations: the city's titles (城市名片) 中国百强县, 中国石都, 中国长寿之乡, 国家环保模范城市, 中国优秀旅游城市 → "
    "莱州市 designatedAs each; no awarding body written.",
    "Programmes: 山东半岛蓝色经济区 and 黄河三角洲高效生态经济区 are written as 两大国家战略规划 that 莱州 进入 → "
    "Programme, 莱州市 participatesIn (judgement: as areas they would be Zones, but the text names the plans). "
    "西部增长极滨海开发起步区 → Zone (its 规划 is promoted; 莱州 is a key area inside it, so the zone is not inside 莱州: no "
    "locatedIn).",
    "Byline (江华 姗姗 秦超 凤丽) → Person each, no employer.",
    "Values: the fair's 33 signed projects / 90亿元 and the meeting's 14 projects / 72.3亿元 to be signed. Sub-totals "
    "(23, 85亿元, 8, 4860万美元, 2, 1.2亿元, 8, 69亿元, 5, 4000万美元, 1, 7000万元) are left out of the list as breakdowns.",
]
