"""Rules tightened by the audit10 work (precision of each rule on the sets it was not written from): case tables
of invented sentences, none copied from an annotated article. Firms and projects invented; places real."""

from __future__ import annotations

import pytest
from cases import names_of, relations_of


# investsIn.total-investment: 总投资X的<firm><project> names the firm as investor when the sentence tells one
# project's size; in a series of project sheets (总投资X的A公司P项目;总投资Y的B公司Q项目) each amount is its
# project's size and the firm opening each name is its owner (operates), also when semicolons join the sheets
@pytest.mark.parametrize(
    "text, triple, stated",
    [
        (
            "铁岭市项目建设\n9月,总投资约12亿元的辽宁星河新材料有限公司年产5万吨复合材料项目获得核准批复。",
            ("辽宁星河新材料有限公司", "investsIn", "辽宁星河新材料有限公司年产5万吨复合材料项目"),
            True,
        ),
        (
            "大连市项目建设\n今年以来,总投资12亿元的辽宁星河新材料有限公司复合材料项目开工;"
            "总投资8亿元的大连海岳机械有限公司新厂房项目竣工投产。",
            ("辽宁星河新材料有限公司", "investsIn", "辽宁星河新材料有限公司复合材料项目"),
            False,
        ),
        (
            "大连市项目建设\n今年以来,总投资12亿元的辽宁星河新材料有限公司复合材料项目开工;"
            "总投资8亿元的大连海岳机械有限公司新厂房项目竣工投产。",
            ("大连海岳机械有限公司", "investsIn", "大连海岳机械有限公司新厂房项目"),
            False,
        ),
        (
            "大连市项目建设\n今年以来,总投资12亿元的辽宁星河新材料有限公司复合材料项目开工;"
            "总投资8亿元的大连海岳机械有限公司新厂房项目竣工投产。",
            ("大连海岳机械有限公司", "operates", "大连海岳机械有限公司新厂房项目"),
            True,
        ),
        (
            "卢龙县项目开工\n这3个项目分别为:总投资5亿元的河北青石建材有限公司新型墙材项目;"
            "总投资2亿元的秦皇岛禾丰食品有限公司速冻食品项目。",
            ("秦皇岛禾丰食品有限公司", "investsIn", "秦皇岛禾丰食品有限公司速冻食品项目"),
            False,
        ),
    ],
)
def test_total_investment_series(text: str, triple: tuple[str, str, str], stated: bool) -> None:
    assert (triple in relations_of(text)) is stated


def _zones(text: str) -> set[str]:
    return {name for name, typ in names_of(text).items() if typ == "Zone"}


# zone.coordination: X、Y口岸 shares the head with a bare first name (a place's); not when the item before 、
# ends with the head itself (a list of whole names) or is a named thing of another kind (a project list)
@pytest.mark.parametrize(
    "text, zone, stated",
    [
        ("铁岭市物流\n中欧班列实现了与二连浩特、满洲里口岸“两通道”运输。", "二连浩特口岸", True),
        ("铁岭市物流\n中欧班列实现了与二连浩特、满洲里口岸“两通道”运输。", "满洲里口岸", True),
        ("某镇建设\n为推动“科技新港、绿色新港、幸福新港”建设开好局。", "科技新港港", False),
        ("某镇建设\n为推动“科技新港、绿色新港、幸福新港”建设开好局。", "绿色新港港", False),
        ("某区签约\n签约项目包括国际创意产业学院、梦幻海洋港。", "国际创意产业学院港", False),
    ],
)
def test_zone_coordination(text: str, zone: str, stated: bool) -> None:
    assert (zone in _zones(text)) is stated


# participatesIn.pilot / implements.names-pilots: a title that makes its holders pilots of a programme (P试点县)
# links them to P when the text names P: quoted inside the title (“P”试点县) or written outside it. A programme
# word only inside an unquoted title (公布2024年P示范县名单) is part of the title's wording: no programme link
_PILOT_QUOTED = "阜新市低碳\n日前,国家发展改革委公布第二批“百县清洁取暖行动”试点县名单,彰武县榜上有名。"
_PILOT_BARE = "阜新市低碳\n日前,国家发展改革委公布第二批绿色低碳转型行动试点县名单,彰武县、清河区入选。"
_PILOT_NAMED = (
    "阜新市低碳\n我市全面实施绿色低碳转型行动。"
    "日前,国家发展改革委公布第二批绿色低碳转型行动试点县名单,彰武县、清河区入选。"
)


@pytest.mark.parametrize(
    "text, triple, stated",
    [
        (_PILOT_QUOTED, ("彰武县", "participatesIn", "百县清洁取暖行动"), True),
        (_PILOT_QUOTED, ("国家发展改革委", "implements", "百县清洁取暖行动"), True),
        (_PILOT_NAMED, ("清河区", "participatesIn", "绿色低碳转型行动"), True),
        (_PILOT_BARE, ("清河区", "participatesIn", "绿色低碳转型行动"), False),
        (_PILOT_BARE, ("彰武县", "participatesIn", "第二批绿色低碳转型行动"), False),
        (_PILOT_BARE, ("国家发展改革委", "implements", "绿色低碳转型行动"), False),
    ],
)
def test_programme_pilots(text: str, triple: tuple[str, str, str], stated: bool) -> None:
    assert (triple in relations_of(text)) is stated


# a span of time opening the clause (短短10年间, 十年间) is no part of the name after it (zone.head and the other
# heads that stop at NAME_OPENERS)
@pytest.mark.parametrize(
    "text, name, typ",
    [
        (
            "大连市科研\n短短10年间星海研究所长兴岛园区从一片荒地发展为科研基地。",
            "星海研究所长兴岛园区",
            "Zone",
        ),
        ("大连市科研\n星海研究所长兴岛园区建成投用。", "星海研究所长兴岛园区", "Zone"),
        ("营口市发展\n十年间鲅鱼圈临港产业园吸引了一批企业。", "鲅鱼圈临港产业园", "Zone"),
    ],
)
def test_time_span_opens_clause(text: str, name: str, typ: str) -> None:
    got = names_of(text)
    assert got.get(name) == typ
    assert not any(n.endswith(name) and n != name and t == typ for n, t in got.items())


def _projects(text: str) -> set[str]:
    return {name for name, typ in names_of(text).items() if typ == "Project"}


# project.coordinated: A、B项目 is one project when the item after 、 opens with a word no name opens with (亮化,
# 栽培, γ-); not when it opens with a quoted name or a run of single characters (an unknown coinage: 远 + 星), nor
# when the item before 、 is a name with a separator dot (云栖印象·居): then each item is a name of its own
@pytest.mark.parametrize(
    "text, project, stated",
    [
        ("某县项目\n大西高铁引道绿化、亮化建设项目开工。", "大西高铁引道绿化、亮化建设项目", True),
        (
            "某县项目\n年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目开工。",
            "年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目",
            True,
        ),
        (
            "某县签约\n签约项目包括星河音乐小镇、“文旅有未来”富民项目等。",
            "星河音乐小镇、“文旅有未来”富民项目",
            False,
        ),
        ("某县签约\n签约项目包括星河音乐小镇、“文旅有未来”富民项目等。", "“文旅有未来”富民项目", True),
        (
            "某县签约\n现场签约了中南置业片区开发项目、云栖印象·居、远星橡胶智能交通装备制造项目等11个项目。",
            "云栖印象·居、远星橡胶智能交通装备制造项目",
            False,
        ),
        (
            "某县签约\n现场签约了中南置业片区开发项目、云栖印象·居、远星橡胶智能交通装备制造项目等11个项目。",
            "远星橡胶智能交通装备制造项目",
            True,
        ),
    ],
)
def test_coordinated_project(text: str, project: str, stated: bool) -> None:
    assert (project in _projects(text)) is stated


# participatesIn.signed-at-event: the parties of a signing take part in the event just named, not when that event
# only dates the signing (自X会议召开以来, X会议后): a time anchor, not where the signing is held
_SIGN_AT = (
    "铁岭县招商\n在全市冬季招商工作部署会议上,辽宁金岭化工有限公司与铁岭县签约,投资3亿元建设新材料项目。"
)
_SIGN_SINCE = (
    "铁岭县招商\n日前,由辽宁金岭化工有限公司投资3亿元的新材料项目正式与铁岭县签约,"
    "这标志着自去年全市冬季招商工作部署会议召开以来,铁岭县已完成招商任务。"
)


@pytest.mark.parametrize(
    "text, triple, stated",
    [
        (_SIGN_AT, ("铁岭县", "participatesIn", "全市冬季招商工作部署会议"), True),
        (_SIGN_AT, ("辽宁金岭化工有限公司", "participatesIn", "全市冬季招商工作部署会议"), True),
        (_SIGN_SINCE, ("铁岭县", "participatesIn", "全市冬季招商工作部署会议"), False),
        (_SIGN_SINCE, ("新材料项目", "participatesIn", "全市冬季招商工作部署会议"), False),
    ],
)
def test_signing_dated_by_event(text: str, triple: tuple[str, str, str], stated: bool) -> None:
    assert (triple in relations_of(text)) is stated


# participatesIn.signed-at-event: a firm or body right before a post (X公司副总经理Y见证签约) names a witness's
# employer, not a party of the signing; deputies' posts (副总经理, 常务副市长) as the posts themselves
_WITNESS = (
    "临高县项目开工\n县委书记王明宣布项目开工,县长李华,"
    "海南农垦建设集团有限公司副总经理陈刚见证签约,县领导出席开工仪式。"
)


@pytest.mark.parametrize(
    "text, triple, stated",
    [
        (_WITNESS, ("海南农垦建设集团有限公司", "participatesIn", "开工仪式"), False),
        (_WITNESS, ("陈刚", "participatesIn", "开工仪式"), True),
        (
            "临高县项目开工\n在开工仪式上,海南农垦建设集团有限公司与临高县签约。",
            ("海南农垦建设集团有限公司", "participatesIn", "开工仪式"),
            True,
        ),
    ],
)
def test_signing_witness_employer(text: str, triple: tuple[str, str, str], stated: bool) -> None:
    assert (triple in relations_of(text)) is stated


# locatedIn.cue (T在P / T落户P): a place opening a zone's name (落户锦州经济技术开发区) is not itself where T is,
# the zone is; a firm that invests or builds in a place (X集团在P投资兴建) is not located there by that
@pytest.mark.parametrize(
    "text, triple, stated",
    [
        (
            "锦州市签约\n锦州华光新材料有限公司投资45亿元建设的年产10万吨硅片项目落户锦州经济技术开发区。",
            ("年产10万吨硅片项目", "locatedIn", "锦州经济技术开发区"),
            True,
        ),
        (
            "锦州市签约\n锦州华光新材料有限公司投资45亿元建设的年产10万吨硅片项目落户锦州经济技术开发区。",
            ("年产10万吨硅片项目", "locatedIn", "锦州市"),
            False,
        ),
        (
            "景德镇市项目\n云帆新能源集团有限公司在景德镇高新区投资100亿元建设20GWh锂电池项目。",
            ("20GWh锂电池项目", "locatedIn", "景德镇高新区"),
            True,
        ),
        (
            "景德镇市项目\n云帆新能源集团有限公司在景德镇高新区投资100亿元建设20GWh锂电池项目。",
            ("云帆新能源集团有限公司", "locatedIn", "景德镇市"),
            False,
        ),
        (
            "辽中区项目\n辽宁百岁家居产业园项目是由浙江百强企业百年集团在辽中区投资兴建,总投资10亿元。",
            ("百年集团", "locatedIn", "辽中区"),
            False,
        ),
    ],
)
def test_located_cue_zone_and_investor(text: str, triple: tuple[str, str, str], stated: bool) -> None:
    assert (triple in relations_of(text)) is stated


# implements.verb: an actor clauses before the verb acts, not when the verb's own clause opens with a counted
# group (…,全省600多个乡镇组织开展了Y): that group, no entity, is the subject
@pytest.mark.parametrize(
    "text, triple, stated",
    [
        (
            "赣州市招商\n九江市、萍乡市纷纷组织开展了春节“回乡创业”活动。",
            ("萍乡市", "implements", "“回乡创业”活动"),
            True,
        ),
        (
            "赣州市招商\n九江市今年以来,积极作为,开展“回乡创业”活动。",
            ("九江市", "implements", "“回乡创业”活动"),
            True,
        ),
        (
            "赣州市招商\n九江市、萍乡市也纷纷组织座谈走访等活动,全省600多个乡镇组织开展了春节“回乡创业”活动。",
            ("萍乡市", "implements", "“回乡创业”活动"),
            False,
        ),
        (
            "赣州市招商\n九江市积极作为,30家企业开展了“回乡创业”活动。",
            ("九江市", "implements", "“回乡创业”活动"),
            False,
        ),
    ],
)
def test_counted_subject_clause(text: str, triple: tuple[str, str, str], stated: bool) -> None:
    assert (triple in relations_of(text)) is stated
