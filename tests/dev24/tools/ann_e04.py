LEAD = "2019年第一季度,陇南市共签约招商引资项目38个,签约金额11.41亿元"
NINE = "九县区到位资金均为正增长,武都区、康县、文县增幅分别达到183%、55%、32%"
TRIP = "分别多次带队赴广州、深圳、青岛、安徽亳州等地开展招商活动"
SIGNED = (
    "中建实业集团宕昌县环球国际大酒店项目、青岛奇品机械科技公司武都区建筑垃圾再生资源绿色建材产品建设项目、"
    "青岛佰福得公司西和县国际药业生物科技产业园项目成功签约"
)
EV = "在青岛举行的西和县脱贫攻坚项目推介会暨签约仪式上,西和县签约32个项目"
START = (
    "陇南市委、市政府在九县区组织重点项目集中开工复工行动,青岛利和陇南生物萃取项目、广东甘肃商会产业扶贫工厂项目等"
    "总投资324亿元的130个省列、市列重点项目全面开工建设"
)
ENTITIES = [
    ("ln", "City", "陇南市", []),
    ("wd", "District", "武都区", []),
    ("kx", "District", "康县", []),
    ("wx", "District", "文县", []),
    ("xh", "District", "西和县", []),
    ("gz", "City", "广州市", ["广州"]),
    ("sz", "City", "深圳市", ["深圳"]),
    ("qd", "City", "青岛市", ["青岛"]),
    ("ah", "Province", "安徽省", ["安徽"]),
    ("bz", "City", "亳州市", ["亳州"]),
    ("sw", "GovernmentBody", "中共陇南市委", ["陇南市委"]),
    ("zf", "GovernmentBody", "陇南市人民政府", ["市政府"]),
    ("c1", "Company", "中建实业集团", []),
    ("c2", "Company", "青岛奇品机械科技公司", []),
    ("c3", "Company", "青岛佰福得公司", []),
    (
        "p1",
        "Project",
        "环球国际大酒店项目",
        ["宕昌县环球国际大酒店项目", "中建实业集团宕昌县环球国际大酒店项目"],
    ),
    (
        "p2",
        "Project",
        "建筑垃圾再生资源绿色建材产品建设项目",
        [
            "武都区建筑垃圾再生资源绿色建材产品建设项目",
            "青岛奇品机械科技公司武都区建筑垃圾再生资源绿色建材产品建设项目",
        ],
    ),
    (
        "p3",
        "Project",
        "国际药业生物科技产业园项目",
        ["西和县国际药业生物科技产业园项目", "青岛佰福得公司西和县国际药业生物科技产业园项目"],
    ),
    ("p4", "Project", "陇南生物萃取项目", ["青岛利和陇南生物萃取项目"]),
    ("p5", "Project", "产业扶贫工厂项目", ["广东甘肃商会产业扶贫工厂项目"]),
    ("ev", "Event", "西和县脱贫攻坚项目推介会暨签约仪式", []),
    ("camp", "Programme", "重点项目集中开工复工行动", []),
]
RELATIONS = [
    ("wd", "partOf", "ln", NINE),
    ("kx", "partOf", "ln", NINE),
    ("wx", "partOf", "ln", NINE),
    ("xh", "partOf", "ln", EV),
    ("bz", "partOf", "ah", TRIP),
    ("sw", "locatedIn", "ln", "陇南市委市政府高度重视招商引资工作"),
    ("zf", "locatedIn", "ln", "陇南市委市政府高度重视招商引资工作"),
    ("c1", "operates", "p1", SIGNED),
    ("c2", "operates", "p2", SIGNED),
    ("c3", "operates", "p3", SIGNED),
    ("p1", "locatedIn", "ln", SIGNED),
    ("p2", "locatedIn", "wd", SIGNED),
    ("p3", "locatedIn", "xh", SIGNED),
    ("p4", "locatedIn", "ln", START),
    ("p5", "locatedIn", "ln", START),
    ("ev", "locatedIn", "qd", EV),
    ("xh", "participatesIn", "ev", EV),
    ("sw", "implements", "camp", START),
    ("zf", "implements", "camp", START),
    ("p4", "participatesIn", "camp", START),
    ("p5", "participatesIn", "camp", START),
]
VALUES = [
    ("ln", "signedProjectCount", 38, "project", LEAD),
    ("ln", "signedTotalInvestment", 1141000000, "CNY", LEAD),
    ("ln", "fundsInPlace", 713000000, "CNY", "到位资金7.13亿元,同期增长39%"),
    ("ln", "fundsInPlaceGrowth", 39, "%", "到位资金7.13亿元,同期增长39%"),
    ("ln", "outOfProvinceFunds", 663000000, "CNY", "其中省外到位资金6.63亿元,同期增长30%"),
    ("ln", "outOfProvinceFundsGrowth", 30, "%", "其中省外到位资金6.63亿元,同期增长30%"),
    ("wd", "fundsInPlaceGrowth", 183, "%", NINE),
    ("kx", "fundsInPlaceGrowth", 55, "%", NINE),
    ("wx", "fundsInPlaceGrowth", 32, "%", NINE),
    ("ev", "signedProjectCount", 32, "project", EV),
    ("camp", "projectCount", 130, "project", START),
    ("camp", "totalInvestment", 32400000000, "CNY", START),
]
NOTES = [
    "Source: gansu.chinagdp.org (a regional economy portal), 2019-04; the quarter is 2019年第一季度 (no day: no date "
    "value). No headline on the stored page; the body is complete.",
    "Places: 陇南市 → City; 武都区, 康县, 文县, 西和县 (named on their own) → District partOf 陇南市. 宕昌县 occurs only "
    "inside a signed project's name (中建实业集团宕昌县环球国际大酒店项目): no entity (rule 5). The trip's destinations "
    "广州, 深圳, 青岛, 安徽亳州 → City (安徽 before 亳州 → Province 安徽省, 亳州 partOf it). 甘肃, 广东 occur only inside "
    "广东甘肃商会: no Province. (Corrected after the first run: the first annotation had 宕昌县 as a District, against "
    "rule 5.)",
    "Bodies: 陇南市委市政府 / 陇南市委、市政府 → 中共陇南市委, 陇南市人民政府 (rule 1), locatedIn 陇南市; they organize the "
    "重点项目集中开工复工行动 (a campaign: 行动) → implements.",
    "Projects: the three signed, each written firm + county + project (中建实业集团 / 青岛奇品机械科技公司 / 青岛佰福得公司, "
    "registered firms' names → Company, operates their project; 武都区 and 西和县 → locatedIn; the hotel project, whose "
    "county is written only in its name, → locatedIn 陇南市). The two started under the campaign: 青岛利和陇南生物萃取项目 "
    "and 广东甘肃商会产业扶贫工厂项目 → locatedIn 陇南市 (九县区, no county given), participatesIn the campaign; 青岛利和 "
    "(a brand, no registered name) and 广东甘肃商会 occur only inside the projects' names: no entity (as dev14's 卡倍亿, "
    "dev21's 凌源市博物馆). Labels are the bare project names, the longer written forms aliases. (Corrected after the "
    "first run: the first annotation had 青岛利和 as a Company operating its project and 广东甘肃商会 as an Institution.)",
    "Event: 西和县脱贫攻坚项目推介会暨签约仪式 → Event locatedIn 青岛 (在青岛举行); 西和县 signs 32 projects at it → "
    "participatesIn (rule 4). No organizer is written (西和县's own event most likely, not said).",
    "Values: the city's quarter (38 projects, 11.41亿元 signed; 7.13亿元 in place, +39%; 6.63亿元 from outside the "
    "province, +30%), the three counties' growth rates, the event's 32 projects, the campaign's 130 projects and "
    "324亿元. Not values: 1-3月份 (a period), 九县区 (a count of the city's units).",
]
