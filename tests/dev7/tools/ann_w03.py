ENTITIES = [
    ("miit", "GovernmentBody", "工业和信息化部", []),
    ("ycl", "GovernmentBody", "工业和信息化部原材料工业司", ["原材料工业司"]),
    ("xt", "GovernmentBody", "工业和信息化部稀土办公室", ["稀土办公室"]),
    ("gh", "GovernmentBody", "工业和信息化部规划司", ["规划司"]),
    ("zb", "GovernmentBody", "工业和信息化部装备工业司", ["装备工业司"]),
    ("nmg", "Province", "内蒙古自治区", []),
    ("bt", "City", "包头市", []),
    ("jxw", "GovernmentBody", "内蒙古自治区经济和信息化委员会", ["内蒙古自治区经信委"]),
    ("btzf", "GovernmentBody", "包头市人民政府", ["包头市政府"]),
    ("bg", "Company", "包钢集团", ["包钢"]),
    ("bfzg", "Company", "包头北方重工", []),
    ("kq", "Project", "包钢白云鄂博矿区", []),
    ("sh", "Project", "神华煤制烯烃项目", []),
    ("sb", "Person", "苏波", []),
    ("jys", "Person", "贾银松", []),
    ("wl", "Person", "吴磊", []),
    ("lL", "Person", "罗岚", []),
]
TOUR = "实地考察了包钢白云鄂博矿区、尾矿坝、稀土冶炼分离和应用企业、神华煤制烯烃项目、包头北方重工等"
LAST = (
    "工业和信息化部原材料工业司巡视员、稀土办公室主任贾银松,规划司副司长吴磊,装备工业司副司长罗岚等参加调研"
)
RELATIONS = [
    ("bt", "partOf", "nmg", "内蒙古自治区、包头市有关领导"),
    ("ycl", "partOf", "miit", "工业和信息化部原材料工业司"),
    ("xt", "partOf", "miit", LAST),
    ("gh", "partOf", "miit", LAST),
    ("zb", "partOf", "miit", LAST),
    ("jxw", "locatedIn", "nmg", "内蒙古自治区经信委"),
    ("btzf", "locatedIn", "bt", "包头市政府"),
    ("bg", "operates", "kq", "包钢白云鄂博矿区"),
    ("kq", "locatedIn", "nmg", "赴内蒙古自治区对稀土、煤化工和装备制造产业发展情况进行调研," + TOUR),
    ("sh", "locatedIn", "nmg", "赴内蒙古自治区对稀土、煤化工和装备制造产业发展情况进行调研," + TOUR),
    ("bfzg", "locatedIn", "nmg", "赴内蒙古自治区对稀土、煤化工和装备制造产业发展情况进行调研," + TOUR),
    ("sb", "worksFor", "miit", "工业和信息化部副部长苏波", {"title": "副部长"}),
    ("jys", "worksFor", "ycl", "工业和信息化部原材料工业司巡视员、稀土办公室主任贾银松", {"title": "巡视员"}),
    ("jys", "worksFor", "xt", "稀土办公室主任贾银松", {"title": "主任"}),
    ("wl", "worksFor", "gh", "规划司副司长吴磊", {"title": "副司长"}),
    ("lL", "worksFor", "zb", "装备工业司副司长罗岚", {"title": "副司长"}),
]
VALUES = []
NOTES = [
    "Source: a mirror (iscstaffing.com/gzdt/…, the path of gov.cn's 工作动态) of a central-government news item dated "
    "2012-06-15 in its URL. The text is the whole excerpt; it has no headline. The year of the visit (6月11日至13日) "
    "is not in the text, so no date is recorded.",
    "A ministry official's inspection tour (调研) with a 座谈 that has no name: no Event (as in ../shared/dev d21), so "
    "the accompanying officials (参加调研) get no participatesIn.",
    "The ministry's departments written by their short names after 工业和信息化部原材料工业司 (稀土办公室, 规划司, "
    "装备工业司) are the ministry's own (one list of its officials) → labelled with the ministry prefix, partOf 工业和"
    "信息化部; the written short forms are aliases.",
    "内蒙古自治区经信委 is labelled by its formal name (经济和信息化委员会), the written form an alias; 包头市政府 → "
    "包头市人民政府. Both locatedIn their place. 包头市 partOf 内蒙古自治区 (division list).",
    "Sites visited: 包钢白云鄂博矿区 (the steel group's mine; typed Project, a production undertaking, operated by 包钢 "
    "by its name) and 神华煤制烯烃项目 (神华 occurs only inside the project name and is not made a Company), and the firm "
    "包头北方重工 (Company). They are placed in 内蒙古自治区, the most specific place the tour sentence gives (as d21 "
    "places the sites of a tour in the toured county); 包头 occurs inside the firm's name only. 尾矿坝 and 稀土冶炼分离和"
    "应用企业 are generic.",
    "包钢集团 (Company, alias 包钢 from the mine's name) reports to the minister; no relation to the ministry.",
    "No Programme: 组建大型稀土企业集团, 稀土交易平台建设 are generic tasks.",
]
