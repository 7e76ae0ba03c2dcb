"""Rules added from the fourteenth development set (tests/dev14): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations

_UNDER_WAY = "为推进项目建设,新华市采取专班推进方式。红星新能源电池生产线、华泰康养产业建设、金河煤气气源厂改造等项目在新华城乡顺利进行。"
_PREPARED = "吴忠市提升招商质效,加速推进宝丰光伏电站、利通区全钒液流电池制造等一批优结构、促转型的大项目、好项目的前期工作。"
_TENDERED = "吴忠市第一再生水厂、吴忠市东片区基础设施建设等项目完成施工招标。"
_TITLES = "近日,省工业和信息化厅公布名单,企业被认定为创新型中小企业后可申报专精特新“小巨人”企业。"
_PROVINCIAL = "贵州省工业和信息化厅公布2024年贵州省专精特新中小企业名单。我市的贵州宏达机械有限公司被认定为2024年省级专精特新中小企业。"


@pytest.mark.parametrize(
    "text, name, types",
    [
        # A、B等项目 with no count, with an act on the projects around it: each item is a project, named without
        # 项目; an item may open with the plant the works are done on (X厂改造)
        (_UNDER_WAY, "红星新能源电池生产线", ("Project",)),
        (_UNDER_WAY, "华泰康养产业建设", ("Project",)),
        (_UNDER_WAY, "金河煤气气源厂改造", ("Project",)),
        # A、B等一批…的大项目: the batch described before its 项目; an item opening with its district
        (_PREPARED, "宝丰光伏电站", ("Project",)),
        (_PREPARED, "利通区全钒液流电池制造", ("Project",)),
        # a plant first taken for a firm, and a zone's works, listed as projects put out to tender
        (_TENDERED, "吴忠市第一再生水厂", ("Project",)),
        (_TENDERED, "吴忠市东片区基础设施建设", ("Project",)),
        # the last item of such a list joins two with 和
        (
            "该校将在新华建设附属中学、学术交流中心和华师书院等项目,项目建成后对外开放。",
            "学术交流中心",
            ("Project",),
        ),
        (
            "该校将在新华建设附属中学、学术交流中心和华师书院等项目,项目建成后对外开放。",
            "华师书院",
            ("Project",),
        ),
        # a county-level city named as often as its own prefecture is the article's 我市 (集安, not 通化)
        (
            "通化市、白山市相关领导出席推介会。我市市委书记张文出席。集安市政府与华兴集团签约。集安市政府与东方集团签约。",
            "中共集安市委",
            ("GovernmentBody",),
        ),
        # the border economic co-operation zone by its short form, and its organs written bare
        ("集安边合区与华兴集团签订了产业园项目。", "集安边合区", ("Zone",)),
        ("珲春边境经济合作区招商成效明显。", "珲春边境经济合作区", ("Zone",)),
        ("集安边合区党工委书记、管委会主任王明出席。", "集安边合区管委会", ("GovernmentBody",)),
        # X建设集团: the walk goes past the name-introducing 建设 the group's own name ends with
        ("副市长代表新华市政府与中国能源建设集团签署了协议。", "中国能源建设集团", ("Company",)),
        ("江北县与中国交通建设集团签约。", "中国交通建设集团", ("Company",)),
        # the party a government or zone signs with, named by trade name and line of business, is a firm
        ("推介会上,铁岭市政府与天津华美生物科技签订了1亿元项目。", "天津华美生物科技", ("Company",)),
        ("集安边合区与北京华美实业签订了产业园项目。", "北京华美实业", ("Company",)),
        # X药业 is a pharmaceutical firm
        ("江北县与华安药业签约。", "华安药业", ("Company",)),
        # a sum opening a would-be name is the clause's: the project is named after it
        (
            "边合区与华美生物科技签订的1.1亿元清河人参产业园区数字平台建设项目。",
            "清河人参产业园区数字平台建设项目",
            ("Project",),
        ),
        (
            "边合区与华美生物科技签订的1.1亿元清河人参产业园区数字平台建设项目。",
            "清河人参产业园区",
            ("Zone",),
        ),
        # a technical term the segmenter opens with a verb is no clause after a place (抽水|蓄|能)
        ("新华县签署了总投资140亿元的集安市抽水蓄能电站项目。", "集安市抽水蓄能电站项目", ("Project",)),
        # a named part of a development zone after its name is one zone
        ("华安公司拟在霍尔果斯经济开发区兵团分区建设的物流港项目。", "霍尔果斯经济开发区兵团分区", ("Zone",)),
        # a sentence that opens with the day and the place whose collective start it reports names the occasion
        (
            "2月26日,吴忠市2023年第一批60个重大项目集中开工,计划总投资120亿元。",
            "吴忠市2023年第一批60个重大项目集中开工",
            ("Event",),
        ),
        # a bare 自治区 after a verb or a clause break is the article's own autonomous region
        ("吴忠市新材料项目开工,是自治区推进转型的重点项目。", "宁夏回族自治区", ("Province",)),
        # 认定为A后可申报B: two titles, each a title of its own
        (_TITLES, "创新型中小企业", ("Designation",)),
        (_TITLES, "专精特新“小巨人”企业", ("Designation",)),
    ],
)
def test_dev14_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        # 相关/有关 right before an institution head makes it a kind, whatever comes before
        ("新华县联络相关商会,推介储备项目。", "新华县联络相关商会"),
        # a district inside a listed project's name is no place of its own
        (_PREPARED, "利通区"),
        # the zone's own name without its part is not a second zone
        ("华安公司拟在霍尔果斯经济开发区兵团分区建设的物流港项目。", "霍尔果斯经济开发区"),
        # 分区 after a verb is a way of working, not a zone's part
        ("江北经济开发区实行分区管控。", "江北经济开发区实行分区"),
        ("江北经济开发区实行分区建设。", "江北经济开发区实行分区"),
        # a sum is no part of a zone's name
        ("边合区与华美生物科技签订的1.1亿元清河人参产业园区数字平台建设项目。", "1.1亿元清河人参产业园区"),
        # the whole run 认定为A后可申报B is no title
        (_TITLES, "创新型中小企业后可申报专精特新“小巨人”企业"),
        # 国家和自治区X, 各省、自治区、直辖市: level words in a coordination name no region
        ("吴忠市项目建设提速。聚焦国家和自治区政策支持方向。", "宁夏回族自治区"),
        ("吴忠市项目建设提速。各省、自治区、直辖市主管部门参加。", "宁夏回族自治区"),
        # an undated collective start with nobody attending is no occasion
        (
            "吴忠市2023年第一批60个重大项目集中开工,计划总投资120亿元。",
            "吴忠市2023年第一批60个重大项目集中开工",
        ),
        # 高质量项目, 大项目: projects by their quality, no name (the words before them are the clause's)
        ("新华区全面吹响四季度高质量项目建设的号角。", "全面吹响四季度高质量项目"),
        ("新华区全面吹响四季度高质量项目建设的号角。", "新华区全面吹响四季度高质量项目"),
        ("华兴光伏大项目开工。", "华兴光伏大项目"),
        # the place inside a signing firm's name is no place of the article
        ("推介会上,铁岭市政府与天津华美生物科技签订了1亿元项目。", "天津市"),
        # no signing party without the government or place that signs
        ("企业与华美科技签约。", "华美科技"),
        # 医药业, 制药业 are industries, not firms named X药业
        ("大力发展生物医药业和制药业。", "生物医药业"),
        # building a group's headquarters is no group named X建设集团
        ("投资建设集团总部。", "投资建设集团"),
    ],
)
def test_dev14_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


def test_dev14_provincial_title_is_one() -> None:
    # 省级X beside <province>X in one article: one title, the province's label
    names = _names(_PROVINCIAL)
    assert names.get("贵州省专精特新中小企业") == "Designation"
    assert "省级专精特新中小企业" not in names
    assert ("贵州宏达机械有限公司", "designatedAs", "贵州省专精特新中小企业") in _relations(_PROVINCIAL)


def test_dev14_collective_act_is_the_one_occasion() -> None:
    # 此次集中开工仪式 after the one occasion whose name holds 集中开工: the same gathering
    text = (
        "10月8日,新华区举行重点项目集中开工暨华兴轮胎项目开工仪式,6个项目集中开工。"
        "以此次集中开工仪式为标志,新华区掀起项目建设新高潮。"
    )
    rels = _relations(text)
    assert ("新华区", "organizes", "集中开工仪式") in rels
    assert ("新华区", "organizes", "重点项目集中开工暨华兴轮胎项目开工仪式") in rels


def test_dev14_place_after_zai_is_the_venue() -> None:
    # 在X(另一会场)召开的Y会: the place after 在 is where the meeting is held, not who holds it
    text = "3月5日,新华市代表团在北京参加推介会。同日,在北京另一会场召开的江南省招商引资座谈会上,新华市签约3个项目。"
    rels = _relations(text)
    assert ("江南省招商引资座谈会", "locatedIn", "北京市") in rels
    assert ("北京市", "organizes", "江南省招商引资座谈会") not in rels


@pytest.mark.parametrize(
    "text, programme",
    [
        # X以P为载体: the place that makes a programme the vehicle of its work carries it out
        ("今年,铁岭市以“三个年”活动为载体,落实发展目标。", "“三个年”活动"),
        # 为推进P,X采取…: the place that acts to carry a programme forward carries it out
        ("今年项目建设提速。为推进“项目落实年”,铁岭市采取专班推进方式。", "项目落实年"),
    ],
)
def test_dev14_implements(text: str, programme: str) -> None:
    assert ("铁岭市", "implements", programme) in _relations(text)


@pytest.mark.parametrize(
    "text, firm, project",
    [
        # X政府与C签订的N亿元P: the firm the government signs the project with invests in it
        ("推介会上,铁岭市政府与华兴集团签订的10亿元人参深加工项目正式签约。", "华兴集团", "人参深加工项目"),
        # 与C签署了计划总投资N亿元的P
        (
            "会上,副市长代表铁岭市政府与东方电力集团签署了计划总投资40亿元的铁岭市风电项目。",
            "东方电力集团",
            "铁岭市风电项目",
        ),
    ],
)
def test_dev14_signed_with_invests(text: str, firm: str, project: str) -> None:
    assert (firm, "investsIn", project) in _relations(text)


def test_dev14_listed_projects_under_way_in_a_place() -> None:
    # A、B等项目在X城乡顺利进行: the listed projects under way in a place are there
    text = "红星新能源电池生产线、华泰康养产业建设、金河煤气气源厂改造等项目在铁岭城乡顺利进行。"
    rels = _relations(text)
    for project in ("红星新能源电池生产线", "华泰康养产业建设", "金河煤气气源厂改造"):
        assert (project, "locatedIn", "铁岭市") in rels


def test_dev14_collective_act_has_no_organiser_by_name() -> None:
    # X市…集中开工 read as the occasion: the place says whose projects start, not who holds a gathering
    text = "2月26日,吴忠市2023年第一批60个重大项目集中开工,计划总投资120亿元。吴忠市全年确定实施项目485个。"
    rels = _relations(text)
    assert not [r for r in rels if r[1] == "organizes"]


def test_dev14_roster_closed_by_a_head_count_and_a_generic_meeting() -> None:
    # A、B,以及…负责人,共计N人参加会议: the roster takes part in the gathering the sentence refers to
    text = (
        "5月8日,江南省食品产业推介会在北京举行。副省长王海出席会议并讲话。院士李明、县委书记张强,"
        "以及国内数十家企业负责人,共计80人参加会议。"
    )
    rels = _relations(text)
    assert ("李明", "participatesIn", "江南省食品产业推介会") in rels
    assert ("张强", "participatesIn", "江南省食品产业推介会") in rels


def test_dev14_place_pushes_its_projects() -> None:
    # X市…,加速推进A、B等项目: the projects a city pushes forward are its own
    text = "铁岭市不断提升招商质效,加速推进宏达光伏电站、华美锂电池制造等一批大项目的前期工作。"
    rels = _relations(text)
    assert ("宏达光伏电站", "locatedIn", "铁岭市") in rels
    assert ("华美锂电池制造", "locatedIn", "铁岭市") in rels
    # 全市 (the article's own place by a collective word) places nothing by this rule
    assert not [r for r in _relations("全市加快推进宏达光伏电站项目建设。") if r[1] == "locatedIn"]
