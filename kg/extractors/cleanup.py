"""Late components: short company names, and removal of mentions other components contradict."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from ..lexicon import EVENT_HEADS, PUBLIC_TITLES, VENUE_HEADS
from ..registry import extractor
from ..scan import Scan
from .base import Context, find_all, tokens
from .names import _OWN_WORKS, _named_site
from .people import _AFTER_NAME as AFTER_NAME

# people's names never hold a place; towns and villages are places themselves
_NOT_CONTAINERS = frozenset({"Person", "Official"})
_LOCAL = frozenset({"Town", "Village"})
# (an institution too: 辽宁某某大学 inside 辽宁某某大学某某学院, a college of it named in full)
_INNER_TYPES = frozenset({"Zone", "Company", "Institution"})
# a party committee's departments and offices (宣传部, 统战部, 办公室, 政策研究室), not its standing committee
_DEPARTMENT_END = re.compile(r"(?:部|办公室|研究室|办)$")
# rules that read a park as one item of a list of projects (the list says what it is)
_LIST_RULES = frozenset(
    {
        "project.mainly",
        "project.counted-list",
        "project.listed",
        "project.listed-works",
        "project.started-list",
    }
)

# patterns of the rules below, compiled once (they ran as strings in per-name loops)
_BRACKETED = re.compile(r"\(.*?\)|（.*?）")
_LIMITED = re.compile(r"有限公司|有限责任公司")
_FIRM_END = re.compile(r"[^限]公司$|集团$")
# 项目集中签约/开工/竣工: projects signed or started together are a batch; what stands before 集中 says
# which batch (招商引资推介暨合作项目集中签约仪式, 第三批重点项目集中开工), no one project's name
_BATCH_ACT = re.compile(r"集中(?:签约|开工|开复工|复工|竣工|投产|落地|开业|揭牌)")


def _is_place(m) -> bool:
    return bool(m.code) or m.type in _LOCAL


def _sharing_a_head(ctx: Context) -> set[tuple[int, int]]:
    """广东省、江西省、重庆市人民政府: places listed before a body name share its head (人民政府 belongs
    to each); they are written inside names, not on their own. The spans of such places."""
    view = ctx.view
    places = {m.vstart: m for m in ctx.mentions if m.code}
    bodies = {m.vstart for m in ctx.mentions if m.type == "GovernmentBody"}
    out: set[tuple[int, int]] = set()
    for m in ctx.mentions:
        if not m.code or view[m.vend : m.vend + 1] != "、":
            continue
        chain = [m]
        nxt = places.get(m.vend + 1)
        while nxt is not None:
            chain.append(nxt)
            if view[nxt.vend : nxt.vend + 1] != "、":
                break
            nxt = places.get(nxt.vend + 1)
        last = chain[-1]
        if last is not m and last.vstart in bodies and _BODY_AFTER.match(view, last.vend):
            out.update((c.vstart, c.vend) for c in chain)
    return out


_BODY_AFTER = re.compile(r"人民政府|政府|党委|委员会|人大常委会|发展和改革委员会")
# a venue's name after a place (青山国际会展中心, 江城宾馆): the place is written inside the venue's name
_VENUE_AFTER = re.compile(
    r"[^\s在于到的和与及、，,。；;：:“”]{0,6}?(?:"
    + "|".join(sorted(map(re.escape, VENUE_HEADS), key=len, reverse=True))
    + ")"
)


@dataclass(frozen=True)
class _Span:
    vstart: int
    vend: int


def _venues(ctx: Context) -> list[_Span]:
    """The spans of venue names that open with a place (在青山国际会展中心举行): buildings, no entities,
    whose place is written inside a name."""
    out = []
    for m in ctx.mentions:
        if m.code and (v := _VENUE_AFTER.match(ctx.view, m.vend)):
            out.append(_Span(m.vstart, v.end()))
    return out


_QUOTED = re.compile(r"“([^“”]{4,24})”")


def _slogans(ctx: Context) -> list[_Span]:
    """The spans of quoted phrases (“海韵江城·活力东港”, “江城号”): a place written only inside a slogan or
    a quoted name is not named on its own (a quote holding only a place's name is that place)."""
    gaz = ctx.gaz
    return [
        _Span(m.start(), m.end())
        for m in _QUOTED.finditer(ctx.view)
        if m.group(1) not in gaz.full and m.group(1) not in gaz.short
    ]


# what a firm named after a zone does to it (X园区开发管理有限公司, X开发区投资建设有限公司)
_ZONE_FIRM_WORK = re.compile(r"开发|管理|投资|建设|运营|发展|服务")


# the words naming a branch of a bank or a firm after the area it serves (X银行临港新片区支行)
_BRANCH_WORDS = ("支行", "分行", "分理处", "营业部", "分公司", "办事处", "营业所")


def _zone_firm_word(ctx: Context, z, firms) -> bool:
    """Is zone z the opening of a firm's name (one of firms) that says what the firm does to the zone?"""
    if not _ZONE_FIRM_WORK.match(ctx.view, z.vend):
        return False
    return any(c.vstart <= z.vstart and z.vend < c.vend for c in firms)


def _nesting(containers):
    """A test of whether a mention lies inside one of containers (and is shorter): spans sorted by start
    with the running maximum of their ends, so a mention is nested iff some span starting before it
    ends at or after its end, or one starting with it ends after it (the same extent is itself)."""
    spans = sorted((o.vstart, o.vend) for o in containers)
    starts = [a for a, _ in spans]
    run_max, best = [], -1
    for _, b in spans:
        best = max(best, b)
        run_max.append(best)

    def nested(m) -> bool:
        k = bisect_right(starts, m.vstart) - 1
        if k >= 0 and run_max[k] > m.vend:
            return True
        k = bisect_left(starts, m.vstart) - 1
        return k >= 0 and run_max[k] >= m.vend

    return nested


_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团有限公司|集团|公司)$")


def _core(ctx: Context, name: str) -> str:
    core = _SUFFIX.sub("", name)
    core = _BRACKETED.sub("", core)
    # drop the leading place names, a chain of them too (广西桂平市联胜食品: 联胜食品)
    stripped = True
    while stripped:
        stripped = False
        for n in range(min(len(core) - 2, 9), 1, -1):
            if core[:n] in ctx.gaz.full or core[:n] in ctx.gaz.short:
                core, stripped = core[n:], True
                break
    return core


@extractor("company-short-names", order=45)
def company_short_names(ctx: Context) -> None:
    """莱尼线束 / 道勤农牧科技 / 东北丰: the longest prefix of a company's core name used elsewhere."""
    view = ctx.view
    fulls = {
        view[m.vstart : m.vend]: m for m in ctx.mentions if m.type == "Company" and _SUFFIX.search(m.surface)
    }
    for name, m in sorted(fulls.items()):
        core = _core(ctx, m.surface)
        if len(core) < 3:
            continue
        spans = [(x.vstart, x.vend) for x in ctx.mentions if x.type == "Company" and x.surface == m.surface]
        for n in range(len(core), 2, -1):
            pre = core[:n]
            if pre in ctx.gaz.full or pre in ctx.gaz.short:
                continue  # a place is no firm's short name (it would join every firm of the place)
            hits = [
                k
                for k in find_all(view, pre)
                if not any(a <= k < b for a, b in spans)
                # the short name must not run on into a longer company name of its own
                and not any(
                    x.type == "Company" and x.vstart <= k < x.vend and x.vend - x.vstart > n
                    for x in ctx.mentions
                )
            ]
            if hits:
                for h in hits:
                    ctx.add(h, h + n, "Company", "company.short-name", 0.7, label="")
                break
        del name
    _label_short_forms(ctx)
    _renamed(ctx)
    _event_abbreviations(ctx)


_RENAME = Scan(re.compile(r"(?:分别)?(?:定名为|更名为|改名为|改称为|改称)"))


def _renamed(ctx: Context) -> None:
    """A、B等4个开发区…分别定名为A'、B': each old name is an alias of the new one, by position."""
    view = ctx.view
    for r in _RENAME.finditer(view):
        s_start, s_end = ctx.sentence_bounds(r.start())
        named = [m for m in ctx.mentions if m.type in ("Zone", "Company") and s_start <= m.vstart < s_end]
        after = _run(view, [m for m in named if m.vstart >= r.end()], r.end())
        before = _run(view, [m for m in reversed(named) if m.vend <= r.start()], None)
        if len(after) < 1 or len(before) < len(after):
            continue
        before = list(reversed(before[: len(after)]))
        renamed = {id(o): replace(o, label=n.surface) for o, n in zip(before, after, strict=True)}
        _swap(ctx, renamed)


def _run(view: str, ms: list, start: int | None) -> list:
    """The mentions of a 、-list: from start (or from the first of ms), each next one after a 、."""
    out: list = []
    for m in ms:
        if not out:
            if start is not None and m.vstart != start:
                break
            out.append(m)
            continue
        prev = out[-1]
        gap = view[prev.vend : m.vstart] if m.vstart >= prev.vend else view[m.vend : prev.vstart]
        if gap != "、":
            break
        out.append(m)
    return out


def _swap(ctx: Context, renamed: dict) -> None:
    if renamed:
        ctx.mentions[:] = [renamed.get(id(m), m) for m in ctx.mentions]


# the bare kinds of gathering (座谈会, 推介会, 签约仪式): written alone, one refers back to the gathering named
_BARE_KINDS = frozenset(EVENT_HEADS)
_ORDINAL = re.compile(r"^(?:本届|此次|本次|这次|该|第[一二三四五六七八九十\d]+[届次期])")


def _event_abbreviations(ctx: Context) -> None:
    """本届东博会 / 东博会 = 第十届东北亚博览会: an event name whose characters appear in order in exactly
    one longer event name of the article, from its first character to its last, is that event."""
    evs = [m for m in ctx.mentions if m.type == "Event"]
    longs: dict[str, str] = {}
    for m in evs:
        core = _ORDINAL.sub("", m.surface)
        if len(core) >= 4:
            longs.setdefault(m.surface, core)
    renamed = {}
    for m in evs:
        short = _ORDINAL.sub("", m.surface)
        if len(short) < 3 or m.label:
            continue
        # 本届河豚文化节: a determiner points back to the one occasion of the article ending so
        determined = short != m.surface and not m.surface.startswith("第")
        hits = {
            core
            for core in set(longs.values())
            if len(core) > len(short)
            # (…集中开工X分会场活动 is one site's session of …集中开工活动, not its full name)
            and not ("分会场" in core and "分会场" not in short)
            and (
                core[0] == short[0]
                and core[-1] == short[-1]
                and _in_order(short, core)
                # a bare tail is an anaphor resolution already handles
                and not core.endswith(short)
                # 哈洽会…签约暨新闻发布会, 第五届西洽会江城招商会: a name that opens with the whole short one
                # is another occasion held at it, not its full name (an abbreviation leaves characters out)
                and not core.startswith(short)
                or determined
                and core.endswith(short)
                # 绿博会 = 新疆兵团绿洲产业博览会: X博会 keeps a character of the fair's name, anywhere
                or short.endswith("博会")
                and core.endswith("博览会")
                and _in_order(short[:-2], core[:-3])
                # 城洽会 = 城市发展投资洽谈会: the same for X洽会 and a 洽谈会
                or short.endswith("洽会")
                and core.endswith("洽谈会")
                and _in_order(short[:-2], core[:-3])
                # X分会场活动 = …集中开工和签约X分会场: a session named by its place, after its full name
                or short.endswith("分会场活动")
                and core.endswith(short[:-2])
                # 座谈会 = 企业家座谈交流会: a bare kind of gathering whose characters the one longer name
                # holds in order, to its last (a tail it ends with is left to the anaphor rules)
                or m.surface in _BARE_KINDS
                and core[-1] == short[-1]
                and _in_order(short, core)
                and not core.endswith(short)
            )
        }
        if determined:
            # 扬中X节 and 扬中市第N届X节 are one occasion: keep the fullest of names abbreviating each other
            hits = {c for c in hits if not any(_abbreviates(c, o) for o in hits)}
        if len(hits) == 1:
            core = hits.pop()
            full = max((f for f, c in longs.items() if c == core), key=lambda f: (len(f), f))
            renamed[id(m)] = replace(m, label=full)
    _swap(ctx, renamed)


def _abbreviates(short: str, long: str) -> bool:
    """The characters of short appear in long in order, from its first character to its last."""
    return len(long) > len(short) and long[0] == short[0] and long[-1] == short[-1] and _in_order(short, long)


def _in_order(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _label_short_forms(ctx: Context) -> None:
    """泰华公司 / 华润集团: a company written with a bare 公司 or 集团 whose core starts the core of exactly
    one longer company name of the article (福建泰华交通设备有限公司, 华润(集团)有限公司) is that company."""
    cos = [m for m in ctx.mentions if m.type == "Company" and m.rule == "company.suffix"]
    fulls: dict[str, str] = {}
    for m in cos:
        if _LIMITED.search(m.surface):
            fulls.setdefault(_BRACKETED.sub("", _core(ctx, m.surface)), m.surface)
    renamed = {}
    for m in cos:
        if not _FIRM_END.search(m.surface) or "有限" in m.surface:
            continue
        core = _core(ctx, m.surface)
        # a group is its own full name only (华润集团 is not 华润置地(济南)有限公司, its subsidiary)
        group = m.surface.endswith("集团")
        hits = {
            f
            for c, f in fulls.items()
            if len(core) >= 2 and (c == core if group else c.startswith(core)) and f != m.surface
        }
        if len(hits) == 1:
            renamed[id(m)] = replace(m, label=hits.pop())
    _swap(ctx, renamed)


def _firms_only_naming_projects(ctx: Context) -> set[int]:
    """X集团甘肃农业总部和研发中心项目: a firm written only at the head of projects' names, before a place,
    a product or a field, only says whose works they are (as company.project-operator reads it); before a
    capacity (年产…, 2万吨…) or a named site of its own (X牧场) it is the works' operator and stays."""
    ms = ctx.mentions
    view = ctx.view
    heads: dict[int, list] = {}
    for p in ms:
        if p.type == "Project":
            heads.setdefault(p.vstart, []).append(p)
    firms: dict[str, list] = {}
    for m in ms:
        if m.type == "Company":
            firms.setdefault(m.surface, []).append(m)
    out: set[int] = set()
    for name, group in firms.items():
        if name.endswith("公司"):
            continue  # (a registered name, 有限公司, is the firm's own even inside a project's name)
        rests = []
        for m in group:
            longer = [p for p in heads.get(m.vstart, ()) if p.vend > m.vend + 1]
            if not longer:
                break
            rests.append(view[m.vend : max(p.vend for p in longer)])
        else:
            if not any(_OWN_WORKS.match(r) or r.startswith("年产") or _named_site(ctx, r) for r in rests):
                out.update(id(m) for m in group)
    return out


def _opening_places(ctx: Context) -> set[tuple[int, int]]:
    """云南省丽江市X水库工程: the divisions written in full that open a project's name with a province other
    than the article's own (省, 自治区), before a name of its own of four characters or more, say where the
    works are; they are places of the article (the project also stands without them: project.without-place),
    as a list of works across provinces writes them. (A county or city alone before a project's name, 蒙山县X
    水库工程, stays part of the name: the development sets' gold keeps it so.)"""
    out: set[tuple[int, int]] = set()
    places: dict[int, list] = {}
    for p in ctx.mentions:
        if p.code and p.surface in ctx.gaz.full:
            places.setdefault(p.vstart, []).append(p)
    if not places:
        return out
    # (the article's own province, when it speaks of it as its own, 全省, 我省: a project of it named with the
    # province is the article's own works, placed where the article says)
    own = ctx.home_province[:2] if any(m.rule == "place.home-reference" for m in ctx.mentions) else ""
    for m in ctx.mentions:
        if m.type != "Project" or m.vstart not in places:
            continue
        first = max(places[m.vstart], key=lambda q: q.vend)
        if (
            ctx.gaz.by_code[first.code].level != 1
            or first.code[:2] == own
            or not first.surface.endswith(("省", "自治区"))
        ):
            continue
        chain, k = [], m.vstart
        while k in places:
            p = max(places[k], key=lambda q: q.vend)
            if p.vend >= m.vend:
                break
            chain.append((p.vstart, p.vend))
            k = p.vend
        if chain and m.vend - k >= 4:
            out.update(chain)
    # 广东省江城市委书记: a division written before a body named after a smaller place is no word of the body's
    # name (its label, 中共江城市委, leaves it out): it says where the body is, as if written on its own
    # (not inside a quoted phrase, “X市Y区政府消费券”: a slogan's words are no places of the article)
    quoted = _nesting(_slogans(ctx))
    for m in ctx.mentions:
        if (
            m.type == "GovernmentBody"
            and m.rule == "body.place-prefix"
            and m.vstart in places
            and not quoted(m)
        ):
            first = max(places[m.vstart], key=lambda q: q.vend)
            if first.vend < m.vend and first.surface not in m.name:
                out.add((first.vstart, first.vend))
    return out


# a run from a place to the person its post introduces, with no break: X集团昆明MAH平台总经理某某
_TO_PERSON = re.compile(r"[^，。,；;：:、！？!?\s（()）“”]{0,16}$")


def _unit_places(ctx: Context) -> set[tuple[int, int]]:
    """The spans of places written right after an organisation's name and before the post of a person named
    next in the same run (华氏医药集团昆明MAH平台总经理某某, X产业联盟云南投资发展总顾问某某): the place names the
    organisation's branch or the post's remit, inside a post, not a place of the article (rule 5)."""
    ms = ctx.mentions
    org_ends = {m.vend for m in ms if m.type in ("Company", "Institution", "GovernmentBody")}
    people = sorted(m.vstart for m in ms if m.type in ("Person", "Official"))
    out = set()
    for m in ms:
        if not (m.code and m.vstart in org_ends):
            continue
        k = bisect_left(people, m.vend)
        if (
            k < len(people)
            and people[k] - m.vend <= 16
            and _TO_PERSON.fullmatch(ctx.view[m.vend : people[k]])
        ):
            out.add((m.vstart, m.vend))
    return out


# (香港上市公司, 在香港联交所上市, 美国纳斯达克上市: the market a firm is listed on)
_LISTED_ON = re.compile(r"(?:联交所|证券交易所|交易所|纳斯达克|主板|创业板|科创板)?(?:挂牌)?上市")


def _listing_places(ctx: Context) -> set[tuple[int, int]]:
    """The spans of places written right before 上市 (X上市公司, 在X上市): the stock market a firm is listed
    on, not a place of the article."""
    view = ctx.view
    return {(m.vstart, m.vend) for m in ctx.mentions if m.code and _LISTED_ON.match(view, m.vend)}


@extractor("cleanup", order=90)
def cleanup(ctx: Context) -> None:
    """Drop place short forms that only occur inside other names, and zones that are designations."""
    ms = ctx.mentions
    # a division is nested in any other name (a town's too: 凌河 inside 大凌河街道); a town or
    # village in any name but a place's
    nested_div = _nesting(
        [o for o in ms if not o.code and o.type not in _NOT_CONTAINERS] + _venues(ctx) + _slogans(ctx)
    )
    nested_local = _nesting([o for o in ms if not _is_place(o) and o.type not in _NOT_CONTAINERS])

    def nested(m) -> bool:
        return (nested_div if m.code else nested_local)(m)

    shared = _sharing_a_head(ctx) | _unit_places(ctx) | _listing_places(ctx)
    opening = _opening_places(ctx)
    standalone = {
        m.code or m.surface
        for m in ms
        if _is_place(m)
        and (not nested(m) or (m.vstart, m.vend) in opening)
        and (m.vstart, m.vend) not in shared
    }
    # the same for zones and companies written only inside other names (武汉新城 inside 武汉新城鄂州片区,
    # a parent company inside its branch's name): not things of the article
    # (only inside a name of its own kind: an operator inside a project's name is kept, as the seeds do)
    # (a plant keeps its company: X有限公司丙烯酸分厂 is the company's plant, X有限公司Y分公司 its branch)
    nested_same = {
        t: _nesting([o for o in ms if o.type == t and not (t == "Company" and o.surface.endswith("厂"))])
        for t in _INNER_TYPES
    }
    named_alone = {m.surface for m in ms if m.type in _INNER_TYPES and not nested_same[m.type](m)}
    drop = set()
    for m in ms:
        if _is_place(m) and (m.code or m.surface) not in standalone:
            # SCHEMA convention 5: a place written only inside other names (山东X化工股份有限公司,
            # 广州花都经济开发区, 内蒙古自治区人民政府) is not a place of the article; named on its own
            # somewhere, its mentions inside names stay (they locate those names)
            drop.add(id(m))
        if m.type in _INNER_TYPES and m.surface not in named_alone and m.rule != "zone.without-place":
            drop.add(id(m))
    # a zone inside the name of the firm that develops or runs it (海南X园区开发管理有限公司, X工业园投资有限
    # 公司) is the firm's name, no zone of the article (a zone before a firm's own name, 彰教工业园区长山
    # 米业有限公司, is where the firm is, and stays)
    firms = [c for c in ms if c.type == "Company" and _SUFFIX.search(c.surface)]
    zones_alone = {
        m.surface
        for m in ms
        if m.type == "Zone"
        and not _zone_firm_word(ctx, m, firms)
        # (江城农商银行高新区支行: a zone right before a branch word names the branch of a bank or firm)
        and not ctx.view.startswith(_BRANCH_WORDS, m.vend)
    }
    for m in ms:
        if m.type == "Zone" and m.surface not in zones_alone:
            drop.add(id(m))
    # a project head inside a registered firm's name (中国X工程顾问集团有限公司, X项目管理有限公司) is a word
    # of the firm's name, no project of the article (unless the same name is also written on its own)
    inside_firm = _nesting(firms)
    projects_alone = {m.surface for m in ms if m.type == "Project" and not inside_firm(m)}
    for m in ms:
        if m.type == "Project" and m.surface not in projects_alone:
            drop.add(id(m))
    # a party committee read only from inside the name of one of its departments (X区委宣传部提供, a photo
    # credit; X市委统战部) is no body of the article (rule 5, names inside names, as every set's gold has it);
    # written on its own anywhere (区委, X区委书记, X区委常委会), it stays
    committees = [m for m in ms if m.rule == "body.party-committee"]
    if committees:
        written = {
            m.label or m.surface
            for m in ms
            if m.type == "GovernmentBody" and m.rule != "body.party-committee"
        }
        for c in committees:
            holders = [
                b
                for b in ms
                if b.type == "GovernmentBody"
                and any(r == "committee" and s_ == c.vstart for r, s_, _, _ in b.parts)
            ]
            if c.label not in written and holders and all(_DEPARTMENT_END.search(b.surface) for b in holders):
                drop.add(id(c))
    # what the tests below look for among all mentions, gathered in one pass (each test scanned every
    # mention for every mention)
    all_programmes = [p for p in ms if p.type == "Programme"]
    programmes = [p for p in all_programmes if "“" in ctx.view[p.vstart : p.vend]]
    documents = [p for p in all_programmes if p.rule == "programme.document"]
    designation_ends = {d.vend for d in ms if d.type == "Designation"}
    # the kinds national or provincial titles name (国家现代农业产业园 -> 现代农业产业园)
    kinds = {
        d.surface[len(lead.group()) :]
        for d in ms
        if d.type == "Designation"
        and (lead := _TITLE_LEVEL.match(d.surface))
        and len(d.surface) - lead.end() >= 4
    }
    place_ends: dict[int, set[int]] = {}  # a division's end -> its starts
    for d in ms:
        if d.code:
            place_ends.setdefault(d.vend, set()).add(d.vstart)
    example_start: dict[int, int] = {}  # end of a project.example mention -> its smallest start
    project_end: dict[int, int] = {}  # start of a project -> its largest end
    persons: list = []
    list_spans: set[tuple[int, int]] = set()  # spans of the items of lists of projects
    for p in ms:
        if p.rule == "project.example" and p.vstart < example_start.get(p.vend, p.vstart + 1):
            example_start[p.vend] = p.vstart
        if p.type == "Project" and p.vend > project_end.get(p.vstart, -1):
            project_end[p.vstart] = p.vend
        elif p.type in ("Person", "Official"):
            persons.append(p)
        if p.rule in _LIST_RULES:
            list_spans.add((p.vstart, p.vend))
    # a person's name written again where the people rules did not see it (”于洪涛说): a county's short
    # form at its start (于洪) is the name's, not the county
    people: dict[str, set[str]] = {}  # by first character: a short form looks up only its own
    for p in ms:
        if p.type in _NOT_CONTAINERS and len(p.surface) >= 3:
            people.setdefault(p.surface[0], set()).add(p.surface)
    for m in ms:
        if m.rule == "place.short" and any(
            len(n) > m.vend - m.vstart and ctx.view.startswith(n, m.vstart)
            for n in people.get(ctx.view[m.vstart], ())
        ):
            drop.add(id(m))
    for m in ms:
        if (
            m.code
            and m.rule == "place.short"
            and m.code not in standalone
            and ctx.gaz.by_code[m.code].level == 3
        ):
            drop.add(id(m))  # 清河 inside 国电投清河发电 alone does not make 清河区 a topic
        if m.type in ("Village", "Town") and m.vend in designation_ends:
            drop.add(id(m))
        # words inside a programme's quoted name are not things of their own (“领导干部进园区进企业 …”专项行动)
        if m.type in ("Zone", "Company", "Project", "Institution") and any(
            p.vstart < m.vstart and m.vend < p.vend and "“" in ctx.view[p.vstart : m.vstart]
            for p in programmes
        ):
            drop.add(id(m))
        if m.type == "Zone" and example_start.get(m.vend, m.vstart + 1) <= m.vstart:
            drop.add(id(m))  # 以X产业园等项目为代表: named as a project here
        if m.type == "Zone" and (m.vstart, m.vend) in list_spans:
            drop.add(id(m))  # 主要有A项目、X数字产业园、B总部等: an item of a list of projects is one
        if m.type == "Zone" and kinds and _kind_of_title(m.surface, kinds):
            drop.add(
                id(m)
            )  # 现代农业产业园 beside the title 国家现代农业产业园, 梯次建设现代农业产业园: the kind
        if (
            m.type == "Programme"
            and m.rule != "programme.document"
            and any(p.vstart + 1 == m.vstart and m.vend < p.vend for p in documents)
        ):
            # 《X专项行动计划(2019-2022年)》: X专项行动(计划), the title's opening words, is the same document (a
            # campaign quoted later inside a title, 《关于深化“X”工程…的意见》, is one of its own)
            drop.add(id(m))
        if m.type == "Project" and any(p.vstart <= m.vstart and m.vend < p.vend for p in all_programmes):
            drop.add(id(m))  # 国家振兴东北老工业基地 inside …基地战略: part of a strategy's name
        if (
            m.type == "Project"
            and ctx.view[m.vend - 2 : m.vend] == "项目"
            and any(m.vstart <= p.vstart and p.vend in place_ends.get(m.vend - 2, ()) for p in all_programmes)
        ):
            drop.add(id(m))  # X“秋季攻势”行动明光市项目: a campaign's projects of a place, no one project
        if m.type in ("Zone", "Project") and m.vend in designation_ends:
            drop.add(id(m))
        if m.type == "Project" and _BATCH_ACT.match(ctx.view, m.vend):
            drop.add(id(m))
        if (
            m.type == "Project"
            and ctx.view[m.vend : m.vend + 1] in ("及", "和", "与")
            and project_end.get(m.vstart, -1) > m.vend + 2
        ):
            drop.add(id(m))  # X基地及配套Y建设项目 is one project: its first part is no project of its own
        # …nor over a public post (副主任X代表开发区: the post and whoever holds it open a clause)
        if m.type in ("Zone", "Project") and any(
            w in PUBLIC_TITLES for w in tokens(ctx.view[m.vstart : m.vend])
        ):
            drop.add(id(m))
        # a project or zone never runs over a person's name: 李大明及投资项目代表, 副主任张三作项目介绍
        # are clauses the head-noun rules read too far back (people are found after projects)
        if m.type in ("Zone", "Project") and any(m.vstart <= p.vstart and p.vend <= m.vend for p in persons):
            drop.add(id(m))
    _names_before_a_particle(ctx)
    drop |= _counted_kinds(ctx)
    drop |= _bodies_only_naming_projects(ctx)
    drop |= _firms_only_naming_projects(ctx)
    drop |= _second_names(ctx)
    if drop:
        ctx.mentions[:] = [m for m in ms if id(m) not in drop]


_ORG_TYPES = ("GovernmentBody", "Institution")


# the level a title opens with (国家现代农业产业园, 省级现代农业产业园): what follows is a kind of thing
_TITLE_LEVEL = re.compile(r"国家级|国家|省级|全国")
# a verb of building before a kind (梯次建设现代农业产业园): building things of that kind, no one of them
_BUILD_KIND = re.compile(r"(?:建设|创建|打造|培育)$")


def _kind_of_title(name: str, kinds: set[str]) -> bool:
    """Is a zone's name only the kind a title names, or a verb of building and that kind?"""
    if name in kinds:
        return True
    return any(name.endswith(k) and _BUILD_KIND.search(name[: -len(k)]) for k in kinds)


def _names_before_a_particle(ctx: Context) -> None:
    """书记李波在江城会场签约 beside 李波 written on its own: a three-character name ending in 在, 说, 与… whose first
    two characters are a person's name elsewhere in the article is that name, the particle the next word's
    (the segmenter knew the two characters as a rare word, so the name ran on). Linear: one pass, a set."""
    two = {m.surface for m in ctx.mentions if m.type in _NOT_CONTAINERS and len(m.surface) == 2}
    if not two:
        return
    renamed = {
        id(m): replace(m, label=m.surface[:2])
        for m in ctx.mentions
        if m.type in _NOT_CONTAINERS
        and len(m.surface) == 3
        and not m.label
        and m.surface[2] in AFTER_NAME
        and m.surface[:2] in two
    }
    _swap(ctx, renamed)


# a count of a kind, not one thing: 31所学校 (a number and a measure word of things open it; not 四次全会, an
# ordinal), 举办招聘会75场, 开展“走请”活动269次 (a number of sessions or times follows it)
_COUNT_OPEN = re.compile(r"[\d一二三四五六七八九十百千两]+(?:所|家|个)")
_COUNT_AFTER = re.compile(r"\d+(?:场|次|期)|[一二三四五六七八九十百千两]+(?:场|次|期)(?![\u4e00-\u9fff])")
_COUNTED_TYPES = frozenset({"Institution", "Event", "Programme"})


def _counted_kinds(ctx: Context) -> set[int]:
    view = ctx.view
    return {
        id(m)
        for m in ctx.mentions
        if m.type in _COUNTED_TYPES
        and (_COUNT_OPEN.match(view, m.vstart, m.vend) or _COUNT_AFTER.match(view, m.vend))
    }


# a body or school named only as what a project builds (县委党校新校区项目, 新建X县委党校项目, X医院迁建工程)
_BUILT_AFTER = re.compile(
    r"(?:新校区|新院区|改扩建|迁建|扩建|新建)?(?:建设)?(?:项目|工程)(?![科处部办组股室])"
)


def _bodies_only_naming_projects(ctx: Context) -> set[int]:
    view = ctx.view
    inside = [m for m in ctx.mentions if m.type in _ORG_TYPES and _BUILT_AFTER.match(view, m.vend)]
    if not inside:
        return set()
    alone = {m.name for m in ctx.mentions if m.type in _ORG_TYPES and not _BUILT_AFTER.match(view, m.vend)}
    return {id(m) for m in inside if m.name not in alone}


def _second_names(ctx: Context) -> set[int]:
    """A body's second name in brackets right after its first (X党校(行政学院), X局(X办公室)): one body with
    two plates, not a second body; the bracketed mention goes (linear: one pass over the mentions by end)."""
    view = ctx.view
    ends: dict[int, list] = {}
    for m in ctx.mentions:
        if m.type in _ORG_TYPES:
            ends.setdefault(m.vend, []).append(m)
    drop: set[int] = set()
    for m in ctx.mentions:
        if (
            m.type in _ORG_TYPES
            and view[m.vstart - 1 : m.vstart] in ("(", "（")
            and view[m.vend : m.vend + 1] in (")", "）")
            and ends.get(m.vstart - 1)
        ):
            drop.add(id(m))
    return drop
