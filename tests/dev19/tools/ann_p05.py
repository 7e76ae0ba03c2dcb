ENTITIES = [
    ("gx", "Province", "广西壮族自治区", ["广西", "自治区"]),
    ("nn", "City", "南宁市", ["南宁"]),
    ("pg", "District", "平果市", ["平果", "全市"]),
    ("sw", "GovernmentBody", "中共平果市委", ["平果市委", "市委"]),
    ("swb", "GovernmentBody", "中共平果市委办公室", ["市委办"]),
    ("zf", "GovernmentBody", "平果市人民政府", ["市人民政府", "市政府"]),
    ("jt", "Company", "广西交通投资集团", ["广西交投集团"]),
    ("ev", "Event", "平果市与广西交通投资集团战略合作协议签约仪式", ["签约仪式"]),
    ("lc", "Person", "罗成", []),
    ("gj", "Person", "郭嘉", []),
    ("zgq", "Person", "周官强", []),
    ("sw2", "Person", "苏伟", []),
    ("zw", "Person", "周文", []),
    ("z1", "Zone", "平果工业园区", ["平果工业区"]),
    ("d1", "Designation", "自治区A类产业园区", []),
    ("d2", "Designation", "“国家外贸转型升级基地”", []),
    ("d3", "Designation", "“2021中国西部百强县市”", []),
    ("d4", "Designation", "“中国2021县域发展潜力百强县市”", []),
]
EV = "11月12日,平果市与广西交通投资集团战略合作协议签约仪式在南宁举行"
LEAD = (
    "平果市委书记罗成,市人民政府市长郭嘉,市委副书记周官强,市委常委、市委办主任苏伟,广西交投集团党委书记、董事长周文等"
    "出席签约仪式"
)
RELATIONS = [
    ("ev", "locatedIn", "nn", EV),
    ("pg", "participatesIn", "ev", EV),
    ("jt", "participatesIn", "ev", EV),
    ("nn", "partOf", "gx", EV),
    ("lc", "worksFor", "sw", "平果市委书记罗成", {"title": "书记"}),
    ("gj", "worksFor", "zf", "市人民政府市长郭嘉", {"title": "市长"}),
    ("zgq", "worksFor", "sw", "市委副书记周官强", {"title": "副书记"}),
    ("sw2", "worksFor", "sw", "市委常委、市委办主任苏伟", {"title": "常委"}),
    ("sw2", "worksFor", "swb", "市委常委、市委办主任苏伟", {"title": "主任"}),
    ("zw", "worksFor", "jt", "广西交投集团党委书记、董事长周文", {"title": "董事长"}),
    ("swb", "partOf", "sw", "市委常委、市委办主任苏伟"),
    ("sw", "locatedIn", "pg", "平果市委、市政府将打造一流营商环境"),
    ("zf", "locatedIn", "pg", "平果市委、市政府将打造一流营商环境"),
    ("z1", "locatedIn", "pg", "依托自治区A类产业园区平果工业园区,全市形成了"),
    ("z1", "designatedAs", "d1", "依托自治区A类产业园区平果工业园区"),
    ("z1", "designatedAs", "d2", "平果工业区被认定为“国家外贸转型升级基地”"),
    ("pg", "designatedAs", "d3", "在“2021中国西部百强县市”中,平果市排第56名"),
    ("pg", "designatedAs", "d4", "首次入选“中国2021县域发展潜力百强县市”"),
] + [(p, "participatesIn", "ev", LEAD) for p in ["lc", "gj", "zgq", "sw2", "zw"]]
VALUES = [
    ("ev", "date", "2021-11-12", "xsd:date", EV),
    ("pg", "gdp", 18000000000, "CNY", "全市GDP突破180亿元"),
    ("pg", "fiscalRevenue", 2500000000, "CNY", "财政收入突破25亿元"),
]
NOTES = [
    "Source: gx.people.com.cn (人民网 广西频道, 来源 平果市融媒体中心), 2021-11-24; the signing on 11月12日. Headline "
    "kept; the photo captions (座谈会现场, 平果市委书记罗成讲话) and the site chrome dropped. The stored copy breaks off "
    "at the start of the fifth paragraph (广西交…): the text ends with the fourth.",
    "Places: 平果市 (a county-level city of 百色市, 全市 and 平果) → District; 百色 is not written, so no partOf for it. "
    "南宁 (the venue) → City 南宁市, partOf 广西壮族自治区 (广西 on its own: 位列广西第一; 自治区 in 自治区A类产业园区).",
    "Event: the strategic-cooperation signing, labelled as written (签约仪式 is its short form) → locatedIn 南宁市; "
    "the city and the group sign at it → participatesIn; the five named attendees (出席) → participatesIn. No "
    "organizer is stated. The talks before it (座谈交流) are part of the same occasion, not a second event.",
    "Officials: 平果市委书记 → 中共平果市委 (rule 1/2; 平果市委 and 市委 written), 市人民政府市长 → 平果市人民政府 (市政府 "
    "written too); 市委副书记, 市委常委 → the committee; 市委办主任 → 中共平果市委办公室 (市委办, as dev12's 县委办) "
    "partOf the committee. 广西交投集团 (short form of 广西交通投资集团) 党委书记、董事长周文 → worksFor (董事长).",
    "Zone: 平果工业园区 (平果工业区 in the next clause) → locatedIn 平果市; it holds the titles 自治区A类产业园区 and "
    "“国家外贸转型升级基地” (被认定为) → designatedAs. The city's rankings “2021中国西部百强县市” (ranked 56th) and "
    "“中国2021县域发展潜力百强县市” (入选) → designatedAs.",
    "Not annotated: “十三五”, “十四五” (plan periods), “一业主导,多业联动” (a slogan), the industries.",
    "Values: the date; GDP 180亿元 and fiscal revenue 25亿元 (突破, read as the figure). Not values: 接近300亿元 (an "
    "approximation), the ranks 56 and 65.",
]
