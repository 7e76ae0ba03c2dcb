"""Rules added from the twenty-fourth development set (tests/dev24): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import owners_among
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name",
    [
        # a ministry's party group named only in its official's post is no organ of its own
        ("近日,工信部党组成员、副部长李建华带队赴江城调研。", "工业和信息化部党组"),
        ("科技部党组书记张立平主持召开会议。", "科学技术部党组"),
        # 有关司局, 相关司: the ministry's departments in general, no department's name
        ("科技部有关司局负责同志参加座谈。", "科学技术部有关司"),
        ("会议由工信部相关司局负责人主持。", "工业和信息化部相关司"),
        # projects signed or started together (项目集中签约/开工) are a batch, no one project's name
        ("北湖区举行招商引资推介暨合作项目集中签约仪式。", "招商引资推介暨合作项目"),
        ("江城县举行经贸洽谈暨合作项目集中签约仪式。", "经贸洽谈暨合作项目"),
        # 平台公司: a kind of state-owned firm (a financing platform), no firm's name
        ("县里以外包形式委托平台公司开展招商。", "包形式委托平台公司"),
        ("由平台公司负责项目融资。", "平台公司"),
        # 新市区 is also the everyday "new urban district"
        ("北湖区是江城市最年轻的新市区。", "新市区"),
        # after a leader cue, a common verb that is no surname opens what the leaders do, not a name
        ("在施工现场,市领导听介绍,看进度。", "听介绍"),
        ("县领导看进度、听汇报,了解项目情况。", "看进度"),
        # 做大, 做强 (make it bigger, stronger) open no project's name
        ("江城县要做大新能源项目,形成产业链。", "做大新能源项目"),
        ("全力做大光伏项目。", "做大光伏项目"),
    ],
)
def test_dev24_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    "text, name, types",
    [
        # the central committees of the democratic parties, by their usual short forms
        ("民盟中央副主席李明远出席座谈会。", "中国民主同盟中央委员会", ("GovernmentBody",)),
        ("九三学社中央调研组来江城考察。", "九三学社中央委员会", ("GovernmentBody",)),
        ("民建中央与江城市签署合作协议。", "中国民主建国会中央委员会", ("GovernmentBody",)),
        # a registered firm whose name holds 平台 is still a firm; a leader named after the cue still is one
        ("江城数字平台有限公司落户园区。", "江城数字平台有限公司", ("Company",)),
        ("市领导王建国、李明出席开工仪式。", "王建国", ("Person", "Official")),
        # a project named after the verb of growing keeps its name
        ("要做大江城光伏产业园项目。", "江城光伏产业园项目", ("Project",)),
    ],
)
def test_dev24_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, rel",
    [
        # the official of a ministry's party group works for the ministry
        ("近日,工信部党组成员、副部长李建华带队赴江城调研。", ("李建华", "worksFor", "工业和信息化部")),
        # an official of a democratic party's centre works for it
        ("全国政协常委、民进中央副主席赵文华出席会议。", ("赵文华", "worksFor", "民进中央")),
        # X在Y举办的Z上签约: X signs at the gathering, framed by 在…上, and takes part in it
        (
            "江城市在广东深圳举办的“北方经贸合作洽谈会”上,签约项目12个。",
            ("江城市", "participatesIn", "北方经贸合作洽谈会"),
        ),
        ("宁阳县在浙江杭州举办的投资推介会上,签约项目8个。", ("宁阳县", "participatesIn", "投资推介会")),
    ],
)
def test_dev24_relations(text: str, rel: tuple[str, str, str]) -> None:
    assert rel in _relations(text)


@pytest.mark.parametrize(
    "text, rel",
    [
        # the place after 在 (a province and its city) is where the gathering is held, not who holds it
        (
            "江城市在广东深圳举办的“北方经贸合作洽谈会”上,签约项目12个。",
            ("深圳市", "organizes", "北方经贸合作洽谈会"),
        ),
        # …nor does the one framing it with 在…上 hold it
        (
            "江城市在广东深圳举办的“北方经贸合作洽谈会”上,签约项目12个。",
            ("江城市", "organizes", "北方经贸合作洽谈会"),
        ),
    ],
)
def test_dev24_not_relations(text: str, rel: tuple[str, str, str]) -> None:
    assert rel not in _relations(text)


def test_dev24_holder_before_zai_still_holds() -> None:
    # without the frame (举办 + the gathering, no 的…上) the one named before 在 holds it, as before
    rels = _relations("江城市在深圳举办“北方经贸合作洽谈会”,签约项目12个。")
    assert any(s.startswith("江城") and p == "organizes" for s, p, _ in rels)


@pytest.mark.parametrize(
    "text, name, types",
    [
        # 项目拉练: an inspection tour of projects on given days is an occasion
        ("3月5日,全市重点项目拉练期间,市领导来江城检查。", "全市重点项目拉练", ("Event",)),
        # the items of 签约了A、B等N个重点招商项目 are projects (a centre among them too, not a body)
        (
            "北湖县在深圳签约了翠湖文化旅游发展中心、松风生态风情线等6个重点招商项目。",
            "翠湖文化旅游发展中心",
            ("Project",),
        ),
        (
            "北湖县在深圳签约了翠湖文化旅游发展中心、松风生态风情线等6个重点招商项目。",
            "松风生态风情线",
            ("Project",),
        ),
    ],
)
def test_dev24_more_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, rel",
    [
        # who comes during an occasion (X期间,A、B等领导来…) takes part in it
        (
            "在全省项目观摩会期间,王建国、李明等省领导到江城县调研。",
            ("李明", "participatesIn", "全省项目观摩会"),
        ),
        (
            "12月3日,全市重点项目拉练期间,张志刚、刘海等市领导来我县检查项目。",
            ("张志刚", "participatesIn", "全市重点项目拉练"),
        ),
        # who gives the gathering a presentation (作…介绍) takes part in it
        (
            "江城县举行项目集中开工仪式。副县长王建国作开工项目情况介绍。",
            ("王建国", "participatesIn", "项目集中开工仪式"),
        ),
    ],
)
def test_dev24_participation(text: str, rel: tuple[str, str, str]) -> None:
    assert rel in _relations(text)


def test_dev24_signing_place_after_zai_is_not_the_projects_place() -> None:
    # 甲州在深圳签约了A、B等: the projects are the prefecture's, signed in 深圳 (or 昆山市), not located there
    for where, label in (("深圳", "深圳市"), ("昆山市", "昆山市")):
        rels = _relations(f"甘南州在{where}签约了翠湖文化旅游发展中心、松风生态风情线等6个重点招商项目。")
        assert ("松风生态风情线", "locatedIn", label) not in rels
        assert ("松风生态风情线", "locatedIn", "甘南藏族自治州") in rels


@pytest.mark.parametrize(
    "text, name",
    [
        # X公司 + a county + a project: an industry word later (药业) ends no firm's name across 公司 and the county
        ("青岛佳禾得公司西和县国际药业生物科技产业园项目成功签约。", "青岛佳禾得公司西和县国际药业"),
        # …and a firm's suffix opens no project's name
        ("青岛佳禾得公司西和县国际药业生物科技产业园项目成功签约。", "公司西和县国际药业生物科技产业园项目"),
    ],
)
def test_dev24_firm_county_project_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


def test_dev24_firm_county_project_names() -> None:
    names = _names("青岛佳禾得公司西和县国际药业生物科技产业园项目成功签约。")
    assert names.get("西和县国际药业生物科技产业园项目") == "Project"
    # a registered firm of the trade keeps its name
    assert _names("山东江城药业有限公司投产。").get("山东江城药业有限公司") == "Company"


def test_dev24_bare_company_anaphor_stands_alone() -> None:
    # 公司 glued to an unread firm's name is no anaphor of the firm named before
    rels = _relations(
        "江城机械科技公司武都区建材项目、青岛佳禾得公司西和县国际药业生物科技产业园项目成功签约。"
    )
    assert not any(p == "operates" and o.startswith("西和县国际药业") for _, p, o in rels)
    # after a break the bare 公司 still speaks of the firm named before
    rels = _relations("江城化工有限公司成立于2005年。目前,公司年产5万吨树脂项目进展顺利。")
    assert ("江城化工有限公司", "operates", "年产5万吨树脂项目") in rels


@pytest.mark.parametrize(
    "text, expected",
    [
        # A、B、C + a measure (增幅) + 分别: the figures go to the listed places in order
        (
            "江城市招商引资综述\n一季度全市到位资金增长明显,武义县、宁阳县、桐庐县增幅分别达到120%、45%、28%。\n",
            {"120%": "武义县", "45%": "宁阳县", "28%": "桐庐县"},
        ),
        # 集中开工项目共有N个: the count of the projects started together is the start event's
        (
            "楚雄州第五批重大项目集中开工\n3月8日,全州第五批重大项目暨江城化工有限公司年产5万吨树脂项目开工仪式"
            "在禄丰市举行。\n第五批集中开工项目共有26个,总投资88.6亿元。\n",
            {
                "26个": "全州第五批重大项目暨江城化工有限公司年产5万吨树脂项目开工仪式",
                "88.6亿元": "全州第五批重大项目暨江城化工有限公司年产5万吨树脂项目开工仪式",
            },
        ),
    ],
    ids=["measure-before-respectively", "batch-count-with-gongyou"],
)
def test_dev24_value_owners(tmp_path, text, expected):

    assert owners_among(tmp_path, text, expected) == expected


@pytest.mark.parametrize(
    "text, year",
    [
        # a web page's ISO date line is the article's dateline (the year of 12月17日)
        ("市领导检查项目\n\n2020-12-21\n\n12月17日,市领导来江城县检查项目建设。\n一期已于2017年并网。", 2020),
        ("项目签约\n2018/09/21 13:29\n9月20日,江城县签约项目10个,2015年以来累计签约200个。", 2018),
        # a number with dashes that is no date is not one
        ("文件编号2020-123-4567\n2019年全县签约项目12个,2019年投产5个。", 2019),
    ],
)
def test_dev24_iso_dateline(text: str, year: int) -> None:
    from kg.ingest import make_document

    assert make_document(text, "case.txt").year == year


def test_dev24_place_after_zai_does_not_sign() -> None:
    # 甲州在深圳成功签约了…: 深圳 is where the signing is, not a party to it
    rels = _relations("3月5日,北方经贸洽谈会在深圳开幕。甘南州在深圳成功签约了8个项目。")
    assert ("深圳市", "participatesIn", "北方经贸洽谈会") not in rels


def test_dev24_bodies_listed_with_whom_they_sent_attend() -> None:
    # A有关司局、B有关部门负责人等,部分专家参加X: each body of the list takes part
    rels = _relations("近日,座谈会在北京召开。工信部有关司局、民进中央有关部门负责人等,部分专家参加座谈会。")
    assert ("工业和信息化部", "participatesIn", "座谈会") in rels
    assert ("中国民主促进会中央委员会", "participatesIn", "座谈会") in rels


def test_dev24_people_in_a_bare_list_are_left_to_their_own_rules() -> None:
    # a bare 、 between people does not carry 参加 back over the list (出席A或参加B: who went where is unsaid)
    rels = _relations("县领导王建国、李明华、赵文涛等出席签约仪式或参加开工仪式。")
    assert ("王建国", "participatesIn", "开工仪式") not in rels
