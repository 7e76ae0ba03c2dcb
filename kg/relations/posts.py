"""worksFor from the posts and credits extractors record on a person (Mention.parts): the body before a
title (铁岭市发改委主任X), the paper of a reporter's credit, a title resolved to a later name, 兼任/担任."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from ..extractors.base import Context
from ..extractors.home import DATELINE_OUTLET, DATELINE_PAPER
from ..lexicon import TITLES, entries, notes
from ..model import ORG_CLASSES, Mention
from ..registry import relation_rule
from ..scan import Scan
from .table import firm_in_object

_TITLES_LONGEST = TITLES
# the parts of a person's mention this module reads (kg/relations/parts.py reads the parts of names)
ROLES = frozenset({"title", "earlier-title", "credit", "photo-credit"})
# posts that head a place's committee or government, company posts, and the posts heading each kind of
# institution (研究院: 院长, 副院长), from the lexicon files
_GOV_TITLES = frozenset(entries("titles_place_head"))
_COMPANY_TITLES = frozenset(entries("titles_company"))
_HEAD_TITLES = {head: set(posts.split(",")) for head, posts in notes("org_head_titles").items()}
_ORG_HEADS = sorted(_HEAD_TITLES, key=len, reverse=True)

_TAKES_POST = re.compile(r"兼任|担任|出任")
_SENT_BY = re.compile(r"(?:派驻|选派|下派|派往|派到)[^，,。；]{0,24}?的$")


# between a paper's name and its reporter's credit word: nothing, a space, or the paper's newsroom
_NEWSROOM_GAP = re.compile(r"[ \u3000]{0,2}|(?:融媒体中心|融媒体|全媒体|新媒体中心)[ \u3000]?")


class _Index:
    """The document's mentions looked up by end, start and name (built once: every lookup of the rules
    below is then constant or logarithmic, not a scan of all mentions per person)."""

    def __init__(self, ctx: Context) -> None:
        ms = ctx.mentions
        self.order = {id(m): i for i, m in enumerate(ms)}
        self.by_end: dict[int, list[Mention]] = defaultdict(list)
        self.by_start: dict[int, list[Mention]] = defaultdict(list)
        self.gov_by_name: dict[str, Mention] = {}
        for m in ms:
            self.by_end[m.vend].append(m)
            self.by_start[m.vstart].append(m)
            if m.type == "GovernmentBody":
                self.gov_by_name.setdefault(m.name, m)
        self.companies = _by_end([m for m in ms if m.type == "Company"])
        self.kinds: dict[str, tuple[list[int], list[Mention]]] = {}
        starts = {m.start(1) for m in DATELINE_OUTLET.finditer(ctx.view)}
        starts.update(m.start(1) for m in _AGENCY_DATELINE.finditer(ctx.view))
        # (江城日报融媒体记者 某某 / 湛江日报记者 某某 opening a line: the paper its reporters work for)
        starts.update(m.start(1) for m in DATELINE_PAPER.finditer(ctx.view))
        # (来源:经济参考报 by a byline: the outlet the report comes from employs its reporters)
        starts.update(m.start(1) for m in _SOURCE_LINE.finditer(ctx.view))
        self.pubs = [
            m
            for m in ms
            if m.rule in ("institution.publisher", "institution.dateline", "institution.app-credit")
            or m.type == "Institution"
            and m.vstart in starts
        ]
        self.mentions = ms

    def of_kind(self, head: str) -> tuple[list[int], list[Mention]]:
        """The institutions and companies whose name ends in head (研究院), by end (and the zones' management
        committees, government bodies, for 管委会)."""
        if head not in self.kinds:
            self.kinds[head] = _by_end(
                [
                    m
                    for m in self.mentions
                    if (
                        m.type in ("Institution", "Company")
                        or m.type == "GovernmentBody"
                        and head == "管委会"
                    )
                    and m.name.endswith(head)
                ]
            )
        return self.kinds[head]


def _by_end(ms: list[Mention]) -> tuple[list[int], list[Mention]]:
    """ms sorted by end (stable: of two ending at one place, the earlier in the list first) and the ends."""
    ms = sorted(ms, key=lambda m: m.vend)
    return [m.vend for m in ms], ms


def _nearest_before(ends: list[int], ms: list[Mention], limit: int) -> Mention | None:
    """The mention ending last at or before limit (of several ending there, the first in the list)."""
    j = bisect_right(ends, limit)
    return ms[bisect_left(ends, ends[j - 1])] if j else None


# a source line naming the outlet a report is taken from (来源:江城日报, 来源：新华网)
_SOURCE_LINE = re.compile(r"来源[:：][ \u3000]*([\u4e00-\u9fff])")

# a news agency's dateline (中新网 天津4月8日电, 新华社北京3月5日电): the outlet its reporters work for
_AGENCY_DATELINE = Scan(
    re.compile(
        r"^[\s\u3000]*([\u4e00-\u9fff]{2,6}?(?:网|社))[\s\u3000]*[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电",
        re.M,
    )
)


def _publisher(ix: _Index, near: int):
    """The paper nearest to view position near: 本报, or the outlet of a dateline (河北日报讯)."""
    if not ix.pubs:
        return None
    return min(ix.pubs, key=lambda m: abs(m.vstart - near))


# an outlet's report credited in brackets right after its name (据江城日报报道(记者 某某), 江城日报讯（记者 某某）)
_REPORTED_BY = re.compile(r"(?:报道|讯|消息)[ 　]*[(（][ 　]*$")


def _credited_outlet(ctx: Context, credit_vs: int):
    """The institution whose report a bracketed credit follows, or None: a reposting site's dateline before
    据X报道 is not the reporter's paper."""
    view = ctx.view
    lead = _REPORTED_BY.search(view, max(0, credit_vs - 6), credit_vs)
    if lead is None:
        return None
    return next(
        (m for m in ctx.mentions if m.type == "Institution" and m.vend == lead.start()),
        None,
    )


def _post(
    ctx: Context, person: Mention, org: Mention, rule: str, conf: float, start: int, title: str
) -> None:
    """person worksFor org with title, the evidence running from start to the end of the person's name."""
    ctx.relate("worksFor", person, org, rule, conf, span=(start, person.vend), title=title)


def _employer(ctx: Context, ix: _Index, person, title_vs: int, title: str, sent) -> None:
    """ORG immediately before the title employs the person; 公司总经理 means the company just named."""
    view = ctx.view
    if view[title_vs - 1 : title_vs] == "、":
        # 铁岭市委副书记、市长王世伟: an earlier title of the same person, with its body before it
        prev = next((t for t in _TITLES_LONGEST if view.endswith(t, 0, title_vs - 1)), "")
        if prev:
            _employer(ctx, ix, person, title_vs - 1 - len(prev), prev, sent)
    orgs = [m for m in ix.by_end.get(title_vs, ()) if m.type in ORG_CLASSES]
    if not orgs and view[title_vs - 1 : title_vs] in (")", "）"):
        # X党校(行政学院)校长: the body's second name in brackets stands between it and the title
        k = max(
            view.rfind("(", max(0, title_vs - 14), title_vs),
            view.rfind("（", max(0, title_vs - 14), title_vs),
        )
        if k > 0:
            orgs = [m for m in ix.by_end.get(k, ()) if m.type in ORG_CLASSES]
    if not orgs:
        # 三家子村党支部书记: the longest title (村党支部书记) swallowed the end of the body's name;
        # the body named there holds the rest of the title (书记)
        orgs = sorted(
            (
                m
                for end in range(title_vs + 1, title_vs + len(title))
                for m in ix.by_end.get(end, ())
                if m.type in ORG_CLASSES and m.vstart < title_vs and title[end - title_vs :] in TITLES
            ),
            key=lambda m: ix.order[id(m)],
        )
    if orgs:
        org = max(orgs, key=lambda m: m.vend - m.vstart)
        if org.vend > title_vs:
            title = title[org.vend - title_vs :]
        _post(ctx, person, org, "worksFor.org-title-name", 0.85, org.vstart, title)
        return
    if view[title_vs - 1 : title_vs] == "、":
        # X地委书记A、副书记B / X局局长A、副局长B: a deputy's post listed right after the holder of the post
        # it deputises is in the same body
        holder = next(
            (m for m in ix.by_end.get(title_vs - 1, ()) if m.type in ("Person", "Official") and m.parts), None
        )
        for role, tvs, tve, _ in holder.parts if holder is not None else ():
            if role != "title" or not title.startswith("副"):
                continue
            # (县委书记A: the longest title may have swallowed the end of the body's name, as above)
            for end in range(tvs, tve - 1):
                held = view[end:tve]
                bodies = [m for m in ix.by_end.get(end, ()) if m.type in ORG_CLASSES and m.vstart < tvs + 1]
                if bodies and title != held and title.endswith(held):
                    org = max(bodies, key=lambda m: m.vend - m.vstart)
                    _post(ctx, person, org, "worksFor.deputy-listed", 0.7, title_vs, title)
                    return
    places = [m for m in ix.by_end.get(title_vs, ()) if m.code]
    if places and title in _GOV_TITLES:
        # 锦州市副市长陈光耀 works for 锦州市政府; 黑山县县长 for 黑山县政府; 市委书记 for the party committee
        place = places[0]
        pname = ctx.gaz.by_code[place.code].name
        want = (
            (pname + "委", "中共" + pname + "委") if "书记" in title else (pname + "政府", pname + "人民政府")
        )
        bodies = [ix.gov_by_name[w] for w in want if w in ix.gov_by_name]
        body = min(bodies, key=lambda m: ix.order[id(m)]) if bodies else None
        if body is not None:
            _post(ctx, person, body, "worksFor.government-post", 0.7, place.vstart, title)
        return
    if view[max(0, title_vs - 2) : title_vs] in ("公司", "企业") and title in _COMPANY_TITLES:
        limit = title_vs - 2
        if view[sent.vstart : sent.vstart + 1] == "”" or view[max(0, sent.vstart - 1) : sent.vstart] == "”":
            # “……”公司副总经理唐婉清说 (the closing mark opening the sentence, or ending the one before): skip
            # the quoted speech, whose companies are not the speaker's
            q = view.rfind("“", 0, sent.vstart)
            limit = q if q >= 0 else limit
        co = _nearest_before(*ix.companies, limit)
        if co is not None and firm_in_object(view, co):
            # …配套供应A公司。公司董事长X说: 公司 goes on with the subject firm before A (same or previous sentence)
            lo = ctx.doc.sentence_at(max(0, ctx.doc.sentence_at(co.vstart).vstart - 1)).vstart
            ends, cos = ix.companies
            k = bisect_left(ends, co.vend)
            co = next(
                (
                    c
                    for c in reversed(cos[:k])
                    if c.vstart >= lo and c.type == "Company" and not firm_in_object(view, c)
                ),
                co,
            )
        if co is not None and title_vs - co.vend < 600:
            _post(ctx, person, co, "worksFor.company-anaphor", 0.7, title_vs - 2, title)
        return
    if title in _COMPANY_TITLES and not places:
        # 在X厂车间,…是总经理某某最大的感受: a firm's title with no organisation before it, in a sentence that
        # names one firm and no other organisation before it, is that firm's
        before = [
            m
            for m in ix.mentions
            if sent.vstart <= m.vstart and m.vend <= title_vs and m.type in ORG_CLASSES and m is not person
        ]
        firms = {m.name for m in before if m.type == "Company"}
        if len(firms) == 1 and len(before) == len([m for m in before if m.type == "Company"]):
            co = next(m for m in before if m.type == "Company")
            _post(ctx, person, co, "worksFor.sentence-firm", 0.6, title_vs, title)
            return
    # 研究院院长姜丽华 / 合作社理事长X: the bare head noun refers back to the last organisation of that kind
    head = next((h for h in _ORG_HEADS if view[max(0, title_vs - len(h)) : title_vs] == h), "")
    if head and title in _HEAD_TITLES.get(head, ()):
        kin = _last_org_of_kind(ix, head, title_vs - len(head))
        if kin is not None:
            _post(ctx, person, kin, "worksFor.org-anaphor", 0.65, title_vs - len(head), title)
        return
    # 朝阳市农业农村局派驻东台子村的第一书记王志刚: the sending body employs the person
    mm = _SENT_BY.search(view, sent.vstart, title_vs)
    if mm:
        senders = [m for m in ix.by_end.get(mm.start(), ()) if m.type in ORG_CLASSES]
        if senders:
            org = max(senders, key=lambda m: m.vend - m.vstart)
            _post(ctx, person, org, "worksFor.sent-by", 0.7, org.vstart, title)


def _last_org_of_kind(ix: _Index, head: str, limit: int) -> Mention | None:
    """The nearest Institution or Company before limit whose name ends in head (研究院), or None."""
    org = _nearest_before(*ix.of_kind(head), limit)
    return org if org is not None and limit - org.vend < 600 else None


def _takes_post(ctx: Context, ix: _Index) -> None:
    """王晓光兼任研究院院长 / X担任某公司总经理: the person works for the body whose post they take."""
    view = ctx.view
    for p in [m for m in ctx.mentions if m.type in ("Person", "Official")]:
        mm = _TAKES_POST.match(view, p.vend)
        if not mm:
            continue
        k = mm.end()
        named = [m for m in ix.by_start.get(k, ()) if m.type in ORG_CLASSES]
        if named:
            org = max(named, key=lambda m: m.vend - m.vstart)
            title = next((t for t in _TITLES_LONGEST if view.startswith(t, org.vend)), "")
            if title:
                ctx.relate(
                    "worksFor",
                    p,
                    org,
                    "worksFor.takes-post",
                    0.7,
                    span=(p.vstart, org.vend + len(title)),
                    title=title,
                )
            continue
        head = next((h for h in _ORG_HEADS if view.startswith(h, k)), "")
        title = next(
            (
                t
                for t in sorted(_HEAD_TITLES.get(head, ()), key=len, reverse=True)
                if view.startswith(t, k + len(head))
            ),
            "",
        )
        if head and title:
            kin = _last_org_of_kind(ix, head, p.vstart)
            if kin is not None:
                ctx.relate(
                    "worksFor",
                    p,
                    kin,
                    "worksFor.takes-post",
                    0.65,
                    span=(p.vstart, k + len(head) + len(title)),
                    title=title,
                )


# named so that it sorts first, after the parts of names (as when people were extracted)
@relation_rule("ab.people-posts")
def people_posts(ctx: Context) -> None:
    """Each post or credit recorded on a person, then the posts taken with 兼任/担任."""
    view = ctx.view
    ix = _Index(ctx)
    for p in [m for m in ctx.mentions if m.parts and m.type in ("Person", "Official")]:
        sent = ctx.doc.sentence_at(p.vstart)
        for role, vs, ve, _ in p.parts:
            if role == "title":
                _employer(ctx, ix, p, vs, view[vs:ve], ctx.doc.sentence_at(vs))
            elif role == "earlier-title":
                _earlier_title(ctx, ix, p, vs, ve)
            elif role in ("credit", "photo-credit"):
                # (中国日报X记者站 某某: the bureau named with the credit employs its reporter)
                bureau = next(
                    (
                        m
                        for m in ix.mentions
                        if m.type == "Institution" and m.vend == ve + 1 and view[ve] == "站"
                    ),
                    None,
                )
                # ((辽宁日报 记者 某某): the paper named right before the credit word employs its reporter)
                paper = next(
                    (
                        m
                        for m in ix.mentions
                        if m.type == "Institution"
                        and vs - 6 <= m.vend <= vs
                        # (内蒙古日报融媒体记者 某某: the paper's newsroom word may stand between)
                        and _NEWSROOM_GAP.fullmatch(view, m.vend, vs) is not None
                    ),
                    None,
                )
                pub = bureau or paper or _credited_outlet(ctx, vs) or _publisher(ix, p.vstart)
                # a 通讯员 (correspondent) reports for the paper but works elsewhere (a local office)
                if pub is not None and not (role == "credit" and "通讯员" in view[vs:ve]):
                    credit = role == "credit"
                    ctx.relate(
                        "worksFor",
                        p,
                        pub,
                        "worksFor.credit" if credit else "worksFor.photo-credit",
                        0.85 if credit else 0.6,
                        span=(sent.vstart, sent.vend),
                        title=view[vs:ve] if credit else "摄影",
                    )
    _takes_post(ctx, ix)


def _earlier_title(ctx: Context, ix: _Index, p: Mention, vs: int, ve: int) -> None:
    """铁岭市生态环境局副局长,……史强: the body named before the title employs the person named later."""
    orgs = [o for o in ix.by_end.get(vs, ()) if o.type in ORG_CLASSES]
    if orgs:
        org = max(orgs, key=lambda o: o.vend - o.vstart)
        ctx.relate(
            "worksFor",
            p,
            org,
            "worksFor.title-resolved",
            0.7,
            span=(org.vstart, ve),
            title=ctx.view[vs:ve],
        )
