MEMBERS = ["徐新楚", "向伟雄", "唐道明", "王瑰曙", "李挚", "胡小闽", "王小中", "马娜", "谈正红"]
ENTITIES = (
    [
        ("yy", "City", "岳阳市", ["岳阳", "岳"]),
        ("sw", "GovernmentBody", "中共岳阳市委", ["岳阳市委", "市委"]),
        ("srd", "GovernmentBody", "岳阳市人大常委会", ["市人大常委会"]),
        ("szx", "GovernmentBody", "政协岳阳市委员会", ["市政协"]),
        ("shw", "GovernmentBody", "中共湖南省委", ["省委"]),
        ("ssrd", "GovernmentBody", "湖南省人大常委会", ["省人大常委会"]),
        ("mtg", "Event", "中共岳阳市委第七届第40次常委会会议", ["市委常委会", "会议"]),
        ("zth", "Event", "杜家毫在岳调研座谈会", ["在岳调研座谈会", "调研座谈会"]),
        ("qh", "Event", "党的十九届三中全会", ["十九届三中全会"]),
        ("lhs", "Person", "刘和生", []),
        ("djh", "Person", "杜家毫", []),
        ("law", "Person", "李爱武", []),
    ]
    + [(m, "Person", m, []) for m in MEMBERS]
    + [
        ("zsy", "Programme", "“产业招商月”活动", ["产业招商月"]),
        ("rv", "Programme", "乡村振兴战略", []),
        ("kxf", "Programme", "“空心房”整治", []),
        ("sdg", "Programme", "三大攻坚战", []),
    ]
)
ATT = "市委常委会组成人员徐新楚、向伟雄、唐道明、王瑰曙、李挚、胡小闽、王小中、马娜、谈正红等参加"
D = {"date": "2018-03-30"}
RELATIONS = (
    [
        ("sw", "locatedIn", "yy", "岳阳市委书记刘和生"),
        ("srd", "locatedIn", "yy", "听取市人大常委会、市政协2018年工作要点的汇报"),
        ("szx", "locatedIn", "yy", "听取市人大常委会、市政协2018年工作要点的汇报"),
        ("sw", "organizes", "mtg", "岳阳市委书记刘和生主持召开中共岳阳市委第七届第40次常委会会议", D),
        ("lhs", "worksFor", "sw", "岳阳市委书记刘和生", {"title": "市委书记"}),
        ("lhs", "participatesIn", "mtg", "岳阳市委书记刘和生主持召开中共岳阳市委第七届第40次常委会会议", D),
        ("law", "worksFor", "sw", "市委副书记、代市长李爱武", {"title": "副书记"}),
        ("law", "participatesIn", "mtg", "市委副书记、代市长李爱武", D),
        ("djh", "worksFor", "shw", "省委书记、省人大常委会主任杜家毫", {"title": "省委书记"}),
        ("djh", "worksFor", "ssrd", "省委书记、省人大常委会主任杜家毫", {"title": "主任"}),
        ("djh", "participatesIn", "zth", "省人大常委会主任杜家毫在岳调研座谈会"),
        ("zth", "locatedIn", "yy", "杜家毫在岳调研座谈会"),
        ("sw", "implements", "zsy", "继续开展“产业招商月”活动"),
        ("sw", "implements", "rv", "要扎实推进乡村振兴战略"),
        ("sw", "implements", "kxf", "“空心房”整治的衡量标准"),
        ("sw", "implements", "sdg", "坚决打好防范化解重大风险、精准脱贫、污染防治三大攻坚战"),
    ]
    + [(m, "worksFor", "sw", ATT, {"title": "市委常委"}) for m in MEMBERS]
    + [(m, "participatesIn", "mtg", ATT, D) for m in MEMBERS]
)
VALUES = []
NOTES = [
    "Province 湖南 (not named; 省委, 省人大常委会 resolve to 中共湖南省委 and 湖南省人大常委会, rule 1). Page of "
    "2018-04-01 (华声在线岳阳频道, source 岳阳日报); the meeting is on 3月30日 2018.",
    "市委常委会 in the headline is the meeting (an alias of the Event); 市委常委会组成人员 are the standing-committee "
    "members of 中共岳阳市委, hence worksFor with title 市委常委.",
    "李爱武 is 代市长, but 岳阳市人民政府 is not written: only worksFor 中共岳阳市委 (副书记).",
    "The meeting (of 中共岳阳市委) requires the city to continue 产业招商月 activities, push 乡村振兴战略, carry out the "
    "空心房 clean-up and fight the three 攻坚战: implements by 中共岳阳市委. 一票否决 is a sanction rule, left out.",
    "Cleaning: the channel breadcrumb and the date/source/author line were removed; the last paragraph (会议传达学习了全国、"
    "全省统战部长会议精神…) was cut because its final sentence stopped mid-sentence.",
]
