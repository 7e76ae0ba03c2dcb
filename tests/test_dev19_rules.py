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
