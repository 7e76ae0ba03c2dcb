DOC = "《農業農村部辦公廳財政部辦公廳關於開展國家現代農業產業園創建績效評價和認定工作的通知》"
DEC = "決定將創建成效突出、符合認定條件的四川省眉山市東坡區等20個現代農業產業園認定為國家現代農業產業園"
CREATE = "2017年農業農村部、財政部批准創建了41個國家現代農業產業園"
ENTITIES = [
    ("moa", "GovernmentBody", "農業農村部", []),
    ("mof", "GovernmentBody", "財政部", []),
    ("des", "Designation", "國家現代農業產業園", ["首批國家現代農業產業園"]),
    ("doc", "Programme", DOC, []),
    ("sc", "Province", "四川省", []),
    ("ms", "City", "眉山市", []),
    ("dp", "District", "東坡區", ["四川省眉山市東坡區"]),
    ("zs", "Institution", "中商產業研究院", []),
]
RELATIONS = [
    ("moa", "awards", "des", CREATE),
    ("mof", "awards", "des", CREATE),
    ("moa", "implements", "doc", DOC + "(農辦規〔2018〕15號)"),
    ("mof", "implements", "doc", DOC + "(農辦規〔2018〕15號)"),
    ("dp", "designatedAs", "des", DEC),
    ("ms", "partOf", "sc", DEC),
    ("dp", "partOf", "ms", DEC),
]
VALUES = [
    ("des", "approvedForCreation", 41, "个", CREATE),
    ("des", "recognizedCount", 20, "个", DEC),
]
NOTES = [
    "Source: p2.ttnews.xyz (a Traditional-script repost of the announcement of the first 20 national modern "
    "agricultural industrial parks, 農業農村部 and 財政部, 2018-12; the repost carries no date). Headline, subhead, "
    "the list's caption and the source line kept; share buttons and related links dropped. The list itself is an "
    "image on the page (not text).",
    "Bodies: 農業農村部 and 財政部 approved the parks' creation and recognise them (the decision 決定將…認定為 is the two "
    "ministries' notice) → both awards the Designation 國家現代農業產業園 (首批 written in the headlines → alias). Their "
    "辦公廳 are written only inside the document's title: no entity.",
    "Programme: the notice the recognition follows (《農業農村部辦公廳財政部辦公廳關於…通知》, 農辦規〔2018〕15號) → "
    "Programme, issued by the two ministries' offices → implements from each ministry (the offices are not entities).",
    "Places: 四川省眉山市東坡區 (the first of the 20 parks, named by its district) → Province 四川省, City 眉山市, District "
    "東坡區 (partOf along the division list); the district (standing for its park) designatedAs the title. 省, 市, 縣 "
    "in 省級推薦, 示範帶動省、市、縣 are generic.",
    "Institution: 中商產業研究院 (資料來源:農業農村部、中商產業研究院整理) → Institution.",
    "Values: 41 parks approved for creation (2017), 20 recognised (on the Designation).",
]
