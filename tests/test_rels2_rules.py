"""Relation-recall rules of the rels2 work (kg/relations/rels2.py and the rows it added to
kg/data/relations): case tables of invented sentences, none copied from an annotated article."""

from __future__ import annotations

import pytest
from cases import relations_of as _relations

from kg.extract import extract
from kg.ingest import make_document

# an article about one county: its headline and opening name the county, the county calls itself 我县
_COUNTY = (
    "法库县举行重点项目集中签约仪式\n9月5日,法库县举行重点项目集中签约仪式,我县共签约项目6个,总投资30亿元。"
)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a project the county's own news names, placed nowhere else, is in the county
        (
            _COUNTY + "据悉,签约的项目中,总投资5亿元的东方纺织年产5万吨纺纱项目将于年底开工。",
            ("东方纺织年产5万吨纺纱项目", "locatedIn", "法库县"),
        ),
        (
            _COUNTY + "青山水库扩建工程、南湖大桥项目等一批重点项目加快推进。",
            ("南湖大桥项目", "locatedIn", "法库县"),
        ),
        # an article that speaks as its county (县委, 全县) even where it names its city more often
        (
            "克山县举行重点项目集中开工仪式\n齐齐哈尔市委常委、克山县委书记王建国宣布开工。"
            "齐齐哈尔市有关部门负责人出席。全县共开工项目12个。此次开工的南山风电项目总投资8亿元。",
            ("南山风电项目", "locatedIn", "克山县"),
        ),
        # a phase of a project is run by the firm that runs the whole
        (
            "东方园艺有限公司总投资5亿元的花卉产业园项目进展顺利,其中,花卉产业园项目二期工程已完成主体施工。",
            ("东方园艺有限公司", "operates", "花卉产业园项目二期工程"),
        ),
    ],
)
def test_found(text, triple):
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a sentence that names a town gives a more specific place: the county default stays out
        (
            _COUNTY + "王建国到法库县大孤家子镇调研,察看了东方纺织年产5万吨纺纱项目。",
            ("东方纺织年产5万吨纺纱项目", "locatedIn", "法库县"),
        ),
        # a sentence that names another county: the project may be that county's
        (
            _COUNTY + "康平县与南山风电项目的投资方签订了合作协议。",
            ("南山风电项目", "locatedIn", "法库县"),
        ),
        # a line between two places is in neither
        (
            _COUNTY + "随着法库至康平高速公路项目的建设,区位优势更加明显。",
            ("法库至康平高速公路项目", "locatedIn", "法库县"),
        ),
        # an article about a city, not one county: no default
        (
            "江城市举行重点项目集中签约仪式\n9月5日,江城市举行重点项目集中签约仪式,我市共签约项目6个。"
            "据悉,总投资5亿元的东方纺织年产5万吨纺纱项目将于年底开工。",
            ("东方纺织年产5万吨纺纱项目", "locatedIn", "江城市"),
        ),
    ],
)
def test_not_found(text, triple):
    assert triple not in _relations(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a project that hosts a venue of the gathering takes part in it
        (
            "法库县举行重点项目集中开工仪式。此次集中开工仪式设东方纺织年产5万吨纺纱项目主会场,"
            "同时设有2个分会场,分别是南山风电项目分会场、北湖物流园项目分会场。",
            ("南山风电项目", "participatesIn", "重点项目集中开工仪式"),
        ),
        (
            "法库县举行重点项目集中开工仪式。此次集中开工仪式设东方纺织年产5万吨纺纱项目主会场。",
            ("东方纺织年产5万吨纺纱项目", "participatesIn", "重点项目集中开工仪式"),
        ),
        # 其中A等N个产业项目;B等N个民生项目: the projects named for each counted group take part
        (
            "江城市举行重大项目集中启动仪式,一批重大项目集中启动。其中南湖科创中心项目等25个产业项目,"
            "总投资253亿元;北关实验学校项目等20个民生项目,总投资80亿元。",
            ("北关实验学校项目", "participatesIn", "重大项目集中启动仪式"),
        ),
    ],
)
def test_gathering_projects(text, triple):
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # P由X牵头: the body that leads a programme carries it out
        (
            "铁岭市全面推行“项目管家”制度,由铁岭市发展和改革委员会牵头,为重点项目提供全程服务。",
            ("铁岭市发展和改革委员会", "implements", "“项目管家”制度"),
        ),
        (
            "由铁岭市商务局牵头组织实施的“万企进万村”行动已覆盖全市200个村。",
            ("铁岭市商务局", "implements", "“万企进万村”行动"),
        ),
        # a body or place that pays out a subsidy carries out the scheme
        (
            "法库县今年向1.2万户农户发放玉米大豆生产者补贴2100万元。",
            ("法库县", "implements", "玉米大豆生产者补贴"),
        ),
        # a body named after a campaign carries out the campaign of that name
        (
            "辽宁省“美丽乡村”建设工作领导小组办公室公布了考核结果。今年,辽宁省继续实施“美丽乡村”建设工程。",
            ("辽宁省“美丽乡村”建设工作领导小组办公室", "implements", "“美丽乡村”建设工程"),
        ),
    ],
)
def test_implements(text, triple):
    assert triple in _relations(text)


def test_campaign_body_not_its_documents():
    # a document about the campaign is issued (by whoever issues it), not run as the campaign; the
    # campaign its title names is the office's
    ctx = extract(
        make_document(
            "辽宁省“美丽乡村”建设工作领导小组办公室印发《关于深化“美丽乡村”建设工程的实施意见》。", "case.txt"
        )
    )
    run = {c.object.name for c in ctx.candidates if c.rule == "implements.campaign-body"}
    assert "“美丽乡村”建设工程" in run
    assert not [name for name in run if name.endswith("意见")]


@pytest.mark.parametrize(
    "text, triple",
    [
        # the subject opening an earlier sentence of the paragraph carries out what a subjectless clause does
        (
            "在产业发展上,法库县持续完善开发区基础设施,推动5大产业成链发展;文旅产业蓬勃发展,景区建成运营;"
            "加快发展现代农业,深入实施“农品进城”工程,培育地理标志产品。",
            ("法库县", "implements", "“农品进城”工程"),
        ),
        (
            "铁岭市召开全市城建工作会议。\n全市将改造老旧小区48个,惠及居民2万户;扎实推进“美丽庭院”示范创建。",
            ("铁岭市", "implements", "“美丽庭院”示范创建"),
        ),
    ],
)
def test_elided_subject(text, triple):
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "text, programme",
    [
        # a new paragraph does not inherit the subject of the last one
        (
            "在产业发展上,法库县持续完善开发区基础设施。\n深入实施“农品进城”工程,培育地理标志产品。",
            "“农品进城”工程",
        ),
        # a sentence between that names an actor it does not open with: the subject is not carried over it
        (
            "法库县持续完善开发区基础设施;重点企业得到康平县农业农村局支持;深入实施“农品进城”工程。",
            "“农品进城”工程",
        ),
    ],
)
def test_elided_subject_not_carried(text, programme):
    ctx = extract(make_document(text, "case.txt"))
    assert not [
        c for c in ctx.candidates if c.rule == "implements.elided-subject" and c.object.name == programme
    ]


@pytest.mark.parametrize(
    "text, triple",
    [
        # a ground-breaking ceremony named for a project, held somewhere: the project is there
        (
            "9月5日,东方纺织年产5万吨纺纱项目开工仪式在法库县大孤家子镇举行。",
            ("东方纺织年产5万吨纺纱项目", "locatedIn", "大孤家子镇"),
        ),
        (
            "铁岭市2024年重点项目集中开工暨南山风电项目开工仪式,在铁岭经济技术开发区举行。",
            ("南山风电项目", "locatedIn", "铁岭经济技术开发区"),
        ),
        # the gathering named first, then where it is held after a comma
        (
            "铁岭市2024年重点项目集中开工暨南山风电项目开工仪式,在铁岭经济技术开发区举行。",
            ("铁岭市2024年重点项目集中开工暨南山风电项目开工仪式", "locatedIn", "铁岭经济技术开发区"),
        ),
        # a firm "inside the zone" is in the zone the passage is about
        (
            "铁岭经济技术开发区重点发展精细化工。项目所需原料由园区内的东方化工有限公司通过管廊直供。",
            ("东方化工有限公司", "locatedIn", "铁岭经济技术开发区"),
        ),
    ],
)
def test_located(text, triple):
    assert triple in _relations(text)


def test_signing_ceremony_is_not_a_site():
    # a signing is held anywhere (a hotel, a city hall): its projects are not placed there
    text = "东方纺织年产5万吨纺纱项目签约仪式在铁岭市举行。"
    assert ("东方纺织年产5万吨纺纱项目", "locatedIn", "铁岭市") not in _relations(text)


_LINES = (
    "法库县举行重点项目集中开工仪式\n9月5日,法库县举行重点项目集中开工仪式,3个项目集中开工。\n这些项目分别是:\n"
    "由东方纺织有限公司投资的年产5万吨纺纱项目、\n由南山能源有限公司投资的南山风电项目、\n"
    "由北湖物流有限公司投资的北湖物流园项目。\n县长李明出席仪式。"
)


@pytest.mark.parametrize("project", ["年产5万吨纺纱项目", "南山风电项目", "北湖物流园项目"])
def test_list_written_line_by_line(project):
    # the projects of a list written one a line after 这些项目分别是: take part in the gathering
    assert (project, "participatesIn", "重点项目集中开工仪式") in _relations(_LINES)


def test_list_by_line_ends_with_its_last_item():
    text = _LINES.replace("县长李明出席仪式。", "东方纺织另一个年产10万吨织布项目明年开工。")
    ctx = extract(make_document(text, "case.txt"))
    assert not [
        c for c in ctx.candidates if c.rule == "participatesIn.list-lines" and "织布" in c.subject.name
    ]


@pytest.mark.parametrize(
    "text, triple",
    [
        # P由X组织实施: the body that carries out the programme
        (
            "今年,铁岭市“消费提振年”活动由铁岭市商务局组织实施,共发放消费券500万元。",
            ("铁岭市商务局", "implements", "“消费提振年”活动"),
        ),
        # the people who perform the ceremony's act take part in the gathering
        (
            "铁岭市举行2024年重点项目集中开工仪式。市委书记王建国、市长李明共同为开工仪式揭牌。",
            ("李明", "participatesIn", "2024年重点项目集中开工仪式"),
        ),
    ],
)
def test_acts(text, triple):
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "triple",
    [
        ("东方纺织有限公司", "participatesIn", "铁岭市第二届招商项目洽谈会"),
        ("王东", "participatesIn", "铁岭市第二届招商项目洽谈会"),
    ],
)
def test_firm_presented_at_the_gathering(triple):
    # at a gathering, the firm whose head presents it and the presenter take part
    text = (
        "铁岭市第二届招商项目洽谈会3日举行。随后,项目投资企业东方纺织有限公司总经理王东介绍了企业有关情况。"
    )
    assert triple in _relations(text)


_PILOTS = (
    "近日,农业农村部公布首批“数字乡村建设行动”试点县名单,法库县榜上有名。"
    "法库县将以“数字乡村建设行动”为抓手,推进智慧农业发展。"
)


@pytest.mark.parametrize(
    "triple",
    [
        ("农业农村部", "implements", "“数字乡村建设行动”"),
        ("法库县", "participatesIn", "“数字乡村建设行动”"),
    ],
)
def test_programme_pilots(triple):
    # a title that makes its holders pilots of a programme: its awarder runs it, its holders take part
    assert triple in _relations(_PILOTS)


_HOLDS = (
    "法库县举行重点项目集中开工仪式。\n今年以来,该县结合本县实际,大力推进招商引资工作,组建8个专业招商团队。"
    "同时,积极参加省市招商推介,自主开展陶瓷产业招商推介会、油画产业招商座谈会等系列活动。"
)


@pytest.mark.parametrize("event", ["陶瓷产业招商推介会", "油画产业招商座谈会"])
def test_organizes_elided_subject(event):
    # 该县 opening an earlier sentence of the paragraph holds the gatherings a subjectless clause holds
    assert ("法库县", "organizes", event) in _relations(_HOLDS)


@pytest.mark.parametrize("predicate", ["investsIn", "operates"])
def test_signs_then_invests(predicate):
    # the firm that signs with a county, then invests in what it builds
    text = (
        "东方新能源科技有限公司与法库县人民政府签约,计划投资21亿元在法库县大孤家子镇建设风光制氢一体化项目。"
    )
    assert ("东方新能源科技有限公司", predicate, "风光制氢一体化项目") in _relations(text)


def test_anaphor_receives():
    # 公司 standing for the firm the passage is about receives the scheme's money
    text = "东方参业有限公司位于法库县。近年来,公司不断扩大种植规模,今年公司获得林下参产业发展补贴86万元。"
    assert ("林下参产业发展补贴", "funded", "东方参业有限公司") in _relations(text)


def test_paid_out_to():
    # every firm a scheme pays out to (the first of the list too), the scheme named just before
    text = (
        "法库县出台《法库县优质企业培育奖励办法》。今年,法库县依据该办法,"
        "为东方纺织有限公司、南山能源有限公司各兑现奖励资金100万元。"
    )
    assert ("法库县优质企业培育奖励办法", "funded", "东方纺织有限公司") in _relations(text)
