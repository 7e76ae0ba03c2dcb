DES = "全省深化“千万工程”建设新时代美丽乡村(农村人居环境提升)工作考核优秀县(市、区)"
ENTITIES = [
    ("zj", "Province", "浙江省", ["我省", "全省"]),
    ("office", "GovernmentBody", "浙江省“千村示范、万村整治”工作协调小组办公室", []),
    ("qw", "Programme", "“千村示范、万村整治”工程", ["千万工程", "“千万工程”"]),
    ("doc1", "Programme", "《关于深化“千村示范、万村整治”工程 高水平建设新时代美丽乡村实施意见》", []),
    ("doc2", "Programme", "《浙江省高水平推进农村人居环境提升三年行动方案(2018—2020年)》", []),
    ("doc3", "Programme", "《关于开展农业农村重点工作督查检查的通知》", []),
    ("six", "Programme", "新时代美丽乡村“六大行动”", ["“六大行动”", "六大行动"]),
    ("meet", "Event", "全省深化“千万工程”建设新时代美丽乡村义乌现场会", ["义乌现场会"]),
    (
        "des",
        "Designation",
        DES,
        ["2020年度" + DES, "2020年度" + DES + "名单", "考核优秀县(市、区)"],
    ),
    ("hz", "City", "杭州市", []),
    ("nb", "City", "宁波市", []),
    ("wz", "City", "温州市", []),
    ("d1", "District", "萧山区", []),
    ("d2", "District", "临安区", []),
    ("d3", "District", "淳安县", []),
    ("d4", "District", "建德市", []),
    ("d5", "District", "北仑区", []),
    ("d6", "District", "鄞州区", []),
    ("d7", "District", "慈溪市", []),
    ("d8", "District", "宁海县", []),
    ("d9", "District", "象山县", []),
    ("d10", "District", "洞头区", []),
    ("d11", "District", "瑞安市", []),
    ("d12", "District", "永嘉县", []),
]
HZ = "杭州市萧山区、临安区、淳安县、建德市"
NB = "宁波市北仑区、鄞州区、慈溪市、宁海县、象山县"
WZ = "温州市洞头区、瑞安市、永嘉县"
GROUP = {
    "hz": (HZ, ["d1", "d2", "d3", "d4"]),
    "nb": (NB, ["d5", "d6", "d7", "d8", "d9"]),
    "wz": (WZ, ["d10", "d11", "d12"]),
}
AW = "现将2020年度全省深化“千万工程”建设新时代美丽乡村(农村人居环境提升)工作考核优秀县(市、区)予以公布"
RELATIONS = (
    [
        ("office", "locatedIn", "zj", "浙江省“千村示范、万村整治”工作协调小组办公室"),
        ("office", "awards", "des", AW, {"date": "2021-01-12"}),
        (
            "office",
            "implements",
            "qw",
            "浙江省“千村示范、万村整治”工作协调小组办公室关于公布2020年度全省深化“千万工程”建设新时代美丽乡村",
        ),
    ]
    + [(c, "partOf", "zj", GROUP[c][0]) for c in GROUP]
    + [(d, "partOf", c, GROUP[c][0]) for c in GROUP for d in GROUP[c][1]]
    + [(d, "designatedAs", "des", GROUP[c][0]) for c in GROUP for d in GROUP[c][1]]
)
VALUES = []
NOTES = [
    "Source: the 浙江省农业农村厅 site, notice dated 2021-02-09 (the notice itself 2021年1月12日). Dropped: the "
    "publishing line (date, 信息来源, 浏览次数, 字体) and the 微信 share lines. The excerpt ends inside the list after "
    "温州市…永嘉县 (the list goes on in the source); the text ends there.",
    "浙江省 (aliases 我省, 全省: the notice is the province's own) is the Province; it is written on its own only "
    "as 我省/全省, and inside the office's and a document's names. The issuing office is a GovernmentBody locatedIn "
    "浙江省; it awards the designation on 2021-01-12.",
    "Designation: the list's title, labelled without the year (as the heldout and fixtures gold label designations), "
    "with the dated and 名单 forms and the short 考核优秀县(市、区) as aliases. Each listed county-level unit "
    "designatedAs it, and partOf the prefecture city written before it (杭州市, 宁波市, 温州市; each partOf 浙江省).",
    "Programmes: the 千村示范、万村整治 programme (written 工程, alias the abbreviation 千万工程), the two policy "
    "documents and the notice cited (《…》), and 新时代美丽乡村“六大行动”, which 各地 must carry out (no entity "
    "subject). The office is the programme's own coordination office → implements (judgement call). The 义乌现场会 "
    "is an Event (labelled without the space the text writes); 义乌 occurs only inside its name (rule 5).",
]
