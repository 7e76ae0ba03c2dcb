"""Organisations: government bodies, companies, institutions and zones, by name structure."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ..lexicon import (
    BUREAU_CORES,
    BUREAU_FULL,
    CENTRAL_BODIES,
    COMPANY_SUFFIXES,
    EVENT_HEADS,
    GOV_HEADS,
    HOME_INSTITUTIONS,
    INSTITUTION_HEADS,
    NATIONAL_ASSOCIATIONS,
    NATIONAL_MEDIA,
    NATIONAL_MEDIA_FULL,
    NATIONAL_SHORT,
    PARTY_ORGANS,
    PEOPLES_ORGANISATIONS,
    TITLES,
    ZONE_HEADS,
    alternation,
)
from ..ontology_rules import PLACES
from ..patterns import lazy
from ..registry import extractor
from ..scan import Scan
from .base import (
    COMPANY_STOPS,
    INSTITUTION_STOPS,
    PUNCT,
    STOP_WORDS,
    ZONE_STOPS,
    Context,
    after_place_and_build_verb,
    extend_left,
    is_home_ref,
    part,
    strip_leading_verbs,
    tag,
    tokens,
    word_freq,
    word_starts_at,
)
from .home import DATELINE_OUTLET, home_code, publisher_in_text

_CORES = "|".join(map(re.escape, BUREAU_CORES))
_ORGANS = "|".join(map(re.escape, PARTY_ORGANS))
# (two fields joined by 和 name one merged department: 经济合作和外事局, 自然资源和规划局)
_BUREAU = rf"(?:{_CORES})(?:和(?:{_CORES}))?(?:局|厅|委员会|委|办公室|办|中心|服务中心|总站|站)"
# The organs of a level of government, written after its place (铁岭市委, 东丽区人大常委会) or after a bare
# level word (市委, 区政府, 县发改局). 忠县县委 repeats the level after the place.
_ORGAN = (
    # (a government's named office: 人民政府经济合作交流办公室, 人民政府驻京办事处)
    rf"委员会|委(?:{_ORGANS})?|纪委监委|纪委|监委"
    r"|人民政府(?:[^和与及的、，。,；;：:\s“”]{2,8}?(?:办公室|办事处)|办公厅|办公室)?|政府(?:新闻办公室|新闻办|办公厅|办公室|办)?"
    rf"|人民代表大会常务委员会|人民代表大会|人大常委会|人大|政协|中级人民法院|人民法院|法院|人民检察院|检察院"
    rf"|{_BUREAU}"
    # a leading group's standing office (X领导小组办公室, 省重点工程领导组办公室): the coordinating office a
    # government sets up for one field of work, a body of that government whatever the field
    r"|[\u4e00-\u9fff]{2,10}?领导小?组办公室"
    # a command a party committee or government sets up for an emergency or a key task (市疫情防控指挥部,
    # 县防汛抗旱指挥部, 区重点项目建设指挥部): a body of that place, led by a 总指挥
    r"|[\u4e00-\u9fff]{2,8}?指挥部"
)
# What may follow a place name to make a government body.
_BODY_AFTER_PLACE = re.compile(
    rf"(?P<rep>[省市县区州盟旗])?(?P<organ>{_ORGAN}|(?:{_ORGANS})"
    # a body of the place whose field is not in the closed list: 海城市菱镁产业发展服务中心
    # (the field holds no particle or verb of a clause: 深圳签约了X发展中心 is a clause, 了/的 end one)
    rf"|(?:(?!了|的|签约|签订|签署)[\u4e00-\u9fff]){{2,10}}?(?:服务中心|发展中心|事务中心|管理局|管理委员会|委员会|办公室))"
)
_REGION_PARTY = re.compile(r"(?P<rep>)(?P<organ>党委)")
_PREFECTURE_PARTY = re.compile(r"(?P<rep>州)?(?P<organ>党委)")
# the next organs of one place, after its first: 、政府 / 、人大常委会 (省政府 is the bare-body rule's)
_NEXT_ORGAN = re.compile(r"、(人民政府|政府|人大常委会|政协)(?=[、，,。；;“”\s和等]|$)")
_NEAR = 120  # characters: how far back a county named just before a bare 县X局 still counts
# A bare 市/省/县/区 prefix stands for the article's own place (市农业农村局, 区委, 县政府).
_BARE_BODY = re.compile(rf"(自治区|省|市|州|盟|县|区|旗)({_ORGAN}|行署|党委)")
# the first of two or more departments listed without a level word (及发改委、工信局、商务局等)
# (after a person's name too: 副市长某某、发改局、文旅局相关领导参会, the officials and departments attending)
_BARE_DEPT_LIST = re.compile(rf"(?<=[及和与，,、])((?:{_CORES})(?:局|委|办))(?=、(?:{_CORES})(?:局|委|办))")
# the next items of a list of the same place's bodies: 县委办、政府办、扶贫办、农业农村局等单位
# (the last item may be followed by who of it took part: 、乡村振兴局主要负责同志参加)
_LIST_BODY = re.compile(
    rf"、((?:{_ORGAN}|(?:{_CORES})(?:局|办)))(?=[、等和及,，。；]|主要|负责|相关|有关|分别|参加|出席)"
)
_CENTRAL = Scan(
    re.compile("|".join(sorted(map(re.escape, CENTRAL_BODIES | set(NATIONAL_SHORT)), key=len, reverse=True)))
)
_NATIONAL_ORGAN = re.compile(rf"党委|党组|{_BUREAU}|国资委")
# a ministry's department (司) right after the ministry's name: 商务部外资司, 工业和信息化部规划司; not 公司,
# 司法, 司令, 司长 (the minister's own post is a title, 部司长 does not occur)
_CENTRAL_DEPT = re.compile(r"[\u4e00-\u9fff]{1,7}?(?<!公)司(?![机法令长])")
_TITLE_IN_DEPT = re.compile(r"长|员|书记|主任|部")
# 有关司局, 相关司局, 各司局: the ministry's departments in general (who attended), no department's name
_DEPT_GENERIC = re.compile(r"有关|相关|各|其他|其它")
# 科技部党组成员、副部长X: the party group (党组) is named only in a post of the body's own official, who
# works for the body; no organ of its own (兵团党委 / 兵团党组 written on their own stay organs)
_GROUP_POST = re.compile(r"党组(?:成员|书记|副书记|组长|副组长)")
# the same ministry's other departments and offices by their short names, in a list of its officials with
# their posts (、规划司副司长某, ,稀土办公室主任某)
_SHORT_DEPT = re.compile(
    r"(?<=[、，,；;])([\u4e00-\u9fff]{2,7}?(?:(?<!公)司|办公室))(?=副?司长|[一二]级巡视员|巡视员|副?主任)"
)
# the national academies and their institutes (中国科学院 has 100+ institutes named 中科院+city+field+所)
_ACADEMY_INSTITUTE = re.compile(
    r"(?:中国科学院|中科院|中国工程院|中国社会科学院|中国社科院|中国农业科学院|中国农科院)"
    r"[\u4e00-\u9fff]{2,10}?(?:研究所|研究院|所)(?![\u4e00-\u9fff]?长)"
)
_MEDIA_HOSTS = frozenset({"Company", "GovernmentBody", "Institution"})  # (人民日报社, 新华社X分社)
_MEDIA = re.compile("|".join(sorted(map(re.escape, NATIONAL_MEDIA), key=len, reverse=True)))
_ASSOCIATION = re.compile("|".join(sorted(map(re.escape, NATIONAL_ASSOCIATIONS), key=len, reverse=True)))
_SIZE_START = re.compile(r"(?:特大型|大型|中型|小型|中小型?|小微|大中型)")
_PLACE_OR_LOCAL = re.compile(r"[省市县区镇乡村]|政府|党委|党工委|管委会")
_COMPANY = re.compile("|".join(sorted(map(re.escape, COMPANY_SUFFIXES), key=len, reverse=True)))
_INSTITUTION = re.compile("|".join(sorted(map(re.escape, INSTITUTION_HEADS), key=len, reverse=True)))
_ZONE = re.compile("|".join(sorted(map(re.escape, ZONE_HEADS), key=len, reverse=True)))
_GENERIC_CORE = {
    # kinds of bank and cooperative (商业银行, 村镇银行, 农民专业合作社, 村办合作社)
    "商业",
    "政策性",
    "村镇",
    "股份制",
    "开发性",
    "农村商业",
    "中央",
    "村办",
    "农民专业",
    "农民",
    "专业",
    "村集体",
    "子",
    "分",
    "该",
    "本",
    "母",
    "总",
    "贵",
    "我",
    "全",
    "各",
    "这家",
    "一家",
    "这",
    "其",
    "控股",
    "上市",
    "国有",
    "民营",
    "外资",
    "龙头",
    "骨干",
    "物流",
    "自来水",
    "运输",
    "一个",
    "大",
    "小",
}

# patterns of the rules below, compiled once (they ran as strings in per-name loops)
_QUOTE_BRACKET = re.compile(r"[“”‘’()（）]")
_PORT_AFTER = re.compile(r"港(区)?(?![口务航湾澳台产城运])")


def _prev_is_boundary(ctx: Context, pos: int) -> bool:
    if pos == 0:
        return True
    ch = ctx.view[pos - 1]
    if ch in PUNCT or ch.isspace() or ch in "“”‘’《》()（）":
        return True
    words = tokens(ctx.view[max(0, pos - 4) : pos])
    return bool(words) and words[-1] in STOP_WORDS


_FIRM_SUFFIX = re.compile(r"公司|集团")  # a registered firm's suffix, not a kind of plant (工厂, 车间)
_CORE_ORGAN = re.compile(rf"({_CORES})(.+)")  # compiled once, not per call


def body_label(place: str, organ: str) -> str:
    """The formal name of a place's organ: 中共X市委, X市人民政府, 政协X市委员会, X县发展和改革局."""
    if place.endswith("地区") and organ.startswith("委"):
        place = place[:-1]  # 中共阿勒泰地委: a prefecture's party committee drops 区
    if organ == "委员会":  # 中共X市委员会 (政协X市委员会 is labelled where 政协 is seen)
        return f"中共{place}委"
    if organ == "人民代表大会常务委员会":
        return place + "人大常委会"
    if organ == "党委":  # 自治区党委
        return f"中共{place}委员会"
    if organ.startswith("委"):
        rest = organ[1:]
        return f"中共{place}委" + ("办公室" if rest == "办" else rest)
    if organ in PARTY_ORGANS:  # 铁岭市组织部 is the party committee's department
        return f"中共{place}委" + ("办公室" if organ == "办" else organ)
    if organ in ("政府", "人民政府"):
        return place + "人民政府"
    if organ in ("政府新闻办", "政府新闻办公室"):  # 省政府新闻办: the government's press office
        return place + "人民政府新闻办公室"
    if organ in ("政府办", "政府办公室", "人民政府办公室"):
        return place + "人民政府办公室"
    if organ.startswith(("政府办公厅", "人民政府办公厅")):
        return place + "人民政府办公厅"
    if organ == "行署":
        return place + "行政公署"  # 锡林郭勒盟行政公署
    if organ == "政协":
        return f"政协{place}委员会"
    m = _CORE_ORGAN.fullmatch(organ)
    if m:
        core, head = m.group(1), m.group(2)
        if core in BUREAU_FULL:  # 发改委 -> 发展和改革委员会
            core, head = BUREAU_FULL[core], "委员会" if head == "委" else head
        return place + core + head
    return place + organ


# a place's task force or its office, named by the task (可 quoted): 工作领导小组(办公室), 工作协调小组办公室
_TASK_GROUP = re.compile(
    r"(?:“[^”\n]{1,16}”|[^，。,；;：:！!？?、\s“]){2,24}?(?:领导|协调|工作)小组(?:办公室)?"
)


def _add_place_body(ctx: Context, start: int, end: int, label: str, place):
    """Add the government body X written from start to end, named after the place mention."""
    return ctx.add(
        start,
        end,
        "GovernmentBody",
        "body.place-prefix",
        0.9,
        label=label,
        parent_code=place.code,
        parts=(part("place", place),),
    )


# an article written by a county's own voice (我县, 县委, 县政府)
_COUNTY_VOICE = lazy(r"我县|县委|县政府|县长")
# a bare 行署, the administrative office of a league or prefecture (not the end of X盟行署, X地区行署)
_PREFECTURE_OFFICE = lazy("(?<![盟区])行署")
# 地委, a prefecture's party committee (not 本地委员, 当地委托)
_PREFECTURE_COMMITTEE = lazy("地委(?!员|托)")


@extractor("government-bodies", order=20)
def extract_bodies(ctx: Context) -> None:
    view = ctx.view
    gaz = ctx.gaz
    places = [m for m in ctx.mentions if m.code and m.rule != "place.home-reference"]
    place_ends = {m.vend: m for m in places}
    place_starts = {m.vstart for m in places}
    for p in places:
        # X省“某某”工作协调小组办公室, X省打造…工作领导小组办公室: a task force named by its task
        g = _TASK_GROUP.match(view, p.vend)
        if g and ("“" in g.group() or "工作" in g.group()):
            ctx.add(p.vstart, g.end(), "GovernmentBody", "body.task-group", 0.8)
        m = _BODY_AFTER_PLACE.match(view, p.vend)
        if m and p.vend in place_starts:
            # 重庆綦江联络服务中心: a field-named body right after a second place is that place's (綦江's),
            # not the first place's body with the second place in its name
            m = None
        if not m and gaz.by_code[p.code].level == 1:
            m = _REGION_PARTY.match(view, p.vend)  # 广西壮族自治区党委: a region's party committee
        elif not m and gaz.by_code[p.code].name.endswith("自治州"):
            m = _PREFECTURE_PARTY.match(view, p.vend)  # 伊犁州党委: Xinjiang's prefectures write 州党委
        if not m:
            continue
        if view.startswith("网", m.end()):
            continue  # (来源:X政府网, X市人民政府网站: a website named after the body is a medium, not the body)
        organ = m.group("organ")
        pname = gaz.by_code[p.code].name
        if m.group("rep") and m.group("rep") != pname[-1]:
            continue  # 忠县县委 repeats the place's level; 铁岭市县委 is something else
        vs = p.vstart
        label = body_label(pname, organ)
        if view[max(0, vs - 2) : vs] == "中共":
            vs -= 2
        elif view[max(0, vs - 2) : vs] == "政协" and organ == "委员会":
            vs -= 2  # 政协X市委员会
            label = f"政协{pname}委员会"
        body = _add_place_body(ctx, vs, m.end(), label, p)
        if body:
            _coordinated_places(ctx, p, organ, place_ends)
            # 天津市蓟州区人民政府: the body written after its place's parent too; that written form is a
            # name of the same body (an alias), its label stays the place's own
            up = place_ends.get(vs)
            if up is not None and up.code in gaz.ancestors(p.code)[:2]:
                _add_place_body(ctx, up.vstart, m.end(), label, p)
            # X自治区党委、政府 / X省委、省政府: the place's next organs, written without the place
            k = m.end()
            while (lm := _NEXT_ORGAN.match(view, k)) is not None:
                ctx.add(
                    lm.start(1),
                    lm.end(1),
                    "GovernmentBody",
                    "body.place-list",
                    0.8,
                    label=body_label(pname, lm.group(1)),
                    parent_code=p.code,
                    parts=(part("place", p),),
                )
                k = lm.end()
            # 铁岭市委常委会 / 铁岭市委组织部 are parts of the party committee 铁岭市委
            if organ.startswith("委") and len(organ) > 1 and organ != "委员会":
                committee = ctx.add(
                    vs, p.vend + 1, "GovernmentBody", "body.party-committee", 0.85, label=f"中共{pname}委"
                )
                committee = committee or next(
                    x
                    for x in ctx.mentions
                    if x.vstart == vs and x.vend == p.vend + 1 and x.type == "GovernmentBody"
                )
                ctx.with_parts(body, part("committee", committee))
    last_end = -1
    # county-level places named so far, by end offset: a bare 县X局 is the nearest county's
    counties = sorted((p.vend, p.code) for p in places if gaz.by_code[p.code].level == 3)
    ends = [e for e, _ in counties]
    inside_place = bytearray(len(view) + 1)  # positions inside a place name, past its first character
    for p in places:
        inside_place[p.vstart + 1 : p.vend] = b"\x01" * (p.vend - p.vstart - 1)
    # 石家庄市委、市政府: a bare body listed right after a named one is that place's
    named = {b.vend: b.parent_code or "" for b in ctx.mentions if b.rule == "body.place-prefix"}
    for m in _BARE_BODY.finditer(view):
        level = m.group(1)
        if (
            m.group(2) == "行署"
            and level not in "盟州"
            or m.group(2) == "党委"
            and level not in ("自治区", "州")
        ):
            continue  # 自治区党委, 州党委 (Xinjiang's prefectures) are committees; 区党委 may be a district's
        if m.start() != last_end and not (
            _prev_is_boundary(ctx, m.start()) or word_starts_at(view, m.start())
        ):
            continue  # 市委市政府: the second body follows the first directly; 超市委托 is no 市委
        if inside_place[m.start()]:
            continue  # the level word ends a place name (铁岭市委 is found above)
        if m.group(2) == "委员会" and not word_starts_at(view, m.end()):
            continue  # 市委员会议室: 会议 is the next word
        last_end = m.end()
        code = home_code(ctx, level)
        prev = named.get(m.start() - 1 if view[m.start() - 1 : m.start()] == "、" else m.start(), "")
        if prev and ctx.gaz.by_code[prev].name.endswith(level):
            code = prev
        elif level in "县区旗":
            i = bisect_right(ends, m.start()) - 1
            # 新宾县农业农村局局长某说，今年县……: the county just named, in an article about several
            while i >= 0 and m.start() - ends[i] < _NEAR:
                if gaz.by_code[counties[i][1]].name.endswith(level):
                    code = counties[i][1]
                    break
                i -= 1
        if not code:
            continue
        _bare_body(
            ctx, _abbreviated_start(view, m.start(), gaz.by_code[code].name), m.end(), m.start(2), code
        )
        # 县委办、政府办、扶贫办、农业农村局等: the list's later items are bodies of the same place
        k = m.end()
        while (lm := _LIST_BODY.match(view, k)) is not None:
            _bare_body(ctx, lm.start(1), lm.end(1), lm.start(1), code)
            k = lm.end()
    # 副市长X及发改委、工信局、商务局等主要领导: a list of two or more departments with no level word
    # belongs to the county named last before it in the sentence (else the article's own city)
    for m in _BARE_DEPT_LIST.finditer(view):
        s_start, _ = ctx.sentence_bounds(m.start())
        i = bisect_right(ends, m.start()) - 1
        # (我县副县长某某、发改局、住建局: a sentence speaking as the county, the county's departments)
        county_voice = _COUNTY_VOICE.search(view[s_start : m.start()])
        code = (
            counties[i][1]
            if i >= 0 and ends[i] >= s_start
            else (county_voice and home_code(ctx, "县")) or home_code(ctx, "市")
        )
        if not code:
            continue
        same = [p for p in places if p.code == code]
        earlier = [p for p in same if p.vend <= m.start()]
        seat = (
            max(earlier, key=lambda p: p.vend)
            if earlier
            else (min(same, key=lambda p: p.vstart) if same else None)
        )
        items = [(m.start(1), m.end(1))]
        k = m.end(1)
        while (lm := _LIST_BODY.match(view, k)) is not None:
            items.append(lm.span(1))
            k = lm.end()
        for vs, ve in items:
            ctx.add(
                vs,
                ve,
                "GovernmentBody",
                "body.home-prefix",
                0.75,
                label=body_label(gaz.by_code[code].name, view[vs:ve]),
                parent_code=code,
                parts=(part("place", seat),) if seat is not None else (),
            )
    # 行署: the administrative office of the league or prefecture the article is about
    city = gaz.by_code.get(ctx.home_city) if ctx.home_city else None
    if city is not None and city.name.endswith(("盟", "地区")):
        for m in _PREFECTURE_OFFICE.finditer(view):
            _bare_body(ctx, m.start(), m.end(), m.start(), city.code)
    # 地委: the party committee of the prefecture (地区) the article is about, 中共X地委
    if city is not None and city.name.endswith("地区"):
        seat = next((p for p in ctx.mentions if p.code == city.code and not is_home_ref(p)), None)
        for m in _PREFECTURE_COMMITTEE.finditer(view):
            # (和田地区地委: the prefecture's name written before it is part of the body's written name)
            lead = next((p for p in ctx.mentions if p.code == city.code and p.vend == m.start()), None)
            if lead is None and not word_starts_at(view, m.start()):
                continue  # 当地委托: 地 ends another word
            ctx.add(
                lead.vstart if lead is not None else m.start(),
                m.end(),
                "GovernmentBody",
                "body.home-prefix",
                0.75,
                label=body_label(city.name, "委"),
                parts=(part("place", seat),) if seat is not None else (),
            )
    departments: list[tuple[int, str]] = []  # (end, ministry) of each department written in full
    for m in _CENTRAL.finditer(view):
        if (
            m.start() > 0
            and view[m.start() - 1] in "省市县区"
            or view[m.end() : m.end() + 1] in ("门", "分", "长")
        ):
            continue  # 司法部门 is a department, not the Ministry of Justice
        name = m.group()
        full = NATIONAL_SHORT.get(name, "")
        if name in NATIONAL_SHORT and not _prev_is_boundary(ctx, m.start()):
            continue  # a short form (兵团) only where a word starts
        office = next((o for o in ("办公厅", "办公室", "政策研究室") if view.startswith(o, m.end())), "")
        if office:  # 工业和信息化部办公厅: the general office of a central body is the body written
            # (as its policy research office, 国家发展改革委政策研究室: a standing organ of the body)
            label = (full + office) if full else ""
            ctx.add(
                m.start(), m.end() + len(office), "GovernmentBody", "body.central-office", 0.9, label=label
            )
            continue
        # 兵团党委 / 兵团国资委: the organs of a national body written after its short name (the organ
        # written, not the body whose name it contains)
        om = _NATIONAL_ORGAN.match(view, m.end()) if full else None
        if om and not _GROUP_POST.match(view, m.end()):
            ctx.add(
                m.start(), om.end(), "GovernmentBody", "body.central-organ", 0.85, label=full + om.group()
            )
            continue
        dept = _CENTRAL_DEPT.match(view, m.end())
        if dept and not _TITLE_IN_DEPT.search(dept.group()) and not _DEPT_GENERIC.match(dept.group()):
            # 工业和信息化部原材料工业司: a ministry's department (司) is the body written; its later short
            # forms in a list of the ministry's officials (、规划司副司长) are its other departments
            ministry = full or name
            ctx.add(
                m.start(),
                dept.end(),
                "GovernmentBody",
                "body.central-department",
                0.85,
                label=ministry + dept.group(),
            )
            departments.append((dept.end(), ministry))
            continue
        ctx.add(m.start(), m.end(), "GovernmentBody", "body.central-list", 0.95, label=full)
    for d in _SHORT_DEPT.finditer(view) if departments else ():
        before = [mi for end, mi in departments if end <= d.start()]
        if before and not _PLACE_OR_LOCAL.search(d.group(1)):
            ctx.add(
                d.start(1),
                d.end(1),
                "GovernmentBody",
                "body.central-department",
                0.75,
                label=before[-1] + d.group(1),
            )


# a core that ends in a level (创建自治区级园区): a rank of zone, not a zone's name
_LEVEL_END = re.compile(r"(?:国家|省|自治区|市|县|区)级$")
# the organs of a town or village after its name (东庄村委会 shares the 村; 横山镇党委, 新华街道办事处)
_VILLAGE_ORGAN = re.compile(r"委会|民委员会|党支部|党总支|党委|两委")
_TOWN_ORGAN = re.compile(r"党委|党工委|人民政府|政府|办事处|人大")
# 宁阳县东庄村委会: a village named only with its body, right after its county or town
_NAMED_VILLAGE_BODY = re.compile(r"([\u4e00-\u9fff]{1,4}?)村(委会|民委员会|党支部|党总支)")
# 新华街党委 / 新兴街道党工委 after a separator or a district: the body of a sub-district
_STREET_BODY = Scan(
    re.compile(r"(?:(?<=[、，,。；;：:\s])|^)([\u4e00-\u9fff]{2,4}(?:街道|街))(党工委|党委|办事处)", re.M)
)
# 各镇街党委, 全区街道党工委: a determiner or a collective (镇街 = the towns and the streets) names no one street
_STREET_NOT_NAMED = re.compile(r"^(?:各|全|该|本|其他|其余|有关|相关|所在|所辖|辖区)|(?:镇街|乡街)$")
_BRANCH_BUREAU = Scan(re.compile(rf"(?:{_CORES})分局"))
_BRANCH_LEFT = frozenset("、，,。；;：:\n 和与及")
# 村委会 / 村党支部 without a name: the village the article is about
_BARE_VILLAGE_BODY = re.compile(r"村(委会|民委员会|党支部|党总支)")


# X市政府驻上海办事处, X省人民政府驻北京联络处, 驻京办: a government's office stationed in another place
_STATIONED = re.compile(r"驻([\u4e00-\u9fff]{1,8}?)(?:办事处|联络处|联络办公室|办)")
_STATIONED_START = re.compile(r"驻")


def _stationed_offices(ctx: Context) -> None:
    """A body, 驻, a place and 办事处 name one office; the body and the place inside are no mentions of
    their own (SCHEMA convention 5), nor is a would-be body read from the place and 办 (上海办)."""
    view = ctx.view
    if not _STATIONED_START.search(view):
        return
    for s in _STATIONED.finditer(view):
        owner = next(
            (
                b
                for b in ctx.mentions
                if b.type == "GovernmentBody"
                and (b.vend == s.start() or b.vstart < s.start() < s.end() <= b.vend)
            ),
            None,
        )
        if owner is None:
            continue
        vs, ve = owner.vstart, max(owner.vend, s.end())
        ctx.mentions[:] = [
            m
            for m in ctx.mentions
            if not (vs <= m.vstart and m.vend <= ve and (m.vstart, m.vend) != (vs, ve))
            or not (m.type == "GovernmentBody" or m.code)
        ]
        ctx.add(vs, ve, "GovernmentBody", "body.stationed-office", 0.75)


# bodies of vertically managed central organs named with their organ (国家税务总局X市税务局, 中国人民银行X市
# 分行, 国家金融监督管理总局X监管分局) and a police station under its bureau (X县公安局Y派出所): one body each;
# the central organ or the bureau written inside its name is no mention of its own (SCHEMA convention 5)
_VERTICAL = Scan(
    re.compile(
        r"(国家税务总局|中国人民银行|国家金融监督管理总局)([\u4e00-\u9fff]{2,12}?)"
        r"(税务局|中心支行|分行|支行|监管分局|监管局)"
    )
)
_POLICE_STATION = re.compile(r"[\u4e00-\u9fff]{1,6}?派出所")
# a city bureau's branch in a county, named by the county (铁岭市生态环境局开原分局)
_BRANCH_OF = re.compile(r"[\u4e00-\u9fff]{2,4}?分局")


def _vertical_branches(ctx: Context) -> None:
    view = ctx.view
    found = list(_VERTICAL.finditer(view))  # (one scan for both)
    spans = [(m.start(), m.end()) for m in found]
    inner = {(m.start(), m.end()): m.start(2) for m in found}
    for b in [m for m in ctx.mentions if m.type == "GovernmentBody" and view.endswith("局", 0, m.vend)]:
        p = _POLICE_STATION.match(view, b.vend) if view.endswith("公安局", 0, b.vend) else None
        p = p or _BRANCH_OF.match(view, b.vend)
        if p:
            spans.append((b.vstart, p.end()))
    for vs, ve in spans:
        ctx.mentions[:] = [
            m
            for m in ctx.mentions
            if not (
                vs <= m.vstart
                and m.vend <= ve
                and m.type == "GovernmentBody"
                and (m.vstart, m.vend) != (vs, ve)
            )
        ]
        ctx.add(vs, ve, "GovernmentBody", "body.vertical-branch", 0.75)
        if (vs, ve) in inner:  # 开原市税务局: the local name, an alias of the full one
            ctx.add(inner[(vs, ve)], ve, "GovernmentBody", "body.vertical-branch", 0.7, label=view[vs:ve])


@extractor("local-bodies", order=27)  # after the towns and villages are found
def extract_local_bodies(ctx: Context) -> None:
    """Bodies of towns and villages: 东庄村委会, X村党支部, X镇党委, and a bare 村委会 of the article's village."""
    view = ctx.view
    villages: dict[str, int] = {}
    for p in [m for m in ctx.mentions if m.type in ("Town", "Village")]:
        rx = _VILLAGE_ORGAN if p.name.endswith("村") else _TOWN_ORGAN
        m = rx.match(view, p.vend)
        if p.name.endswith("村"):
            villages[p.name] = villages.get(p.name, 0) + 1
        if not m:
            continue
        organ = m.group()
        label = p.name + ("人民政府" if organ == "政府" else organ)
        ctx.add(
            p.vstart, m.end(), "GovernmentBody", "body.local", 0.8, label=label, parts=(part("place", p),)
        )
    for m in _STREET_BODY.finditer(view):
        if _STREET_NOT_NAMED.search(m.group(1)):
            continue
        if not any(t.vstart <= m.start() < t.vend for t in ctx.mentions if t.type == "Town"):
            ctx.add(m.start(), m.end(), "GovernmentBody", "body.street", 0.7)
    for p in [m for m in ctx.mentions if m.code or m.type == "Town"]:
        m = _NAMED_VILLAGE_BODY.match(view, p.vend)
        if m:
            vname = m.group(1) + "村"
            body = ctx.add(p.vend, m.end(), "GovernmentBody", "body.village", 0.75, label=vname + m.group(2))
            if body:
                villages[vname] = villages.get(vname, 0) + 1
    # 自然资源分局、生态环境分局: a city bureau's branch in the article's district, named by its field
    for m in _BRANCH_BUREAU.finditer(view):
        if (m.start() == 0 or view[m.start() - 1] in _BRANCH_LEFT) and not ctx.covering(
            m.start(), m.end(), {"GovernmentBody"}
        ):
            ctx.add(m.start(), m.end(), "GovernmentBody", "body.branch", 0.65)
    _stationed_offices(ctx)
    _vertical_branches(ctx)
    if len(villages) != 1:
        return  # only an article about one village says which one 村委会 is
    (home,) = villages
    for m in _BARE_VILLAGE_BODY.finditer(view):
        if _prev_is_boundary(ctx, m.start()):
            ctx.add(m.start(), m.end(), "GovernmentBody", "body.local-home", 0.7, label=home[:-1] + m.group())


def _abbreviated_start(view: str, pos: int, place: str) -> int:
    """喀左县商务局: characters before the level word that abbreviate the place (its first character, then
    others of it in order) belong to the body's written name."""
    for n in (3, 2):
        short = view[max(0, pos - n) : pos]
        if (
            len(short) == n
            and short[0] == place[0]
            and short not in place
            and _in_order(short, place[1:-1], 1)
        ):
            return pos - n
    return pos


def _in_order(short: str, rest: str, i: int) -> bool:
    it = iter(rest)
    return all(c in it for c in short[i:])


def _bare_body(ctx: Context, vs: int, ve: int, organ_start: int, code: str) -> None:
    """A body written with a bare level word (市委) or as a later item of such a list (扶贫办)."""
    place = ctx.gaz.by_code[code]
    organ = ctx.view[organ_start:ve]
    level = organ_start - 1  # the bare level word, after any abbreviation of the place
    body = ctx.add(
        vs,
        ve,
        "GovernmentBody",
        "body.home-prefix",
        0.8,
        label=body_label(place.name, organ),
        code="",
        parent_code=code,
    )
    if body and organ_start > vs:
        # the bare 市/省 stands for the article's city/province: a mention of it, with its evidence
        ref = ctx.add(
            level,
            level + 1,
            place.cls,
            "place.home-prefix",
            0.7,
            label=place.name,
            code=code,
            parent_code=place.parent,
        )
        if ref:
            ctx.with_parts(body, part("place", ref))


def _coordinated_places(ctx: Context, last, organ: str, ends: dict) -> None:
    """广东省、江西省、辽宁省人民政府: the organ after the last place belongs to each place of the list
    (ends: the article's places by end offset)."""
    view = ctx.view
    k = last.vstart
    while k > 0 and view[k - 1] == "、" and (p := ends.get(k - 1)) is not None:
        pname = ctx.gaz.by_code[p.code].name
        ctx.add(
            p.vstart,
            p.vend,
            "GovernmentBody",
            "body.coordinated",
            0.75,
            label=body_label(pname, organ),
            parts=(part("place", p),),
        )
        k = p.vstart


def _name_before(
    ctx: Context, head_start: int, head_end: int, min_core: int = 2, quotes: bool = False, stops=STOP_WORDS
) -> tuple[int, int] | None:
    vs = extend_left(ctx, head_start, quotes=quotes, stops=stops)
    vs = strip_leading_verbs(ctx, vs, head_start)
    core = ctx.view[vs:head_start]
    if len(_QUOTE_BRACKET.sub("", core)) < min_core:
        return None
    return vs, head_end


# the plain stop words, a set of its own so that extend_left does not also stop at name-introducing
# verbs inside a word (中国能源建设集团)
_PARENT_STOPS = STOP_WORDS | frozenset({"之一"})
# titles a laboratory is awarded (国家重点实验室, 省级工程实验室): with one, 实验室 ends a designation
_TITLED_LABS = ("重点实验室", "工程实验室", "联合实验室", "示范实验室")
_INNER_SUFFIX = re.compile(r".*(?:有限责任公司|股份有限公司|有限公司|集团)")  # greedy: the last one
_REGISTERED_IN = re.compile(r".*(?:有限责任公司|股份有限公司|有限公司)")
_INNER_FIRM = re.compile(r".*(?:公司|集团)")  # greedy: the last firm's suffix inside a name


_PARTNER_VERB = re.compile(r"(?:正式)?(?:签约|签订|签署|合作|洽谈|对接)")


def _place_word(ctx: Context, w: str) -> bool:
    return w in ctx.gaz.full or w in ctx.gaz.short


def _joiner_cut(ctx: Context, core: str, partner: bool = False) -> int:
    """The offset of the last joiner (与, 和, 同) that is a word of its own in core, else -1
    (同 inside 蔡同德 is part of the name; 同 right after the place that opens the name, 江城同胜化工,
    is the first character of the firm's coined name: 同 joins two parties only as a verb's partner)."""
    k, cut = 0, -1
    words = tokens(core)
    for i, w in enumerate(words):
        if w in ("与", "和", "同") and not (
            w == "同"
            and not partner
            and i == 1
            and _place_word(ctx, words[0])
            and not (len(words) > 2 and _place_word(ctx, words[2]))
        ):
            cut = k
        k += len(w)
    return cut


_MEDIA_GROUP = re.compile(r"(?:传媒|报业)集团$")
# what a firm is said to be rather than called: listed somewhere (香港上市), known (知名大), or the
# world it is known in (国内外…)
_DESCRIBED_FIRM = re.compile(r"(?:上市|知名|著名)大?$|^(?:国内外|海内外)")
# a post (or a pronoun) and a verb of wishing, urging or saying: what follows is what was said
_SPEAKER_VERB = re.compile(
    r"(?:书记|市长|县长|区长|省长|州长|主席|主任|部长|厅长|局长|总经理|董事长|他|她|我们)"
    r"(?:希望|要求|强调|指出|表示|鼓励|勉励|叮嘱)"
)
# an indefinite plant (一座…的X厂): what is built, described by its capacity, has no name yet
_INDEFINITE_PLANT = re.compile(r"一(?:座|个|家|处|所)[^，。,；;、]{0,14}的$")
_INDEFINITE = re.compile(r"一(?:座|个|家|处|所)")


# X政府与Y签订…: the party a government, place or zone signs with, named by its trade name and its line
# of business without a legal form (天津X生物科技, X实业, X控股), is a firm
_SIGNING_FIRM = re.compile(
    r"(?<=与)([\u4e00-\u9fff]{2,12}?(?:生物科技|科技|实业|控股|投资|新能源|新材料|物流|食品|环保|建材|电子|机械|化工))"
    r"(?:正式|现场|分别)?(?=签订|签署|签约)"
)


def _add_firm(ctx: Context, vs: int, ve: int, rule: str) -> None:
    """A firm read from its role alone (a signing party, an investor), without the places written inside
    its name (天津X科技, 湖南X投资: no place of the article, rule 5)."""
    for x in [x for x in ctx.mentions if x.code and vs <= x.vstart and x.vend < ve]:
        ctx.mentions.remove(x)
    ctx.add(vs, ve, "Company", rule, 0.6)


def _signing_firms(ctx: Context) -> None:
    view = ctx.view
    for m in _SIGNING_FIRM.finditer(view):
        vs, ve = m.span(1)
        before = [
            x for x in ctx.mentions if x.vend == vs - 1 and (x.code or x.type in ("GovernmentBody", "Zone"))
        ]
        # (zones are read after firms: a zone's head right before 与 is the signing zone, X边合区与Y签订)
        zone = any(z.end() == vs - 1 for z in _ZONE.finditer(view, max(0, vs - 9), vs - 1))
        if not (before or zone) or any(x.vstart < ve and vs < x.vend and not x.code for x in ctx.mentions):
            continue  # only after the government or place that signs; not inside another name
        if tag(tokens(m.group(1))[0])[:1] in ("v", "d", "p", "r", "c"):
            continue
        _add_firm(ctx, vs, ve, "company.signing-party")


# a date at the start of a name: 2012年, 二〇二三年5月, 3月10日
_DATE_LEAD = re.compile(
    r"(?:(?:\d{2,4}|[〇零一二三四五六七八九十]{2,4})年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?<=[年月日])"
)


# X项目由Y投资建设: the investor that builds a named project (SCHEMA investsIn: 由…投资) is a firm, even
# by a short name without its suffix (由中核资源投资建设); a body or a place investing is caught below
_INVESTOR_AFTER = Scan(
    re.compile(
        r"(?:项目|工程|生产线|基地)由([\u4e00-\u9fff]{2,12}?)(?:全额|独资|共同|总)?投资"
        r"(?=建设|兴建|新建|建造|开发|打造)"
    )
)


# X计划在江城投资建设Y项目, X拟于年内在园区投资5亿元建设Y项目: the clause's subject, who plans to invest in and
# build a named project, is a firm (a body or a place investing is caught below)
_INVESTOR_BEFORE = Scan(
    re.compile(
        r"(?:^|(?<=[，,。；;：:\n]))([\u4e00-\u9fff]{2,8}?)(?:计划|拟|将|准备|决定)(?:在|于|到)[^，,。；;：:]{1,10}?"
        r"投资(?:[\d.]+[亿万千]*(?:元|美元))?(?:建设|兴建|新建|建造|打造)"
        r"(?=[^，,。；;：:]{2,30}?(?:项目|工程|生产线|基地))"
    )
)
_BARE_SUBJECTS = frozenset(
    {"公司", "企业", "集团", "该公司", "该企业", "项目", "我们", "他们", "双方", "客商"}
)


def _investor_firms(ctx: Context) -> None:
    view = ctx.view
    for m in _INVESTOR_BEFORE.finditer(view):
        vs, ve = m.span(1)
        if view[vs:ve] in _BARE_SUBJECTS or any(x.vstart < ve and vs < x.vend for x in ctx.mentions):
            continue  # a body, a zone, a firm or a place already found
        words = tokens(view[vs:ve])
        if (
            tag(words[-1])[:1] in ("v", "d", "p", "r", "c", "m", "t", "f")
            or len(words) == 1
            and tag(words[0])[:1] in ("v", "d", "a")
            or _GOV_OR_PLACE_END_RX.search(view, vs, ve)
        ):
            continue  # 政府计划在…, 公司今年将在…, 预计将在…: no firm (a name ends in a noun: 如意|航空)
        _add_firm(ctx, vs, ve, "company.investor")
    for m in _INVESTOR_AFTER.finditer(view):
        vs, ve = m.span(1)
        if any(x.vstart < ve and vs < x.vend and not (x.code and x.vstart == vs) for x in ctx.mentions):
            continue  # a body, a zone, a firm already found, or a place that is all of it
        words = tokens(view[vs:ve])
        if tag(words[0])[:1] in ("v", "d", "p", "r", "c", "m") or re.search(_GOV_OR_PLACE_END, view[vs:ve]):
            continue  # 由政府投资, 由县财政投资: the state's money, no firm
        _add_firm(ctx, vs, ve, "company.investor")


_GOV_OR_PLACE_END = r"(?:政府|财政|部门|局|委|办|国家|省|市|县|区|镇|乡|村|集体|群众|农户|社会)$"
_GOV_OR_PLACE_END_RX = re.compile(_GOV_OR_PLACE_END)


_AMOUNT_IN_CORE = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:元|美元)")
# a firm's post (董事长, 总经理 …: titles_company.txt) right after a trade name written without the legal form
_FIRM_POST = Scan(
    re.compile(
        r"(?<=[\u4e00-\u9fff])(?:党委书记、)?(?:"
        + alternation("titles_company")
        + r")(?=[\u4e00-\u9fff]{2,3}[，,、。；;一等(（表介说指陪出参]|$)"
    )
)


def _posted_firms(ctx: Context) -> None:
    """鑫盛乳业董事长王刚, 宏达电子总经理某某: a trade word and a line of business (字号 + 行业) before a
    firm's post is the firm the post is in."""
    view = ctx.view
    for m in _FIRM_POST.finditer(view):
        hs = m.start()
        vs = strip_leading_verbs(ctx, extend_left(ctx, hs, limit=12, stops=COMPANY_STOPS), hs)
        if hs - vs < 4 or any(x.vstart < hs and vs < x.vend and not x.code for x in ctx.mentions):
            continue  # a firm, a body or an institution already read there
        name = view[vs:hs]
        # (a place opening the name is part of it, 北京碧源生态环境; a place alone before the line is no firm)
        if not _trade_name(name) or any(x.code and x.vstart == vs and x.vend == hs for x in ctx.mentions):
            continue
        _add_firm(ctx, vs, hs, "company.posted")


# 2个项目, 两家上市公司: a count, not a name
_FIRM_COUNT = lazy(r"(?:\d+|[两二三四五六七八九十]+)(?:个|家|项|批)")
# 国家级绿色工厂, 2023年度…: a designation's level or year
_LEVEL_OR_YEAR_START = lazy(r"(国家级|省级|市级|县级)|.*年度")
# 绿色工厂, 智能工厂: a designation's quality word before the head
_QUALITY_END = lazy(r"(绿色|智能|示范|数字化)$")


# 国药控股东北物流中心: a firm's unit for a macro-region (the firm's name, the region, 物流中心) is a business
_REGIONAL_UNIT = re.compile("(?:" + alternation("regional_unit_heads") + ")")


def _regional_units(ctx: Context) -> None:
    """A firm's regional unit (X东北物流中心, X华南分拨中心) is a Company named by the firm before the region."""
    view = ctx.view
    for m in _REGIONAL_UNIT.finditer(view):
        vs = strip_leading_verbs(ctx, extend_left(ctx, m.start(), limit=10), m.start())
        core = view[vs : m.start()]
        words = tokens(core)
        if (
            len(core) < 2
            or not words
            or tag(words[0]) in ("r", "m", "d")
            or any(tag(w).startswith("v") and word_freq(w) > 3000 for w in words)
            or (len(words) == 1 and word_freq(words[0]) > 3000)
        ):
            continue  # 建设东北物流中心, 打造成X, 区域东北物流中心: a clause or a generic word, no firm names the unit
        if any(p.code and p.vstart == vs and p.vend == m.start() for p in ctx.mentions):
            continue  # 沈阳东北物流中心: a city's aim, not a firm's unit
        ctx.add(vs, m.end(), "Company", "company.regional-unit", 0.7)


@extractor("companies", order=30)
def extract_companies(ctx: Context) -> None:
    view = ctx.view
    _signing_firms(ctx)
    _regional_units(ctx)
    _investor_firms(ctx)
    _posted_firms(ctx)
    for m in _COMPANY.finditer(view):
        hs, he = m.start(), m.end()
        # the word at the head must be the suffix itself (厂家, 公司法 are other words)
        nxt = tokens(view[hs : hs + 4])
        if nxt and len(nxt[0]) > he - hs and not nxt[0].startswith(m.group()):
            continue
        if nxt and nxt[0] in ("厂家", "厂区", "厂房", "公司法", "工厂化") or view.startswith("重工业", hs):
            continue  # (重工业 is heavy industry, not a firm named X重工)
        if m.group() == "药业" and view[hs - 1 : hs] in ("医", "农", "中", "制"):
            continue  # 生物医药业, 制药业: an industry, not a firm named X药业
        span = _name_before(ctx, hs, he, stops=COMPANY_STOPS)
        if not span and view.endswith("建设", 0, hs):
            # 与中国能源建设集团签署: the walk stopped right at the head, at the name-introducing 建设 that
            # ends the group's own name (X建设集团, X交通建设集团); walk on without such verbs
            vs = strip_leading_verbs(ctx, extend_left(ctx, hs, stops=_PARENT_STOPS), hs)
            span = (vs, he) if hs - vs >= 4 else None
        if not span:
            continue
        if view.startswith("集团", span[0]):
            # 中国能源建设集团辽宁电力…有限公司: the walk stopped inside the parent group's name
            # (at 建设); walk on without the name-introducing verbs
            vs = strip_leading_verbs(ctx, extend_left(ctx, span[0], stops=_PARENT_STOPS), span[0])
            if vs < span[0]:
                span = (vs, span[1])
        core = view[span[0] : hs]
        # 凤城蓝晶果业有限公司建起加工厂: a whole company name, then a verb, is not part of the name
        # (a branch keeps it: 国网辽宁省电力有限公司铁岭供电公司)
        inner = _INNER_SUFFIX.search(core)
        whole = _INNER_FIRM.search(core)
        if (
            whole
            and not _FIRM_SUFFIX.search(m.group())
            and any(core[whole.end() : whole.end() + k] in ctx.gaz.full for k in (2, 3, 4, 5))
        ):
            continue  # X公司西和县国际药业…项目: a firm, then a county and a project; 药业 ends no firm here
        if inner and (rest := tokens(core[inner.end() :])) and tag(rest[0]).startswith("v"):
            vs = strip_leading_verbs(ctx, span[0] + inner.end(), hs)
            if hs - vs < 2:
                continue
            span = (vs, span[1])
            core = view[span[0] : hs]
        if m.group() == "工厂" and (reg := _REGISTERED_IN.search(core)) and reg.end() < len(core):
            # X有限公司新工厂(项目), X有限公司二期工厂: a registered firm's plant, no firm of its own (a
            # branch plant, X有限公司丙烯酸分厂, is a unit named as a firm)
            continue
        # (铁岭同X公司签约: before a verb of partnership 同 is "with", a joiner)
        cut = _joiner_cut(ctx, core, bool(_PARTNER_VERB.match(view, he)))
        if 0 <= cut < len(core) - 2:  # 新兴村与上海鲜达果品有限公司: the company starts after the joiner
            span = (span[0] + cut + 1, span[1])
        # 海城市牛庄镇鞍山恒润镁业新材料有限公司: a town in front is where it is, not its name
        towns = [
            t for t in ctx.mentions if t.type in ("Town", "Village") and span[0] <= t.vstart and t.vend < hs
        ]
        town = None
        if towns:
            town = max(towns, key=lambda t: t.vend)
            # (在X镇出席Y集团…: a verb after the town is no part of the name, as for projects)
            after = strip_leading_verbs(ctx, town.vend, hs)
            # (北湖村养殖专业合作社: a co-operative is registered under its village's or town's name, which it
            # keeps; a firm's own name has a place of its own or none; not after a verb or a body, X村党支部领办)
            if not (
                m.group().endswith("合作社")
                and after == town.vend
                and view[after:hs] not in _GENERIC_CORE  # (X村村办合作社: the village's own, no name)
                and not any(b.type == "GovernmentBody" and span[0] <= b.vstart < hs for b in ctx.mentions)
            ):
                span = (after, span[1])
        # 朔州市山西某集团…有限公司: a city written before a firm whose own name opens with its province is
        # where the firm is, not part of its name (a firm's name carries one place at its head)
        lead = next(
            (
                c
                for c in ctx.mentions
                if c.type in ("City", "District")
                and c.vstart == span[0]
                and any(q.type == "Province" and q.vstart == c.vend and q.vend < hs for q in ctx.mentions)
            ),
            None,
        )
        if lead is not None:
            span = (lead.vend, span[1])
        # 园区北京某制药有限公司: a bare area word opening the name, with a place name right after it, is
        # "the park's" (the park the passage is about), not part of the firm's name
        area = _BARE_AREA.match(view, span[0], hs)
        if area and any(
            n in ctx.gaz.full or n in ctx.gaz.short
            for n in (view[area.end() : area.end() + k] for k in (2, 3, 4))
        ):
            span = (area.end(), span[1])
        # 继2012年公司一期…: a date opens no firm's name; a year before a bare 公司 is when the firm spoken
        # of did something, and names no firm
        date = _DATE_LEAD.match(view, span[0], hs)
        if date and date.end() > span[0]:
            if date.end() >= hs:
                continue
            span = (date.end(), span[1])
        if view.startswith(_BARE_FIRM_WORDS, span[0]) and hs - span[0] > 6:
            # 集团下属公司江城光伏科技有限公司, 旗下企业X: the bare word is the relation, the name follows it
            span = (span[0] + 2, span[1])
        link = max(_PARENT_LINK.finditer(view, span[0], hs), key=lambda x: x.end(), default=None)
        if link is not None and hs - link.end() >= 4:
            # 宏达集团旗下公司X有限公司, 集团下属X公司: the parent and the link word say whose the firm is;
            # its own name follows them
            span = (link.end(), span[1])
        if _NICKNAME_AFTER.match(view, he) and view[span[0] - 1 : span[0]] == "“":
            continue  # 素有“世界工厂”之称: a place's nickname in quotes, no firm
        core = view[span[0] : hs]
        # 张书记希望X集团…: a speaker named by a post and his verb of wishing or urging stand before the firm
        said = max(_SPEAKER_VERB.finditer(core), key=lambda x: x.end(), default=None)
        if said is not None:
            if hs - (span[0] + said.end()) < 2:
                continue
            span = (span[0] + said.end(), span[1])
            core = view[span[0] : hs]
        if _DESCRIBED_FIRM.search(core):
            continue  # 香港上市公司, 国内外知名大公司: a firm described by its listing or renown, no name
        if core in _GENERIC_CORE or tag(core)[:1] in ("v", "t", "d", "r") or core[-1] in "家个批和与及":
            continue
        if m.group() == "公司" and core.endswith("平台"):
            continue  # 委托平台公司, 融资平台公司: a kind of state-owned firm (a financing platform), no name
        if _LEVEL_OR_YEAR_START.match(core) or (
            _QUALITY_END.search(core) and not _FIRM_SUFFIX.search(m.group())
        ):
            continue  # 国家级绿色工厂 is a designation, not a factory (X智能有限公司 is a firm)
        if _SIZE_START.match(core):
            continue  # 大型稀土企业集团, 中小企业: a kind of firm by its size, not a firm's name
        if m.group() == "厂" and (
            _INDEFINITE_PLANT.search(view, max(0, span[0] - 16), span[0]) or _INDEFINITE.search(core)
        ):
            continue  # 新建一座日处理5万方的净水厂: a plant to be built, described, not a firm's name
        if m.group() == "厂" and _BUILT_BEFORE_PLANT.search(view, max(0, span[0] - 4), span[0]):
            continue  # 投资建设火力发电厂X生产线: the plant a clause builds (or builds for) is no firm's name
        if m.group() == "厂" and core.startswith("配套"):
            continue  # X铝板带及配套自备电厂: a works' supporting plant (配套, "supporting"), no firm's name
        if _FIRM_COUNT.search(core):
            continue  # 2个项目银行, A、B两家上市公司: a count, not a name
        if _AMOUNT_IN_CORE.search(core):
            continue  # X投资5亿元建设新厂: a sum of money is a clause's, never inside a firm's name
        if m.group().endswith("合作社") and not any(
            p.vstart >= span[0] and p.vend <= hs and (p.code or p.type in ("Town", "Village"))
            for p in ctx.mentions
        ):
            continue  # an unnamed cooperative (发挥好专业合作社); a named one carries its place
        if any(b.type == "GovernmentBody" and b.vend == he and b.vstart <= span[0] for b in ctx.mentions):
            continue  # 中国人民银行 is a state organ
        if _MEDIA_GROUP.search(view, max(0, hs - 2), he):
            continue  # 新闻传媒集团, 日报报业集团: a medium, an Institution (SCHEMA), though named like a firm
        ctx.add(
            span[0],
            span[1],
            "Company",
            "company.suffix",
            0.85,
            parts=(part("town", town),) if town is not None else (),
        )


# a bare word for a firm, before a firm's full name (下属公司X有限公司): no first word of the name
_BARE_FIRM_WORDS = ("公司", "企业")
# the word that links a firm to its parent (旗下, 下属公司, 全资子公司): the firm's own name starts after it
_PARENT_LINK = re.compile(r"(?:旗下(?!属)|下属|所属)(?:的)?(?:公司|企业)?|(?:全资|控股)子公司")
# “X”之称, “X”的美誉: a nickname in quotes (东莞素有“世界工厂”之称), not a name
_NICKNAME_AFTER = re.compile(r"”(?:之|的)?(?:称|称号|美称|美誉|盛誉|雅号|誉称)")


# an area word alone (园区, 开发区, 本园区): where a passage's firms are, not the first word of a firm's name
_BARE_AREA = re.compile(
    r"(?:本|该|全)?(?:园区|开发区|高新区|经开区|新区|工业园区|产业园区|工业园|产业园|保税区|示范区)"
)


# after a list, what its items are: 等一批国家级龙头企业, 等央企、名企, 等5家企业; not 等及相关企业代表,
# where 及/和 close the list and add another group (市领导A、B等及相关企业代表出席: the list is of people)
_COMPANY_LIST_TAIL = re.compile(
    r"等(?!地|及|和|以及)(?:一批|多家|[\d一二三四五六七八九十几]+家)?[^，。,；;、的]{0,14}?(?:企业|央企|名企|国企|民企|公司|集团|品牌|商家|超市|老字号)"
    # (A、B等单位有关负责人发言: the units of a list whose items are not bodies, places or institutions are firms)
    r"|等(?:[\d一二三四五六七八九十几]+家)?单位(?=有关|相关|负责人|代表)"
    # or the count right after the last item, without 等 (项目有A、B、C 3家企业: the list is complete)
    r"|(?<=[\u4e00-\u9fff])[\d一二两三四五六七八九十]+家[^，。,；;、的\d]{0,6}?(?:企业|央企|名企|国企|民企|公司|集团)"
)
_CLAUSE = re.compile(r"[^，。,；;：:！!？?\n]+")
# 包括…在内 ("including"): the closing word of the span, written before the list's tail (Simplified, Traditional)
_INCLUDED = ("在内", "在內")
# the heads of the listed organisations speak, one after another (A、B、C集团负责人分别发言)
_HEADS_SPEAK = re.compile(
    r"(?:主要)?(?:负责人|董事长|总经理|代表)(?:分别|先后|依次|相继)(?:发言|致辞|讲话|介绍|表示|作了?发言)"
)
_ITEM_OK = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）·]+")
_NOT_A_FIRM = re.compile(
    "(?:"
    + "|".join(sorted(map(re.escape, GOV_HEADS), key=len, reverse=True))
    + r")$|^.{0,2}企$|"
    + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
)
# word classes of common nouns, verbs and adjectives (jieba): a list item made only of such words (each of
# two characters or more: single characters are an unknown name split, 蒙|盛) names a
# sector, not a firm, when its last word is an activity (制造, 深加工); a firm's name holds a proper name, a
# place or a brand (华润电力, 东方电气), or ends in what the firm is (中铁置业)
_COMMON_TAGS = frozenset({"n", "v", "vn", "a", "an", "nt"})
_ACTIVITY_TAGS = frozenset({"v", "vn", "nt"})
_LIST_FIRST_STOP = COMPANY_STOPS | frozenset({"企业", "公司", "品牌", "商家", "会上", "其中"})


def _common_word(ctx: Context, w: str) -> bool:
    """A common noun, verb or adjective; a common landform word jieba tags as a place (高原, 山区, 平原)
    counts as one when it is no place of the division list."""
    if tag(w) in _COMMON_TAGS:
        return word_freq(w) > 0
    # (only terrain words, ending in 原/区/地: a country or region opens firms' names, 中国融通, 东北制药)
    return (
        tag(w) == "ns"
        and word_freq(w) >= 500
        and w[-1] in "原区地"
        and w not in ctx.gaz.full
        and w not in ctx.gaz.short
    )


def _rare_adjective(w: str) -> bool:
    """A word jieba tags an adjective but that everyday text hardly uses (宏远, 鑫盛): a trade word (字号)."""
    return tag(w)[:1] == "a" and word_freq(w) < _EVERYDAY_FREQ / 10


# jieba's frequency above which a descriptor is an everyday word (优质 2525, 特色 8092, 新型 3591), below
# which it may be a trade word (光明 1219, 宏远 71)
_EVERYDAY_FREQ = 1500
_DESCRIPTOR_TAGS = frozenset({"n", "a", "an", "b", "v", "vn", "d", "ad"})
_BUSINESS_LINE = re.compile("(?:" + alternation("business_lines") + ")$")
# a list of projects (A、B等项目): its items are projects even when named like firms (X磁电, X智能制造)
_PROJECT_LIST_TAIL = re.compile(r"等[^，。,；;、]{0,16}?(?:项目|工程)")


def _everyday(w: str) -> bool:
    return tag(w) in _DESCRIPTOR_TAGS and word_freq(w) >= _EVERYDAY_FREQ


def _trade_name(name: str) -> bool:
    """宏达电子, 北京碧源生态环境: a trade word (字号, not an everyday descriptor) and the firm's line of
    business (business_lines.txt), the way news writes a firm without its legal form."""
    m = _BUSINESS_LINE.search(name)
    if not m or m.start() < 2:
        return False
    words = tokens(name[: m.start()])
    return not any(w in STOP_WORDS for w in words) and any(not _everyday(w) for w in words)


def _sector_words(words: Sequence[str]) -> bool:
    """优质食品, 特色农业, 新型建材: everyday descriptors before a product or trade name a sector, not a firm."""
    return len(words) >= 2 and all(len(w) >= 2 and _everyday(w) for w in words[:-1]) and len(words[-1]) >= 2


def _first_item_start(ctx: Context, vs: int, ve: int) -> int:
    """Where the first item of a list begins inside view[vs:ve]: after the last verb, function word or
    descriptor (吸引大庄园, 引进了国电集团, 制药企业宏济堂)."""
    words = tokens(ctx.view[vs:ve])
    pos = ve
    for w in reversed(words):
        if (
            w in _LIST_FIRST_STOP
            or w.endswith("企业")
            # (超市 is tagged a verb; a rare word jieba tags an adjective opens a trade name: 宏远食品)
            or (tag(w)[:1] in ("v", "a") and len(w) >= 2 and pos < ve and not _rare_adjective(w))
        ):
            break
        pos -= len(w)
    return pos


@extractor("company-lists", order=34)
def extract_listed_companies(ctx: Context) -> None:
    """A list of names with a company in it, or closed by 等…企业, is a list of companies
    (大庄园、元盛、华润等一批龙头企业; 招商局集团、华润集团、中科炼化、…)."""
    view = ctx.view
    if "、" not in view:
        return
    by_span = {(m.vstart, m.vend): m for m in ctx.mentions}
    for cl in _CLAUSE.finditer(view):
        cs, ce = cl.span()
        if "、" not in cl.group():
            continue
        tail = _COMPANY_LIST_TAIL.search(view, cs, ce)
        end = tail.start() if tail else ce
        heads = None if tail else _HEADS_SPEAK.search(view, cs, ce)
        if heads is not None and any(
            m.type == "Company" and m.vend == heads.start() and view[m.vstart - 1] == "、"
            for m in ctx.mentions
        ):
            # A、B、C公司负责人分别发言: the list's last item, a firm, closes it; its heads speak for firms
            tail, end = heads, heads.start()
        if tail and view.endswith(_INCLUDED, cs, end - (view[end - 1] == "的")):
            # (包括A、B、C在内等41家企业, …在内的12家企业: 在内 closes the span 包括 opened, no word of the last name)
            end -= 2 + (view[end - 1] == "的")
        seps = [i for i in range(cs, end) if view[i] == "、"]
        if not seps:
            continue
        bounds = [cs, *[i + 1 for i in seps]]
        items = []
        for k, b in enumerate(bounds):
            e = seps[k] if k < len(seps) else end
            if k == 0:
                b = _first_item_start(ctx, b, e)
            items.append((b, e))
        last_open = not tail  # without 等, the last item runs on into the clause: leave it out
        if last_open:
            lb, le = items[-1]
            if view[le - 1] == "等" and le == ce:
                items[-1] = (lb, le - 1)  # (…、C等。: 等 closes the list, its last item with it)
            elif le == ce and _trade_name(view[lb:le]):
                pass  # (…、鑫盛乳业。: a trade name that the clause's end closes runs on into nothing)
            else:
                items = items[:-1]
        known = sum(by_span.get((b, e)) is not None and by_span[(b, e)].type == "Company" for b, e in items)
        # (the first item may hold the clause's verb before the firm: 参观了X集团 — a firm ending it counts)
        firms_in = known or any(m.type == "Company" and m.vend == items[0][1] for m in ctx.mentions)
        trade_only = False
        if not tail and known < max(2, len(items) / 2):
            every = len(items) >= 2 and all(
                _trade_name(view[strip_leading_verbs(ctx, b, e) if k == 0 else b : e])
                for k, (b, e) in enumerate(items)
            )
            if not (firms_in or every) or _PROJECT_LIST_TAIL.search(view, cs, ce):
                continue  # an open list is one of firms when most of its items are known firms
            # (…or when every item is a trade word and a line of business: 走访了宏达电子、鑫盛乳业)
            # a list that names a firm: its other items written as trade word + line of business are firms
            # too (调研了华丰机械厂、宏达电子、金源电缆等)
            trade_only = True
        for b, e in items:
            name = view[b:e]
            if trade_only and not _trade_name(name):
                continue
            if not (2 <= len(name) <= 12) or not _ITEM_OK.fullmatch(name):
                continue
            if any(m.vstart < e and b < m.vend and not m.code for m in ctx.mentions):
                continue  # already something else (a zone, a body, a company)
            words = tokens(name)
            if any(w in STOP_WORDS for w in words) or (
                len(words) == 1 and word_freq(name) > 0 and tag(name) not in ("nz", "nt", "nr", "ns", "j")
            ):
                continue  # 风电、光伏等企业: kinds of firm, not firms
            if (
                len(words) >= 2
                and tag(words[-1]) in _ACTIVITY_TAGS
                and all(len(w) >= 2 and _common_word(ctx, w) for w in words)
            ) or _sector_words(words):
                continue  # 智能装备制造、食品深加工、特色食品等企业: common words ending in an activity name a sector
            if name in ctx.gaz.full or name in ctx.gaz.short or _NOT_A_FIRM.search(name):
                continue  # 区政府, 区政协副主席, 央企: a body, a title or a kind of firm
            b = strip_leading_verbs(ctx, b, e)
            if e - b >= 2:
                ctx.add(b, e, "Company", "company.listed", 0.6)


_EVENT_WORDS = tuple(h for h in EVENT_HEADS if len(h) >= 3)
_ELSEWHERE = frozenset("外埠 外地 异地 外省 外来 本地 在外".split())
_TITLE_SET = frozenset(TITLES)  # posts (会长, 秘书长): what may follow a head in one jieba word
_LEADING_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚)?")
_MEDIA_DATELINE = Scan(
    re.compile(
        r"(?m)^[ \t　]*([\u4e00-\u9fff]{2,8}?(?:网|在线|客户端|日报|晚报|电视台))"
        r"(?:·([\u4e00-\u9fff]{2,8}))?(?:\d{1,2}月\d{1,2}日)?(?:讯|[\u4e00-\u9fff]{2,4}频道消息|消息)"
    )
)


# a news app credited for its reporter (X客户端记者 NAME, X新闻客户端讯): the app is the outlet (SCHEMA
# Institution: media), as a paper is in X日报记者; without the credit, 客户端 is only software
# (tried only before a 客户端: re tried every position of every article)
_APP_CREDIT = Scan(
    re.compile(r"(?m)(?:^|[据(（])[ \t　]*([\u4e00-\u9fff]{2,10}客户端)(?=[ 　]*(?:记者|讯|消息|报道|[|｜]))")
)


# the first of two outlets a dateline joins with a dash (阿勒泰新闻网-阿勒泰地区融媒体中心)
_JOINED_OUTLET = re.compile(r"([\u4e00-\u9fff]{2,10}(?:网|报|电视台|广播电视台))[-－—]")


_OWN_PAPER = lazy("本报")
# 日报·X客户端, 新闻网客户端: a medium's app
_MEDIA_APP = lazy(r"(?:报|网|台)[·]?[\u4e00-\u9fff]{0,4}客户端$")


@extractor("institutions", order=31)
def extract_institutions(ctx: Context) -> None:
    view = ctx.view
    for m in _INSTITUTION.finditer(view):
        nxt = tokens(view[m.start() : m.end() + 3])
        if (
            nxt
            and len(nxt[0]) > m.end() - m.start()
            and nxt[0].startswith(m.group())
            and nxt[0][m.end() - m.start() :] not in _TITLE_SET
        ):
            continue  # 大学生 is not a university (but jieba's 协会会长, 商会会长 are the head and a post)
        if any(view.startswith(e, m.start() - k) for k in (1, 2) for e in _EVENT_WORDS):
            continue  # 招商会 is a fair, not a chamber of commerce
        level = view[m.start() - 1 : m.start()]
        if (
            level
            and level in "省市县区"
            and (m.group() in PEOPLES_ORGANISATIONS or m.group() in HOME_INSTITUTIONS)
            and _prev_is_boundary(ctx, m.start() - 1)
            # (阿勒泰地区融媒体中心: the level word ends a place's name, which names the institution)
            and not any(p.code and p.vstart < m.start() - 1 and p.vend == m.start() for p in ctx.mentions)
        ):
            # 市工商联, 县妇联: a people's organisation after a bare level word is the branch of the place
            # the article is about (as 市委 is its party committee), labelled with that place's name
            code = home_code(ctx, level)
            if code:
                place = ctx.gaz.by_code[code]
                org = ctx.add(
                    m.start() - 1,
                    m.end(),
                    "Institution",
                    "institution.home-prefix",
                    0.75,
                    label=place.name + m.group(),
                )
                # the bare level word stands for the home place: a mention of it (the branch sits there)
                ref = ctx.add(
                    m.start() - 1,
                    m.start(),
                    place.cls,
                    "place.home-prefix",
                    0.7,
                    label=place.name,
                    code=code,
                    parent_code=place.parent,
                )
                if org and ref:
                    ctx.with_parts(org, part("place", ref))
            continue
        span = _name_before(ctx, m.start(), m.end(), stops=INSTITUTION_STOPS)
        if not span:
            continue
        date = _LEADING_DATE.match(view, span[0], m.start())
        if date:  # 2018年6月15日上海市农科院: the date is the clause's
            span = (date.end(), span[1])
        core = view[span[0] : m.start()]
        # 有关协会, 当地学校, 行业协会: a kind of institution (a verb-noun, a place word, a pronoun before it)
        if (
            len(core) < 2
            or tag(core) in ("v", "vn", "r", "m", "s")
            or core in ("本", "该", "我", "这所", "各", "行业")
            # (X县联络相关商会: 相关/有关 right before the head makes it a kind, whatever comes before: dev14)
            or core.endswith(("相关", "有关", "当地"))
            # (外埠商会, 异地商会: where the members come from, a kind of chamber, not one's name)
            or core in _ELSEWHERE
        ):
            continue
        if any(c.type == "Company" and c.vstart < m.start() and m.end() < c.vend for c in ctx.mentions):
            continue  # …勘测设计院有限公司: part of a company's name, not an institution of its own
        if m.group() == "实验室" and view.endswith(_TITLED_LABS, 0, m.end()):
            continue  # 国家重点实验室, 省工程实验室: a title a lab holds (designation_heads), not a lab's name
        joined = _JOINED_OUTLET.match(view, span[0], m.start())
        if joined:
            # X新闻网-X融媒体中心: a dateline of two outlets joined by a dash, each a name of its own
            ctx.add(span[0], joined.end(1), "Institution", "institution.dateline", 0.8)
            # the second is the one the credit after it belongs to: a dateline outlet as well
            ctx.add(joined.end(), span[1], "Institution", "institution.dateline", 0.8)
            continue
        ctx.add(span[0], span[1], "Institution", "institution.head", 0.8)
    # 中国日报辽宁记者站: a medium's bureau is named by the medium; the paper inside is no mention of its own
    # (nor is the association inside its branch's name: 中国X协会Y分会)
    bureaus = [x for x in ctx.mentions if x.type == "Institution" and x.surface.endswith(("记者站", "分会"))]
    inner = [
        x
        for x in ctx.mentions
        for b in bureaus
        if x.type == "Institution" and x is not b and b.vstart <= x.vstart and x.vend < b.vend
    ]
    for x in inner:
        ctx.mentions.remove(x)
    if inner:
        ctx.candidates[:] = [c for c in ctx.candidates if c.subject not in inner and c.object not in inner]
    # 新华社, 中央人民广播电台, 《大公报》: national media by their bare names (not inside a longer name)
    for m in _MEDIA.finditer(view):
        if not any(
            x.vstart <= m.start() and m.end() <= x.vend and x.vend - x.vstart > m.end() - m.start()
            for x in ctx.mentions
            if x.type in _MEDIA_HOSTS
        ):
            # (中新网 under the full name it has beside it on the same page: 中国新闻网)
            full = NATIONAL_MEDIA_FULL.get(m.group(), "")
            ctx.add(m.start(), m.end(), "Institution", "institution.national-media", 0.85, label=full)
    # 中国物流与采购联合会: a national federation by its full name (the head alone would cut it at 与)
    for m in _ASSOCIATION.finditer(view):
        for x in [x for x in ctx.mentions if x.type == "Institution" and m.start() < x.vstart < m.end()]:
            ctx.mentions.remove(x)  # (采购联合会: the name cut at 与)
        ctx.add(m.start(), m.end(), "Institution", "institution.national-association", 0.85)
    # 中科院X所 / 中国科学院X研究所: the national academies' institutes, often written short (化物所)
    for m in _ACADEMY_INSTITUTE.finditer(view):
        ctx.add(m.start(), m.end(), "Institution", "institution.academy", 0.85)
    # a dateline names the medium that published the article: 东北网5月22日讯, 中国网·滨海高新讯
    for m in _MEDIA_DATELINE.finditer(view):
        ctx.add(m.start(1), m.end(1), "Institution", "institution.dateline", 0.85)
        if m.group(2):
            # 湖南日报·新湖南客户端: the paper's own app or channel after the dot; a place inside its name is
            # no place of the article (rule 5)
            for x in [x for x in ctx.mentions if x.code and m.start(2) <= x.vstart and x.vend <= m.end(2)]:
                ctx.mentions.remove(x)
    for m in _APP_CREDIT.finditer(view):
        if _MEDIA_APP.search(m.group(1)):
            continue  # 海南日报客户端, 湖南日报·新湖南客户端: a paper's own app, the paper is the outlet
        ctx.add(m.start(1), m.end(1), "Institution", "institution.app-credit", 0.8)
    # 本报 is the newspaper that published the article: given by the caller, else a paper the article
    # names near the top (据海南日报客户端), else one named in a dateline; unnamed, it stays this
    # article's own paper (resolve keeps it apart from other articles' 本报)
    papers = [
        m.surface
        for m in ctx.mentions
        if m.type == "Institution" and m.surface.endswith(("日报", "晚报")) and m.vstart < 300
    ]  # (in the byline, near the top)
    paper = ctx.publisher or (papers[0] if papers else None) or publisher_in_text(view)
    for m in _OWN_PAPER.finditer(view):
        ctx.add(m.start(), m.end(), "Institution", "institution.publisher", 0.9, label=paper)
    # an outlet named in a dateline (河北日报讯, 东北网5月22日讯) published the article
    for m in DATELINE_OUTLET.finditer(view):
        if m.group(1) != "本报":
            ctx.add(m.start(1), m.end(1), "Institution", "institution.publisher", 0.85)
        if m.group(2):  # (江城日报-江城网讯: the paper's site, named, publishes nothing of its own here)
            ctx.add(m.start(2), m.end(2), "Institution", "institution.dateline-site", 0.8)
    # 来源:经济参考报 / 来源：人民网-辽宁频道 in a byline or date line, and (中国企业报) closing the article: the
    # medium the article comes from (a source that is no medium, 来源:X市委台办, is left to the body rules)
    for rx in (_SOURCE_LINE, _SOURCE_BRACKET):
        for m in rx.finditer(view) if "源" in view or "报)" in view or "报）" in view else ():
            name = m.group(1)
            if name.startswith("本报") or not _MEDIA_END.search(name):
                continue
            for x in [x for x in ctx.mentions if m.start(1) <= x.vstart and x.vend <= m.end(1) and x.code]:
                ctx.mentions.remove(x)  # (辽宁 in 人民网-辽宁频道: the channel's region, no place mention)
            ctx.add(m.start(1), m.end(1), "Institution", "institution.publisher", 0.8)


# 来源:X (a source line; X up to a space, a bar, a date or the line's end; 信息来源:, 稿源: as sites write it) and (X报) at
# the end of a paragraph
_SOURCE_LINE = re.compile(
    r"(?m)(?:^|(?<=[\s\u3000|｜]))(?:信息来源|来源|稿源)[:：][ \t\u3000]*([\u4e00-\u9fff][\u4e00-\u9fff\-－—·]{1,19})(?=$|[\s\u3000|｜]|\d)"
)
_SOURCE_BRACKET = re.compile(r"(?m)[(（](?:据|来源[:：]?)?([\u4e00-\u9fff]{2,10}报)[)）][ \t\u3000]*$")
# what a medium's name ends with (a paper, a site, a broadcaster, a site's channel, a converged media centre)
_MEDIA_END = re.compile(r"(?:报|网|电视台|广播电台|频道|融媒体中心|新闻中心|客户端|在线)$")


_TITLE_CORE = re.compile(
    r"(?:上述|这些|该|各|全部|所有|其他|首批|新晋)?(?:国家级|省级|市级|县级|自治区级|国家|全国)"
)


# a zone's own organs: its management committee and its party working committee
_ZONE_ORGAN = re.compile(r"管委会|管理委员会|党工委")
_NEXT_ZONE = re.compile(r"、([\u4e00-\u9fff]{2,10}?(?:区|园|港|城))(?=[、和及与等，,。；;])")
_PREV_ZONE = re.compile(r"([\u4e00-\u9fff]{2,10}(?:区|园|港|城))、$")


def _coordinated_zones(ctx: Context) -> None:
    """空港物流加工区、泰达西区、滨海高新区: names coordinated with a zone, with a zone's last character,
    are zones too."""
    view = ctx.view
    todo = [m for m in ctx.mentions if m.type == "Zone"]
    while todo:
        z = todo.pop()
        cands = []
        nx = _NEXT_ZONE.match(view, z.vend)
        if nx:
            cands.append(nx.span(1))
        s_start, _ = ctx.sentence_bounds(z.vstart)
        pv = _PREV_ZONE.search(view, max(s_start, z.vstart - 12), z.vstart)
        if pv:
            vs = strip_leading_verbs(ctx, extend_left(ctx, pv.end(1)), pv.end(1))
            cands.append((vs, pv.end(1)))
        for vs, ve in cands:
            if ve - vs < 3 or any(m.vstart < ve and vs < m.vend and not m.code for m in ctx.mentions):
                continue
            words = tokens(view[vs:ve])
            if any(w in STOP_WORDS for w in words) or view[vs:ve] in ctx.gaz.full:
                continue
            new = ctx.add(vs, ve, "Zone", "zone.coordinated", 0.6)
            if new:
                todo.append(new)


# a zone's head, then a joiner: two zones named in a row (沈阳都市圈和辽东经济区, A开发区与B园区)
_ZONE_JOINED = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, ZONE_HEADS), key=len, reverse=True)) + ")[和与及、]"
)

# what a report is about (情况, 进展, 历程 …) joined by a conjunction to the name that follows
_TOPIC_JOINED = re.compile(r"(?:情况|进展|历程|成效|成果|经验|做法|规划|定位|进度)(?:和|与|及|以及)")


# heads that also make everyday phrases (主题公园, 自然保护区): the name before them must be specific
_WEAK_ZONE_HEADS = frozenset(
    "公园 郊野公园 湿地公园 森林公园 示范园 保护区 步行街 加工区 度假区 旅游区 工业区 经济区 商务区 景区 园区 片区".split()
)


# a quantity with its unit of area, length or weight in front of a zone head is a clause (土地200亩建设…示范园,
# 铺32公里园区配水管网), never a zone's name
_MEASURE_IN_CORE = re.compile(r"\d+(?:[亩万千吨平米方]|公里|公顷)")
# modal verbs: a "name" they open is a clause (能…保障化工园区, 可…进入园区)
_MODAL_START = frozenset("能 能够 可 可以 将 要 会 需 需要 应 应当 才能".split())


def _zone_without_place(ctx: Context, z) -> None:
    """桓仁满族自治县五女山风景区: the name also stands without the county in front (an alias)."""
    for p in ctx.mentions:
        if p.code and p.vstart == z.vstart and p.vend < z.vend - 3 and p.surface in ctx.gaz.full:
            ctx.add(p.vend, z.vend, "Zone", "zone.without-place", 0.7)


_BUILD_VERB_CORE = re.compile(alternation("build_verbs"))


def _after_address(ctx: Context, vs: int, hs: int) -> int:
    """山东德州禹城市房寺镇产业园: a chain of two or more places written one after the other before a zone's
    name is its address (province, city, county, town); the zone is named from the last of them on, and the
    places before it are named on their own."""
    places = {p.vstart: p for p in ctx.mentions if p.code or p.type in ("Town", "Village")}
    chain = []
    k = vs
    while k in places and places[k].vend < hs:
        chain.append(places[k])
        k = max(p.vend for p in ctx.mentions if p.vstart == k and (p.code or p.type in ("Town", "Village")))
    if chain and chain[-1].type == "Town" and k == chain[-1].vend:
        # 北京市顺义区后沙峪镇顺义新城: after the town, a zone named after a county-level or larger division of
        # the address (or of the article's home) is the zone's own name; the town is the zone's address
        own = {p.code for p in chain if p.code} | {ctx.home_county, ctx.home_city} - {""}
        for n in (2, 3):
            w = ctx.view[k : k + n]
            if k + n <= hs and own & {*ctx.gaz.short.get(w, ()), *ctx.gaz.full.get(w, ())}:
                return k
    if len(chain) < 2 or k != chain[-1].vend:
        return vs
    return chain[-1].vstart


_PROJECT_COUNT = re.compile(r"(?:共|有)?[\d一二三四五六七八九十百]+个")


# 开发区管委会 / 高新区党工委 written bare: the organ of the one zone of that kind the article names
_BARE_ZONE_ORGAN = Scan(re.compile(r"(开发区|高新区|经开区|边合区|园区|新区)(管委会|管理委员会|党工委)"))


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _bare_zone_organs(ctx: Context, zones: list) -> None:
    """开发区管委会 after 营口辽河经济开发区 (and its short forms 辽河开发区): that zone's 管委会."""
    view = ctx.view
    for m in _BARE_ZONE_ORGAN.finditer(view):
        if ctx.covering(m.start(), m.end(), {"GovernmentBody", "Zone"}):
            continue
        if m.start() > 0 and _HAN_CHAR.match(view, m.start() - 1) and view[m.start() - 1] not in _BARE_BEFORE:
            continue  # X开发区管委会 with a name in front: the zone rule has it
        kind = m.group(1)
        named = sorted(
            {z.name for z in zones if z.name.endswith(kind) and len(z.name) > len(kind) + 1},
            key=len,
            reverse=True,
        )
        # the names of one zone: each shorter one a short form of the longest (辽河开发区 of 营口辽河经济开发区)
        if not named or not all(_subsequence(n, named[0]) for n in named[1:]):
            continue
        ctx.add(m.start(), m.end(), "GovernmentBody", "body.zone-committee", 0.7, label=named[0] + m.group(2))


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# a development area written by its kind alone, standing as a clause's subject or place (合作区实现…, 在高新区…)
_BARE_ZONE = Scan(
    re.compile(r"(?:经济技术开发区|高新区|经开区|开发区|合作区|边合区)(?!管委会|管理委员会|党工委)")
)
# what may stand right before such a bare word (the start of a clause, 在/该/全/由/经/与 …)
_BARE_ZONE_BEFORE = frozenset("在该由与和及对向并于到")


def _bare_zones(ctx: Context, zones: list) -> None:
    """合作区实现…, 在合作区新区…: an article about one development area that writes it only by its kind (its
    full name, the article's own zone, never written) speaks of one zone; written so twice or more on its own,
    the bare word is that zone's name (the gold of other sets writes 高新区, 经开区 so). Where the article
    names a zone of that kind in full, the bare word is its short form and the zone rules have it."""
    view = ctx.view
    hits: dict[str, list[re.Match]] = {}
    parts_of: dict[int, list] = {}
    for m in _BARE_ZONE.finditer(view):
        before = view[m.start() - 1 : m.start()]
        if before and _HAN_CHAR.match(before) and before not in _BARE_ZONE_BEFORE:
            continue  # X开发区: a name in front, the zone rule has it
        cover = ctx.covering(m.start(), m.end(), {"GovernmentBody", "Zone", "Company", "Event", "Project"})
        hosts = [c for c in cover if c.type == "Zone" and c.vstart == m.start() and c.vend > m.end()]
        if cover and len(hosts) != len(cover):
            continue
        # (合作区新区装备制造园: a part of the zone, named after the zone's bare kind, which is a mention)
        parts_of[m.start()] = hosts
        hits.setdefault(m.group(), []).append(m)
    for kind, ms in hits.items():
        if len(ms) < 2 or any(z.name.endswith(kind) and len(z.name) > len(kind) for z in zones):
            continue
        for m in ms:
            z = ctx.add(m.start(), m.end(), "Zone", "zone.bare-kind", 0.6)
            if z is None:
                continue
            for host in parts_of[m.start()]:
                ctx.with_parts(host, part("place", z))


# a development area written by its kind alone right before a part of it (合作区新区装备制造园, 高新区科技园)
_KIND_LEAD = re.compile(r"(?:经济技术开发区|经济开发区|高新区|经开区|开发区|合作区|边合区)$")
# 该市地处X经济区, 项目位于Y高新区: a verb of location inside what was walked over says where; the zone's name
# starts after it
_LOCATIVE_IN_CORE = re.compile("(?:" + alternation("locative_verbs") + ")")
# 县工业园区, 市经济开发区: a zone named by the bare level word of the article's own place (as 县发改局 is
# its county's bureau, SCHEMA convention 1): that place's zone of the kind
_HOME_LEVEL_ZONE = Scan(
    re.compile(
        r"(?<![\u4e00-\u9fff])(县|市|区|旗)(工业园区|经济开发区|经济技术开发区|高新技术产业开发区|产业园区|工业园)"
        r"|(?<=[在了对向由到与和及是的])(县|市|区|旗)(工业园区|经济开发区|经济技术开发区|高新技术产业开发区|产业园区|工业园)"
    )
)


# 分别为:A市B区高精铝产业集群、C县人参产业集群: an industry cluster named by the place it is concentrated
# in (a list item opening with a place or a zone) is an area of that place (SCHEMA Zone: a functional
# area that is not an administrative unit); its place is part of its name (rule 5)
_CLUSTER_ITEM = Scan(
    re.compile(
        # (or a sentence's subject that enters a list: X市Y县Z产业集群入选国家级中小企业特色产业集群)
        r"(?:(?<=[、：:，,。；;！!\s])|^)([\u4e00-\u9fff]{4,24}?产业集群)"
        r"(?=[、，,。；;和及等]|$|(?:成功|正式)?(?:入选|入围|获评|获批|被认定|被评为|被确定|荣获|上榜))",
        re.M,
    )
)


# 辽宁X设备产业基地, 华明工业园区低碳产业基地: an industry base named from a place or a zone, with firms and
# projects of its own, is an area (as the other sets' gold has it); X产业基地项目 is a project, 全国重要的X产业
# 基地 a rank (no place opens it)
_INDUSTRY_BASE = Scan(re.compile(r"产业基地(?!项目|建设项目)"))
_PROJECT_GOES_ON = re.compile(r"([\u4e00-\u9fff]{1,8}?)项目")
_BASE_CLAUSE_VERBS = frozenset("打造 建设 发展 加快 形成 建成 培育 壮大 重要 知名 全国 国家".split())


def _industry_bases(ctx: Context) -> None:
    view = ctx.view
    for m in _INDUSTRY_BASE.finditer(view):
        span = _name_before(ctx, m.start(), m.end(), stops=ZONE_STOPS)
        if not span or ctx.covering(m.start(), m.end(), {"Zone", "Project", "Designation", "Company"}):
            continue
        places = [
            x
            for x in ctx.mentions
            if span[0] <= x.vstart and x.vend < m.start() - 1 and (x.code or x.type == "Zone")
        ]
        if not places:
            continue
        lead = max(places, key=lambda x: (x.vstart, -x.vend))
        if any(x.type == "Zone" for x in places):
            continue  # X工业园区Y产业基地: a base inside a named zone, left to the zone rules
        more = _PROJECT_GOES_ON.match(view, m.end())
        if more and not any(tag(w)[:1] == "v" for w in tokens(more.group(1))):
            continue  # X产业基地合金铝项目: the base opens a project's name
        industry = tokens(view[lead.vend : m.start()])
        if not industry or any(w in STOP_WORDS or w in _BASE_CLAUSE_VERBS for w in industry):
            continue  # 昌图县打造…, 锦州是…: a clause about the place, not a base's name
        ctx.add(lead.vstart, m.end(), "Zone", "zone.industry-base", 0.6)


def _place_clusters(ctx: Context) -> None:
    view = ctx.view
    for m in _CLUSTER_ITEM.finditer(view):
        vs, ve = m.span(1)
        lead = [
            x for x in ctx.mentions if x.vstart == vs and x.vend < ve - 4 and (x.code or x.type == "Zone")
        ]
        if not lead or ctx.covering(vs, ve, {"Designation", "Project", "Programme", "Company"}):
            continue
        industry = tokens(view[max(x.vend for x in lead) : ve - 4])
        if any(tag(w)[:1] in ("v", "d", "p") and tag(w) != "vn" for w in industry):
            continue  # 扬中加速形成X产业集群: a clause about the place, not a cluster's name
        ctx.add(vs, ve, "Zone", "zone.place-cluster", 0.6)


def _home_level_zones(ctx: Context) -> None:
    view = ctx.view
    for m in _HOME_LEVEL_ZONE.finditer(view):
        level, kind = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if ctx.covering(m.start(), m.end(), {"GovernmentBody", "Zone", "Company", "Event", "Project"}):
            continue
        code = home_code(ctx, level)
        place = ctx.gaz.by_code.get(code) if code else None
        if place is None or not place.name.endswith(level):
            continue
        ctx.add(m.start(), m.end(), "Zone", "zone.home-level", 0.6, label=place.name + kind)


# words that may stand right before a bare organ (该开发区管委会, 由开发区管委会, 经开发区管委会)
_BARE_BEFORE = frozenset("该由经与和及、对向在并")


# a named part of a development zone right after its name (霍尔果斯经济开发区X分区): one zone's name
_SUB_ZONE = re.compile(r"([\u4e00-\u9fff]{1,4}?)分区(?!域|类|管控|管理|施工|投放)")
# a sum of money opening a would-be name (1.1亿元X产业园区): a name never starts with an amount
_LEAD_SUM = re.compile(r"(?:约)?[\d.]+(?:亿|万|千)?(?:元|美元)(?:的)?")


# verbs that say what kind of area a zone is when they stand right before its head (示范新城, 合作新区)
_ZONE_KIND_VERBS = frozenset({"示范", "试验", "合作", "创新"})
# X园区党工委书记、管委会主任: the zone's other organ, listed
_LISTED_ZONE_ORGAN = Scan(re.compile(r"(?<=[、，,])(管委会|党工委)"))  # (only where they occur)
# X、Y口岸: a port sharing the head of the name before it
_LISTED_PORT = lazy(r"、([\u4e00-\u9fff]{2,4}?)(口岸|港)(?![\u4e00-\u9fff])")
# 新增4家国家4A级旅游景区: a count (or a quote) in a zone's core
# a time before a bare zone head (2023年园区…): the clause's time, no name
_TIME_CORE = re.compile(
    r"(?:\d{2,4}|[今去明前本全])年度?|(?:\d{4}年)?(?:上半年|下半年|[一二三四1-4]季度|\d{1,2}月份?)"
)
_COUNT_OR_QUOTE = lazy(r"\d+(家|个|处|座|名|条)|[“”‘’]|[一二三四五六七八九十两]个")
# after a zone's head, the project that develops the area (X片区综合开发项目, X新城开发建设项目)
_DEVELOP_PROJECT = re.compile(r"(?:综合)?开发(?:建设)?项目")


# 沈抚示范区党工委, X试验区管委会: an area whose head is a title's (示范区, 试验区, 先行区) but that has its own
# party working committee or management committee is an administered zone, not a title
_ADMINISTERED_AREA = re.compile(
    r"(?:(?<=[、，,。；;：:\s])|^)([\u4e00-\u9fff]{2,4}?)(示范区|试验区|先行区)(?=党工委|管委会|管理委员会)",
    re.M,
)
_AREA_TITLE_HEAD = re.compile(r"示范区|试验区|先行区")
_HAN_RUN_ONLY = re.compile(r"[\u4e00-\u9fff]*")


def _administered_areas(ctx: Context) -> None:
    """X示范区党工委: the area is a zone and the committee its body; the area's full name (X改革创新示范区:
    the same first characters and head, up to six characters between) and its other mentions are that zone."""
    view = ctx.view
    for m in _ADMINISTERED_AREA.finditer(view):
        core, head = m.group(1), m.group(2)
        organ = _ZONE_ORGAN.match(view, m.end())
        if (
            tag(core) in ("v", "d", "r", "m")
            or organ is None
            or ctx.covering(m.start(1), organ.end(), {"GovernmentBody"})
        ):
            continue
        found = []
        for h in _AREA_TITLE_HEAD.finditer(view):
            if h.group() != head:
                continue
            a = view.rfind(core, max(0, h.start() - 6 - len(core)), h.start())
            if a >= 0 and _HAN_RUN_ONLY.fullmatch(view, a, h.start()):
                found.append((a, h.end()))
        label = max((view[a:b] for a, b in found), key=len)
        for a, b in found:
            if not ctx.covering(a, b, {"Zone"}):
                ctx.add(a, b, "Zone", "zone.administered", 0.75, label=label)
        ctx.add(m.start(1), organ.end(), "GovernmentBody", "body.zone-committee", 0.8)


# a verb of building right before a plant's name (投资建设X厂, 新建Y厂): the plant is being built, no firm
_BUILT_BEFORE_PLANT = re.compile(r"(?:建设|新建|扩建|改建|兴建|筹建)$")


# a verb of building right before a position (…建设|海南自由贸易试验区)
_BUILD_BEFORE = re.compile(r"(?:建设|打造|创建|推进)$")


@extractor("zones", order=32)
def extract_zones(ctx: Context) -> None:
    view = ctx.view
    for m in _ZONE.finditer(view):
        hs, he = m.start(), m.end()
        if m.group() == "物流中心" and not view.endswith("保税", 0, hs):
            continue  # 国药控股东北物流中心, 区域性物流中心: a firm's facility or a city's aim; 保税物流中心 is an area
        if (
            view.startswith("项目", he)
            and not _PROJECT_COUNT.match(view, he + 2)
            or view.startswith("建设", he)
            and view.startswith("项目", he + 2)
        ):
            continue  # 尼尔科达家居产业园项目 is a project, not a zone (but 武汉新城鄂州片区项目48个 counts a zone's)
        if _DEVELOP_PROJECT.match(view, he):
            continue  # X片区综合开发项目: the area a project develops is named only inside the project's name
        if m.group().endswith("区") and view.startswith("域", he):
            continue  # 重点开发区域, 示范区域: the word 区域 (an area), not a zone's head
        if m.group() == "新城" and view[he : he + 1] in ("镇", "区"):
            continue  # X新城镇 is a town (a planned new town), X新城区 a district's area: not the zone head 新城
        # a 管委会 after the zone makes a government body (银州经济开发区管委会)
        span = _name_before(ctx, hs, he, stops=ZONE_STOPS)
        if not span:
            continue
        j = view.rfind("暨", span[0], hs)
        if j >= 0:
            span = (j + 1, he)  # …活动暨罗山县产业集聚区…: 暨 joins two names, the zone's is the second
        amount = _LEAD_SUM.match(view, span[0], hs)
        if amount:
            span = (amount.end(), he)  # 签订的1.1亿元X产业园区…: the sum is the clause's, no part of a name
        opened = after_place_and_build_verb(ctx, span[0], hs)
        if opened != span[0]:
            span = (opened, he)  # 在宜城市建设X产业园: the place and the verb are the clause's
        built_place = [
            p.vstart
            for p in ctx.mentions
            if p.code and span[0] < p.vstart and p.vend < hs and _BUILD_BEFORE.search(view, span[0], p.vstart)
        ]
        if built_place:
            span = (
                max(built_place),
                he,
            )  # 以项目建设体现陵水建设海南自由贸易试验区: a verb of building right
            # before a division inside the span opens the zone's name at the division (the rest is the clause)
        joined = [j.end() for j in _ZONE_JOINED.finditer(view, span[0], hs)]
        # 介绍了经营情况及X产业园区的定位: a report's abstract noun joined to the zone is no part of its name
        joined += [j.end() for j in _TOPIC_JOINED.finditer(view, span[0], hs)]
        joined.sort()
        if joined:
            span = (
                joined[-1],
                he,
            )  # A都市圈和B经济区: two zones joined, this name is the second (A has its own)
        firms = [
            c.vend + 1
            for c in ctx.mentions
            if c.type == "Company" and span[0] <= c.vstart and c.vend < hs and view[c.vend] in "和与及、"
        ]
        if firms:
            span = (
                max(firms),
                he,
            )  # X有限公司和Y工业园区: a firm and a park joined, the park's name is the second
        walked = extend_left(ctx, hs)
        if (
            walked < span[0]
            and tag(view[walked : span[0]]) == "vn"
            and word_freq(view[walked : span[0]]) < 3000
        ):
            span = (walked, he)  # 循环经济示范园: a verbal noun is the zone's field, not a verb before it
        span = (_after_address(ctx, span[0], hs), he)
        located = [*_LOCATIVE_IN_CORE.finditer(view, span[0], hs)][-1:]
        if located and hs - located[0].end() >= 2:
            span = (located[0].end(), he)  # 地处X经济区: the verb of location is the clause's, not the zone's
        for end in (span[0], span[0] + 1):
            lead = _KIND_LEAD.search(view, max(0, end - 7), end)
            if lead and (
                lead.start() == 0
                or not _HAN_CHAR.match(view, lead.start() - 1)
                or view[lead.start() - 1] in _BARE_ZONE_BEFORE
            ):
                span = (
                    lead.start(),
                    he,
                )  # 在合作区新区装备制造园: the article's zone by its kind opens the name
                break
        core = view[span[0] : hs]
        if (
            core
            in (
                "各",
                "该",
                "全",
                "本",
                "新",
                "工业",
                "化工",
                "产业",
                "重点",
                "省级",
                "国家级",
                "所在地",
                "当地",
                "本地",
                "周边",
                "相关",
                "附近",
                "各类",
                "全市",
                "全省",
                "全县",
            )
            or tag(core) in ("v", "r", "m", "a")
            or _BUILD_VERB_CORE.fullmatch(core)
        ):
            continue  # (新建产业园后: a verb of building, one jieba reads as a place, before a bare head)
        if any(p.code and p.vstart == span[0] and p.vend == he for p in ctx.mentions):
            continue  # 滨海新区 is a district of the national list
        if (
            not core
            or core[-1] in "和与及"
            or core.startswith(("以上", "上述", "以下", "这些", "其他", "相关"))
        ):
            continue  # 村和景区, 以上旅游景区: not a name
        if _TITLE_CORE.match(core) or _LEVEL_END.search(core):
            continue  # 上述国家级经济技术开发区, 省级开发区: the title, not a zone (designations decide)
        if _TIME_CORE.fullmatch(core):
            continue  # 2023年园区规上工业产值, 今年园区: when, not which zone
        if _COUNT_OR_QUOTE.search(core):
            continue  # 新增4家国家4A级旅游景区 is a designation count, not a zone's name
        words = tokens(core)
        # 胜利开发区 after 抚顺胜利经济开发区: the short form of a zone already named keeps its core word
        known = next(
            (
                z
                for z in ctx.mentions
                if len(core) >= 2
                and z.type == "Zone"
                and z.vend <= span[0]
                and core in view[z.vstart : z.vend]
            ),
            None,
        )
        known_core = known is not None
        placed = any(
            (p.code or p.type in ("Town", "Village")) and p.vstart >= span[0] and p.vend < hs
            for p in ctx.mentions
        )  # 哈达铺镇扶贫产业园: after a place, a verb is the zone's purpose, not a clause
        if any(
            tag(w) == "v"
            and (len(w) > 1 or w in ("进", "建", "到", "离"))  # (旧厂房离物流园远: how far from it)
            and not (placed and word_freq(w) < 2000)
            # 循环经济示范园: a verb that modifies the noun after it names the zone's field
            and not (k + 1 < len(words) and tag(words[k + 1]).startswith("n"))
            # 中日生态示范新城, X合作新区: the zone's own kind word (示范, 试验, 合作, 创新) right before its head
            and not (k + 1 == len(words) and w in _ZONE_KIND_VERBS)
            for k, w in enumerate(words)
        ) or (
            len(words) == 1
            and word_freq(words[0]) > 3000
            and tag(words[0]) not in ("ns", "nz", "nr")
            and not known_core
        ):
            continue  # 所在地工业园区, 干部深入园区: a clause or a generic word, not a zone's name
        if view[span[0] - 1 : span[0]] == "等" and len(words) <= 3:
            continue  # A、B等特色主题产业园: the kind a list shares after 等, no zone's name
        if words and words[0] in _MODAL_START:
            continue  # (还)能靠管网保障化工园区: a modal verb opens a clause, no zone's name
        if _MEASURE_IN_CORE.search(core) or (
            m.group() in _WEAK_ZONE_HEADS
            and len(words) == 1
            and tag(words[0]) not in ("ns", "nz", "nr", "j")
            and word_freq(words[0]) >= 100
            and not any(p.code and p.vstart >= span[0] for p in ctx.mentions if p.vend <= hs)
        ):
            continue  # 口袋公园, 主题公园: a kind of park; 土地200亩建设…示范园: a clause
        # (a short form of a zone named before is that zone: its label joins the two)
        short_of = known.name if known is not None and len(words) == 1 and m.group() in known.name else ""
        z = ctx.add(span[0], he, "Zone", "zone.head", 0.8, **({"label": short_of} if short_of else {}))
        sub = _SUB_ZONE.match(view, he)
        if z and sub and not short_of and not tag(tokens(sub.group(1))[0]).startswith(("v", "d", "p")):
            # X经济开发区Y分区: the part of the zone set aside for another administration is the zone named
            ctx.mentions.remove(z)
            z = ctx.add(span[0], sub.end(), "Zone", "zone.sub-zone", 0.8)
        if z:
            _zone_without_place(ctx, z)
        organ = _ZONE_ORGAN.match(view, he)
        if z and organ:
            ctx.add(span[0], organ.end(), "GovernmentBody", "body.zone-committee", 0.85)
    _administered_areas(ctx)
    _coordinated_zones(ctx)
    # X园区党工委书记、管委会主任: a bare 管委会/党工委 right after the zone's other organ is the zone's
    zones = [z for z in ctx.mentions if z.type == "Zone"]
    for m in _LISTED_ZONE_ORGAN.finditer(view):
        prev = [z for z in zones if z.vend <= m.start() and m.start() - z.vend <= 12]
        if prev and not ctx.covering(m.start(), m.end(), {"GovernmentBody"}):
            z = max(prev, key=lambda z: z.vend)
            if _ZONE_ORGAN.match(view, z.vend):
                ctx.add(
                    m.start(), m.end(), "GovernmentBody", "body.zone-committee", 0.7, label=z.name + m.group()
                )
    _bare_zone_organs(ctx, zones)
    _bare_zones(ctx, zones)
    _home_level_zones(ctx)
    _place_clusters(ctx)
    _industry_bases(ctx)
    # 营口港 / 丹东港 / 鲅鱼圈港区: a port named after its place
    for p in [m for m in ctx.mentions if m.code and m.rule != "place.home-reference"]:
        mm = _PORT_AFTER.match(view[p.vend : p.vend + 3])
        if mm:
            ctx.add(p.vstart, p.vend + mm.end(), "Zone", "zone.port", 0.75)
    # X、Y口岸: the head noun is shared by the coordinated names. Not when the item before 、 carries a head
    # of its own (航天老港、智慧老港: whole names listed) or is a named thing of another kind
    # (产业学院、奇幻港: a project list), only when it is a bare name such as a place's
    named_ends: set[int] | None = None
    for m in _LISTED_PORT.finditer(view):
        s_start, _ = ctx.sentence_bounds(m.start())
        words = tokens(view[max(s_start, m.start() - 8) : m.start()])
        if words and len(words[-1]) >= 2:
            first = words[-1]
            if first.endswith(("港", "口岸")):
                continue
            if named_ends is None:  # built once, at the first coordination
                named_ends = {x.vend for x in ctx.mentions if not x.code and x.type not in PLACES}
            if m.start() in named_ends:
                continue
            ctx.add(
                m.start() - len(first), m.start(), "Zone", "zone.coordination", 0.6, label=first + m.group(2)
            )


# 自治区A类产业园区平果工业园区, 省级经济开发区江城工业园: a zone's class, then its own name opening with its
# place; the class is a title the zone holds (SCHEMA Designation), the zone is named from its place on
_ZONE_CLASS = re.compile(
    r"(?:国家级|省级|自治区级?|市级|县级)[^，。,；;、“”]{0,8}?"
    r"(?:产业园区|工业园区|经济开发区|开发区|园区|产业园|工业园|示范区|高新区)"
)


@extractor("zone-appositions", order=33)
def zone_appositions(ctx: Context) -> None:
    view = ctx.view
    for z in [m for m in ctx.mentions if m.type == "Zone"]:
        cls = _ZONE_CLASS.match(view, z.vstart, z.vend)
        if not cls or z.vend - cls.end() < 4:
            continue
        if not any(p.code and p.vstart == cls.end() and p.vend < z.vend for p in ctx.mentions):
            continue  # the zone's own name opens with its place
        ctx.mentions.remove(z)
        ctx.add(
            cls.end(),
            z.vend,
            "Zone",
            z.rule,
            z.confidence,
            parts=tuple(pt for pt in z.parts if pt[1] >= cls.end()),
        )
        ctx.add(z.vstart, cls.end(), "Designation", "designation.zone-class", 0.65)
