COUNTIES = {
    "勐海县": "(一)茶叶产业:勐海县、思茅区、双江县",
    "思茅区": "(一)茶叶产业:勐海县、思茅区、双江县",
    "双江县": "(一)茶叶产业:勐海县、思茅区、双江县",
    "开远市": "(二)花卉产业:开远市、晋宁区",
    "晋宁区": "(二)花卉产业:开远市、晋宁区",
    "元谋县": "(三)蔬菜产业:元谋县、通海县、陆良县、砚山县",
    "通海县": "(三)蔬菜产业:元谋县、通海县、陆良县、砚山县",
    "陆良县": "(三)蔬菜产业:元谋县、通海县、陆良县、砚山县",
    "砚山县": "(三)蔬菜产业:元谋县、通海县、陆良县、砚山县",
    "宾川县": "(四)水果产业:宾川县、蒙自市、昭阳区、新平县",
    "蒙自市": "(四)水果产业:宾川县、蒙自市、昭阳区、新平县",
    "昭阳区": "(四)水果产业:宾川县、蒙自市、昭阳区、新平县",
    "新平县": "(四)水果产业:宾川县、蒙自市、昭阳区、新平县",
    "漾濞县": "(五)坚果产业:漾濞县、凤庆县",
    "凤庆县": "(五)坚果产业:漾濞县、凤庆县",
    "文山市": "(六)中药材产业:文山市、彝良县",
    "彝良县": "(六)中药材产业:文山市、彝良县",
    "宣威市": "(七)畜牧产业:宣威市(火腿及生猪)、寻甸县(肉牛)",
    "寻甸县": "(七)畜牧产业:宣威市(火腿及生猪)、寻甸县(肉牛)",
    "南华县": "(八)其他产业:南华县(野生菌)",
}
ENTITIES = [
    ("yn", "Province", "云南省", ["省"]),
    ("dl", "City", "大理白族自治州", ["大理"]),
    (
        "ban",
        "GovernmentBody",
        "云南省打造世界一流“绿色食品牌”工作领导小组办公室",
        ["省“绿色食品牌”办公室", "“绿色食品牌”办公室"],
    ),
    (
        "lg",
        "GovernmentBody",
        "云南省打造世界一流“绿色食品牌”工作领导小组",
        ["省打造世界一流“绿色食品牌”工作领导小组"],
    ),
    ("zf", "GovernmentBody", "云南省人民政府", ["省人民政府"]),
    ("cz", "GovernmentBody", "云南省财政厅", ["省财政"]),
    (
        "des",
        "Designation",
        "2021年度云南省“一县一业”示范县",
        ["云南省“一县一业”示范县", "“一县一业”示范县", "示范县"],
    ),
    ("prog", "Programme", "一县一业示范创建", ["“一县一业”示范创建", "示范创建"]),
    ("pol", "Programme", "云南省人民政府关于开展一县一业示范创建加快打造世界一流“绿色食品牌”的实施意见", []),
    ("mtg", "Event", "省人民政府109次常务会议", []),
] + [(c, "District", c, []) for c in COUNTIES]
LIST = "公布了2021年度云南省“一县一业”示范县名单"
RELATIONS = (
    [
        ("dl", "partOf", "yn", "大理两县上榜!云南省“一县一业”示范县名单公布"),
        ("ban", "partOf", "lg", "省打造世界一流“绿色食品牌”工作领导小组成员单位"),
        ("ban", "locatedIn", "yn", "云南省打造世界一流“绿色食品牌”工作领导小组办公室"),
        ("zf", "locatedIn", "yn", "云南省人民政府关于开展一县一业示范创建"),
        (
            "ban",
            "awards",
            "des",
            "云南省打造世界一流“绿色食品牌”工作领导小组办公室,公布了2021年度云南省“一县一业”示范县名单",
        ),
        ("zf", "organizes", "mtg", "经省人民政府109次常务会议审议通过"),
        ("zf", "implements", "prog", "云南省人民政府关于开展一县一业示范创建"),
        (
            "zf",
            "implements",
            "pol",
            "依据《云南省人民政府关于开展一县一业示范创建加快打造世界一流“绿色食品牌”的实施意见》",
        ),
        ("prog", "partOf", "pol", "关于开展一县一业示范创建加快打造世界一流“绿色食品牌”的实施意见"),
    ]
    + [(c, "designatedAs", "des", COUNTIES[c]) for c in COUNTIES]
    + [
        (
            c,
            "partOf",
            "dl" if c in ("宾川县", "漾濞县") else "yn",
            "宾川县、漾濞县上榜" if c in ("宾川县", "漾濞县") else COUNTIES[c],
        )
        for c in COUNTIES
    ]
)
VALUES = [
    ("des", "memberCount", 20, "District", "将勐海县等20个县、市、区列为2021年度云南省“一县一业”示范县"),
    ("des", "fundingPerMember", 30000000, "CNY", "20个示范县各3000万元示范创建资金"),
]
NOTES = [
    "Province 云南 (a repost of the notice by 云南省打造世界一流“绿色食品牌”工作领导小组办公室, dated 2021-06-17; "
    "the repost's own lead is kept). 大理 is 大理白族自治州 (prefecture level, typed City).",
    "The 20 counties are designatedAs the designation; only 宾川县 and 漾濞县 have their prefecture (大理) as an "
    "entity, the others are joined by partOf to 云南省, the nearest place entity (their prefectures are not named).",
    "省财政 (the provincial finance that 下达 the money) is resolved to 云南省财政厅. Its grants go to counties, which "
    "are outside the range of funded (Company, Project): left out, recorded as the designation's fundingPerMember value.",
    "The two closing lines (云南省打造世界一流“绿色食品牌” / 工作领导小组办公室) are the signature split over two lines; "
    "they name the same office as the lead.",
    "The award is by the office (公布…名单); the list was approved by the provincial government's 109th executive "
    "meeting (an Event it organizes).",
    "Cleaning: the repost's trailing lines (the two county captions and the 原标题 line, cut mid-title) were removed.",
]
