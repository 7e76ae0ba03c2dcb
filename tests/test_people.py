"""People, government bodies and the article's home place: case tables of invented sentences."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.ingest import make_document
from kg.resolve import resolve


def _mentions(text: str, publisher: str = "") -> dict[str, str]:
    """Mention name -> type (Official counts as Person)."""
    ctx = extract(make_document(text, "case.txt"), publisher=publisher)
    return {m.name: ("Person" if m.type == "Official" else m.type) for m in ctx.mentions}


def _entities(*texts: str) -> list:
    entities, _ = resolve([extract(make_document(t, f"case{i}.txt")) for i, t in enumerate(texts)])
    return entities


def _names(text: str, type_: str) -> set[str]:
    return {
        n
        for e in _entities(text)
        if e.type in (type_, "Official" if type_ == "Person" else type_)
        for n in e.names
    }


@pytest.mark.parametrize(
    "text, person",
    [
        # a title right before the name, the name ended by a verb, punctuation or the next title
        ("副市长郑立新主持签约仪式。泰安市很好。", "郑立新"),
        # names listed before 等市级领导 (the 级 form of the 市领导 cue)
        ("张立新、王小军等市级领导出席仪式。", "王小军"),
        ("常务副市长韩晓东出席并讲话。泰安市很好。", "韩晓东"),
        ("区长周明远致辞。", "周明远"),
        ("县委副书记、县长秦海波,副县长贺兰英参加活动。", "秦海波"),
        ("县委副书记、县长秦海波,副县长贺兰英参加活动。", "贺兰英"),
        ("公司董事长欧阳振华表示,项目年内投产。", "欧阳振华"),
        # two-character names before ASCII and full-width punctuation
        ("市政协主席孔敏,市委副书记冯涛出席。", "孔敏"),
        ("市政协主席孔敏,市委副书记冯涛出席。", "冯涛"),
        # a rare surname is taken after a title
        ("区人大常委会主任弭建国讲话。", "弭建国"),
        # one title over a list of names
        ("县委副书记吕志平、蒋文静,县委常委宁海峰陪同调研。", "蒋文静"),
        # lists of officials without posts, opened or closed by their cue
        ("省领导谭新民、鲍志刚、汤丽华等出席。", "鲍志刚"),
        ("市领导黎光明、童雪梅,市政府秘书长陶建军参加活动。", "童雪梅"),
        ("程国栋、钱晓燕、邓永福等市领导参加签约仪式。", "钱晓燕"),
        ("会议聘任了孟德华、鲁春生、乔玉兰等3人为招商顾问。", "乔玉兰"),
        # a name not starting with a Han surname, in a list of officials
        ("乌力吉巴图、杜明轩、曹文博等区领导出席。", "乌力吉巴图"),
        # bylines and credits
        ("本报讯(记者 祁海涛)近日,项目开工。", "祁海涛"),
        ("泰山日报讯(申晓晨)近日,项目开工。", "申晓晨"),
        ("工厂车间一角。 本报记者 卞红英 摄", "卞红英"),
        # a name before the post
        ("落实车建华书记的指示精神。", "车建华"),
        # the verb after a two-character name is not part of it
        ("副市长柳青到企业调研。", "柳青"),
        ("巡检员董力顶着大风检查设备。", "董力"),
        ("总经理助理庞云飞出席。", "庞云飞"),
        ("国务院副总理包立军出席。", "包立军"),
        # a cue with a colon or a space before the list
        ("出席会议的领导有：车建华、鲍志刚。", "鲍志刚"),
        ("市领导 谭新民、柏文静出席。", "谭新民"),
        # a name before a verb of speech where jieba's words start it
        ("据祁海涛介绍,今年项目进展顺利。", "祁海涛"),
        # credits of other papers, an editor, a biography, a list closed by 等人
        ("文/记者 邬春燕 图/通讯员 甘立群", "甘立群"),
        ("责任编辑：滕雅琴", "滕雅琴"),
        ("殷志远,男,汉族,1972年生。", "殷志远"),
        ("管理团队由宫立伟、尚宏波、牛建成等人组成。", "尚宏波"),
        # a name that is also a rare dictionary word, after a title
        ("县委常委、常务副县长蓝海陪同调研。", "蓝海"),
    ],
)
def test_people_case_table(text, person):
    assert _mentions(text).get(person) == "Person"


@pytest.mark.parametrize(
    "text, absent",
    [
        # a verb glued to a name is not part of it
        ("副市长柳青到企业调研。", "柳青到"),
        # 在 before a speech verb is the preposition (X在致辞中指出), not the name's last character
        ("市委书记、市人大常委会主任刘峰在致辞中指出,发展要快。", "刘峰在"),
        ("巡检员董力顶着大风检查设备。", "董力顶"),
        ("市政协主席孔敏,市委副书记冯涛出席。", "孔敏,"),
        # a list of places is not a list of people
        ("产品销往沈阳、长春、哈尔滨等地。", "长春"),
        # words after a title that are no name
        ("召开局长办公会议研究工作。", "办公会"),
        ("在选派干部时坚持标准。", "时坚持"),
        # the cue closes the list before it, it does not open one
        ("谭新民、鲍志刚等省领导及汤丽华出席。", "及汤丽华"),
        # a surname and a term of address
        ("王师傅说,今年订单多了一倍。", "王师傅"),
        ("他向记者介绍,今年订单多了一倍。", "向记者"),
        ("群众可通过市长信箱,反映问题。", "信箱"),
    ],
)
def test_no_person_case_table(text, absent):
    assert absent not in _mentions(text)


@pytest.mark.parametrize(
    "text, body",
    [
        # a bare level word is the article's own place; the formal name is the label
        ("泰安市召开会议。市委书记车建华出席。", "中共泰安市委"),
        ("泰安市召开会议。我市代表市委市政府致辞。", "泰安市人民政府"),
        ("泰安市召开会议。我市代表市委市政府致辞。", "中共泰安市委"),
        ("泰安市召开会议。市政协主席孔敏出席。", "政协泰安市委员会"),
        ("泰安市召开会议。市人大常委会主任谭新民出席。", "泰安市人大常委会"),
        ("泰安市召开会议。市纪委监委通报情况。", "泰安市纪委监委"),
        # a county article: 县/区 bodies are the county's, short fields expand to the formal ones
        ("宁阳县召开会议。我县由县发改局牵头推进。", "宁阳县发展和改革局"),
        ("泰安市召开会议。市发改委牵头推进。", "泰安市发展和改革委员会"),
        # a bare body listed right after a named one is that place's, not the home place's
        ("泰安市召开会议。济宁市委、市政府高度重视。", "济宁市人民政府"),
        ("宁阳县召开会议。代表县委、县政府讲话。", "中共宁阳县委"),
        ("宁阳县召开会议。代表县委、县政府讲话。", "宁阳县人民政府"),
        # the later items of a list of the same place's bodies
        ("宁阳县召开会议。县委办、政府办、扶贫办等单位负责人参加。", "宁阳县扶贫办"),
        # a place name and the level repeated (忠县县委) or a place and an organ
        ("宁阳县县委召开会议。", "中共宁阳县委"),
        # formal names with 委员会
        ("政协泰安市委员会召开常委会议。", "政协泰安市委员会"),
        ("中共泰安市委员会印发通知。", "中共泰安市委"),
        ("泰安市人民代表大会常务委员会举行会议。", "泰安市人大常委会"),
        # a bare county body is the county just named, in an article naming several
        ("泰安市宁阳县、东平县召开会议。东平县县长讲话,县卫健局负责人参加。", "东平县卫生健康局"),
        ("四川省人民政府办公厅发布通知。", "四川省人民政府办公厅"),
        # one organ after a list of places belongs to each
        ("河北省、山西省人民政府,商务部:", "河北省人民政府"),
        # central bodies, also by a former name
        ("国务院办公厅印发通知。", "国务院办公厅"),
        ("工业和信息化部办公厅印发通知。", "工业和信息化部办公厅"),
        ("最高人民法院发布典型案例。", "最高人民法院"),
        ("产品获得农业部认证。", "农业部"),
        ("兵团党委召开会议。", "新疆生产建设兵团党委"),
        # an autonomous region's own bodies
        ("广西壮族自治区召开会议。自治区党委常委出席。", "中共广西壮族自治区委员会"),
        # a village's bodies, and the bare 村委会 of the article's one village
        ("泰安市宁阳县东庄村委会组织村民种植。村党支部带头。", "东庄村委会"),
        ("区政协副主席、新华街道党工委书记马立军出席。", "新华街道党工委"),
        ("泰安市宁阳县东庄村委会组织村民种植。村党支部带头。", "东庄村党支部"),
    ],
)
def test_government_body_case_table(text, body):
    assert body in {e.label for e in _entities(text) if e.type == "GovernmentBody"}


@pytest.mark.parametrize(
    "text, absent",
    [
        # a title alone does not create its body (SCHEMA rule 1)
        ("泰安市召开会议。副市长郑立新出席。", "泰安市人民政府"),
        ("泰安市召开会议。市长郑立新出席。", "泰安市人民政府"),
        # without a home place, a bare 市委 names no city
        ("会议由市委办公室组织。", "中共市委办公室"),
        # 社区委员会 is not a 区委
        ("社区委员会组织活动。泰安市很好。", "中共泰安市委"),
        # the office is the body written, not the ministry whose name it holds
        ("工业和信息化部办公厅印发通知。", "工业和信息化部"),
        ("泰安市召开会议。市委员会议室里坐满了人。", "中共泰安市委"),
    ],
)
def test_no_body_case_table(text, absent):
    assert absent not in {e.label for e in _entities(text)}


def test_the_written_short_form_is_an_alias():
    ents = {e.label: e for e in _entities("泰安市召开会议。市委书记车建华出席。")}
    assert "市委" in ents["中共泰安市委"].aliases


@pytest.mark.parametrize(
    "text, attr, code",
    [
        # the article's city comes from the article (its city named with 我市), not from a default
        ("德州市召开会议。我市将加快发展。", "home_city", "371400"),
        # a county named as often as its city, in an article that calls the county home
        ("宁阳县召开会议。我县将加快发展。宁阳县很好。", "home_county", "370921"),
    ],
)
def test_home_place_comes_from_the_article(text, attr, code):
    ctx = extract(make_document(text, "case.txt"))
    assert getattr(ctx, attr) == code


def test_no_home_place_without_places():
    ctx = extract(make_document("会议要求加快发展。", "case.txt"))
    assert (ctx.home_province, ctx.home_city, ctx.home_county) == ("", "", "")


def test_a_dateline_outlet_employs_its_reporter():
    ctx = extract(make_document("泰山日报讯(记者祁海涛)1月3日,项目开工。", "a.txt"))
    works = {(c.subject.name, c.object.name) for c in ctx.candidates if c.predicate == "worksFor"}
    assert ("祁海涛", "泰山日报") in works


def test_publisher_is_named_or_given_never_assumed():
    # named in the dateline
    assert "泰山日报" in {
        m.name for m in extract(make_document("泰山日报讯 本报记者 申晓晨 报道", "a.txt")).mentions
    }
    # given by the caller
    ctx = extract(make_document("本报讯 近日,项目开工。", "b.txt"), publisher="齐鲁晚报")
    assert {m.name for m in ctx.mentions if m.rule == "institution.publisher"} == {"齐鲁晚报"}
    # neither: the article's own unnamed paper, a different one in each article
    papers = [e for e in _entities("本报讯 近日,项目开工。", "本报讯 昨日,工厂投产。") if e.label == "本报"]
    assert len(papers) == 2
