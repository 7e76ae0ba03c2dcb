"""Relation rules of the rels8 work (first-run misses of the fresh sets dev16–dev21, by cause): case tables
of invented sentences, none copied from an annotated article. Places are real divisions (吉安市 青原区 and its
town 富田镇, 赣州市 and 章贡区, 大连 庄河市), people, firms and projects invented."""

from __future__ import annotations

import pytest
from cases import relations_of

# a city's article (no county of its own to place a project in by default)
_CITY = "吉安市招商引资成效显著\n吉安市招商引资成效显著。"
_MEETING = "吉安市召开项目调度会\n5月8日,吉安市召开重点项目建设视频调度会议。"


@pytest.mark.parametrize(
    "text, triple",
    [
        # 参会 closing a roster: "attend the meeting", the verb and its gathering in one word
        (
            _MEETING + "副市长刘建国、市发改委、市财政局相关负责人参会。",
            ("刘建国", "participatesIn", "重点项目建设视频调度会议"),
        ),
        (
            _MEETING + "副市长刘建国、市发改委、市财政局相关负责人参会。",
            ("市财政局", "participatesIn", "重点项目建设视频调度会议"),
        ),
        # 与会 likewise, a firm of the roster closed by 等企业代表
        (
            "吉安市召开项目调度会\n5月8日,吉安市召开重点项目建设视频调度会议,"
            "副市长刘建国及华兴新材料有限公司等企业代表与会。",
            ("华兴新材料有限公司", "participatesIn", "重点项目建设视频调度会议"),
        ),
        # came to attend E, the person named after E's 的 with a body the extractor does not know in between
        (
            "吉安市会见客商\n市委书记王志刚会见来我市出席中部钢结构产业发展论坛的江西省钢结构协会会长刘建国。",
            ("刘建国", "participatesIn", "中部钢结构产业发展论坛"),
        ),
        # a place's projects hold the ceremony: it is held in that place (全市 between them)
        (
            "赣州市项目开工\n5月8日,赣州市全市首批120个重点项目举行集中开工仪式。",
            ("集中开工仪式", "locatedIn", "赣州市"),
        ),
        (
            "青原区项目开工\n5月8日,青原区二季度15个重大项目集中举行开工仪式。",
            ("开工仪式", "locatedIn", "青原区"),
        ),
        # the projects a place's start lists (当天集中开工的项目为A、B、C) are in that place
        (
            "富田镇项目开工\n5月8日上午,吉安市青原区富田镇一批重点项目集中开工。"
            "当天集中开工建设的项目为富田循环科技产业园、华兴绿色建材产业园、东方农产品冷链物流中心。",
            ("华兴绿色建材产业园", "locatedIn", "富田镇"),
        ),
        # (in a city's article: the town that starts them, named in the sentence before)
        (
            "吉安市项目建设提速\n吉安市各地项目建设提速。5月8日,青原区值夏镇举行重点项目集中开工仪式。"
            "本次集中开工的3个项目为:华兴化工技术改造项目、东方物流园项目、宏达冷链仓储项目。",
            ("宏达冷链仓储项目", "locatedIn", "值夏镇"),
        ),
        # a place that signs a project with a firm has it built there (X区与A公司签约P)
        (
            _CITY + "5月8日,青原区与华兴集团签约年产10万吨铝型材项目。",
            ("年产10万吨铝型材项目", "locatedIn", "青原区"),
        ),
        (
            _CITY + "5月8日,值夏镇与华兴集团签订年产10万吨铝型材项目投资协议。",
            ("年产10万吨铝型材项目", "locatedIn", "值夏镇"),
        ),
        # …each firm's project named between 与 and a clause-final 签约
        (
            _CITY
            + "5月8日,青原区与华兴集团年产10万吨铝型材项目、与东方纸业有限公司年产5万吨纸箱项目成功签约。",
            ("年产5万吨纸箱项目", "locatedIn", "青原区"),
        ),
        # …and the project that signs with a place (P项目正式与X区签约)
        (
            _CITY + "5月8日,由华兴集团投资3亿元的年产10万吨铝型材项目正式与青原区签约。",
            ("年产10万吨铝型材项目", "locatedIn", "青原区"),
        ),
        # 该公司 / 该企业 opening a clause with a verb of place: the firm just named is there
        (
            "吉安市企业\n华兴新材料有限公司成立于2012年。该公司位于青原区富田镇,现有员工300人。",
            ("华兴新材料有限公司", "locatedIn", "富田镇"),
        ),
        (
            "吉安市企业\n华兴新材料有限公司是一家民营企业,目前,该企业已入驻吉安高新技术产业开发区。",
            ("华兴新材料有限公司", "locatedIn", "吉安高新技术产业开发区"),
        ),
        # 该公司投资N元建设P (no 的): the firm just named invests in P
        (
            "吉安市企业\n华兴新材料有限公司成立于2012年。该公司投资5亿元建设年产10万吨铝型材项目。",
            ("华兴新材料有限公司", "investsIn", "年产10万吨铝型材项目"),
        ),
        # members that pass the review of a title's list (通过专家评审,拟予以认定) hold the title reported before
        (
            "吉安市企业获认定\n近日,江西省工业和信息化厅对2023年江西省“专精特新”中小企业评审结果进行了公示。"
            "其中,华兴新材料有限公司、东方纸业有限公司等46家企业通过专家评审,拟予以认定。",
            ("东方纸业有限公司", "designatedAs", "江西省“专精特新”中小企业"),
        ),
        # a headline ending in a verb of listing (获认定) does not start the next line's list title: the body that
        # publishes the list awards it
        (
            "吉安市企业获认定\n江西省工业和信息化厅日前发布2023年度省级绿色工厂名单,"
            "我市华兴新材料有限公司、东方纸业有限公司榜上有名。",
            ("江西省工业和信息化厅", "awards", "省级绿色工厂"),
        ),
        (
            "吉安市企业获认定\n江西省工业和信息化厅日前发布2023年度省级绿色工厂名单,"
            "我市华兴新材料有限公司、东方纸业有限公司榜上有名。",
            ("华兴新材料有限公司", "designatedAs", "省级绿色工厂"),
        ),
        # 下达 (hand a plan down) is a verb of running it
        (
            "江西省下达投资计划\n江西省发展和改革委员会下达全省农村公路建设计划。",
            ("江西省发展和改革委员会", "implements", "农村公路建设计划"),
        ),
        # heads of firms who speak one after another (先后发言, like 分别发言) at the gathering: the firms take part
        (
            "青原区座谈会\n5月8日,青原区召开重点企业座谈会。区长刘建国主持会议。"
            "华兴集团、东方纸业有限公司负责人先后发言。",
            ("东方纸业有限公司", "participatesIn", "重点企业座谈会"),
        ),
        # a body that holds a meeting with the article's own place (省发改委与我市召开) holds it too
        (
            "吉安市召开项目调度会\n5月8日,省发改委与我市召开重点项目建设视频调度会议。",
            ("江西省发展和改革委员会", "organizes", "重点项目建设视频调度会议"),
        ),
        (
            "青原区召开项目推进会\n5月8日,市工信局和我区召开重点企业帮扶推进会。",
            ("吉安市工业和信息化局", "organizes", "重点企业帮扶推进会"),
        ),
        # a place whose delegation attends the gathering named right after (X市代表团参加本届E) takes part in it
        (
            "吉安市招商\n招商引资成为吉安市代表团参加本届中部投资贸易博览会的重头戏。",
            ("吉安市", "participatesIn", "中部投资贸易博览会"),
        ),
        # a place that carries out or builds a project (X市通过实施P / X市将建设P1、P2) has it there
        (
            "吉安市环境整治\n吉安市通过实施禾河流域环境综合整治工程项目,改善了城区环境。",
            ("禾河流域环境综合整治工程项目", "locatedIn", "吉安市"),
        ),
        (
            "吉安市环境整治\n今年,吉安市将建设禾河流域环境综合整治工程项目、城南污水处理厂项目。",
            ("城南污水处理厂项目", "locatedIn", "吉安市"),
        ),
        # a byline whose outlet is named after 来源: that outlet employs the reporter
        (
            "青原区项目建设提速\n□记者 张立新 南昌报道 来源:江西日报\n5月8日,青原区举行重点项目集中开工仪式。",
            ("张立新", "worksFor", "江西日报"),
        ),
        # a byline naming the paper and its newsroom (X日报、X全媒体记者 某某): a line of its own, the paper employs
        (
            "青原区项目建设提速\n吉安日报、吉安全媒体记者 张立新\n5月8日,青原区举行重点项目集中开工仪式。",
            ("张立新", "worksFor", "吉安日报"),
        ),
    ],
)
def test_rels8_states(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in relations_of(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # 与会人员 / 与会代表 as a noun opening a clause: no roster before it
        (
            _MEETING + "与会人员参观了华兴新材料有限公司。",
            ("华兴新材料有限公司", "participatesIn", "重点项目建设视频调度会议"),
        ),
        # a place after 在 is the venue of the place that holds it, not the place whose projects hold it
        (
            "赣州市项目开工\n5月8日,赣州市在章贡区举行全市重点项目集中开工仪式。",
            ("全市重点项目集中开工仪式", "locatedIn", "赣州市"),
        ),
        # a place after 由 (由X市建设的P: who builds, the project's place is given elsewhere) is not read so
        (
            _CITY + "位于青原区的华兴物流园项目由吉安市城投集团建设,由吉安市建设的配套道路项目同步推进。",
            ("华兴物流园项目", "locatedIn", "吉安市"),
        ),
        # two places signing an agreement: no project, and neither place is in the other by it
        (_CITY + "5月8日,青原区与吉安县签订战略合作协议。", ("青原区", "locatedIn", "吉安县")),
        # the listed projects of a start say nothing of a place when no start opens the list (项目为 alone)
        (
            "吉安市项目建设\n吉安市青原区今年计划实施重点项目50个。今年的重点项目有华兴绿色建材产业园、东方冷链物流中心。",
            ("东方冷链物流中心", "locatedIn", "青原区"),
        ),
    ],
)
def test_rels8_does_not_state(text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in relations_of(text)


def test_held_elsewhere_is_where_the_gathering_is() -> None:
    """A gathering named after one place and held in another, apart from it, is located only where it is held;
    one held inside its name's place is left to the most-specific rule (the venue)."""
    rels = relations_of("青原区赴京招商\n5月8日,青原区投资环境推介会在北京举行。区委书记刘建国出席。")
    assert ("青原区投资环境推介会", "locatedIn", "北京市") in rels
    assert ("青原区投资环境推介会", "locatedIn", "青原区") not in rels
    rels = relations_of("吉安市招商\n5月8日,吉安市招商推介大会在青原区举行。市长刘建国出席。")
    assert ("吉安市招商推介大会", "locatedIn", "青原区") in rels


def _merged(text: str, a: str, b: str) -> bool:
    """Are names a and b of one entity after resolution?"""
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    return any({a, b} <= {e.label, *e.aliases} for e in entities)


@pytest.mark.parametrize(
    "text, a, b, merged",
    [
        # an act's occasion: a leading year or place and 仪式/活动 after the act differ, one occasion
        (
            "2024年重点项目集中签约仪式举行\n5月8日,青原区重点项目集中签约活动在富田镇举行,区长刘建国出席。",
            "2024年重点项目集中签约仪式",
            "青原区重点项目集中签约活动",
            True,
        ),
        # 活动 after an occasion's own name (a week): that occasion, with or without its year
        (
            "2023年“青原投资洽谈周”开幕\n5月8日,“青原投资洽谈周”活动在青原区开幕,区长刘建国出席。",
            "青原投资洽谈周",
            "“青原投资洽谈周”活动",
            True,
        ),
    ],
)
def test_one_occasion_identity(text: str, a: str, b: str, merged: bool) -> None:
    """kg.resolve._occasion_key is one normal form of an occasion's identity within an article; one pass
    merges an act's occasions and the occasion a 活动 wrapper names."""
    assert _merged(text, a, b) is merged
