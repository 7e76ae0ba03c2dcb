ENTITIES = [
    ("hn", "Province", "河南省", []),
    ("zk", "City", "周口市", ["周口"]),
    ("dc", "District", "郸城县", ["郸城"]),
    ("zxw", "Institution", "中新网河南", []),
    ("c1", "Company", "河南金丹乳酸科技股份有限公司", []),
    ("c2", "Company", "郸城县兆亿伞业有限公司", []),
    ("zp", "Person", "张平", []),
]
PLACE = "河南省周口市郸城县"
RELATIONS = [
    ("zk", "partOf", "hn", PLACE),
    ("dc", "partOf", "zk", PLACE),
    ("c1", "locatedIn", "dc", "走进河南金丹乳酸科技股份有限公司生产车间"),
    ("c2", "locatedIn", "dc", "郸城县兆亿伞业有限公司生产车间内"),
    ("zp", "worksFor", "c2", "公司总经理张平介绍", {"title": "总经理"}),
]
VALUES: list = []
NOTES = [
    "Source: ha.chinanews.com.cn (中新网河南), 2026-01-28. Headline, date and source lines kept, the site's navigation "
    "chrome dropped; the stored copy breaks off in the fourth paragraph, so the text ends at the last complete sentence "
    "(…确保任务完成。).",
    "Media: 中新网河南 (the outlet, 来源 and dateline) → Institution; no reporter named.",
    "Places: 河南省周口市郸城县 → Province, City (also 周口 in the headline), District (郸城), partOf by the division "
    "list. 河南 inside the firm's name is the same province.",
    "Firms: 河南金丹乳酸科技股份有限公司 and 郸城县兆亿伞业有限公司 are the county's firms visited in the report → "
    "locatedIn 郸城县 (the county's production front). 公司总经理张平 (公司 = 兆亿伞业, the sentence's firm) → worksFor.",
    "Not annotated: “十五五” (a plan period named only as 开局, not as a plan), “开门红”, “拼经济、抢开局” (slogans); "
    "乳酸发酵车间 etc. are workshops.",
    "Values: none. 35万支, 400万支 (umbrella orders) and 100万支 (a new line's yearly capacity) are counts of umbrellas "
    "and umbrella frames, which valscore has no dimension for; 24小时, 3家 are not values.",
]
