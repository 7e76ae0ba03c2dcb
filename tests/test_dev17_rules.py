"""Rules added from the seventeenth development set (tests/dev17): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a county-level city's short form that is an everyday verb (合作 of 合作市) votes for no home place:
        # 市委 stays the committee of the city the article names
        (
            "5月6日,市委书记李明会见客商。李明说,鞍山与各方合作前景广阔,双方将深化合作、扩大合作。",
            "中共鞍山市委",
            ("GovernmentBody",),
        ),
        # credit lines with a colon: 记者:某某, 作者:某某
        ("鞍山召开会议。\n记者:王小明\n", "王小明", ("Person", "Official")),
        ("鞍山召开会议。\n来源:鞍山市委宣传部\n作者:李小红\n", "李小红", ("Person", "Official")),
        # a people's organisation after a bare level word is the home place's branch
        ("鞍山市召开会议。市工商联主席王明出席,市妇联主席李红讲话。", "鞍山市工商联", ("Institution",)),
        ("鞍山市召开会议。市工商联主席王明出席,市妇联主席李红讲话。", "鞍山市妇联", ("Institution",)),
        # the committee's Taiwan affairs office
        ("鞍山市委台办主任张华陪同走访。", "中共鞍山市委台办", ("GovernmentBody",)),
        # a department of the committee named in full after a post in it
        ("鞍山市委常委、宣传部部长王强出席。", "中共鞍山市委宣传部", ("GovernmentBody",)),
        # a named branch of an association
        (
            "中国机械工业协会铸造分会会长李强表示,将组织企业对接。",
            "中国机械工业协会铸造分会",
            ("Institution",),
        ),
        # source lines and a closing bracketed paper: the medium the article comes from
        ("江城召开会议。\n2023年5月6日 来源:江城经济报\n", "江城经济报", ("Institution",)),
        ("鞍山召开会议。\n来源：人民网-山东频道\n", "人民网-山东频道", ("Institution",)),
        ("鞍山召开会议,签约项目12个。(江城商报)\n", "江城商报", ("Institution",)),
    ],
)
def test_dev17_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "5月6日,市委书记李明会见客商。李明说,鞍山与各方合作前景广阔,双方将深化合作、扩大合作。",
            "中共合作市委",
        ),
        ("中国机械工业协会铸造分会会长李强表示,将组织企业对接。", "中国机械工业协会"),
        # a region inside a site's channel name is no place of the article
        ("鞍山召开会议。\n来源：人民网-山东频道\n", "山东省"),
        # the committee's commissions in a roster stay posts (as the development sets' gold reads them)
        ("临江县委副书记、政法委书记王强出席。", "中共临江县委政法委"),
    ],
)
def test_dev17_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


def test_dev17_source_body_is_no_medium() -> None:
    # a source that is no medium (a party department) is left to the body rules
    names = _names("鞍山召开会议。\n来源:鞍山市委宣传部\n")
    assert not [n for n, t in names.items() if t == "Institution"]
    assert names.get("中共鞍山市委宣传部") == "GovernmentBody"


@pytest.mark.parametrize(
    "text, triple",
    [
        ("鞍山市召开会议。市妇联主席李红讲话。", ("李红", "worksFor", "鞍山市妇联")),
        ("鞍山市召开会议。市妇联主席李红讲话。", ("鞍山市妇联", "locatedIn", "鞍山市")),
        ("鞍山市委常委、宣传部部长王强出席。", ("王强", "worksFor", "中共鞍山市委宣传部")),
        ("鞍山市委常委、宣传部部长王强出席。", ("中共鞍山市委宣传部", "partOf", "中共鞍山市委")),
        ("鞍山市委台办主任张华陪同走访。", ("张华", "worksFor", "中共鞍山市委台办")),
        # a guest who came to a place to attend a gathering takes part in it; the gathering is held there
        (
            "6月2日,鞍山市市长王明会见来我市出席国际汽车产业论坛的中国汽车工业协会会长李强一行。",
            ("李强", "participatesIn", "国际汽车产业论坛"),
        ),
        (
            "6月2日,鞍山市市长王明会见来我市出席国际汽车产业论坛的中国汽车工业协会会长李强一行。",
            ("国际汽车产业论坛", "locatedIn", "鞍山市"),
        ),
        # a byline that names its medium after 来源: the reporter works for it
        (
            "江城召开会议\n记者 王小明 江城报道 来源:江城经济报\n江城举行签约仪式。",
            ("王小明", "worksFor", "江城经济报"),
        ),
    ],
)
def test_dev17_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a bare area word opening a firm's name, a place right after it: "the park's", not the name
        (
            "园区江苏恒达科技有限公司、浙江宏远机械有限公司等2家企业入选。",
            "江苏恒达科技有限公司",
            ("Company",),
        ),
        # a title's review as a task, its steps listed, a batch and a place before the quoted word
        (
            "江苏省工业和信息化厅组织开展了第二批江苏省专精特新“小巨人”企业申报、审查和评审工作。",
            "江苏省专精特新“小巨人”企业",
            ("Designation",),
        ),
        # 符合 (and 属于, 或, 应) end no name: the strategy starts after them
        ("企业的产品应符合制造强国战略明确的重点领域。", "制造强国战略", ("Programme",)),
        # a quote that ends in two programme heads (三年行动 and 计划) is a programme's whole name
        (
            "今年,江城区持续实施推动开放型经济发展等五项“三年行动计划”和开展服务提效等年度行动。",
            "三年行动计划",
            ("Programme",),
        ),
    ],
)
def test_dev17_names_2(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        ("园区江苏恒达科技有限公司、浙江宏远机械有限公司等2家企业入选。", "园区江苏恒达科技有限公司"),
        ("企业的产品应符合制造强国战略明确的重点领域。", "产品应符合制造强国战略"),
        # ballast and landmark projects are classes of projects, no name
        ("截至9月底,一批压舱石项目取得实质性进展。", "压舱石项目"),
        ("年内一批标志性项目将陆续开工。", "标志性项目"),
        # a quoted list of slogans after 通过 is a means, no title
        ("通过“强链、补链、延链”,推进产业结构持续优化。", "强链、补链、延链"),
        ("通过“强链、补链、延链”,推进产业结构持续优化。", "“强链、补链、延链”"),
        # one quoted word of a pair that a later head names is no aim of its own
        ("江城区主动融入“江城”“滨城”双城发展格局。", "江城"),
    ],
)
def test_dev17_not_names_2(text: str, name: str) -> None:
    assert name not in _names(text)


_LIST_TITLE = (
    "园区3家企业入选江苏省第二批专精特新“小巨人”企业名单\n\n"
    "江苏省工业和信息化厅组织开展了第二批江苏省专精特新“小巨人”企业申报、审查和评审工作,并于9月1日公布了入选名单。"
    "园区江苏恒达科技有限公司、浙江宏远机械有限公司等2家企业入选。"
)
_SIGNING = (
    "江宁区举行2024年招商引资项目集中签约仪式\n\n"
    "日前,南京市江宁区招商引资项目集中签约活动暨招商顾问聘任仪式举行。区长李明出席并讲话,副区长王强主持签约仪式。"
)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a list of holders that 入选 with no title in its sentence entered the title named last
        (_LIST_TITLE, ("浙江宏远机械有限公司", "designatedAs", "江苏省专精特新“小巨人”企业")),
        # the batch is no part of a title: the headline's and the body's forms are one title
        (_LIST_TITLE, ("浙江宏远机械有限公司", "designatedAs", "江苏省第二批专精特新“小巨人”企业")),
        (_LIST_TITLE, ("江苏省工业和信息化厅", "awards", "江苏省专精特新“小巨人”企业")),
        # one act's occasion named in the headline (a year) and in the lead (places, 活动 … 暨 …) is one
        (_SIGNING, ("李明", "participatesIn", "2024年招商引资项目集中签约仪式")),
        (_SIGNING, ("李明", "participatesIn", "南京市江宁区招商引资项目集中签约活动暨招商顾问聘任仪式")),
    ],
)
def test_dev17_relations_2(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)


def test_dev17_two_places_occasions_stay_apart() -> None:
    # the province's and the city's occasion of one name are two occasions
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    text = (
        "3月17日,江苏省2025年一季度重点项目集中开工动员大会举行。当天,"
        "南京市2025年一季度重点项目集中开工动员大会暨江宁智能装备产业园项目开工活动举行。"
    )
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    assert len([e for e in entities if e.type == "Event"]) >= 2


_START = (
    "9月28日,江城市秋季重点项目集中开工仪式在东山区北湖经济开发区博纳智能装备项目现场举行。"
    "仪式上,东山区、西城经济开发区和江城宏达能源有限公司进行表态发言。"
)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a project named after its zone (and district) whose own words are a proper name stands without them
        (_START, ("博纳智能装备项目", "participatesIn", "江城市秋季重点项目集中开工仪式")),
        # a start held on a project's site starts that project
        (
            _START,
            ("东山区北湖经济开发区博纳智能装备项目", "participatesIn", "江城市秋季重点项目集中开工仪式"),
        ),
        # the units that make pledge speeches at the occasion take part in it
        (_START, ("东山区", "participatesIn", "江城市秋季重点项目集中开工仪式")),
        (_START, ("江城宏达能源有限公司", "participatesIn", "江城市秋季重点项目集中开工仪式")),
        # a walk into a zone that opens on a firm's workshop finds the firm in the zone
        (
            "走进江城经济开发区,江城华康制药有限公司的生产车间内机器轰鸣。",
            ("江城华康制药有限公司", "locatedIn", "江城经济开发区"),
        ),
    ],
)
def test_dev17_relations_3(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)


def test_dev17_generic_project_keeps_its_zone() -> None:
    # a zone's project whose own words are common ones (基础设施) is named with the zone: no alias without it
    assert "基础设施项目" not in _names("北湖经济开发区基础设施项目今年开工建设。")


def test_dev17_joined_works_keep_their_name() -> None:
    # a zone's name joined by 暨 to another works names one project: no alias from the words after 暨
    assert "暨北方物流枢纽基地项目" not in _names("江城国际陆港暨北方物流枢纽基地项目加快建设。")


def test_dev17_reported_by_bracket() -> None:
    # (据X报) closing a paragraph names the paper, without 据
    assert _names("江城召开会议,签约项目12个。(据江城商报)\n").get("江城商报") == "Institution"
