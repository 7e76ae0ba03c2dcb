"""Which entity a figure belongs to (kg/attach.py, kg/data/relations/business.tsv), rules of the vals8
branch, from the first-run value misses of the fresh sets dev16–dev21: case tables of INVENTED sentences
(none copied from an annotated article), each run through the whole pipeline."""

from __future__ import annotations

import pytest
from cases import owners_among

import kg


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span of months before 全县 is a time phrase: 全县 opens the clause and is its subject (it was
        # taken for an object, and the figures went to the county's party committee the text named before)
        (
            "武义县工业发展\n今年以来,武义县委、县政府狠抓项目建设。1-5月全县工业投资增长30.5%,技改投资增长58%。"
            "新签约亿元以上项目20个,协议总投资105亿元。\n",
            {"30.5%": "武义县", "58%": "武义县", "20个": "武义县", "105亿元": "武义县"},
        ),
        # (a dash and 至 alike)
        (
            "武义县工业发展\n今年,武义县委狠抓招商引资。1—9月全县实际利用外资1.2亿美元。\n",
            {"1.2亿美元": "武义县"},
        ),
        (
            "武义县工业发展\n今年,武义县委狠抓招商引资。1月至6月全县新增市场主体3000户。\n",
            {"3000户": "武义县"},
        ),
    ],
    ids=["hyphen-months", "dash-months", "month-to-month"],
)
def test_a_span_of_months_is_a_time_phrase(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 建成后 as a clause of its own: the figures of the clauses after it are the project's, not those of
        # the zone the sentence before counted its projects for
        (
            "落户\n废渣综合利用项目落户武义经济开发区,武义经济开发区今年已引进项目30个。"
            "建成后,预计年产值2亿元,年创税收2000万元。\n",
            {"30个": "武义经济开发区", "2亿元": "废渣综合利用项目", "2000万元": "废渣综合利用项目"},
        ),
        # (项目投产后 alike)
        (
            "落户\n废渣综合利用项目落户武义经济开发区,武义经济开发区今年已引进项目30个。项目投产后,年产值可达2亿元。\n",
            {"2亿元": "废渣综合利用项目"},
        ),
        # …but a clause after it with a subject of its own is that subject's
        (
            "落户\n废渣综合利用项目落户武义经济开发区,武义经济开发区今年已引进项目30个。"
            "投产后,武义经济开发区年产值可达200亿元。\n",
            {"200亿元": "武义经济开发区"},
        ),
        # 项目全部建成后 after a sentence about one phase of the project the text is about: the whole project
        (
            "风电项目\n在武义县,江城新能源有限公司投资30亿元建设的武义县50万千瓦风电项目正在吊装风机。其中,"
            "武义县50万千瓦风电项目一期20万千瓦工程已有30台风机并网发电。项目全部建成后,年发电量可达15亿千瓦时,"
            "每年可节约标准煤约40万吨。\n",
            {"15亿千瓦时": "武义县50万千瓦风电项目", "约40万吨": "武义县50万千瓦风电项目"},
        ),
        # …but a batch (这批项目全部达产后) is no one project: the event's results
        (
            "签约\n今天上午,武义县举行招商引资项目集中签约仪式,12个项目成功签约。这批项目全部达产后,"
            "预计年新增产值逾20亿元。\n",
            {"逾20亿元": "招商引资项目集中签约仪式"},
        ),
    ],
    ids=["built-clause", "project-running-clause", "own-subject", "whole-project", "batch"],
)
def test_a_clause_that_says_once_built_hands_on_the_project(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


def _investments(tmp_path, text: str) -> list[tuple[str, str, float | None]]:
    src = tmp_path / "article.txt"
    src.write_text(text, encoding="utf-8")
    g = kg.build_graph([src])
    label = {e.id: e.label for e in g.entities}
    return sorted(
        (label[r.subject], label[r.object], r.amount) for r in g.relations if r.predicate == "investsIn"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # P由C投资建设,总投资N元: the amount of the next clause is C's investment in P
        (
            "签约\n年产5万吨饲料项目由江城青禾农业有限公司投资建设,总投资3000万元。\n",
            [("江城青禾农业有限公司", "年产5万吨饲料项目", 30000000.0)],
        ),
        (
            "签约\n智能仓储物流项目由江城绿源物流有限公司投资兴建,项目总投资约2.5亿元,占地80亩。\n",
            [("江城绿源物流有限公司", "智能仓储物流项目", 250000000.0)],
        ),
        # (no amount written: the relation without one, as before)
        (
            "签约\n年产5万吨饲料项目由江城青禾农业有限公司投资建设,占地30亩。\n",
            [("江城青禾农业有限公司", "年产5万吨饲料项目", None)],
        ),
    ],
    ids=["built-by-then-total", "project-total", "no-amount"],
)
def test_a_project_built_by_an_investor_then_its_total(tmp_path, text, expected):
    assert _investments(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count in a subjectless clause right after one that ends with a list counts the list's members:
        # the title's, not the body's that published the list
        (
            "认定\n杭州市经济和信息化局公布了2024年度杭州市专精特新“小巨人”企业认定名单,共85家。\n",
            {"85家": "杭州市专精特新“小巨人”企业"},
        ),
        (
            "认定\n浙江省经济和信息化厅今年开展了省级专精特新中小企业认定工作,并于6月18日公布了认定名单,共计320家。\n",
            {"320家": "省级专精特新中小企业"},
        ),
        # (a place's share, 萧山区12家企业上榜, stays the title's as before)
        (
            "认定\n杭州市经济和信息化局公布了2024年度杭州市专精特新“小巨人”企业认定名单,萧山区12家企业上榜。\n",
            {"12家": "杭州市专精特新“小巨人”企业"},
        ),
    ],
    ids=["list-then-total", "published-list-then-total", "place-share"],
)
def test_a_count_after_a_list_counts_its_members(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024年11月18日—22日,活动在北京举行", [("2024-11-18", "2024年11月18日"), ("2024-11-22", "22日")]),
        ("5月8日至10日,展会举行", [("2024-05-08", "5月8日"), ("2024-05-10", "10日")]),
        ("5月8日到9日举行", [("2024-05-08", "5月8日"), ("2024-05-09", "9日")]),
        # a span into another month writes that month: two dates of their own, as before
        ("11月28日—12月2日,活动举行", [("2024-11-28", "11月28日"), ("2024-12-02", "12月2日")]),
        # no span: a later day before an earlier one, or a day with no date before it
        ("3月28日—2日", [("2024-03-28", "3月28日")]),
        ("至10日,共签约项目12个", []),
    ],
)
def test_a_span_of_days_states_its_last_day(text, expected):
    from kg.values import find_dates

    assert [(d.iso, d.text) for d in find_dates(text, 2024)] == expected


def test_an_event_held_over_days_has_both_dates(tmp_path):
    src = tmp_path / "article.txt"
    src.write_text(
        "招商\n2024年11月18日—22日,浙江省政府“京津冀招商促进周”活动在北京举行。\n", encoding="utf-8"
    )
    g = kg.build_graph([src])
    got = {e.label: sorted(d.value for d in e.dates) for e in g.entities if e.dates}
    assert got == {"“京津冀招商促进周”活动": ["2024-11-18", "2024-11-22"]}


def _dates(tmp_path, text: str) -> dict[str, list[str]]:
    src = tmp_path / "article.txt"
    src.write_text(text, encoding="utf-8")
    g = kg.build_graph([src])
    return {e.label: sorted(d.value for d in e.dates) for e in g.entities if e.dates}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lead that opens with its day and names no occasion: the occasion a sentence after it names
        # (…参加开工仪式, 随后…召开了座谈会) was held that day
        (
            "开工\n2024年6月26日上午,武义县一批重点项目集中开工。县委书记张三、县长李四等参加开工仪式。\n",
            {"开工仪式": ["2024-06-26"]},
        ),
        (
            "调研\n2024年6月19日,金华市商务局局长王五一行来武义调研招商引资工作。\n"
            "调研组一行先后调研了武义县机电产业园项目、青禾饲料厂等,随后,在县政府会议室召开了招商引资工作座谈会,"
            "县商务局汇报了2024年上半年招商引资工作情况。\n",
            {"招商引资工作座谈会": ["2024-06-19"]},
        ),
        # …not an occasion still to come, nor one whose sentence states its own day
        (
            "会见\n2024年6月19日,武义县县长张三会见了江城青禾农业有限公司董事长李四一行。"
            "双方就深化合作进行了交流。江城青禾农业有限公司将参加今年的武义县投资洽谈会。\n",
            {},
        ),
        (
            "会见\n2024年6月19日,武义县县长张三会见了江城青禾农业有限公司董事长李四一行。"
            "7月2日,武义县投资洽谈会在杭州举行。\n",
            {"武义县投资洽谈会": ["2024-07-02"]},
        ),
        # a dateline's day (新华社北京5月20日电) dates an occasion said to be held that day (当日, 当天) …
        (
            "发布\n新华社北京5月20日电(记者张三)国家发展改革委新闻发言人李四5月20日表示,2024年以来重大项目建设"
            "进展顺利。\n在国家发展改革委当日举行的新闻发布会上,李四表示,近期批复了多个重大项目。\n",
            {"新闻发布会": ["2024-05-20"]},
        ),
        # …and no other
        (
            "发布\n新华社北京5月20日电(记者张三)国家发展改革委新闻发言人李四表示,2024年以来重大项目建设进展顺利。\n"
            "李四在5月上旬举行的新闻发布会上介绍了有关情况。\n",
            {},
        ),
    ],
    ids=[
        "ceremony-after-lead",
        "meeting-after-visit",
        "still-to-come",
        "own-day",
        "dateline-same-day",
        "dateline-other",
    ],
)
def test_the_leads_day_dates_the_occasion_named_after_it(tmp_path, text, expected):
    # (the days only: a year a sentence mentions, 2024年上半年, goes to its occasion as before)
    got = {k: [d for d in v if len(d) == 10] for k, v in _dates(tmp_path, text).items()}
    assert {k: v for k, v in got.items() if v} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a total right after a list of projects is no figure of the list's last member: the occasion the
        # sentence points at, else what the clause before or the text is about
        (
            "开工\n6月26日上午,武义县一批重点项目集中开工,县委书记张三等参加开工仪式。当天集中开工建设的项目为"
            "江城饲料加工项目、青禾物流园项目、绿源光伏电站项目,总投资12亿元,涉及农产品加工、物流等领域。\n",
            {"12亿元": "开工仪式"},
        ),
        (
            "开工\n武义县开工建设江城饲料加工项目、青禾物流园项目、绿源光伏电站项目,总投资12亿元。\n",
            {"12亿元": "武义县"},
        ),
        # …but one name, then its figures, is an item with its own (as before)
        (
            "项目\n武义县今年重点推进江城饲料加工项目,总投资12亿元。\n",
            {"12亿元": "江城饲料加工项目"},
        ),
    ],
    ids=["occasion-list-total", "place-list-total", "one-item"],
)
def test_a_total_after_a_list_is_not_its_last_members(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 走进X, 来到X: the place a report walks into frames the sentence; the firm there is its subject and
        # what the text goes on about (a quote of the firm's figures after it)
        (
            "园区\n走进武义经济开发区,江城青禾制药有限公司的生产车间内机器轰鸣。“按公司现有条件,可年产片剂1亿片,"
            "年产值3000多万元。”江城青禾制药有限公司总经理张三说,公司今年打算扩大规模。\n",
            {"3000多万元": "江城青禾制药有限公司"},
        ),
        (
            "园区\n记者来到武义经济开发区,江城青禾制药有限公司的新厂房已经建成。“今年产值能达到5000万元。”"
            "公司总经理张三说。\n",
            {"5000万元": "江城青禾制药有限公司"},
        ),
        # (a clause of its own about the place, 园区已入驻企业120家, stays the place's)
        (
            "园区\n走进武义经济开发区,目前园区已入驻企业120家。\n",
            {"120家": "武义经济开发区"},
        ),
    ],
    ids=["walk-into", "come-to", "place-clause"],
)
def test_a_place_walked_into_frames_the_sentence(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected
