"""Rules added from the twelfth development set (tests/dev12): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations

import kg


@pytest.mark.parametrize(
    "text, name, types",
    [
        # after a title, a name without a Han surname (Tibetan) runs on past its surname-like start
        ("县委书记扎西多吉、县长李明远出席仪式。", "扎西多吉", ("Person", "Official")),
        ("州委副书记洛桑平措、副州长王强参加会议。", "洛桑平措", ("Person", "Official")),
        # two acts joined by 和, each with its own 集中, make one occasion's name
        ("3月31日,江城区举办重点项目集中开工和集中签约仪式。", "重点项目集中开工和集中签约仪式", ("Event",)),
        ("江城县举行重大项目集中签约与集中开工仪式。", "重大项目集中签约与集中开工仪式", ("Event",)),
        # a town whose name opens with a verb (振兴镇) keeps it; the verb after the town opens no name
        (
            "县委副书记李明远在振兴镇出席华能集团东岭1万头种猪场项目开工仪式。",
            "华能集团东岭1万头种猪场项目",
            ("Project",),
        ),
        # a province, then an unknown brand the segmenter splits into a verb and a bound morpheme (望|景):
        # no clause, the project's name
        ("投资3000万元的湖北望景物流园建设项目,建成后将与港口配套。", "湖北望景物流园建设项目", ("Project",)),
        # the units of a list whose heads speak (A、B等单位有关负责人), not bodies, places or institutions, are firms
        (
            "仪式上,上海三丰、南京青松置业、江城市浙江商会等单位有关负责人发言。",
            "南京青松置业",
            ("Company",),
        ),
        # the 专精特新 SME title written without 中小, after its level
        (
            "江城市已有国家级专精特新“小巨人”企业5家,省级专精特新企业60家。",
            "省级专精特新企业",
            ("Designation",),
        ),
    ],
)
def test_dev12_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name, not_types",
    [
        # …but a name jieba knows, followed by a word, stays the name (王建国获评,)
        ("公司总经理王建国获评,全省劳模。", "王建国获评", ("Person", "Official")),
        # a later occurrence of the long name leaves no piece of it as a second person
        ("县委书记扎西多吉、县长李明远出席仪式。扎西多吉宣布项目开工。", "多吉", ("Person", "Official")),
        ("县委副书记李明远在振兴镇出席华能集团东岭1万头种猪场项目开工仪式。", "出席华能集团", ("Company",)),
        # a count of projects (6大项目, 两大项目) is no name
        ("10月8日,江城县6大项目集中开工。", "江城县6大项目", ("Project",)),
        ("东岭两大项目先期投产。", "东岭两大项目", ("Project",)),
        # the parts of one project just named (X项目,主要包括A建设、B建设等) are no projects
        (
            "开工的项目包括投资1亿元的江城县智慧城市指挥中心项目,主要包括云计算平台建设、城市数据库建设等。",
            "城市数据库建设",
            ("Project",),
        ),
        (
            "目前,全市已有省级专精特新企业35家。(李明远\n江城日报融媒体记者 王佳)",
            "远江城日报",
            ("Institution",),
        ),
        # a body's second name in brackets (党校(行政学院): one body, two plates) is no second body
        (
            "江城县委党校(行政学院)举办培训班,县委党校(行政学院)常务副校长李明远主持。",
            "行政学院",
            ("Institution",),
        ),
        # …and the place they open is no place of the article
        ("仪式上,上海三丰、南京青松置业、江城市浙江商会等单位有关负责人发言。", "南京市", ("City",)),
    ],
)
def test_dev12_non_names(text, name, not_types):
    assert _names(text).get(name) not in not_types


@pytest.mark.parametrize(
    "text, triple",
    [
        # a speech at a named meeting that a report relays: the speaker took part in it
        (
            "全县深入贯彻习近平总书记在全国生态环境保护大会上的重要讲话精神。",
            ("习近平", "participatesIn", "全国生态环境保护大会"),
        ),
        (
            "会议传达了李明远同志在江城市民营经济发展座谈会上的讲话。",
            ("李明远", "participatesIn", "江城市民营经济发展座谈会"),
        ),
        # a paper's dateline with its app channel after a middle dot (X日报·Y客户端…讯): the bracketed
        # reporters work for the paper
        (
            "江城日报·江城新闻客户端5月6日讯(记者 李明远 王佳)5月6日,江城县举行项目集中开工仪式。",
            ("王佳", "worksFor", "江城日报"),
        ),
        # a Tibetan name after the county secretary's title: the person holds the post
        (
            "5月6日,墨竹工卡县重点项目集中开工仪式举行。墨竹工卡县委书记扎西多吉、县委副书记李明远出席开工仪式。",
            ("扎西多吉", "worksFor", "墨竹工卡县委"),
        ),
        # a list closed by 等 and the start its projects share (等都已开工): the projects are the county's
        (
            "今年以来,江城县经济平稳。江城北山新材料项目、江城东岭钢构项目等都已开工。",
            ("江城东岭钢构项目", "locatedIn", "江城哈尼族彝族自治县"),
        ),
        # projects introduced after 签约的项目有: signed at the ceremony, in the county
        (
            "3月30日,墨竹工卡县举行重点项目签约仪式。此次签约的项目有墨竹工卡县风电项目、甲玛沟光伏发电项目。",
            ("甲玛沟光伏发电项目", "participatesIn", "重点项目签约仪式"),
        ),
        (
            "3月30日,墨竹工卡县举行重点项目签约仪式。此次签约的项目有墨竹工卡县风电项目、甲玛沟光伏发电项目。",
            ("甲玛沟光伏发电项目", "locatedIn", "墨竹工卡县"),
        ),
        # …and after 开工的项目包括, the next sentence that opens with the next project (投资…元的B项目) goes on
        (
            "10月8日,墨竹工卡县举行项目集中开工仪式。集中开工的项目包括投资2亿元的甲玛沟光伏发电项目,主要包括"
            "光伏板安装、升压站建设等。投资1亿元的尼玛江热物流园建设项目,建成后年产值3亿元。",
            ("尼玛江热物流园建设项目", "participatesIn", "项目集中开工仪式"),
        ),
        # a list made public, then the city's firms that made it, listed: each holds the title, in the city
        (
            "近日,工业和信息化部公示了第五批国家级绿色工厂名单,芜湖市三家企业榜上有名,分别为江东机械有限公司、"
            "北辰电子有限公司和南岭铝业有限公司。",
            ("北辰电子有限公司", "designatedAs", "第五批国家级绿色工厂"),
        ),
        (
            "近日,工业和信息化部公示了第五批国家级绿色工厂名单,芜湖市三家企业榜上有名,分别为江东机械有限公司、"
            "北辰电子有限公司和南岭铝业有限公司。",
            ("南岭铝业有限公司", "locatedIn", "芜湖市"),
        ),
        # organisations whose heads speak (A、B等单位有关负责人发言) take part in the occasion reported
        (
            "3月31日,江城区举办重点项目签约仪式。仪式上,北辰科技有限公司、江城市浙江商会等单位有关负责人发言。",
            ("北辰科技有限公司", "participatesIn", "重点项目签约仪式"),
        ),
        # a place that focuses (聚焦) on a campaign carries it out, as with 紧扣/紧紧围绕
        (
            "通过此次活动,江城区将进一步聚焦“项目建设提速年”行动。",
            ("江城区", "implements", "“项目建设提速年”行动"),
        ),
        # in a report on one place, a sentence that opens with the verb: the place carries the campaign out
        (
            "江城县上半年经济稳中向好。江城县工业增长8%。\n\n积极开展人居环境整治年活动,全县植树10万株。",
            ("江城县", "implements", "人居环境整治年活动"),
        ),
        # 签约活动 is the one signing the article reports: who attends it attends the named ceremony
        (
            "3月30日,江城县举行2025年第一批招商引资项目签约仪式。县长李明远向参加签约活动的嘉宾表示欢迎。",
            ("江城县", "organizes", "签约活动"),
        ),
        # a bracketed credit broken after its first name: the next line's paper is no continuation of the name,
        # and the paper's converged newsroom (融媒体记者) credits its reporter
        (
            "目前,全市已有省级专精特新企业35家。(李明远\n江城日报融媒体记者 王佳)",
            ("王佳", "worksFor", "江城日报"),
        ),
        # PERSON在PLACE出席EVENT: the person attends, and the occasion is held in that place
        (
            "县委副书记李明远在振兴镇出席华能集团东岭1万头种猪场项目开工仪式并宣布项目开工。",
            ("李明远", "participatesIn", "华能集团东岭1万头种猪场项目开工仪式"),
        ),
        (
            "县委副书记李明远在振兴镇出席华能集团东岭1万头种猪场项目开工仪式并宣布项目开工。",
            ("华能集团东岭1万头种猪场项目开工仪式", "locatedIn", "振兴镇"),
        ),
        # a sentence that only announces the list (这些项目分别是:), one item a line, each line ending in 、
        (
            "5月6日,江城县举行项目集中开工仪式。\n这些项目分别是:\n由北辰科技有限公司投资的东岭电子元件项目、\n"
            "由南方食品有限公司投资的速冻食品生产项目。\n县长李明远致辞。",
            ("速冻食品生产项目", "participatesIn", "项目集中开工仪式"),
        ),
        # 国家级X and 国家X are one title: the firm that holds it holds it under both names
        (
            "江城北辰电子有限公司获评国家级绿色工厂。据了解,国家绿色工厂是能耗低、排放少的工厂。",
            ("江城北辰电子有限公司", "designatedAs", "国家绿色工厂"),
        ),
    ],
)
def test_dev12_relation_rules(text, triple):
    assert triple in _relations(text)


def _values(tmp_path, text: str) -> set[tuple[str, str]]:
    """(value as written, owner label) of every value the build attaches."""
    src = tmp_path / "article.txt"
    src.write_text(text, encoding="utf-8")
    return {(q.text, e.label) for e in kg.build_graph([src]).entities for q in e.quantities}


@pytest.mark.parametrize(
    "text, value, owner",
    [
        # a place's plan (计划新开工…个, 总投资…) in an article about a ceremony is the place's, not the ceremony's
        (
            "江城区举办项目集中开工仪式\n3月31日,江城区举办重点项目集中开工仪式。2023年江城区计划新开工项目35个,"
            "总投资达90亿元。\n",
            "35个",
            "江城区",
        ),
        (
            "江城区举办项目集中开工仪式\n3月31日,江城区举办重点项目集中开工仪式。2023年江城区计划新开工项目35个,"
            "总投资达90亿元。\n",
            "90亿元",
            "江城区",
        ),
    ],
)
def test_dev12_value_rules(tmp_path, text, value, owner):
    assert (value, owner) in _values(tmp_path, text)
