"""Rules added from the twenty-second development set (tests/dev22): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of

from kg.extract import extract
from kg.ingest import make_document
from kg.resolve import resolve


def _entities(text: str) -> list[set[str]]:
    """The names (label and aliases) of each entity one text resolves to."""
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    return [{e.label, *e.aliases} for e in entities]


def _one_entity(text: str, a: str, b: str) -> bool:
    return any(a in names and b in names for names in _entities(text))


@pytest.mark.parametrize(
    "text, a, b",
    [
        # a zone kind's standard short form names the same zone (经开区, 高新区)
        (
            "北湖经济技术开发区与江城控股集团签署协议。新材料产业园当天落户北湖经开区。",
            "北湖经济技术开发区",
            "北湖经开区",
        ),
        (
            "青山高新技术产业开发区管委会介绍了情况。青山高新区今年引进项目12个。",
            "青山高新技术产业开发区",
            "青山高新区",
        ),
        # the plan of a campaign (全市X行动方案) and the campaign (X行动) are one programme
        (
            "江城近日印发《全市重点项目建设“百日冲刺”大会战行动方案》,提出从6月开始,"
            "江城将开展重点项目建设“百日冲刺”大会战行动,力争完成投资50亿元。",
            "全市重点项目建设“百日冲刺”大会战行动方案",
            "重点项目建设“百日冲刺”大会战行动",
        ),
        # a firm's short name keeps the first character of each word of its full name, 中国 → 中
        (
            "市长会见了中国能源建设集团有限公司董事长一行。中能建集团将加大在本市的投资。",
            "中国能源建设集团有限公司",
            "中能建集团",
        ),
    ],
)
def test_dev22_same_entity(text: str, a: str, b: str) -> None:
    assert _one_entity(text, a, b)


@pytest.mark.parametrize(
    "text, a, b",
    [
        # a firm whose first word is kept but whose other words are not all kept in order is another firm
        (
            "市长会见了中国建筑集团有限公司董事长一行。中交建集团也参加了会见。",
            "中国建筑集团有限公司",
            "中交建集团",
        ),
        # two development zones of different places stay two
        (
            "北湖经济技术开发区与南湖经开区签署合作协议。",
            "北湖经济技术开发区",
            "南湖经开区",
        ),
    ],
)
def test_dev22_not_same_entity(text: str, a: str, b: str) -> None:
    assert not _one_entity(text, a, b)


def test_dev22_dateline_of_paper_and_site_ends_the_headline() -> None:
    # a headline with a comma and no full stop does not run on into a dateline naming a paper and its site
    text = (
        "新材料产业园落户北湖新区,李明与江城集团董事长座谈\n\n"
        "江城日报-江城网5月3日讯(记者王小红)5月2日,市委书记李明与江城集团董事长张强一行座谈。"
    )
    names = _names(text)
    assert "江城日报" in names
    assert not any(n.endswith("座谈江城日报") for n in names)


@pytest.mark.parametrize(
    "text, name",
    [
        # 大会战 is a campaign fought (a big battle), not a 大会 (a gathering)
        ("全县打响项目建设“百日攻坚”大会战,力争完成投资20亿元。", "项目建设“百日攻坚”大会"),
        ("江城市开展重点工程建设大会战。", "重点工程建设大会"),
        # an agreement's name holds 战略 or 计划 as a word of 战略合作: no programme
        ("市政府与北方集团签署面向“十五五”全面战略合作协议。", "“十五五”全面战略"),
        ("县政府与江城银行签署“十五五”深度战略合作框架协议。", "“十五五”深度战略"),
        # 计划 followed by where or when a firm will build is the verb "plans to"
        ("近日,北辰电子计划在江城投资建设年产10万台服务器项目。", "北辰电子计划"),
        ("青山能源计划于明年在园区投资建设储能电站项目。", "青山能源计划"),
        # a place's nickname in quotes, ending like a firm, is no firm
        ("江城素有“世界工厂”之称,制造业发达。", "世界工厂"),
        # the bare word before a firm's full name is the firm's relation to a group, not its name
        ("北方集团下属公司江城光伏科技有限公司将增资3亿元。", "公司江城光伏科技有限公司"),
    ],
)
def test_dev22_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


def test_dev22_scoped_nickname_is_no_firm() -> None:
    # a nickname with a national scope before 美誉 ends like a firm (鞋都) but is none; dev23's rule reads it
    # as a title the place holds (Designation), which is where the two sets' rules meet
    assert _names("北湖享有“中国鞋都”的美誉。").get("中国鞋都") != "Company"


@pytest.mark.parametrize(
    "text, name, types",
    [
        # the subject who plans to invest in and build a named project is a firm, even by its short name
        ("近日,北辰电子计划在江城投资建设年产10万台服务器项目。", "北辰电子", ("Company",)),
        ("今年,青山能源拟在园区投资5亿元建设储能电站项目。", "青山能源", ("Company",)),
        # a named plan carried out somewhere keeps its name
        ("青年人才支持计划在全省实施,已惠及1000人。", "青年人才支持计划", ("Programme",)),
        # the year opening an occasion's name is whole, however long the name before its quoted part
        (
            "江城市12日举行2023年全市重大项目建设“百日攻坚”动员会暨首批项目集中开工仪式。",
            "2023年全市重大项目建设“百日攻坚”动员会暨首批项目集中开工仪式",
            ("Event",),
        ),
        ("北方集团下属公司江城光伏科技有限公司将增资3亿元。", "江城光伏科技有限公司", ("Company",)),
    ],
)
def test_dev22_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text",
    [
        # the subject of a clause that is no firm: a body, a time, a pronoun, a bare word for a firm
        "县政府计划在城东投资建设污水处理厂项目。",
        "公司今年计划在园区投资建设新厂房项目。",
        "该公司计划在江城投资建设物流基地项目。",
        "他们计划在北湖投资建设农业基地项目。",
    ],
)
def test_dev22_no_investor_firm(text: str) -> None:
    assert "Company" not in {t for n, t in _names(text).items() if "计划" not in n and len(n) <= 4}


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a district named 新区 is written without the two characters (浦东新区 → 浦东, 沈北新区 → 沈北)
        ("浦东张江镇人民政府与三家企业签约。", "浦东新区", ("District",)),
        ("沈阳市沈北今年新签约项目20个。", "沈北新区", ("District",)),
        # an occasion's quoted theme of two halves set apart by a space opens its name
        (
            "日前,江城镇人民政府举办“携手向未来 共建新江城”签约仪式。",
            "“携手向未来 共建新江城”签约仪式",
            ("Event",),
        ),
    ],
)
def test_dev22_more_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


def test_dev22_zone_before_branch_word_is_no_zone() -> None:
    # a bank's branch named after the area it serves: the area is no zone of the article
    names = _names("北湖镇与江城农商银行高新区支行、青山物流有限公司签署协议。")
    assert not any(t == "Zone" for t in names.values())


@pytest.mark.parametrize(
    "text, triple",
    [
        # A与B、C等N家企业共同举办EVENT: each listed host holds it
        (
            "日前,江城镇人民政府与北方物流有限公司、青山科技有限公司等2家企业共同举办“携手向未来 共建新江城”签约仪式。",
            ("青山科技有限公司", "organizes", "“携手向未来 共建新江城”签约仪式"),
        ),
        (
            "日前,江城镇人民政府与北方物流有限公司、青山科技有限公司等2家企业共同举办“携手向未来 共建新江城”签约仪式。",
            ("江城镇人民政府", "organizes", "“携手向未来 共建新江城”签约仪式"),
        ),
        # a place right after the quoted theme opening an occasion's name is where it is held
        (
            "日前,在“投资金州 共赢未来”金州区项目集中签约仪式上,12个项目签约落户金州区。",
            ("“投资金州 共赢未来”金州区项目集中签约仪式", "locatedIn", "金州区"),
        ),
    ],
)
def test_dev22_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in relations_of(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # projects counted by a class (the source of capital, a type, a campaign, a size) are no project
        ("江城工业区今年已有3个外资项目成功签约。", "外资项目"),
        ("集中开工项目均为城市功能型项目,涵盖文化、体育等业态。", "城市功能型项目"),
        ("签约项目包括校地合作项目以及共富项目。", "共富项目"),
        ("北湖区举行2023年百亿项目集中开工仪式。", "北湖区2023年百亿项目"),
    ],
)
def test_dev22_project_kinds(text: str, name: str) -> None:
    assert name not in _names(text)


def test_dev22_meeting_whose_tasks_are_carried_out_is_not_the_occasion() -> None:
    # a congress whose tasks are carried out (党代会确定的目标任务) was held before: the projects of this
    # occasion take part in the occasion, not in the congress
    text = (
        "昨天上午,江城区2023年重大项目集中开工仪式举行。江城区认真落实市党代会确定的各项目标任务,狠抓项目建设。"
        "本次活动集中开工项目10个,包括江城体育中心、北湖文化中心等项目。"
    )
    rels = relations_of(text)
    assert not any(p == "participatesIn" and o == "市党代会" for _, p, o in rels)
    assert ("江城体育中心", "participatesIn", "江城区2023年重大项目集中开工仪式") in rels


@pytest.mark.parametrize(
    "text, name, types",
    [
        # the example a kind of projects is represented by (以A为代表的X项目) is a project, a park too
        (
            "本次签约项目涵盖多个领域。其中,以北湖新材料产业园为代表的新兴项目,以江城商场改造为代表的服务业项目。",
            "北湖新材料产业园",
            ("Project",),
        ),
        (
            "本次签约项目涵盖多个领域。其中,以北湖新材料产业园为代表的新兴项目,以江城商场改造为代表的服务业项目。",
            "江城商场改造",
            ("Project",),
        ),
        # a firm's project, the firm's name holding its city in brackets (X(大连)有限公司) and a stop word (得)
        (
            "总投资10亿元的江城电机(大连)有限公司新厂房项目正式竣工投产。",
            "江城电机(大连)有限公司新厂房项目",
            ("Project",),
        ),
        (
            "总投资10亿元的安得利电机有限公司新工厂项目正式竣工投产。",
            "安得利电机有限公司新工厂项目",
            ("Project",),
        ),
        # a branch plant of a registered firm is a firm unit
        ("江城化工有限公司丙烯酸分厂扩建完成。", "江城化工有限公司丙烯酸分厂", ("Company",)),
    ],
)
def test_dev22_project_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


def test_dev22_registered_firm_plant_is_no_firm() -> None:
    names = _names("总投资10亿元的江城电机有限公司新工厂项目正式竣工投产。")
    assert "江城电机有限公司新工厂" not in names
    assert names.get("江城电机有限公司") == "Company"


def test_dev22_represented_projects_take_part() -> None:
    text = (
        "3月8日,北湖新区举办招商项目集中签约活动,20个项目同日签约。本次签约的项目涵盖多个领域。"
        "其中,以北湖新材料产业园为代表的新兴项目,进一步体现了投资体量大的特点。"
    )
    assert ("北湖新材料产业园", "participatesIn", "招商项目集中签约活动") in relations_of(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a closing credit naming the paper, a space, the credit word and the reporter
        (
            "北湖新区今年新签约项目30个。\n(江城日报 记者 王小红)",
            ("王小红", "worksFor", "江城日报"),
        ),
        (
            "北湖新区今年新签约项目30个。\n(江城晚报记者 李建平)",
            ("李建平", "worksFor", "江城晚报"),
        ),
    ],
)
def test_dev22_paper_before_credit(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in relations_of(text)


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a built site of two words or more before its head (乐园, 体育馆) is a named work in a list of projects
        (
            "集中开工项目包括江城文化中心、湿地运动乐园、北湖青少年体育馆等项目。",
            "湿地运动乐园",
            ("Project",),
        ),
        # a quoted theme campaign carried out (主题实践)
        (
            "江城区积极投身“奋进新时代”争先创优主题实践。",
            "“奋进新时代”争先创优主题实践",
            ("Programme",),
        ),
    ],
)
def test_dev22_list_and_campaign_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, triple",
    [
        # the subject after an opening adverbial and a clause of circumstance carries out the campaign
        (
            "今年以来,面对复杂的外部环境,吴兴区深入贯彻落实省委各项决策部署,按照要求,持续推进“项目攻坚年”百日攻坚行动。",
            ("吴兴区", "implements", "“项目攻坚年”百日攻坚行动"),
        ),
    ],
)
def test_dev22_implements_after_lead(text: str, triple: tuple[str, str, str]) -> None:
    rels = relations_of(text)
    assert triple in rels
    assert not any(s.endswith("省委") and p == "implements" for s, p, _ in rels)


def test_dev22_settled_clause_places_the_listed_projects() -> None:
    # 落户在Z…,包括A、B、C等项目: the projects listed are where the clause before the list settles them
    text = (
        "昨天,江城区2023年重大项目集中开工仪式举行。本次活动集中开工项目10个,"
        "全部落户在江城区北湖新城核心区块内,包括江城文化中心、北湖青少年体育馆等项目,计划总投资20亿元。"
    )
    rels = relations_of(text)
    assert ("江城文化中心", "locatedIn", "江城区北湖新城") in rels
    assert ("北湖青少年体育馆", "locatedIn", "江城区北湖新城") in rels


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # X产业园落户Y开发区: the park settles in the zone, never the zone in the park
        (
            "北湖总部经济产业园落户武汉经开区,李明与江城集团董事长座谈。",
            ("北湖总部经济产业园", "locatedIn", "武汉经开区"),
            ("武汉经开区", "locatedIn", "北湖总部经济产业园"),
        ),
    ],
)
def test_dev22_settles_in(text: str, present: tuple[str, str, str], absent: tuple[str, str, str]) -> None:
    rels = relations_of(text)
    assert present in rels
    assert absent not in rels


@pytest.mark.parametrize(
    "text, name",
    [
        # an author's name signed after a paragraph's last sentence, with or without a space
        (
            "北湖\n今年北湖工业区已有3个项目签约,总投资5亿元。王晓红\n江城\n日前,江城镇举办签约仪式。",
            "王晓红",
        ),
        ("日前,江城镇举办签约仪式,为全年发展开好局。 李建国", "李建国"),
    ],
)
def test_dev22_sign_off(text: str, name: str) -> None:
    names = _names(text)
    assert names.get(name) in ("Person", "Official")
    assert not any(n.startswith(name) and n != name for n in names)


def test_dev22_sign_off_needs_a_name() -> None:
    # a short last word that is no name (a heading run into the text) is no author
    names = _names("今年北湖工业区已有3个项目签约。发展\n江城镇举办签约仪式。")
    assert "发展" not in names


@pytest.mark.parametrize(
    "text, name",
    [
        # the zone's kind word (示范, 合作) right before its head is part of its name, no verb of a clause
        ("总投资5亿元的洁具项目在中德生态示范新城开工。", "中德生态示范新城"),
        ("北湖中韩产业合作新区今年引进项目12个。", "北湖中韩产业合作新区"),
    ],
)
def test_dev22_zone_kind_word(text: str, name: str) -> None:
    assert _names(text).get(name) == "Zone"


def test_dev22_clause_before_zone_stays_out() -> None:
    # a clause before a zone (干部深入园区) is still no zone's name
    assert "干部深入园区" not in _names("县领导带领干部深入园区开展调研。")


@pytest.mark.parametrize(
    "text, name, present",
    [
        # the counter or hall where a quoted service is given names no scheme
        ("在园区审批服务部的“代、帮、办”服务窗口常能听到群众的称赞。", "“代、帮、办”服务", False),
        # the quoted service itself stays a scheme
        ("开发区推出“店小二”服务,为企业解决难题。", "“店小二”服务", True),
    ],
)
def test_dev22_service_counter(text: str, name: str, present: bool) -> None:
    assert (name in _names(text)) is present
