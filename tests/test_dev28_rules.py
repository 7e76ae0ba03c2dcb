"""Rules added from the twenty-eighth development set (tests/dev28): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of, relations_of


@pytest.mark.parametrize(
    "text, holder, title",
    [
        # a count of holders on a list, then the holders named one by one (N家企业在列，分别为：A、B)
        (
            "江城市工业和信息化局公布2024年度第二批创新型中小企业名单,北湖开发区3家企业在列,"
            "分别为:江城青禾电子有限公司、北湖远航材料有限公司和江城明德机械有限公司。",
            "北湖远航材料有限公司",
            "创新型中小企业",
        ),
        (
            "江城市工业和信息化局公布2024年度第二批创新型中小企业名单,北湖开发区3家企业在列,"
            "分别为:江城青禾电子有限公司、北湖远航材料有限公司和江城明德机械有限公司。",
            "江城明德机械有限公司",
            "创新型中小企业",
        ),
        (
            "省工业和信息化厅发布第五批专精特新中小企业名单,我县两家企业入选,分别是:青山精工有限公司、"
            "青山宏达纺织有限公司。",
            "青山宏达纺织有限公司",
            "专精特新中小企业",
        ),
    ],
)
def test_counted_then_named_holders(text: str, holder: str, title: str) -> None:
    assert (holder, "designatedAs", title) in relations_of(text)


def test_counted_holders_home() -> None:
    # the zone right before the count is the named holders' home
    text = (
        "江城市工业和信息化局公布2024年度第二批创新型中小企业名单,北湖开发区3家企业在列,"
        "分别为:江城青禾电子有限公司、北湖远航材料有限公司和江城明德机械有限公司。"
    )
    rels = relations_of(text)
    assert ("江城青禾电子有限公司", "locatedIn", "北湖开发区") in rels
    assert ("江城明德机械有限公司", "locatedIn", "北湖开发区") in rels


@pytest.mark.parametrize(
    "text",
    [
        # a count with no names after it, or names before the count, is not this construction
        "江城市工业和信息化局公布2024年度第二批创新型中小企业名单,北湖开发区3家企业在列。",
        "江城市工业和信息化局公布2024年度第二批创新型中小企业名单,北湖开发区3家企业在列,占全市的一半。",
    ],
)
def test_counted_without_names(text: str) -> None:
    assert not any(p == "designatedAs" for _, p, _ in relations_of(text))


@pytest.mark.parametrize(
    "text, title",
    [
        # a list's opening mark is no part of its title, and the year in front is cut off
        ("北湖新材料有限公司成功入选《2024年江西省制造业单项冠军企业名单》。", "江西省制造业单项冠军企业"),
        ("青山电机有限公司入选《2023年度湖南省专精特新中小企业名单》。", "湖南省专精特新中小企业"),
    ],
)
def test_list_mark_and_year_cut(text: str, title: str) -> None:
    rels = relations_of(text)
    assert any(p == "designatedAs" and o == title for _, p, o in rels), rels
    assert not any(o.startswith("《") for _, _, o in rels)


def test_provincial_title_with_and_without_its_firms_word() -> None:
    # 省级X称号 beside <province>X企业: one title
    text = (
        "北湖新材料有限公司成功入选《2024年江西省制造业单项冠军企业名单》。至此,我市已有5家企业荣获"
        "省级制造业单项冠军称号。"
    )
    titles = [n for n, t in names_of(text).items() if t == "Designation"]
    rels = relations_of(text)
    assert ("北湖新材料有限公司", "designatedAs", "省级制造业单项冠军") in rels, titles


@pytest.mark.parametrize(
    "text, person, paper",
    [
        # a closing bracket's credit: the paper named before its newsroom word employs its reporters
        (
            "全市新开工项目42个,完成投资18亿元。(江城日报融媒体记者 王立新 李晓)",
            "李晓",
            "江城日报",
        ),
        (
            "全市新开工项目42个,完成投资18亿元。(江城日报全媒体记者 王立新)",
            "王立新",
            "江城日报",
        ),
        ("全市新开工项目42个,完成投资18亿元。(江城日报记者 王立新)", "王立新", "江城日报"),
    ],
)
def test_newsroom_credit(text: str, person: str, paper: str) -> None:
    assert (person, "worksFor", paper) in relations_of(text)


@pytest.mark.parametrize(
    "text, town, zone",
    [
        # after a town in an address, a zone named after a division of the address is named from there on
        ("项目位于江西省宁远县房寺镇宁远工业园东侧。", "房寺镇", "宁远工业园"),
        ("该厂坐落在湖南省宁远县房寺镇宁远经济开发区。", "房寺镇", "宁远经济开发区"),
    ],
)
def test_town_then_zone_named_after_county(text: str, town: str, zone: str) -> None:
    names = names_of(text)
    assert names.get(town) == "Town" and names.get(zone) == "Zone", names


@pytest.mark.parametrize(
    "text, zone",
    [
        # a zone named after its town (房寺镇产业园) or by a word of its own keeps the town in its name
        ("项目位于宁远县房寺镇产业园。", "房寺镇产业园"),
        ("项目位于宁远县房寺镇北坡产业园。", "房寺镇北坡产业园"),
    ],
)
def test_town_zone_kept(text: str, zone: str) -> None:
    assert names_of(text).get(zone) == "Zone"


@pytest.mark.parametrize(
    "text, zone, wrong",
    [
        # a report's abstract noun joined by a conjunction to a zone is no part of the zone's name
        (
            "总经理详细介绍了企业经营情况及北湖低碳科技产业园区的功能。",
            "北湖低碳科技产业园区",
            "情况及北湖低碳科技产业园区",
        ),
        ("他听取了项目建设进展和江城高新区招商工作的汇报。", "江城高新区", "进展和江城高新区"),
    ],
)
def test_topic_joined_to_zone(text: str, zone: str, wrong: str) -> None:
    names = names_of(text)
    assert names.get(zone) == "Zone" and wrong not in names, names


@pytest.mark.parametrize(
    "text, wrong",
    [
        # X的介绍 / X的说明: 的 makes the speech verb a noun, so X is no speaker
        ("随后对企业产品进行了功能和研发方向的介绍。", "方向的"),
        ("工作人员对园区规划布局的介绍十分详细。", "布局的"),
    ],
)
def test_possessive_before_speech_noun(text: str, wrong: str) -> None:
    assert wrong not in names_of(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a field word the segmenter tags as a verb opens the project's name (kg/data/lexicon/field_verbs.txt)
        ("二是建设节能环保装备产业园项目,预计占地500亩。", "节能环保装备产业园项目"),
        ("北湖公司启动节能环保材料生产线项目。", "节能环保材料生产线项目"),
    ],
)
def test_field_verb_opens_name(text: str, name: str) -> None:
    assert names_of(text).get(name) == "Project", names_of(text)


def test_clause_verb_still_stripped() -> None:
    # a clause's verb glued to a name is still not part of it
    assert names_of("他走出江城技师学院。").get("江城技师学院") == "Institution"


@pytest.mark.parametrize(
    "text, plant",
    [
        # the plant a clause builds (投资建设X厂…, 新建Y厂) is no firm's name
        ("北湖机械有限公司投资建设火力发电厂环保设备生产线。", "火力发电厂"),
        ("江城集团将扩建污水处理厂配套管网。", "污水处理厂"),
    ],
)
def test_built_plant_no_firm(text: str, plant: str) -> None:
    assert names_of(text).get(plant) != "Company", names_of(text)


def test_named_plant_still_a_firm() -> None:
    assert names_of("江城第二水泥厂厂长王立介绍了生产情况。").get("江城第二水泥厂") == "Company"


@pytest.mark.parametrize(
    "text",
    [
        # a works' supporting plant (配套…厂) is no firm
        "江城铝业年产10万吨铝板带及配套2×30万千瓦自备电厂项目开工。",
        "北湖铝业电解铝及配套热电厂开工建设。",
    ],
)
def test_supporting_plant_no_firm(text: str) -> None:
    assert not any(n.startswith("配套") and t == "Company" for n, t in names_of(text).items()), names_of(text)
