ENTITIES = [
    ("xlt", "District", "兴隆台区", ["全区"]),
    ("prog", "Programme", "全面振兴新突破", []),
    ("c1", "Company", "西部钻井", []),
    ("c2", "Company", "长城钻探", []),
    ("c3", "Company", "中蓝光电", []),
    ("p1", "Project", "光学基地一期", []),
    ("pg2", "Programme", "“绿色家电 品质家居”", []),
    ("ev1", "Event", "2023年首届惠民车展", []),
    ("ev2", "Event", "2023年电商直播年货节", []),
    ("ev3", "Event", "2023盘锦福街古玩文化博览会", []),
    ("pg3", "Programme", "“盘锦绿色消费季”", []),
    ("z1", "Zone", "百年福街", []),
    ("z2", "Zone", "广厦艺术街", []),
    ("des", "Designation", "省级夜间文化和旅游消费集聚区", []),
    ("pg4", "Programme", "“盘锦市兴隆台区政府消费券”", []),
    ("pg5", "Programme", "领导包保和项目管家责任制", []),
    ("p2", "Project", "东北新发地农产品供应链中心项目", []),
]
ACT = "组织开展“绿色家电 品质家居”、2023年首届惠民车展、2023年电商直播年货节、2023盘锦福街古玩文化博览会等10余场大型促消费活动"
DES = "百年福街、广厦艺术街获得“省级夜间文化和旅游消费集聚区”"
RELATIONS = [
    ("xlt", "implements", "prog", "为全面振兴新突破开好头、起好步奠定了坚实基础"),
    ("p1", "locatedIn", "xlt", "光学基地一期陆续建成交付使用"),
    ("xlt", "implements", "pg2", ACT),
    ("xlt", "organizes", "ev1", ACT),
    ("xlt", "organizes", "ev2", ACT),
    ("xlt", "organizes", "ev3", ACT),
    ("z1", "designatedAs", "des", DES),
    ("z2", "designatedAs", "des", DES),
    ("z1", "locatedIn", "xlt", DES),
    ("z2", "locatedIn", "xlt", DES),
    ("xlt", "implements", "pg4", "发放“盘锦市兴隆台区政府消费券”7万张"),
    ("xlt", "implements", "pg5", "积极落实领导包保和项目管家责任制"),
    ("p2", "locatedIn", "xlt", "总投资25亿元的东北新发地农产品供应链中心项目施工已完成总建设进度的70%"),
]
VALUES = [
    ("xlt", "gdp", 19600000000, "CNY", "全区地区生产总值预计完成196亿元,同比增长4.8%"),
    ("xlt", "gdpGrowth", 4.8, "%", "全区地区生产总值预计完成196亿元,同比增长4.8%"),
    ("xlt", "industrialValueAdded", 5350000000, "CNY", "规模以上工业增加值预计完成53.5亿元,同比增长15.7%"),
    ("xlt", "industrialValueAddedGrowth", 15.7, "%", "规模以上工业增加值预计完成53.5亿元,同比增长15.7%"),
    ("xlt", "fixedAssetInvestment", 9150000000, "CNY", "固定资产投资预计完成91.5亿元,同比增长17%"),
    ("xlt", "fixedAssetInvestmentGrowth", 17, "%", "固定资产投资预计完成91.5亿元,同比增长17%"),
    ("xlt", "retailSales", 10800000000, "CNY", "社会消费品零售总额预计完成108亿元,同比增长15.6%"),
    ("xlt", "retailSalesGrowth", 15.6, "%", "社会消费品零售总额预计完成108亿元,同比增长15.6%"),
    ("pg4", "vouchers", 70000, "voucher", "发放“盘锦市兴隆台区政府消费券”7万张,金额220万元"),
    ("pg4", "amount", 2200000, "CNY", "发放“盘锦市兴隆台区政府消费券”7万张,金额220万元"),
    ("pg4", "salesDriven", 60000000, "CNY", "带动销售额6000余万元"),
    ("xlt", "projects", 87, "project", "全区累计实施项目87项"),
    ("p2", "investment", 2500000000, "CNY", "总投资25亿元的东北新发地农产品供应链中心项目"),
    ("p2", "progress", 70, "%", "施工已完成总建设进度的70%"),
]
NOTES = [
    "Source: panjin.gov.cn (盘锦市人民政府 site, 县区动态; 信息来源 盘锦日报), 2023-06-30. Headline kept; page chrome "
    "(位置/发布时间/来源/浏览次数) dropped. The stored copy breaks off in the last paragraph (…投资13亿元的北斗通航装备制造"
    "产业园基础设施建设项目,围挡已经修建完成,桩); the text ends at the last complete clause before the break "
    "(…预计10月份可正式投入使用;), so 北斗通航… is not in the text.",
    "Places: 兴隆台区 (a district of 盘锦市; 全区 is it). 盘锦 is written only inside names (2023盘锦福街古玩文化博览会, "
    "“盘锦绿色消费季”, “盘锦市兴隆台区政府消费券”) and as 在盘 (abbreviation): no City entity (rule 5). "
    "百年福街 and 广厦艺术街 are named commercial streets that receive a designation → Zone (functional area), "
    "locatedIn the district (judgement: the district's report).",
    "Programme 全面振兴新突破 (the province's campaign, short form): the district lays the foundation for it → implements "
    "(as dev10/dev12 read 为…三年行动…筑牢基础). The district's consumption campaigns: “绿色家电 品质家居” (a campaign "
    "among the 促消费活动, 组织开展 → implements), “盘锦绿色消费季” (a campaign season, 启动 at 百年福街; no subject "
    "written, no relation), “盘锦市兴隆台区政府消费券” (a voucher scheme, Programme; 发放 by the district, implicit "
    "subject → implements), 领导包保和项目管家责任制 (a mechanism, 落实 → implements). The 车展, 年货节 and 博览会 are "
    "gatherings → Event, organised by the district (组织开展, subject the district of the paragraph).",
    "Firms: 西部钻井, 长城钻探, 中蓝光电 are firms written by short trade names (Company); the text does not say where they "
    "are seated (长城钻探's 在盘公司 is in 盘锦, not named as a place), so no locatedIn. 光学基地一期 (a phase of the "
    "optical base, 建成交付使用) → Project of the district. 东北新发地农产品供应链中心项目 (total 25亿元) → Project, "
    "locatedIn the district (the district's projects, 全区累计实施项目87项); its 农产品贸易交易大厅 and 配套智慧冷库 are "
    "unnamed parts. 石化产业 技改项目 are unnamed.",
    "Designation: 省级夜间文化和旅游消费集聚区, the two streets 获得 it → designatedAs (the awarding body is not written).",
    "Values: the district's half-year GDP, industrial value added, fixed-asset investment and retail sales with growth, "
    "87 projects, the vouchers (7万张, 220万元, 6000余万元 read as 6000万元), the market project's 25亿元 and 70%.",
]
