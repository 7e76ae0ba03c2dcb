TOUR = "12月17日,全市重点项目拉练期间,王德佳、于学利、张晓光、韩彤等市领导来我县,检查重点项目建设情况"
YL = "县委书记袁力参加拉练,介绍相关情况"
P1 = "8万吨膨润土深加工项目是今年我县的新建项目"
P1V = "项目投产后,预计年产吸附膨润土颗粒60000吨,防渗膨润土颗粒20000吨"
WDJ = "市委书记王德佳对项目建设予以肯定"
WIND = "在太和镇的国电黑山塘坊风电场中控室,市领导听取项目负责人介绍了国电和风风力发电项目建设情况"
MY = "牧原公司按照整体规划,在我县太和镇、薛屯乡、无梁殿镇等地,投资建设了22个现代化养殖小区,计划打造年出栏百万头生猪养殖项目"
MY8 = "市领导来到太和镇的牧原八场"
ZONE = "在“一区多园”发展规划中,庞河经济开发区八道壕化工产业园的功能定位为发展精细化工产业"
ENTITIES = [
    ("hs", "District", "黑山县", ["我县"]),
    ("thz", "Town", "太和镇", []),
    ("xtx", "Town", "薛屯乡", []),
    ("wld", "Town", "无梁殿镇", []),
    ("sw", "GovernmentBody", "中共锦州市委", ["市委"]),
    ("xw", "GovernmentBody", "中共黑山县委", ["县委"]),
    ("ev", "Event", "全市重点项目拉练", ["重点项目拉练", "拉练"]),
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
    ("z2", "Zone", "庞河经济开发区八道壕化工产业园", ["八道壕化工产业园"]),
    ("plan", "Programme", "“一区多园”发展规划", []),
]
RELATIONS = [
    ("wdj", "participatesIn", "ev", TOUR),
    ("yxl", "participatesIn", "ev", TOUR),
    ("zxg", "participatesIn", "ev", TOUR),
    ("ht", "participatesIn", "ev", TOUR),
    ("yl", "participatesIn", "ev", YL),
    ("wdj", "worksFor", "sw", WDJ, {"title": "书记"}),
    ("yl", "worksFor", "xw", YL, {"title": "书记"}),
    ("xw", "locatedIn", "hs", YL),
    ("p1", "locatedIn", "hs", P1),
    ("p2", "locatedIn", "thz", WIND),
    ("thz", "partOf", "hs", MY),
    ("xtx", "partOf", "hs", MY),
    ("wld", "partOf", "hs", MY),
    ("my", "operates", "p3", MY),
    ("p3", "locatedIn", "hs", MY),
    ("my", "operates", "p4", MY8),
    ("p4", "locatedIn", "thz", MY8),
    ("z2", "locatedIn", "hs", ZONE),
]
VALUES = [
    ("ev", "date", "2020-12-17", "xsd:date", TOUR),
    ("p1", "annualCapacity", 80000, "t", P1),
    ("p1", "annualCapacityAdsorbent", 60000, "t", P1V),
    ("p1", "annualCapacitySeepage", 20000, "t", P1V),
    ("p2", "firstPhaseOnGrid", "2017", "xsd:gYear", "一期已于2017年并网发电"),
    ("my", "farmCount", 22, "unit", MY),
    ("p3", "annualOutput", 1000000, "head", MY),
]
NOTES = [
    "Source: xianyu.chinaxiaokang.com (县域 pages of 中国小康网), reposting 黑山县人民政府门户网, 2020-12-21; the tour on "
    "12月17日 (2020, from the page date). Headline and date kept; 来源/作者/责任编辑/字号 dropped. The stored copy breaks "
    "off inside the last paragraph (在产业园…): the text ends with that paragraph's first full sentence.",
    "Places: 我县 is 黑山县 (written 黑山县要把握机遇) → District. 锦州 is not written (全市, 市领导, 市委书记 only): no City "
    "(rule 5). 太和镇, 薛屯乡, 无梁殿镇 → Town partOf 黑山县.",
    "Bodies and officials: 市委书记王德佳 → 中共锦州市委 (市委 written in the title, as dev gold's 我市市委书记; 黑山县 "
    "belongs to 锦州市) → worksFor 书记; 县委书记袁力 → 中共黑山县委 → worksFor, the committee locatedIn 黑山县. 于学利, "
    "张晓光, 韩彤 are 市领导 only: no worksFor (rule 2).",
    "Event: the city's 全市重点项目拉练 (an inspection tour of key projects, the occasion the article reports, rule 3); "
    "the four city leaders (检查) and 袁力 (参加拉练) → participatesIn; date 2020-12-17. No locatedIn: the tour is "
    "city-wide, only its 黑山 leg is reported.",
    "Projects: 8万吨膨润土深加工项目 (我县的新建项目) → locatedIn 黑山县; 国电和风风力发电项目, presented in the control "
    "room of 国电黑山塘坊风电场 in 太和镇 (the farm the project builds: one node, the farm's name an alias) → locatedIn "
    "太和镇; 牧原公司 (Company) builds (投资建设…计划打造) the 年出栏百万头生猪养殖项目 → operates, locatedIn 黑山县 (it spans "
    "three towns); 牧原八场 (the firm's farm in 太和镇, a 牧场 kind of project) → operates, locatedIn 太和镇. 国电 occurs "
    "only inside names: no Company. 相应的精深加工项目, 22个现代化养殖小区 are generic.",
    "Zone: the park 庞河经济开发区八道壕化工产业园 (the longest written name the label, 八道壕化工产业园 an alias, as dev10 "
    "t04's 宽甸经济开发区城南高新技术产业园) → locatedIn 黑山县 (the county's “一区多园” plan); 庞河经济开发区 occurs only "
    "inside the park's name: no entity (rule 5). “一区多园”发展规划 → Programme (a development plan; no body is said to "
    "make it). (Corrected after the first run: the first annotation had the zone and the short park name as two "
    "entities, against rule 5 and the label convention.)",
    "Values: date; capacities (8万吨 in the name, 60000吨 and 20000吨 of two granule kinds), the wind project's first "
    "phase on grid in 2017, 牧原's 22 farms, 百万头 a year. Not values: 三期 (phase count), 十四五 (a period).",
]
