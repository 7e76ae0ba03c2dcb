ENTITIES = [
    ("gb", "District", "工布江达县", ["工布江达", "全县"]),
    ("ev", "Event", "工布江达县重点项目集中开工仪式", ["重点项目集中开工仪式", "开工仪式"]),
    ("xw", "GovernmentBody", "中共工布江达县委", ["工布江达县委", "县委"]),
    ("gd", "Person", "甘丹平措", []),
    ("hl", "Person", "何立", []),
    ("yyd", "Person", "杨玉东", []),
]
D = {"date": "2020-05-26"}
LEAD = "工布江达县委书记甘丹平措、县委常务副书记何立出席开工仪式;县委常委、常务副县长杨玉东主持仪式"
RELATIONS = [
    ("gb", "organizes", "ev", "工布江达县顺利举行重点项目集中开工仪式", D),
    ("ev", "locatedIn", "gb", "工布江达县顺利举行重点项目集中开工仪式"),
    ("xw", "locatedIn", "gb", LEAD),
    ("gd", "worksFor", "xw", "工布江达县委书记甘丹平措", {"title": "县委书记"}),
    ("hl", "worksFor", "xw", "县委常务副书记何立", {"title": "县委常务副书记"}),
    ("yyd", "worksFor", "xw", "县委常委、常务副县长杨玉东", {"title": "县委常委"}),
    ("gd", "participatesIn", "ev", LEAD, D),
    ("hl", "participatesIn", "ev", LEAD, D),
    ("yyd", "participatesIn", "ev", LEAD, D),
]
VALUES = [
    ("ev", "date", "2020-05-26", "xsd:date", "5月26日,工布江达县重点项目集中开工仪式顺利举行"),
    ("ev", "projectCount", 6, "project", "此次集中开工项目共6个,总投资1848万元"),
    ("ev", "totalInvestment", 18480000, "CNY", "此次集中开工项目共6个,总投资1848万元"),
]
NOTES = [
    "Source: www.gongbujiangda.gov.cn (工布江达县人民政府 site; 来源 网信工布江达), 2020-05-26. Page chrome (搜索, 当前位置, "
    "publisher/date/来源 lines, 字体/打印本文) dropped; the body is complete.",
    "Place: 工布江达县 (林芝市, 西藏; neither written). 全县 is the county; 全市 (在全市的宏伟蓝图上) is 林芝市, not written "
    "by name: no City.",
    "Event: the collective start ceremony, labelled with the county prefix as written in the first sentence; the headline "
    "工布江达县顺利举行… gives organizes and locatedIn. The announced phrase “工布江达县2020年重点项目集中开工…” is the "
    "launch itself, not a programme.",
    "Body by rule 1: 工布江达县委 / 县委 (in 县委书记, 县委常务副书记, 县委常委) → 中共工布江达县委. 常务副县长 alone names "
    "no written body (no 县政府 entity), so 杨玉东 worksFor only the county committee (县委常委). 县直相关部门 and 企业代表 "
    "are generic.",
    "People: the three leaders attend, preside and announce → participatesIn. Values: date (year from the launch phrase "
    "2020年), 6 projects, 1848万元.",
]
