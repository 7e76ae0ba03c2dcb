"""Rules added from the nineteenth development set (tests/dev19): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a Tibetan name (two name elements, no surname) after a title and before a verb of speech
        ("合作社员工次仁卓玛:我们家今年收入翻了一番。", "次仁卓玛", ("Person", "Official")),
        ("牧民扎西多吉说,今年的牦牛奶卖得很好。", "扎西多吉", ("Person", "Official")),
        ("公司负责人格桑罗布介绍,基地有牦牛300头。", "格桑罗布", ("Person", "Official")),
        # an investor named after its project without a firm's suffix (由Y投资建设)
        ("智能仓储物流中心项目由江城远航物流投资建设,总投资2亿元。", "江城远航物流", ("Company",)),
        # …and the project, whose name may hold verbs and a compound the tagger calls an idiom
        (
            "智能农机生产及推广应用项目由江城远航物流投资建设,总投资2亿元。",
            "智能农机生产及推广应用项目",
            ("Project",),
        ),
        # a firm's full name, then the kind of work: that firm's project
        (
            "今年,北湖精细化工有限公司技术改造项目完成投资8000万元。",
            "北湖精细化工有限公司技术改造项目",
            ("Project",),
        ),
        # an item of a counted-out list of projects, a place and a kind of work, is one project
        (
            "本次开工的3个项目为:北湖污水处理厂工程、海城市电网改造项目、海城市高标准农田建设项目。",
            "海城市电网改造项目",
            ("Project",),
        ),
        (
            "本次开工的3个项目为:北湖污水处理厂工程、海城市电网改造项目、海城市高标准农田建设项目。",
            "海城市高标准农田建设项目",
            ("Project",),
        ),
        # a street named by a verb (建设大街, 解放路) keeps it, and its works are a construction project
        ("江城市今年开工的项目有:建设大街西延工程、解放路改造工程等。", "建设大街西延工程", ("Project",)),
        # what a firm is said to be, a title of firms, is a designation
        (
            "北湖矿业有限公司是我省“双百”企业和西部资源开发区示范企业。",
            "“双百”企业",
            ("Designation",),
        ),
        (
            "北湖矿业有限公司是我省“双百”企业和西部资源开发区示范企业。",
            "西部资源开发区示范企业",
            ("Designation",),
        ),
    ],
)
def test_dev19_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        # a year before the firm spoken of (公司) opens no firm's name, and the works are named from the phase
        ("公司经理说,继2015年公司一期50t/d选矿工程投产之后,公司又启动了二期。", "2015年公司"),
        (
            "公司经理说,继2015年公司一期50t/d选矿工程投产之后,公司又启动了二期。",
            "2015年公司一期50t/d选矿工程",
        ),
        # sectors listed before 等N家企业, in common words with a terrain word, are no firms
        ("园区已经入驻了山区特色农产品加工、民族服饰制作等12家企业。", "山区特色农产品加工"),
        # a verb with a joiner inside it (涉及) opens no town of a counted list
        ("示范区主要涉及东坡、西坡、南坡3个镇的部分土地。", "主要涉"),
        # cpca's 99 rows are no division: 海域 (sea areas) is a common noun
        ("园区涉及部分陆地和海域,总面积10万亩。", "海域"),
        # a zone written only inside a firm's title is not one of its own
        ("北湖矿业有限公司是我省“双百”企业和西部资源开发区示范企业。", "西部资源开发区"),
    ],
)
def test_dev19_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


def test_dev19_phase_works_name() -> None:
    names = _names("公司经理说,继2015年公司一期50t/d选矿工程投产之后,公司又启动了二期。")
    assert names.get("一期50t/d选矿工程") == "Project"


def test_dev19_region_firm_in_list_stays() -> None:
    # a country or region opening a listed firm's name (中国X, 东北X) is no terrain word: the firm stays
    names = _names("区长代表该区与中国融通、中建市政、中铁置业等14家企业进行了签约。")
    assert names.get("中国融通") == "Company"


@pytest.mark.parametrize(
    "text, triple",
    [
        # what stands within a place's bounds is in it
        ("江城县境内的北湖黄金有限公司是一家老企业。", ("北湖黄金有限公司", "locatedIn", "江城县")),
        # a firm is said to hold a title of firms
        (
            "北湖矿业有限公司是我省“双百”企业和西部资源开发区示范企业。",
            ("北湖矿业有限公司", "designatedAs", "西部资源开发区示范企业"),
        ),
        (
            "北湖矿业有限公司,是全国“双百”企业。",
            ("北湖矿业有限公司", "designatedAs", "“双百”企业"),
        ),
        # the investor named after a project invests in it
        (
            "智能仓储物流中心项目由江城远航物流投资建设,总投资2亿元。",
            ("江城远航物流", "investsIn", "智能仓储物流中心项目"),
        ),
    ],
)
def test_dev19_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)


def test_dev19_firm_named_project_is_one() -> None:
    # X有限公司建设项目 and X有限公司项目 are one project (resolution)
    rels = _relations(
        "北湖米业有限公司项目正式开工。据了解,北湖米业有限公司建设项目总投资6600万元,由北湖米业有限公司投资建设。"
    )
    objs = {o for s, p, o in rels if p == "investsIn"}
    assert {"北湖米业有限公司项目", "北湖米业有限公司建设项目"} <= objs or len(objs) <= 2


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a signing named by its two parties: the name starts with the first
        (
            "5月8日,江城县与北方能源投资集团战略合作协议签约仪式在省城举行。",
            "江城县与北方能源投资集团战略合作协议签约仪式",
            ("Event",),
        ),
        # a zone's class written right before its own name (opening with its place): a title and the zone
        (
            "平南县依托自治区A类产业园区平南工业园区,形成了建材产业集群。",
            "自治区A类产业园区",
            ("Designation",),
        ),
        ("平南县依托自治区A类产业园区平南工业园区,形成了建材产业集群。", "平南工业园区", ("Zone",)),
        # a built work named by a word the segmenter does not know
        ("列入《全国中型水库建设规划》的哇沿水库工程,是重要的水源工程。", "哇沿水库工程", ("Project",)),
        # a capacity in Latin letters (t/d) says which plant a project builds
        (
            "公司启动了投资3亿元的二期300t/d难处理金矿综合回收项目。",
            "二期300t/d难处理金矿综合回收项目",
            ("Project",),
        ),
    ],
)
def test_dev19_names_2(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        # a class of works a plan lists is no one work
        (
            "列入“十二五”《全国中型水库建设规划》重点水源工程的哇沿水库工程开工。",
            "“十二五”《全国中型水库建设规划》重点水源工程",
        ),
        # a place inside a paper's own app named after its dot (湖南日报·新湖南客户端) is no place of the article
        ("湖南日报·新湖南客户端3月1日讯(记者 王明)今天,江城县举行签约仪式。", "湖南"),
        # the zone's class and name, split: no zone of both
        ("平南县依托自治区A类产业园区平南工业园区,形成了建材产业集群。", "自治区A类产业园区平南工业园区"),
    ],
)
def test_dev19_not_names_2(text: str, name: str) -> None:
    assert name not in _names(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            "5月8日,江城县与北方能源投资集团战略合作协议签约仪式在省城举行。江城县领导出席。",
            ("北方能源投资集团", "participatesIn", "江城县与北方能源投资集团战略合作协议签约仪式"),
        ),
        (
            "平南县依托自治区A类产业园区平南工业园区,形成了建材产业集群。",
            ("平南工业园区", "designatedAs", "自治区A类产业园区"),
        ),
        # a short name keeping the first characters of the words of a group's name is the same group
        (
            "江城市与广西交通投资集团签约。广西交投集团董事长王明说,将加大投资。",
            ("王明", "worksFor", "广西交通投资集团"),
        ),
    ],
)
def test_dev19_relations_2(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)


def test_dev19_signing_party_holds_nothing() -> None:
    rels = _relations("5月8日,江城县与北方能源投资集团战略合作协议签约仪式在省城举行。江城县领导出席。")
    assert not any(p == "organizes" and s == "北方能源投资集团" for s, p, o in rels)


def test_dev19_one_dropped_run_is_another_group() -> None:
    # 广西投资集团 drops one run of 广西交通投资集团: another firm, never joined
    rels = _relations("广西投资集团与广西交通投资集团签约。广西投资集团董事长王明出席。")
    assert ("王明", "worksFor", "广西交通投资集团") not in rels


def test_dev19_park_with_or_without_yuan_is_one() -> None:
    # X工业园区 and X工业区 are one park (resolution): the title said of the short form is the park's
    rels = _relations("海城市依托海城工业园区发展钢铁产业。海城工业区被认定为省级高新技术产业基地。")
    assert ("海城工业园区", "designatedAs", "省级高新技术产业基地") in rels


def test_dev19_projects_settling_are_not_the_firm() -> None:
    # 力争更多项目落户X: what settles is the projects in general, not the company of the sentence
    rels = _relations("北湖新材料有限公司总经理王明说,力争更多项目落户海城。")
    assert ("北湖新材料有限公司", "locatedIn", "海城市") not in rels
    assert ("北湖新材料有限公司", "locatedIn", "海城") not in rels


def test_dev19_ranked_in_a_quoted_list() -> None:
    # 在“X百强县市”中,Y排第N名: the quoted ranking list is a title, the place ranked in it holds it
    text = "城市竞争力连年攀升,在“2022中国中部百强县市”中,海城市排第36名,位列全省第一。"
    assert _names(text).get("2022中国中部百强县市") == "Designation"
    assert ("海城市", "designatedAs", "2022中国中部百强县市") in _relations(text)


def test_dev19_quoted_slogan_is_no_ranking() -> None:
    # a quoted phrase without a ranking word is no list (在“双招双引”中,该县排在前列 is not read)
    assert "双招双引" not in _names("在“双招双引”中,海城市排第一。")


def test_dev19_level_title_not_cut_inside_a_word() -> None:
    # 打造县级特色产业园区: a level word and a kind of zone, the match would end inside 园区: no title
    names = _names("江城县打造县级特色产业园区,带动群众增收致富。")
    assert "县级特色产业园" not in names


def test_dev19_university_inside_its_college_name() -> None:
    # 北方师范大学海华学院西区项目: the university written only inside its college's name is no entity
    names = _names("本次开工的项目有北方师范大学海华学院西区项目等。")
    assert "北方师范大学" not in names


def test_dev19_firm_spoken_of_runs_its_phase() -> None:
    # 继2012年公司一期X工程建成投产: the firm the passage is about runs its own phase works
    rels = _relations(
        "北湖黄金有限公司是一家老企业。公司总经理王明说,继2012年公司一期100t/d冶炼工程建成投产之后,公司又启动了二期。"
    )
    assert ("北湖黄金有限公司", "operates", "一期100t/d冶炼工程") in rels


def test_dev19_subsidiary_is_no_anaphor() -> None:
    # 子公司/分公司 before a project is some other firm, not the one the passage is about
    rels = _relations("北湖黄金有限公司是一家老企业。其子公司一期50万吨选矿工程已投产。")
    assert not any(p == "operates" and s == "北湖黄金有限公司" for s, p, o in rels)


def test_dev19_project_head_inside_an_area_title() -> None:
    # 国家海洋牧场先导区, X基地示范区: a project head followed by an area's title head ends no project
    names = _names("未来,江城县将突出国家海洋牧场先导区建设,打造蓝色粮仓。")
    assert "国家海洋牧场" not in names
