"""Which entity a figure belongs to (kg/attach.py), rules of the values3 branch: case tables of invented
sentences (none copied from an annotated article), each run through the whole pipeline."""

from __future__ import annotations

import pytest
from cases import owners_of as _owners

import kg


@pytest.mark.parametrize(
    "text, expected",
    [
        # 公司/企业 stand for the firm the sentence before is about (its first firm: the investor of
        # X公司投资…建设的Y项目), not for the customer named after it
        (
            "华宇投产\n在江城经济开发区,江城华宇机械有限公司投资5亿元建设的年产10万台电机项目投产,"
            "产品主要供应江城远航汽车有限公司等企业。公司董事长李明说,企业今年产值有望突破8亿元。\n",
            {
                "5亿元": "年产10万台电机项目",
                "年产10万台": "年产10万台电机项目",
                "8亿元": "江城华宇机械有限公司",
            },
        ),
        # a sentence that opens with 公司 (公司总经理X说) is about that firm in its subjectless clauses
        (
            "新光见闻\n位于江城高新技术产业开发区的江城新光电子有限公司正在建设年产3吉瓦光伏组件项目。"
            "公司总经理王强说,与上游企业就近配套,每年可节约物流成本1500万元。\n",
            {"年产3吉瓦": "年产3吉瓦光伏组件项目", "1500万元": "江城新光电子有限公司"},
        ),
        # …but a project a sentence opens with (项目建成后) is still the topic's project
        (
            "项目建成\n在江城经济开发区,江城华宇机械有限公司投资5亿元建设的年产10万台电机项目投产。"
            "项目建成后,年产值可达20亿元。\n",
            {
                "5亿元": "年产10万台电机项目",
                "年产10万台": "年产10万台电机项目",
                "20亿元": "年产10万台电机项目",
            },
        ),
    ],
    ids=["firm-of-the-sentence-before", "sentence-opens-with-the-firm", "project-topic-kept"],
)
def test_a_bare_firm_noun_is_the_firm_the_text_is_about(tmp_path, text, expected):
    assert _owners(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subjectless clause is about the name the clause right before it opens with
        (
            "苹果产区\n烟台市是全国重要的苹果产区,栖霞市苹果种植面积达到60万亩,年产量超过150万吨。\n",
            {"150万吨": "栖霞市"},
        ),
        # …and a drive the place only pursues (推进) leaves its results to the place
        ("三年行动\n上半年,大庆市深入推进全面振兴三年行动,地区生产总值同比增长5.8%。\n", {"5.8%": "大庆市"}),
        # …but not when that clause names the event whose results follow (the event's)
        (
            "签约仪式\n7月11日,江城市举行项目签约仪式,签约58个项目,引资308亿元。\n",
            {"58个": "项目签约仪式", "308亿元": "项目签约仪式"},
        ),
    ],
    ids=["clause-before-opens-with-a-place", "pursued-drive", "event-in-the-clause-before"],
)
def test_a_subjectless_clause_takes_the_clause_before(tmp_path, text, expected):
    assert _owners(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the terms of a policy, fund or scheme the clause before brings in (出台, 设立, 推行 …) are its own
        (
            "奖励办法\n今年,江城市出台《江城市招商引资奖励办法》,对新引进的固定资产投资超过5亿元的制造业项目,"
            "按实际投资额的2%给予奖励,最高奖励2000万元。\n",
            {
                "超过5亿元": "江城市招商引资奖励办法",
                "2%": "江城市招商引资奖励办法",
                "2000万元": "江城市招商引资奖励办法",
            },
        ),
        ("专项资金\n江城市今年设立文旅产业发展专项资金,首期规模1亿元。\n", {"1亿元": "文旅产业发展专项资金"}),
        (
            "项目管家\n今年以来,江城县推行“项目管家”制度,为全县120户规模以上企业逐户配备服务专员,"
            "累计帮助企业解决问题300余个。\n",
            {"120户": "“项目管家”制度", "300余个": "“项目管家”制度"},
        ),
        # a programme used as a means (通过开展X) leaves the figures to the one who uses it
        (
            "消费帮扶\n江城港务集团有限公司通过开展消费帮扶新春行动,采购山区农产品约300万元。\n",
            {"约300万元": "江城港务集团有限公司"},
        ),
    ],
    ids=["policy-terms", "fund-size", "scheme", "means"],
)
def test_the_terms_of_an_instrument_are_its_own(tmp_path, text, expected):
    assert _owners(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place's own year plan, stated in its own clause after the event: the place's
        (
            "大会\n今天上午,大庆市重点产业项目推进大会召开,据悉,2024年大庆市共安排重大项目80个,总投资约900亿元。\n",
            {"80个": "大庆市", "约900亿元": "大庆市"},
        ),
        # …but a target the meeting's report sets (会议提出) is the meeting's
        (
            "推进会\n6月18日,江城市委、市政府召开港产城融合发展推进会,会议提出,到2025年,"
            "全市临港产业产值要突破3000亿元。\n",
            {"3000亿元": "港产城融合发展推进会"},
        ),
        # an agency's dateline with a space (中新网 江城4月8日电) is no subject; projects signed on the spot
        # (现场签约) are the occasion's
        (
            "推介会\n中新网 江城4月8日电 (李明远)4月8日,江城市招商引资推介会在江城市举行。"
            "共有100多名企业家参会,20个项目现场签约,协议投资总额88亿元。\n",
            {
                "100多名": "江城市招商引资推介会",
                "20个": "江城市招商引资推介会",
                "88亿元": "江城市招商引资推介会",
            },
        ),
        # a title without commas: the figure after the event's own goes on with the event, not the host place
        (
            "江城县6个项目集中签约总投资18亿元\n10月30日,江城县举行重点项目集中签约仪式,"
            "参加本次集中签约的项目共6个,协议总投资18亿元。\n",
            {"6个": "重点项目集中签约仪式", "18亿元": "重点项目集中签约仪式"},
        ),
    ],
    ids=["place-year-plan", "meeting-target", "dateline-and-on-the-spot", "title-after-event-figure"],
)
def test_event_or_place(tmp_path, text, expected):
    assert _owners(tmp_path, text) == expected


def test_a_dash_names_what_the_words_before_it_describe(tmp_path):
    text = "乙烯项目\n19日,浙江目前投资最大的外资项目——海湾石化乙烯项目主体工程动工,总投资约300亿元。\n"
    assert _owners(tmp_path, text) == {"约300亿元": "海湾石化乙烯项目"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # 全县 is the county the text last named, and a body written with its county's name (新宾满族自治县
        # 农业农村局) names that county, though resolution gave 全县 one county for the whole article
        (
            "补贴\n新宾满族自治县是人参之乡。在清原满族自治县,抚顺清源中药材科技有限公司投资1.2亿元建设的"
            "年加工5000吨中药材饮片项目已投产。新宾满族自治县农业农村局局长李明说,今年县农业农村局设立"
            "林下参产业发展补贴。截至7月末,全县已发放各类产业补贴资金1730万元,惠及经营主体326个。\n",
            {
                "1.2亿元": "年加工5000吨中药材饮片项目",
                "年加工5000吨": "年加工5000吨中药材饮片项目",
                "1730万元": "新宾满族自治县",
                "326个": "新宾满族自治县",
            },
        ),
        # 村集体 (the village collective) is the village
        (
            "村集体\n在清原满族自治县大孤家镇马前寨村,抚顺绿野果蔬有限公司流转土地500亩建设蔬菜基地。"
            "村集体每年可获得土地流转收入和分红16万元。\n",
            {"16万元": "马前寨村"},
        ),
        # a hearsay clause (据统计) between the name and the subjectless clause
        (
            "苹果产区\n烟台市是全国重要的苹果产区,栖霞市苹果种植面积达到60万亩,据统计,年产量超过150万吨。\n",
            {"150万吨": "栖霞市"},
        ),
    ],
    ids=["whole-county-is-the-last-named", "village-collective", "hearsay-between"],
)
def test_places_referred_to(tmp_path, text, expected):
    assert _owners(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure in brackets right after a name is a note on that name
        (
            "括号\n签约仪式上,签约项目包括大庆石化乙烯项目(总投资5亿元)、肇源县稻米加工项目(总投资3亿元)"
            "和林甸县风电项目(总投资2亿元)。\n",
            {"5亿元": "大庆石化乙烯项目", "3亿元": "肇源县稻米加工项目", "2亿元": "林甸县风电项目"},
        ),
        # 本届 (this session of a recurring fair) is the fair being reported
        (
            "展会\n9月5日,第十届中国(大庆)国际石化产业博览会在大庆国际会展中心开幕。"
            "本届博览会共吸引300家企业参展,现场达成合作意向金额12亿元。\n",
            {"300家": "第十届中国(大庆)国际石化产业博览会", "12亿元": "第十届中国(大庆)国际石化产业博览会"},
        ),
    ],
    ids=["note-in-brackets", "this-session"],
)
def test_notes_and_sessions(tmp_path, text, expected):
    assert _owners(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A和B分别…: the figures after 分别 go to the names listed before it, in order (also in a later
        # clause of the sentence that says 分别 again)
        (
            "分别\n肇源县和林甸县分别签约项目12个和8个,签约额分别为36亿元和20亿元。\n",
            {"12个": "肇源县", "8个": "林甸县", "36亿元": "肇源县", "20亿元": "林甸县"},
        ),
        (
            "分别\n肇源县、林甸县和杜尔伯特蒙古族自治县分别新增规模以上企业5家、3家和4家。\n",
            {"5家": "肇源县", "3家": "林甸县", "4家": "杜尔伯特蒙古族自治县"},
        ),
        # …but one name with several measures (同比分别增长) keeps them all
        (
            "分别\n上半年,大庆港完成货物吞吐量1.05亿吨,同比分别增长4.2%和6.8%。\n",
            {"1.05亿吨": "大庆港", "4.2%": "大庆港", "6.8%": "大庆港"},
        ),
    ],
    ids=["two-places", "three-places", "one-owner"],
)
def test_respectively(tmp_path, text, expected):
    assert _owners(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subjectless clause saying who made the list (共有15个城市入选) counts the list's members, and a
        # place's share of them after 其中 is the list's count too
        (
            "名单\n商务部公布第二批全国供应链创新与应用示范城市名单,共有15个城市入选,其中辽宁省2个。\n",
            {"15个": "全国供应链创新与应用示范城市", "2个": "全国供应链创新与应用示范城市"},
        ),
        # what a meeting's report sets (会议要求 …) is the meeting's
        (
            "部署\n3月2日,黑龙江省召开全省重点项目建设推进大会。会议要求,全年全省要开工建设亿元以上项目"
            "1000个以上,完成投资3000亿元。\n",
            {"1000个": "全省重点项目建设推进大会", "3000亿元": "全省重点项目建设推进大会"},
        ),
    ],
    ids=["list-members", "meeting-says"],
)
def test_lists_and_meetings(tmp_path, text, expected):
    assert _owners(tmp_path, text) == expected


def _dates(tmp_path, text: str) -> set[tuple[str, str]]:
    src = tmp_path / "article.txt"
    src.write_text(text, encoding="utf-8")
    g = kg.build_graph([src])
    return {(d.value, e.label) for e in g.entities for d in e.dates}


def test_a_meeting_whose_decisions_are_carried_out_is_not_dated_by_the_sentence(tmp_path):
    text = (
        "开工\n2020年4月18日,为深入贯彻落实大庆市委经济工作会议决策部署,肇源县举行了"
        "2020年重点产业项目集中开工仪式。\n"
    )
    assert _dates(tmp_path, text) == {("2020-04-18", "2020年重点产业项目集中开工仪式")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count right after names joined by 、/和 counts them: it is what the sentence is about that has
        # them, not the last name listed
        (
            "乡镇\n肇源县位于松花江北岸,下辖肇源镇、茂兴镇和古龙镇3个镇,总人口40万人。\n",
            {"3个": "肇源县", "40万人": "肇源县"},
        ),
        # a count of what becomes a designation (N个X升级为D) is the designation's, with or without a list
        (
            "升级\n国务院同意4个省级开发区升级为国家级经济技术开发区\n",
            {"4个": "国家级经济技术开发区"},
        ),
        # a plan drafted (制定《X方案》) is no instrument whose terms follow: the place acts on
        (
            "制定\n今年以来,肇源县结合本县实际,制定《2024年度招商引资工作方案》,组建8个专业招商团队。\n",
            {"8个": "肇源县"},
        ),
    ],
    ids=["enumerated-members", "upgraded-to", "plan-drafted"],
)
def test_counts_of_members(tmp_path, text, expected):
    assert _owners(tmp_path, text) == expected


def test_a_firm_written_before_its_project_leaves_the_subject_to_the_project(tmp_path):
    text = (
        "开工\n5月10日,肇源县2024年重点项目集中开工仪式在肇源经济开发区举行。此次集中开工项目共18个,"
        "总投资56亿元。其中,大庆鑫达新材料有限公司年产20万吨聚丙烯项目总投资15亿元。\n"
    )
    owners = _owners(tmp_path, text)
    assert owners["15亿元"] == "大庆鑫达新材料有限公司年产20万吨聚丙烯项目"
    assert owners["18个"] == owners["56亿元"] == "肇源县2024年重点项目集中开工仪式"


def test_a_sentence_without_a_subject_leaves_the_topic(tmp_path):
    # 深入推进X: X is the object of a sentence with no subject of its own; the next subjectless sentence
    # goes back to what the list of tasks is about; a title counted after the verb (新创建省级…示范村15个) is
    # no subject: the count is the target of the drive the clause before introduces (vals7), and no topic
    text = (
        "部署\n下半年,大庆市将实施城镇老旧小区改造项目48个,惠及居民2.6万户;深入推进“和美乡村”示范创建,"
        "新创建省级和美乡村示范村15个;扎实做好高校毕业生就业工作,确保城镇新增就业1.1万人以上。\n"
    )
    assert _owners(tmp_path, text) == {
        "48个": "大庆市",
        "2.6万户": "大庆市",
        "15个": "“和美乡村”示范创建",
        "1.1万人": "大庆市",
    }


def test_a_planned_start_is_the_place_s_own_target(tmp_path):
    # 计划新开工 (planned, not started at the occasion): the year's plan is the county's, and the next
    # sentence about those projects goes on with the county
    text = (
        "计划\n3月31日,大庆市肇源县举办重点项目集中开工仪式。2023年肇源县计划新开工项目35个,总投资达90亿元。"
        "35个项目中,一季度新开工项目5个,总投资近10亿元。\n"
    )
    owners = _owners(tmp_path, text)
    assert {owners[k] for k in ("35个", "90亿元", "5个", "近10亿元")} == {"肇源县"}


def test_a_place_that_only_opens_a_name_is_no_modified_head(tmp_path):
    owners = _owners(tmp_path, "前缀\n投资5000万元的湖南愿景物流园建设项目,建成后将与码头形成配套。\n")
    assert "湖南省" not in owners.values()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("光伏\n孟江县城东分布式2.5MW光储充一体化电站项目开工。\n", [("2.5MW", 2.5, "MW")]),
        (
            "储能\n沈北新区200MW/400MWh共享储能电站开工建设。\n",
            [("200MW", 200.0, "MW"), ("400MWh", 400.0, "MWh")],
        ),
        ("电网\n新建10kVA箱变一座,风电装机达到5GW。\n", [("5GW", 5.0, "GW")]),
    ],
    ids=["MW-in-a-name", "MW-and-MWh", "GW-not-kVA"],
)
def test_si_symbols_of_power_and_energy_are_read(text, expected):
    from kg.values import find_quantities

    found = [(f.text, f.value, f.unit) for f in find_quantities(text) if f.unit in ("MW", "MWh", "GW", "kV")]
    assert found == expected
