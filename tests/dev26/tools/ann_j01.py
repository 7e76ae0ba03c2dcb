LEAD = "鞍山市臺辦主任王喆一行到臺安縣調研工業產業發展及赴臺灣招商活動籌備情況"
WITH = "臺安縣副縣長梁然、九股河工經委副主任田俊明陪同調研"
PLAN = "此次赴臺灣招商活動,臺安縣將根據自身發展特點"
BY = "(中國臺灣網鞍山市臺辦通訊員 項宇)"
ENTITIES = [
    ("as", "City", "鞍山市", ["鞍山"]),
    ("ta", "District", "臺安縣", []),
    ("tw", "Province", "臺灣省", ["臺灣"]),
    ("tb", "GovernmentBody", "鞍山市人民政府臺灣事務辦公室", ["鞍山市臺辦"]),
    ("jgh", "GovernmentBody", "九股河工經委", []),
    ("web", "Institution", "中國臺灣網", []),
    ("ev", "Event", "赴臺灣招商活動", []),
    ("wz", "Person", "王喆", []),
    ("lr", "Person", "梁然", []),
    ("tjm", "Person", "田俊明", []),
    ("xy", "Person", "項宇", []),
]
RELATIONS = [
    ("ta", "partOf", "as", LEAD),
    ("tb", "locatedIn", "as", LEAD),
    ("wz", "worksFor", "tb", LEAD, {"title": "主任"}),
    ("tjm", "worksFor", "jgh", WITH, {"title": "副主任"}),
    ("jgh", "locatedIn", "ta", WITH),
    ("xy", "worksFor", "tb", BY, {"title": "通訊員"}),
    ("ta", "participatesIn", "ev", PLAN),
    ("ev", "locatedIn", "tw", PLAN),
]
VALUES = []
NOTES = [
    "Source: ischool.net.cn (a copy of 中國臺灣網's local page), 2012-11-15; Traditional script as published. Headline "
    "kept; the body is complete. The dateline gives 11月15日 without a year, and the visit is 日前: no date value.",
    "Places: 鞍山 (the dateline's 鞍山消息, written on its own) → City 鞍山市; 臺安縣 → District partOf 鞍山市. 臺灣 (赴臺灣"
    "招商活動, written on its own as the trip's destination) → Province 臺灣省. 九股河 is written only inside a body's name.",
    "Bodies: 鞍山市臺辦 → the city's Taiwan affairs office (label its expansion, the written form an alias), locatedIn "
    "鞍山市; 九股河工經委 (the 九股河 area's industry and economy committee; its full name is not known from the text) → "
    "GovernmentBody locatedIn 臺安縣 (it accompanies the county's vice-head in the county). 臺安縣副縣長: the county "
    "government is not written, so 梁然 gets no worksFor (rule 2).",
    "People: 王喆 主任 of the office; 田俊明 副主任 of 九股河工經委; 項宇, the site's correspondent at the office (中國臺灣網"
    "鞍山市臺辦通訊員): worksFor the office (通訊員), not the site (correspondents are not the outlet's staff).",
    "Event: the investment-promotion trip to Taiwan being prepared (赴臺灣招商活動, written three times) → Event, locatedIn "
    "臺灣省; 臺安縣 takes part (臺安縣將…制定有針對性的招商計劃) → participatesIn. The visit itself (調研) is not named: no "
    "Event. Media: 中國臺灣網 → Institution.",
    "Not annotated: 兩個園區 (unnamed parks), 化工、造紙、食品 (industries).",
]
