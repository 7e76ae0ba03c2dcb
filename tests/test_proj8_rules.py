"""Project and programme recall rules written from every development set's misses (branch proj8): case
tables of invented sentences (none copied from an annotated article). Each table states the general
pattern it checks, with sentences where the pattern must not fire."""

from __future__ import annotations

import pytest
from cases import names_of as _names


def _projects(text: str) -> set[str]:
    return {n for n, t in _names(text).items() if t == "Project"}


# --- names inside a list of projects ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # a compass word (南方, 西部, 东北) the tagger calls a locative is part of a name, not a clause's word
        (
            "本报讯 此次签约的项目有星港供应链南方结算中心项目、年产8万吨饲料加工项目。",
            {"星港供应链南方结算中心项目", "年产8万吨饲料加工项目"},
            set(),
        ),
        (
            "本报讯 签约项目包括云岭西部数据中心项目、年产2万吨果酒项目。",
            {"云岭西部数据中心项目", "年产2万吨果酒项目"},
            set(),
        ),
        # (a locative of time or extent is still no name's word)
        ("本报讯 疫情期间复工项目达到30个。", set(), {"疫情期间复工项目"}),
        # 及 after a run with no head of its own joins the words of one name, not two list items
        (
            "本报讯 开工项目具体包括：临港科创平台一期——智能装配及检测中心项目、年产6万吨饲料加工项目。",
            {"临港科创平台一期——智能装配及检测中心项目"},
            {"检测中心项目"},
        ),
    ],
)
def test_names_in_project_lists(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- counted lists closed by 等…项目 ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # an approval by a planning body (批复, 核准, 立项) is an act on the listed undertakings, said after
        # the list and the approving body's name
        (
            "本报讯 前期工作取得突破。青龙高速公路东岭至北坡段、临河县西岗风电场、白石大桥改建工程等项目，"
            "省发展改革委已批复立项。",
            {"青龙高速公路东岭至北坡段", "临河县西岗风电场"},
            set(),
        ),
        (
            "本报讯 国家发展改革委近日核准了松江大桥、北湾港区二期等项目。",
            set(),
            set(),
        ),
        # 引入 is 引进: the listed undertakings are brought in
        (
            "本报讯 集团将在深化合作的基础上，进一步引入细胞培养基项目、诊断试剂盒项目、"
            "mRNA疫苗中试平台等项目，总投资50亿元。",
            {"细胞培养基项目", "诊断试剂盒项目", "mRNA疫苗中试平台"},
            set(),
        ),
        # an item opened by its firm's name is the firm's project (X集团多晶硅), not the firm
        (
            "本报讯 南山客运专线、华康新药工业园、宏宇集团多晶硅等一批重大项目开工建设。",
            {"南山客运专线", "华康新药工业园", "宏宇集团多晶硅"},
            set(),
        ),
        # 和 inside a word the segmenter splits into single characters (中和性) joins no two items
        (
            "本报讯 双方深化合作，进一步引进疫苗佐剂项目、检测试剂项目、尼洛病毒中和性抗体等项目。",
            {"尼洛病毒中和性抗体"},
            {"性抗体", "尼洛病毒中"},
        ),
        # (a 和 between two words still joins two items)
        (
            "本报讯 集中开工的项目有城东水厂、南溪公园和北湖湿地公园等5个项目。",
            {"南溪公园", "北湖湿地公园"},
            {"南溪公园和北湖湿地公园"},
        ),
        # a list of kinds of industry is no list of names, approved or not
        ("本报讯 装备制造、现代农业等项目已获批复。", set(), {"装备制造", "现代农业"}),
    ],
)
def test_counted_project_lists(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- one named example of a counted share of projects ------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # a sentence opened by the example, the act said after the count (A等12个项目开工建设)
        (
            "本报讯 活动在科技城起步区举行。滨海国际科技城创新服务平台等9个项目开工建设，计划总投资8亿元。",
            {"滨海国际科技城创新服务平台"},
            set(),
        ),
        # a tally by size written after 项目 (A等10亿元以上项目8个) needs no act; a district written in full
        # before the example is where it is, not its name
        (
            "本报讯 全市在建项目增多；浑南区国家新材料检测中心等10亿-50亿元项目12个，同比增加5个。",
            {"国家新材料检测中心"},
            {"浑南区国家新材料检测中心"},
        ),
        # (a kind of industry opening the sentence is no example's name)
        ("本报讯 会议强调了几点。装备制造等12个项目开工建设。", set(), {"装备制造"}),
        ("本报讯 全市项目增多；先进制造等亿元以上项目15个。", set(), {"先进制造"}),
        # (no act after a sentence-opening example: a count, not a start)
        ("本报讯 会上通报了情况。滨海国际科技城创新服务平台等9个项目情况良好。", set(), set()),
    ],
)
def test_single_examples(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- a place before an unknown name ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # after a county, three single characters no two of which make a known word are an unknown name
        # (a village's, split by the segmenter), not a clause's verb
        (
            "本报讯 此次签约的项目有孟连县扎莫弄复合光伏发电项目、孟连县绿色建材加工项目。",
            {"孟连县扎莫弄复合光伏发电项目"},
            set(),
        ),
        # a single character of a place's name after a one-character "verb" (新疆准|东): a split place name
        ("本报讯 近日，新疆准东20万千瓦光伏治沙项目全容量并网。", {"新疆准东20万千瓦光伏治沙项目"}, set()),
        # (要建好: 建好 is a word, the county's clause goes on)
        ("本报讯 西丰县要建好光伏发电项目。", set(), {"西丰县要建好光伏发电项目"}),
    ],
)
def test_place_before_unknown_name(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- boundaries ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # 工程中心 (an engineering research centre) is inside the name: 工程 is not its head
        (
            "本报讯 总投资3亿元的蓝海涂料年产2万吨水性涂料及研发工程中心项目签约。",
            {"蓝海涂料年产2万吨水性涂料及研发工程中心项目"},
            {"蓝海涂料年产2万吨水性涂料及研发工程"},
        ),
    ],
)
def test_project_boundaries(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- lists of works closed by 等…设施 and lists of named projects ------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # a list of works closed by 等交通设施 / 等能源设施: items ending in an infrastructure head are works
        # (an item with 工程 or 项目 of its own may stand among them)
        (
            "本报讯 国家发展改革委近期核准了一批项目，包括青州新机场、北岭至南湾铁路改线工程等交通设施。",
            {"青州新机场"},
            set(),
        ),
        (
            "本报讯 批复的项目有江东特高压输电工程、西溪河梯级水电站等能源设施。",
            {"西溪河梯级水电站"},
            set(),
        ),
        # (a list of kinds of facility names no work)
        ("本报讯 全镇建成了学校、医院等公共设施。", set(), {"学校", "医院"}),
        # an item with a project's own head counts as a name in a list closed by 等项目, whatever its words
        (
            "本报讯 双方将深化合作，进一步引入干鲜果及深加工项目、生物制剂项目、mRNA平台技术治疗新药等项目。",
            {"mRNA平台技术治疗新药"},
            set(),
        ),
        # (a list of kinds of work stays none)
        ("本报讯 推进城市更新、老旧小区改造、道路提升工程等项目建设。", set(), {"城市更新", "老旧小区改造"}),
    ],
)
def test_lists_of_works(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- a list of projects after 项目包括/为, and its count without 等 --------------------------------------


def test_works_listed_among_projects_are_projects() -> None:
    # a works (X提升工程) listed among projects is a project, not also a campaign; a plant typed a firm by
    # its 厂 is the works here; 和 inside a word of a name (泰和) joins no two items
    names = _names("本报讯 当天开工的项目包括：东湖湿地公园提升工程、城北污水处理厂、泰和新材料产业园。")
    assert names.get("东湖湿地公园提升工程") == "Project"
    assert names.get("城北污水处理厂") == "Project"
    assert names.get("泰和新材料产业园") == "Project"
    assert not any(n == "东湖湿地公园提升工程" and t == "Programme" for n, t in names.items())


@pytest.mark.parametrize(
    "text, kinds",
    [
        # an X工程 item next to a project in a 、 list (其中A项目、B工程、C项目…) is one of the projects, and
        # a project read inside it is none of its own
        (
            "本报讯 其中,河东科技孵化平台项目、临江新区生产性服务业提升工程、滨湖商务中心项目投资均完成年度计划。",
            {"临江新区生产性服务业提升工程": "Project"},
        ),
        # (campaigns listed with no project beside them stay programmes)
        (
            "本报讯 全市深入实施人才强市工程、产业倍增工程。",
            {"人才强市工程": "Programme", "产业倍增工程": "Programme"},
        ),
    ],
)
def test_works_beside_projects(text: str, kinds: dict[str, str]) -> None:
    names = _names(text)
    for name, kind in kinds.items():
        assert names.get(name) == kind


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # A、B、C三个项目: the count of the listed items right after the last, with no 等
        (
            "本报讯 会上，宏远物流园、天成光伏电站两个项目签约。",
            {"宏远物流园", "天成光伏电站"},
            set(),
        ),
        (
            "本报讯 金石矿业年产5万吨铁精粉、宏远物流园、天成光伏电站十二个项目集中开工。",
            {"金石矿业年产5万吨铁精粉", "宏远物流园", "天成光伏电站"},
            {"天成光伏电站十"},
        ),
        # (等 before the count stays the close's: the last item does not take it)
        (
            "本报讯 集中开工的百川家居产业园、荣华悦府、世泰钛材加工中心等20个重点项目，总投资28亿元。",
            {"世泰钛材加工中心"},
            {"世泰钛材加工中心等"},
        ),
        # (kinds of industry counted are no names; a count with no list is none)
        ("本报讯 全市新材料、装备制造两个产业项目开工。", set(), {"新材料", "装备制造"}),
        ("本报讯 开工项目125个，签约项目30个。", set(), set()),
    ],
)
def test_counted_without_deng(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- programme boundaries ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # 行动 followed by 计划 / 方案 is not a name's end: the plan's head goes on (one programme, not two)
        ("本报讯 县里启动实施城市更新三年行动计划。", {"城市更新三年行动计划"}, {"城市更新三年行动"}),
        (
            "本报讯 为贯彻全省乡村环境提升三年行动方案精神，各地加快推进。",
            set(),
            {"乡村环境提升三年行动"},
        ),
        # (行动 at a name's end stays its head)
        ("本报讯 全面振兴新突破三年行动开局良好。", {"全面振兴新突破三年行动"}, set()),
        # a verb of carrying out (落实, 贯彻, 执行, 开展, 实施) never opens a programme's own name
        ("本报讯 该市落实稳经济一揽子政策措施。", {"稳经济一揽子政策措施"}, {"落实稳经济一揽子政策措施"}),
        ("本报讯 全县贯彻执行新增设备补贴政策。", {"新增设备补贴政策"}, {"执行新增设备补贴政策"}),
    ],
)
def test_programme_boundaries(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = {n for n, t in _names(text).items() if t == "Programme"}
    assert wanted <= found
    assert not (unwanted & found)


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # a firm that 投资建设的 (with or without a sum, and where) owns the project: its name may be plain
        ("本报讯 华宇公司在我县投资建设的智能制造基地项目已投产。", {"智能制造基地项目"}, set()),
        # (a kind of project stays none, owned or not)
        ("本报讯 宏达集团投资建设的重点项目进展顺利。", set(), {"重点项目"}),
    ],
)
def test_owned_without_sum(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


# --- a named building a firm builds or opens -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # 建成了 / 投资的 + a named building (广场, 大厦, 综合体, 万象城, 购物中心) + an act of opening or building
        ("本报讯 2015年，华泰集团建成了临江华泰广场，这里成为城市地标。", {"临江华泰广场"}, set()),
        ("本报讯 该公司在新区投资的北湖万象城正式开业。", {"北湖万象城"}, set()),
        # a named building opening (X广场开业) after a clause break or 在
        ("本报讯 星河集团在滨江星河广场开业一年后，又建设了新街区。", {"滨江星河广场"}, set()),
        # (no name: a generic building, or one counted)
        ("本报讯 县里新建的办公楼投入使用。", set(), {"办公楼"}),
        ("本报讯 该公司建成了一座广场。", set(), {"一座广场"}),
    ],
)
def test_opened_buildings(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _projects(text)
    assert wanted <= found
    assert not (unwanted & found)


@pytest.mark.parametrize(
    "text, wanted, unwanted",
    [
        # 示范创建 heads a campaign of creating model places or firms
        ("本报讯 全省开展一县一品示范创建，加快打造特色品牌。", {"一县一品示范创建"}, set()),
        ("本报讯 该县深入推进美丽庭院示范创建。", {"美丽庭院示范创建"}, set()),
        # (示范创建资金 names the campaign's fund; 示范创建 alone names no campaign)
        ("本报讯 省财政示范创建资金要集中使用。", set(), {"省财政示范创建"}),
        ("本报讯 该村积极参与示范创建。", set(), {"示范创建"}),
    ],
)
def test_model_creation_campaigns(text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = {n for n, t in _names(text).items() if t == "Programme"}
    assert wanted <= found
    assert not (unwanted & found)
