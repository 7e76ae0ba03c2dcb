"""Relation rules: each reads one document's mentions and adds candidates with evidence."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from ..extractors.base import Context, bare, tag, tokens
from ..extractors.base import is_home_ref as _is_home_ref
from ..gazetteer import towns, towns_by_county
from ..lexicon import VENUE_HEADS, alternation
from ..model import Mention, Sentence
from ..ontology_rules import DOMAIN_RANGE, GOV_ACTORS, ORGS, PEOPLE, PLACES
from ..patterns import lazy
from ..registry import relation_rule
from ..scan import Scan
from ..values import Money, date_in, money
from .table import firm_in_object

_CLAUSE = re.compile(r"[，,；;：:]")


# an amount of money as written (约3.8亿元, 1,411,900元, 5000余万美元); kg.values.money reads it
_AMOUNT = r"(?:约|近|超|逾)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:多|余)?(?:万亿|亿|万)?(?:多|余)?(?:美元|欧元|日元|港元|元)"

# patterns of the rules below, compiled once (they ran as strings in per-name loops)
_GAP_BROUGHT_IN = re.compile(r"(新)?引进(的|了)?|(新)?落户(的)?")
_GAP_FOUNDED = re.compile(r"(注册)?(成立|设立|建立|组建)(了)?")
_GAP_LOCATED = re.compile(r"(位于|坐落于|坐落在|地处|落户|落户于|落地|选址|选址于)")


def _money_kw(amt: Money | None) -> dict:
    """The amount, currency and approximate details of a relation, or none if no amount was read."""
    return {"amount": amt.value, "currency": amt.currency, "approximate": amt.approximate} if amt else {}


def by_sentence(ctx: Context) -> dict[int, list[Mention]]:
    key = ("by_sentence", len(ctx.mentions))
    if key in ctx.cache:
        return ctx.cache[key]
    out: dict[int, list[Mention]] = defaultdict(list)
    for m in ctx.mentions:
        out[ctx.doc.sentence_at(m.vstart).index].append(m)
    for v in out.values():
        v.sort(key=lambda m: (m.vstart, -m.vend))
    ctx.cache[key] = out
    return out


def outermost(ms: list[Mention]) -> list[Mention]:
    """Mentions not nested inside another mention (开原 inside 开原市农业农村局 is not an actor)."""
    key = tuple(map(id, ms))
    hit = _OUTER_CACHE.get(key)
    if hit is not None and hit[0] is ms:
        return hit[1]
    out = _outermost_uncached(ms)
    if len(_OUTER_CACHE) > 4096:
        _OUTER_CACHE.clear()
    _OUTER_CACHE[key] = (ms, out)
    return out


_OUTER_CACHE: dict = {}


def _outermost_uncached(ms: list[Mention]) -> list[Mention]:
    """One sweep in (start, -end) order: a mention is nested when an earlier-starting one reaches at
    least as far and is longer."""
    order = sorted(range(len(ms)), key=lambda i: (ms[i].vstart, -ms[i].vend))
    nested = [False] * len(ms)
    far_end, far_start = -1, -1  # the furthest end seen so far, and the smallest start reaching it
    for i in order:
        m = ms[i]
        if far_end > m.vend or far_end == m.vend and far_start < m.vstart:
            nested[i] = True
        if m.vend > far_end:
            far_end, far_start = m.vend, m.vstart
        elif m.vend == far_end:
            far_start = min(far_start, m.vstart)
    return [m for i, m in enumerate(ms) if not nested[i]]


def _chain_end(p: Mention, places: list[Mention]) -> Mention:
    """海城市牛庄镇: a place directly followed by a smaller one stands for the smaller one."""
    key = ("chain-index", id(places), len(places))
    hit = _CHAIN_INDEX.get(key)
    if hit is None or hit[0] is not places:
        by_start: dict[int, Mention] = {}
        for q in places:
            by_start.setdefault(q.vstart, q)
        _CHAIN_INDEX.clear()
        _CHAIN_INDEX[key] = hit = (places, by_start)
    by_start = hit[1]
    cur = p
    for _ in range(len(places)):
        nxt = by_start.get(cur.vend)
        if nxt is None or nxt is cur:
            return cur
        if nxt.code and cur.code and _code_level(nxt.code) <= _code_level(cur.code):
            return cur  # 吕梁市山西某公司…: a province (or a peer) after a city opens another name, no chain
        cur = nxt
    return cur


def _code_level(code: str) -> int:
    """1 for a province's division code (XX0000), 2 for a city's (XXXX00), 3 below."""
    return 1 if code[2:6] == "0000" else 2 if code[4:6] == "00" else 3


_CHAIN_INDEX: dict = {}


_ZONE_PHASE = re.compile(r"暨|[(（]?[一二三四五六七八九十\d]+期")
# a news outlet (湛江日报, 大连新闻传媒集团): named after the place it reports on, not placed by its name
_MEDIA = re.compile("(?:" + alternation("media_heads") + ")$")


_QUOTED_THEME = re.compile(r"“[^“”]{1,24}”")
# the part of a zone named after its city (辽宁自由贸易试验区营口片区)
_ZONE_PART = lazy(r"片区|港区|园区")


@relation_rule("locatedIn.name")
def located_by_name(ctx: Context) -> None:
    """A name that starts with (or brackets) a place is located there: 东北(铁岭)国际陆港, 西丰城子山风景区."""
    dom, _ = DOMAIN_RANGE["locatedIn"]
    # gazetteer places, and towns and villages found in the text (三家子村党支部 is in 三家子村)
    places = [m for m in ctx.mentions if (m.code or m.type in ("Town", "Village")) and not _is_home_ref(m)]
    places.sort(key=lambda m: (m.vstart, -m.vend))
    p_starts = [m.vstart for m in places]
    # an occasion named after a zone (X工业园区Y项目开工建设现场会, X产业基地首批项目签约仪式) is held there
    zones_at: dict[int, list[Mention]] = defaultdict(list)
    for z in ctx.mentions:
        if z.type == "Zone":
            zones_at[z.vstart].append(z)
    for x in ctx.mentions:
        if x.type in ("Event", "Project", "Zone"):
            # …and a project named after the zone it is built in (X县产业集聚区电子元器件专业园项目), not a
            # phase of the zone itself (X产业园一期工程) nor a second name joined by 暨
            opening = [
                z
                for z in zones_at.get(x.vstart, ())
                if z.vend < x.vend - 2 and (x.type == "Event" or not _ZONE_PHASE.match(ctx.view, z.vend))
            ]
            if opening:
                ctx.relate("locatedIn", x, max(opening, key=lambda z: z.vend), "locatedIn.name-zone", 0.7)
                continue
        if x.rule == "zone.home-level":
            # 县工业园区 in a county's article, labelled with the county's name: in that county
            code = next(
                (
                    c
                    for k in range(len(x.name) - 2, 1, -1)
                    for c in ctx.gaz.full.get(x.name[:k], ())
                    if c in (ctx.home_county, ctx.home_city, ctx.home_province)
                ),
                "",
            )
            home = _home_mention(ctx, code) if code else None
            if home is not None:
                ctx.relate("locatedIn", x, home, "locatedIn.home-level-zone", 0.6)
            continue
        if (
            x.type not in dom
            or x.type == "GovernmentBody"
            and x.rule == "body.place-prefix"
            or x.type == "Institution"
            and _MEDIA.search(x.name)
        ):
            continue
        if x.rule == "event.signing-parties":
            continue  # 甲市与乙集团…签约仪式: the place opening a signing's name is a party, not its seat
        lo, hi = bisect.bisect_left(p_starts, x.vstart), bisect.bisect_left(p_starts, x.vend)
        inner = [p for p in places[lo:hi] if p.vend <= x.vend and p is not x]
        if not inner:
            continue
        name = ctx.view[x.vstart : x.vend]
        for p in inner:
            rel = p.vstart - x.vstart
            bracketed = (
                rel > 0
                and name[rel - 1] in "(（"
                and name[p.vend - x.vstart : p.vend - x.vstart + 1] in ")）"
            )
            at_start = (
                rel == 0
                or name[:rel] in ("中共",)
                # “投资江城 共赢未来”江城区项目签约仪式: an occasion's quoted theme opens the name before its place
                or x.type == "Event"
                and _QUOTED_THEME.fullmatch(name, 0, rel) is not None
            )
            # 辽宁自由贸易试验区营口片区: a zone's part named by its city (a place right before the last 片区)
            part_of_zone = x.type == "Zone" and p.code and _ZONE_PART.fullmatch(name[p.vend - x.vstart :])
            if not (
                at_start or bracketed or part_of_zone or x.type in ("Zone", "Company") and rel <= 4 and p.code
            ):
                continue
            if name[p.vend - x.vstart : p.vend - x.vstart + 1] in ("至", "到", "—", "-"):
                break  # 甲至乙铁路 runs between two places: its first place is one end, not its seat
            if not p.code and (
                x.type not in ("GovernmentBody", "Institution", "Zone")
                or x.type == "Zone"
                and tag((tokens(name[p.vend - x.vstart :]) or [""])[0]).startswith("v")
            ):
                continue  # a local place names the seat of a body (村党支部, 镇政府), not always a firm's
                # (a zone named from its town, X镇产业园, is an area of that town; a verb after the town,
                # X镇调研Y园区, says the town was a stop of a visit)
            level = ctx.gaz.by_code[p.code].level if p.code else 4
            if (
                level == 1
                and (x.type not in ("Event", "GovernmentBody") or bracketed)
                # (辽宁省X水资源配置工程 in news from elsewhere: works named with another province written in
                # full are in it; a firm's registered province says no more than where it was registered)
                and not (
                    x.type == "Project"
                    and at_start
                    and p.surface in ctx.gaz.full
                    and p.code[:2] != ctx.home_province[:2]
                )
                and (
                    p.code[:2] not in ("11", "12", "31", "50")
                    or x.type == "Company"
                    and p.code[:2] in (ctx.home_province[:2], ctx.home_city[:2])
                )
            ):
                # 辽宁兴东科技有限公司 is registered in the province, not located "in Liaoning" as a fact;
                # a firm named after a municipality an article from elsewhere names (上海鲜达果品有限公司,
                # a partner of a Liaoning county) is there; in the municipality's own news it is in some
                # district of it, which the text gives or not
                continue
            if p.code and at_start:
                # 天津市东丽华明工业园区: the most specific place of the chain that opens the name
                end = _chain_end(p, inner)
                p = end if end.vend <= x.vend and end.code else p
            ctx.relate("locatedIn", x, p, "locatedIn.name", 0.75)
            break


_LOC_VERB = re.compile(r"位于|坐落于|坐落在|地处")
_INSIDE = re.compile(r"(?:内|里|中)[，,]")
# what joins the items of a list a place opens (位于X的A、B项目现场和C项目)
_LOC_COORD = re.compile(r"(?:现场)?(?:、|和|及|以及|与)")
# a short lead-in before a sentence's place adverbial: 4月18日, / 今年以来, / 目前,
# a signing said between a place adverbial and a project: the place is where the signing was held
_SIGNED_THERE = re.compile(r"签约|签订|签署")
_LEAD_IN = re.compile(r"[^，,。；;：:、“”《》]{1,10}[，,]")
# verbs after 在X that say what someone does there (a visit, a meeting), not where it is
_ACTS_AT = re.compile(
    r"(?:[^，,。；]{0,6}?)(?:召开|举行|举办|调研|考察|参加|出席|主持|开展|参观|观摩|推介|签约)"
)
_CLAUSE_BREAK = re.compile(r"[，,。；;]")
# X公司在Y投资/建设…: what the firm does there is invest or build (the project is there)
_INVESTS_THERE = re.compile(r"(?:总)?(?:投资|建设|新建|兴建|扩建|打造|实施)")
_BUILT_THERE = re.compile(r"(?:建起|建成|建设|新建|兴建|打造|投资建设)(?:了)?[^，,。；]{0,20}?的")


_COMMA = lazy(r"[，,]")
# projects or firms in general settling in a place (力争更多项目落户衡东)
_GENERIC_SETTLERS = lazy(r"(?:项目|企业|客商)落户$")
# X在Y建成/投产/落户: what is built or settles there is located there
_SETTLES_VERB = lazy(r"(建成|投产|开工|落地|落户|开建|动工)")


@relation_rule("locatedIn.cue")
def located_by_cue(ctx: Context) -> None:
    """位于X的Y / Y位于X / 在X注册成立了Y / X(新)引进的Y / Y在X建成投产 / 落户X."""

    def sent_start(m: Mention) -> int:
        return ctx.doc.sentence_at(m.vstart).vstart

    dom, rng = DOMAIN_RANGE["locatedIn"]
    view = ctx.view
    for _si, ms in by_sentence(ctx).items():
        places = [m for m in ms if m.type in rng and not _is_home_ref(m)]
        if not places:
            continue  # every relation below has a place of the sentence at one end
        outer = outermost(ms)
        things = [m for m in outer if m.type in dom]
        t_starts = [t.vstart for t in things]
        by_end = sorted(things, key=lambda t: t.vend)
        t_ends = [t.vend for t in by_end]
        t_projects = [t for t in things if t.type == "Project"]
        tp_starts = [t.vstart for t in t_projects]
        t_comps = [t for t in things if t.type == "Company"]
        place_at: dict[int, list[Mention]] = {}
        for q in places:
            place_at.setdefault(q.vstart, []).append(q)
        date = ""
        starts = {q.vend for q in places}
        zones = [z for z in places if z.type == "Zone"]
        for p0 in places:
            if p0.vstart in starts:
                continue  # the tail of a chain is handled with its head
            if p0.type != "Zone" and any(
                z.vstart <= p0.vstart and p0.vend <= z.vend and z.vend - z.vstart > p0.vend - p0.vstart
                for z in zones
            ):
                continue  # (落户锦州经济技术开发区: a place opening a zone's name; the zone is where)
            p = _chain_end(p0, places)
            after = view[p.vend : p.vend + 8]
            before = view[max(0, p0.vstart - 3) : p0.vstart]
            i = bisect.bisect_left(t_starts, p.vend)
            nxt = next((t for t in things[i : i + 2] if t is not p), None)
            if nxt is not None and nxt.vstart - p.vend <= 40:  # every cue below is a short gap
                gap = view[p.vend : nxt.vstart]
                if _LOC_VERB.search(before) and gap == "的":
                    j = things.index(nxt) + 1
                    if (
                        nxt.type == "Company"
                        and j < len(things)
                        and things[j].type == "Project"
                        and things[j].vstart == nxt.vend
                    ):
                        # 位于X的A公司B项目: the project is what stands there; the firm only names its owner
                        nxt = things[j]
                    ctx.relate("locatedIn", nxt, p, "locatedIn.located-at", 0.85)
                    # 位于X的A、B项目现场和C项目: the place covers every item of the list it opens
                    # (an item X有限公司Y项目 is the project: the firm right before it only names its owner)
                    k = things.index(nxt) + 1
                    cur = nxt
                    while k < len(things):
                        item = things[k]
                        if not _LOC_COORD.fullmatch(view, cur.vend, item.vstart):
                            break
                        own = things[k + 1] if k + 1 < len(things) else None
                        if (
                            item.type == "Company"
                            and own is not None
                            and own.type == "Project"
                            and own.vstart == item.vend
                        ):
                            item, k = own, k + 1
                        ctx.relate("locatedIn", item, p, "locatedIn.located-at", 0.8)
                        cur = item
                        k += 1
                    continue
                if (
                    (
                        gap in ("内的", "里的")
                        or gap == "的"
                        and p.type in ("District", "Town", "Village", "Zone")
                    )
                    and nxt.type in ("Company", "Project", "Institution")
                    and (p0.vstart == sent_start(p0) or view[p0.vstart - 1 : p0.vstart] in ("在", "，", ","))
                ):
                    # 阜新市细河区四合镇的辽宁绿储新能源科技有限公司 / 鹿产业园区内的X公司: the place's own firm
                    ctx.relate("locatedIn", nxt, p, "locatedIn.of-place", 0.7)
                    continue
                if _GAP_BROUGHT_IN.fullmatch(gap):
                    if "落户" in gap and not gap.endswith("的"):
                        # X产业园落户Y开发区: the first settles in the second (Y落户的Z: Z is Y's own)
                        if nxt.type == "Zone" or nxt.code:
                            ctx.relate("locatedIn", p, nxt, "locatedIn.settles-in", 0.75)
                        continue
                    ctx.relate("locatedIn", nxt, p, "locatedIn.introduced-by-place", 0.75)
                    continue
                if before.endswith("在") and nxt.type == "Project" and _BUILT_THERE.fullmatch(gap):
                    # 在公营子镇建起占地3000平方米的农产品电商直播基地
                    ctx.relate("locatedIn", nxt, p, "locatedIn.built-there", 0.75)
                    continue
                if before.endswith("在") and _GAP_FOUNDED.fullmatch(gap):
                    date = date or date_in(ctx.doc.sentence_at(p.vstart).text, ctx.doc.year)
                    ctx.relate("locatedIn", nxt, p, "locatedIn.registered-in", 0.85, date=date)
                    continue
            # 在千山区,X公司投资…建设的Y项目: a place adverbial at the head of the sentence locates what follows
            sent = ctx.doc.sentence_at(p0.vstart)
            # …also after a short lead-in of time (4月18日,在X, / 目前,在X,), with no name in it
            head_zai = view[p0.vstart - 1 : p0.vstart] == "在" and (
                p0.vstart - sent.vstart == 1
                or _LEAD_IN.fullmatch(view, sent.vstart, p0.vstart - 1)
                and not any(sent.vstart <= m.vstart < p0.vstart for m in ms)
            )
            inside = _INSIDE.match(view, p.vend)  # (在X产业园内, : within the area)
            if head_zai and (_COMMA.match(view[p.vend : p.vend + 1]) or inside and p.type == "Zone"):
                # the project built there; a company only when the sentence names no project
                # (在X产业园内,Y有限公司正在开展项目建设: the firm at work there)
                located = t_projects[bisect.bisect_right(tp_starts, p.vend) :][:1]
                if not located and inside:
                    located = [c for c in t_comps if c.vstart >= inside.end()][:1]
                for t in located:
                    if _SIGNED_THERE.search(view, p.vend, min(t.vstart, sent.vend)):
                        continue  # 在青岛,共签约3个项目,其中X项目…: where it was signed, not where it is built
                    ctx.relate("locatedIn", t, p, "locatedIn.adverbial", 0.7)
                continue
            if head_zai and view[p.vend : p.vend + 1] == "的":
                # 在鲅鱼圈区的营口经济技术开发区，…的Y项目: the zone is in the place, the project in the zone
                zone = next((z for z in place_at.get(p.vend + 1, []) if z.type == "Zone"), None)
                if zone is not None and _COMMA.match(view[zone.vend : zone.vend + 1]):
                    ctx.relate("locatedIn", zone, p, "locatedIn.adverbial", 0.7)
                    for t in t_projects[bisect.bisect_right(tp_starts, zone.vend) :][:1]:
                        ctx.relate("locatedIn", t, zone, "locatedIn.adverbial", 0.7)
                    continue
            j = bisect.bisect_right(t_ends, p0.vstart)
            if j:
                t = by_end[j - 1]
                gap = view[t.vend : p0.vstart]
                if _GAP_LOCATED.fullmatch(gap) or (
                    gap == "在"
                    and (
                        _SETTLES_VERB.match(after)
                        # a gathering in Y is held there; X在Y召开/调研…: where a body or firm acts,
                        # not where it is
                        or t.type == "Event"
                        or t.type != "GovernmentBody"
                        and not _ACTS_AT.match(after)
                    )
                ):
                    built = (
                        t_projects[bisect.bisect_right(tp_starts, p.vend) :][:1]
                        if t.type == "Company" and _INVESTS_THERE.match(view, p.vend)
                        else []
                    )
                    if (
                        built
                        and built[0].vstart - p.vend <= 40
                        and not _CLAUSE_BREAK.search(view, p.vend, built[0].vstart)
                    ):
                        # X公司在Y投资N亿元(建设)的Z项目: Y is where the project is, the firm only invests
                        ctx.relate("locatedIn", built[0], p, "locatedIn.invested-there", 0.75)
                        continue
                    if t.type == "Company" and _INVESTS_THERE.match(view, p.vend):
                        continue  # (X集团在Y投资兴建, the project named elsewhere: the firm invests there)
                    ctx.relate("locatedIn", t, p, "locatedIn.cue", 0.8)
                    continue
            # (力争更多项目落户衡东: what settles is named right before 落户, projects or firms in general, not
            # the company of the sentence)
            if (
                before.endswith("落户")
                and p.type in PLACES
                and not _GENERIC_SETTLERS.search(view[max(0, p0.vstart - 6) : p0.vstart])
            ):
                # 说起落户开原的感受,辽宁道勤农牧科技有限公司…: the company of the sentence
                if t_comps:
                    ctx.relate("locatedIn", t_comps[0], p, "locatedIn.settled-in", 0.7)
        # the zone's management committee is located in its zone
    zones_at: dict[int, list[Mention]] = defaultdict(list)
    for z in ctx.mentions:
        if z.type == "Zone":
            zones_at[z.vstart].append(z)
    for m in ctx.mentions:
        if m.rule in ("body.zone-committee", "body.zone-party-committee"):
            zones = [z for z in zones_at.get(m.vstart, []) if z.vend < m.vend]
            zone = max(zones, key=lambda z: z.vend) if zones else None
            if zone:
                ctx.relate("locatedIn", m, zone, "locatedIn.zone-committee", 0.85)


_PROJECT_IS_AT = re.compile(r"(?:该|这个|这一|此)?项目(?:位于|落户于?|选址于?|坐落于|建在|落地)")
_CLAUSE_PROJECT_IS_AT = re.compile(r"(?<=[，,；;])(?:该|这个|这一|此)?项目(?:位于|选址于?|坐落于|建在)")


@relation_rule("locatedIn.project-anaphor")
def located_project_anaphor(ctx: Context) -> None:
    """…建设Y项目。项目位于黑山县芳山镇: a sentence about "the project" locates the one just named."""
    view = ctx.view
    projects: list[Mention] = []
    places: list[Mention] = []
    for sent in ctx.doc.sentences:
        if view.find("项目", sent.vstart, max(sent.vend, sent.vstart + 4)) < 0:
            continue  # (each match holds 项目: the first within four characters of the start)
        mm = _PROJECT_IS_AT.match(view, sent.vstart)
        if not mm:
            # …P由C投资建设,项目位于X镇: a later clause of the sentence that names the project
            mm = _CLAUSE_PROJECT_IS_AT.search(view, sent.vstart, sent.vend)
            if not mm:
                continue
        if not places and not projects:  # gathered at the first sentence that needs them
            projects = [m for m in ctx.mentions if m.type == "Project"]
            places = [
                m
                for m in ctx.mentions
                if (m.code or m.type in ("Town", "Village", "Zone")) and not _is_home_ref(m)
            ]
        head = next((q for q in places if q.vstart == mm.end()), None)
        at = mm.start()
        before = [p for p in projects if p.vend <= at and at - p.vend < 300]
        if head is not None and before:
            last = max(before, key=lambda p: p.vend)
            ctx.relate("locatedIn", last, _chain_end(head, places), "locatedIn.project-anaphor", 0.7)


# verbs with which an acting body carries out a programme (lexicons, longest first)
_IMPL_VERB = re.compile(alternation("programme_verbs", "implement_verbs"))


def _actor_index(ms: list[Mention], ctx: Context) -> tuple:
    """The sentence's home references and acting bodies/places, sorted by end (built once)."""
    key = ("actors", id(ms), len(ms))
    hit = ctx.cache.get(key)
    if hit is None or hit[0] is not ms:
        outer = outermost(ms)
        home = sorted((m for m in outer if _is_home_ref(m)), key=lambda m: m.vend)
        acts = sorted(
            (m for m in outer if m.type in GOV_ACTORS and not _is_home_ref(m)), key=lambda m: m.vend
        )
        hit = (ms, home, [m.vend for m in home], acts, [m.vend for m in acts])
        ctx.cache[key] = hit
    return hit


# what stands between 全市/我市 and the verb it is the subject of (全市将持续开展P, 我市继续实行P)
_HOME_ADVERBS = frozenset(
    {
        "",
        "将",
        "要",
        "还将",
        "正在",
        "已",
        "积极",
        "全面",
        "持续",
        "继续",
        "将持续",
        "将继续",
        "将全面",
        "还要",
        "也将",
    }
)


def _actors_before(ms: list[Mention], pos: int, ctx: Context) -> list[Mention]:
    _, home, home_ends, acts, act_ends = _actor_index(ms, ctx)
    # 全市将建立…机制: the city itself, named by 全市 as the subject just before the verb
    i = bisect.bisect_right(home_ends, pos)
    if i and pos - home[i - 1].vend <= 4:
        m = home[i - 1]
        if ctx.view[m.vend : pos] in _HOME_ADVERBS:
            return [m]
    j = bisect.bisect_right(act_ends, pos)
    if not j:
        return []
    # coordinated actors: 商务部、公安部、海关总署 / 铁岭市纪委监委、铁岭市委组织部
    group = [acts[j - 1]]
    for a in reversed(acts[max(0, j - 16) : j - 1]):
        gap = ctx.view[a.vend : group[0].vstart]
        if gap in ("、", "和", "与", "及", "，"):
            group.insert(0, a)
        else:
            break
    return group


# …,办法规定, / …,该意见明确, / …,《通知》要求,: a clause whose subject is a document just named
_DOC_SAYS = re.compile(
    r"[，,](?:该|这一|此)?《?(?P<doc>办法|意见|通知|方案|细则|规定|条例|政策)》?(?:中)?(?:规定|明确|提出|指出|要求)"
)
_HEARD_FROM = re.compile(r"(?:处)?(?:获悉|了解到|得知|获知)")
# what a body's directives are called: 市委、市政府决策部署, 省委的要求, 市委精神 (not a verb: 市委部署,
# 财政局安排 say what the body itself does)
_DIRECTIVE = re.compile(r"(?:的|各项|的各项|有关)?决策部署|的(?:部署|要求|指示)|的?(?:指示)?精神")


# a short time or setting phrase opening a sentence before its subject (近年来, 今年以来, 下一步), possibly
# followed by a clause of circumstance (今年以来,面对复杂的外部环境, X区…)
_LEAD_ADVERBIAL = re.compile(
    r"(?:[^，,。；;：:“”]{2,7}[，,])?(?:(?:面对|面临|随着|立足|围绕|按照|根据)[^，,。；;：:“”]{2,24}[，,])?(?<=[，,])"
)


def _name_run_start(ms: list[Mention], m: Mention) -> int:
    """Where the run of names written right before m (天津市 before 蓟州区) begins; ms in text order."""
    ends = {x.vend: x.vstart for x in ms}
    k = m.vstart
    for _ in range(3):
        if k not in ends:
            break
        k = ends[k]
    return k


# a programme's launch, then its actor (X实施以来，Y…)
# a clause opened by a counted group (全省600多个乡镇, 30家企业, 各县区): its own subject, no entity
_COUNTED_SUBJECT = re.compile(
    r"(?:全[省市县区]|各地)?(?:共有|共)?(?:\d+|[一二三四五六七八九十百千两]+)[多余]?(?:个|家|所|座|名)"
)
_SINCE_LAUNCH = lazy(r"(启动实施|开展|实施|启动)以来[，,]")
# 以X为抓手: the programme an actor works through
_AS_VEHICLE = lazy(r"为(载体|抓手|契机|平台|牵引|主题)")
_LIST_JOIN = lazy(r"[、和与及]")


@relation_rule("implements")
def implements(ctx: Context) -> None:
    view = ctx.view
    for _si, ms in by_sentence(ctx).items():
        if not any(m.type == "Programme" for m in ms):
            continue  # (before the nesting sweep)
        progs = [m for m in outermost(ms) if m.type == "Programme"]
        if not progs:
            continue
        sent = ctx.doc.sentence_at(progs[0].vstart)
        prog_starts = [p.vstart for p in progs]
        date = None
        outer = outermost(ms)
        acts = [a for a in outer if a.type in GOV_ACTORS and not _is_home_ref(a)]
        act_starts = [a.vstart for a in acts]
        act_by_end = {a.vend: a for a in reversed(acts)}
        # ACTOR … VERB … PROGRAMME(s) in one clause
        for v in _IMPL_VERB.finditer(view, sent.vstart, sent.vend):
            lo, hi = bisect.bisect_left(prog_starts, v.end()), bisect.bisect_left(prog_starts, v.end() + 30)
            targets = [p for p in progs[lo:hi] if not _CLAUSE.search(view[v.end() : p.vstart])]
            if not targets:
                continue
            actors = _actors_before(ms, v.start(), ctx)
            if actors and _DIRECTIVE.match(view, actors[-1].vend):
                # 宽甸将贯彻落实市委、市政府决策部署,…推行X: whose directives are carried out is not who
                # acts; the actor is the subject before them
                actors = _actors_before(ms, actors[0].vstart, ctx)
            if not actors or _HEARD_FROM.match(view, actors[-1].vend):
                continue  # 记者从X获悉: X is where the news comes from, not who acts
            # the actor must be in the same clause or begin the sentence (or be at most 2 commas away)
            between = view[actors[-1].vend : min(v.start(), actors[-1].vend + 200)]
            said = _DOC_SAYS.search(between)
            if said:
                # X出台了《Y办法》,办法规定,每年安排3亿元作为Z专项资金: a clause whose subject is the document
                # just named says what the document provides, a part of it; its actor is not the clause's
                doc = next(
                    (
                        d
                        for d in reversed(progs)
                        if d.vend <= actors[-1].vend + said.start() and d.name.endswith(said.group("doc"))
                    ),
                    None,
                )
                for t in targets[:1] if doc is not None else ():
                    ctx.relate(
                        "partOf", t, doc, "partOf.document-provides", 0.6, span=(sent.vstart, sent.vend)
                    )
                continue
            far = v.start() - actors[-1].vend > 200
            last = max(between.rfind("，"), between.rfind(","))
            if last >= 0 and _COUNTED_SUBJECT.match(between, last + 1):
                continue  # …,全省600多个乡镇组织开展了Y: the clause has a subject of its own, a counted group
            if (
                (far or _CLAUSE.search(between))
                and actors[-1].vstart != sent.vstart
                # 近年来,X区不断…,持续…,出台…,推行Y: after a short opening adverbial the actor is the
                # subject of the sentence's chain of clauses, as at its start
                and not _LEAD_ADVERBIAL.fullmatch(view, sent.vstart, _name_run_start(ms, actors[-1]))
                and (far or between.count("，") + between.count(",") > 2)
            ):
                continue
            if date is None:
                date = date_in(sent.text, ctx.doc.year)
            tgts = [targets[0]] + [
                t for k, t in enumerate(targets[1:]) if _LIST_JOIN.fullmatch(view[targets[k].vend : t.vstart])
            ]
            if len(actors) == len(tgts) > 1:
                for a, t in zip(actors, tgts, strict=True):  # respectively
                    ctx.relate(
                        "implements",
                        a,
                        t,
                        "implements.respectively",
                        0.65,
                        span=(sent.vstart, sent.vend),
                        date=date,
                    )
            else:
                for a in actors:
                    for t in tgts:
                        ctx.relate(
                            "implements",
                            a,
                            t,
                            "implements.verb",
                            0.7,
                            span=(sent.vstart, sent.vend),
                            date=date,
                        )
        # PROGRAMME 开展/实施/启动以来,ACTOR…
        for p in progs:
            m = _SINCE_LAUNCH.match(view[p.vend : p.vend + 8])
            if m:
                k = bisect.bisect_left(act_starts, p.vend + m.end())
                if k < len(acts):
                    ctx.relate("implements", acts[k], p, "implements.since", 0.6)
            # ACTOR“PROGRAMME” (the city's own campaign) and 以PROGRAMME为载体
            if p.vstart in act_by_end:
                ctx.relate("implements", act_by_end[p.vstart], p, "implements.possessive", 0.6)
            if view[p.vstart - 1 : p.vstart] == "以" and _AS_VEHICLE.match(view[p.vend : p.vend + 4]):
                acts = _actors_before(ms, p.vstart, ctx)
                for a in acts:
                    ctx.relate("implements", a, p, "implements.vehicle", 0.65)


# what follows the issuer in a document's name: 关于…的意见, …管理办法
_DOC_NAME = re.compile(
    r"(?:关于|印发)?[^，,。；]{2,60}?(?:意见|办法|规定|通知|方案|规划|决定|条例|细则)[》”]?$"
)


@relation_rule("implements.issuer-in-name")
def implements_issuer_in_name(ctx: Context) -> None:
    """《X市人民政府关于…的意见》 / X盟…管理办法: the body or place that opens a document's name issues it."""
    starting: dict[int, list[Mention]] = defaultdict(list)
    for m in ctx.mentions:
        if m.type in GOV_ACTORS and not _is_home_ref(m):
            starting[m.vstart].append(m)
    for p in ctx.mentions:
        if p.type != "Programme":
            continue
        at = p.vstart + (1 if ctx.view[p.vstart : p.vstart + 1] in "《“" else 0)
        inner = [m for m in starting.get(at, []) if m.vend < p.vend]
        tail = ctx.view[max((m.vend for m in inner), default=at) : p.vend]
        if inner and _DOC_NAME.match(tail):
            ctx.relate("implements", max(inner, key=lambda m: m.vend), p, "implements.issuer-in-name", 0.7)


# 在 + a venue's name (no punctuation, no mention needed) right before the holding verb
# 在X县Y镇Z项目现场举行: a works' site (a project's area or site) between the places and the verb
_AT_SITE = re.compile(
    r"在([^，,。；;在]{2,40}?)(?:项目区|项目现场|项目工地|施工现场|建设现场|现场)(?:隆重|正式|集中)?"
)
_SITE_PLACES = frozenset({"Zone", "Town", "Village"})
_AT_VENUE = re.compile(
    r"在[^，,。；;、在]{2,16}?(?:"
    + "|".join(sorted(map(re.escape, VENUE_HEADS), key=len, reverse=True))
    + ")"
)


# 与我市 / 和我县 between a holder and 召开/举行: the article's own place holds the gathering with it
_WITH_HOME = re.compile(r"(?:与|和|同)(?:我|本)[省市县区旗州盟镇乡]")
# A与B、C等5家企业共同举办EVENT: the list's count and kind, and 共同 (jointly), between the last host and the verb
_JOINT_HOSTS = re.compile(
    r"(?:等(?:[\d一二三四五六七八九十]+[家个])?[\u4e00-\u9fff]{0,4}?(?:企业|单位|部门|机构|公司))?(?:共同|联合|一同|携手)"
)
# what closes a frame 在…EVENT上 round an event (在Y举办的洽谈会上, …期间, …中)
_FRAME_END = re.compile(r"[”」》]?(?:上|期间|中|现场)")
# 由X主办的Y: the organiser written before the event
_HOSTED_BY = lazy(r"由([^，,。；]{2,30}?)(?:主办|举办|承办|召开|组织)的?$")


@relation_rule("organizes")
def organizes(ctx: Context) -> None:
    """由X主办的EVENT · X召开/举行/举办EVENT · else the organiser named at the start of the event's name."""
    view = ctx.view
    dom, _ = DOMAIN_RANGE["organizes"]
    for _si, ms in by_sentence(ctx).items():
        events = [m for m in ms if m.type == "Event"]
        if not events:
            continue
        # outermost mentions do not nest, but two may overlap: sort by end for the searches
        outer = sorted(
            (a for a in outermost(ms) if a.type in dom and not _is_home_ref(a)),
            key=lambda a: (a.vend, a.vstart),
        )
        o_ends = [a.vend for a in outer]
        o_by_end = {a.vend: a for a in outer}
        starting: dict[int, list[Mention]] = defaultdict(list)
        for m in ms:
            starting[m.vstart].append(m)
        sent = ctx.doc.sentence_at(events[0].vstart)
        date = date_in(sent.text, ctx.doc.year)
        for ev in events:
            found = False
            lo = max(sent.vstart, ev.vstart - 40)  # every cue below is within 40 characters
            mm = _HOSTED_BY.search(view[lo : ev.vstart])
            if mm:
                i, j = (
                    bisect.bisect_left(o_ends, lo + mm.start(1)),
                    bisect.bisect_right(o_ends, lo + mm.end(1)),
                )
                for a in outer[i:j]:
                    if lo + mm.start(1) <= a.vstart:
                        ctx.relate("organizes", a, ev, "organizes.hosted-by", 0.8, date=date)
                        found = True
            if not found:
                k = max(view.rfind(v, lo, ev.vstart) for v in ("召开", "举行", "举办", "主办"))
                if k >= 0 and not _CLAUSE.search(view[k : ev.vstart]):
                    j = bisect.bisect_right(o_ends, k)
                    acts = (
                        [outer[j - 1]]
                        if j
                        and (
                            k - outer[j - 1].vend <= 2
                            # 省发改委与我市召开: the article's own place joined to the holder (it holds
                            # it too, read by organizes.held-by-place)
                            or _WITH_HOME.fullmatch(view, outer[j - 1].vend, k)
                            # A与B、C等5家企业共同举办: every host of a joint list
                            or _JOINT_HOSTS.fullmatch(view, outer[j - 1].vend, k)
                        )
                        else []
                    )
                    if not acts and (at := _AT_VENUE.search(view, lo, k)) and at.end() == k:
                        # 西宁市在青山国际会展中心举行: a venue that is no entity between 在 and the verb;
                        # the one named right before 在 holds it
                        acts = [o_by_end[at.start()]] if at.start() in o_by_end else []
                        if acts and acts[0].type in ("City", "District", "Town", "Zone"):
                            # a place holding it at a venue of its own: held in that place (as X举行)
                            ctx.relate("locatedIn", ev, acts[0], "locatedIn.held-by-place", 0.6)
                    if not acts and (site := _AT_SITE.search(view, lo, k)) and site.end() == k:
                        # 在X县Y镇Z项目现场举行: held on a works' site, in the most specific place that
                        # opens the phrase (the works' name after it is no place)
                        pos, where = site.start(1), None
                        while nxt := max(
                            (a for a in starting.get(pos, ()) if a.code or a.type in _SITE_PLACES),
                            key=lambda a: a.vend,
                            default=None,
                        ):
                            where, pos = nxt, nxt.vend
                        if where is not None:
                            ctx.relate("locatedIn", ev, where, "locatedIn.held-at-site", 0.65)
                    # (在广东深圳举办的: a province written before the city is part of where)
                    s0 = acts[-1].vstart if acts else -1
                    while acts and s0 in o_by_end and o_by_end[s0].code:
                        s0 = o_by_end[s0].vstart
                    if acts and view[s0 - 1 : s0] == "在":
                        # 在重庆举办的…交易会: where it is held, not who holds it
                        where = acts[-1]
                        if where.code or where.type == "Zone":
                            ctx.relate("locatedIn", ev, where, "locatedIn.held-in", 0.7)
                        # 铁岭市在沈阳举办…推介会: the one named right before 在 holds it; not where 在 opens
                        # a frame round the event (X在深圳举办的Y洽谈会上签约: 在…上, X is the clause's
                        # subject, who signs there; the holder of the relative clause is not written)
                        framed = view[k + 2 : k + 3] == "的" and _FRAME_END.match(view, ev.vend)
                        acts = [o_by_end[s0 - 1]] if s0 - 1 in o_by_end and not framed else []
                    if acts:
                        group = [acts[-1]]
                        j = bisect.bisect_right(o_ends, group[0].vstart)
                        for a in reversed(outer[max(0, j - 12) : j]):
                            if a is not group[0] and view[a.vend : group[0].vstart] in (
                                "、",
                                "和",
                                "与",
                                "及",
                            ):
                                group.insert(0, a)
                            elif a is not group[0]:
                                break
                        for a in group:
                            ctx.relate("organizes", a, ev, "organizes.verb", 0.75, date=date)
                        found = True
            # (X市一批重大项目集中开工, an occasion read off a collective act: the place says whose projects
            # start, not who holds a gathering; no organiser is written, as dev11 s05's gold reads)
            # (A与B…签约仪式: the parties named in a signing's name sign at it, neither holds it)
            # (…X县项目集中签约 in a headline, event.headline-act: the same, read off the headline)
            if not found and ev.rule not in (
                "event.collective-act",
                "event.signing-parties",
                "event.headline-act",
            ):
                # the organiser named at the start of the event's name: 中共铁岭市委八届八次全体会议
                first = [
                    m
                    for m in starting.get(ev.vstart, [])
                    if m.vend < ev.vend
                    and m.type in dom
                    and not _is_home_ref(m)
                    # a province or city opening a fair's name says where or whose, not who holds it
                    and (m.type in ORGS or m.type in ("City", "District") and ctx.view[m.vend] not in "第")
                    # X公司Y项目开工仪式: the firm's project is the occasion, not the firm its host
                    and not (m.type == "Company" and "项目" in ctx.view[m.vend : ev.vend])
                ]
                if first:
                    org = max(first, key=lambda m: m.vend)
                    ctx.relate("organizes", org, ev, "organizes.name-prefix", 0.7, date=date)


_AWARD_VERB = re.compile(
    r"公布|印发|发布|下发|命名|认定|公示|确定"
)  # (公示: a list made public before it stands)
_WINNER_CUE = re.compile(r"^(?:榜上有名|名列其中|入围|上榜|入选|成功入选|获批|位列其中)")
_ENTER = re.compile(
    r"(?:等\d+家\S{0,4}?)?(?:晋级|获评|入围|入选|列入|被评为|荣获|进入|被认定为|认定为|被命名为|被授予|获批为|获批)$"
)
# X开发区成功晋升省级开发区: a zone (or a place) raised to a level holds that level's title; a body
# before it (国务院同意…升级为…) only approves
_RAISED = re.compile(r"(?:晋升为|晋升|升级为|升格为)$")
_RAISED_TYPES = frozenset({"Zone", "District", "City", "Town"})


# a title's recognition or review as a task a body carries out (D的认定工作, D评审结果): see awards
_REVIEW_TASK_AFTER = re.compile(
    r"的?(?:(?:申报|审查|审核|推荐)[、和及与])*(?:认定|评审|评定|评选)(?:工作|结果)"
)


# a holder after a list just named (其中就包括X)
_INCLUDING = lazy(r"(其中就?包括|其中有|包括)$")
# 对…进行表彰: the body commending the list's holders
_COMMENDS = lazy(r"对(?:[^，。；]{0,30})表彰")
# D名单…，X6家企业在列，分别为：A、B、C: a count of holders on the list, then the holders named one by one
_COUNTED_THEN_NAMED = lazy(
    r"[0-9一二三四五六七八九十两]+家(?:企业|单位|公司)?(?:成功)?(?:在列|入选|入围|上榜|榜上有名|名列其中|位列其中)"
    r"[，,](?:分别为|分别是|依次为|包括|即)[：:]?"
)
_NAMED_JOIN = frozenset({"、", "和", "及", "以及", "与"})
_HOLDER_HOME_TYPES = frozenset({"Zone", "District", "City", "Town"})
# the join between two bodies publishing a list (A、B等3部门，C…)
_BODY_LIST_JOIN = lazy(r"[、和与及]|等\d+部门[、，,]?")


@relation_rule("awards")
def awards(ctx: Context) -> None:
    """Who publishes a list (awards) and who is on it (designatedAs); linear in the sentence.

    工业和信息化部公布D名单 · X、Y榜上有名 · X等6家企业晋级D · 其中就包括X · next sentence: X名列其中
    """
    view = ctx.view
    sents = by_sentence(ctx)
    dom_d, _ = DOMAIN_RANGE["designatedAs"]
    for si, ms in sents.items():
        desigs = [m for m in ms if m.type == "Designation"]
        if not desigs:
            continue
        sent = ctx.doc.sentence_at(desigs[0].vstart)
        date = date_in(sent.text, ctx.doc.year)
        outer = outermost(ms)
        d_starts = [d.vstart for d in desigs]
        d_ends = [d.vend for d in desigs]
        # publishing verbs (not 被认定为: X holds D, it did not award it) and the bodies before each
        verbs = [
            v.start()
            for v in _AWARD_VERB.finditer(view, sent.vstart, sent.vend)
            if view[v.start() - 1] != "被"
        ]
        bodies = [m for m in outer if m.type == "GovernmentBody"]
        b_ends = [b.vend for b in bodies]
        for d in desigs:
            i = bisect.bisect_right(verbs, d.vstart - 1)
            if i:
                v = verbs[i - 1]
                j = bisect.bisect_right(b_ends, v)
                if j:
                    group = [bodies[j - 1]]
                    for b in reversed(bodies[max(0, j - 12) : j - 1]):
                        if _BODY_LIST_JOIN.fullmatch(view[b.vend : group[0].vstart]):
                            group.insert(0, b)
                        else:
                            break
                    for b in group:
                        ctx.relate(
                            "awards",
                            b,
                            d,
                            "awards.published-list",
                            0.75,
                            span=(sent.vstart, sent.vend),
                            date=date,
                        )
            elif _REVIEW_TASK_AFTER.match(view, d.vend) and b_ends and b_ends[0] <= d.vstart:
                # X委员会组织开展了D的认定工作 / 对D评审结果进行了公示: the body that carries out the
                # title's recognition (the body before the title in its sentence) awards it
                b = bodies[bisect.bisect_right(b_ends, d.vstart) - 1]
                ctx.relate(
                    "awards", b, d, "awards.review-task", 0.7, span=(sent.vstart, sent.vend), date=date
                )
            else:
                mt = _COMMENDS.search(view[sent.vstart : min(sent.vend, d.vstart + 40)])
                if mt and sent.vstart + mt.start() <= d.vstart:
                    for b in _actors_before(ms, sent.vstart + mt.start(), ctx):
                        if b.type == "GovernmentBody":
                            ctx.relate(
                                "awards",
                                b,
                                d,
                                "awards.commended",
                                0.7,
                                span=(sent.vstart, sent.vend),
                                date=date,
                            )
        # holders, each mention looked at once: X榜上有名 after the list, X入围D before it, 其中就包括X
        holders: dict[int, tuple[Mention, Mention]] = {}
        cands = [m for m in outer if m.type in dom_d and not _is_home_ref(m) and m.type != "Designation"]
        for ci, m in enumerate(cands):
            k = bisect.bisect_right(d_ends, m.vstart)  # designations ending before m
            prior = desigs[k - 1] if k else None
            n = bisect.bisect_left(d_starts, m.vend)  # the first designation starting after m
            nxt = desigs[n] if n < len(desigs) else None
            if prior is not None and _WINNER_CUE.match(view[m.vend : m.vend + 4]):
                # X入围D2: a cue verb followed by another list names that list, not this one
                if nxt is None or _CLAUSE.search(view[m.vend : nxt.vstart]):
                    holders[id(m)] = (m, prior)
                    continue
            later = cands[ci + 1] if ci + 1 < len(cands) else None
            if (
                nxt is not None
                and nxt.vstart - m.vend <= 40
                and (later is None or later.vstart >= nxt.vstart)
            ):
                # the holder nearest the list (辽阳市宏伟区被认定为D: the district, not the city)
                gap = view[m.vend : nxt.vstart]
                if (
                    _ENTER.search(gap) or m.type in _RAISED_TYPES and _RAISED.search(gap)
                ) and not _CLAUSE.search(gap):
                    holders[id(m)] = (m, nxt)
                    continue
            if prior is not None and _INCLUDING.search(view[max(sent.vstart, m.vstart - 6) : m.vstart]):
                holders[id(m)] = (m, prior)
        # D名单…，武清开发区6家企业在列，分别为：A、B、C: the holders named after the count; the zone or
        # place right before the count is their home
        by_start = {m.vstart: i for i, m in enumerate(cands)}
        for mc in _COUNTED_THEN_NAMED.finditer(view, sent.vstart, sent.vend):
            k = bisect.bisect_right(d_ends, mc.start())
            first = by_start.get(mc.end())
            if not k or first is None:
                continue
            i = first
            named = [cands[i]]
            while i + 1 < len(cands) and view[cands[i].vend : cands[i + 1].vstart] in _NAMED_JOIN:
                i += 1
                named.append(cands[i])
            home = [m for m in ms if m.vend == mc.start() and m.type in _HOLDER_HOME_TYPES]
            for m in named:
                holders.setdefault(id(m), (m, desigs[k - 1]))
                if home and m.type in ("Company", "Institution", "Project"):
                    ctx.relate(
                        "locatedIn",
                        m,
                        home[0],
                        "locatedIn.counted-holders",
                        0.6,
                        span=(sent.vstart, sent.vend),
                    )
        # 铁岭县、开原市、昌图县榜上有名: coordinated holders share the list, walking left once
        pos = {id(m): i for i, m in enumerate(cands)}
        for m, d in list(holders.values()):
            i = pos[id(m)]
            while i > 0 and view[cands[i - 1].vend : cands[i].vstart] == "、":
                i -= 1
                holders.setdefault(id(cands[i]), (cands[i], d))
        for h, d in holders.values():
            ctx.relate(
                "designatedAs", h, d, "designatedAs.list", 0.7, span=(sent.vstart, sent.vend), date=date
            )
        # 辽宁新增4家国家4A级旅游景区,西丰城子山风景区名列其中 is covered above; next sentence 榜上有名 too
        nxt_ms = sents.get(si + 1, [])
        if len(desigs) != 1 or any(m.type == "Designation" for m in nxt_ms):
            continue
        for m in outermost(nxt_ms):
            if m.type in dom_d and not _is_home_ref(m) and _WINNER_CUE.match(view[m.vend : m.vend + 4]):
                ctx.relate("designatedAs", m, desigs[0], "designatedAs.next-sentence", 0.55)


_FUND_WORD = re.compile(r"补贴|补助|资金|扶持|奖励|奖补|贴息")


_FUNDED_AMOUNT = re.compile(
    r"(争取到|争取|获得|获批|拨付|给予|下达|发放|兑现|申请到|得到|补助|补贴|奖励|奖补)(了)?([^，,。；]{0,16}?)("
    + _AMOUNT
    + r")(的)?([^，,。；]{0,6})"
)


# the firm or project that a fund goes to (为企业争取资金, 该项目获得补贴)
_AID_TO_RECIPIENT = lazy(r"(为|帮助|帮|对)(企业|我们|项目|该企业|该项目|这个项目|公司)|^(该|这个|这一)?项目")
# a fund that goes to a project, not a firm (为该项目争取资金)
_AID_TO_PROJECT = lazy(r"(为|帮助|帮|对)(该|这个)?项目|^(该|这个|这一)?项目")
_FUNDING_WORD = lazy(r"补贴|补助|资金|奖励|奖补|政策")


@relation_rule("funded")
def funded(ctx: Context) -> None:
    """A subsidy, fund or body that gives a company or project money, with the amount.

    …申报了‘X补贴’项目,为企业争取到141.19万元的补贴资金 · Y通过X行动获得技术改造补贴860万元 ·
    Z帮助项目争取到X资金2000万元 · 对Y给予X万元奖励
    """
    for _si, ms in by_sentence(ctx).items():
        sent = ctx.doc.sentence_at(ms[0].vstart)
        s_ = sent.text
        mm = _FUNDED_AMOUNT.search(s_) if "元" in s_ else None  # (every amount ends with 元)
        if not mm or not (
            _FUND_WORD.search(mm.group(1) + mm.group(3)) or _FUND_WORD.search(mm.group(6) or "")
        ):
            continue
        amt = money(mm.group(4))
        if amt is None:
            continue
        vpos = sent.vstart + mm.start()
        outer = outermost(ms)
        # the funder: a programme named in the object (中央预算内投资补助资金), else the nearest programme
        # or body before the verb
        inside = [
            m
            for m in outer
            if m.type == "Programme" and sent.vstart + mm.start(3) <= m.vstart < sent.vstart + mm.end()
        ]
        before = [m for m in outer if m.type in ("Programme", "GovernmentBody") and m.vend <= vpos]
        funder = inside[0] if inside else (before[-1] if before else None)
        if funder is None:
            # 丰禾草莓种苗获得补贴资金1360万元: the subsidy named in the sentences just before
            prior = [
                m
                for m in ctx.mentions
                if m.type == "Programme"
                and m.vend <= sent.vstart
                and sent.vstart - m.vend < 300
                and _FUND_WORD.search(m.name + "政策补贴")
                and _FUNDING_WORD.search(m.name)
            ]
            if not prior:
                continue
            funder = prior[-1]
        recips = [m for m in outer if m.type in ("Company", "Project") and m.vend <= vpos]
        if not recips:
            recips = [m for m in outer if m.type in ("Company", "Project") and m.vstart > vpos]
        if not recips and _AID_TO_RECIPIENT.search(s_):
            # 为企业 / 帮助项目 / 该项目获得…: the company or project this passage is about
            want = "Project" if _AID_TO_PROJECT.search(s_) else "Company"
            prior = [
                m
                for m in ctx.mentions
                if m.type == want and m.vend <= sent.vstart and sent.vstart - m.vend < 400
            ]
            recips = prior[-1:]
        if not recips:
            continue
        ctx.relate(
            "funded",
            funder,
            recips[-1] if recips[-1].vend <= vpos else recips[0],
            "funded.subsidy",
            0.7,
            span=(sent.vstart, sent.vend),
            **_money_kw(amt),
        )


_BUILT_BY = re.compile(r"由([^，,。；由]{2,30}?)(?:负责)?(?:承建|建设运营|投资建设|建设|运营)(的)?")
_BUILDS_ZONE = re.compile(r"(?:正在|计划|将|拟|已|共同|联合)?(?:投资)?(?:建设|兴建|打造|开发|运营)(?:的)?$")
_BUILDS_PROJECT = re.compile(
    r"(正在|计划|将|拟|已)?(投资[^，,]{0,10}?)?(建设|新建|兴建|扩建|实施|打造|签约建设|开工建设)(的)?$"
)
_HANDED_TO = re.compile(r"(?:交由|交给|委托)([^，,。；]{2,30}?)(?:运营|经营|管理|运行|负责运营)")


# invests' patterns, compiled once (they were built from _AMOUNT on every call)
_INVEST_END = re.compile(rf"(总)?投资({_AMOUNT})的?$")
_INVEST_BUILD_END = re.compile(rf"(总)?投资({_AMOUNT})(?:建设|兴建|新建|实施|打造|扩建)?的?$")
_INVESTED_OF = re.compile(r"(?:出资|投资)(?:建设|兴建|新建)?的$")
_PROJECT_INVEST = re.compile(rf"项目(总)?投资({_AMOUNT})")
_INVEST = re.compile(rf"(总)?投资({_AMOUNT})")
_INVEST_AMOUNT = re.compile(rf"(?:总)?投资({_AMOUNT})")


def _builds(view: str, builder: Mention, built: Mention, verb: re.Pattern) -> bool:
    """<company>(,)正在建设/计划投资X建设 <project or zone>: at most 24 characters of one sentence between
    them, ending in a verb of building (one window for the projects and the zones a company builds)."""
    gap = view[builder.vend : built.vstart]
    return len(gap) <= 24 and "。" not in gap and "；" not in gap and verb.search(gap) is not None


# 由X公司投资的Y项目 (also 总投资, 投资建设的): X is the investor of Y
_INVESTED_BY = re.compile(r"由([^，,。；;、]{2,40}?)(?:总)?(?:出资|投资)(?:建设|兴建)?的")


# 由X出资建设: the investor of a project
_BUILT_WITH_FUNDS_OF = lazy(rf"由([^，,。；]{{2,30}}?)(?:出资|投资)({_AMOUNT})?(?:建设|兴建|建成|运营)")


_SEMI_END = re.compile(r"[；;][”’」』）)]*$")


def _semicolon_series(ctx: Context, sent: Sentence) -> tuple[int, int]:
    """The view span of a sentence with its neighbours joined to it by a semicolon (A;B;C is one series):
    at most the sentence before and the one after, so each call reads three sentences."""
    sents = ctx.doc.sentences
    lo, hi = sent.vstart, sent.vend
    i = sent.index
    if i > 0 and _SEMI_END.search(sents[i - 1].text):
        lo = sents[i - 1].vstart
    if i + 1 < len(sents) and _SEMI_END.search(sent.text):
        hi = sents[i + 1].vend
    return lo, hi


@relation_rule("investsIn")
def invests(ctx: Context) -> None:
    """Who puts money into which project, and who builds or runs it.

    总投资约31亿元的<company><project> · <company>(总)投资X亿元(建设)的<project> ·
    <project>由<company>投资X亿元建设 · <company><project>…项目总投资X亿元 · <company>的<project>
    """
    view = ctx.view
    for _si, ms in by_sentence(ctx).items():
        if not any(m.type == "Company" for m in ms):
            continue  # every relation below has a company of the sentence at one end
        sent = ctx.doc.sentence_at(ms[0].vstart)
        outer = outermost(ms)
        projects = [m for m in ms if m.type == "Project"]
        comps = [m for m in outer if m.type == "Company"]
        # indexes, so that each project and company is looked up in constant or logarithmic time
        p_by_start: dict[int, list[Mention]] = defaultdict(list)
        p_by_end: dict[int, list[Mention]] = defaultdict(list)
        for q in projects:
            p_by_start[q.vstart].append(q)
            p_by_end[q.vend].append(q)
        c_by_end: dict[int, list[Mention]] = defaultdict(list)
        for c in comps:
            c_by_end[c.vend].append(c)
        all_co = [c for c in ms if c.type == "Company"]  # sorted by start, as ms is
        all_co_starts = [c.vstart for c in all_co]
        listed: bool | None = None  # counted once per sentence, when first needed
        for p in projects:
            if any(q.vend > p.vend for q in p_by_start[p.vstart]):
                continue  # the whole name (…示范项目一期500兆瓦风电项目) is handled, not its parent
            pre = view[max(sent.vstart, p.vstart - 24) : p.vstart]
            lo = bisect.bisect_left(all_co_starts, p.vstart)
            hi = bisect.bisect_left(all_co_starts, p.vend)
            inner_co = [c for c in all_co[lo:hi] if c.vend <= p.vend]
            # the most specific project sharing this span end gets the money (the phase, not the whole)
            tgt = max((q for q in p_by_end[p.vend] if q.vstart >= p.vstart), key=lambda q: q.vstart)
            # 总投资约31亿元的国家电投清河发电公司铁岭…项目: the operator written right before the project
            glued = c_by_end.get(p.vstart, [])
            if glued and not inner_co:
                pre_c = view[max(sent.vstart, glued[0].vstart - 16) : glued[0].vstart]
                if _INVEST_END.search(pre_c):
                    pre, inner_co = pre_c, glued
            mm = _INVEST_END.search(pre)
            if mm and inner_co:
                if listed is None:
                    # a list of project sheets (总投资X的A项目,总投资Y的B项目): each amount is its project's
                    # size, and the firm opening a name there is part of the name, not a stated investor
                    # (the sheets are often joined by semicolons: 总投资X的A项目;总投资Y的B项目, one list)
                    lo_v, hi_v = _semicolon_series(ctx, sent)
                    listed = sum(1 for _ in _INVEST.finditer(view, lo_v, hi_v)) >= 2
                if listed:
                    continue
                amt = money(mm.group(2))
                for c in inner_co:
                    if amt:
                        ctx.relate("investsIn", c, tgt, "investsIn.total-investment", 0.7, **_money_kw(amt))
                continue
            # <company>(总)?投资X(建设)?的<project> / <company>总投资X的<project>
            mm = _INVEST_BUILD_END.search(pre)
            if mm:
                k = p.vstart - len(mm.group())
                owner = c_by_end.get(k, [])
                if not owner:
                    # X公司在Y投资N亿元的Z项目: a place or zone after 在 between the firm and its investment
                    where = next(
                        (q for q in ms if q.vend == k and q.code or q.vend == k and q.type == "Zone"), None
                    )
                    if where is not None and view[where.vstart - 1 : where.vstart] == "在":
                        owner = c_by_end.get(where.vstart - 1, [])
                if owner:
                    amt = money(mm.group(2))
                    ctx.relate("investsIn", owner[0], p, "investsIn.company-invests", 0.8, **_money_kw(amt))
                    ctx.relate("operates", owner[0], p, "operates.builds", 0.7)
                    continue
            # <company>投资(建设)的<project>, no amount written (该项目是X公司投资的Y项目)
            mm = _INVESTED_OF.search(pre)
            if mm and (owner := c_by_end.get(p.vstart - len(mm.group()), [])):
                ctx.relate("investsIn", owner[0], p, "investsIn.company-invested", 0.7)
                continue
            # <company><project> written together, or <company>的<project>
            owner = c_by_end.get(p.vstart, []) + (
                c_by_end.get(p.vstart - 1, []) if view[p.vstart - 1 : p.vstart] == "的" else []
            )
            if owner and p not in inner_co:
                ctx.relate("operates", owner[0], p, "operates.adjacent", 0.65)
                rest = view[p.vend : min(sent.vend, p.vend + 80)]
                # …项目总投资X later in the sentence, or right after a name that ends in 项目
                mm = _PROJECT_INVEST.search(rest) or _INVEST.match(rest)
                if mm and (amt := money(mm.group(2))):
                    ctx.relate("investsIn", owner[0], p, "investsIn.project-total", 0.65, **_money_kw(amt))
        # <company>(,)正在建设/签约建设/计划投资X建设/实施 <project>(,总投资X): the company builds it
        p_sorted = sorted(projects, key=lambda q: q.vstart)
        p_starts = [q.vstart for q in p_sorted]
        c_starts = [c.vstart for c in comps]
        for c in comps:
            # the projects starting within 24 characters after it, before the next company ends
            n = bisect.bisect_right(c_starts, c.vend)
            limit = c.vend + 24 if n >= len(comps) else min(c.vend + 24, comps[n].vend - 1)
            lo, hi = bisect.bisect_right(p_starts, c.vend), bisect.bisect_right(p_starts, limit)
            for p in p_sorted[lo:hi]:
                if not _builds(view, c, p, _BUILDS_PROJECT):
                    continue
                if firm_in_object(view, c) and _COMMA.search(view[c.vend : p.vstart]):
                    continue  # 已为C供货十余年,今年公司投资…建设P: a firm written as an object is not the next clause's subject
                tgt = max((q for q in p_by_end[p.vend] if q.vstart >= p.vstart), key=lambda q: q.vstart)
                ctx.relate("operates", c, tgt, "operates.subject-builds", 0.65)
                mm = _INVEST_AMOUNT.search(view[c.vend : min(sent.vend, c.vend + 80)])
                if mm and (amt := money(mm.group(1))):
                    ctx.relate("investsIn", c, tgt, "investsIn.subject-invests", 0.65, **_money_kw(amt))
        # <company>(与X签订协议,)共同建设<zone>: a company builds and runs a zone too
        c_ends = [c.vend for c in comps]
        for z in [m for m in outer if m.type == "Zone"]:
            n = bisect.bisect_right(c_ends, z.vstart)
            if not n:
                continue
            c = comps[n - 1]
            if _builds(view, c, z, _BUILDS_ZONE):
                ctx.relate("operates", c, z, "operates.builds-zone", 0.6)
        # …建起…的<project>，交由<company>运营: the company runs what was built
        c_by_start: dict[int, list[Mention]] = defaultdict(list)
        for c in comps:
            c_by_start[c.vstart].append(c)
        p_by_vend = sorted(projects, key=lambda q: q.vend)
        p_vends = [q.vend for q in p_by_vend]
        for mm in _HANDED_TO.finditer(view, sent.vstart, sent.vend):
            co = [c for c in c_by_start.get(mm.start(1), []) if c.vend <= mm.end(1)]
            built = p_by_vend[max(0, bisect.bisect_right(p_vends, mm.start()) - 1) :][:1]
            built = [q for q in built if q.vend <= mm.start()]
            if co and built:
                ctx.relate("operates", co[0], built[-1], "operates.handed-to", 0.7)
        # (这个|该)?项目由<company>投资X建设 / <project>由<company>投资建设
        for mm in _BUILT_WITH_FUNDS_OF.finditer(sent.text):
            cs = sent.vstart + mm.start(1)
            lo = bisect.bisect_left(c_starts, cs)
            co = [c for c in comps[lo : lo + 4] if c.vend <= sent.vstart + mm.end(1)]
            if not co:
                continue
            if "doc_projects" not in ctx.cache:
                dp = sorted(
                    (q for q in ctx.mentions if q.type == "Project"), key=lambda q: (q.vend, q.vstart)
                )
                ctx.cache["doc_projects"] = (dp, [q.vend for q in dp])
            dp, dp_ends = ctx.cache["doc_projects"]
            j = bisect.bisect_right(dp_ends, cs)
            if not j or cs - dp[j - 1].vend >= 200:
                continue
            p = dp[j - 1]
            amt = money(mm.group(2)) if mm.group(2) else None
            ctx.relate("investsIn", co[0], p, "investsIn.built-by", 0.75, **_money_kw(amt))
            ctx.relate("operates", co[0], p, "operates.built-by", 0.7)
        # 由<company>投资的<project>: the investor named before what it pays for (a list of such lines)
        for mm in _INVESTED_BY.finditer(view, sent.vstart, sent.vend):
            co = [c for c in c_by_start.get(mm.start(1), []) if c.vend == mm.end(1)]
            p_here = [q for q in projects if q.vstart == mm.end()]
            if co and p_here:
                ctx.relate("investsIn", co[0], p_here[0], "investsIn.invested-by", 0.75)
        # 由<company>承建的<project> / <project>由<company>承建(运营): the builder or operator
        for mm in _BUILT_BY.finditer(view, sent.vstart, sent.vend):
            co = [c for c in c_by_start.get(mm.start(1), []) if c.vend == mm.end(1)]
            if not co:
                continue
            if mm.group(2):  # …的<project>
                built_for = p_by_start.get(mm.end(), [])
            else:
                j = bisect.bisect_right(p_vends, mm.start())
                built_for = [q for q in p_by_vend[max(0, j - 3) : j] if mm.start() - q.vend <= 6]
            if built_for:
                ctx.relate("operates", co[0], built_for[-1], "operates.built-by", 0.7)


@relation_rule("worksFor.cue")
def works_cue(ctx: Context) -> None:
    """鲁玉娥……到莱尼线束系统(铁岭)有限公司工作后."""
    view = ctx.view
    for _si, ms in by_sentence(ctx).items():
        people = [m for m in ms if m.type in ("Person", "Official")]
        if not people:
            continue  # (before the nesting sweep)
        for org in [m for m in outermost(ms) if m.type in ORGS]:
            if view[org.vstart - 1 : org.vstart] in ("到", "在", "进") and view[org.vend : org.vend + 2] in (
                "工作",
                "上班",
                "任职",
            ):
                before = [p for p in people if p.vend <= org.vstart]
                if before:
                    ctx.relate("worksFor", before[-1], org, "worksFor.works-at", 0.7)


_SUPPLIER = r"(?:供应商|配套商|供货商|配套企业|供应企业)"
# every supplies pattern below contains one of these: sentences without them are skipped cheaply
_SUPPLY_CUE = re.compile(r"供|配套|销往|采购")
_SUPPLY_CLAUSES = (
    (
        re.compile(r"与([^，,。；]{2,30}?)签订(?:了)?(?:供货|供应|采购|配套)(?:协议|合同)"),
        "supplies.supply-contract",
        0.65,
    ),
    (re.compile(r"(?:为|向)([^，,。；]{2,40}?)(?:配套|供应|供货|提供)"), "supplies.supplies-to", 0.6),
)


# 作为X的核心供应商: the customer of a supplier
_AS_SUPPLIER_OF = lazy(rf"作为([\u4e00-\u9fff]{{2,8}}?)的[\u4e00-\u9fff]{{0,8}}{_SUPPLIER}")
# 已成为X的一级供应商
_BECOMES_SUPPLIER_OF = lazy(
    rf"(?:已|将|已经)?(?:成为|是)([^，,。；]{{2,24}}?)的[\u4e00-\u9fff]{{0,10}}{_SUPPLIER}"
)
# 主要供应给X, 销往X: the customer of the goods
_SUPPLIES_TO = lazy(r"(?:主要|将|已)?(?:供应给?|供货给?|销往|配套给)([^，,。；]{2,30})")


@relation_rule("supplies")
def supplies(ctx: Context) -> None:
    """作为X的…供应商,Y… / Y(已|将)?成为X的…供应商 / Y为X配套 / Y向X供应."""
    for _si, ms in by_sentence(ctx).items():
        sent = ctx.doc.sentence_at(ms[0].vstart)
        if not _SUPPLY_CUE.search(sent.text):
            continue
        outer = [m for m in outermost(ms) if m.type == "Company"]
        m = _AS_SUPPLIER_OF.search(sent.text)
        if m:
            cust_vs, cust_ve = sent.vstart + m.start(1), sent.vstart + m.end(1)
            cust = next(
                (x for x in ms if x.type == "Company" and x.vstart == cust_vs and x.vend == cust_ve), None
            )
            if cust is None:
                cust = ctx.add(cust_vs, cust_ve, "Company", "company.customer", 0.6)
            sup = [x for x in outer if x.vstart >= sent.vstart + m.end()]
            if cust is not None and sup:
                ctx.relate("supplies", sup[0], cust, "supplies.supplier-of", 0.7)
            continue
        for m in _BECOMES_SUPPLIER_OF.finditer(sent.text):
            cs, ce = sent.vstart + m.start(1), sent.vstart + m.end(1)
            custs = [x for x in outer if cs <= x.vstart and x.vend <= ce]
            sup = [x for x in outer if x.vend <= sent.vstart + m.start()]
            if not sup:  # 并将成为X的配套供应商: the company this sentence is about
                sup = [
                    x
                    for x in ctx.mentions
                    if x.type == "Company" and x.vend <= sent.vstart and sent.vstart - x.vend < 300
                ][-1:]
            if custs and sup:
                ctx.relate("supplies", sup[-1], custs[0], "supplies.becomes-supplier", 0.7)
        for m in _SUPPLIES_TO.finditer(sent.text):
            cs = sent.vstart + m.start(1)
            custs = [x for x in outer if x.vstart == cs]
            sup = [x for x in outer if x.vend <= sent.vstart + m.start()]
            if not sup:  # 产品主要配套供应X: the company this passage is about
                sup = [
                    x
                    for x in ctx.mentions
                    if x.type == "Company" and x.vend <= sent.vstart and sent.vstart - x.vend < 300
                ][-1:]
            if custs and sup:
                ctx.relate("supplies", sup[-1], custs[0], "supplies.supplies-to", 0.65)
        # the customer inside the matched group, the supplier the last company before it
        for rx, rule, conf in _SUPPLY_CLAUSES:
            for m in rx.finditer(sent.text):
                cs, ce = sent.vstart + m.start(1), sent.vstart + m.end(1)
                custs = [x for x in outer if cs <= x.vstart and x.vend <= ce]
                sup = [x for x in outer if x.vend <= cs - 1]
                if custs and sup:
                    ctx.relate("supplies", sup[-1], custs[0], rule, conf)


# a signing verb, not the noun phrases 签约仪式, 签约活动, 签约项目 that name the occasion or its projects
_SIGN = re.compile(r"(?:签约|签订|签下|签署|完成签约)(?!仪式|活动|大会|项目|金额|现场|单位|的)")
# a body or firm written right before a title is the person's employer, not a party: 市委书记X
_BEFORE_TITLE = re.compile(
    # (a deputy's post too: X公司副总经理Y见证签约, the firm names the witness's employer, not a party)
    r"(?:常务副|副)?(?:书记|常委|市长|县长|区长|省长|主任|主席|秘书长|董事长|总经理|经理|负责人)|讯"
)
_AT_EVENT = re.compile(
    r"在(?:[^，,。；]{0,12}?)(?:大会|会|仪式|文化节|节|推介会|洽谈会|博览会|交易会|论坛)上|现场签约"
)


# X组织Y参加(在重庆举办的)EVENT: the organiser and the members named take part
_DELEGATION = re.compile(
    r"组织([^，,。；]{2,40}?)(?:参加|参展|参与)(?:在[^，,。；]{1,12}?(?:举办|举行|召开)的)?$"
)
_AT_HEAD = re.compile(r"在([\u4e00-\u9fff]{2,6}?)上")


def _event_referred(view: str, sent, before: int, prior: list[Mention]) -> Mention:
    """The event a signing sentence refers to: 在文化节上 is the last event named …文化节 (not the
    fair held during it, named later), else the last event named."""
    m = _AT_HEAD.search(sent.text, 0, before)
    if m:
        head = m.group(1)
        named = [e for e in prior if view[e.vstart : e.vend].endswith(head)]
        if named:
            return named[-1]
    return prior[-1]


# (自X会议召开以来,…签约: the event dates the signing, a time anchor, not where it is held)
_AFTER_EVENT = re.compile(r"(?:结束|召开|举行|举办|开幕|闭幕)?(?:之?后|以后|以来)")


# 位于X / 在X / 由X, right before a name: a place or an organiser, not a party to a signing
_LOCATED_OR_AGENT_CUE = lazy(r"(位于|在|由)$")
_HOSTING_VERB = lazy(r"(主办|举办|承办|召开|举行)")
# X市委书记, X市长: a body or place naming a leader's post, not a party to the signing
_LEADER_TITLE = lazy(r"[、，,]?副?(?:书记|市长|县长|区长)")
# 代表A与B签约: B, after 与, is a party, not one the speaker represents
_PARTNER_PREP = lazy(r"[对与和同]")


def _signings(ctx: Context) -> None:
    """X与Y(在大会上)签约…建设Z项目: the signers and the project take part in the event just named."""
    view = ctx.view
    events = sorted((m for m in ctx.mentions if m.type == "Event"), key=lambda m: m.vstart)
    dom = DOMAIN_RANGE["participatesIn"][0]
    sents = ctx.doc.sentences
    for i, sent in enumerate(sents):
        sv = _SIGN.search(sent.text)
        if not sv:
            continue
        context = "".join(s.text for s in sents[max(0, i - 2) : i + 1])
        if not _AT_EVENT.search(context) and not any(
            e.vstart >= sent.vstart and e.vend <= sent.vend for e in events
        ):
            continue
        prior = [e for e in events if e.vstart < sent.vend and sent.vstart - e.vend < 600]
        if not prior:
            continue
        ev = _event_referred(view, sent, sv.start(), prior)
        if _AFTER_EVENT.match(view, ev.vend):
            continue  # (在)收看X视频会议后/自X会议召开以来,…签约: the signing follows the event, not held at it
        ms = [m for m in ctx.mentions if sent.vstart <= m.vstart and m.vend <= sent.vend]
        outer = [m for m in outermost(ms) if m.type in dom and not _is_home_ref(m) and m is not ev]
        vpos = sent.vstart + sv.start()
        signers = [
            m
            for m in outer
            if m.vend <= vpos
            and m.type != "Project"
            and not _LOCATED_OR_AGENT_CUE.search(view[max(0, m.vstart - 2) : m.vstart])
            and not _HOSTING_VERB.match(view[m.vend : m.vend + 2])
            and not _BEFORE_TITLE.match(view, m.vend)
            and not _LEADER_TITLE.match(view[m.vend : m.vend + 4])
            # (福州闽侯县举办…: a place written right before a smaller place of its chain only locates it)
            and not (m.code and any(x.code and x.vstart == m.vend for x in ms))
        ]
        # only the parties of the signing clause: 其中,X与Y签约
        clause_start = max(
            [sent.vstart] + [sent.vstart + k.end() for k in _CLAUSE.finditer(sent.text, 0, sv.start())]
        )
        signers = [m for m in signers if m.vstart >= clause_start]
        # 代表区委、区政府对…签约表示祝贺: those a speaker represents are not parties; 天津东丽区委:
        # a place glued to a body's name is part of that name
        starts = {m.vstart for m in ms if m.type in ORGS}
        signers = [
            m
            for m in signers
            if m.vend not in starts
            and not (
                (k := view.rfind("代表", clause_start, m.vstart)) >= 0
                and not _PARTNER_PREP.search(view[k : m.vstart])
            )
        ]
        projects = [m for m in outer if m.type == "Project"]
        for m in signers + projects:
            ctx.relate("participatesIn", m, ev, "participatesIn.signed-at-event", 0.55)


# PERSON在会上讲话 / 通报了…: a speaker at the event just named; without a speaking verb (X在会上为获评企业
# 颁发证书) the person must be written right before 在 (what X does at the meeting, X takes part in it)
_AT_THE_MEETING = re.compile(
    r"在(?:会上|全会上|仪式上|大会上|会议上|推介会上|签约仪式上|开工仪式上|座谈会上|推进会上)"
    r"(?P<verb>致辞|讲话|发言|表示|要求|指出|通报|介绍|强调|宣布|宣读|部署|作报告|解读)?"
)
_NEXT_TO_AT = re.compile(r"[^，,。；;：:]{0,2}")


# A、B分别作为…企业代表和…代表发言 / X作为企业代表作表态发言: who speaks as a representative at the occasion
_AS_REPRESENTATIVE = Scan(
    re.compile(r"(?:分别)?作为[^，,。；;！!？?]{0,24}代表[^，,。；;！!？?]{0,24}?(?:作)?(?:表态)?发言")
)
# EVENT现场, PERSON表示: the speaker at the occasion just named
_AT_THE_SCENE = re.compile(r"现场[，,]")
_SPEECH_AFTER = re.compile(r"表示|介绍|说|指出|致辞|讲话|发言")


def _representatives(ctx: Context, events: list[Mention]) -> None:
    """Firms and bodies that speak as representatives, and speakers at an occasion's scene, take part in it."""
    view = ctx.view
    for mm in _AS_REPRESENTATIVE.finditer(view):
        sent = ctx.doc.sentence_at(mm.start())
        prior = [e for e in events if e.vend <= sent.vstart]
        if not prior:
            continue
        here = by_sentence(ctx).get(sent.index, [])
        speakers = [
            m
            for m in outermost(here)
            if m.vend <= mm.start()
            and m.type in ("Company", "Institution", "GovernmentBody")
            and not _is_home_ref(m)
        ]
        for m in speakers:
            ctx.relate("participatesIn", m, prior[-1], "participatesIn.representative", 0.6)
    for ev in events:
        scene = _AT_THE_SCENE.match(view, ev.vend)
        if not scene:
            continue
        sent = ctx.doc.sentence_at(ev.vstart)
        people = [
            m
            for m in by_sentence(ctx).get(sent.index, [])
            if m.type in ("Person", "Official") and scene.end() <= m.vstart
        ]
        if people and _SPEECH_AFTER.match(view, people[0].vend):
            ctx.relate("participatesIn", people[0], ev, "participatesIn.spoke-at-scene", 0.6)


# between two bodies of a list of who attended: what of each was sent (有关司局, 相关部门负责人) and 、
# (a bare 、 between people is left to the people's own rules)
_SENT_BY_LIST = re.compile(
    r"(?:(?:有关|相关)(?:司局|部门|单位)?|司局|部门|单位)(?:主要)?(?:负责人|负责同志)?、"
)
# 申报了X / 投入到X / 参与X / 入驻X
_JOINS_BEFORE = lazy(r"(申报了?|投入到|参与|参加|加入|入驻|列入)$")
# 在EVENT上致辞: a speaker at the event
_SPEAKS_AT = lazy(r"上(致辞|讲话|发言|作报告|表示|要求|指出|签约|亮相|推介)")
# X帮助我们申报了Y: the helper, not the applicant
_HELPS_FIRM = lazy(r"(帮助|协助|指导|帮)(我们|企业|公司)")
# 在EVENT上,X签下Y项目
_SIGNS_AT = lazy(r"(签下|签约|签订|签署|推介|引进)")
_SENTENCE_STOP = lazy(r"[。；]")


@relation_rule("participatesIn")
def participates(ctx: Context) -> None:
    view = ctx.view
    _signings(ctx)
    events = sorted((m for m in ctx.mentions if m.type == "Event"), key=lambda m: m.vstart)
    _representatives(ctx, events)
    for mm in _AT_THE_MEETING.finditer(view):
        prior = [e for e in events if e.vend <= mm.start()]
        if not prior:
            continue
        sent = ctx.doc.sentence_at(mm.start())
        who = [
            m
            for m in ctx.mentions
            if m.type in ("Person", "Official") and sent.vstart <= m.vstart and m.vend <= mm.start()
        ]
        if who and (mm.group("verb") or _NEXT_TO_AT.fullmatch(view, who[-1].vend, mm.start())):
            ctx.relate("participatesIn", who[-1], prior[-1], "participatesIn.spoke-at", 0.6)
    for _si, ms in by_sentence(ctx).items():
        if not any(m.type in ("Programme", "Event") for m in ms):
            continue  # (before the nesting sweep)
        sent = ctx.doc.sentence_at(ms[0].vstart)
        outer = outermost(ms)
        for t in [m for m in outer if m.type in ("Programme", "Event")]:
            pre = view[max(sent.vstart, t.vstart - 6) : t.vstart]
            # 申报了X / 投入到X中 / 参与X / 参加X / 入驻X
            applied = _JOINS_BEFORE.search(pre)
            if applied:
                k = t.vstart - len(applied.group())
                subj = [
                    m
                    for m in outer
                    if m.vend <= k and m.type in DOMAIN_RANGE["participatesIn"][0] and not _is_home_ref(m)
                ]
                if subj and _HELPS_FIRM.search(view[subj[-1].vend : k]):
                    subj = []  # 许志雪…帮助我们申报了X: the applicant is the company, not the helper
                if subj and not _SENTENCE_STOP.search(view[subj[-1].vend : k]):
                    ctx.relate("participatesIn", subj[-1], t, "participatesIn.verb", 0.65)
                    # A有关司局、B有关部门负责人等参加X: bodies listed before the last one, each with the
                    # people it sent, take part too
                    last = subj[-1]
                    for a in reversed(subj[:-1]):
                        if (
                            a.type != last.type
                            or a.type not in ORGS
                            or not _SENT_BY_LIST.fullmatch(view, a.vend, last.vstart)
                        ):
                            break
                        ctx.relate("participatesIn", a, t, "participatesIn.verb", 0.6)
                        last = a
                elif (
                    "我们" in view[max(sent.vstart, k - 8) : k] or "企业" in view[max(sent.vstart, k - 8) : k]
                ):
                    comps = [
                        m
                        for m in ctx.mentions
                        if m.type == "Company" and m.vend <= sent.vstart and sent.vstart - m.vend < 400
                    ]
                    if comps:
                        ctx.relate("participatesIn", comps[-1], t, "participatesIn.applied", 0.6)
            # X组织Y参加EVENT: the organiser takes part too
            deleg = _DELEGATION.search(view, sent.vstart, t.vstart)
            if deleg:
                dom = DOMAIN_RANGE["participatesIn"][0]
                for a in outer:
                    if a.vend <= deleg.start() and a.type in dom and not _is_home_ref(a):
                        ctx.relate("participatesIn", a, t, "participatesIn.organised-delegation", 0.6)
                    elif (
                        deleg.start(1) <= a.vstart
                        and a.vend <= deleg.end(1)
                        and a.type in ("Company", "Institution")
                    ):
                        # …组织凤城蓝晶果业有限公司等32家企业参加: the delegation's members named
                        ctx.relate("participatesIn", a, t, "participatesIn.delegation-member", 0.6)
            if t.type == "Event" and _SPEAKS_AT.match(view[t.vend : t.vend + 4]):
                # PERSON/ORG 在EVENT上致辞
                pre2 = view[max(sent.vstart, t.vstart - 1) : t.vstart]
                who = [
                    m
                    for m in outer
                    if m.vend <= t.vstart - len(pre2)
                    and m.type in DOMAIN_RANGE["participatesIn"][0]
                    and not _is_home_ref(m)
                ]
                if pre2 == "在" and who:
                    ctx.relate("participatesIn", who[-1], t, "participatesIn.spoke-at", 0.65)
            if t.type == "Event" and view[t.vend : t.vend + 1] == "上":
                # 在EVENT上,铁岭签下A项目、B项目等8个项目
                after = [m for m in outer if m.vstart > t.vend]
                signer = next((m for m in after if m.type in GOV_ACTORS | {"Company"}), None)
                if signer is not None and _SIGNS_AT.match(view[signer.vend : signer.vend + 2]):
                    ctx.relate("participatesIn", signer, t, "participatesIn.signed-at", 0.65)
                    for pr in after:
                        if pr.type == "Project" and pr.vstart > signer.vend:
                            ctx.relate("participatesIn", pr, t, "participatesIn.signed-at", 0.6)


# 选派干部X / 派驻…村的第一书记X: a cadre a body sends down, written right before the person's name
_SENT_CADRE = re.compile(
    r"(?:选派(?:的)?干部|派驻[^，,。；]{0,24}?的?(?:第一书记|驻村干部|驻村工作队队长)|驻村第一书记|驻村干部)[，,：:]?$"
)
# a programme that sends cadres: its name says so, or its sentence goes on to 选派N名干部
_CADRE_NAME = re.compile(r"干部|驻村|第一书记")
_SENDS_CADRES = re.compile(r"选派[^，,。；]{0,12}?干部")


@relation_rule("participatesIn.sent-cadre")
def sent_cadres(ctx: Context) -> None:
    """A cadre sent down (选派干部X, 派驻…村的第一书记X) takes part in the programme that sends them: the
    last one before the person whose name or sentence speaks of sending cadres, else the first after."""
    view = ctx.view
    progs = []
    for m in ctx.mentions:
        if m.type != "Programme":
            continue
        sent = ctx.doc.sentence_at(m.vstart)
        if _CADRE_NAME.search(m.name) or _SENDS_CADRES.search(view, m.vend, sent.vend):
            progs.append(m)
    if not progs:
        return
    ends = [p.vend for p in progs]
    for m in ctx.mentions:
        if m.type not in PEOPLE or not _SENT_CADRE.search(view, max(0, m.vstart - 30), m.vstart):
            continue
        i = bisect.bisect_right(ends, m.vstart)
        prog = progs[i - 1] if i else progs[0]
        ctx.relate("participatesIn", m, prog, "participatesIn.sent-cadre", 0.6)


def _home_mention(ctx: Context, code: str) -> Mention | None:
    """A mention of the place with this code: a name written out, else a home reference (全县) to it."""
    named = [m for m in ctx.mentions if m.code == code]
    return next((m for m in named if not _is_home_ref(m)), named[0] if named else None)


# a county office named by its level word alone (农业农村局 in a county's article) but not a branch
# of a city's bureau (自然资源分局 is the city bureau's office in the county, named after the county)
_BRANCH = re.compile(r"分局|分院|支队|大队")


def _listed_elsewhere(town: str, county: str) -> bool:
    """Does the division list (kg/data/towns.tsv.gz) have this township, but not in this county, whose
    townships it knows? Then the town is another county's, whatever county the text names near it."""
    listed = towns().get(town, ())
    return bool(listed) and county not in listed and county in towns_by_county()


@relation_rule("zy.home-place")
def home_place(ctx: Context) -> None:
    """The county the article is about holds what the text leaves unplaced (SCHEMA.md rule 6 asks for
    the most specific place the text gives): its towns named on their own (常兴镇 partOf the county),
    the zones a sentence names with it (眉县县长在猕猴桃产业园区调研) and the branches of city bureaus
    named without a place (自然资源分局). Only where the article is about one
    county (ctx.home_county) and no other rule placed the name."""
    placed = {c.subject.name for c in ctx.candidates if c.predicate in ("locatedIn", "partOf")}
    # 喀左县商务局…在公营子镇建起…: a town is part of the one county its sentence names before it
    counties: dict[int, list[Mention]] = defaultdict(list)
    for m in ctx.mentions:
        # (县 of 县商务局 and 全县 stand for a county too; a short form may be part of a word: 黄浦江)
        if m.type == "District" and m.code and m.rule != "place.short":
            counties[ctx.doc.sentence_at(m.vstart).index].append(m)
    for m in ctx.mentions:
        if m.type != "Town" or m.code or m.name in placed or _is_home_ref(m):
            continue
        # the one county of the article that the division list gives the town (kg/data/towns.tsv.gz)
        listed = _home_mention(ctx, m.parent_code) if m.parent_code else None
        if listed is not None and listed.type in ("District", "City"):
            ctx.relate("partOf", m, listed, "partOf.town-list", 0.7)
            placed.add(m.name)
            continue
        before = [d for d in counties.get(ctx.doc.sentence_at(m.vstart).index, ()) if d.vend <= m.vstart]
        if before and len({d.code for d in before}) == 1 and not _listed_elsewhere(m.name, before[-1].code):
            ctx.relate("partOf", m, before[-1], "partOf.sentence-county", 0.6)
            placed.add(m.name)
    if not ctx.home_county:
        return
    home = _home_mention(ctx, ctx.home_county)
    if home is None:
        return
    coded = sorted(m.vstart for m in ctx.mentions if m.code or m.type in ("Town", "Village"))
    # names written on their own, not inside another name (SCHEMA.md convention 5)
    own = {id(m) for ms in by_sentence(ctx).values() for m in outermost(ms)}
    sent_codes: dict[int, set[str]] = defaultdict(set)
    for m in ctx.mentions:
        if m.code:
            sent_codes[ctx.doc.sentence_at(m.vstart).index].add(m.code)
    done: set[str] = set()
    for m in ctx.mentions:
        if m.name in placed or m.name in done or _is_home_ref(m) or id(m) not in own:
            continue
        if m.type == "Town" and not m.code:
            # …unless the division list has the name, but not in this county (a town of elsewhere)
            if _listed_elsewhere(m.name, ctx.home_county):
                continue
            ctx.relate("partOf", m, home, "partOf.home-county", 0.6)
        elif m.type == "GovernmentBody" and m.rule == "body.branch" and m.name == m.surface:
            # 自然资源分局 in a county's article: the city bureau's branch in that county
            ctx.relate("locatedIn", m, home, "locatedIn.home-county", 0.55)
        elif (
            m.type == "Zone"
            and bisect.bisect_left(coded, m.vstart) == bisect.bisect_left(coded, m.vend)
            and ctx.home_county in sent_codes.get(ctx.doc.sentence_at(m.vstart).index, ())
            and not any(m.name[:k] in ctx.gaz.full or m.name[:k] in ctx.gaz.short for k in (2, 3, 4))
        ):
            # a zone the sentence names with its county (眉县县长在猕猴桃产业园区调研); a zone whose name
            # holds or opens with a place (青岛保税港区) is placed by its name, or left alone
            ctx.relate("locatedIn", m, home, "locatedIn.home-county", 0.55)
        else:
            continue
        done.add(m.name)


@relation_rule("zy.label-prefix")
def located_by_label(ctx: Context) -> None:
    """A body written by a short form whose full name the rules know opens with a place or zone the
    text names (农业农村局 = 眉县农业农村局, 开发区管委会 = 抚顺胜利经济开发区管委会, 村党支部 = 良枧村党支部)
    sits there, as located_by_name says of a body whose written name opens with its place. A city
    bureau's branch (大连市自然资源局旅顺口分局) sits in the county it names, not in the city."""
    named: dict[str, Mention] = {}
    for m in ctx.mentions:
        if (m.code or m.type in ("Zone", "Town", "Village")) and not _is_home_ref(m):
            named.setdefault(m.name, m)
            if m.code and m.surface:
                named.setdefault(m.surface, m)
    if not named:
        return
    placed = {c.subject.name for c in ctx.candidates if c.predicate == "locatedIn"}
    done: set[str] = set()
    for m in ctx.mentions:
        if m.type != "GovernmentBody" or m.name in placed or m.name in done or m.name == m.surface:
            continue  # (a body written in full is placed by its written name)
        name = m.name[2:] if m.name.startswith("中共") else m.name
        seat = None
        if _BRANCH.search(name):
            # the county named inside a branch's name
            seat = next(
                (
                    named[name[i:j]]
                    for i in range(1, len(name))
                    for j in range(i + 2, min(len(name), i + 8))
                    if name[i:j] in named and named[name[i:j]].type == "District"
                ),
                None,
            )
        else:
            for k in range(min(len(name) - 1, 16), 1, -1):  # the longest place opening the name
                if name[:k] in named:
                    seat = named[name[:k]]
                    break
        if seat is not None and seat is not m:
            ctx.relate("locatedIn", m, seat, "locatedIn.label-prefix", 0.6)
            done.add(m.name)


_PROJECT_EVENT = re.compile(r"签约|开工|开竣工|竣工|投产|项目")
# the rows that read a gathering's projects from a list that illustrates a count (签约项目13个…主要包括A、B等;
# 以A、B等项目为代表; A、B等15个工业项目…开工仪式). Not the exhaustive 分别是 list of every signed project
# with its amount: one development set's gold places those at the host, another's does not.
_HOST_LISTS = frozenset(
    {
        "participatesIn.counted-list",
        "participatesIn.counted-list-next",
        "participatesIn.counted-such-as",
        "participatesIn.projects-represented",
        "participatesIn.listed-before-event",
        "participatesIn.started-list",
    }
)


@relation_rule("zy.event-host-projects")
def event_host_projects(ctx: Context) -> None:
    """定远县举行…项目集中签约仪式 … 分别是A项目、B项目: the projects signed or started at a place's
    own gathering are in that place (a county or city that holds its projects' signing), unless the
    text places them otherwise."""
    hosts: dict[str, Mention] = {}
    # the place that holds the gathering, else the place it is held in (by the gathering's name: a
    # later mention of it is the same gathering)
    for c in ctx.candidates:
        if c.predicate == "organizes" and c.subject.type in ("City", "District") and c.object.type == "Event":
            hosts.setdefault(c.object.name, c.subject)
    for c in ctx.candidates:
        if c.predicate == "locatedIn" and c.subject.type == "Event" and c.object.type in ("City", "District"):
            hosts.setdefault(c.subject.name, c.object)
    # …梧州市2021年第二季度重大项目集中开竣工仪式: else a county or city named inside the gathering's name
    places = sorted(
        (m for m in ctx.mentions if m.type in ("City", "District") and m.code and not _is_home_ref(m)),
        key=lambda m: m.vstart,
    )
    starts = [m.vstart for m in places]
    for ev in ctx.mentions:
        if ev.type == "Event" and ev.name not in hosts:
            inner = places[bisect.bisect_left(starts, ev.vstart) : bisect.bisect_left(starts, ev.vend)]
            inner = [p for p in inner if p.vend <= ev.vend]
            if inner:
                hosts[ev.name] = inner[0]
    if not hosts:
        return

    memo: dict[str, Mention | None] = {}

    def host_of(name: str) -> Mention | None:
        # 签约仪式 later in the text is the …集中签约仪式 named first (one gathering, its short name);
        # each name looked up once, so the scan over the hosts is not repeated per candidate
        if name in hosts:
            return hosts[name]
        if name not in memo:
            tails = [h for n, h in hosts.items() if n.endswith(name)]
            memo[name] = tails[0] if len(tails) == 1 else None
        return memo[name]

    def elsewhere(name: str, host: Mention) -> bool:
        # 苍南县新材料产业园项目 at another county's signing: a project named after a place outside the
        # host is that place's (a place inside it, 岑溪市 in 梧州市, is the host's)
        for k in range(2, min(8, len(name)) + 1):
            codes = ctx.gaz.full.get(name[:k])
            if codes:
                return not any(c == host.code or host.code in _ancestors(ctx, c) for c in codes)
        return False

    placed = {c.subject.name for c in ctx.candidates if c.predicate == "locatedIn"}
    for c in list(ctx.candidates):
        if (
            c.predicate == "participatesIn"
            and c.rule in _HOST_LISTS
            and c.subject.type == "Project"
            and c.subject.name not in placed
            and _PROJECT_EVENT.search(c.object.name)
        ):
            host = host_of(c.object.name)
            if host is not None and not elsewhere(c.subject.name, host):
                ctx.relate("locatedIn", c.subject, host, "locatedIn.event-host", 0.55)
                placed.add(c.subject.name)


# an inspection's place: 深入X县检查, 来到X园区调研, 赴X省…进行调研, 在X工业园区调研
_VISIT_TO = re.compile(r"(?:深入|来到|赴|到|走进|前往|在)$")
_VISIT_FOR = re.compile(r"[^，,。；;：:]{0,30}?(?:调研|检查|考察|视察|督导|指导|走访)")
# the visit itself, a list of the firms and projects seen after it: 先后到A、B…, 实地考察了A、B…
_VISIT_LIST = re.compile(
    r"先后(?:到|来到|深入|走进|前往|赴)|相继(?:到|来到|深入|走进)|实地(?:考察|察看|查看|调研)了?|一行(?:来到|深入|走进)"
)
# (在A和B项目现场,X察看…, 走进A项目现场: a sentence opened by the site the visitors stand at)
_SITE_OPEN = re.compile(r"(?:在|走进|来到)(?=[^，,。；;]{2,60}?现场[，,])")
_VISITED = frozenset({"Company", "Project", "Institution", "Zone"})


@relation_rule("zy.a-visited")
def located_on_visit(ctx: Context) -> None:
    """An official who goes to a place to inspect it (深入宕昌县检查, 在X工业园区调研, 赴X省…调研) and then
    sees firms and projects one after another (先后到A、B, 实地考察了A、B) sees them there: each one the
    other rules leave unplaced is in the last such place named before the visit (within a few paragraphs)."""
    view = ctx.view
    if not _VISIT_LIST.search(view) and "现场" not in view:
        return
    anchors: list[Mention] = []
    for m in ctx.mentions:
        if m.type not in ("Zone", "Town", "Village") and not m.code or _is_home_ref(m):
            continue
        if anchors and anchors[-1].vstart <= m.vstart < anchors[-1].vend:
            continue  # a place inside the one just taken (布尔津县 in 布尔津县工业园区)
        if _VISIT_TO.search(view, max(0, m.vstart - 2), m.vstart) and _VISIT_FOR.match(view, m.vend):
            anchors.append(m)
    if not anchors:
        return
    ends = [a.vend for a in anchors]
    placed = {c.subject.name for c in ctx.candidates if c.predicate == "locatedIn"}
    for si, ms in by_sentence(ctx).items():
        sent = ctx.doc.sentences[si]
        v = _VISIT_LIST.search(sent.text) or _SITE_OPEN.match(sent.text)
        if not v:
            continue
        at = sent.vstart + v.end()
        i = bisect.bisect_right(ends, at)
        if not i or at - ends[i - 1] > 1500:
            continue
        place = anchors[i - 1]
        outer = outermost(ms)
        areas = [
            m for m in outer if (m.code or m.type in ("Zone", "Town", "Village")) and not _is_home_ref(m)
        ]
        if any(m.vend <= at and m.name != place.name for m in areas):
            continue  # 在A镇B村,X实地察看…: the sentence names its own place
        area_ends = {m.vend for m in areas}
        for m in outer:
            if (
                m.vstart >= at
                and m.type in _VISITED
                and m.name not in placed
                and m is not place
                # 理川镇上马龙村…基地: a place written right before it is its own
                and m.vstart not in area_ends
            ):
                ctx.relate("locatedIn", m, place, "locatedIn.visited", 0.55)
                placed.add(m.name)


def _ancestors(ctx: Context, code: str) -> set[str]:
    out: set[str] = set()
    seen = 0
    while code and code in ctx.gaz.by_code and seen < 6:
        code = ctx.gaz.by_code[code].parent
        if code:
            out.add(code)
        seen += 1
    return out


# registered under a name that sorts last: it reads the candidates every other rule produced
@relation_rule("zz.locatedIn-most-specific")
def located_most_specific(ctx: Context) -> None:
    """One firm in 宏伟区 and in 辽阳市: keep the most specific place the text gives (SCHEMA.md rule 6)."""
    by_subject: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(ctx.candidates):
        # a body named after its place sits there, whatever else the text says it does elsewhere
        if c.predicate == "locatedIn" and c.object.code and c.subject.type != "GovernmentBody":
            by_subject[c.subject.name].append(i)
    drop: set[int] = set()
    for idx in by_subject.values():
        codes = {ctx.candidates[i].object.code for i in idx}
        if len(codes) < 2:
            continue
        covered = set().union(*(_ancestors(ctx, c) for c in codes))
        drop.update(i for i in idx if ctx.candidates[i].object.code in covered)
    # X县Y项目(埠江镇): a town bracketed after the name is the most specific place the text gives, even
    # when the division list does not know it (no code to find its county by)
    bracketed = {
        c.subject.name
        for c in ctx.candidates
        if c.rule == "locatedIn.bracketed-place"
        and c.object.type in ("Town", "Village")
        and not c.object.code
    }
    drop.update(
        i
        for i, c in enumerate(ctx.candidates)
        if c.predicate == "locatedIn"
        and c.subject.name in bracketed
        and c.object.code
        and c.subject.type != "GovernmentBody"
    )
    drop.update(_held_elsewhere(ctx))
    if drop:
        ctx.candidates[:] = [c for i, c in enumerate(ctx.candidates) if i not in drop]


# the rules that read where a gathering is held from the text's own words (在X举行, 来X出席E)
_HELD_RULES = frozenset(
    {
        "locatedIn.held-in",
        "locatedIn.held-at-site",
        "locatedIn.held-in-before",
        "locatedIn.held-at",
        "locatedIn.came-to-attend",
        "locatedIn.named-then-held-in",
        "locatedIn.attended-at",
    }
)


def _held_elsewhere(ctx: Context) -> set[int]:
    """A gathering named after a place (X县投资环境说明会) but said to be held in another (在北京举行) is where it is
    held: the place of its name is whose gathering it is, not its venue (SCHEMA.md rule 6: one place, the one
    the text gives). Only for two divisions apart: when one lies inside the other (本溪市X开工仪式 held in a
    county or zone of it, or a town's gathering held in its county), or the venue is no division (a zone, a
    site), the name's place stays, as the development sets' gold reads it."""
    held: dict[str, list] = defaultdict(list)
    for c in ctx.candidates:
        if c.predicate == "locatedIn" and c.subject.type == "Event" and c.rule in _HELD_RULES:
            held[c.subject.name].append(c.object)
    if not held:
        return set()
    out: set[int] = set()
    for i, c in enumerate(ctx.candidates):
        venues = held.get(c.subject.name) if c.predicate == "locatedIn" else None
        if not venues or any(v.name == c.object.name for v in venues):
            continue
        if c.rule == "locatedIn.start-event":
            out.add(i)  # where its projects are is a guess; the text says where it is held
            continue
        if c.rule != "locatedIn.name":
            continue
        code = c.object.code
        if code and all(
            v.code and v.code not in _ancestors(ctx, code) and code not in _ancestors(ctx, v.code)
            for v in venues
        ):
            out.add(i)
    return out


# 一、 / (三) / 2. before a heading or a list line, and a line's category label (茶叶产业:)
_ENUM = re.compile(r"[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．]")
_CATEGORY = re.compile(r"[^：:，,。；;()（）]{1,12}[：:]")
# a short note after a listed name: 宣威市(火腿及生猪)
_NOTE = re.compile(r"[(（][^()（）]{0,12}[)）]")
_ITEM_SEP = re.compile(r"[、，,和及与]")


def _heading_title(text: str, titles: list[tuple[str, Mention]]) -> Mention | None:
    """The title a heading line names: the whole title (X示范县, X示范县名单), or its head alone before
    名单 (一、示范县名单) when one title of the text (with or without its year) ends with it."""
    named = next((m for name, m in titles if name and text.endswith((name, name + "名单"))), None)
    if named is not None or not text.endswith("名单"):
        return named
    e = _ENUM.match(text)
    head = text[e.end() if e else 0 : -2]
    if len(head) < 2 or _CLAUSE.search(head):
        return None
    found = {bare(name): m for name, m in titles if bare(name).endswith(head)}
    if not found:
        return None
    # 2021年度X示范县 and X示范县 are one title (the year is a batch): all must end with the shortest
    short = min(found, key=len)
    return found[short] if all(n.endswith(short) for n in found) else None


# N家企业 right after a zone or place: the count of its firms (其中X开发区10家企业)
_COUNTED_FIRMS = re.compile(r"[\d一二三四五六七八九十两]+家(?:企业|公司)")


@relation_rule("designatedAs.heading-list")
def designated_heading_list(ctx: Context) -> None:
    """A line naming a title (第一批X示范县, X名单) heads the lines below it that name places, firms or
    zones: each of them holds the title (an annex list; SCHEMA.md: the heading of a list). A line may
    open with its number and a category (（一）茶叶产业：A县、B区) and list several holders."""
    view = ctx.view
    sents = by_sentence(ctx)
    dom_d, _ = DOMAIN_RANGE["designatedAs"]
    # the titles the text names anywhere: a heading line may repeat one the rules found elsewhere
    titles = sorted(
        {m.surface: m for m in ctx.mentions if m.type == "Designation"}.items(), key=lambda kv: -len(kv[0])
    )
    heading: Mention | None = None
    where: Mention | None = None  # the zone or place the announcing sentence puts the listed holders in
    for i, sent in enumerate(ctx.doc.sentences):
        ms = sents.get(i, [])
        text = view[sent.vstart : sent.vend].strip(" \u3000\n。；;：:")
        if len(text) <= 40 and not _CLAUSE.search(text):
            named = _heading_title(text, titles)
            if named is not None:
                heading, where = named, None
                continue
        if view[sent.vstart : sent.vend].rstrip(" \u3000\n").endswith((":", "：")):
            # 确定了X名单,…其中Y开发区10家企业位列其中: a sentence naming a title and ending in a colon
            # announces the lines below as its holders (and, with N家 after a zone or place, where they are)
            announced = [m for m in ms if m.type == "Designation"]
            if announced:
                heading = announced[0]
                where = next(
                    (
                        m
                        for m in ms
                        if m.type in ("Zone", "District", "Town", "City")
                        and not _is_home_ref(m)
                        and _COUNTED_FIRMS.match(view, m.vend)
                    ),
                    None,
                )
                continue
        body = sent.vstart
        while body < sent.vend and view[body] in " \u3000\n":
            body += 1
        # a heading line without a stop runs into its first item (一、示范县名单（一）茶叶产业：…)
        k = view.find("名单", body, min(sent.vend, body + 40))
        if k > body and _ENUM.match(view, k + 2, sent.vend):
            named = _heading_title(view[body : k + 2], titles)
            if named is not None:
                heading, body = named, k + 2
        if heading is None:
            continue
        # where the names start: after the line's number and category label
        for rx in (_ENUM, _CATEGORY):
            mm = rx.match(view, body, sent.vend)
            if mm:
                body = mm.end()
        outer = [m for m in outermost(ms) if m.type in dom_d and not _is_home_ref(m) and m.vstart >= body]
        rest = _NOTE.sub("", view[body : sent.vend]).strip(" \u3000\n。；;：:")
        covered = sum(m.vend - m.vstart for m in outer)
        if not outer or len(rest) > 120 or covered < len(rest) - len(_ITEM_SEP.findall(rest)) - 2:
            heading = where = None  # the list has ended
            continue
        # one holder per listed item: 泸州市江阳区 is the district (the most specific place of the item)
        for k, m in enumerate(outer):
            if k + 1 < len(outer) and outer[k + 1].vstart == m.vend:
                continue
            ctx.relate(
                "designatedAs", m, heading, "designatedAs.heading-list", 0.6, span=(sent.vstart, sent.vend)
            )
            if where is not None and m.type in ("Company", "Institution"):
                ctx.relate(
                    "locatedIn", m, where, "locatedIn.heading-list", 0.55, span=(sent.vstart, sent.vend)
                )


@relation_rule("partOf.municipality")
def part_of_municipality(ctx: Context) -> None:
    """东丽区 partOf 天津市: a municipality's districts hang under a city-level entry of the same
    name in the division list; the article names the municipality, so the district is part of it."""
    gaz = ctx.gaz
    by_code: dict[str, Mention] = {}
    for m in ctx.mentions:
        if m.code and not _is_home_ref(m):
            by_code.setdefault(m.code, m)
    for code, m in by_code.items():
        parent = gaz.by_code.get(gaz.by_code[code].parent) if code in gaz.by_code else None
        if parent is None or parent.code in by_code:
            continue
        top = gaz.by_code.get(parent.parent)
        if top is not None and top.name == parent.name and top.code in by_code:
            ctx.relate("partOf", m, by_code[top.code], "partOf.municipality", 0.9)


_ORGAN_SUFFIX = re.compile(
    r"(?:办公室|办公厅|办|党委|党组|机关工委|纪委|监委|组织部|宣传部|统战部|政法委|国资委|[^，,。；]{1,6}?(?:委员会|局|厅|处|部|中心|司|办公室))"
)


def _body_key(name: str) -> str:
    if name.startswith("中共"):
        name = name[2:]
    return name.replace("人民政府", "政府")


@relation_rule("partOf.body-organ")
def part_of_body_organ(ctx: Context) -> None:
    """X委办公室 / X人民政府办公厅 / 兵团国资委: an organ named after its body is part of it."""
    bodies: dict[str, Mention] = {}
    for m in ctx.mentions:
        if m.type == "GovernmentBody":
            bodies.setdefault(_body_key(m.name), m)
    for key, m in bodies.items():
        for cut in range(len(key) - 1, 1, -1):  # the longest body whose name opens this one
            parent = bodies.get(key[:cut])
            if parent is not None and parent is not m:
                if _ORGAN_SUFFIX.fullmatch(key[cut:]):
                    ctx.relate("partOf", m, parent, "partOf.body-organ", 0.75)
                break


# an occasion that starts, founds or signs what its name lists (X项目、Y工程奠基仪式, …暨Z项目开工仪式)
_ACT_OCCASION = re.compile(r"(?:开工|奠基|签约|竣工|投产|开业)(?:仪式|活动|典礼)$")


@relation_rule("participatesIn.named-in-event")
def projects_named_in_event(ctx: Context) -> None:
    """A project written inside the name of the ceremony that starts or signs it takes part in it."""
    events = [e for e in ctx.mentions if e.type == "Event" and _ACT_OCCASION.search(e.surface)]
    if not events:
        return
    for p in ctx.mentions:
        if p.type != "Project":
            continue
        for e in events:
            if e.vstart <= p.vstart and p.vend <= e.vend and (p.vstart, p.vend) != (e.vstart, e.vend):
                ctx.relate("participatesIn", p, e, "participatesIn.named-in-event", 0.65)
