D1 = "《关于进一步促进服务型制造发展的指导意见》(工信部联政法〔2020〕101号)"
D2 = "《制造业设计能力提升专项行动计划(2019-2022年)》(工信部联产业〔2019〕218号)"
D3 = "《关于加快培育共享制造新模式新业态 促进制造业高质量发展的指导意见》(工信部产业〔2019〕226号)"
D4 = "《工业和信息化部办公厅关于开展2022年服务型制造示范遴选和评估评价工作的通知》(工信厅政法函〔2022〕67号)"
ENTITIES = [
    ("gxb", "GovernmentBody", "工业和信息化部", ["工信部"]),
    ("bgt", "GovernmentBody", "工业和信息化部办公厅", []),
    ("des", "Designation", "服务型制造示范", ["第四批服务型制造示范", "第四批服务型制造示范名单"]),
    ("d1", "Programme", "《关于进一步促进服务型制造发展的指导意见》", []),
    (
        "d2",
        "Programme",
        "《制造业设计能力提升专项行动计划(2019-2022年)》",
        ["制造业设计能力提升专项行动计划"],
    ),
    ("d3", "Programme", "《关于加快培育共享制造新模式新业态 促进制造业高质量发展的指导意见》", []),
    ("d4", "Programme", "《工业和信息化部办公厅关于开展2022年服务型制造示范遴选和评估评价工作的通知》", []),
]
RELATIONS = [
    ("bgt", "partOf", "gxb", "工业和信息化部办公厅关于公布第四批服务型制造示范名单的通知"),
    ("gxb", "awards", "des", "工信部公布第四批服务型制造示范名单"),
    ("bgt", "awards", "des", "工业和信息化部办公厅关于公布第四批服务型制造示范名单的通知"),
    ("gxb", "implements", "d1", D1),
    ("gxb", "implements", "d2", D2),
    ("gxb", "implements", "d3", D3),
    ("bgt", "implements", "d4", D4),
]
VALUES = []
NOTES = [
    "Source: pinhui.wang (a repost of the ministry's notice 工信厅政法函〔2022〕338号, dated 2022-12-28 on the ministry's "
    "copy; this copy carries no date). Headline and the notice's title and number kept; the signature line kept, the "
    "stray ? marks of the page dropped (one, between 新业态 and 促进 inside a document's title, is written as a space, "
    "as the official title has it). The attachment (the list itself) is not on the page.",
    "Bodies: 工业和信息化部 (工信部 in the headline) and its 办公厅 (partOf the ministry), which issues the notice.",
    "Designation: the list published is the fourth batch of 服务型制造示范 → Designation labelled with the title, the "
    "written forms 第四批服务型制造示范(名单) aliases (as dev12 t05); the ministry (headline: 工信部公布…名单) and its office "
    "(the notice) → awards. No holder is named (the list is an attachment).",
    "Programmes: the four documents the notice is based on (《…指导意见》, 《…行动计划》, 《…通知》, as the other sets type "
    "policy documents) → Programme; the three numbered 工信部(联)… were issued by the ministry (jointly for 联), the "
    "《…通知》 by its office → implements. The notice itself (the article, its title without 《》) is not annotated.",
    "Not annotated: the addressees (各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门: generic bodies; "
    "新疆生产建设兵团 is written only inside that list of addressees), the document numbers, 2019-2022年 (inside a name).",
]
