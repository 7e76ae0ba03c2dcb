"""worksFor from the posts and credits extractors record on a person (Mention.parts): the body before a
title (铁岭市发改委主任X), the paper of a reporter's credit, a title resolved to a later name, 兼任/担任."""

from __future__ import annotations

import re

from ..extractors.base import Context
from ..extractors.home import DATELINE_OUTLET
from ..lexicon import TITLES, entries, notes
from ..model import ORG_CLASSES, Mention
from ..registry import relation_rule

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


def _publisher(ctx: Context, near: int):
    """The paper nearest to view position near: 本报, or the outlet of a dateline (河北日报讯)."""
    starts = ctx.cache.get("dateline-starts")
    if starts is None:  # once per article
        starts = ctx.cache["dateline-starts"] = {m.start(1) for m in DATELINE_OUTLET.finditer(ctx.view)}
    pubs = [
        m
        for m in ctx.mentions
        if m.rule in ("institution.publisher", "institution.dateline")
        or m.type == "Institution"
        and m.vstart in starts
    ]
    if not pubs:
        return None
    return min(pubs, key=lambda m: abs(m.vstart - near))


def _post(
    ctx: Context, person: Mention, org: Mention, rule: str, conf: float, start: int, title: str
) -> None:
    """person worksFor org with title, the evidence running from start to the end of the person's name."""
    ctx.relate("worksFor", person, org, rule, conf, span=(start, person.vend), title=title)


def _employer(ctx: Context, person, title_vs: int, title: str, sent) -> None:
    """ORG immediately before the title employs the person; 公司总经理 means the company just named."""
    view = ctx.view
    if view[title_vs - 1 : title_vs] == "、":
        # 铁岭市委副书记、市长王世伟: an earlier title of the same person, with its body before it
        prev = next((t for t in _TITLES_LONGEST if view.endswith(t, 0, title_vs - 1)), "")
        if prev:
            _employer(ctx, person, title_vs - 1 - len(prev), prev, sent)
    orgs = [m for m in ctx.mentions if m.vend == title_vs and (m.type in ORG_CLASSES)]
    if not orgs:
        # 三家子村党支部书记: the longest title (村党支部书记) swallowed the end of the body's name;
        # the body named there holds the rest of the title (书记)
        orgs = [
            m
            for m in ctx.mentions
            if m.type in ORG_CLASSES
            and title_vs < m.vend < title_vs + len(title)
            and m.vstart < title_vs
            and title[m.vend - title_vs :] in TITLES
        ]
    if orgs:
        org = max(orgs, key=lambda m: m.vend - m.vstart)
        if org.vend > title_vs:
            title = title[org.vend - title_vs :]
        _post(ctx, person, org, "worksFor.org-title-name", 0.85, org.vstart, title)
        return
    places = [m for m in ctx.mentions if m.vend == title_vs and m.code]
    if places and title in _GOV_TITLES:
        # 锦州市副市长陈光耀 works for 锦州市政府; 黑山县县长 for 黑山县政府; 市委书记 for the party committee
        place = places[0]
        pname = ctx.gaz.by_code[place.code].name
        want = (
            (pname + "委", "中共" + pname + "委") if "书记" in title else (pname + "政府", pname + "人民政府")
        )
        body = next((m for m in ctx.mentions if m.type == "GovernmentBody" and m.name in want), None)
        if body is not None:
            _post(ctx, person, body, "worksFor.government-post", 0.7, place.vstart, title)
        return
    if view[max(0, title_vs - 2) : title_vs] in ("公司", "企业") and title in _COMPANY_TITLES:
        limit = title_vs - 2
        if view[sent.vstart : sent.vstart + 1] == "”":
            # “……”公司副总经理唐婉清说: skip the quoted speech, whose companies are not the speaker's
            q = view.rfind("“", 0, sent.vstart)
            limit = q if q >= 0 else limit
        before = [
            m for m in ctx.mentions if m.type == "Company" and m.vend <= limit and title_vs - m.vend < 600
        ]
        if before:
            org = max(before, key=lambda m: m.vend)  # the nearest (of two ending there, the longer)
            _post(ctx, person, org, "worksFor.company-anaphor", 0.7, title_vs - 2, title)
        return
    # 研究院院长姜丽华 / 合作社理事长X: the bare head noun refers back to the last organisation of that kind
    head = next((h for h in _ORG_HEADS if view[max(0, title_vs - len(h)) : title_vs] == h), "")
    if head and title in _HEAD_TITLES.get(head, ()):
        org = _last_org_of_kind(ctx, head, title_vs - len(head))
        if org is not None:
            _post(ctx, person, org, "worksFor.org-anaphor", 0.65, title_vs - len(head), title)
        return
    # 朝阳市农业农村局派驻东台子村的第一书记王志刚: the sending body employs the person
    mm = _SENT_BY.search(view, sent.vstart, title_vs)
    if mm:
        senders = [m for m in ctx.mentions if m.vend == mm.start() and m.type in ORG_CLASSES]
        if senders:
            org = max(senders, key=lambda m: m.vend - m.vstart)
            _post(ctx, person, org, "worksFor.sent-by", 0.7, org.vstart, title)


def _last_org_of_kind(ctx: Context, head: str, limit: int):
    """The nearest Institution or Company before limit whose name ends in head (研究院), or None."""
    before = [
        m
        for m in ctx.mentions
        if m.type in ("Institution", "Company")
        and m.name.endswith(head)
        and m.vend <= limit
        and limit - m.vend < 600
    ]
    return max(before, key=lambda m: m.vend) if before else None


def _takes_post(ctx: Context) -> None:
    """王晓光兼任研究院院长 / X担任某公司总经理: the person works for the body whose post they take."""
    view = ctx.view
    for p in [m for m in ctx.mentions if m.type in ("Person", "Official")]:
        mm = _TAKES_POST.match(view, p.vend)
        if not mm:
            continue
        k = mm.end()
        named = [m for m in ctx.mentions if m.vstart == k and m.type in ORG_CLASSES]
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
            org = _last_org_of_kind(ctx, head, p.vstart)
            if org is not None:
                ctx.relate(
                    "worksFor",
                    p,
                    org,
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
    for p in [m for m in ctx.mentions if m.parts and m.type in ("Person", "Official")]:
        sent = ctx.doc.sentence_at(p.vstart)
        for role, vs, ve, _ in p.parts:
            if role == "title":
                _employer(ctx, p, vs, view[vs:ve], ctx.doc.sentence_at(vs))
            elif role == "earlier-title":
                _earlier_title(ctx, p, vs, ve)
            elif role in ("credit", "photo-credit"):
                pub = _publisher(ctx, p.vstart)
                if pub is not None:
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
    _takes_post(ctx)


def _earlier_title(ctx: Context, p: Mention, vs: int, ve: int) -> None:
    """铁岭市生态环境局副局长,……史强: the body named before the title employs the person named later."""
    orgs = [o for o in ctx.mentions if o.vend == vs and o.type in ORG_CLASSES]
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
