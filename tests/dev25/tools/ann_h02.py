LEAD = "12月17日,全市重点项目拉练期间,王德佳、于学利、张晓光、韩彤等市领导来我县,检查重点项目建设情况"
YL = "县委书记袁力参加拉练,介绍相关情况"
BEN = "8万吨膨润土深加工项目是今年我县的新建项目"
WDJ = "市委书记王德佳对项目建设予以肯定"
WIND = "在太和镇的国电黑山塘坊风电场中控室,市领导听取项目负责人介绍了国电和风风力发电项目建设情况"
MY = "牧原公司按照整体规划,在我县太和镇、薛屯乡、无梁殿镇等地,投资建设了22个现代化养殖小区,计划打造年出栏百万头生猪养殖项目以及相应的精深加工项目"
MY8 = "市领导来到太和镇的牧原八场,与项目方交流了未来发展规划"
ENTITIES = [
    ("hs", "District", "黑山县", ["我县"]),
    ("thz", "Town", "太和镇", []),
    ("xtx", "Town", "薛屯乡", []),
    ("wld", "Town", "无梁殿镇", []),
    ("sw", "GovernmentBody", "中共锦州市委", ["市委"]),
    ("xw", "GovernmentBody", "中共黑山县委", ["县委"]),
    ("ev", "Event", "全市重点项目拉练", ["拉练"]),
    ("wdj", "Person", "王德佳", []),
    ("yxl", "Person", "于学利", []),
    ("zxg", "Person", "张晓光", []),
    ("ht", "Person", "韩彤", []),
    ("yl", "Person", "袁力", []),
    ("p1", "Project", "8万吨膨润土深加工项目", []),
    ("p2", "Project", "国电和风风力发电项目", ["国电黑山塘坊风电场"]),
    ("my", "Company", "牧原公司", []),
    ("p3", "Project", "年出栏百万头生猪养殖项目", []),
    ("p4", "Project", "牧原八场", []),
]
RELATIONS = [
    ("thz", "partOf", "hs", MY),
    ("xtx", "partOf", "hs", MY),
    ("wld", "partOf", "hs", MY),
    ("wdj", "worksFor", "sw", WDJ, {"title": "书记"}),
    ("yl", "worksFor", "xw", YL, {"title": "书记"}),
    ("xw", "locatedIn", "hs", YL),
    ("wdj", "participatesIn", "ev", LEAD),
    ("yxl", "participatesIn", "ev", LEAD),
    ("zxg", "participatesIn", "ev", LEAD),
    ("ht", "participatesIn", "ev", LEAD),
    ("yl", "participatesIn", "ev", YL),
    ("p1", "locatedIn", "hs", BEN),
    ("p2", "locatedIn", "thz", WIND),
    ("my", "operates", "p3", MY),
    ("p3", "locatedIn", "hs", MY),
    ("my", "operates", "p4", MY8),
    ("p4", "locatedIn", "thz", MY8),
]
VALUES = [
    ("p1", "annualOutput", 60000, "t", "预计年产吸附膨润土颗粒60000吨"),
    ("p1", "annualOutput", 20000, "t", "防渗膨润土颗粒20000吨"),
    ("my", "farmCount", 22, "unit", "投资建设了22个现代化养殖小区"),
]
NOTES = [
    "Source: xianyu.chinaxiaokang.com (repost; 来源 黑山县人民政府门户网), 2020-12-21. Headline kept; the date/source line "
    "dropped. The stored copy breaks off inside the next paragraph (在“一区多园”发展规划中…), which is left out; the text "
    "ends at the last complete paragraph. No year is written for 12月17日: no date value.",
    "Places: 我县 is 黑山县 (written once: 黑山县要把握机遇) → District; 太和镇, 薛屯乡, 无梁殿镇 → Town partOf it. The "
    "prefecture (锦州) is not written: no City.",
    "Bodies: 市委书记王德佳 → 中共锦州市委 (市委 written in the title; the prefecture of 黑山县; judgement: label from "
    "the division list), worksFor 书记; 县委书记袁力 → 中共黑山县委, worksFor 书记. 于学利, 张晓光, 韩彤 are 市领导 only: no "
    "worksFor (rule 2).",
    "Event: the city's inspection tour (全市重点项目拉练, rule 3) → Event; the four city leaders and 袁力 (参加拉练) → "
    "participatesIn. No organizer is written.",
    "Projects: 8万吨膨润土深加工项目 (our county's new project) → locatedIn 黑山县; 国电和风风力发电项目, whose wind farm "
    "国电黑山塘坊风电场 (an alias: the farm is the project's plant) stands in 太和镇 → locatedIn 太和镇; 牧原公司 (a firm "
    "written on its own) plans 年出栏百万头生猪养殖项目 in several towns → operates, locatedIn 黑山县; its farm 牧原八场 in "
    "太和镇 → Project, operates, locatedIn 太和镇. The phases (一期…三期), the 精深加工项目 and 养殖小区 are unnamed.",
    "Values: the bentonite project's expected yearly output (60000吨, 20000吨) and 牧原's 22 farms. Not values: 2017年 (a "
    "phase's past date), 百万头 (inside a name).",
]
