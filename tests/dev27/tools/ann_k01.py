LEAD = "2022年瀋陽市首批項目集中簽約暨開工活動於2月10日舉行"
SIGN = "瀋陽市委常委、新民市委書記馬原在瀋陽主會場與相關企業進行現場簽約"
LEADERS = "新民市領導魏鵬、杜波、趙振偉等在新民分會場參加會議"
PAIR = "馬原與國電投北京時遠科技有限公司董事長程發彬就新民全域供排水一體化項目進行現場簽約"
ENTITIES = [
    ("sy", "City", "瀋陽市", ["瀋陽"]),
    ("xm", "District", "新民市", ["新民"]),
    ("sysw", "GovernmentBody", "中共瀋陽市委", ["瀋陽市委"]),
    ("syzf", "GovernmentBody", "瀋陽市人民政府", ["市政府"]),
    ("xmsw", "GovernmentBody", "中共新民市委", ["新民市委"]),
    ("xcb", "GovernmentBody", "中共新民市委宣傳部", ["新民市委宣傳部"]),
    ("gjzx", "Institution", "國際在線遼寧頻道", []),
    ("ev", "Event", "2022年瀋陽市首批項目集中簽約暨開工活動", ["瀋陽市首批項目集中簽約暨開工活動"]),
    ("c1", "Company", "國電投北京時遠科技有限公司", []),
    ("p1", "Project", "新民全域供排水一體化項目", []),
    ("my", "Person", "馬原", []),
    ("wp", "Person", "魏鵬", []),
    ("db", "Person", "杜波", []),
    ("zzw", "Person", "趙振偉", []),
    ("cfb", "Person", "程發彬", []),
    ("yw", "Person", "楊薇", []),
]
RELATIONS = [
    ("xm", "partOf", "sy", LEAD + "。新民市本次共簽約22個項目"),
    ("sysw", "locatedIn", "sy", SIGN),
    ("syzf", "locatedIn", "sy", "新民市按照瀋陽市委、市政府統一部署"),
    ("xmsw", "locatedIn", "xm", SIGN),
    ("xcb", "partOf", "xmsw", "供圖 新民市委宣傳部"),
    ("xcb", "locatedIn", "xm", "供圖 新民市委宣傳部"),
    ("my", "worksFor", "sysw", SIGN, {"title": "常委"}),
    ("my", "worksFor", "xmsw", SIGN, {"title": "書記"}),
    ("cfb", "worksFor", "c1", PAIR, {"title": "董事長"}),
    ("ev", "locatedIn", "sy", SIGN),
    ("my", "participatesIn", "ev", SIGN),
    ("wp", "participatesIn", "ev", LEADERS),
    ("db", "participatesIn", "ev", LEADERS),
    ("zzw", "participatesIn", "ev", LEADERS),
    ("cfb", "participatesIn", "ev", PAIR),
    ("c1", "participatesIn", "ev", PAIR),
    ("p1", "participatesIn", "ev", PAIR),
    ("xm", "participatesIn", "ev", "新民市本次共簽約22個項目"),
    ("p1", "locatedIn", "xm", PAIR),
]
VALUES = [
    ("ev", "date", "2022-02-10", "xsd:date", LEAD),
    ("xm", "signedProjectCount", 22, "project", "新民市本次共簽約22個項目"),
    ("xm", "signedInvestment", 15070000000, "CNY", "投資總額150.7億元"),
]
NOTES = [
    "Source: big5.cri.cn (國際在線 遼寧頻道, Traditional-script gateway page), 2022-02-10. No headline on the stored copy; "
    "the two photo captions (…供圖 新民市委宣傳部) kept as published; site chrome dropped; the body is complete.",
    "Places: 瀋陽市 (瀋陽) → City; 新民市 (a county-level city of 瀋陽) → District partOf it. 遼寧 is written only inside the "
    "outlet's name (rule 5).",
    "Bodies: 瀋陽市委 (in 瀋陽市委常委 and 按照瀋陽市委、市政府統一部署) → 中共瀋陽市委; its pair 市政府 → 瀋陽市人民政府; 新民市委 "
    "(新民市委書記, as dev21 g05's 蚌埠市委副书记) → 中共新民市委; 新民市委宣傳部 (the photo credit) → a department of it "
    "(partOf). 馬原 is the city committee's 常委 and the county-level city's 書記 → two worksFor. 新民市領導 give no worksFor.",
    "Media: 國際在線遼寧頻道 (國際在線遼寧頻道消息) → Institution (as dev17 q02's 人民網-遼寧頻道); the byline 楊薇 → Person, "
    "no employer stated.",
    "Event: 2022年瀋陽市首批項目集中簽約暨開工活動 (held on 2月10日, 2022), its main venue in 瀋陽 → locatedIn 瀋陽市. The "
    "two venues (瀋陽主會場, 新民分會場) are parts of the one occasion, not Events of their own. No organiser is written. "
    "Participants: 馬原 (signs), the three 新民 leaders (參加會議), 程發彬 and his firm (sign), the signed project, and "
    "新民市 (signs 22 projects).",
    "Firm and project: 國電投北京時遠科技有限公司 (董事長程發彬) signs the 新民全域供排水一體化項目 with 馬原; the project → "
    "locatedIn 新民市 (a county-wide works). Who builds or invests is not said: no operates or investsIn.",
    "Values: the date; 新民市's 22 signed projects and 150.7億元.",
    "Not annotated: 魏鵬 (前排左二) in the caption (the same person); 春耕 etc.",
]
