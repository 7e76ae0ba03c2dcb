"""Relation rules of the rels9 work (first-run misses and extras of the fresh sets dev22–dev25, by cause): case
tables of invented sentences, none copied from an annotated article. Places are real divisions (江西 赣州市, 抚州市
崇仁县 and its town 巴山镇, 河南 汝州市), people, firms, projects and gatherings invented."""

from __future__ import annotations

import pytest
from cases import relations_of


@pytest.mark.parametrize(
    "text, triple",
    [
        # 参加相关活动 / 参加了上述活动: the activity named before, not the meeting named last
        (
            "汝州市推进项目建设\n1月4日,省委、省政府召开全省重大项目建设推进会。当天,汝州市开展“项目建设提速”活动,"
            "市长王建国,刘明、张华等四大班子领导参加相关活动。",
            ("刘明", "participatesIn", "“项目建设提速”活动"),
        ),
        (
            "汝州市推进项目建设\n汝州市开展“项目建设提速”活动。市长王建国,刘明、张华等四大班子领导参加相关活动。",
            ("王建国", "participatesIn", "“项目建设提速”活动"),
        ),
        (
            "崇仁县观摩项目\n3月8日,崇仁县召开项目观摩推进会。副县长刘建国、县发改委、县工信局等部门负责人参加了上述活动。",
            ("县工信局", "participatesIn", "推进会"),
        ),
        # a firm that attends a named gathering (A参加了X举行的E; A…投资建设P,并参加了E) takes part in it
        (
            "崇仁县签约\n华兴航空有限公司计划在崇仁投资建设年产50架无人机总装项目,并参加了县政府举行的2023年度重大项目集中签约仪式。",
            ("华兴航空有限公司", "participatesIn", "2023年度重大项目集中签约仪式"),
        ),
        (
            "崇仁县签约\n宏达物流有限公司还参加了崇仁县举办的2023年招商推介会。",
            ("宏达物流有限公司", "participatesIn", "2023年招商推介会"),
        ),
        # a place that holds a gathering on a day written before the verb (X市27日举行E): held there
        (
            "赣州市项目开工\n赣州市27日举行2023年第二批重大项目集中开工仪式。",
            ("2023年第二批重大项目集中开工仪式", "locatedIn", "赣州市"),
        ),
        (
            "崇仁县项目开工\n崇仁县3月8日上午隆重举行一季度重大项目集中开工仪式。",
            ("一季度重大项目集中开工仪式", "locatedIn", "崇仁县"),
        ),
        # 县委副书记、县领导X同志: the group word 县领导 between the post and the name is no post of its own
        (
            "崇仁县项目开工\n仪式由崇仁县委副书记、县领导刘建国同志主持。",
            ("刘建国", "worksFor", "中共崇仁县委"),
        ),
        (
            "崇仁县项目开工\n仪式由崇仁县人民政府副县长、县领导王明同志主持。",
            ("王明", "worksFor", "崇仁县人民政府"),
        ),
    ],
)
def test_stated(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in relations_of(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # one who attends (参加了县政府举行的E) is not the gathering's host
        (
            "崇仁县签约\n华兴航空有限公司参加了县政府举行的2023年度重大项目集中签约仪式。",
            ("华兴航空有限公司", "organizes", "2023年度重大项目集中签约仪式"),
        ),
        (
            "崇仁县签约\n崇仁县出席了市政府举办的2023年度重大项目集中签约仪式。",
            ("崇仁县", "organizes", "2023年度重大项目集中签约仪式"),
        ),
        # 相关活动 with an activity named before: not the meeting the passage last named
        (
            "汝州市推进项目建设\n1月4日,省委、省政府召开全省重大项目建设推进会。当天,汝州市开展“项目建设提速”活动,"
            "市长王建国,刘明、张华等四大班子领导参加相关活动。",
            ("刘明", "participatesIn", "全省重大项目建设推进会"),
        ),
        # 县领导X alone: a group, no post
        ("崇仁县项目开工\n仪式由县领导刘建国同志主持。", ("刘建国", "worksFor", "中共崇仁县委")),
    ],
)
def test_not_stated(text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in relations_of(text)


def test_host_still_read() -> None:
    """A firm that holds its own gathering still organises it (the attending verb is what stops the row)."""
    assert ("华兴航空有限公司", "organizes", "2023年度新品发布会") in relations_of(
        "新品发布\n华兴航空有限公司举行了2023年度新品发布会。"
    )


# a zone or place that opens a sentence before a colon is the topic of the projects and firms its clauses report
_COLON_HEAD = "崇仁县项目建设\n"


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            _COLON_HEAD
            + "崇仁经济开发区捷报频传:华兴电机项目顺利投产,宏达新材料项目如期交付,东方光电公司完成设备安装。",
            ("宏达新材料项目", "locatedIn", "崇仁经济开发区"),
        ),
        (
            _COLON_HEAD
            + "年终岁尾,崇仁经济开发区喜讯不断:华兴电机项目顺利投产,东方光电公司扩产项目如期交付。",
            ("华兴电机项目", "locatedIn", "崇仁经济开发区"),
        ),
        (
            _COLON_HEAD + "巴山镇喜讯频传:华兴食品加工项目主体封顶,宏达冷链物流项目开始试运行。",
            ("宏达冷链物流项目", "locatedIn", "巴山镇"),
        ),
    ],
)
def test_colon_topic(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in relations_of(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # one item only (a heading): left to the article's body
        (
            _COLON_HEAD + "崇仁经济开发区:华兴电机项目竣工投产",
            ("华兴电机项目", "locatedIn", "崇仁经济开发区"),
        ),
        # a clause that names another place places it there
        (
            _COLON_HEAD + "崇仁经济开发区捷报频传:华兴电机项目落户巴山镇,宏达新材料项目如期交付。",
            ("华兴电机项目", "locatedIn", "崇仁经济开发区"),
        ),
        # a partner after 与 is from elsewhere
        (
            _COLON_HEAD
            + "崇仁经济开发区捷报频传:华兴电机项目顺利投产,宏达新材料项目与东方光电有限公司签约。",
            ("东方光电有限公司", "locatedIn", "崇仁经济开发区"),
        ),
    ],
)
def test_colon_topic_not(text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in relations_of(text)


# a dateline that joins a paper and its site by a dash, the paper first (江城日报-江城网…讯): the paper employs the
# reporters (as for the site first, 江城网-江城日报讯), the site is an institution of its own; a bracketed photo credit
# on a line of its own ((摄影丨记者 某某)) is the paper's reporter too
_CO_BRANDED = "华兴集团项目落户江城\n江城日报-江城网12月19日讯(记者李明)12月18日,华兴集团项目落户江城。\n"


@pytest.mark.parametrize(
    "text, triple",
    [
        (_CO_BRANDED, ("李明", "worksFor", "江城日报")),
        (_CO_BRANDED + "(摄影丨记者王刚)\n", ("王刚", "worksFor", "江城日报")),
        (_CO_BRANDED + "（图/记者 王刚）\n", ("王刚", "worksFor", "江城日报")),
        (
            "项目落户\n江城网-江城日报讯(记者李明)12月18日,华兴集团项目落户江城。",
            ("李明", "worksFor", "江城日报"),
        ),
    ],
)
def test_co_branded_dateline(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in relations_of(text)


def test_co_branded_site_is_named() -> None:
    from cases import names_of

    names = names_of(_CO_BRANDED)
    assert names.get("江城网") == "Institution"
    assert ("李明", "worksFor", "江城网") not in relations_of(_CO_BRANDED)


# a clause whose subject is a document just named (…出台了《Y办法》,办法规定,…Z专项资金) says what the document
# provides: Z is part of Y, and the place that issued Y does not run Z by that clause
_DOC = "崇仁县出台奖励办法\n今年8月,崇仁县出台了《崇仁县招商引资奖励办法》,"


@pytest.mark.parametrize(
    "text, triple, stated",
    [
        (
            _DOC + "办法规定,每年将安排2亿元作为产业发展专项资金,给予投资补助。",
            ("产业发展专项资金", "partOf", "崇仁县招商引资奖励办法"),
            True,
        ),
        (
            _DOC + "办法规定,每年将安排2亿元作为产业发展专项资金,给予投资补助。",
            ("崇仁县", "implements", "产业发展专项资金"),
            False,
        ),
        (
            _DOC + "该办法明确,每年安排1亿元作为产业发展专项资金。",
            ("产业发展专项资金", "partOf", "崇仁县招商引资奖励办法"),
            True,
        ),
        # the issuer still implements the document itself
        (
            _DOC + "办法规定,每年将安排2亿元作为产业发展专项资金。",
            ("崇仁县", "implements", "崇仁县招商引资奖励办法"),
            True,
        ),
    ],
)
def test_document_provides(text: str, triple: tuple[str, str, str], stated: bool) -> None:
    assert (triple in relations_of(text)) is stated


# a city that is the one place of the clause before a counted list (赣州市近期在厦门签约了A、B等8个项目) is where the
# listed projects are, not the article's first place; a county after the city in the clause is the finer one
_TWO_CITIES = (
    "江西招商\n吉安市在广东深圳举办的“赣商合作项目洽谈会”上,签约项目21个,签约额达136亿元。"
    "赣州市近期也在厦门成功签约了华兴光电产业园项目、宏达物流中心项目等8个重点招商项目,总投资额近13亿元。"
)


@pytest.mark.parametrize(
    "text, triple, stated",
    [
        (_TWO_CITIES, ("华兴光电产业园项目", "locatedIn", "赣州市"), True),
        (_TWO_CITIES, ("华兴光电产业园项目", "locatedIn", "吉安市"), False),
        (
            "吉安市项目开工\n5月8日,吉安市青原区集中开工了华兴新材料项目、宏达冷链物流项目等12个项目。",
            ("宏达冷链物流项目", "locatedIn", "青原区"),
            True,
        ),
        (
            "吉安市项目开工\n5月8日,吉安市青原区集中开工了华兴新材料项目、宏达冷链物流项目等12个项目。",
            ("宏达冷链物流项目", "locatedIn", "吉安市"),
            False,
        ),
    ],
)
def test_counted_list_city(text: str, triple: tuple[str, str, str], stated: bool) -> None:
    assert (triple in relations_of(text)) is stated
