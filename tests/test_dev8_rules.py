"""Rules added from the eighth development set (tests/dev8): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a project name coordinating modifiers with 、: one project from its first item
        (
            "投资2亿元的南湖公园步道美化、亮化改造项目正式开工。",
            "南湖公园步道美化、亮化改造项目",
            ("Project",),
        ),
        (
            "签约年产3万吨己二酸、γ-戊内酯系列产品项目。",
            "年产3万吨己二酸、γ-戊内酯系列产品项目",
            ("Project",),
        ),
        # a quoted word with 制度 or 服务 right after it names a scheme
        ("江城市全面推行“园区管家”制度。", "“园区管家”制度", ("Programme",)),
        ("该县大力推行“跑腿员”服务。", "“跑腿员”服务", ("Programme",)),
        # two kinds of goods joined by 及 open a fair's name
        ("企业参加2021江城国际五金及工具博览会。", "2021江城国际五金及工具博览会", ("Event",)),
        # a local committee's plenums, coordinated, are two events, the committee named in their labels
        ("全会贯彻落实县委九届五次、六次全会精神。", "县委九届五次全会", ("Event",)),
        ("全会贯彻落实县委九届五次、六次全会精神。", "县委九届六次全会", ("Event",)),
        # after a place, 地/为 and one character open the firm's own name
        ("由湖南长沙市地源热能科技有限公司投资建设。", "湖南长沙市地源热能科技有限公司", ("Company",)),
        ("分别与北京为信投资集团有限公司签约。", "北京为信投资集团有限公司", ("Company",)),
        # an investor named after the project says which project
        (
            "其中江畔花园大厦建设项目由江城新宇置业有限公司投资2亿元建设。",
            "江畔花园大厦建设项目",
            ("Project",),
        ),
        # national media by their bare names
        ("新华社、中央人民广播电台等媒体记者到场采访。", "新华社", ("Institution",)),
        ("新华社、中央人民广播电台等媒体记者到场采访。", "中央人民广播电台", ("Institution",)),
        # after a locative verb, a short core with a town head is a town
        ("该项目位于石桥镇驻地,占地80亩。", "石桥镇", ("Town",)),
    ],
)
def test_dev8_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name, not_types",
    [
        # one word before 、 is a name of its own: two brands, two projects
        ("签约宝马、奔驰项目。", "宝马、奔驰项目", ("Project",)),
        # doing something to projects is no project
        ("全县上下凝心聚力、攻坚克难抓项目。", "凝心聚力、攻坚克难抓项目", ("Project",)),
        # a manner of service is no scheme
        ("为企业提供“保姆式”服务。", "“保姆式”服务", ("Programme",)),
        # an organiser before 及 is no field of the fair
        ("市政府及企业推介会在江城举行。", "市政府及企业推介会", ("Event",)),
        # 实事求是 holds no journal's name
        ("按照实事求是的原则登记。", "求是", ("Institution",)),
        # a clause after a place is no firm's name
        ("他在上海为企业服务公司讲课。", "上海为企业服务公司", ("Company",)),
    ],
)
def test_dev8_non_names(text, name, not_types):
    assert _names(text).get(name) not in not_types


@pytest.mark.parametrize(
    "text, triple",
    [
        # 由<company>投资的<project>: the investor of the project named after it
        (
            "这些项目分别是:由江城星海食品有限公司投资的速冻水饺生产项目、由江城东方纸业有限公司投资的"
            "年产5万吨包装纸项目。",
            ("江城星海食品有限公司", "investsIn", "速冻水饺生产项目"),
        ),
        # a town bracketed after a project is its place, more specific than the county in its name
        (
            "江城县年产10万吨饲料项目(石桥镇)、江城县蔬菜冷链物流项目(北湖镇)在主会场签约。",
            ("江城县蔬菜冷链物流项目", "locatedIn", "北湖镇"),
        ),
    ],
)
def test_dev8_relations(text, triple):
    assert triple in _relations(text)


def test_firms_of_one_place_keep_their_own_short_names():
    # a place is no firm's short name: two firms of 桂林市 stay two firms
    names = _names("由广西桂林市新丰食品有限公司和广西桂林市长青建材有限公司投资。桂林市举行开工仪式。")
    assert names.get("桂林市") != "Company"


def test_directives_carried_out_are_not_the_actor():
    rels = _relations("为确保项目顺利推进,江城县将贯彻落实市委、市政府决策部署,大力推行“跑腿员”服务。")
    assert not any(p == "implements" and s in ("市委", "市政府") for s, p, _ in rels), rels
