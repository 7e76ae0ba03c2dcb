"""Project, programme and designation rules that carry over to new articles (branch ents2): case tables
of invented sentences (none copied from an annotated article). Each table states the general pattern."""

from __future__ import annotations

import pytest
from cases import names_of as _names


def _typed(text: str, kind: str) -> set[str]:
    return {n for n, t in _names(text).items() if t == kind}


# --- designations -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, titles",
    [
        # a conferring verb gives several titles joined by 、: each is a title of its own
        (
            "本报讯 该村被评为全国乡村旅游重点村、省级美丽乡村示范村。",
            {"全国乡村旅游重点村", "省级美丽乡村示范村"},
        ),
        (
            "本报讯 该县先后荣获全国文明城市、国家园林县城、全国卫生县城等称号。",
            {"全国文明城市", "国家园林县城", "全国卫生县城"},
        ),
        # a title for a kind of county ends in 县
        (
            "本报讯 该县先后荣获全国休闲农业重点县、全国农村创新创业典型县等称号。",
            {"全国休闲农业重点县", "全国农村创新创业典型县"},
        ),
        # 和 before a level word joins two titles
        (
            "本报讯 园区先后被认定为国家新型工业化产业示范基地和省级高新技术产业开发区。",
            {"国家新型工业化产业示范基地", "省级高新技术产业开发区"},
        ),
        # an honour word (称号, 殊荣) closes one title whatever its head noun
        ("本报讯 该县获得全国科技进步先进县殊荣。", {"全国科技进步先进县"}),
        ("本报讯 该支部荣获全省先进基层党组织称号。", {"全省先进基层党组织"}),
        # 确定为, 批准为, 晋级为: the title follows 为
        ("本报讯 该市被国家发展改革委确定为国家物流枢纽承载城市。", {"国家物流枢纽承载城市"}),
        ("本报讯 该景区正式被批准为国家5A级旅游景区。", {"国家5A级旅游景区"}),
        ("本报讯 该园区晋级为国家级经济技术开发区。", {"国家级经济技术开发区"}),
        # the title a place has won or campaigns for after 创建 / 争创
        ("本报讯 该县成功创建国家级电子商务进农村综合示范县。", {"国家级电子商务进农村综合示范县"}),
        ("本报讯 县长表示，要以创建国家全域旅游示范区为抓手，带动文旅发展。", {"国家全域旅游示范区"}),
        ("本报讯 该区积极争创省级农业现代化示范区。", {"省级农业现代化示范区"}),
        ("本报讯 日前，该县成功获批创建国家农业现代化示范区。", {"国家农业现代化示范区"}),
        # 上榜 + a list or a title
        ("本报讯 我市3家企业上榜2024年度省级专精特新中小企业名单。", {"省级专精特新中小企业"}),
        ("本报讯 该村成功上榜第四批全国乡村治理示范村。", {"全国乡村治理示范村"}),
        # a count of new holders after the title
        ("本报讯 全市新增国家级专精特新“小巨人”企业5家。", {"国家级专精特新“小巨人”企业"}),
        # a list put up for public notice (名单公示)
        ("本报讯 近日，第二批国家级旅游休闲街区名单公示，该市老街入选。", {"国家级旅游休闲街区"}),
        # a list whose clause opens with its batch or level keeps all its words (全国, 和 included)
        ("本报讯 日前，全市农业农村工作先进集体名单公布，该局入选。", {"全市农业农村工作先进集体"}),
        (
            "本报讯 近日，第三批国家级夜间文化和旅游消费集聚区名单公布，该市老街入选。",
            {"国家级夜间文化和旅游消费集聚区"},
        ),
        # a list in 《》 after 印发, and 纳入 a list
        ("本报讯 国家发展改革委印发《第二批国家物流枢纽建设名单》。", {"国家物流枢纽"}),
        ("本报讯 该枢纽纳入2024年国家物流枢纽建设名单。", {"国家物流枢纽"}),
        # a title kept or won by passing its review
        ("本报讯 该区通过国家生态文明建设示范区复核。", {"国家生态文明建设示范区"}),
        # a published list opened by a level names a title whatever its head noun
        ("本报讯 省工信厅日前公布2024年度省级工业互联网平台名单，该市3家企业上榜。", {"省级工业互联网平台"}),
        (
            "本报讯 该县被列入第二批国家农村产业融合发展示范园创建名单。",
            {"国家农村产业融合发展示范园"},
        ),
    ],
)
def test_designations_in_running_text(text: str, titles: set[str]) -> None:
    assert _typed(text, "Designation") == titles


@pytest.mark.parametrize(
    "text",
    [
        # what is obtained is no title: funds, support, a certificate count
        "本报讯 该企业获得省级财政资金支持、技术指导等帮助。",
        "本报讯 该合作社获得贷款、补贴和技术服务。",
        # a target of supervision is no honour
        "本报讯 该企业被列为重点监管对象。",
        # people given a title are not the title
        "本报讯 市政府授予王建国、李明华全市劳动模范称号。",
        # the work of creating, not the title (示范区建设, 示范区项目)
        "本报讯 该县启动创建国家级示范区项目。",
        "本报讯 该区创建省级示范区建设方案已获批。",
    ],
)
def test_no_designation(text: str) -> None:
    assert not _typed(text, "Designation") - {"全市劳动模范"}


def test_people_list_not_titles() -> None:
    names = _names("本报讯 市政府授予王建国、李明华全市劳动模范称号。")
    assert "王建国、李明华全市劳动模范" not in names
    assert names.get("王建国") != "Designation"


# --- projects ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, projects",
    [
        # named works listed before 等 + the sector they belong to + 项目 + an act on them
        (
            "本报讯 江南钢铁二期、东海精品钢基地一期等钢铁项目建成投产。",
            {"江南钢铁二期", "东海精品钢基地一期"},
        ),
        ("本报讯 华能清江电厂、大唐青河电厂等电力项目相继投产。", {"华能清江电厂", "大唐青河电厂"}),
        # the sector word after 等 is no project of its own
        (
            "本报讯 长沙比亚迪电池、株洲中车动力等新能源汽车项目集中签约。",
            {"长沙比亚迪电池", "株洲中车动力"},
        ),
        # a list after 项目包括： / 项目有：
        (
            "本报讯 今年重点推进的项目有：华锐风电塔筒、金洋新材料、东兴物流园等。",
            {"华锐风电塔筒", "金洋新材料", "东兴物流园"},
        ),
        # the verb after the act (开工建设) opens no name of the list's first item
        (
            "本报讯 2023年，全县开工建设汇源果汁二期、蒙牛乳业扩能等重点项目28个。",
            {"汇源果汁二期", "蒙牛乳业扩能"},
        ),
        # the works a sentence about projects lists one by one (分别是/分别为), the last joined by 和
        (
            "本报讯 此次开工的项目分别为：比亚迪电池、宁德时代储能和华为数据中心。",
            {"比亚迪电池", "宁德时代储能", "华为数据中心"},
        ),
        # 包括A、B等项目: what a set of projects includes, closed by 等项目
        (
            "本报讯 12个项目现场签约，签约金额156亿元，包括宁德时代储能电池、比亚迪刀片电池材料等项目。",
            {"宁德时代储能电池", "比亚迪刀片电池材料"},
        ),
        # named works before 等项目 and their progress (进展顺利, 建设)
        (
            "本报讯 其中，江城电化新能源材料产业园、碧泉书院文旅综合体等项目进展顺利。",
            {"江城电化新能源材料产业园", "碧泉书院文旅综合体"},
        ),
        # a short idiom used as a brand before a capacity
        ("本报讯 该县引进了心连心化工年产100万吨尿素项目。", {"心连心化工年产100万吨尿素项目"}),
        # 重点推进A、B等重大项目: the list a drive pushes forward
        (
            "本报讯 全市重点推进比亚迪襄阳产业园、华润电力风电基地等重大项目。",
            {"比亚迪襄阳产业园", "华润电力风电基地"},
        ),
        # items before a project in one list that end in a plant's or a park's head are projects too
        (
            "本报讯 长春市推进华兴电厂、长春国际汽车城、奥迪一汽新能源汽车项目建设。",
            {"华兴电厂", "长春国际汽车城", "奥迪一汽新能源汽车项目"},
        ),
        # the act on the projects before an uncounted list
        (
            "本报讯 通过招商引资，引进了比亚迪新能源电池、宁德时代储能等项目。",
            {"比亚迪新能源电池", "宁德时代储能"},
        ),
        # the first of two projects joined by 、 keeps its own start (no leading clause)
        (
            "本报讯 县领导先后到明阳智能风机制造项目、远景能源零碳产业园项目现场调研。",
            {"明阳智能风机制造项目", "远景能源零碳产业园项目"},
        ),
        # 计划 after a project's name is the verb "plans to", no plan
        ("本报讯 据悉，由中建八局承建的市体育中心项目计划年底完工。", {"市体育中心项目"}),
    ],
)
def test_projects_in_lists(text: str, projects: set[str]) -> None:
    assert _typed(text, "Project") == projects


@pytest.mark.parametrize(
    "text",
    [
        # a list of sectors, no named works
        "本报讯 装备制造、现代农业等重点项目加快推进。",
        "本报讯 新能源、新材料等产业项目相继落地。",
        "本报讯 签约项目包括装备制造、新材料、现代农业等项目。",
        "本报讯 推进城市更新、老旧小区改造等项目建设。",
    ],
)
def test_sector_lists_are_no_projects(text: str) -> None:
    assert not _typed(text, "Project")


# --- programmes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, programme",
    [
        # a policy document named without 《》 right after the verb that issues it
        ("本报讯 我市出台了支持民营企业高质量发展的若干措施。", "支持民营企业高质量发展的若干措施"),
        ("本报讯 市政府印发关于进一步优化营商环境的实施意见。", "关于进一步优化营商环境的实施意见"),
        ("本报讯 县里制定了促进消费提质扩容的十条措施。", "促进消费提质扩容的十条措施"),
        (
            "本报讯 他们推出了吸引扶持青年人才到本地创业的若干政策措施，以优化环境。",
            "吸引扶持青年人才到本地创业的若干政策措施",
        ),
        # a five-year plan named by its period, with or without its field
        ("本报讯 今年是实施“十四五”规划的关键之年。", "“十四五”规划"),
        ("本报讯 市里编制了“十四五”现代物流发展规划。", "“十四五”现代物流发展规划"),
        # a quoted name, a field and 活动 after it
        ("本报讯 持续深化“千企万岗”就业帮扶活动。", "“千企万岗”就业帮扶活动"),
        # an adverb and an idiom ending in a verb of carrying out (全面落实) open the clause, not the name
        ("本报讯 下一步，该县将全面落实全面振兴新突破三年行动。", "全面振兴新突破三年行动"),
        # a policy document titled by its place, without 《》 and without an issuing verb
        ("本报讯 今年，锦州市招商引资奖励办法正式施行。", "锦州市招商引资奖励办法"),
        # a counted campaign spelt out by a list before it is named by its count
        ("本报讯 坚决打好防范化解重大风险、精准脱贫、污染防治三大攻坚战。", "三大攻坚战"),
    ],
)
def test_programmes(text: str, programme: str) -> None:
    assert programme in _typed(text, "Programme")


@pytest.mark.parametrize(
    "text",
    [
        # a kind of document with no title of its own
        "本报讯 各乡镇制定了具体实施方案。",
        "本报讯 县里出台了配套实施办法。",
        # a document's kind with no title
        "本报讯 要严格执行管理办法。",
        # the period alone is no plan
        "本报讯 “十四五”时期，全市经济稳步增长。",
        # an uncounted battle of a work report is one of its tasks
        "本报讯 着力打好转型升级攻坚战。",
    ],
)
def test_no_programme(text: str) -> None:
    assert not _typed(text, "Programme")


def test_head_inside_a_word() -> None:
    # 风机制造 holds 机制 but names no mechanism; 项目计划 is a project's plan to act
    names = _names("本报讯 县领导先后到明阳智能风机制造项目、远景能源零碳产业园项目现场调研。")
    assert "Programme" not in names.values()
    assert "Programme" not in _names("本报讯 市体育中心项目计划年底完工。").values()


@pytest.mark.parametrize(
    "text, title",
    [
        # a level title after 是/系: what the subject is
        ("本报讯 该企业是国家级高新技术企业。", "国家级高新技术企业"),
        ("本报讯 该园区系国家级经济技术开发区。", "国家级经济技术开发区"),
        # a level title an area holds or is built towards, after 依托/建设
        ("本报讯 依托省级农产品加工集聚区，引育电商企业。", "省级农产品加工集聚区"),
        ("本报讯 加快建设国家级现代煤化工产业示范区。", "国家级现代煤化工产业示范区"),
        # a published list of demonstration projects names a title, no project
        ("本报讯 今年4月，市工信局公布首批“数字赋能”示范项目名单，该项目榜上有名。", "“数字赋能”示范项目"),
    ],
)
def test_titles_said_of_a_subject(text: str, title: str) -> None:
    names = _names(text)
    assert any(t == "Designation" and n.replace("首批", "") == title for n, t in names.items())
    assert "Project" not in names.values()


@pytest.mark.parametrize(
    "text",
    [
        # an area's projects in general (X开发区项目建设), no one undertaking
        "本报讯 高新区项目建设跑出加速度。",
        "本报讯 东山经济开发区项目建设热潮涌动。",
        # a batch of projects a ministry lists, no undertaking's name
        "本报讯 该县光伏治沙工程被列为国家第一批大型风电光伏基地项目。",
    ],
)
def test_area_projects_are_no_project(text: str) -> None:
    # (see the cases: an area's projects, a batch of projects)
    assert not _typed(text, "Project")


def test_demonstration_area_project_stays() -> None:
    # a project that builds a demonstration area keeps its name
    assert "金山休闲农业示范区项目" in _typed(
        "本报讯 青山农业公司投资5000万元建设金山休闲农业示范区项目。", "Project"
    )


@pytest.mark.parametrize(
    "text, project",
    [
        # the investor, the sum and the verb of building open the clause, not the project's name
        (
            "本报讯 广西青山农业发展有限公司投资5000万元建设金山休闲农业示范区项目。",
            "金山休闲农业示范区项目",
        ),
        ("本报讯 宏达集团计划投资3亿元新建年产5万吨饲料项目。", "年产5万吨饲料项目"),
        ("本报讯 该公司今年扩建年产10万套汽车座椅项目。", "年产10万套汽车座椅项目"),
    ],
)
def test_clause_before_a_project(text: str, project: str) -> None:
    names = _names(text)
    assert names.get(project) == "Project"
    assert [n for n, t in names.items() if t == "Project"] == [project]
    assert "新建" not in names and "扩建" not in names


def test_place_word_opening_a_project_name() -> None:
    # a city's short name opens the project's name whatever the tagger calls it
    assert "大连英特尔非易失性存储器项目（二期）" in _typed(
        "本报讯 大连英特尔非易失性存储器项目（二期）已正式投产。", "Project"
    )


def test_year_of_a_campaign_round() -> None:
    # this year's round of a campaign: the campaign is the label, the written form an alias
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    entities, _ = resolve(
        [extract(make_document("本报讯 商务部组织开展2024年县域商业建设行动。", "case.txt"))]
    )
    prog = next(e for e in entities if e.type == "Programme")
    assert prog.label == "县域商业建设行动"
    assert "2024年县域商业建设行动" in prog.aliases


def test_development_fund() -> None:
    assert "省外经贸发展资金" in _typed("本报讯 争取省外经贸发展资金300万元。", "Programme")
    assert not _typed("本报讯 县里安排发展资金1000万元。", "Programme")


@pytest.mark.parametrize(
    "text, project",
    [
        # a named building, then what is done to it before a generic tail, is one project
        ("本报讯 市委书记调研了梧州大酒店升级改造项目。", "梧州大酒店升级改造项目"),
        ("本报讯 青山县人民医院改扩建项目开工。", "青山县人民医院改扩建项目"),
    ],
)
def test_named_building_works(text: str, project: str) -> None:
    assert project in _typed(text, "Project")


def test_kind_of_building_works_is_no_project() -> None:
    assert not _typed("本报讯 加快老旧小区改造项目建设。", "Project")


def test_phase_of_a_base() -> None:
    # a base's phase with no 项目 after it is the works named
    assert _typed("本报讯 近日，东海精品钢基地一期正式开工建设。", "Project") == {"东海精品钢基地一期"}


def test_verb_before_an_economic_circle() -> None:
    # the verb before an economic circle is the clause's (建设X经济圈)
    assert _typed("本报讯 为建设成渝地区双城经济圈贡献力量。", "Programme") == {"成渝地区双城经济圈"}


def test_named_agglomeration_area_is_a_zone() -> None:
    # a county's agglomeration area with its name is a zone, not a title
    assert not _typed("本报讯 罗山县产业集聚区新入驻企业5家。", "Designation")
