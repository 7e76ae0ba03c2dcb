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


# --- verbs that end a name: what is done to a named place's thing --------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # a proper name, the thing (a noun), then up to three verbs of works: one project's name
        ("本报讯 临河古城保护开发项目今年开工。", {"临河古城保护开发项目"}, set()),
        ("本报讯 东岭老城开发保护建设项目今年开工。", {"东岭老城开发保护建设项目"}, set()),
        (
            "本报讯 提前竣工2项,为朔州市朔州古城保护开发项目,临汾市红旗水库除险加固工程。",
            {"朔州古城保护开发项目", "红旗水库除险加固工程"},
            set(),
        ),
        # no proper name before the thing, or a clause's verbs: no name
        ("本报讯 市场主体参与建设项目的积极性高涨。", set(), {"市场主体参与建设项目"}),
        ("本报讯 东山县企业积极参与项目建设。", set(), {"东山县企业积极参与项目"}),
        ("本报讯 沈阳产业发展项目今年开工。", set(), {"沈阳产业发展项目"}),
    ],
)
def test_trailing_works_verbs(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- quoted slogans and titles in a run ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # a head inside one of a run of quoted items (calling cards, slogans) names no undertaking
        (
            "本报讯 这标志着东港镇提出的“航运始发地”“零碳试验高地”“海洋医药智造基地”“中国紫菜之乡”四张名片打造进入新阶段。",
            set(),
            {"海洋医药智造基地"},
        ),
        ("本报讯 打造“航运始发地”、“海洋医药智造基地”两张名片。", set(), {"海洋医药智造基地"}),
        # (a quoted project's name on its own, then 项目, is still a project)
        ("本报讯 “东港医药产业基地”项目今年开工。", {"“东港医药产业基地”项目"}, set()),
    ],
)
def test_quoted_runs(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- a dotted name in a list of signed projects ----------------------------------------------------------


def test_dotted_item() -> None:
    found = _projects(
        "本报讯 现场签约了中和集团滨河片区开发项目、星河印象·雅、东岭电子智能传感器制造项目等9个项目。"
    )
    assert {"中和集团滨河片区开发项目", "星河印象·雅", "东岭电子智能传感器制造项目"} <= found


# --- the verb a body organises a drive with ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # 组织 (organise) carries a drive out: it opens no programme's name, after a body or without one
        (
            "本报讯 铁岭市政府组织重点项目集中攻坚行动。",
            {"重点项目集中攻坚行动"},
            {"组织重点项目集中攻坚行动", "铁岭市政府组织重点项目集中攻坚行动"},
        ),
        ("本报讯 市政府在全市组织企业帮扶行动。", {"企业帮扶行动"}, {"组织企业帮扶行动"}),
        ("本报讯 铁岭市政府组织开展重点项目集中攻坚行动。", {"重点项目集中攻坚行动"}, set()),
        # (a plain verb of carrying out after a body was stripped before: still so)
        ("本报讯 铁岭市政府实施乡村振兴战略。", {"乡村振兴战略"}, set()),
    ],
)
def test_organised_drives(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _programmes(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- a firm and its act of building before the project -------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # a firm (legal form or line of business), then 建设/新建/投资建设: the name starts after the verb
        (
            "本报讯 宏达化工有限公司建设年产5万吨树脂项目。",
            {"年产5万吨树脂项目"},
            {"宏达化工有限公司建设年产5万吨树脂项目"},
        ),
        (
            "本报讯 宏达化工投资建设年产5万吨树脂项目。",
            {"年产5万吨树脂项目"},
            {"宏达化工投资建设年产5万吨树脂项目"},
        ),
        # (the firm says which project a kind of works is: 水产品加工项目 stays a name)
        (
            "本报讯 总投资6000万元的东港宏达食品有限公司新建水产品加工项目落户园区。",
            {"水产品加工项目"},
            {"东港宏达食品有限公司新建水产品加工项目"},
        ),
        # a kind of project after the firm's act is no name at all
        ("本报讯 宏达化工有限公司建设重点项目。", set(), {"宏达化工有限公司建设重点项目", "重点项目"}),
        # (a firm right before its project, no verb between: the firm's name stays in the project's)
        ("本报讯 宏达化工有限公司年产5万吨树脂项目开工。", {"宏达化工有限公司年产5万吨树脂项目"}, set()),
    ],
)
def test_firm_builds(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- X生产线建设项目 and X生产线项目 are one project ----------------------------------------------------


@pytest.mark.parametrize(
    "text, label, alias",
    [
        (
            "本报讯 记者在宏达机械有限公司大型锻压曲轴生产线建设项目现场看到,工人正在施工。大型锻压曲轴生产线项目总投资5亿元。",
            "宏达机械有限公司大型锻压曲轴生产线建设项目",
            "大型锻压曲轴生产线项目",
        ),
        (
            "本报讯 东岭牧业生产基地建设项目开工。东岭牧业生产基地项目总投资5亿元。",
            "东岭牧业生产基地建设项目",
            "东岭牧业生产基地项目",
        ),
    ],
)
def test_built_site_one_project(text: str, label: str, alias: str) -> None:
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    projects = [e for e in entities if e.type == "Project"]
    assert len(projects) == 1
    assert projects[0].label == label and alias in projects[0].aliases


# --- routes (X至Y) and the works that go with them; 新建 in an approved works' name ---------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # 至 between two places is a route inside the name; 及相关/及配套 what goes with the works
        (
            "本报讯 国家发展改革委近期批复了新建青岛至大连跨海轮渡及相关线路工程。",
            {"青岛至大连跨海轮渡及相关线路工程", "新建青岛至大连跨海轮渡及相关线路工程"},
            set(),
        ),
        ("本报讯 沈阳至大连高速公路改扩建工程开工。", {"沈阳至大连高速公路改扩建工程"}, set()),
        (
            "本报讯 国家发展改革委近期批复多个项目,包括东岭新机场、新建青岛至大连跨海轮渡及相关线路工程等交通设施。",
            {"东岭新机场", "青岛至大连跨海轮渡及相关线路工程"},
            set(),
        ),
        # (至 in a clause is no route: 至今)
        ("本报讯 项目建设至今进展顺利。", set(), {"项目建设至今进展顺利"}),
        # a firm's 新建 is its act only: no form of the name keeps it
        ("本报讯 宏达公司新建年产5万吨饲料项目。", {"年产5万吨饲料项目"}, {"新建年产5万吨饲料项目"}),
    ],
)
def test_routes_and_new_works(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- a plan something is selected into or listed in --------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # 入选/列入/纳入 X计划: a named programme, even when it lists projects
        (
            "本报讯 宏达化工纳米材料等10个项目入选省技术创新重点项目计划。",
            {"省技术创新重点项目计划"},
            set(),
        ),
        ("本报讯 该项目已列入国家火炬计划。", {"国家火炬计划"}, set()),
        # a period's or a kind of projects' plan is none
        ("本报讯 该项目已列入年度计划。", set(), {"年度计划"}),
        ("本报讯 该项目已纳入全市重点项目计划。", set(), {"全市重点项目计划"}),
    ],
)
def test_entered_plans(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _programmes(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- the verb that sets up or deepens a mechanism -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        (
            "本报讯 下一步,东山县将持续深化梯度培育机制,进一步升级培育服务。",
            {"梯度培育机制"},
            {"深化梯度培育机制"},
        ),
        ("本报讯 东山县建立项目预审机制,提高审批效率。", {"项目预审机制"}, {"建立项目预审机制"}),
        ("本报讯 东山县建立了“周调度、月通报”机制。", {"“周调度、月通报”机制"}, set()),
    ],
)
def test_mechanism_verbs(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _programmes(text)
    assert wanted <= found
    assert not (unwanted & found)
