"""Which entity a figure belongs to (kg/attach.py, kg/data/lexicon/value_anaphora.txt), rules of the vals7
branch: case tables of INVENTED sentences (none copied from an annotated article), each run through the
whole pipeline."""

from __future__ import annotations

import pytest
from cases import owners_among
from cases import owners_of as _owners

import kg


@pytest.mark.parametrize(
    "text, expected",
    [
        # 我县 (like 我市, 我省) is the county the article last named: its subjectless clauses' figures
        # are the county's, not those of the project the sentence before was about
        (
            "武义县招商纪实\n近年来,武义县引进的年产5万吨饲料项目已经投产。在项目建设方面,我县不断优化服务,狠抓工作落实,"
            "多次赴外地考察,组织36名招商专员开展驻点招商。\n",
            {"年产5万吨": "年产5万吨饲料项目", "36名": "武义县"},
        ),
        # 本区 alike, for a district
        (
            "青山区发展综述\n青山区新材料产业园项目正在建设。今年以来,本区持续发力,"
            "推动招商落地,新增市场主体1200余户。\n",
            {"1200余户": "青山区"},
        ),
        # 全旗 is the banner (a county-level unit) last named
        (
            "扎鲁特旗畜牧业\n扎鲁特旗草原牧业有限公司扩建牧场。目前,全旗牲畜存栏达到60万头。\n",
            {"60万头": "扎鲁特旗"},
        ),
    ],
    ids=["our-county", "this-district", "whole-banner"],
)
def test_a_home_place_word_points_back_to_the_place(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list of projects named after the clause's verb and counted right after its name (开工重点建设项目
        # 12个) is what the figure counts: the figures go on with the place the text is about
        (
            "武义县项目建设\n今年,武义县共安排重点建设项目60个,总投资150亿元。"
            "第二季度计划开工重点建设项目12个,计划总投资36亿元。\n",
            {"60个": "武义县", "150亿元": "武义县", "12个": "武义县", "36亿元": "武义县"},
        ),
        # …and a title a clause creates and counts (新创建省级示范村15个) leaves the count to the drive the
        # clause before introduces
        (
            "和美乡村\n武义县深入开展“和美乡村”示范创建,今年新创建省级和美示范村15个。\n",
            {"15个": "“和美乡村”示范创建"},
        ),
    ],
    ids=["counted-project-list", "counted-title"],
)
def test_a_counted_list_after_the_verb_is_no_subject(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count after places listed in passing (带动A镇等5个乡镇) in a clause about what a project does once
        # built is the project's
        (
            "肉牛项目\n武义县引进的年出栏5万头肉牛养殖项目总投资6亿元,建成后可带动武义县桃溪镇等4个乡镇"
            "发展饲草种植,户均年增收2万元以上。\n",
            {"6亿元": "年出栏5万头肉牛养殖项目", "4个": "年出栏5万头肉牛养殖项目"},
        ),
        # …and a count after firms listed in passing goes on with the owner of the clause before's figure
        (
            "种苗中心\n在武义县,江城青禾农业有限公司投资3000万元建设的年产2000万株花卉种苗项目已投入使用,"
            "主要为江城绿源农业有限公司等30余家企业供应种苗。\n",
            {"3000万元": "年产2000万株花卉种苗项目", "30余家": "年产2000万株花卉种苗项目"},
        ),
        # …but members listed with their own figures (A项目、B年产X项目等N个项目) own none of the count
        (
            "开工\n5月8日,武义县重点项目集中开工仪式举行。开工项目包括江城光伏组件项目、"
            "年产3万吨铝型材项目等9个重点产业项目。\n",
            {"9个": "武义县重点项目集中开工仪式"},
        ),
    ],
    ids=["once-built-project", "clause-before-figure", "members-with-figures"],
)
def test_a_count_after_names_listed_in_passing(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("这家工厂从签约到投产仅用了96天。", [(96.0, "天", False)]),
        ("展会为期4天,吸引客商上万人。", [(4.0, "天", False)]),
        ("项目不到8个月的时间就建成投产。", [(8.0, "个月", True)]),
        ("园区仅用两年半的时间完成了基础设施建设。", [(2.5, "年", False)]),
        ("他扎根乡村教育35年来,培养学生上千人。", [(35.0, "年", False)]),
        ("全县提前两个月完成全年任务。", [(2.0, "个月", False)]),
        # no duration: a year, an ordinal, a period named by its place in time or its end, a name, a word
        ("2024年项目开工。", []),
        ("开业第5天客流过万。", []),
        ("前8个月实现产值12亿元。", []),
        ("未来3至5年,园区将持续扩容。", []),
        ("深入实施振兴三年行动。", []),
        ("附件:1.2023年示范名单", []),
        ("那里十年九旱。", []),
        ("一年来,全县上下齐心协力。", []),
    ],
)
def test_durations_are_read(text, expected):
    from kg.values import find_quantities

    got = [(f.value, f.unit, f.approximate) for f in find_quantities(text) if f.kind == "duration"]
    assert got == expected


def test_a_duration_goes_to_what_its_clause_is_about_and_leaves_the_sentence_alone(tmp_path):
    text = (
        "青禾项目\n5月6日,武义县年产2万吨竹制品项目正式投产,这个项目从签约到投产仅用了120天。"
        "武义县仅用90天时间就完成了全年招商任务,签约额达25亿元。\n"
    )
    got = _owners(tmp_path, text)
    assert got["120天"] == "武义县年产2万吨竹制品项目"
    # the duration of the clause before is no figure the amount goes on about: the place's signing total
    assert got["25亿元"] == "武义县"


def test_durations_keep_the_graph_valid(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("投产\n武义县年产2万吨竹制品项目从签约到投产仅用了120天。\n", encoding="utf-8")
    out = tmp_path / "out"
    kg.build([src], out, html=False, store=False, cache=False)
    from kg.shacl import validate

    assert validate(out / "graph.ttl").conforms


@pytest.mark.parametrize(
    "text, expected",
    [
        # of two events a sentence names, the one whose name says what the clause says was done (签约) is
        # where it was done: the signing ceremony, not the promotion fair it followed
        (
            "推介\n近日,江城市在上海举行招商推介会。推介会后举行了项目集中签约仪式,新材料产业园项目、"
            "冷链物流中心项目等12个项目成功签约,累计签约额45亿元。\n",
            {"12个": "项目集中签约仪式", "45亿元": "项目集中签约仪式"},
        ),
        # …and so for 此次 + a verb after the sentence that named both
        (
            "签约\n5月9日,江城市项目集中签约仪式在招商推介会后举行。此次集中签约项目18个,总投资60亿元。\n",
            {"18个": "江城市项目集中签约仪式", "60亿元": "江城市项目集中签约仪式"},
        ),
        # …but a local venue (分会场) does what the event it belongs to does
        (
            "开工\n10月26日,全省重大项目集中开工活动举行,江城同步设分会场。我市集中开工重大项目50个,"
            "总投资120亿元。\n",
            {"50个": "分会场", "120亿元": "分会场"},
        ),
    ],
    ids=["signing-ceremony-after-fair", "this-signing", "sub-venue"],
)
def test_the_event_whose_name_says_what_was_done(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a place that holds a meeting sets out after it (明确, 部署, 安排) is the place's plan
        (
            "部署\n3月2日,武义县召开重点项目建设推进会,明确全年实施重点项目120个,总投资360亿元。\n",
            {"120个": "武义县", "360亿元": "武义县"},
        ),
        # …but what is signed or started at the occasion is the occasion's
        (
            "签约仪式\n7月11日,武义县举行项目签约仪式,签约58个项目,引资308亿元。\n",
            {"58个": "项目签约仪式", "308亿元": "项目签约仪式"},
        ),
    ],
    ids=["host-sets-out", "signed-at-the-occasion"],
)
def test_a_host_place_s_plan(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, approximate",
    [("签约58个项目", False), ("约58个项目", True), ("节约成本30万元", False), ("总投资约31亿元", True)],
)
def test_the_about_of_a_word_is_not_about(text, approximate):
    from kg.values import find_quantities

    (f,) = find_quantities(text)
    assert (f.approximate, f.text.startswith("约")) == (approximate, approximate)


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a firm invests to build a named park or project is that park's or project's investment
        (
            "签约\n签约项目中,江城青禾新材料有限公司将投资30亿元,在武义县建设新材料产业园。\n",
            {"30亿元": "新材料产业园"},
        ),
        (
            "签约\n江城青禾新材料有限公司计划投资8亿元建设年产5万吨锂电材料项目。\n",
            {"8亿元": "年产5万吨锂电材料项目"},
        ),
        # …but a firm's amount that builds nothing named stays the firm's
        (
            "投资\n江城青禾新材料有限公司今年已投资2亿元,用于技术改造。\n",
            {"2亿元": "江城青禾新材料有限公司"},
        ),
    ],
    ids=["invests-to-build-a-park", "invests-to-build-a-project", "invests-in-nothing-named"],
)
def test_an_amount_invested_to_build_is_the_built_thing_s(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a target a body hands down to a place (X市政府下达Y县…N个) is the place's, and so are the figures the
        # sentence goes on with
        (
            "任务\n今年,金华市政府下达武义县重点项目40个,截至6月底,武义县已开工项目32个,完成投资28亿元。\n",
            {"40个": "武义县", "32个": "武义县", "28亿元": "武义县"},
        ),
        (
            "指标\n金华市向武义县下达招商引资任务50亿元。\n",
            {"50亿元": "武义县"},
        ),
        # …but a body that hands down nothing to a place keeps its figures
        (
            "资金\n金华市财政局下达专项资金3000万元。\n",
            {"3000万元": "金华市财政局"},
        ),
    ],
    ids=["handed-down", "handed-down-by-a-place", "nothing-handed-to-a-place"],
)
def test_a_target_handed_down_is_the_receiving_place_s(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected
