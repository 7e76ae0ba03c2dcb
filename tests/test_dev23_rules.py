"""Rules added from the twenty-third development set (tests/dev23): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name",
    [
        # a speaker named by a post and a verb of wishing or urging stand before the firm, not in its name
        ("座谈会上,王书记希望青松集团扩大在当地的投资。", "王书记希望青松集团"),
        ("李市长要求北辰集团加快项目进度。", "李市长要求北辰集团"),
        # verbs of hearing and saying open no firm's name
        ("当听到远航集团已在深圳上市时,他表示欢迎。", "当听到远航集团"),
        ("他指出东湖公司是本地龙头企业。", "他指出东湖公司"),
        # a firm described by its listing or its renown is no firm's name
        ("青松集团是一家香港上市公司,主营建材。", "香港上市公司"),
        ("近年来,多家国内外知名大公司落户园区。", "国内外知名大公司"),
        ("该企业是深交所上市公司。", "深交所上市公司"),
        # two parties joined by 与 before an occasion are not its name
        ("县长与客商座谈会在县政府召开。", "县长与客商座谈会"),
        # the places a cluster's name opens with are part of its name, not places of the article
        ("名单分别为:邢台市清河县羊绒产业集群、保定市白沟新城箱包产业集群。", "清河县"),
        # a cluster not named by a place is no area's name
        ("我市将加快打造千亿级石化产业集群。", "千亿级石化产业集群"),
        ("江城加速形成现代产业集群,助力高质量发展。", "江城加速形成现代产业集群"),
        # a sum invested by no named firm names no undertaking
        ("全县投资8亿元的房地产项目正在建设。", "房地产项目"),
        # a rank (全国重要的X产业基地) or a project opened by a base is no base's name
        ("锦州是全国重要的光伏材料产业基地。", "光伏材料产业基地"),
        ("山西吕梁轻合金产业基地合金铝项目开工。", "吕梁轻合金产业基地"),
        # the market a firm is listed on is no place of the article
        ("青松集团是一家香港上市公司,主营建材。", "香港特别行政区"),
        ("该公司于2020年在美国纳斯达克上市。", "美国"),
        # a nickname without a conferring scope (中国, 全国, 国家, 省级) is no title
        ("北湖县素有“塞北粮仓”之称。", "塞北粮仓"),
    ],
)
def test_dev23_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    "text, name, types",
    [
        # the firm itself, after the speaker, is still a firm
        ("座谈会上,王书记希望青松集团扩大在当地的投资。", "青松集团", ("Company",)),
        ("当听到青岩集团已在深圳上市时,他表示欢迎。", "青岩集团", ("Company",)),
        # a transliterated name in two parts joined by a dot (a bullet or a full stop typed for the middle
        # dot) after a post is one person's name, up to the name's end
        ("州委副书记艾买提•吐尔洪出席会议。", "艾买提•吐尔洪", ("Official",)),
        ("县长阿不都.热合曼,副县长王明参加调研。", "阿不都.热合曼", ("Official",)),
        ("在地区行署专员买买提·依明的陪同下,考察组参观了园区。", "买买提·依明", ("Official",)),
        # 专员, the head of a prefecture's administrative office, is a public post
        ("和田地区行署专员李明远出席会议。", "李明远", ("Official",)),
        # a quoted title known as a place's repute (素有“X”美誉, 享有“X”之称) is a designation
        ("素有“中国樱桃之乡”美誉的江城县今年樱桃丰收。", "中国樱桃之乡", ("Designation",)),
        ("北湖镇享有“中国渔具之都”的美称。", "中国渔具之都", ("Designation",)),
        ("该县是“全国生猪调出大县”,素有“全国生猪调出大县”之称。", "全国生猪调出大县", ("Designation",)),
        # two activities joined by 与 are an occasion's theme, one name
        ("会上还举办了首届新能源装备制造与发展高峰论坛。", "首届新能源装备制造与发展高峰论坛", ("Event",)),
        ("江城县召开科技创新与合作研讨会。", "科技创新与合作研讨会", ("Event",)),
        # a body naming a count of holders of a title: the title runs to the clause's end
        (
            "省工业和信息化厅确定了3个2024年度河北省中小企业特色产业集群,分别为:甲市乙县钢丝绳产业集群、丙市丁区纺织产业集群。",
            "河北省中小企业特色产业集群",
            ("Designation",),
        ),
        # an industry cluster named by the place it is concentrated in is an area of that place
        (
            "名单分别为:邢台市清河县羊绒产业集群、保定市白沟新城箱包产业集群。",
            "邢台市清河县羊绒产业集群",
            ("Zone",),
        ),
        # what a named firm invests a stated sum in is an undertaking, even named only by its kind
        ("北湖集团投资8亿元的房地产项目正式落户江城新区。", "房地产项目", ("Project",)),
        ("香港恒达地产有限公司投资40亿元的国际会展中心也在推进中。", "国际会展中心", ("Project",)),
        ("新加坡丰泽集团投资1.5亿美元建设工业地产和物流园区。", "工业地产和物流园区", ("Project",)),
        # an industry base named from a place, with firms and projects of its own, is an area
        ("首届博览会在昌图县辽宁汽车零部件产业基地开幕。", "辽宁汽车零部件产业基地", ("Zone",)),
        # a start in other words (动工, 动建): the items of a counted list of works are projects
        (
            "当天,江城物流园、北湖商业综合体、青山研发中心等3个项目正式动建。",
            "北湖商业综合体",
            ("Project",),
        ),
    ],
)
def test_dev23_types(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, triple",
    [
        # the projects (and firms written as items) of a counted list started in other words take part in
        # the ground-breaking and are in the article's county
        (
            "江城县举办招商会。在项目动工仪式上,江城物流园、青山研发中心、北湖电子有限公司等3个项目正式动建。",
            ("青山研发中心", "participatesIn", "项目动工仪式"),
        ),
        (
            "江城县举办招商会。在项目动工仪式上,江城物流园、青山研发中心、北湖电子有限公司等3个项目正式动建。",
            ("北湖电子有限公司", "participatesIn", "项目动工仪式"),
        ),
        (
            "江城县举办招商会。在项目动工仪式上,江城物流园、青山研发中心、北湖电子有限公司等3个项目正式动建。",
            ("江城物流园", "locatedIn", "江城县"),
        ),
        # 该县 speaks of the county the article named: the county is the article's home, and its started
        # projects are there although a township of it (上街, also 郑州's 上街区) opens one project's name
        (
            "福州闽侯县16日举行招商会。当天,该县上街根艺产业园、南屿智能装备基地等2个项目集中开工。",
            ("上街根艺产业园", "locatedIn", "闽侯县"),
        ),
        # the place a title is known by: 素有“X”美誉的…Y / Y素有“X”之称
        ("素有“中国樱桃之乡”美誉的著名果乡江城县今年樱桃丰收。", ("江城县", "designatedAs", "中国樱桃之乡")),
        ("北湖镇享有“中国渔具之都”的美称。", ("北湖镇", "designatedAs", "中国渔具之都")),
        # a zone named by the bare level word of the article's county is that county's zone
        (
            "江城县县长王明来到北湖镇调研。他表示,县经济开发区今年引进项目12个。",
            ("江城哈尼族彝族自治县经济开发区", "locatedIn", "江城县"),
        ),
        # 其中,A项目…: a project a start report details after counting the projects started takes part in the
        # start; the next sentences of the paragraph opening with another project go on with the details
        (
            "10月8日,江城县重点项目集中开工仪式举行,20个项目集中开工。\n其中,北湖纸业搬迁项目总投资2亿元。青山食品加工项目总投资5000万元。",
            ("青山食品加工项目", "participatesIn", "江城县重点项目集中开工仪式"),
        ),
        (
            "10月8日,江城县重点项目集中开工仪式举行,20个项目集中开工。\n其中,北湖纸业搬迁项目总投资2亿元。青山食品加工项目总投资5000万元。",
            ("北湖纸业搬迁项目", "participatesIn", "江城县重点项目集中开工仪式"),
        ),
        # the prefecture's committee written with the prefecture's full name (X地区地委) keeps that name
        ("和田地区地委书记王强到于田县调研。", ("王强", "worksFor", "和田地区地委")),
        # a deputy's post listed right after the holder of the post it deputises is in the same body
        ("和田地区地委书记王强、副书记李明出席会议。", ("李明", "worksFor", "和田地区地委")),
        ("江城县发改局局长王强、副局长李明参加调研。", ("李明", "worksFor", "江城县发改局")),
        ("于田县委书记王强、副书记李明出席会议。", ("李明", "worksFor", "于田县委")),
        # the clusters a list of a title's holders names hold the title; the body naming them awards it
        (
            "河北省工业和信息化厅确定了2个河北省中小企业特色产业集群,分别为:邢台市清河县羊绒产业集群、保定市白沟新城箱包产业集群。",
            ("保定市白沟新城箱包产业集群", "designatedAs", "河北省中小企业特色产业集群"),
        ),
        (
            "河北省工业和信息化厅确定了2个河北省中小企业特色产业集群,分别为:邢台市清河县羊绒产业集群、保定市白沟新城箱包产业集群。",
            ("河北省工业和信息化厅", "awards", "河北省中小企业特色产业集群"),
        ),
        # the firm invests in it, with the sum
        ("北湖集团投资8亿元的房地产项目正式落户江城新区。", ("北湖集团", "investsIn", "房地产项目")),
        ("北湖集团投资8亿元的房地产项目正式落户江城新区。", ("房地产项目", "locatedIn", "江城新区")),
        # a project settling in 该区/本县 and a named zone: the zone
        ("青松食品公司落户本县北湖工业园区。", ("青松食品公司", "locatedIn", "北湖工业园区")),
        # the fair opened in the base is there, and the base is in the county
        (
            "首届博览会在昌图县辽宁汽车零部件产业基地开幕。",
            ("首届博览会", "locatedIn", "辽宁汽车零部件产业基地"),
        ),
        # the dotted name's post gives its body
        (
            "江城县县长阿不都.热合曼,副县长王明参加调研。县政府高度重视。",
            ("阿不都.热合曼", "worksFor", "县政府"),
        ),
    ],
)
def test_dev23_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)


def test_dev23_place_chain_no_signer() -> None:
    # a city written right before its county only locates the county: it signs nothing at the fair
    rels = _relations("福州闽侯县举办橄榄节招商会 61个项目签约落户")
    assert ("福州", "participatesIn", "橄榄节招商会") not in rels
    assert ("福州市", "participatesIn", "橄榄节招商会") not in rels


def test_dev23_other_post_not_shared() -> None:
    # a post that is not the deputy of the one before (县长 after 县委书记) is not put in that body
    rels = _relations("于田县委书记王强、县长李明出席会议。")
    assert ("李明", "worksFor", "于田县委") not in rels


def test_dev23_group_and_its_unit_apart() -> None:
    # a group and the unit named after it (the group's company in a city) are two firms, not one short name
    rels = _relations("远航集团南湖公司总经理张伟介绍,远航集团在南湖投资建厂。")
    names = _names("远航集团南湖公司总经理张伟介绍,远航集团在南湖投资建厂。")
    assert names.get("远航集团") == "Company" and names.get("远航集团南湖公司") == "Company"
    assert ("张伟", "worksFor", "远航集团南湖公司") in rels
    assert ("张伟", "worksFor", "远航集团") not in rels


def test_dev23_group_with_legal_tail_is_itself() -> None:
    # X集团有限公司 is the group itself: its short name X集团 still merges with it
    from cases import relations_of

    rels = relations_of("北辰集团有限公司董事长刘强表示,北辰集团将扩大投资。")
    assert ("刘强", "worksFor", "北辰集团") in rels


@pytest.mark.parametrize(
    "text, year",
    [
        # the year an occasion is named with outweighs a year the article only looks ahead to
        (
            "10月8日,江城县2022年第四季度重点项目集中开工仪式举行。其中,北湖项目将于2023年6月建成投产。",
            2022,
        ),
        ("3月5日,2021北湖投资洽谈会开幕。签约项目预计2022年底前全部开工。", 2021),
        # a count before an occasion's head is no year (2000余人参加大会)
        ("会上2000余人参加大会。", None),
    ],
)
def test_dev23_article_year(text: str, year: int) -> None:
    from kg.ingest import article_year

    assert article_year(text) == year
