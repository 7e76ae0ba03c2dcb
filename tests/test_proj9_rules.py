"""Project and programme boundaries written from the FIRST runs of dev16–dev25 (branch proj9): the causes of
first-run misses and wrong names that today's code still got wrong on new sentences. Case tables of invented
sentences (none copied from an annotated article); each states the general pattern it checks, with sentences
where the pattern must not fire."""

from __future__ import annotations

import pytest
from cases import names_of as _names


def _projects(text: str) -> set[str]:
    return {n for n, t in _names(text).items() if t == "Project"}


def _programmes(text: str) -> set[str]:
    return {n for n, t in _names(text).items() if t == "Programme"}


# --- a township or village opening a works' name ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # a town's own built works named by their kind are one undertaking, as a county's are
        ("本报讯 河西镇污水管网改造项目已开工建设。", {"河西镇污水管网改造项目"}, set()),
        ("本报讯 据悉,桃源村道路硬化工程已完工。", {"桃源村道路硬化工程"}, set()),
        # a township's infrastructure is one body of works (a county's is a class of projects)
        ("本报讯 会议调度了河西镇基础设施建设项目进展。", {"河西镇基础设施建设项目"}, set()),
        ("本报讯 石桥镇基础设施建设项目建成后将带动果品产业发展。", {"石桥镇基础设施建设项目"}, set()),
        ("本报讯 东山县基础设施建设项目建成后将带动果品产业发展。", set(), {"东山县基础设施建设项目"}),
        # a class or a count of a town's projects names none
        ("本报讯 河西镇重点项目建设进展顺利。", set(), {"河西镇重点项目"}),
        ("本报讯 河西镇招商引资项目达到12个。", set(), {"河西镇招商引资项目"}),
        ("本报讯 河西镇加快基础设施建设项目进度。", set(), {"河西镇加快基础设施建设项目"}),
    ],
)
def test_town_works(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- the opening of a list of projects ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # 项目有 / 项目主要有 / 工程包括: the list clause's subject and verb are no part of its first item
        (
            "本报讯 提前竣工的项目有朔州古城保护开发项目、红旗水库除险加固工程。",
            {"朔州古城保护开发项目", "红旗水库除险加固工程"},
            {"项目有朔州古城保护开发项目"},
        ),
        (
            "本报讯 今年竣工的工程主要有清河古镇保护开发项目、白马水库除险加固工程。",
            {"清河古镇保护开发项目", "白马水库除险加固工程"},
            {"工程主要有清河古镇保护开发项目"},
        ),
        (
            "本报讯 今年的重点工程包括临河大桥改建工程、红旗水库除险加固工程。",
            {"临河大桥改建工程", "红旗水库除险加固工程"},
            set(),
        ),
    ],
)
def test_list_opening(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- items of a start's or a signing's list --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # A园和B中心: a first part with no project's head joined by 和 is one item (one undertaking)
        (
            "本报讯 当天集中开工建设的项目为东岭智能制造产业园和物流配送中心、宏达新型建材产业园,总投资5亿元。",
            {"东岭智能制造产业园和物流配送中心", "宏达新型建材产业园"},
            set(),
        ),
        # …but a second part that opens with a name of its own is a second project
        (
            "本报讯 开工的项目为东岭物流园和西山光伏电站,总投资5亿元。",
            {"东岭物流园", "西山光伏电站"},
            {"东岭物流园和西山光伏电站"},
        ),
        # and A项目和B项目: each has its own head
        (
            "本报讯 当天集中开工的项目为东岭物流园项目和西山光伏电站项目,总投资5亿元。",
            {"东岭物流园项目", "西山光伏电站项目"},
            {"东岭物流园项目和西山光伏电站项目"},
        ),
        # the list written without 的 (签约项目包括, 开工项目主要有); a college, a quoted project's name
        (
            "本报讯 签约项目包括云梦剧场学院、明日乐园、“村村有未来”共富项目等合作项目。",
            {"云梦剧场学院", "明日乐园", "“村村有未来”共富项目"},
            set(),
        ),
        ("本报讯 开工项目主要有东岭物流园、西山光伏电站。", {"东岭物流园", "西山光伏电站"}, set()),
        # (firms taking part are no projects; 建设项目 with no 的 is a class of projects)
        ("本报讯 签约项目有宏达集团、东方公司等企业参与。", set(), {"宏达集团", "东方公司"}),
        ("本报讯 建设项目包括东岭物流园、西山光伏电站。", set(), {"东岭物流园"}),
    ],
)
def test_start_list_items(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)
