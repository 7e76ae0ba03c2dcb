ENTITIES = [
    ("xa", "Zone", "河北雄安新区", ["雄安新区"]),
    ("bj", "Province", "北京市", ["北京"]),
    ("fj", "Province", "福建省", ["福建"]),
    ("sa", "Project", "三澳核电项目", []),
    ("sa2", "Project", "三澳核电项目2号机组", ["2号机组"]),
    ("gl", "Project", "中沙古雷乙烯项目", []),
    ("hh", "Project", "淮河入海水道二期工程", []),
]
RELATIONS = [
    ("sa2", "partOf", "sa", "三澳核电项目2号机组目前全面进入设备安装阶段"),
    ("gl", "locatedIn", "fj", "福建目前一次性投资最大的中外合资项目——中沙古雷乙烯项目主体工程动工"),
]
VALUES = [
    ("xa", "projectsStarted", 56, "project", "一季度开工项目共56个"),
    ("gl", "totalInvestment", 44800000000, "CNY", "总投资约448亿元"),
    ("gl", "constructionStartDate", "2024-02-19", "xsd:date", "19日,福建目前一次性投资最大的中外合资项目"),
]
NOTES = [
    "Source: cinic.org.cn (中国产业经济信息网) 2024-02-22, reposting 央视网. Site chrome and the copyright notice "
    "were dropped; the body is complete. 19日 is 2024-02-19 (the page's date).",
    "A national round-up of four projects in four provinces; no event is reported (the 19日 start in 雄安 is not "
    "a named gathering).",
    "Places: 河北 occurs only inside 河北雄安新区 (rule 5), so no Province 河北; 雄安新区 is a Zone (新区) labelled "
    "with its formal name. 北京 is named on its own (承接北京非首都功能疏解) → Province 北京市; 福建 is named on its "
    "own and is where 中沙古雷乙烯项目 is (福建…最大的…项目——中沙古雷乙烯项目) → locatedIn. 长三角, 淮河, 洪泽湖 are "
    "regions and waters, not entities; 淮安段 and 和平南站 are sections of the works, not annotated.",
    "Projects: 三澳核电项目 and its unit 三澳核电项目2号机组 (partOf); “华龙一号” is a reactor design, not an entity; "
    "中沙古雷乙烯项目 (its 主体工程 is part of the same project, not a separate node); 淮河入海水道二期工程.",
]
