"""Rules from branch prec10: causes of Zone, Programme, Designation and Event errors on the first runs of dev22–dev27
(each set built with the code it first met) that today's code still made on new sentences. Case tables of invented
sentences (none copied from an article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names


@pytest.mark.parametrize(
    "text, name, absent",
    [
        # a verb of location (地处, 位于, 处于, 坐落于) before a zone says where: the zone's name starts after it
        ("该市地处长江三角洲经济区,交通便利。", "长江三角洲经济区", "地处长江三角洲经济区"),
        ("该县地处江城经济开发区腹地。", "江城经济开发区", "地处江城经济开发区"),
        ("项目地处江城高新区,总投资5亿元。", "江城高新区", "项目地处江城高新区"),
        ("该企业坐落于江城经济技术开发区。", "江城经济技术开发区", "坐落于江城经济技术开发区"),
        ("公司毗邻松河工业园区,交通十分便利。", "松河工业园区", "毗邻松河工业园区"),
    ],
)
def test_prec10_zone_after_locative_verb(text: str, name: str, absent: str) -> None:
    got = _names(text)
    assert got.get(name) == "Zone"
    assert absent not in got


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a firm's unit for a macro-region (firm + 东北/华南… + 物流中心/分拨中心/区域总部) is a business of its own
        ("西东电器、美国佳果及远华医药东北物流中心等纷纷落户。", "远华医药东北物流中心", "Company"),
        ("宏远物流有限公司华南分拨中心投入使用。", "宏远物流有限公司华南分拨中心", "Company"),
        ("新锐科技西南区域总部落户高新区。", "新锐科技西南区域总部", "Company"),
        # a bonded logistics centre is a customs-supervised area: a zone
        ("江城保税物流中心封关运营。", "江城保税物流中心", "Zone"),
    ],
)
def test_prec10_logistics_centres(text: str, name: str, kind: str) -> None:
    assert _names(text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        # a logistics centre a place means to become, or one without a firm's name, is neither a zone nor a firm
        "城市将建成区域东北物流中心。",
        "沈阳市加快建设东北物流中心。",
        "把江城打造成东北物流中心。",
        "城市将建成区域性物流中心。",
        "项目位于中远海运物流中心,占地200亩。",
    ],
)
def test_prec10_logistics_centre_not_a_zone(text: str) -> None:
    assert not [n for n, t in _names(text).items() if "物流中心" in n and t in ("Zone", "Company")]


@pytest.mark.parametrize(
    "text, names, absent",
    [
        # a count of strategies (两大国家战略, 三大战略) sums up the names listed before it: each is a programme, named
        # from its own start (the clause's subject and verb stay out), and the count is no name of its own
        (
            "县里紧抓长江经济带和西部陆海新通道两大国家战略机遇。",
            ("长江经济带", "西部陆海新通道"),
            ("县里紧抓长江经济带", "西部陆海新通道两大国家战略"),
        ),
        (
            "该市处于京津冀协同发展、雄安新区建设两大国家战略交汇点。",
            ("京津冀协同发展",),
            ("该市处于京津冀协同发展", "两大国家战略"),
        ),
        (
            "该市地处黄河三角洲高效生态经济区和山东半岛蓝色经济区两大国家战略叠加区域。",
            ("黄河三角洲高效生态经济区", "山东半岛蓝色经济区"),
            ("地处黄河三角洲高效生态经济区", "山东半岛蓝色经济区两大国家战略"),
        ),
        ("全县坚持乡村振兴和新型城镇化两大战略。", ("乡村振兴", "新型城镇化"), ("全县坚持乡村振兴",)),
    ],
)
def test_prec10_counted_strategies(text: str, names: tuple[str, ...], absent: tuple[str, ...]) -> None:
    got = _names(text)
    assert all(got.get(n) == "Programme" for n in names), got
    assert not [a for a in absent if a in got]


def test_prec10_count_alone_is_no_programme() -> None:
    assert "两大国家战略" not in _names("积极融入两大国家战略,加快发展。")


@pytest.mark.parametrize(
    "text, name",
    [
        # a place said (是, 为, 系) to be a 中国/全国 X之乡 or 之都 is known by that conferred title, quoted or not
        ("松江县是中国蜜桔之乡、全国绿化模范县,素有“塞上江南”之称。", "中国蜜桔之乡"),
        ("这里是著名的中国枸杞之乡。", "中国枸杞之乡"),
        ("该县为全国有名的中国竹子之乡。", "中国竹子之乡"),
        ("河口县素有“中国温泉之乡”之称。", "中国温泉之乡"),
    ],
)
def test_prec10_title_is(text: str, name: str) -> None:
    assert _names(text).get(name) == "Designation"


@pytest.mark.parametrize(
    "text",
    [
        # an aim (打造, 建成) is no title given; a nickname without a scope word is no conferred title
        "全力打造中国新能源之都。",
        "县里要建成全国一流的物流之都。",
        "这里是远近闻名的鱼米之乡。",
    ],
)
def test_prec10_title_is_not(text: str) -> None:
    assert "Designation" not in _names(text).values()


@pytest.mark.parametrize(
    "text, name",
    [
        # a long title head conferred by a verb of conferring (被认定为, 荣获, 被评为) is a national title on its own,
        # alone or in a list
        ("公司被认定为科技型中小企业。", "科技型中小企业"),
        ("公司先后被认定为国家高新技术企业、科技型中小企业、江城省瞪羚企业。", "科技型中小企业"),
        ("这家企业去年被认定为高新技术企业。", "高新技术企业"),
    ],
)
def test_prec10_conferred_head_title(text: str, name: str) -> None:
    assert _names(text).get(name) == "Designation"


@pytest.mark.parametrize(
    "text, name",
    [
        # a short generic head (中小企业, 龙头企业) given without a level or qualifier is a kind of firm, no title
        ("公司被认定为中小企业。", "中小企业"),
        ("公司被认定为龙头企业。", "龙头企业"),
    ],
)
def test_prec10_conferred_short_head_no_title(text: str, name: str) -> None:
    assert _names(text).get(name) != "Designation"


@pytest.mark.parametrize(
    "text, zone, campaign",
    [
        # a zone opening an unquoted campaign's name (X开发区全面振兴…三年行动) is the campaign's owner, not part of its name
        (
            "签约项目为松河经济开发区全面振兴新突破三年行动注入强大动能。",
            "松河经济开发区",
            "全面振兴新突破三年行动",
        ),
        ("江城高新区全面振兴新突破三年行动成效明显。", "江城高新区", "全面振兴新突破三年行动"),
        ("松河经济开发区营商环境提升行动全面启动。", "松河经济开发区", "营商环境提升行动"),
    ],
)
def test_prec10_zone_before_campaign(text: str, zone: str, campaign: str) -> None:
    got = _names(text)
    assert got.get(zone) == "Zone"
    assert got.get(campaign) == "Programme"
    assert zone + campaign not in got
