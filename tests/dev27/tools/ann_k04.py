HEAD = "滁州市招商引资“秋季攻势”行动明光市项目集中签约"
LEAD = "8月20日上午,滁州市市招商引资“秋季攻势”行动明光市项目在滁州集中签约"
WIT = "市委书记许继伟,市委副书记、市长吴劲,市人大常委会主任王图强,市委副书记金力,市领导邓继敢、朱林、杨甫祥、贺家平、余成林等见证签约"
MEET = "许继伟、吴劲会见新福兴玻璃工业集团有限公司董事长陈全福等参加现场签约的客商一行"
BODIES = "许继伟代表市委、市政府对陈全福等一行来滁参加现场签约表示热烈欢迎"
ENTITIES = [
    ("cz", "City", "滁州市", ["滁州", "滁"]),
    ("mg", "District", "明光市", []),
    ("czsw", "GovernmentBody", "中共滁州市委", ["市委"]),
    ("czzf", "GovernmentBody", "滁州市人民政府", ["市政府"]),
    ("czrd", "GovernmentBody", "滁州市人大常委会", ["市人大常委会"]),
    ("czrb", "Institution", "滁州日报", []),
    ("ev", "Event", HEAD, []),
    ("qj", "Programme", "招商引资“秋季攻势”行动", ["“秋季攻势”行动", "秋季攻势"]),
    ("szsy", "Programme", "“双招双引”", ["双招双引"]),
    ("xfx", "Company", "新福兴玻璃工业集团有限公司", []),
    ("xjw", "Person", "许继伟", []),
    ("wj", "Person", "吴劲", []),
    ("wtq", "Person", "王图强", []),
    ("jl", "Person", "金力", []),
    ("djg", "Person", "邓继敢", []),
    ("zl", "Person", "朱林", []),
    ("yfx", "Person", "杨甫祥", []),
    ("hjp", "Person", "贺家平", []),
    ("ycl", "Person", "余成林", []),
    ("cqf", "Person", "陈全福", []),
]
RELATIONS = [
    ("mg", "partOf", "cz", HEAD),
    ("czsw", "locatedIn", "cz", BODIES),
    ("czzf", "locatedIn", "cz", BODIES),
    ("xjw", "worksFor", "czsw", WIT, {"title": "书记"}),
    ("wj", "worksFor", "czsw", WIT, {"title": "副书记"}),
    ("wj", "worksFor", "czzf", WIT, {"title": "市长"}),
    ("jl", "worksFor", "czsw", WIT, {"title": "副书记"}),
    ("wtq", "worksFor", "czrd", WIT, {"title": "主任"}),
    ("czrd", "locatedIn", "cz", WIT),
    ("cqf", "worksFor", "xfx", MEET, {"title": "董事长"}),
    ("ev", "locatedIn", "cz", LEAD),
    ("cz", "implements", "qj", HEAD),
    ("cz", "implements", "szsy", "滁州始终把“双招双引”作为加快高质量发展重要抓手"),
    ("mg", "participatesIn", "ev", LEAD),
]
RELATIONS += [
    (k, "participatesIn", "ev", WIT) for k in ("xjw", "wj", "wtq", "jl", "djg", "zl", "yfx", "hjp", "ycl")
]
RELATIONS += [("cqf", "participatesIn", "ev", MEET), ("xfx", "participatesIn", "ev", MEET)]
VALUES = [
    ("ev", "date", "2024-08-20", "xsd:date", LEAD),
    ("ev", "projectCount", 12, "project", "本次集中签约项目12个总投资123亿元"),
    ("ev", "totalInvestment", 12300000000, "CNY", "本次集中签约项目12个总投资123亿元"),
    ("ev", "onsiteProjectCount", 9, "project", "现场签约项目9个总投资113亿元"),
    ("ev", "onsiteInvestment", 11300000000, "CNY", "现场签约项目9个总投资113亿元"),
    ("ev", "over3bnCount", 1, "project", "其中30亿元以上项目1个"),
    ("ev", "from1to3bnCount", 3, "project", "10至30亿元以上项目3个"),
    ("ev", "averageInvestment", 1030000000, "CNY", "平均规模10.3亿元"),
]
NOTES = [
    "Source: ahchanye.com (安徽省资讯, 来自 滁州日报), published 2024-08-21; the signing on 8月20日 (2024, from the "
    "publication line). Headline and the publication line kept (the section name, view counter, the 项目申报 tag and "
    "THE END and the footer dropped); the body is complete.",
    "Places: 滁州市 (滁州, 滁 in 来滁) → City; 明光市 (a county-level city of 滁州) → District partOf it. 安徽 is not written.",
    "Bodies: 市委, 市政府 are written on their own (代表市委、市政府) → 中共滁州市委, 滁州市人民政府 (rule 1). 许继伟 (市委书记), "
    "吴劲 (市委副书记, 市长), 金力 (市委副书记) → worksFor. 市人大常委会 (written in 王图强's title, as dev11's 县人大常委会主任) "
    "→ 滁州市人大常委会, 王图强 worksFor it (主任); 市领导 give none. (Corrected after the first run: the first gold left the "
    "body out, against the sets' reading of rule 1 for a body named inside a title.)",
    "Media: 滁州日报 (来自:滁州日报) → Institution.",
    "Event: the signing of 明光市's projects under the city's campaign, written as the headline (rule 3: the longest "
    "form) → Event, in 滁州 (在滁州集中签约) → locatedIn 滁州市. No organiser is written. Participants: the nine city "
    "leaders (见证签约), 陈全福 and his firm (参加现场签约), 明光市 (its projects are signed).",
    "Programmes: 招商引资“秋季攻势”行动 (the city's autumn investment campaign, 滁州市招商引资“秋季攻势”行动) and “双招双引” "
    "(滁州始终把“双招双引”作为…抓手) → Programme, 滁州市 implements both. 招商引资季度攻势, 八大产业链 are generic; “亭满意” "
    "营商环境 is a service brand, not annotated.",
    "Firm: 新福兴玻璃工业集团有限公司 (董事长陈全福) → Company. Its project is not named.",
    "Values: the date; 12 projects / 123亿元 signed in all, 9 / 113亿元 on site, one above 30亿元, three of 10–30亿元, "
    "average 10.3亿元 (all on the Event).",
]
