ENTITIES = [
    ("hj", "District", "杭锦旗", ["全旗"]),
    ("ev", "Event", "2022年第三批重大项目集中开工仪式", ["开工仪式"]),
    ("c1", "Company", "国电电力内蒙古新能源开发有限公司", []),
    ("c2", "Company", "内蒙古龙源新能源发展有限公司", []),
    ("c3", "Company", "华润电力内蒙古新能源公司", []),
]
LEAD = (
    "杭锦旗举行2022年第三批重大项目集中开工仪式,国电电力内蒙古新能源开发有限公司、内蒙古龙源新能源发展有限公司、"
    "华润电力内蒙古新能源公司等6家企业代表参加开工仪式"
)
RELATIONS = [
    ("hj", "organizes", "ev", LEAD),
    ("ev", "locatedIn", "hj", LEAD),
] + [(c, "participatesIn", "ev", LEAD) for c in ["c1", "c2", "c3"]]
VALUES = [
    ("ev", "companies", 6, "enterprise", "等6家企业代表参加开工仪式"),
    ("hj", "plannedKeyProjects", 134, "project", "2022年杭锦旗全年计划实施500万元以上重点项目134个"),
    ("hj", "newProjects", 100, "project", "(新建100个,续建34个)"),
    ("hj", "continuingProjects", 34, "project", "(新建100个,续建34个)"),
    ("hj", "keyProjectInvestment", 173388000000, "CNY", "总投资1733.88亿元,年内计划完成投资113.54亿元"),
    ("hj", "plannedAnnualInvestment", 11354000000, "CNY", "总投资1733.88亿元,年内计划完成投资113.54亿元"),
    ("ev", "projectCount", 6, "project", "本次集中开复工项目6个,总投资44.77亿元"),
    ("ev", "totalInvestment", 4477000000, "CNY", "本次集中开复工项目6个,总投资44.77亿元"),
]
NOTES = [
    "Source: nmgcaijing.com (内蒙古财经网, 产业 column), 2022 (近日; the third batch of 2022). No headline in the stored "
    "text; the site's footer (① 本站遵循行业规范 ② 如果对本站有异议…) dropped; the body is complete.",
    "Places: 杭锦旗 (a banner of 鄂尔多斯市, county level → District; 全旗 is it). 鄂尔多斯 is not written; 内蒙古 occurs "
    "only inside firm names (rule 5): no Province. 黄河流域 is a river basin, not a division.",
    "Event: the banner's collective start ceremony, labelled as written with its year and batch (2022年第三批重大项目集中"
    "开工仪式; 开工仪式 is the same occasion → alias); 杭锦旗 举行 it → organizes, locatedIn.",
    "Firms: the three named firms whose representatives attend (代表参加开工仪式) → participatesIn; the other three of the "
    "6家 are unnamed. 华润电力内蒙古新能源公司 is a company (公司) although without 有限. No projects are named.",
    "Not annotated: 黄河流域生态保护和高质量发展 (a national strategy named only as a field the projects touch), "
    "新能源/新化工 (fields), 第一抓手.",
    "Values: the ceremony's 6 firms, 6 projects and 44.77亿元; the banner's 2022 plan (134 key projects, 100 new and 34 "
    "continuing, total 1733.88亿元, 113.54亿元 this year).",
]
