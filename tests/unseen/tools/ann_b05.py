ENTITIES = [
    ("nyb", "GovernmentBody", "农业农村部", []),
    ("jcs", "GovernmentBody", "农业农村部计划财务司", []),
    ("wh", "Person", "吴华", []),
    ("tx", "District", "泰兴市", ["我市"]),
    ("media", "Institution", "泰兴市融媒体中心", []),
    ("sw", "GovernmentBody", "中共泰兴市委", ["市委"]),
    ("rd", "GovernmentBody", "泰兴市人大常委会", ["市人大常委会"]),
    ("dgw", "GovernmentBody", "泰兴市现代农业产业园区党工委", ["现代农业产业园区党工委"]),
    ("zx", "GovernmentBody", "泰兴市现代农业融合发展服务中心", ["市现代农业融合发展服务中心"]),
    ("zhx", "Person", "张红霞", []),
    ("wxy", "Person", "王晓云", []),
    ("stm", "Person", "孙天民", []),
    ("c1", "Company", "江苏超悦农业发展有限公司", []),
    ("c2", "Company", "江苏卤江南食品有限公司", ["卤江南", "“卤江南”"]),
    ("des", "Designation", "省级农业产业化重点龙头企业", []),
    ("caas", "Institution", "中国农业科学院", []),
    ("zch", "Person", "张春晖", []),
    ("base", "Project", "“中式食品加工与装备”产学研合作基地", ["中式食品加工与装备产学研合作基地"]),
    ("c3", "Company", "江苏洋宇生态农业公司", []),
    ("orch", "Project", "烨佳梨园", []),
    ("model", "Programme", "“洋宇模式”", ["洋宇模式"]),
    ("cpc20", "Event", "党的二十大", []),
]
LEAD = (
    "我市市委副书记、宣传部部长张红霞,市人大常委会副主任、现代农业产业园区党工委书记王晓云,副市长孙天民参加"
)
RELATIONS = [
    ("jcs", "partOf", "nyb", "农业农村部计划财务司"),
    ("wh", "worksFor", "jcs", "农业农村部计划财务司一级巡视员吴华", {"title": "一级巡视员"}),
    ("media", "locatedIn", "tx", "来源:泰兴市融媒体中心"),
    ("sw", "locatedIn", "tx", "我市市委副书记"),
    ("rd", "locatedIn", "tx", "市人大常委会副主任"),
    ("dgw", "locatedIn", "tx", "现代农业产业园区党工委书记王晓云"),
    ("zx", "locatedIn", "tx", "在市现代农业融合发展服务中心,调研组听取了我市一二三产业融合发展情况汇报"),
    ("zhx", "worksFor", "sw", "我市市委副书记、宣传部部长张红霞", {"title": "市委副书记"}),
    ("wxy", "worksFor", "rd", "市人大常委会副主任、现代农业产业园区党工委书记王晓云", {"title": "副主任"}),
    ("wxy", "worksFor", "dgw", "现代农业产业园区党工委书记王晓云", {"title": "党工委书记"}),
    ("c1", "designatedAs", "des", "江苏超悦农业发展有限公司是省级农业产业化重点龙头企业"),
    ("c1", "locatedIn", "tx", "江苏超悦农业发展有限公司是省级农业产业化重点龙头企业"),
    ("c1", "supplies", "c2", "该公司系江苏卤江南食品有限公司的全资子公司和“卤江南”品牌的最大供应链基地"),
    ("zch", "worksFor", "caas", "中国农业科学院首席科学家张春晖", {"title": "首席科学家"}),
    (
        "c1",
        "operates",
        "base",
        "与中国农业科学院首席科学家张春晖团队合作,建立“中式食品加工与装备”产学研合作基地",
    ),
    ("c3", "operates", "orch", "在江苏洋宇生态农业公司烨佳梨园"),
    ("orch", "locatedIn", "tx", "在江苏洋宇生态农业公司烨佳梨园"),
]
VALUES = [
    ("c1", "doctoralResearchers", 3, "person", "现有3名博士专门从事产品研发和工艺提升"),
]
NOTES = [
    "Source: investchn.com (a development-zone news portal) item dated 2023-03-24, from 泰兴市融媒体中心. Kept: the "
    "headline and the line 发布时间:2023-03-24 来源:泰兴市融媒体中心 (it is the only place the text names the city that "
    "我市 refers to); dropped from that line the portal's field 发布开发区:江苏泰兴经济开发区. The body is complete. The "
    "visit (3月22日上午) is 2023-03-22.",
    "Places: 我市 is 泰兴市 (a county-level city of 泰州, 江苏 → District); 泰兴 itself is written only inside 泰兴市融媒体"
    "中心, so the label rests on the source line and rule 1's resolution of 我市 (judgement call). 江苏 occurs only inside "
    "firm names, 泰州 not at all: no Province, no City.",
    "An inspection tour (调研) by a ministry department: no Event (a visit is not a gathering; ../shared/dev d21, tests/dev7 "
    "w03), so the officials who take part (参加) get no participatesIn. 农业农村部计划财务司 partOf 农业农村部; 吴华 its "
    "一级巡视员.",
    "Bodies by rule 1: 市委 → 中共泰兴市委 (张红霞 市委副书记; 宣传部部长 is a post in the committee, the 宣传部 is not "
    "written as a body); 市人大常委会 → 泰兴市人大常委会 (王晓云 副主任); the park's 党工委 written 现代农业产业园区党工委 → "
    "labelled with the city's name (the written form an alias; 王晓云 党工委书记). The park itself is written only inside "
    "the 党工委's name: no Zone (rule 5). 副市长孙天民: the government is not written in any form, so no body and no "
    "worksFor (rule 1: a title alone does not create one). 市现代农业融合发展服务中心 is a state-run centre "
    "(GovernmentBody) of the city. 泰兴市融媒体中心 (the county-level media centre) is typed Institution (media), "
    "locatedIn 泰兴市 by its name.",
    "Companies: 江苏超悦农业发展有限公司 designatedAs 省级农业产业化重点龙头企业 (awarding body not named); it is the "
    "wholly owned subsidiary of 江苏卤江南食品有限公司 and the largest supply-chain base of its brand “卤江南” → supplies "
    "(the brand is an alias of the parent); ownership has no schema relation. Its workshop is visited in 我市 → locatedIn "
    "泰兴市 (inference from the tour). It set up the “中式食品加工与装备”产学研合作基地 with 中国农业科学院's chief scientist "
    "张春晖's team → Project operated by the firm (建立); 张春晖 worksFor 中国农业科学院 (首席科学家). 江苏洋宇生态农业公司 "
    "operates 烨佳梨园 (X公司Y梨园, a pear orchard visited in 泰兴 → Project locatedIn 泰兴市); the firm's own seat is not "
    "stated. “洋宇模式” (the firm's circular farming model) is typed Programme as ../shared/dev d21 types “宕昌模式”; a "
    "Company cannot implement (rule 7), so it has no relation.",
    "党的二十大 is an Event cited for guidance, with no relation (as ../shared/dev d22). Not annotated: 乡村振兴, 农业强国"
    "建设, 产业振兴行动, 共同富裕 (general policy goals), “猪-沼-果-粮-电” (a farming cycle), 调研组 (unnamed).",
]
