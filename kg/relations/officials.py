"""Officials' posts: each title before a name gives worksFor to the body the title names.

市委常委、常务副市长X works for the city's party committee and for its people's government (SCHEMA.md
conventions 1-2): a bare level (市, 区, 县, 省) is the article's own place of that level; a place written
before the title (金华市委常委, 义乌市市长) is that place. A body is linked only when the text writes it
somewhere (市政府 in another sentence, or 市委 inside the title itself); 市长 alone creates nothing.
Organisations written in a title (中国X集团党委常委、副总经理) employ the person for the whole chain.
"""

from __future__ import annotations

import re
from collections import Counter

from ..extractors.base import Context
from ..extractors.orgs import body_label
from ..lexicon import PARTY_ORGANS, TITLES
from ..model import Mention
from ..ontology_rules import ORGS, PEOPLE
from ..patterns import lazy
from ..registry import relation_rule

# the party committee: 市委常委, 区委副书记, 省委书记 (委员 of the committee too)
# (市委常委会组成人员A、B: the members of its standing committee)
_PARTY = re.compile(r"(?P<lvl>[省市县区])委(?:常委|书记|副书记|委员|常委委员|常委会组成人员|常委会委员)$")
# the people's government: 市长, 常务副市长, 代县长; 市政府秘书长, 区政府办公室主任 written with the body
# (州长, 盟长, 旗长: the heads of an autonomous prefecture's, a league's and a banner's governments)
_GOV_HEAD = re.compile(r"(?:常务)?(?:副|代)?(?P<lvl>[省市县区州盟旗])长$")
_GOV_BODY = re.compile(r"(?P<lvl>[省市县区])(?:人民)?政府(?:秘书长|副秘书长|党组书记|党组成员)$")
# 区委书记A,人大常委会主任B,政协主席C: a roster's people's congress and political consultative conference,
# written without their level, are those of the place the roster's earlier post wrote
_CONGRESS = re.compile(r"人大常委会(?:党组书记|党组副书记|常务副主任|副主任|主任|秘书长)")
_CPPCC = re.compile(r"政协(?:党组书记|党组副书记|常务副主席|副主席|主席|秘书长)")
# where a run of titles before a name starts
_STOP = re.compile(r"[，,；;。：:！？!?（(“”\"'\n\s]")
_SEGMENT = re.compile(r"(?:(?!兼任|兼|、).)+")
_TITLE_END = re.compile("(?:" + "|".join(map(re.escape, TITLES)) + ")$")
# 省领导, 市领导: a group, not a post (convention 2)
_NOT_POST = re.compile(r"领导$")
# 县委副书记、县领导X: a group word (县领导, 市级领导) listed after the posts, right before the name
_LEADER_TAIL = re.compile(r"、[省市县区州旗镇]级?领导$")
# 市委常委、统战部部长X: a department (部) of the party committee named in full, then its head's title, after
# a post in that committee is a body of its own, the committee's department. 统战部长 written short, and the
# committee's commissions and offices in a roster (政法委书记, 办公室主任), stay posts within the committee, as
# the development sets' gold reads them (dev9, dev11)
_ORGAN_POST = re.compile(
    "(?P<organ>" + "|".join(map(re.escape, (o for o in PARTY_ORGANS if o.endswith("部")))) + ")"
    r"(?P<title>(?:常务)?副?部长)"
)


def _norm_body(name: str) -> str:
    """中共哈尔滨市委 / 哈尔滨市委 / 哈尔滨市人民政府 / 哈尔滨市政府 -> one key each."""
    if name.startswith("中共"):
        name = name[2:]
    return name.replace("人民政府", "政府").replace("委员会", "委")


class _Bodies:
    """The government bodies of a document by normalised name, and its own places by level."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.by_key: dict[str, Mention] = {}
        for m in ctx.mentions:
            if m.type == "GovernmentBody":
                self.by_key.setdefault(_norm_body(m.name), m)
        counts = Counter(
            m.code
            for m in ctx.mentions
            if m.code and m.type == "District" and not m.rule.startswith("place.home")
        )
        self.seated: set[tuple[str, str]] = set()
        self.county = min(counts, key=lambda c: (-counts[c], c)) if counts else ""

    def home(self, lvl: str) -> str:
        ctx = self.ctx
        county = getattr(ctx, "home_county", "") or self.county
        if lvl == "省":
            return ctx.home_province
        if lvl == "市":
            if (
                county
                and getattr(ctx, "home_county_first", False)
                and ctx.gaz.by_code[county].name.endswith("市")
            ):
                return county  # an article about a county-level city: its 市委 is that city's
            return ctx.home_city or ctx.home_province  # a municipality is typed as a province
        if lvl in "州盟":
            # 州长 in a prefecture's news (X彝族自治州, X盟): the prefecture-level home, when it is one
            city = ctx.home_city
            return city if city and ctx.gaz.by_code[city].name.endswith(lvl) else ""
        if lvl == "旗":
            return county if county and ctx.gaz.by_code[county].name.endswith("旗") else ""
        return county if lvl in "县区" else ""

    def body(self, code: str, kind: str, written: tuple[int, int] | None) -> Mention | None:
        """The body of that place (party committee or government); created where the title writes it."""
        if not code:
            return None
        place = self.ctx.gaz.by_code[code].name
        key = place + ("委" if kind == "party" else "政府")
        hit = self.by_key.get(key)
        if hit is None and written is not None:
            label = body_label(place, "委" if kind == "party" else "政府")
            hit = self.ctx.add(
                written[0], written[1], "GovernmentBody", "body.title-prefix", 0.75, label=label
            )
            if hit is not None:
                self.by_key[key] = hit
        if hit is not None and (code, kind) not in self.seated:
            # the party committee and the government of a place sit in it
            seat = next((m for m in self.ctx.mentions if m.code == code and m.type != "GovernmentBody"), None)
            if seat is not None:
                self.seated.add((code, kind))
                self.ctx.relate("locatedIn", hit, seat, "locatedIn.body-seat", 0.7)
        return hit


# 中共X市委: a place's party committee
_PARTY_COMMITTEE = lazy(r"中共.+[省市县区]委")


@relation_rule("worksFor.post")
def posts(ctx: Context) -> None:
    """Each segment of 区委常委、区委办公室主任X names one post."""
    view = ctx.view
    people = [m for m in ctx.mentions if m.type in PEOPLE]
    if not people:
        return
    bodies = _Bodies(ctx)
    places = {m.vend: m for m in ctx.mentions if m.code and not m.rule.startswith("place.home")}
    orgs_by_end: dict[int, list[Mention]] = {}
    for m in ctx.mentions:
        if m.type in ORGS:
            orgs_by_end.setdefault(m.vend, []).append(m)
    people_ends = {m.vend for m in people}
    posts_of: dict[int, list[tuple[Mention, str]]] = {}  # person mention end -> its posts
    # 海城市市委副书记、市长A,副市长B: a roster's bare level (副市长) after a post that wrote its place is that
    # place's, as within one run of posts; carried from person to person within the sentence
    carried: tuple[int, Mention | None] = (-1, None)
    for p in people:
        if view[p.vstart - 1 : p.vstart] == "、" and p.vstart - 1 in posts_of:
            # 县委副书记侯建平、孙敏: a name listed right after another shares its posts
            for body, title in posts_of[p.vstart - 1]:
                ctx.relate(
                    "worksFor",
                    p,
                    body,
                    "worksFor.post-shared",
                    0.65,
                    span=(p.vstart - 1, p.vend),
                    title=title,
                )
            posts_of[p.vend] = posts_of[p.vstart - 1]
            continue
        # the run of titles right before the name: back to punctuation or another name, at most 40
        k = p.vstart
        lo = max(0, p.vstart - 40)
        while k > lo and not _STOP.match(view, k - 1) and (k not in people_ends or k == p.vstart):
            k -= 1
        run = view[k : p.vstart]
        if run and (tail := _LEADER_TAIL.search(run)) and tail.start():
            # 县委副书记、县领导X同志: the group word after a post is no post of its own; the post before it is
            run = run[: tail.start()]
        if not run or _NOT_POST.search(run):
            continue
        inherited: Mention | None = None
        committee: Mention | None = None  # a zone's party working committee named in an earlier post
        si = ctx.doc.sentence_at(p.vstart).index
        # 海城市委副书记、市长: the place the run's first post writes (else the one carried in the sentence)
        run_place: Mention | None = carried[1] if carried[0] == si else None
        written: Mention | None = None
        party: Mention | None = None  # the party committee an earlier post of the run named
        for part in _SEGMENT.finditer(run):
            seg, s0, s1 = part.group(), k + part.start(), k + part.end()
            found = _segment(ctx, bodies, places, orgs_by_end, seg, s0, s1, run_place)
            if not found and party is not None:
                found = _committee_organ(ctx, party, seg, s0)
            if (
                found
                and found[-1][0].type == "GovernmentBody"
                and _PARTY_COMMITTEE.fullmatch(found[-1][0].name)
            ):
                party = found[-1][0]
            if written is None:
                written = next(
                    (q for q in places.values() if q.vstart == s0 and q.type in ("City", "District")), None
                )
                run_place = written or run_place
            if not found and committee is not None and _ZONE_ADMIN.match(seg):
                # X开发区党工委书记、管委会主任: the second post is in the same zone's management committee
                found = _zone_admin(ctx, committee, s0)
            if found:
                last = found[-1][0]
                if last.type == "GovernmentBody" and last.name.endswith("党工委"):
                    committee = last
                for body, title in found:
                    ctx.relate("worksFor", p, body, "worksFor.post", 0.75, span=(s0, p.vend), title=title)
                posts_of.setdefault(p.vend, []).extend(found)
                inherited = found[-1][0] if found[-1][0].type != "GovernmentBody" else None
            elif inherited is not None and _TITLE_END.search(seg):
                # 中国X集团党委常委、副总经理: the firm named in the first post holds the second
                ctx.relate("worksFor", p, inherited, "worksFor.post", 0.7, span=(s0, p.vend), title=seg)
        carried = (si, run_place)


def _committee_organ(ctx: Context, party: Mention, seg: str, s0: int) -> list[tuple[Mention, str]]:
    """统战部部长 after 市委常委: the department of the committee named before (its body, part of the
    committee and in the committee's place), with the head's title."""
    m = _ORGAN_POST.fullmatch(seg)
    if m is None:
        return []
    label = party.name + m.group("organ")
    hit = next((x for x in ctx.mentions if x.type == "GovernmentBody" and x.name == label), None)
    if hit is None:
        hit = ctx.add(
            s0, s0 + m.end("organ"), "GovernmentBody", "body.committee-organ", 0.7, label=label, code=""
        )
        if hit is None:
            return []
        ctx.relate("partOf", hit, party, "partOf.party-organ", 0.75)
        seat = next(
            (
                r.object
                for r in ctx.candidates
                if r.predicate == "locatedIn" and r.subject is party and r.object.code
            ),
            None,
        )
        if seat is not None:
            ctx.relate("locatedIn", hit, seat, "locatedIn.body-seat", 0.7)
    return [(hit, m.group("title"))]


_ZONE_ADMIN = re.compile(r"管委会(?:常务)?(?:副)?主任$|管委会(?:党组)?(?:副)?书记$")


def _zone_admin(ctx: Context, committee: Mention, s0: int) -> list[tuple[Mention, str]]:
    """The management committee of the zone whose party working committee was named before (管委会 as
    written in the post; SCHEMA convention 1: the short form resolves to the zone's full body)."""
    label = committee.name[: -len("党工委")] + "管委会"
    seg_title = ctx.view[s0 + 3 : s0 + 3 + 8]
    for m in ctx.mentions:
        if m.type == "GovernmentBody" and m.name == label:
            return [(m, seg_title)]
    made = ctx.add(s0, s0 + 3, "GovernmentBody", "body.zone-admin", 0.7, label=label)
    if made is None:
        return []
    zone = next((z for z in ctx.mentions if z.type == "Zone" and z.vstart == committee.vstart), None)
    ctx.relate("locatedIn", made, zone, "locatedIn.zone-committee", 0.8)  # (none when no zone is named)
    return [(made, seg_title)]


# at most one level character (省, 市, 县, 区)
_OPT_LEVEL = lazy(r"[省市县区]?")


def _segment(
    ctx, bodies, places, orgs_by_end, seg: str, s0: int, s1: int, run_place: Mention | None = None
) -> list[tuple[Mention, str]]:
    """The bodies one post names (usually one) with the post's title (a bare level after a first post
    that wrote its place, 海城市委副书记、市长, is that place when the level agrees)."""
    for rx, kind in ((_PARTY, "party"), (_GOV_HEAD, "gov"), (_GOV_BODY, "gov")):
        m = rx.search(seg)
        if not m:
            continue
        lvl_at = s0 + m.start("lvl")
        start = s0 + m.start()
        place = places.get(lvl_at + 1) or places.get(start)
        written = None
        if kind == "party":
            written = (start, lvl_at + 2)  # 市委
        elif rx is _GOV_BODY:
            written = (start, s0 + m.end() - len(m.group().split("政府", 1)[1]))  # 市政府 / 市人民政府
        if place is not None:
            code = place.code
            written = (place.vstart, written[1]) if written else None
            title = seg[place.vend - s0 :] if place.vend > s0 else seg
        else:
            if start > s0 and not _OPT_LEVEL.fullmatch(seg[: m.start()]):
                continue  # 县农业农村局局长: a department's post, not the government's
            lvl = m.group("lvl")
            if run_place is not None and ctx.gaz.by_code[run_place.code].name.endswith(lvl):
                code = run_place.code
            else:
                code = bodies.home(lvl)
            title = seg
        if kind == "gov" and place is None and rx is _GOV_HEAD and seg[: m.start()]:
            continue
        body = bodies.body(code, kind, written)
        return [(body, title)] if body is not None else []
    if run_place is not None and run_place.code:
        congress = _CONGRESS.fullmatch(seg)
        if congress or _CPPCC.fullmatch(seg):
            place = ctx.gaz.by_code[run_place.code].name
            label = place + "人大常委会" if congress else f"政协{place}委员会"
            hit = bodies.by_key.get(_norm_body(label))
            if hit is None:
                written = (s0, s0 + (5 if congress else 2))  # 人大常委会 / 政协
                hit = ctx.add(written[0], written[1], "GovernmentBody", "body.title-roster", 0.7, label=label)
                if hit is not None:
                    bodies.by_key[_norm_body(label)] = hit
            if hit is not None:
                return [(hit, seg[5:] if congress else seg[2:])]
    # an organisation written in the post: 华明街党委书记, 中国X集团副总经理
    for end in range(s1, s0, -1):
        for org in orgs_by_end.get(end, []):
            if org.vstart >= s0 - 2 and _TITLE_END.search(seg[end - s0 :] or "∅"):
                return [(org, seg[end - s0 :])]
    return []
