LEAD = "2月4日,江苏射阳经济开发区“双十”项目集中签约及开工活动成功举行"
NUM = "共集中签约13个产业链项目,开工10个重点项目,总投资96.7亿元"
RANK = "县域经济、综合竞争力、投资竞争力等“全国百强县”榜单位次不断前移"
ZONE = "射阳经开区作为射阳县经济主板块、工业主阵地"
BYD = "尤其是百亿级比亚迪动力电池项目一期投产、二期开工"
SALES = "2023年园区规上工业开票有望跃上300亿元新台阶"
ENTITIES = [
    ("sy", "District", "射阳县", ["射阳", "该县"]),
    ("zone", "Zone", "江苏射阳经济开发区", ["射阳经开区", "射阳经济开发区"]),
    (
        "ev",
        "Event",
        "江苏射阳经济开发区“双十”项目集中签约及开工活动",
        ["“双十”项目集中签约及开工活动", "“双十”项目集中签约开工"],
    ),
    ("byd", "Company", "比亚迪", []),
    ("p1", "Project", "比亚迪动力电池项目", []),
    ("des", "Designation", "全国百强县", []),
]
RELATIONS = [
    ("zone", "locatedIn", "sy", ZONE),
    ("ev", "locatedIn", "zone", LEAD),
    ("p1", "locatedIn", "zone", BYD),
    ("byd", "operates", "p1", BYD),
    ("sy", "designatedAs", "des", RANK),
]
VALUES = [
    ("ev", "signedProjectCount", 13, "project", NUM),
    ("ev", "startedProjectCount", 10, "project", NUM),
    ("ev", "totalInvestment", 9670000000, "CNY", NUM),
    ("zone", "expectedIndustrialSales", 30000000000, "CNY", SALES),
]
NOTES = [
    "Source: m.bidcenter.com.cn (a tender site's news page reposting a 射阳 report); the headline (printed twice on the "
    "page) kept once, the tag line and the site's follow/search chrome dropped; the body is complete. The day is 2月4日 "
    "with no year (新年伊始; 2023 is spoken of as the year just ended, not the event's): no date value.",
    "Places: 射阳县 (射阳, 该县) → District. 江苏 is written only inside the zone's name (江苏射阳经济开发区) and 省、市 "
    "name no place: no Province, no City (rule 5).",
    "Zone: 江苏射阳经济开发区 (射阳经开区; the county's 经济主板块) → Zone locatedIn 射阳县. 园区 refers to it (an alias "
    "form not listed).",
    "Event: the signing-and-start activity, labelled with the longest form written (江苏射阳经济开发区“双十”项目集中签约"
    "及开工活动, rule 3; corrected after the first run, which had the form without the zone as label), the form without "
    "the zone and the headline's “双十”项目集中签约开工 aliases → "
    "locatedIn the zone; no organizer is written (the zone is outside organizes' domain anyway, rule 7).",
    "Project: 比亚迪动力电池项目 (phase one running, phase two started; the phases are not named apart) → locatedIn the "
    "zone; 比亚迪 (a firm's name before its project) → Company, operates it.",
    "Designation: the county moves up the “全国百强县” list → 射阳县 designatedAs 全国百强县 (it is on the list).",
    "Values: the activity's 13 signed and 10 started projects and 96.7亿元; the zone's expected 2023 invoiced industrial "
    "output 300亿元. Not values: 百亿级 (a size class). Not annotated: “智汽高飞” (a slogan for four industries), "
    "重点产业链工作专班 (a task force, generic), 工业强省、工业强市 (aims), 长三角 (a region).",
]
