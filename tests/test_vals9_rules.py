"""Which entity a figure belongs to (kg/attach.py), rules of the vals9 branch, from the first-run value misses
of the fresh sets dev22–dev25 (run again with the code each first met): case tables of INVENTED sentences
(none copied from an annotated article), each run through the whole pipeline."""

from __future__ import annotations

import pytest
from cases import owners_among


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subjectless sentence that opens with 开展 names its object: the figures after it are the place's
        # the text is about, not the campaign's
        (
            "营商环境\n2023年5月8日,泰和县举行招商推介会。开展“营商环境提升年”活动。新增市场主体5200户,"
            "清偿企业账款3.6亿元。\n",
            {"5200户": "泰和县", "3.6亿元": "泰和县"},
        ),
        # (实施 alike, with a time phrase before it)
        (
            "乡村振兴\n今年以来,永丰县大力推进乡村振兴。上半年,实施“美丽庭院”工程。完成改造农户1200户。\n",
            {"1200户": "永丰县"},
        ),
        # …but a campaign that is the subject of its own clause keeps its figures
        (
            "营商环境\n今年以来,永丰县狠抓营商环境。“营商环境提升年”活动共走访企业300家。\n",
            {"300家": "“营商环境提升年”活动"},
        ),
    ],
    ids=["kaizhan-object", "shishi-after-time", "campaign-as-subject"],
)
def test_a_verb_of_carrying_out_opens_a_subjectless_clause(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # X下属公司Y: the subsidiary is the subject, the parent only says whose it is
        (
            "增资\n2023年5月8日,泰和县召开会议。华强集团下属公司泰和华强新材料有限公司将增资1.5亿元,建设新生产线。\n",
            {"1.5亿元": "泰和华强新材料有限公司"},
        ),
        # (旗下的 alike)
        (
            "扩产\n2023年6月2日,新余市召开会议。远航集团旗下的新余远航锂电有限公司今年产值达到12亿元。\n",
            {"12亿元": "新余远航锂电有限公司"},
        ),
        # …and a parent that is the subject on its own keeps its figures
        (
            "扩产\n2023年6月2日,新余市召开会议。华强集团今年产值达到80亿元。\n",
            {"80亿元": "华强集团"},
        ),
    ],
    ids=["xiashu-gongsi", "qixia-de", "parent-alone"],
)
def test_a_subsidiary_after_its_parent_is_the_subject(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # N家企业签约入驻X园: the count is the park's tenants
        (
            "招商\n2023年5月8日,泰和县召开会议。今年以来,8家企业签约入驻泰和县电子信息产业园。\n",
            {"8家": "泰和县电子信息产业园"},
        ),
        # (N个项目落户, a zone)
        (
            "招商\n2023年5月8日,泰和县召开会议。一季度,12个项目成功落户泰和县经济开发区。\n",
            {"12个": "泰和县经济开发区"},
        ),
        # …but a clause with a subject before the count keeps it: the place counts its own firms
        (
            "招商\n2023年5月8日,泰和县召开会议。今年以来,泰和县共有8家企业入驻泰和县电子信息产业园。\n",
            {"8家": "泰和县"},
        ),
    ],
    ids=["firms-settle-in-park", "projects-settle-in-zone", "subject-before-count"],
)
def test_a_count_of_firms_that_settle_in_a_park(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 安排N元作为X资金: the amount is the fund's size, not the policy's or the place's
        (
            "扶持\n2023年5月8日,泰和县召开会议。泰和县委书记说,今年将安排2亿元作为工业发展专项资金,支持企业技改。\n",
            {"2亿元": "工业发展专项资金"},
        ),
        # (a comma before 作为)
        (
            "扶持\n2023年3月1日,永丰县出台新政策。每年安排5000万元,作为人才发展专项资金。\n",
            {"5000万元": "人才发展专项资金"},
        ),
    ],
    ids=["zuowei-fund", "comma-zuowei"],
)
def test_an_amount_set_aside_as_a_fund(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 开工项目包括A、B、C等项目,计划总投资N元: the items listed after 包括 are no subject; the total is the
        # start ceremony's (its name says 开工)
        (
            "开工\n5月8日,泰和县举行重点项目集中开工仪式。开工项目包括泰和县人民医院新院区项目、泰和县污水处理厂"
            "扩建项目、泰和县物流园项目等项目,计划总投资36亿元。\n",
            {"36亿元": "重点项目集中开工仪式"},
        ),
        # (签约 alike, the items of different classes)
        (
            "签约\n6月3日,永丰县举行招商引资项目集中签约仪式。签约项目包括永丰县文旅综合体项目、赣中农产品"
            "物流园等项目,总投资额58亿元。\n",
            {"58亿元": "招商引资项目集中签约仪式"},
        ),
        # a list after 包括 in a sentence about a place: the place's, never the first item's
        (
            "项目建设\n今年以来,永丰县狠抓项目建设。全县重点项目包括永丰县文旅综合体项目、永丰县人民医院新院区项目"
            "等,总投资120亿元。\n",
            {"120亿元": "永丰县"},
        ),
        # …and a project named before 包括 is the subject that has the total
        (
            "项目建设\n今年以来,永丰县狠抓项目建设。永丰县文旅综合体项目包括游客中心、民宿群等,总投资12亿元。\n",
            {"12亿元": "永丰县文旅综合体项目"},
        ),
    ],
    ids=["started-list-total", "signed-list-total", "place-list-total", "project-before-baokuo"],
)
def test_items_listed_after_baokuo_are_no_subject(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 此次集中开工 two sentences after the ceremony: the occasion whose name says 开工 (without 集中), not
        # the province's meeting the lead named first
        (
            "开工\n3月2日,江西省召开全省重大项目推进会。永丰县设立分会场。会后,永丰县2023年第一批重大项目开工仪式在"
            "永丰工业园举行。仪式上,县长宣布开工。此次集中开工项目共计18个,总投资56亿元。\n",
            {"18个": "永丰县2023年第一批重大项目开工仪式", "56亿元": "永丰县2023年第一批重大项目开工仪式"},
        ),
        # a press conference reports the year's signings, it holds none: A等N个项目签约 is the place's
        (
            "发布会\n10月12日,永丰县召开新闻发布会。县委常委、副县长李明说,前三季度,永丰县全力稳增长,"
            "绿源食品年产5万吨果汁等42个项目签约,开工项目60个。\n",
            {"42个": "永丰县", "60个": "永丰县"},
        ),
        # …while firms listed at a fair that sign are still the fair's result
        (
            "签约\n5月8日,永丰县在南昌举办招商推介会。推介会上,绿源食品、华强集团等12家企业分别与永丰县签订合作协议。\n",
            {"12家": "招商推介会"},
        ),
    ],
    ids=["jizhong-kaigong-ceremony", "press-conference-reports", "fair-signings"],
)
def test_the_occasion_a_counted_act_was_done_at(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a start ceremony named after its project: the capacity in the project's name is the project's
        (
            "开工\n5月8日,泰和华强新材料有限公司年产30万吨新型建材项目开工仪式在泰和县举行。\n",
            {"年产30万吨": "泰和华强新材料有限公司年产30万吨新型建材项目"},
        ),
        # (a batch's ceremony with 暨 and the project's name after it alike)
        (
            "开工\n5月8日,全县第三批重大项目暨泰和华强新材料有限公司年产30万吨新型建材项目开工仪式在泰和县举行。\n",
            {"年产30万吨": "泰和华强新材料有限公司年产30万吨新型建材项目"},
        ),
    ],
    ids=["ceremony-named-after-project", "batch-and-project-ceremony"],
)
def test_a_figure_in_a_project_name_inside_an_occasion_name(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 现场签约了A、B等N个项目 and 开工项目包括A、B等N个项目 sentences after the ceremony: the ceremony whose
        # name says 签约 / 开工, not the place a sentence between is about
        (
            "签约\n4月2日上午,永丰县在永丰工业园举行了二季度重大项目集中签约暨开工仪式。仪式由县委副书记主持。"
            "永丰县近年来持续优化营商环境。现场签约了永丰县文旅综合体项目、赣中农产品物流园项目等8个项目,"
            "签约金额达120亿元。开工项目包括永丰县人民医院新院区项目、永丰县污水处理厂扩建项目等6个项目。\n",
            {
                "8个": "二季度重大项目集中签约暨开工仪式",
                "120亿元": "二季度重大项目集中签约暨开工仪式",
                "6个": "二季度重大项目集中签约暨开工仪式",
            },
        ),
        # …but a place's signings over two fairs, not done on the spot, stay the place's
        (
            "签约\n西宁在本届青洽会和城洽会上累计签约项目25项,总签约额319亿元。在提升产业链水平上,西宁突出定制招商,"
            "签约引进了永丰碳纤维二期、直拉单晶硅棒一期等9个产业链项目,签约金额156亿元。\n",
            {"9个": "西宁市", "156亿元": "西宁市"},
        ),
    ],
    ids=["on-site-signing-list", "place-signings-over-fairs"],
)
def test_an_act_done_on_the_spot_before_a_counted_list(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


def _dates_of(tmp_path, text: str) -> dict[str, set[str]]:
    from kg import build_graph

    src = tmp_path / "article.txt"
    src.write_text(text, encoding="utf-8")
    return {e.label: {d.value for d in e.dates} for e in build_graph([src]).entities if e.dates}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a news agency's style: the day without its month is the dateline's month (中新网X月X日电, a page's
        # date line)
        (
            "泰和举办招商会\n2011年05月16日17:45 中国新闻网\n泰和县16日举办第三届泰和乌鸡节招商会,当天签约项目12个。\n",
            {"第三届泰和乌鸡节招商会": {"2011-05-16"}},
        ),
        (
            "泰和举办招商会\n2023-06-20 10:12\n记者了解到,泰和县19日举办第三届泰和乌鸡节招商会。\n",
            {"第三届泰和乌鸡节招商会": {"2023-06-19"}},
        ),
        # no dateline: the month is unknown, no date
        (
            "泰和举办招商会\n泰和县16日举办第三届泰和乌鸡节招商会,当天签约项目12个。\n",
            {},
        ),
        # a span of days (30日内) and a day after the dateline's are no day of this month's
        (
            "泰和举办招商会\n2011年05月16日17:45 中国新闻网\n泰和县举办第三届泰和乌鸡节招商会,签约项目须在30日内开工。"
            "泰和县将于28日举办第二届泰和乌鸡节推介会。\n",
            {},
        ),
    ],
    ids=["cns-dateline", "iso-date-line", "no-dateline", "span-and-later-day"],
)
def test_a_day_without_its_month_takes_the_datelines(tmp_path, text, expected):
    assert _dates_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # occasions a sentence holds 当天 (the day the occasion before was dated with) get that day
        (
            "博览会开幕\n2010年10月28日,首届中国泰和乌鸡博览会在泰和县开幕。开幕当天,共有1800人参加了开幕式、"
            "泰和乌鸡产业招商说明会和泰和乌鸡产业发展高峰论坛。\n",
            {
                "首届中国泰和乌鸡博览会": {"2010-10-28"},
                "泰和乌鸡产业招商说明会": {"2010-10-28"},
                "泰和乌鸡产业发展高峰论坛": {"2010-10-28"},
            },
        ),
        # …not without 当天/当日/同日, and not an occasion still to come
        (
            "博览会开幕\n2010年10月28日,首届中国泰和乌鸡博览会在泰和县开幕。当天还宣布,将于明年举办泰和乌鸡产业发展高峰论坛。"
            "共有1800人参加了泰和乌鸡产业招商说明会。\n",
            {"首届中国泰和乌鸡博览会": {"2010-10-28"}},
        ),
        # (在上午举行的X中: the part of that day it was held in, written without the day)
        (
            "招商会\n2011年05月16日17:45 中国新闻网\n泰和县16日举办第三届泰和乌鸡节招商会。在上午举行的项目开工剪彩"
            "仪式中,泰和华强新材料项目等7个项目正式开工。\n",
            {"第三届泰和乌鸡节招商会": {"2011-05-16"}, "项目开工剪彩仪式": {"2011-05-16"}},
        ),
    ],
    ids=["same-day-occasions", "to-come-and-no-word", "held-that-morning"],
)
def test_occasions_held_that_day(tmp_path, text, expected):
    assert _dates_of(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 本届招商会上,该县…: the fair frames the sentence; the county its figures went to is what the next
        # sentence (after ；) goes on about
        (
            "招商会\n5月16日,永丰县举办第五届永丰蜜橘节招商会。本届招商会上,该县签约项目52项,其中外资项目10项,"
            "总投资5亿美元;内资项目42项,总投资86亿元。\n",
            {"52项": "永丰县", "42项": "永丰县", "86亿元": "永丰县"},
        ),
        # …while figures that are the occasion's own keep it the topic (此次…期间 and the fair's own results)
        (
            "招商会\n5月16日,永丰县举办第五届永丰蜜橘节招商会。此次招商会期间,共签约项目52项。总投资86亿元。\n",
            {"52项": "第五届永丰蜜橘节招商会", "86亿元": "第五届永丰蜜橘节招商会"},
        ),
    ],
    ids=["fair-frames-county", "fair-own-results"],
)
def test_an_occasion_that_frames_a_sentence_is_not_its_topic(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 架 (aircraft) and 艘 (ships) count like 辆: read, and owned like any count
        (
            "无人机\n2023年5月8日,泰和县无人机研发制造项目签约。该项目计划年产量约300架左右,项目总投资1.6亿美元。\n",
            {"约300架": "泰和县无人机研发制造项目"},
        ),
        ("造船\n2023年5月8日,华强船舶公司今年建造货轮12艘。\n", {"12艘": "华强船舶公司"}),
        # (架次, sorties, is another unit: not read)
        ("飞行\n2023年5月8日,华强通用航空公司今年共完成飞行3200架次。\n", {"3200架": None}),
    ],
    ids=["jia-aircraft", "sou-ships", "not-jiaci"],
)
def test_aircraft_and_ships_are_counted(tmp_path, text, expected):
    assert owners_among(tmp_path, text, expected) == expected
