"""Rules from branch ents9: the causes of entity errors on the first runs of dev22–dev25 (each set built with the
code it first met) that today's code still made on new sentences. Case tables of invented sentences (none copied
from an article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a firm named after its parent and the word that links them (旗下, 下属, 全资子公司): its own name follows
        ("宏达集团旗下公司铁岭宏达精工有限公司将增资1亿元。", "铁岭宏达精工有限公司", ("Company",)),
        ("宏达集团旗下铁岭宏达精工有限公司将增资1亿元。", "铁岭宏达精工有限公司", ("Company",)),
        ("北方重工全资子公司沈阳北重机械有限公司签约落户。", "沈阳北重机械有限公司", ("Company",)),
        ("华润集团下属企业沈阳华润置业有限公司将增资1亿元。", "沈阳华润置业有限公司", ("Company",)),
        # a group, a county written in full and a project: the group is a firm of its own (as X公司 is)
        ("江城实业集团西丰县国际大酒店项目成功签约。", "江城实业集团", ("Company",)),
        (
            "江城实业集团西丰县国际大酒店项目、青岛华泰公司开原市新材料产业园项目成功签约。",
            "江城实业集团",
            ("Company",),
        ),
        # an industry cluster named by its place that enters a list is an area (the places are inside its name)
        (
            "通化市柳河县中药产业集群入选省级中小企业特色产业集群。",
            "通化市柳河县中药产业集群",
            ("Zone",),
        ),
        (
            "近日,好消息传来。铁岭市开原市专用车产业集群成功入选国家级中小企业特色产业集群。",
            "铁岭市开原市专用车产业集群",
            ("Zone",),
        ),
        # the titles a body counts as newly given (培育/新增 + title + N家, listed with 、): each is a designation,
        # also with no level word when its head is a title on its own
        (
            "全年培育科技型中小企业57家、国家高新技术企业18家、雏鹰瞪羚企业6家。",
            "科技型中小企业",
            ("Designation",),
        ),
        (
            "全年培育科技型中小企业57家、国家高新技术企业18家、雏鹰瞪羚企业6家。",
            "雏鹰瞪羚企业",
            ("Designation",),
        ),
        ("全市新增高新技术企业30家、专精特新中小企业12家。", "高新技术企业", ("Designation",)),
        ("全市新增高新技术企业30家、专精特新中小企业12家。", "专精特新中小企业", ("Designation",)),
        ("今年新增省级专精特新中小企业8家、创新型中小企业15家。", "创新型中小企业", ("Designation",)),
    ],
)
def test_ents9_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        # 各镇街党委, 全区街道党工委: towns and streets in general (镇街), no one street's committee
        ("各镇街党委书记及分管负责人参加会议。", "各镇街党委"),
        ("会后,全区街道党工委书记进行了交流。", "全区街道党工委"),
        ("会议要求,各街道办事处要抓好落实。", "各街道办事处"),
        # the parent and the link word are no part of the firm's name
        ("宏达集团旗下公司铁岭宏达精工有限公司将增资1亿元。", "宏达集团旗下公司铁岭宏达精工有限公司"),
        # a place's cluster in a clause about the place is no name
        ("我市将加快打造千亿级石化产业集群,入选国家级名单。", "千亿级石化产业集群"),
        # kinds of firms counted are no titles: 规上企业, 龙头企业 without a level, and a firm count without a verb
        ("今年新增规上企业20家、龙头企业5家。", "规上企业"),
        ("今年新增规上企业20家、龙头企业5家。", "龙头企业"),
        ("园区现有企业120家,其中规上企业67家、高新技术企业21家。", "高新技术企业"),
    ],
)
def test_ents9_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


def test_ents9_street_body_still_named() -> None:
    # a street's own committee keeps its name
    assert _names("会上,北关街道党工委书记作了发言。").get("北关街道党工委") == "GovernmentBody"


@pytest.mark.parametrize(
    "text, name",
    [
        # a place's session at a numbered fair (第N届X会 + a place + 招商会): the fair is an occasion of its own
        ("江城县16日举办第十三届海交会江城招商会暨第九届橄榄节。", "第十三届海交会"),
        ("第二十届西洽会陕西省招商推介会在西安举行。", "第二十届西洽会"),
        ("第五届消博会沈阳招商会在海口举行。", "第五届消博会"),
    ],
)
def test_ents9_fair_of_a_session(text: str, name: str) -> None:
    names = _names(text)
    assert names.get(name) == "Event"
    assert any(n.startswith(name) and len(n) > len(name) and t == "Event" for n, t in names.items())


def test_ents9_national_media_short_and_full_one_node() -> None:
    # a 中新网 dateline and a 中国新闻网 source line on one page are one outlet, under its full name
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    text = (
        "江城县举办招商会\n2023年05月16日17:45  中国新闻网\n中新网福州5月16日电 (李明)江城县16日举办招商会。"
    )
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    media = [e for e in entities if e.type == "Institution"]
    assert [(e.label, e.aliases) for e in media] == [("中国新闻网", ("中新网",))]


def _bodies(text: str) -> set[str]:
    from kg.extract import extract
    from kg.ingest import make_document
    from kg.resolve import resolve

    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    return {e.label for e in entities if e.type == "GovernmentBody"}


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a party committee read only inside its department's name (a photo credit) is no body of the article
        ("范明一行深入企业调研。(肇庆市鼎湖区委宣传部提供)", "中共鼎湖区委宣传部", "中共鼎湖区委"),
        ("铁岭县召开大会。铁岭县委组织部部长李强主持。", "中共铁岭县委组织部", "中共铁岭县委"),
        # written on its own too (a title that names it, the bare committee), it stays
        ("范明一行深入企业调研。鼎湖区委书记李华陪同。(肇庆市鼎湖区委宣传部提供)", "中共鼎湖区委", ""),
        ("会议由铁岭县委主持。铁岭县委组织部部长李强发言。", "中共铁岭县委", ""),
        # its standing committee is the committee meeting, not a department
        ("铁岭县召开大会。铁岭县委常委会会议审议通过。", "中共铁岭县委", ""),
    ],
)
def test_ents9_committee_inside_department(text: str, present: str, absent: str) -> None:
    bodies = _bodies(text)
    assert present in bodies
    assert not absent or absent not in bodies


_VISIT_VERBS = (
    "视察 考察 参观 察看 查看 莅临 深入 检查 督导 督查 巡查 看望 慰问 拜访 会见 接见 约见 奔赴 赴 观摩 踏勘"
    " 实地察看 现场察看 检查指导"
).split()


@pytest.mark.parametrize("verb", _VISIT_VERBS)
def test_ents9_visit_verb_opens_no_firm_name(verb: str) -> None:
    # an official's visit to a firm: the visitor and the verb are no part of the firm's name
    companies = {n for n, t in _names(f"县委书记王强{verb}宏盛公司。").items() if t == "Company"}
    assert companies == {"宏盛公司"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("书记视察铁岭华盛公司项目工地。", "铁岭华盛公司"),
        ("书记一行视察宏盛公司。", "宏盛公司"),
        # jieba's 对华 ("towards China") before a name opening with 华: the name starts after 对
        ("张书记对华盛集团表示欢迎。", "华盛集团"),
        ("市长对华能集团表示感谢。", "华能集团"),
        # 对外 opens names of its own
        ("中国对外贸易中心集团有限公司参展。", "中国对外贸易中心集团有限公司"),
    ],
)
def test_ents9_firm_after_visit_or_preposition(text: str, name: str) -> None:
    assert {n for n, t in _names(text).items() if t == "Company"} == {name}


@pytest.mark.parametrize(
    "obj, cls",
    [
        ("宏盛职业技术学院", "Institution"),
        ("江城县人民医院", "Institution"),
        ("宏盛商会", "Institution"),
        ("宏盛经济开发区", "Zone"),
        ("宏盛工业园区", "Zone"),
        ("宏盛高新区", "Zone"),
        ("宏盛经济开发区管委会", "GovernmentBody"),
    ],
)
@pytest.mark.parametrize("verb", ["视察", "考察", "看望", "慰问", "深入", "莅临", "调研", "走访"])
def test_ents9_visit_verb_opens_no_other_name(verb: str, obj: str, cls: str) -> None:
    # institutions, zones and their bodies visited: found, without the visitor and the verb
    names = _names(f"县委书记王强{verb}{obj}。")
    assert names.get(obj) == cls
    assert not any(n.startswith(("县委书记", verb)) for n in names)


@pytest.mark.parametrize(
    "opener",
    [
        "据",
        "今天上午",
        "当天下午",
        "在王强的陪同下",
        "县长李明陪同",
        "副市长李明率队",
        "投资方",
        "承建方",
        "主办单位",
        "在县委的支持下",
    ],
)
@pytest.mark.parametrize(
    "obj, cls", [("宏盛公司", "Company"), ("宏盛职业技术学院", "Institution"), ("宏盛工业园区", "Zone")]
)
def test_ents9_name_openers(opener: str, obj: str, cls: str) -> None:
    # a time of day, an escort's or leader's verb, a party's role, 据, the frame 在…下: never a name's first word
    assert _names(f"{opener}{obj}的发展情况。").get(obj) == cls


@pytest.mark.parametrize(
    "text, name, cls",
    [
        # what an official does at an occasion (出席, 主持, 见证) opens no firm's or project's name
        ("县委书记王强出席宏盛公司年产5万吨饲料项目开工仪式。", "宏盛公司", "Company"),
        ("县委书记王强出席宏盛公司年产5万吨饲料项目开工仪式。", "宏盛公司年产5万吨饲料项目", "Project"),
        ("县委书记王强主持宏盛公司与江城县签约仪式。", "宏盛公司", "Company"),
        ("县长李明见证宏盛集团与江城县签约。", "宏盛集团", "Company"),
        # a time of day and a leader's verb (one token each for the segmenter) open no occasion's name
        ("今天上午江城县重点项目集中开工仪式举行。", "江城县重点项目集中开工仪式", "Event"),
        ("副市长李明率队参加第五届中国国际进口博览会。", "第五届中国国际进口博览会", "Event"),
    ],
)
def test_ents9_attending_verbs_and_times(text: str, name: str, cls: str) -> None:
    names = _names(text)
    assert names.get(name) == cls
    assert not any(n.startswith(("县委书记", "县长", "副市长", "今天")) for n in names)


@pytest.mark.parametrize(
    "text, name",
    [
        # a county's media centre and station after a bare level word: the home place's (as 县工商联)
        ("铁岭县召开会议。县融媒体中心负责人参加。", "铁岭县融媒体中心"),
        ("铁岭县召开会议。(县融媒体中心记者 王建华)", "铁岭县融媒体中心"),
        ("铁岭县召开会议。县广播电视台记者参加。", "铁岭县广播电视台"),
        # a place's own name before the head keeps it (地区 is no bare level word)
        ("江城新闻网-和田地区融媒体中心(记者 王建华)2月28日,会议召开。", "和田地区融媒体中心"),
    ],
)
def test_ents9_home_institutions(text: str, name: str) -> None:
    assert _names(text).get(name) == "Institution"
