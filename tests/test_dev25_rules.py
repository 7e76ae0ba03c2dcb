"""Rules added from the twenty-fifth development set (tests/dev25): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a command a government sets up for an emergency or a key task is a body of that place
        ("开原市防汛抗旱指挥部总指挥李强检查了堤防。", "开原市防汛抗旱指挥部", ("GovernmentBody",)),
        ("铁岭县重点项目建设指挥部召开调度会。", "铁岭县重点项目建设指挥部", ("GovernmentBody",)),
        # 代 is a surname, taken where a title introduces it
        ("市经信局总工程师代明出席会议。", "代明", ("Person", "Official")),
        # titles a profile lists after 拥有…等城市名片 (a level opening each: 中国X都 is a title too)
        ("开原市交通便利,拥有中国石都、中国长寿之乡等城市名片。", "中国石都", ("Designation",)),
        ("开原市交通便利,拥有中国石都、中国长寿之乡等城市名片。", "中国长寿之乡", ("Designation",)),
        # new title heads: key and central towns, model and tourist cities
        ("北湖镇地处平原,是全国重点镇、省级中心镇。", "全国重点镇", ("Designation",)),
        ("北湖镇地处平原,是全国重点镇、省级中心镇。", "省级中心镇", ("Designation",)),
        # a closing byline that signs some authors by a given or pen name: each is an author
        ("江城县举行项目签约仪式,8个项目总投资12亿元。(王明 小雨 秦朗 晓丽)", "小雨", ("Person",)),
        ("江城县举行项目签约仪式,8个项目总投资12亿元。(王明 小雨 秦朗 晓丽)", "晓丽", ("Person",)),
        # a promotion or progress meeting written with 会议 is one head (A签约仪式暨B推介会议: one occasion)
        (
            "5月8日上午,第三届北湖茶叶博览会签约仪式暨项目推介会议在开原宾馆召开。",
            "第三届北湖茶叶博览会签约仪式暨项目推介会议",
            ("Event",),
        ),
        # names after a leader cue stay
        ("市领导王强、李明出席活动。", "李明", ("Person", "Official")),
        # the examples before a count of projects are projects, named without their head
        (
            "前三季度,开原市宏达机械年产5万吨精密铸件等20个项目签约。",
            "开原市宏达机械年产5万吨精密铸件",
            ("Project",),
        ),
        (
            "今年以来,宏达化工纳米氧化镁制备等12个项目入选省重点项目计划。",
            "宏达化工纳米氧化镁制备",
            ("Project",),
        ),
        # a body written on its own stays
        ("铁岭县委党校举办培训班,县长出席。", "中共铁岭县委党校", ("GovernmentBody", "Institution")),
    ],
)
def test_dev25_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        # what a place holds after 拥有 is no title unless an honour word closes the list
        ("开原市拥有中国石化、中国石油两大企业的加油站。", "中国石化"),
        ("开原市拥有各类企业300家、商户1200户。", "各类企业300家"),
        # a landform named after a province is a region, not the province
        ("半岛城市群位于山东半岛北部,经济发达。", "山东省"),
        ("项目地处四川盆地西缘,交通便利。", "四川省"),
        # the word 区域 (an area) is no zone head: 重点开发区域 names no development zone
        ("该县被确定为滨海新城重点开发区域。", "滨海新城重点开发区"),
        # the area a project develops is named only inside the project's name
        ("会上签约了东方集团北湖TOD片区开发项目。", "东方集团北湖TOD片区"),
        ("会上签约了青山片区综合开发项目。", "青山片区"),
        # what leaders do after a leader cue (a verb, no surname) is no name
        ("在建设现场,市领导听介绍,看进度,了解项目情况。", "听介绍"),
        # a verb and its result opening a would-be project name: an instruction about projects
        ("开原市要把握机遇,做大新能源项目,形成产业链。", "做大新能源项目"),
        ("各乡镇要抓好重点项目建设。", "抓好重点项目"),
        # a clause before a count of projects names no example
        ("今年以来,全市推进重点工业等12个项目。", "全市推进重点工业"),
        ("今年,开原市谋划了总投资3亿元的物流园等8个项目。", "开原市谋划了总投资3亿元的物流园"),
        # a credit word in a bracket is no pen name
        ("全县新增企业12家。(记者 王明 秦朗)", "记者"),
        # a count of a kind is not one thing: schools counted, job fairs held N times, an activity N times
        ("全县完成31所学校消防设施改造。", "31所学校"),
        ("今年以来举办线上线下招聘会68场,新增就业900人。", "线上线下招聘会"),
        ("全市开展“企业服务日”活动120次。", "企业服务日活动"),
        # a body or school written only as what a project builds
        ("铁岭县县长察看了县委党校新校区项目建设进度。", "中共铁岭县委党校"),
        ("开工项目包括新建北湖县委党校项目等5个项目。", "北湖县委党校"),
    ],
)
def test_dev25_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # a place holds the titles listed after 拥有, also when the clause leaves the place unsaid
        (
            "开原市是辽北重要城市,交通便利,拥有中国石都、中国长寿之乡等城市名片。",
            ("开原市", "designatedAs", "中国石都"),
        ),
        ("开原市享有国家园林城市、中国优秀旅游城市等称号。", ("开原市", "designatedAs", "中国优秀旅游城市")),
        # X是A、B after a short clause about X: the titles it is said to be
        ("北湖镇地处平原,是全国重点镇、省级中心镇。", ("北湖镇", "designatedAs", "省级中心镇")),
        # the command's head and deputy work for it
        (
            "开原市委书记、市防汛抗旱指挥部常务副总指挥王立新检查了堤防。",
            ("王立新", "worksFor", "开原市防汛抗旱指挥部"),
        ),
        ("开原市防汛抗旱指挥部总指挥李强检查了堤防。", ("李强", "worksFor", "开原市防汛抗旱指挥部")),
        # a sentence listing who attended the occasion just reported
        (
            "5月8日,开原市重点项目集中开工仪式举行。参加活动的市领导有市委常委张立新、副市长王海。",
            ("张立新", "participatesIn", "开原市重点项目集中开工仪式"),
        ),
        # held on a works' site: in the most specific place that opens the phrase
        (
            "5月8日,开原市在开原市八宝镇北方物流园项目现场举行了重点项目集中开工仪式。",
            ("重点项目集中开工仪式", "locatedIn", "八宝镇"),
        ),
    ],
)
def test_dev25_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "text, place, present",
    [
        # a division written before a body named after a smaller place qualifies it: a place of the article
        ("3月5日,山东省潍坊市委书记王建国率队到企业调研。", "山东省", True),
        ("浙江省宁海县委书记李明主持召开会议。", "浙江省", True),
        # a body whose name holds the division (its label keeps it): the division is only inside the name
        ("内蒙古自治区人民政府副主席张华出席。", "内蒙古自治区", False),
    ],
)
def test_dev25_division_before_a_smaller_places_body(text: str, place: str, present: bool) -> None:
    assert (place in _names(text)) is present
