"""Rules added from the thirteenth development set (tests/dev13): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import owners_of as _owners
from cases import relations_of as _relations

_START = (
    "10月20日,江城县举行秋季重点项目集中开工仪式,总投资12亿元的3个项目集中开工。这3个项目分别为:"
    "总投资5亿元的江城永信建材有限公司年产50万立方米加气砖项目;总投资4亿元的江城鑫达食品有限公司肉制品"
    "深加工项目,总投资3亿元的江城绿源农业科技有限公司蔬菜基地二期项目。"
)
_CONSUMPTION = (
    "江城区经济运行稳中向好,全区消费市场全面激活。围绕节假日,组织开展2023年春季惠民车展、"
    "2023年电商直播年货节等大型促消费活动。"
)
_WORKS_LIST = "在县人民医院、东河大桥、北山水厂等各大重点项目的建设现场,工人加紧作业。"
_SIGNING = (
    "2月10日,江城区举行招商引资项目签约仪式,共签约项目3个。\n此次签约的3个项目涵盖食品、医药等领域。"
    "其中,江城区与江城华盛医药有限公司签约的中药饮片加工项目,总投资2亿元。"
)


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a counted group that a named project heads (A工程等3个项目、B项目): A is the item's name
        (
            "华电江城公司脱硫改造工程等3个项目、江城热电联产项目均在推进。",
            "华电江城公司脱硫改造工程",
            ("Project",),
        ),
        # a province's short form after a place-taking preposition is still the province
        ("企业家代表团赴河北考察。", "河北省", ("Province",)),
        # a city outside the article's province after 在/赴/来自, a word of its own, is that city
        ("铁岭市重点项目建设加快推进。铁岭市代表团在淮安考察。", "淮安市", ("City",)),
        ("江城县在南京举行招商推介会。", "南京市", ("City",)),
        ("推介会邀请了来自苏州的企业家代表。", "苏州市", ("City",)),
        # right after a firm's name, a run with no head of its own before 和 is the same undertaking
        (
            "总投资1.2亿元的江城永信建材有限公司装配式墙板和轻质砌块项目开工。",
            "江城永信建材有限公司装配式墙板和轻质砌块项目",
            ("Project",),
        ),
        # an auto show and a new-year goods fair are dated gatherings (event heads 车展, 年货节)
        (_CONSUMPTION, "2023年春季惠民车展", ("Event",)),
        (_CONSUMPTION, "2023年电商直播年货节", ("Event",)),
        # the items of a list closed by 等各大重点项目 at a construction site are projects, a hospital or a
        # plant named by its head included
        (_WORKS_LIST, "县人民医院", ("Project",)),
        (_WORKS_LIST, "北山水厂", ("Project",)),
        (_WORKS_LIST, "东河大桥", ("Project",)),
        # a merchants-home campaign with its merchants quoted
        ("全区推动“浙商”回归,成效明显。", "“浙商”回归", ("Programme",)),
        # a quoted aim after a verb of building stays a programme
        ("全市加快建设“三个名城”。", "三个名城", ("Programme",)),
        # 地 after a single character is inside an unknown word (新发地, 广地龙), not the adverbial 地
        (
            "总投资25亿元的华北新发地农产品物流中心项目施工已完成。",
            "华北新发地农产品物流中心项目",
            ("Project",),
        ),
        # a name taken up to its facility head is written on to 项目 (X养殖基地项目)
        ("投资3亿元的中药材广地龙养殖基地项目开工。", "中药材广地龙养殖基地项目", ("Project",)),
        # a hospital named by its head, then 项目: the project that builds it (the hospital alone stays one)
        ("其中城南医院项目一期正进行内部装修,二期已开工建设。", "城南医院项目", ("Project",)),
        ("城南医院今年接诊量增长。", "城南医院", ("Institution",)),
        # a named project after 还有 stays a project (an amount or a proper name says which)
        ("全县还有总投资5亿元的江城物流园项目正在建设。", "江城物流园项目", ("Project",)),
        # a list of firms' short names stays a list of firms when a name ends in what the firm is
        ("区长与华润置地、中铁置业、万科物业等8家企业进行了签约。", "中铁置业", ("Company",)),
    ],
)
def test_dev13_entity_rules(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name, not_types",
    [
        (
            "华电江城公司脱硫改造工程等3个项目、江城热电联产项目均在推进。",
            "华电江城公司脱硫改造工程等3个项目",
            ("Project",),
        ),
        # a river's, lake's or mountain's side named like a province (黄河北岸, 太湖南岸, 泰山东麓) is no province
        ("黄河北岸的滩区治理工程已经完工。", "河北省", ("Province",)),
        ("太湖南岸新建了一座湿地公园。", "湖南省", ("Province",)),
        ("泰山东麓的茶园迎来采摘季。", "山东省", ("Province",)),
        ("在县医院、清水河北桥等重点项目的建设现场,工人加紧作业。", "河北省", ("Province",)),
        # a section of a line named by a city is no mention of the city
        ("铁岭市重点项目建设加快推进。在淮安段施工现场,工人正在浇筑底板。", "淮安市", ("City",)),
        # 项目建设“马力全开”: 建设 is a noun there, the quote a predicate, nothing built
        ("我县项目建设“马力全开” 为高质量发展蓄势赋能", "马力全开", ("Programme",)),
        # X项目工程总体形象进度: the works of project X, named up to 项目
        ("东河大桥项目工程总体形象进度达到62%。", "东河大桥项目工程", ("Project",)),
        ("其中城南医院项目一期正进行内部装修,二期已开工建设。", "城南医院", ("Institution",)),
        # 既有A项目,也有B项目,还有C项目 enumerates kinds of projects, no names
        (
            "既有壮大建材产业集群的产业链延伸项目,也有立足特色资源的农产品深加工项目,还有布局全域旅游的文旅项目。",
            "农产品深加工项目",
            ("Project",),
        ),
        # a share of a sector's projects (一些技改项目) is no project's name
        ("化工产业一些技改项目陆续竣工投产。", "化工产业一些技改项目", ("Project",)),
        # common words ending in an activity name a sector in a list closed by 等N家企业, not a firm
        ("推介会邀请了新能源、智能装备制造、食品深加工等120家企业代表参加。", "智能装备制造", ("Company",)),
        ("推介会邀请了新能源、智能装备制造、食品深加工等120家企业代表参加。", "食品深加工", ("Company",)),
    ],
)
def test_dev13_non_names(text, name, not_types):
    assert _names(text).get(name) not in not_types


@pytest.mark.parametrize(
    "text, triple",
    [
        # 这3个项目分别为:… refers back to the projects the sentence before counted as starting; an item may
        # open with its firm, and a sentence may go on with another amount-led item after a comma
        (
            _START,
            ("江城永信建材有限公司年产50万立方米加气砖项目", "participatesIn", "秋季重点项目集中开工仪式"),
        ),
        (_START, ("江城鑫达食品有限公司肉制品深加工项目", "participatesIn", "秋季重点项目集中开工仪式")),
        (_START, ("江城绿源农业科技有限公司蔬菜基地二期项目", "participatesIn", "秋季重点项目集中开工仪式")),
        # the body or place of the first clause does what a later clause, opened by an adverb of effort, says
        (
            "江城县委、县政府坚持以生态优先、绿色发展为导向,立足资源禀赋和区位优势,紧密对接周边城市产业转移,"
            "倾力实施“乡村振兴示范工程”。",
            ("江城县委", "implements", "乡村振兴示范工程"),
        ),
        # a report's clause with no subject before 组织开展/开展: the place the article is about holds the
        # gatherings and runs the campaigns it lists
        (_CONSUMPTION, ("江城区", "organizes", "2023年春季惠民车展")),
        (_CONSUMPTION, ("江城区", "organizes", "2023年电商直播年货节")),
        (
            "江城区经济运行稳中向好,全区工业企稳。围绕民营经济,深入开展“百企帮百村”行动。",
            ("江城区", "implements", "“百企帮百村”行动"),
        ),
        (
            "江城县委、县政府坚持以生态优先、绿色发展为导向,立足资源禀赋和区位优势,紧密对接周边城市产业转移,"
            "倾力实施“乡村振兴示范工程”。",
            ("县政府", "implements", "乡村振兴示范工程"),
        ),
        # 此次签约的N个项目 refers back to the signing gathering: who signs in the sentences after takes part
        (_SIGNING, ("江城华盛医药有限公司", "participatesIn", "招商引资项目签约仪式")),
    ],
)
def test_dev13_relation_rules(text, triple):
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # 以此次签约为契机 looks ahead: no signing by the place (此次签约的 is the cue, not 此次签约)
        (
            "2月10日,江城区举行招商引资项目签约仪式。项目总投资20亿元。全区上下干劲十足。"
            "江城区将以此次签约为契机,优化营商环境。",
            ("江城区", "participatesIn", "招商引资项目签约仪式"),
        ),
        # A、B获得X: a list of names before the verb is the subject, not the article's topic project
        (
            "江城区上半年经济稳中向好。总投资5亿元的江城物流园项目加快建设;东街、西街获得“省级夜间文化和旅游消费集聚区”。",
            ("江城物流园项目", "designatedAs", "省级夜间文化和旅游消费集聚区"),
        ),
        # 在X,签约…: where the projects were signed, not where they are built
        (
            "在青岛,共签约3个项目,其中江城温泉度假村项目由青岛海悦旅游有限公司投资5亿元建设。",
            ("江城温泉度假村项目", "locatedIn", "青岛市"),
        ),
        (
            "在青岛,共签约3个项目,其中江城温泉度假村项目由青岛海悦旅游有限公司投资5亿元建设。",
            ("江城温泉度假村项目", "locatedIn", "青岛"),
        ),
    ],
)
def test_dev13_non_relations(text, triple):
    assert triple not in _relations(text)


def test_dev13_project_and_facility_are_one():
    """东河大桥 and 东河大桥项目 in one article: a project named by the facility it builds is that facility."""
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    text = _WORKS_LIST + "其中东河大桥项目进度过半。"
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    names = [{e.label, *e.aliases} for e in entities if e.type == "Project"]
    assert {"东河大桥", "东河大桥项目"} in names


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # 总投资X元的 + a firm + its project: the amount is the project's, the firm only says whose it is
        (
            "江城县举行重点项目集中开工仪式。\n总投资6000万元的江城丰田面业有限公司年加工小麦10万吨面粉项目,"
            "总投资1500万元的江城县青禾农业科技有限公司果蔬冷库二期项目同日开工。\n",
            "6000万元",
            "年加工小麦10万吨面粉项目",
        ),
        # a running total of the year (今年已累计签约…) is the place's, not the day's signing ceremony's
        (
            "3月2日,江城区举行招商引资项目签约仪式,共签约项目5个,总投资12亿元。\n截至目前,江城区今年已累计"
            "新签约招商引资项目14个,总投资30.5亿元。\n",
            "30.5亿元",
            "江城区",
        ),
    ],
)
def test_dev13_value_owners(tmp_path, text, figure, owner):
    assert owner in _owners(tmp_path, text).get(figure, "")
