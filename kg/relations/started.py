"""The projects a project start counts (A、B等13个项目集中开工): they start at the article's start event and
are in the place that starts them (the place named in the clause, else the article's home county or city)."""

from __future__ import annotations

import bisect
import re

from ..extractors.base import Context, is_home_ref, tag, word_freq
from ..extractors.places import town_cores
from ..model import Mention
from ..registry import relation_rule
from ..values import date_in

_COUNT = r"(?:[\d一二三四五六七八九十百]+个|一批)"  # (等一批新开工项目: a batch counts the list too)
# the close of a counted list of projects: 等13个项目, 等12个重点产业项目, 等重点项目8个
_CLOSE = re.compile(
    r"等(?:"
    + _COUNT
    + r")?(?:重点|重大|新建|续建)?[\u4e00-\u9fff]{0,4}?(?:建设)?(?:项目|工程)(?:"
    + _COUNT
    + r")?"
    # (重点项目涵盖A、B、C等。: a list that ends the sentence with 等)
    + r"|等(?=[。；;]|$)"
    # (A、B等一批重大基础设施和能源保障类项目: a batch named by its class of works)
    + r"|等一批(?:重点|重大)?[\u4e00-\u9fff]{0,14}?类(?:建设)?项目"
    # (A项目、B项目等都已开工 / 等均已投产 / 等相继开工: 等 and the start the list's projects share)
    + r"|等(?=(?:都|均|也|已|皆)?(?:已经?|相继|陆续|先后|全部|顺利)?(?:开工|开复工|投产|竣工|签约))"
)
# a start (or signing) said in the sentence, or in the one a 其中 sentence details
# (动工, 动建: a start in other words, as 项目动工剪彩仪式, 等7个项目正式动建)
_START = re.compile(r"开工|开复工|签约|投产|竣工|动工|动建")
_EVENT_START = re.compile(r"开工|开复工|签约|投产|竣工|动工|动建")
# (…10个项目集中签约。重点项目涵盖A、B等: what the projects cover details the sentence before too)
_DETAIL = re.compile(r"\s*(?:其中|(?:重点|签约|开工|主要)?项目(?:涵盖|包括|包含))")
_SIGNING = re.compile(r"签约")
_GROUND_BREAKING = re.compile(r"开工|开复工|动工|动建")
_CLAUSE_STOP = "，,；;：:。"
_STARTED_ACT = re.compile(r"开工|开复工|投产|竣工|动工|动建")
_SPECIFIC = ("District", "Town", "Village", "Zone")


# (全部)落户在X, 均位于Y: where the projects listed after it are
_SETTLED_VERB = re.compile(r"(?:落户在|落户于|落户|位于|坐落在|坐落于|布局在|集中在|选址在|选址于)")


def _settled_in(ctx: Context, lo: int, hi: int) -> Mention | None:
    """The most specific zone, town or place written right after the last verb of settling in view[lo:hi]
    (the clause before a list of projects), or None."""
    view = ctx.view
    last = None
    for v in _SETTLED_VERB.finditer(view, lo, hi):
        last = v
    if last is None:
        return None
    run = [
        m
        for m in ctx.mentions
        if last.end() <= m.vstart < hi
        and (m.code or m.type in ("Zone", "Town", "Village"))
        and not any(c in view[last.end() : m.vstart] for c in "，,。；;")
    ]
    if not run or min(m.vstart for m in run) != last.end():
        return None
    return max(run, key=lambda m: (m.vend, m.type == "Zone"))


def _start_events(ctx: Context) -> list[Mention]:
    """The start (or signing) gatherings the article names, in text order."""
    return sorted(
        (m for m in ctx.mentions if m.type == "Event" and _EVENT_START.search(m.surface)),
        key=lambda m: m.vstart,
    )


def _start_event(evs: list[Mention], starts: list[int], before: int) -> Mention | None:
    """The start (or signing) gathering the article reports: the last one named before, else the first."""
    i = bisect.bisect_left(starts, before)
    return evs[i - 1] if i else (evs[0] if evs else None)


def _outermost(listed: list[Mention]) -> list[Mention]:
    """The mentions no other listed mention covers (a span listed twice covers itself: both go)."""
    order = sorted(range(len(listed)), key=lambda i: (listed[i].vstart, -listed[i].vend))
    covered = set()
    reach, reach_i = -1, -1
    for i in order:
        m = listed[i]
        if reach >= m.vend:
            covered.add(i)
            q = listed[reach_i]
            if (q.vstart, q.vend) == (m.vstart, m.vend):
                covered.add(reach_i)
        if m.vend > reach:
            reach, reach_i = m.vend, i
    return [m for i, m in enumerate(listed) if i not in covered]


def _home(ctx: Context) -> Mention | None:
    code = ctx.home_county or ctx.home_city
    named = [m for m in ctx.mentions if code and m.code == code and not is_home_ref(m)]
    return min(named, key=lambda m: m.vstart) if named else None


def _regional(ctx: Context, names: list[str], home: str) -> bool:
    """Whether listed names hold two or more places that are neither home, inside it nor around it
    (唐山…基地、深州至大名段、山海关造船 in a 保定 article): a wider region's list. A short form that is
    also a common word (城区) does not count. Linear in the names' length (one automaton pass)."""
    gaz = ctx.gaz
    local = {home, *gaz.ancestors(home)}
    # (上街根雕生产基地 in a 闽侯县 article: 上街 is a township of home by the division list, whatever
    # 上街区 of 郑州 the short form also names)
    own_towns = town_cores(home)
    outside: set[str] = set()
    for name in names:
        for i, _s, _e in gaz.automaton.find_matches_as_indexes(name):
            place = gaz.names[i]
            if place in own_towns:
                continue
            codes = gaz.full.get(place)
            if not codes:
                t = tag(place)
                if t not in ("ns", "nr", "nz", "") or word_freq(place) > 3000:
                    continue
                codes = gaz.short.get(place, [])
            if codes and not any(c in local or home in gaz.ancestors(c) for c in codes):
                outside.add(place)
    return len(outside) >= 2


def _named_elsewhere(ctx: Context, p: Mention, home: str) -> bool:
    """Does the project's name open with the full name of a city or county that is not home's?"""
    gaz = ctx.gaz
    for k in range(3, min(len(p.surface), 10) + 1):
        codes = gaz.full.get(p.surface[:k])
        if codes:
            local = {home, *gaz.ancestors(home)}
            return all(
                gaz.by_code[c].level >= 2 and c not in local and home not in gaz.ancestors(c) for c in codes
            )
    return False


@relation_rule("started.counted-projects")
def counted_projects(ctx: Context) -> None:
    """Projects of a counted list in a sentence about a start take part in it and are where it is.

    Linear in the sentence: a list runs back from its close to the clause's start or to the close of
    the list before it, whichever is nearer, and names are found by bisection over sorted starts."""
    sents = ctx.doc.sentences
    view = ctx.view
    projects = sorted((m for m in ctx.mentions if m.type == "Project"), key=lambda m: m.vstart)
    if not projects:
        return
    p_starts = [p.vstart for p in projects]
    # a firm written as a whole item of the list stands for its works there (A项目、B有限公司等7个项目动建)
    firms = sorted((m for m in ctx.mentions if m.type == "Company"), key=lambda m: m.vstart)
    f_starts = [f.vstart for f in firms]
    specific = sorted(
        (m for m in ctx.mentions if m.type in (*_SPECIFIC, "City") and m.code),
        key=lambda m: (m.vstart, -m.vend),
    )
    s_starts = [m.vstart for m in specific]
    evs = _start_events(ctx)
    ev_starts = [e.vstart for e in evs]
    home: Mention | None = None
    looked = False
    for i, sent in enumerate(sents):
        text = sent.text
        # 其中,A、B等12个项目 details the sentence before; …;C、D等6个项目 goes on with it
        context, j = text, i
        while (
            j
            and len(context) < 600
            and (_DETAIL.match(sents[j].text) or sents[j - 1].text.rstrip()[-1:] in ("；", ";"))
        ):
            j -= 1
            context = sents[j].text + context
        if not _START.search(context):
            continue
        date = None
        dated = False
        floor = sent.vstart
        for close in _CLOSE.finditer(text):
            end = sent.vstart + close.start()
            k = end
            while k > floor and view[k - 1] not in _CLAUSE_STOP:
                k -= 1
            floor = sent.vstart + close.end()
            lo = bisect.bisect_left(p_starts, k)
            hi = bisect.bisect_left(p_starts, end)
            listed = _outermost([p for p in projects[lo:hi] if p.vend <= end])
            if not listed:
                continue
            listed += [
                f
                for f in firms[bisect.bisect_left(f_starts, k) : bisect.bisect_left(f_starts, end)]
                if view[f.vstart - 1 : f.vstart] in ("、", "及", "和", *_CLAUSE_STOP)
                and (
                    view[f.vend : f.vend + 1] == "、" or f.vend == end or view[f.vend : f.vend + 2] == "以及"
                )
                and not any(p.vstart <= f.vstart and f.vend <= p.vend for p in listed)
            ]
            ev = _start_event(evs, ev_starts, sent.vend)
            first = min(p.vstart for p in listed)
            places = [
                m
                for m in specific[bisect.bisect_left(s_starts, k) : bisect.bisect_left(s_starts, first)]
                if m.vend <= first
                # (甘南州在深圳签约了A、B等: a place after 在 is where the act is, not whose projects)
                and view[m.vstart - 1 : m.vstart] not in ("在", "于")
            ]
            settled = _settled_in(ctx, sent.vstart, k)
            if settled is not None:
                # 全部落户在X新城核心区块内,包括A、B、C等项目: the clause before the list says where they are
                where: Mention | None = settled
            elif places:
                # (a county, town or zone of the clause before a city: 吉安市青原区A、B等项目; the city only when
                # it is the clause's one place: 赣州市近期在厦门签约了A、B等8个项目)
                where = next((m for m in reversed(places) if m.type != "City"), places[-1])
            else:
                if not looked:
                    home, looked = _home(ctx), True
                where = home
                # a list whose names hold places outside the article's own (…唐山基地、深州至大名段…)
                # is a wider region's: its projects are not placed at home
                if where is not None and _regional(ctx, [p.surface for p in listed], where.code):
                    where = None
            if not dated:
                date, dated = date_in(context, ctx.doc.year), True
            # a start event takes the projects started, a signing the projects signed: A、B等重大项目相继开工
            # in an article about a signing ceremony are not signed at it
            ev_sign = ev is not None and bool(_SIGNING.search(ev.surface))
            ev_start = ev is not None and bool(_GROUND_BREAKING.search(ev.surface) or "投产" in ev.surface)
            acts_ok = (
                ev_sign
                and bool(_SIGNING.search(context))
                or ev_start
                and bool(_STARTED_ACT.search(context))
                or not (ev_sign or ev_start)
            )
            for p in listed:
                if ev is not None and acts_ok and not (ev.vstart <= p.vstart and p.vend <= ev.vend):
                    ctx.relate("participatesIn", p, ev, "participatesIn.counted-start", 0.55, date=date)
                if where is not None and _named_elsewhere(ctx, p, where.code):
                    continue  # 苍南县新材料产业园项目 signed in 泰顺县: named after the county it is in
                ctx.relate("locatedIn", p, where, "locatedIn.counted-start", 0.5)
            if (
                ev is not None
                and where is not None
                and settled is None
                and _GROUND_BREAKING.search(ev.surface)
            ):
                # a ground-breaking is held where its projects are (a signing may be held elsewhere)
                ctx.relate("locatedIn", ev, where, "locatedIn.start-event", 0.5)


# a list of projects that a start or a signing introduces (此次签约的项目有A、B、C。 / 集中开工的项目包括A,…):
# the list runs to the sentence's end, or to a sub-list of one item's parts (…A项目,主要包括…)
_INTRODUCED = re.compile(
    r"(?:此次|本次|这次|当天|今天)?(?:集中|现场)?(签约|开工|开复工|竣工|投产)的(?:重点|重大)?(?:产业)?项目"
    r"(?:有|包括|包含|分别是|分别为|为)[:：]?"
)
# …or a sentence that only announces the list, which the next one (or the next lines) holds: 这些项目分别是:
_INTRODUCED_NEXT = re.compile(
    r"(?:这些|上述|此次|本次|今天|当天|集中开工的|集中签约的|开工的|签约的)(?:重点|重大|招商)?项目"
    r"(?:分别是|分别为|包括|有)[:：]\s*$"
)
# a list that refers back to the projects a sentence before counted as starting or signed (…的7个项目集中开工。
# 这7个项目分别为:A;B…): the act is the one of the sentence before
_ANAPHORIC = re.compile(
    r"(?:这|此|上述|以上)(?:些|" + _COUNT + r")(?:重点|重大)?(?:产业)?项目(?:分别为|分别是|包括)[:：]?"
    r"|(?:这|此|上述|以上)(?:些|" + _COUNT + r")(?:重点|重大)?(?:产业)?项目(?:有|为|是)[:：]"
)
# …or a sentence that opens with the count alone (…集中开工项目共3个。3个项目包括:A、B、C): the same projects
_COUNT_OPENS = re.compile(r"\s*" + _COUNT + r"(?:重点|重大)?(?:产业)?项目(?:分别为|分别是|包括|包含)[:：]")
_ACT = re.compile(r"签约|开复工|开工|竣工|投产")
# a sentence that only lists what the sentence before counted (…集中开工的产业项目共8个。具体包括:A、B…)
_DETAILED = re.compile(r"\s*(?:具体|分别)(?:包括|为|是|有)[:：]")
_ITEM_SEPARATORS = ("，", ",", "；", ";")
_PARTS_OF_ONE = re.compile(r"[，,](?:主要|其中|具体)?(?:包括|包含|建设内容|主要建设|建设)")
# a later sentence that goes on with the list: it opens with the next project (投资1亿元的B项目,…)
_GOES_ON_ITEM = re.compile(r"\s*(?:总投资|投资)?约?[\d.]+(?:亿|万|千万)?元的")


@relation_rule("started.introduced-projects")
def introduced_projects(ctx: Context) -> None:
    """Projects listed after 签约的项目有 / 开工的项目包括 take part in the article's signing or start and are
    in its home county or city; the sentences right after that open with the next project (投资…元的B项目)
    go on with the list. Linear in the text: one pass over the sentences, bisection over project starts."""
    sents = ctx.doc.sentences
    projects = sorted((m for m in ctx.mentions if m.type == "Project"), key=lambda m: m.vstart)
    if not projects:
        return
    p_starts = [p.vstart for p in projects]
    evs = _start_events(ctx)
    ev_starts = [e.vstart for e in evs]
    home = _home(ctx)
    firm_end: dict[int, int] = {}  # where the longest firm's name that starts at a position ends
    for c in ctx.mentions:
        if c.type == "Company" and c.vend > firm_end.get(c.vstart, -1):
            firm_end[c.vstart] = c.vend
    view = ctx.view

    def item_at(k: int) -> Mention | None:
        """The longest project named from k on, or after the firm whose name starts at k (总投资X元的
        X有限公司Y项目: the item opens with the firm whose project it is)."""
        for at in (k, firm_end.get(k)):
            if at is None:
                continue
            idx = bisect.bisect_left(p_starts, at)
            best = None
            while idx < len(projects) and p_starts[idx] == at:
                if best is None or projects[idx].vend > best.vend:
                    best = projects[idx]
                idx += 1
            if best is not None:
                return best
        return None

    i = 0
    while i < len(sents):
        sent = sents[i]
        if "项目" not in sent.text:  # (every match of the three patterns below holds it: tests/test_scan.py)
            i += 1
            continue
        m = _INTRODUCED.search(sent.text)
        nxt_list = _INTRODUCED_NEXT.search(sent.text) if not m and i + 1 < len(sents) else None
        if not m and not nxt_list:
            # 这7个项目分别为:A;B… after a sentence that counted them as starting or signed: that act
            # (also 具体包括:A、B… right after a sentence that counts the projects of a start: dev18)
            m = _ANAPHORIC.search(sent.text) or _DETAILED.match(sent.text) or _COUNT_OPENS.match(sent.text)
            before = _ACT.search(sents[i - 1].text) if m and i and "项目" in sents[i - 1].text else None
            if m is None or before is None:
                i += 1
                continue
            act = before.group()
            lo = sent.vstart + m.end()
            stop = _PARTS_OF_ONE.search(sent.text, m.end())
            hi = sent.vstart + stop.start() if stop else sent.vend
        elif m:
            act = m.group(1)
            lo = sent.vstart + m.end()
            stop = _PARTS_OF_ONE.search(sent.text, m.end())
            hi = sent.vstart + stop.start() if stop else sent.vend
        else:
            # the list is the next sentence (lines ending in 、 join into one): its projects, whatever the act
            act = ""
            i += 1
            lo, hi = sents[i].vstart, sents[i].vend
            # (one item a line, each line ending in 、: the list runs on to the line that closes it)
            while i + 1 < len(sents) and sents[i].text.rstrip().endswith("、"):
                i += 1
                hi = sents[i].vend
            sent = sents[i]
        listed = [p for p in projects[bisect.bisect_left(p_starts, lo) :] if p.vend <= hi]
        j = i + 1
        while j < len(sents) and listed:
            nxt = sents[j]
            k = nxt.vstart + (g.end() if (g := _GOES_ON_ITEM.match(nxt.text)) else 0)
            if g is None:
                k = nxt.vstart + len(nxt.text) - len(nxt.text.lstrip())
            item = item_at(k)
            if item is None:
                break
            listed.append(item)
            # (…面粉项目,总投资2200万元的Y公司Z项目。: the sentence goes on with another amount-led item)
            while item is not None and view[item.vend : item.vend + 1] in _ITEM_SEPARATORS:
                g = _GOES_ON_ITEM.match(view, item.vend + 1, nxt.vend)
                item = item_at(g.end()) if g else None
                if item is not None:
                    listed.append(item)
            j += 1
        listed = _outermost(listed)
        ev = _start_event(evs, ev_starts, sent.vend)
        ev_sign = ev is not None and bool(_SIGNING.search(ev.surface))
        ev_break = ev is not None and bool(_GROUND_BREAKING.search(ev.surface))
        # (an occasion named by both acts, 集中开工和签约X分会场, takes the projects of either)
        ev_ok = ev is not None and (
            not act
            or (act == "签约" and ev_sign)
            or (act != "签约" and ev_break)
            or not (ev_sign or ev_break)
        )
        date = date_in(sent.text, ctx.doc.year)
        for p in listed:
            if ev is not None and ev_ok and not (ev.vstart <= p.vstart and p.vend <= ev.vend):
                ctx.relate("participatesIn", p, ev, "participatesIn.introduced-list", 0.55, date=date)
            if home is not None and not _named_elsewhere(ctx, p, home.code):
                ctx.relate("locatedIn", p, home, "locatedIn.introduced-list", 0.5)
        if listed and ev is not None and ev_ok and home is not None and _GROUND_BREAKING.search(ev.surface):
            # a ground-breaking is held where its projects are (as for a counted list)
            ctx.relate("locatedIn", ev, home, "locatedIn.start-event", 0.5)
        i = max(j, i + 1)


# 其中,A项目计划总投资…: a start report details one of the projects it counted (32个项目集中开工)
_DETAIL_ONE = re.compile(r"\s*其中[，,]")
_COUNTED_ACT = re.compile(
    r"[\d一二三四五六七八九十百]+个(?:重点|重大)?(?:产业)?项目(?:集中|正式)?(签约|开工|开复工|竣工|投产|动工|动建)"
)


@relation_rule("started.detailed-project")
def detailed_projects(ctx: Context) -> None:
    """其中,A项目总投资…: the project a start (or signing) report details right after counting its projects
    (…32个项目集中开工…。其中,A项目…) is one of them and takes part in the article's start (or signing);
    the next sentences of its paragraph that open with another project (B项目总投资…) go on with the
    details. Linear in the text: one pass over the sentences, bisection over project starts."""
    evs = _start_events(ctx)
    projects = sorted((m for m in ctx.mentions if m.type == "Project"), key=lambda m: (m.vstart, -m.vend))
    if not evs or not projects:
        return
    ev_starts = [e.vstart for e in evs]
    p_starts = [p.vstart for p in projects]
    sents = ctx.doc.sentences
    view = ctx.view

    def project_at(k: int) -> Mention | None:
        i = bisect.bisect_left(p_starts, k)
        return projects[i] if i < len(projects) and p_starts[i] == k else None

    for i, sent in enumerate(sents):
        m = _DETAIL_ONE.match(sent.text)
        if not m:
            continue
        acts = [a.group(1) for j in range(max(0, i - 3), i) for a in _COUNTED_ACT.finditer(sents[j].text)]
        if not acts:
            continue
        ev = _start_event(evs, ev_starts, sent.vend)
        if ev is None or bool(_SIGNING.search(ev.surface)) != (acts[-1] == "签约"):
            continue  # the occasion is another act's (a signing's projects are not started at a start)
        first = project_at(sent.vstart + m.end())
        if first is None:
            continue
        listed = [first]
        j = i + 1
        while j < len(sents) and "\n" not in view[sents[j - 1].vend : sents[j].vstart]:
            nxt = sents[j]
            q = project_at(nxt.vstart + len(nxt.text) - len(nxt.text.lstrip()))
            if q is None:
                break
            listed.append(q)
            j += 1
        for q in listed:
            if not (ev.vstart <= q.vstart and q.vend <= ev.vend):
                ctx.relate("participatesIn", q, ev, "participatesIn.detailed-project", 0.5)


# a dated lead that reports a place's collective act (4月12日,X县2022年第二季度23个重点项目集中开工): the
# place, then at most a year, a season or a batch, then the count and the act
_LEAD_DAY = re.compile(r"\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日")
_LEAD_COLLECTIVE = re.compile(
    r"((?:\d{4}年)?(?:度)?(?:第[一二三四]季度|[春夏秋冬]季|第[一二三四五六七八九十\d]+批|首批)?)"
    r"(?:(?<!第)一批|[\d一二三四五六七八九十百]+个)(?:重点|重大)?(?:产业)?项目集中(开工|开复工|签约|竣工|投产)"
)
# a ceremony named by its act alone (开工仪式, 集中签约仪式): the lead's occasion, no name of its own
_BARE_CEREMONY = re.compile(r"(?:集中)?(开工|开复工|签约|竣工|投产)(?:仪式|活动)")


@relation_rule("started.bare-ceremony-place")
def bare_ceremony_place(ctx: Context) -> None:
    """开工仪式, named by its act alone, in an article whose dated lead reports a place's collective act of
    the same kind (4月12日,X县…23个重点项目集中开工; 6月26日上午,X县Y镇一批重点项目集中开工) is held in that
    place (the most specific one written right before the count). Linear: the first dated sentence only."""
    evs = [m for m in ctx.mentions if m.type == "Event" and _BARE_CEREMONY.fullmatch(m.surface)]
    if not evs:
        return
    view = ctx.view
    lead = next((s for s in ctx.doc.sentences if _LEAD_DAY.match(s.text)), None)
    if lead is None:
        return
    c = _LEAD_COLLECTIVE.search(view, lead.vstart, lead.vend)
    if c is None:
        return
    places = [
        m
        for m in ctx.mentions
        if (m.code or m.type in ("Town", "Zone")) and m.vend == c.start() and not is_home_ref(m)
    ]
    if not places:
        return
    where = max(places, key=lambda m: m.vend - m.vstart)
    act = c.group(2)
    for ev in evs:
        m = _BARE_CEREMONY.fullmatch(ev.surface)
        if m and m.group(1) == act:
            ctx.relate("locatedIn", ev, where, "locatedIn.bare-ceremony", 0.5)
