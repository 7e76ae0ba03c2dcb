"""Names of places, zones, firms, institutions, titles, events, programmes and projects: case tables
of invented sentences (none copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names

from kg.extract import extract
from kg.ingest import make_document


@pytest.mark.parametrize(
    "text, name, type_",
    [
        # towns written with one of their villages, villages in lists and counted lists
        ("位于长寿湾镇杏林村的合作社种了果树。", "长寿湾镇", "Town"),
        ("位于长寿湾镇杏林村的合作社种了果树。", "杏林村", "Village"),
        ("推动柳河镇王庄村、李家村、赵家营村3个村发展。", "赵家营村", "Village"),
        ("村里下辖青山、白石、红岩和东坡4个自然村。", "白石", "Village"),
        # firms: lists closed by 等…企业, coined names, descriptors, banks, named cooperatives
        ("近年来吸引金穗、华丰、远航等一批龙头企业落户。", "华丰", "Company"),
        ("江南草之源农业开发有限公司成立于2015年。", "江南草之源农业开发有限公司", "Company"),
        ("项目投资企业东方明辉科技有限公司表示将扩产。", "东方明辉科技有限公司", "Company"),
        ("县里与金川农商银行签订了协议。", "金川农商银行", "Company"),
        ("由青河县绿源蔬菜种植专业合作社负责种植。", "青河县绿源蔬菜种植专业合作社", "Company"),
        # institutions: a dateline's medium, a chamber, a federation
        ("江城网讯 5月3日,全市召开会议。", "江城网", "Institution"),
        # titles conferred, counted, gained, or a level with a title head
        ("该合作社被认定为国家级示范合作社。", "国家级示范合作社", "Designation"),
        (
            "认定宏达公司等12家企业为第三批市级农业产业化重点龙头企业。",
            "市级农业产业化重点龙头企业",
            "Designation",
        ),
        ("国家重点龙头企业金禾食品有限公司扩建了车间。", "国家重点龙头企业", "Designation"),
        ("国家重点龙头企业金禾食品有限公司扩建了车间。", "金禾食品有限公司", "Company"),
        ("该村2019年获得“全国文明村”的称号。", "全国文明村", "Designation"),
        # zones: more kinds, lists, renaming
        ("区内有临空物流加工区、南湖高新区、东港西区等功能区。", "东港西区", "Zone"),
        ("同意青山经济开发区升级,定名为青山经济技术开发区。", "青山经济技术开发区", "Zone"),
        ("白鹭湖湿地公园吸引了大批游客。", "白鹭湖湿地公园", "Zone"),
        # events: the occasion by its kind alone, quoted dates, party congresses
        ("副市长王海主持开工仪式。", "开工仪式", "Event"),
        ("企业参加了“6·18”科技成果交易会。", "“6·18”科技成果交易会", "Event"),
        ("全省上下学习贯彻党的二十大精神。", "党的二十大", "Event"),
        ("传达学习十九届四中、五中全会精神。", "十九届五中全会", "Event"),
        ("传达学习十九届四中、五中全会精神。", "十九届四中全会", "Event"),
        # programmes: funds after a source verb, aims one builds, documents after their issuer
        ("这笔资金来源于县级产业扶持金。", "县级产业扶持金", "Programme"),
        ("全市加快建设“两个高地”,推动发展。", "两个高地", "Programme"),
        (
            "国务院办公厅关于加快发展冷链物流的意见印发。",
            "国务院办公厅关于加快发展冷链物流的意见",
            "Programme",
        ),
        ("打造“东湖模式”,带动周边。", "东湖模式", "Programme"),
        ("省里重视川商回归工作。", "川商回归", "Programme"),
        ("积极融入成渝双城经济圈建设。", "成渝双城经济圈", "Programme"),
        ("基地为2020年“全省果蔬标准园”。", "全省果蔬标准园", "Designation"),
        # projects: examples of a set of projects, a plant unit with its capacity
        ("开工的30个项目以东湖光电产业园、西岭物流园等项目为代表。", "西岭物流园", "Project"),
        ("厂区建成年产8万吨乙二醇装置,产能居全省前列。", "年产8万吨乙二醇装置", "Project"),
        (
            "其中东湖港区码头项目、明阳硅业年产5GW光伏组件等6个项目已开工。",
            "明阳硅业年产5GW光伏组件",
            "Project",
        ),
        # projects: a quoted noun before 项目, one investor's listed undertaking
        ("“海豚号”项目顺利投产。", "“海豚号”项目", "Project"),
        (
            "宏远钢铁有限公司总投资3亿元建设的10万吨钢板、5万吨钢管项目开工。",
            "10万吨钢板、5万吨钢管项目",
            "Project",
        ),
    ],
)
def test_names_case_table(text, name, type_):
    assert _names(text).get(name) == type_


@pytest.mark.parametrize(
    "text, absent",
    [
        # SCHEMA convention 5: a place written only inside another name is no place of the article
        ("湖南星辰新材料有限公司派人到访。", "湖南省"),
        ("会议由江西省人民政府召开。", "江西省"),
        # 村 that starts another word
        ("镇政府在村内建起大棚。", "政府在村"),
        ("推行村企联动模式。", "村企"),
        # a list of sectors is no list of firms
        ("风电、光伏等新能源企业纷纷落户。", "风电"),
        # an official and what they do are no part of an occasion's name
        ("副市长王海主持开工仪式。", "副市长王海主持开工仪式"),
        # a determiner before a zone head, a title's level alone
        ("上述国家级经济技术开发区要加快发展。", "上述国家级经济技术开发区"),
        # a count of a zone's projects is no project
        ("其中东湖片区项目12个。", "东湖片区项目"),
        # a plan of a period, a word that holds a programme head
        ("完成年度投资计划。", "年度投资计划"),
        ("双方签署战略合作协议。", "战略"),
        # a kind of park
        ("社区建了口袋公园。", "口袋公园"),
        # the building of a project is no programme, whatever is quoted before it
        ("推进“源网荷储”一体化项目建设。", "“源网荷储”一体化项目建设"),
    ],
)
def test_names_false_friends(text, absent):
    assert absent not in _names(text)


def test_a_short_company_form_takes_the_full_name():
    names = _names("福建瑞丰机械有限公司去年投产。瑞丰公司今年扩产。")
    assert names.get("福建瑞丰机械有限公司") == "Company"
    assert "瑞丰公司" not in names  # labelled with the full name it abbreviates


def test_an_abbreviated_fair_is_the_fair():
    names = _names("第五届东方电子博览会今天开幕。本届东博会共有500家企业参展。")
    assert names.get("第五届东方电子博览会") == "Event"
    assert "本届东博会" not in names and "东博会" not in names


def test_a_place_named_on_its_own_keeps_its_mentions_inside_names():
    ctx = extract(make_document("青岛市发展很快。青岛市港务局召开会议。", "case.txt"))
    assert sum(1 for m in ctx.mentions if m.type == "City") == 2
