"""Relation rules of branch rels (attendance rosters, officials signing in a list, a gathering held by a body
at a place, the umbrella of a gathering, programmes as a theme): case tables of invented sentences, none
copied from an annotated article."""

from __future__ import annotations

import pytest
from cases import relations_of as _relations

_OPENING = "5月10日,新民市举行重大项目集中开工仪式。"
_SIGNING = "5月10日,新民市举行招商引资项目集中签约仪式。"


@pytest.mark.parametrize(
    "text, triple",
    [
        # a roster of officials and units closed by 等…负责人 and a verb of attending: everyone listed takes part
        (
            _OPENING + "市委书记王建国,市长李明,副市长张华及新民市发展和改革局、新民市商务局、"
            "东方红纺织有限公司等单位主要负责人出席开工仪式。",
            ("张华", "participatesIn", "重大项目集中开工仪式"),
        ),
        (
            _OPENING + "市委书记王建国,市长李明,副市长张华及新民市发展和改革局、新民市商务局、"
            "东方红纺织有限公司等单位主要负责人出席开工仪式。",
            ("新民市商务局", "participatesIn", "重大项目集中开工仪式"),
        ),
        (
            _OPENING + "市委书记王建国,市长李明,副市长张华及新民市发展和改革局、新民市商务局、"
            "东方红纺织有限公司等单位主要负责人出席开工仪式。",
            ("东方红纺织有限公司", "participatesIn", "重大项目集中开工仪式"),
        ),
        # the roster may end in units the rules do not name (工行、农行等单位)
        (
            _SIGNING + "副市长张华,及新民市发展和改革局、新民市商务局、工行、农行等单位参加签约仪式。",
            ("新民市发展和改革局", "participatesIn", "招商引资项目集中签约仪式"),
        ),
        # officials listed before 分别与…签约 each sign
        (
            _SIGNING + "副市长张华、李明分别与东方红纺织有限公司、北山农业有限公司签订了投资协议。",
            ("张华", "participatesIn", "招商引资项目集中签约仪式"),
        ),
        # a body that holds a gathering at a place (and a venue there) organises it, and it is held there
        (
            "5月10日,新民市在大民屯镇会议中心举行招商项目集中签约仪式。",
            ("新民市", "organizes", "招商项目集中签约仪式"),
        ),
        (
            "5月10日,新民市在大民屯镇会议中心举行招商项目集中签约仪式。",
            ("招商项目集中签约仪式", "locatedIn", "大民屯镇"),
        ),
        # the gathering a report is about, not the festival it is one of a series of
        (
            "新民市举行招商项目推介会。本次推介会是新民市第三届桃花文化旅游节系列活动之一。"
            "市委书记王建国,副市长张华出席活动。",
            ("张华", "participatesIn", "招商项目推介会"),
        ),
        # a programme a place takes as its theme is one it carries out
        (
            "今年以来,新民市以“项目建设攻坚年”为主题,全力抓项目、促发展。",
            ("新民市", "implements", "“项目建设攻坚年”"),
        ),
        # a 会上 paragraph: the people who open its later sentences by speaking take part in the gathering
        (
            "新民市召开全市项目建设推进会。\n会上,新民市商务局作交流发言。"
            "东方红纺织有限公司总经理王建国表示,企业将加快项目建设。",
            ("王建国", "participatesIn", "全市项目建设推进会"),
        ),
        # a bare 副市长 after a post that wrote its place, in one roster, is that place's
        (
            "鞍山市举行招商项目签约仪式,海城市人民政府与东方红纺织有限公司签约。海城市市委副书记、市长杨建国,副市长苏明出席签约仪式。",
            ("苏明", "worksFor", "海城市人民政府"),
        ),
        # a roster's 人大常委会主任 / 政协主席 without a level are the bodies of the place its first post wrote
        (
            "新抚区举行招商项目签约仪式。新抚区委书记王建国,人大常委会主任李明,政协主席张华出席仪式。",
            ("李明", "worksFor", "新抚区人大常委会"),
        ),
        (
            "新抚区举行招商项目签约仪式。新抚区委书记王建国,人大常委会主任李明,政协主席张华出席仪式。",
            ("张华", "worksFor", "政协新抚区委员会"),
        ),
        # a project written right after the town it lies in
        (
            "今年,大民屯镇北山村香菇种植基地建成投产。",
            ("北山村香菇种植基地", "locatedIn", "大民屯镇"),
        ),
        # a breakdown of a start's projects by kind, clause after clause (；): the start is said before the chain
        (
            "新民市举行重大项目集中开工仪式。此次集中开工项目共30个,总投资120亿元。"
            "从项目类别来看,产业项目20项,主要有东山新材料产业园项目等；"
            "基础设施项目6项,主要包括南湖大桥项目等；社会民生项目4项,主要包括北关学校扩建项目等。",
            ("北关学校扩建项目", "participatesIn", "重大项目集中开工仪式"),
        ),
        # 管委会副主任X: the management committee named last
        (
            "新民经济开发区管委会主任王建国讲话,管委会副主任李明主持会议。",
            ("李明", "worksFor", "新民经济开发区管委会"),
        ),
        # 公司负责人X after a quote: the firm before the quote, not one the quote names
        (
            "新民北山农业有限公司今年扩大生产。“这批货都是东方红物流集团有限公司帮忙销售的。”公司负责人王建国说。",
            ("王建国", "worksFor", "新民北山农业有限公司"),
        ),
        # the clauses after a programme a place carries out go on with the same subject
        (
            "今年,新民市深入实施“百企帮百村”工程,全力推进“五城同建”,经济持续向好。",
            ("新民市", "implements", "“五城同建”"),
        ),
        # 项目位于X opening a later clause of the sentence that names the project
        (
            "在上海,共签订5个项目,其中北山风电项目由东方新能源有限公司投资3亿元建设,项目位于新民市大民屯镇,年发电1亿千瓦时。",
            ("北山风电项目", "locatedIn", "大民屯镇"),
        ),
        # 此次活动由X主办: the gathering the report is about is held by its hosts
        (
            "新民市举行招商项目推介会。此次活动由新民市人民政府主办,新民市商务局承办。",
            ("新民市人民政府", "organizes", "招商项目推介会"),
        ),
        # the person a sentence opens with goes on as the subject of a later clause that attends a gathering
        (
            "10月12日,副市长王建国一行先后拜访东方红纺织有限公司、北山农业有限公司,"
            "还与东方红纺织有限公司高管共同参加2024中国国际纺织博览会。",
            ("王建国", "participatesIn", "2024中国国际纺织博览会"),
        ),
        # a person who speaks on a topic (就…作具体安排) at the gathering takes part
        (
            "7月26日,中共新民市委十三届七次全体会议召开。市长王建国就下半年经济工作作具体安排。",
            ("王建国", "participatesIn", "中共新民市委十三届七次全体会议"),
        ),
    ],
)
def test_relation_found(text, triple):
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a body that only opens a post (中共新民市委 of 市委书记) is no member of the roster
        (
            _OPENING + "市委书记王建国,市长李明,副市长张华及新民市发展和改革局等单位主要负责人出席开工仪式。",
            ("中共新民市委", "participatesIn", "重大项目集中开工仪式"),
        ),
        # another clause's verb ends the roster: the bodies that spoke are not listed as attending by it
        (
            _SIGNING + "新民市商务局、新民市发展和改革局介绍了招商政策,副市长张华出席签约仪式。",
            ("新民市商务局", "participatesIn", "招商引资项目集中签约仪式"),
        ),
        # the festival a gathering is part of is not what its attendees attend
        (
            "新民市举行招商项目推介会。本次推介会是新民市第三届桃花文化旅游节系列活动之一。"
            "市委书记王建国,副市长张华出席活动。",
            ("张华", "participatesIn", "新民市第三届桃花文化旅游节"),
        ),
        # …not one quoted after a line break (another paragraph)
        (
            "新民市召开全市项目建设推进会。\n会上,新民市商务局作交流发言。\n"
            "东方红纺织有限公司总经理王建国表示,企业将加快项目建设。",
            ("王建国", "participatesIn", "全市项目建设推进会"),
        ),
        # …and none when no post of the roster wrote a place
        (
            "新民市举行招商项目签约仪式。市委书记王建国,人大常委会主任李明出席仪式。",
            ("李明", "worksFor", "新民市人大常委会"),
        ),
        # …not a clause with a subject of its own
        (
            "今年,新民市深入实施“百企帮百村”工程,辽中区全力推进“五城同建”,经济持续向好。",
            ("新民市", "implements", "“五城同建”"),
        ),
        # …not when another person is written between
        (
            "10月12日,副市长王建国一行拜访东方红纺织有限公司,总经理李明还共同参加2024中国国际纺织博览会。",
            ("王建国", "participatesIn", "2024中国国际纺织博览会"),
        ),
        # a news outlet is not placed by the place its name opens with
        (
            "大连新闻传媒集团记者王明报道:大连市举行招商项目签约仪式。",
            ("大连新闻传媒集团", "locatedIn", "大连市"),
        ),
    ],
)
def test_relation_not_found(text, triple):
    assert triple not in _relations(text)
