ENTITIES = [
    ("sd", "Province", "山东省", ["山东"]),
    ("zone", "Zone", "临沂经济技术开发区", ["山东临沂经济开发区", "开发区"]),
    ("des", "Designation", "国家级经济技术开发区", []),
    ("dgw", "GovernmentBody", "临沂经济技术开发区党工委", []),
    ("gwh", "GovernmentBody", "临沂经济技术开发区管委会", ["管委会"]),
    ("xft", "Person", "徐福田", []),
    ("wjg", "Person", "王继高", []),
    ("ev", "Event", "开发区揭牌仪式", ["揭牌仪式"]),
]
TIT = "临沂经济技术开发区党工委书记、管委会主任徐福田在开发区揭牌仪式上说"
RELATIONS = [
    ("zone", "designatedAs", "des", "近日,山东临沂经济开发区升级为国家级经济技术开发区"),
    ("zone", "locatedIn", "sd", "至此,山东省的国家级经济技术开发区增至8家"),
    ("dgw", "locatedIn", "zone", "临沂经济技术开发区党工委书记"),
    ("gwh", "locatedIn", "zone", TIT),
    ("xft", "worksFor", "dgw", TIT, {"title": "党工委书记"}),
    ("xft", "worksFor", "gwh", TIT, {"title": "管委会主任"}),
    ("xft", "participatesIn", "ev", TIT),
    ("ev", "locatedIn", "zone", TIT),
]
NOTES = [
    "Source: nzgx.org 2011-04-02 (招商 news section). Site chrome was dropped; the body is complete; the author "
    "line ( 王继高) is kept as printed.",
    "Zone: the development zone is one node under its old and new names (山东临沂经济开发区 升级…定名为 "
    "临沂经济技术开发区), with 开发区 as the text's short reference; it is designatedAs 国家级经济技术开发区 "
    "(升级为). 临沂 occurs only inside the zone's names, so no City (rule 5). 山东省 is named on its own and holds "
    "the zone (山东省的国家级经济技术开发区增至8家).",
    "Bodies: the zone's 党工委 and 管委会 (the latter written 管委会 after the full 党工委 name) locatedIn the zone; "
    "徐福田 holds both posts and speaks at the unveiling (揭牌仪式, an Event; no date is given). 王继高 is the "
    "author, with no organisation named.",
    "全省开发区 and 开发区之一 are generic; 高新技术企业, 工商贸企业 are generic classes of firms.",
]
VALUES = [
    ("zone", "totalRevenue", 42000000000, "CNY", "实现业务总收入420亿元"),
    ("zone", "fiscalRevenue", 1500000000, "CNY", "实现财政收入15亿元"),
]
