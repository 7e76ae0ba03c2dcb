"""Rules added from the twenty-ninth development set (tests/dev29): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # a credit whose role word is followed by a slash (记者/某某 通讯员/某某), as county news sites write it
        ("青山县今年签约项目8个。\n\n编辑:小明 作者:记者/王海涛 通讯员/李春燕\n", "王海涛", "Person"),
        ("青山县今年签约项目8个。\n\n编辑:小明 作者:记者/王海涛 通讯员/李春燕\n", "李春燕", "Person"),
        ("青山县新开工项目12个。(记者/赵明远 通讯员/孙立)", "赵明远", "Person"),
        # 包括A、B、C在内等N家企业: 在内 closes the span 包括 opened, the last firm's name stops before it
        ("包括北湖能源集团、青山建工集团、华锐科技在内等共20家企业参加签约。", "华锐科技", "Company"),
        ("包括北湖能源集团、青山建工集团、华锐科技在内的12家企业参加签约。", "华锐科技", "Company"),
        # a site named after a government (X政府网) on a source line (信息来源:, 稿源:) is the medium
        (
            "青山区调研重点项目\n\n信息来源:临江政府网 日期:2025-03-02\n\n3月1日,市领导到青山区调研。\n",
            "临江政府网",
            "Institution",
        ),
        (
            "青山区春季项目开工\n\n稿源: 青山区政府网 2024-04-02\n\n4月1日,青山区举行开工仪式。\n",
            "青山区政府网",
            "Institution",
        ),
    ],
)
def test_dev29_names(text: str, name: str, typ: str) -> None:
    assert _names(text).get(name) == typ


@pytest.mark.parametrize(
    "text, name",
    [
        ("包括北湖能源集团、青山建工集团、华锐科技在内等共20家企业参加签约。", "华锐科技在内"),
        ("包括北湖能源集团、青山建工集团、华锐科技在内的12家企业参加签约。", "华锐科技在内的"),
        # a count of roads before 园区 (9条园区道路) is no zone's name
        ("项目拟建设9条园区道路、2个污水处理厂和标准化厂房。", "9条园区"),
        ("今年新修3条园区主干道,完善配套设施。", "3条园区"),
        # a government's website (X政府网) is no government body
        (
            "青山区调研重点项目\n\n信息来源:临江政府网 日期:2025-03-02\n\n3月1日,市领导到青山区调研。\n",
            "临江市人民政府",
        ),
    ],
)
def test_dev29_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    "text, rel, absent",
    [
        # 位于Z的A公司B项目: the project stands in Z; the firm right before it only names its owner
        (
            "位于北湖经开区的江城恒业新材料科技有限公司年产5万吨水晶制品建设项目正在推进。",
            ("年产5万吨水晶制品建设项目", "locatedIn", "北湖经开区"),
            ("江城恒业新材料科技有限公司", "locatedIn", "北湖经开区"),
        ),
        (
            "位于青山工业园的华锐新能源有限公司年产2万套储能设备项目已经投产。",
            ("年产2万套储能设备项目", "locatedIn", "青山工业园"),
            ("华锐新能源有限公司", "locatedIn", "青山工业园"),
        ),
    ],
)
def test_dev29_located_project(text: str, rel: tuple[str, str, str], absent: tuple[str, str, str]) -> None:
    rels = _relations(text)
    assert rel in rels
    assert absent not in rels


def test_dev29_firm_alone_still_located() -> None:
    # without a project after it, the firm itself is what stands there
    rels = _relations("位于北湖经开区的江城恒业新材料科技有限公司主要生产水晶制品。")
    assert ("江城恒业新材料科技有限公司", "locatedIn", "北湖经开区") in rels


@pytest.mark.parametrize(
    "text, name, present",
    [
        # 把X列为“Y”: a task ranked by its actor (项目建设, 招商引资), no title conferred on anyone
        ("青山区坚持把项目建设列为“第一赛道”,全力推进重点工程。", "第一赛道", False),
        ("全县把营商环境优化列为“头号任务”来抓。", "头号任务", False),
        # a body or place between 把 and the verb is given the title: it stands
        ("省农业农村厅把北湖村列为省级美丽乡村示范村。", "省级美丽乡村示范村", True),
        ("北湖村被列为省级美丽乡村示范村。", "省级美丽乡村示范村", True),
    ],
)
def test_dev29_ranked_task(text: str, name: str, present: bool) -> None:
    assert (name in _names(text)) is present


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # a quoted activity someone holds (举办的, 举行的) and others act at (…活动上) is an occasion
        (
            "在北方省政府举办的全省园区第一期签约一批、开工一批“两个一批”活动上,中建公司与青山县政府签署协议。",
            "全省园区第一期签约一批、开工一批“两个一批”活动",
            "Event",
        ),
        ("在市政府举办的2023年“招商引资月”活动上,12个项目集中签约。", "2023年“招商引资月”活动", "Event"),
        # named again later, it is the same occasion
        (
            "在省政府举办的“百企兴百村”活动上签约。这次“百企兴百村”活动共签约项目30个。",
            "“百企兴百村”活动",
            "Event",
        ),
        # a quoted activity carried out (开展) is still a campaign
        ("全市深入开展“招商引资月”活动,成效明显。", "“招商引资月”活动", "Programme"),
    ],
)
def test_dev29_held_activity(text: str, name: str, typ: str) -> None:
    assert _names(text).get(name) == typ


@pytest.mark.parametrize(
    "text, name, present",
    [
        # 其中A、B、C3个项目…: 其中 opens a share of the projects spoken of before; counted after the last item
        ("其中北湖智能装备产业基地、青山冷链物流中心2个项目投资超过10亿元。", "北湖智能装备产业基地", True),
        ("其中北湖智能装备产业基地、青山冷链物流中心2个项目投资超过10亿元。", "青山冷链物流中心", True),
        # a list of sectors is still no list of projects
        ("其中装备制造、现代农业2个项目投资超过10亿元。", "装备制造", False),
    ],
)
def test_dev29_share_of_projects(text: str, name: str, present: bool) -> None:
    assert (_names(text).get(name) == "Project") is present


@pytest.mark.parametrize(
    "text, short, full",
    [
        # a bare kind of gathering written after a longer name holding its characters in order is that gathering
        (
            "签约活动后,青山区随即举办企业家座谈交流会。座谈会现场,北湖车灯有限公司总经理李华表示感谢。",
            "座谈会",
            "企业家座谈交流会",
        ),
        (
            "北湖县举办文旅产业推介交流会。推介会上,八个项目现场签约。",
            "推介会",
            "文旅产业推介交流会",
        ),
    ],
)
def test_dev29_bare_kind_refers_back(text: str, short: str, full: str) -> None:
    from kg.extract import extract
    from kg.ingest import make_document

    ctx = extract(make_document(text, "case.txt"))
    assert any(m.surface == short and m.name == full for m in ctx.mentions if m.type == "Event")


@pytest.mark.parametrize(
    "text, rel, present",
    [
        # 本次签约仪式,A、B…与X签署: the occasion reported, named with a determiner before its signers
        (
            "2月4日,北湖市首批项目集中签约活动举行。本次签约仪式,包括中国铁建投资集团、中电建路桥集团在内等共30家企业与青山区签署了合作协议。",
            ("中电建路桥集团", "participatesIn", "北湖市首批项目集中签约活动"),
            True,
        ),
        (
            "5月8日,青山县招商引资推介会举行。此次活动,华锐科技有限公司与青山县政府签订投资协议。",
            ("华锐科技有限公司", "participatesIn", "青山县招商引资推介会"),
            True,
        ),
    ],
)
def test_dev29_this_event_signers(text: str, rel: tuple[str, str, str], present: bool) -> None:
    assert (rel in _relations(text)) is present


@pytest.mark.parametrize(
    "text, rel, present",
    [
        # a tour to a district (到X调研), then a sentence opened by the site the visitors stand at
        (
            "8月19日,市领导到青山区调研重点项目建设进展情况。在智能制造产业园扩区项目现场,书记察看施工进展。",
            ("智能制造产业园扩区项目", "locatedIn", "青山区"),
            True,
        ),
        (
            "5月6日,县委书记到北湖镇调研。走进冷链物流中心项目现场,他详细了解建设进度。",
            ("冷链物流中心项目", "locatedIn", "北湖镇"),
            True,
        ),
        # without a visit to a place, a site says nothing of where it is
        (
            "在智能制造产业园扩区项目现场,工人们正忙着施工。",
            ("智能制造产业园扩区项目", "locatedIn", "青山区"),
            False,
        ),
    ],
)
def test_dev29_site_on_tour(text: str, rel: tuple[str, str, str], present: bool) -> None:
    assert (rel in _relations(text)) is present


@pytest.mark.parametrize(
    "text, rel",
    [
        # 在活动现场,A和B正式开工: the projects started at the site of the occasion the passage reports
        (
            "4月1日,青山区春季重点项目开工仪式在北湖产业园举行。在活动现场,北湖智能装备产业基地项目和青山新材料产业基地项目正式开工。",
            ("青山新材料产业基地项目", "participatesIn", "青山区春季重点项目开工仪式"),
        ),
        (
            "4月1日,青山区春季重点项目开工仪式在北湖产业园举行。在活动现场,北湖智能装备产业基地项目和配套产业链基地正式开工。",
            ("北湖智能装备产业基地项目", "participatesIn", "青山区春季重点项目开工仪式"),
        ),
    ],
)
def test_dev29_started_at_site(text: str, rel: tuple[str, str, str]) -> None:
    assert rel in _relations(text)
