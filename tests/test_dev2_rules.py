"""Rules added from the second development set (tests/dev2): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations

from kg.gazetteer import load


@pytest.mark.parametrize(
    "written, official",
    [
        ("双江县", "双江拉祜族佤族布朗族傣族自治县"),
        ("大理州", "大理白族自治州"),
        ("长阳县", "长阳土家族自治县"),
        ("恩施州", "恩施土家族苗族自治州"),
    ],
)
def test_autonomous_units_by_stem_and_plain_level_word(written, official):
    gaz = load()
    assert official in {gaz.by_code[c].name for c in gaz.full[written]}


@pytest.mark.parametrize(
    "text, name, type_",
    [
        # autonomous counties and prefectures as papers write them
        ("今年寻甸县、孟连县入选示范县名单。", "寻甸回族彝族自治县", "District"),
        ("楚雄州举行招商推介会。", "楚雄彝族自治州", "City"),
        # a quoted campaign named by what it cleans up or builds
        ("全县深入推进“厕所革命”和“三堆两垛”清理整治。", "“三堆两垛”清理整治", "Programme"),
        ("全区扎实做好“五好”园区创建。", "“五好”园区创建", "Programme"),
        # the items that illustrate a count of projects are projects, head or not
        (
            "基础设施项目12项,总投资30亿元,主要包括清河大桥、南山水库工程、城东污水处理厂等。",
            "清河大桥",
            "Project",
        ),
        (
            "基础设施项目12项,总投资30亿元,主要包括清河大桥、南山水库工程、城东污水处理厂等。",
            "城东污水处理厂",
            "Project",
        ),
        # a firm's generic works are named with the firm
        ("主要有东林华美陶瓷有限公司技改项目等。", "东林华美陶瓷有限公司技改项目", "Project"),
        ("主要有东林华美陶瓷有限公司二期扩建项目等。", "东林华美陶瓷有限公司二期扩建项目", "Project"),
        # an occasion taken up by 贯彻落实…精神 starts after the verbs
        ("该镇将认真贯彻落实全县招商工作座谈会精神。", "全县招商工作座谈会", "Event"),
        # a committee's members listed after 组成人员 / 班子成员
        ("市委常委会组成人员王立新、赵晓光、孙海波等参加。", "赵晓光", "Person"),
        ("县委领导班子成员李春明、周建华出席会议。", "周建华", "Person"),
    ],
)
def test_names_case_table(text, name, type_):
    found = _names(text)
    assert {"Official": "Person"}.get(found.get(name, ""), found.get(name)) == type_, (name, found)


@pytest.mark.parametrize(
    "text, absent",
    [
        # 桃园区 (a district elsewhere) is the tail of 猕猴桃 and 园区 here
        ("县长在猕猴桃园区调研项目建设。", "桃园区"),
        # 杏园区 likewise inside 银杏园区
        ("他们来到银杏园区查看长势。", "杏园区"),
        # 在 glued to a name (健在) does not join a speaker to the bare occasion
        ("县委书记王立健在仪式上致辞。", "王立健在仪式"),
        ("县委书记王立健在仪式上致辞。", "县委书记王立健在仪式"),
    ],
)
def test_a_full_name_inside_another_word_is_no_place(text, absent):
    assert absent not in _names(text)


@pytest.mark.parametrize(
    "text, facts, absent",
    [
        # attendees are at the meeting held, not at the one whose 精神 is relayed
        (
            "5月6日,衡阳市委书记刘明主持召开中共衡阳市委常委会会议,传达学习党的二十届三中全会和省委相关会议精神。"
            "市委常委会组成人员王立新、赵晓光等参加。",
            [("赵晓光", "participatesIn", "中共衡阳市委常委会会议")],
            [("赵晓光", "participatesIn", "党的二十届三中全会")],
        ),
        # what the meeting directs is implemented by the body that held it
        (
            "5月6日,衡阳市委书记刘明主持召开中共衡阳市委常委会会议。"
            "会议要求,要继续开展“企业服务月”活动,持续优化营商环境。要扎实推进乡村振兴战略。",
            [
                ("中共衡阳市委", "implements", "“企业服务月”活动"),
                ("中共衡阳市委", "implements", "乡村振兴战略"),
            ],
            [],
        ),
        # outside the meeting's directions, no body is given the programme
        (
            "5月6日,衡阳市委书记刘明主持召开中共衡阳市委常委会会议。群众积极参与乡村振兴战略。",
            [],
            [("中共衡阳市委", "implements", "乡村振兴战略")],
        ),
    ],
)
def test_meeting_relations_case_table(text, facts, absent):
    found = _relations(text)
    for fact in facts:
        assert fact in found, (fact, sorted(found))
    for fact in absent:
        assert fact not in found, (fact, sorted(found))
