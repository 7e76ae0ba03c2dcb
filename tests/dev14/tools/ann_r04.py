ENTITIES = [
    ("bt", "GovernmentBody", "新疆生产建设兵团", ["兵团"]),
    ("sc", "Province", "四川省", []),
    ("cd", "City", "成都市", ["成都"]),
    ("xbh", "Event", "第十九届中国西部国际博览会", ["西博会", "本届西博会"]),
    ("ev", "Event", "兵团招商引资推介会暨项目签约仪式", []),
    ("btrb", "Institution", "兵团日报", []),
    ("zy", "Person", "赵优", []),
    ("c1", "Company", "四川蜀道物流集团有限公司", ["蜀道物流", "蜀道物流集团"]),
    ("c2", "Company", "蜀道集团", []),
    ("zone", "Zone", "霍尔果斯经济开发区兵团分区", []),
    ("p1", "Project", "“国际丝路物流港”项目", ["国际丝路物流港"]),
]
D = {"date": "2023-06-29"}
OPEN = (
    "6月29日,以“中国新时代 西部新征程”为主题的第十九届中国西部国际博览会(以下简称“西博会”)在四川省成都市开幕"
)
SIGN = "在兵团招商引资推介会暨项目签约仪式上,兵团各师市共签约项目30个,签约总金额407.62亿元"
P1 = "四川蜀道物流集团有限公司拟在霍尔果斯经济开发区兵团分区建设的“国际丝路物流港”项目,计划投资额10亿元"
RELATIONS = [
    ("cd", "partOf", "sc", OPEN),
    ("xbh", "locatedIn", "cd", OPEN),
    ("bt", "participatesIn", "xbh", "招商引资成为兵团代表团参加本届西博会的重头戏", D),
    ("bt", "participatesIn", "ev", SIGN, D),
    ("zy", "worksFor", "btrb", "兵团日报全媒体实习记者赵优", {"title": "实习记者"}),
    ("c1", "operates", "p1", P1),
    ("p1", "locatedIn", "zone", P1),
    ("p1", "participatesIn", "ev", P1, D),
    ("c1", "participatesIn", "ev", P1, D),
]
VALUES = [
    ("xbh", "date", "2023-06-29", "xsd:date", OPEN),
    ("xbh", "durationDays", 5, "day", "会期5天"),
    ("ev", "projectCount", 30, "project", SIGN),
    ("ev", "totalSigned", 40762000000, "CNY", SIGN),
    ("p1", "plannedInvestment", 1000000000, "CNY", P1),
]
NOTES = [
    "Source: xj.chinadaily.com.cn (中国日报 新疆), 2023-07-01, 来源 胡杨网 (兵团日报). Dropped: a summary line that repeats "
    "a later sentence, the share links, the repeated headline lines and the photo caption. The stored copy breaks off "
    "inside the quotation that follows (“蜀道物流集团愿与…通过构建低碳绿…); the text ends at the paragraph before it. "
    "Year 2023 from the page date (the text gives 6月29日 and 今年).",
    "新疆生产建设兵团 (written 兵团) → GovernmentBody, as ../shared/dev d19; its 代表团 attends the expo and its 师市 sign "
    "at the ceremony → participatesIn both. The 师市 are not named. 新疆 is not written.",
    "Places: 四川省成都市 → Province 四川省 and City 成都市 (alias 成都, in 成都讯), partOf by the division list; the expo "
    "opens there → locatedIn. The ceremony's place is not written in the kept text (the caption saying 在成都举行 was "
    "dropped): no locatedIn. 霍尔果斯经济开发区兵团分区 → Zone (霍尔果斯 only inside it).",
    "Events: the expo (西博会, 本届西博会) and the 兵团's presentation-and-signing ceremony at it. Organisers are not "
    "written (the 兵团 holds its own ceremony by its name - not asserted; as d19's QA).",
    "Project: “国际丝路物流港”项目 (alias without quotes and 项目); 四川蜀道物流集团有限公司 plans to build it (拟…建设的) → "
    "operates; the 10亿元 is the project's planned investment (value). As the report's example of the signed projects "
    "(此次,…), the project and the firm → participatesIn the ceremony (judgement). 蜀道物流 is the firm's short form; "
    "蜀道集团 is its parent group (a Company; no parent relation in the schema).",
    "Byline: 赵优, 兵团日报全媒体实习记者 → worksFor 兵团日报 (Institution), title 实习记者.",
    "Values: the expo's opening date and 5 days; the ceremony's 30 projects and 407.62亿元; the project's 10亿元. "
    "Not annotated: 30多个国家和地区 (the firm's reach), 西部物流百强企业 (a ranking, not an awarded title - judgement).",
]
