LEAD = "3月17日,州委副书记、州长张文旺先后与中国电力工程顾问集团有限公司总经理陈继平"
GUESTS = (
    "中国电力工程顾问集团有限公司总经理陈继平、云南省绿色城市更新集团有限公司董事长刘文平、华氏医药集团昆明MAH平台总经理宋洋、"
    "中国智慧能源产业联盟云南投资发展总顾问吴江华"
)
SIGN = "州政府与中国电力工程顾问集团有限公司签订新型电力系统示范区建设战略合作框架协议"
ENTITIES = [
    ("cx", "City", "楚雄彝族自治州", ["楚雄州", "楚雄"]),
    ("zw", "GovernmentBody", "中共楚雄州委", ["州委"]),
    ("zf", "GovernmentBody", "楚雄彝族自治州人民政府", ["州政府"]),
    ("zww", "Person", "张文旺", []),
    ("c1", "Company", "中国电力工程顾问集团有限公司", []),
    ("c2", "Company", "云南省绿色城市更新集团有限公司", []),
    ("c3", "Company", "华氏医药集团", []),
    ("lm", "Institution", "中国智慧能源产业联盟", []),
    ("cjp", "Person", "陈继平", []),
    ("lwp", "Person", "刘文平", []),
    ("sy", "Person", "宋洋", []),
    ("wjh", "Person", "吴江华", []),
]
RELATIONS = [
    ("zww", "worksFor", "zw", LEAD, {"title": "副书记"}),
    ("zww", "worksFor", "zf", LEAD, {"title": "州长"}),
    ("cjp", "worksFor", "c1", GUESTS, {"title": "总经理"}),
    ("lwp", "worksFor", "c2", GUESTS, {"title": "董事长"}),
    ("sy", "worksFor", "c3", GUESTS, {"title": "总经理"}),
    ("wjh", "worksFor", "lm", GUESTS, {"title": "云南投资发展总顾问"}),
    ("zw", "locatedIn", "cx", LEAD),
    ("zf", "locatedIn", "cx", SIGN),
]
VALUES = []
NOTES = [
    "Source: cxz.gov.cn (楚雄彝族自治州人民政府's site); the year is not on the stored page (3月17日 only), so no date "
    "value. No headline on the stored page; the body is complete (294 characters with newlines, just under the brief's 300).",
    "Places: 楚雄州 (楚雄) → City 楚雄彝族自治州 (a prefecture-level autonomous prefecture). 云南, 昆明 are written only "
    "inside names (a firm, a platform, a title): no Province or City (rule 5).",
    "Bodies: 州委副书记 → 中共楚雄州委 (州委 written), 州长 → 楚雄彝族自治州人民政府 (州政府 written) → 张文旺 worksFor both.",
    "Guests: 中国电力工程顾问集团有限公司 总经理 陈继平, 云南省绿色城市更新集团有限公司 董事长 刘文平 → Company, worksFor; "
    "华氏医药集团昆明MAH平台总经理宋洋: the platform is the group's unit, the group is annotated as the Company (a longer "
    "unit name is another annotator's call); 中国智慧能源产业联盟 (an industry alliance, non-government) → Institution, "
    "吴江华 its 云南投资发展总顾问 → worksFor.",
    "The talks (与…考察组座谈) are written only as a verb: no Event (rule 3 needs some form of the gathering's name). The "
    "agreement (新型电力系统示范区建设战略合作框架协议) between 州政府 and the firm is a contract, not a class of the "
    "schema; 新型电力系统示范区 is the aim of building an area, not a title awarded: neither is annotated.",
    "Not annotated: “政府围着企业转、企业有事马上办” (a slogan), 考察组 (generic).",
]
