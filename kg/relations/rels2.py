"""Relations the text leaves to the reader, or states beyond one sentence (relation recall, rels2).

- a county's own news holds the projects it places nowhere else (zy.home-county-projects);
- a ground-breaking or opening ceremony is held on its project's site (zy.ceremony-site);
- a phase is run by the operator of its project (zy.phase-operator);
- a body named after a campaign runs it (implements.campaign-body); a title that makes pilots of a
  programme says who runs it and who takes part (zy.programme-pilots);
- a subjectless clause that carries out a programme or holds gatherings is the paragraph's subject's
  (zx.implements-elided, zx.organizes-elided);
- a gathering's projects listed one a line take part in it (participatesIn.list-lines).

The zx/zy rules read the candidates the other rules produced (their names sort after them) and add only
what no rule stated. Cue words are data: kg/data/relations/*.txt, one a line with its reason.
"""

from __future__ import annotations

import bisect
import re

from ..extractors.base import Context
from ..extractors.base import is_home_ref as _is_home_ref
from ..extractors.home import CITY_HOME, COUNTY_HOME
from ..lexicon import alternation, read_entries
from ..model import Mention, Sentence
from ..ontology_rules import DOMAIN_RANGE, GOV_ACTORS
from ..patterns import lazy
from ..registry import relation_rule
from .rules import by_sentence, outermost
from .table import TABLE_DIR, EventIndex


def _cues(name: str) -> tuple[str, ...]:
    """The entries of kg/data/relations/NAME.txt: one a line, a TAB starts its reason, # a comment."""
    return read_entries(TABLE_DIR / f"{name}.txt")


# places a sentence can give a project that are more specific than its county (SCHEMA.md rule 6)
_LOCAL = frozenset({"Town", "Village", "Zone"})
# 彰教工业园区长山米业项目: a project whose name holds a zone is that zone's (its head, then more name)
_ZONE_INSIDE = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(_cues("zone_inside_heads"), key=len, reverse=True)))
    + r")(?=[^)）]{2})"
)


# the lead of an article (its headline and first paragraph), and a batch of projects written after a town
_LEAD_SPAN = 200
_TOWN_BATCH = re.compile(r"(?:一批|[\d一二三四五六七八九十两]+个)(?:重点|重大)?(?:项目|工程)")


def _county_voice(view: str) -> bool:
    """Does the article speak as its county (我县, 全县, 县委) at least as often as as a city (我市, 市委)?"""
    return len(COUNTY_HOME.findall(view)) >= len(CITY_HOME.findall(view))


@relation_rule("zy.home-county-projects")
def home_county_projects(ctx: Context) -> None:
    """A project the text places nowhere, in an article about one county (or county-level city, district:
    ctx.home_county named at least as often as its city, or the article speaking as the county, 我县/县委, at
    least as often as as a city), is in that county: a county's news reports its
    own projects (定远县…签约仪式…分别是A项目、B项目; 一季度旅顺口区签约和开工项目23个,主要包括A、B). Not
    when its sentence names a town, village or zone (the more specific place the text gives, SCHEMA.md rule
    6) or another county or city (the project may be that place's), nor when its name holds a zone or
    runs between two places (甲至乙高速)."""
    code = ctx.home_county if ctx.home_county_first or _county_voice(ctx.view) else ""
    if not code:
        return
    home = next((m for m in ctx.mentions if m.code == code and not _is_home_ref(m)), None)
    if home is None:
        return
    # 安徽X县Y镇一批重点项目集中开工: a lead that reports one town of the county's batch of projects makes
    # the article the town's news, and its projects placed nowhere else are the town's
    lead_towns = {
        m.name: m
        for m in ctx.mentions
        if m.type == "Town"
        and m.parent_code == code
        and m.vstart < _LEAD_SPAN
        and _TOWN_BATCH.match(ctx.view, m.vend)
    }
    if len(lead_towns) == 1:
        home = next(iter(lead_towns.values()))
    placed = {c.subject.name for c in ctx.candidates if c.predicate == "locatedIn"}
    for ms in by_sentence(ctx).values():
        if not any(m.type == "Project" for m in ms):
            continue
        if any(m.type in _LOCAL or m.code and m.code != code and not _is_home_ref(m) for m in ms):
            continue
        for m in outermost(ms):
            if (
                m.type == "Project"
                and m.name not in placed
                and not _ZONE_INSIDE.search(m.name)
                and "至" not in m.name  # 甲至乙铁路 runs between two places, it is not in one
            ):
                ctx.relate("locatedIn", m, home, "locatedIn.home-county-project", 0.5)
                placed.add(m.name)


@relation_rule("zy.phase-operator")
def phase_operator(ctx: Context) -> None:
    """C总投资5.6亿元的X项目…,其中,X项目二期工程…: the firm that runs a project runs each phase of it the text
    names (a phase is partOf the project), unless the text names another operator for the phase."""
    parents: dict[str, list[Mention]] = {}
    for c in ctx.candidates:
        if c.predicate == "partOf" and c.subject.type == "Project" and c.object.type == "Project":
            parents.setdefault(c.object.name, []).append(c.subject)
    if not parents:
        return
    run = {c.object.name for c in ctx.candidates if c.predicate == "operates"}
    for c in list(ctx.candidates):
        if c.predicate != "operates" or c.object.name not in parents:
            continue
        for phase in parents[c.object.name]:
            if phase.name not in run:
                ctx.relate("operates", c.subject, phase, "operates.phase-of", 0.6)
                run.add(phase.name)


# a body named after the campaign it runs: “X”工作领导小组, “X”工作协调小组办公室, “X”指挥部
_CAMPAIGN_BODY = re.compile(
    r"“([^“”]{2,20})”(?:[^“”]{0,6}?)(?:" + "|".join(map(re.escape, _cues("campaign_body_heads"))) + ")"
)


# a document about a campaign (关于深化X工程的实施意见, 《X方案》) is issued, not run: not the campaign itself
_DOCUMENT = re.compile(r"^《?关于|(?:" + "|".join(map(re.escape, _cues("document_kinds"))) + ")》?$")


@relation_rule("implements.campaign-body")
def campaign_body(ctx: Context) -> None:
    """浙江省“千村示范、万村整治”工作协调小组办公室 … “千村示范、万村整治”工程: a body named after a campaign (its
    quoted name, then 工作领导小组, 指挥部, 办公室) carries out the programme of that name the text names
    (not a document about it, nor one the body issues, whose name holds the body's)."""
    keys: dict[str, list[Mention]] = {}
    for m in ctx.mentions:
        if m.type == "GovernmentBody":
            k = _CAMPAIGN_BODY.search(m.name)
            if k:
                keys.setdefault(k.group(1), []).append(m)
    if not keys:
        return
    done: set[tuple[str, str]] = set()
    for p in ctx.mentions:
        if p.type != "Programme" or _DOCUMENT.search(p.name):
            continue
        for key, bodies in keys.items():
            if key not in p.name:
                continue
            for b in bodies:
                if b.name not in p.name and (b.name, p.name) not in done:
                    ctx.relate("implements", b, p, "implements.campaign-body", 0.6)
                    done.add((b.name, p.name))


# a verb of carrying out (after a manner adverb) right before a programme; the clause must open with it
_ELIDED_VERB = re.compile(
    r"(?:" + "|".join(map(re.escape, _cues("elided_adverbs"))) + r")?"
    r"(?:" + alternation("programme_verbs", "implement_verbs") + r")(?:了|好)?$"
)
# a short time or setting phrase before a sentence's subject (近年来, / 在产业基础上,)
_LEAD_IN = re.compile(r"[^，,。；;：:“”]{2,8}[，,]")


# 该县 / 该市 opening a sentence: the county or city named last before it
_THIS_PLACE = re.compile(r"该(县|市|区|旗)")
_THIS_LEVEL = {"县": "District", "区": "District", "旗": "District", "市": "City"}


def _clause_subject(ctx: Context, sent: Sentence, ms: list[Mention]) -> Mention | None:
    """The body or place that is the subject of the sentence: a mention of one that opens it (after a short
    lead-in at most), not nested in another name; or 该县/该市 opening it, standing for the county or city
    named last before it."""
    view = ctx.view
    lead = _LEAD_IN.match(view, sent.vstart)
    for at in (sent.vstart, lead.end() if lead else -1):
        this = _THIS_PLACE.match(view, at) if at >= 0 else None
        if this:
            key = ("rels2.places", _THIS_LEVEL[this.group(1)], len(ctx.mentions))
            if key not in ctx.cache:  # that level's named places by end, for a binary search
                places = sorted(
                    (m for m in ctx.mentions if m.type == key[1] and m.code), key=lambda m: m.vend
                )
                ctx.cache[key] = (places, [m.vend for m in places])
            places, ends = ctx.cache[key]
            i = bisect.bisect_right(ends, at)
            return places[i - 1] if i else None
    for m in outermost(ms):
        if m.type not in GOV_ACTORS:
            continue
        if m.vstart == sent.vstart or _LEAD_IN.fullmatch(view, sent.vstart, m.vstart):
            return m
        return None  # the first actor of the sentence is not its subject
    return None


def _paragraph_subject(ctx: Context, si: int, by_sent: dict[int, list[Mention]]) -> Mention | None:
    """The subject a subjectless clause of sentence si carries on: the body or place opening the nearest
    earlier sentence of its paragraph (at most three back), unless a sentence between names another actor."""
    sents = ctx.doc.sentences
    for j in range(si - 1, max(-1, si - 4), -1):
        if "\n" in ctx.view[sents[j].vend : sents[j + 1].vstart]:
            return None  # the paragraph begins after sentence j
        pm = by_sent.get(j, [])
        subject = _clause_subject(ctx, sents[j], pm)
        if subject is not None or any(m.type in GOV_ACTORS for m in pm):
            return subject
    return None


@relation_rule("zx.implements-elided")
def implements_elided(ctx: Context) -> None:
    """…,蓟州区持续完善…;文旅产业蓬勃发展,…;加快发展现代都市型农业,深入实施P: a clause that opens with a verb
    of carrying out and names no actor is the subject's of the paragraph: the body or place that opens one of
    the sentences before it in the paragraph (the nearest, at most three back), when no other actor stands
    between. Only for programmes no rule gave an actor."""
    run = {c.object.name for c in ctx.candidates if c.predicate == "implements"}
    by_sent = by_sentence(ctx)
    sents = ctx.doc.sentences
    view = ctx.view
    for si, ms in by_sent.items():
        progs = [m for m in outermost(ms) if m.type == "Programme" and m.name not in run]
        if not progs:
            continue
        sent = sents[si]
        # where the sentence's first actor ends: a programme after it is read by the other rules
        first_actor = min((m.vend for m in ms if m.type in GOV_ACTORS), default=sent.vend + 1)
        subject: Mention | None = None
        looked = False
        for p in progs:
            if first_actor <= p.vstart:
                break
            v = _ELIDED_VERB.search(view, max(sent.vstart, p.vstart - 12), p.vstart)
            if v is None or v.start() != sent.vstart and view[v.start() - 1] not in "，,；;。":
                continue
            if not looked:  # the paragraph's subject, looked up once for the sentence
                looked = True
                subject = _paragraph_subject(ctx, si, by_sent)
            if subject is not None:
                ctx.relate("implements", subject, p, "implements.elided-subject", 0.55)
                run.add(p.name)


# a ceremony held on the site of what it starts (not a signing, held anywhere)
_ON_SITE = re.compile("(?:" + "|".join(map(re.escape, _cues("on_site_acts"))) + ")(?:仪式|典礼)$")


@relation_rule("zy.ceremony-site")
def ceremony_site(ctx: Context) -> None:
    """X项目开工仪式在Y举行: a ground-breaking, completion or opening ceremony is held on the site of the
    project its name holds, so the project is where the ceremony is (when the text places it nowhere else)."""
    held = [
        c
        for c in ctx.candidates
        if c.predicate == "locatedIn" and c.subject.type == "Event" and _ON_SITE.search(c.subject.surface)
    ]
    if not held:
        return
    placed = {c.subject.name for c in ctx.candidates if c.predicate == "locatedIn"}
    projects = sorted((m for m in ctx.mentions if m.type == "Project"), key=lambda m: m.vstart)
    starts = [m.vstart for m in projects]
    for c in held:
        e = c.subject
        for p in projects[bisect.bisect_left(starts, e.vstart) : bisect.bisect_left(starts, e.vend)]:
            if p.vend <= e.vend and p.name not in placed:
                ctx.relate("locatedIn", p, c.object, "locatedIn.ceremony-site", 0.6)
                placed.add(p.name)


# 这些项目分别是: / 签约项目如下: closing a line, the list running on over the lines after it
_LIST_OPENS = re.compile(
    r"(?:项目|工程)[^。；;，,]{0,10}?(?:" + "|".join(map(re.escape, _cues("list_openers"))) + r")[：:]\s*$"
)
_LIST_CUE = re.compile(r"开工|签约|竣工|投产|开业")
_ITEM_GOES_ON = re.compile(r"[、，,；;]\s*$")


@relation_rule("participatesIn.list-lines")
def projects_listed_by_line(ctx: Context) -> None:
    """这些项目分别是:\\n由A公司投资的P1项目、\\n由B公司投资的P2项目。: a list of the gathering's projects written one
    item a line (each line but the last ending in 、 or ；) after a line that opens it: each project takes
    part in the gathering the passage is about (the list's line or the two before it say it starts or signs
    projects)."""
    sents = ctx.doc.sentences
    view = ctx.view
    opens = [
        i for i, s in enumerate(sents) if s.text.rstrip()[-1:] in ("：", ":") and _LIST_OPENS.search(s.text)
    ]
    if not opens:
        return
    by_sent = by_sentence(ctx)
    events = EventIndex(ctx)
    for i in opens:
        if not any(_LIST_CUE.search(sents[k].text) for k in range(max(0, i - 2), i + 1)):
            continue
        ev = events.referred(sents[i].vstart, sents[i].vend, sents[i].vstart)
        if ev is None:
            continue
        for j in range(i + 1, min(len(sents), i + 41)):
            if "\n" not in view[sents[j - 1].vend : sents[j].vstart]:
                break  # an item is a line of its own
            for m in outermost(by_sent.get(j, [])):
                if m.type == "Project":
                    ctx.relate("participatesIn", m, ev, "participatesIn.list-lines", 0.6)
            if not _ITEM_GOES_ON.search(sents[j].text):
                break


# what a title names after a programme when it makes its holder one of the programme's pilots
_PILOT = re.compile(r"[”\"]?(?:" + "|".join(map(re.escape, _cues("pilot_heads"))) + ")")


@relation_rule("zy.programme-pilots")
def programme_pilots(ctx: Context) -> None:
    """国家能源局公布首批“千乡万村驭风行动”试点县名单,X县榜上有名: a title that makes its holders pilots of a
    programme the text names (P试点县, P示范单位) says that the body awarding it runs the programme and that
    each holder takes part in it."""
    progs = {m.name.strip('“”"'): m for m in ctx.mentions if m.type == "Programme"}
    if not progs:
        return
    # a programme written only inside a title, unquoted (商务部公布2024年县域商业建设行动示范县名单), is part of
    # the title's wording, not a programme the text names: it counts when quoted there (首批“P”试点县) or named
    # somewhere outside every title. Titles' spans sorted by start, with the furthest end so far, for bisect.
    titles = sorted((m.vstart, m.vend) for m in ctx.mentions if m.type == "Designation")
    t_starts = [a for a, _ in titles]
    reach: list[int] = []
    for _, b in titles:
        reach.append(max(b, reach[-1]) if reach else b)

    def inside_title(m: Mention) -> bool:
        k = bisect.bisect_right(t_starts, m.vstart)
        return k > 0 and reach[k - 1] >= m.vend

    named_free = {m.name.strip('“”"') for m in ctx.mentions if m.type == "Programme" and not inside_title(m)}
    of: dict[str, Mention | None] = {}

    def programme_of(title: Mention) -> Mention | None:
        # the programme whose name the title holds right before its pilot word (looked up once a title)
        if title.name not in of:
            of[title.name] = None
            for k in _PILOT.finditer(title.name):
                raw = title.name[: k.start()]
                quoted = raw.endswith(("”", '"')) or k.group().startswith(("”", '"'))
                head = raw.strip('“”"')
                # the longest programme name the head ends with (each ending looked up once)
                of[title.name] = next(
                    (
                        progs[head[i:]]
                        for i in range(len(head) - 1)
                        if head[i:] in progs and (quoted or head[i:] in named_free)
                    ),
                    None,
                )
                if of[title.name] is not None:
                    break
        return of[title.name]

    part_dom = DOMAIN_RANGE["participatesIn"][0]
    for c in list(ctx.candidates):
        if c.object.type != "Designation" or c.predicate not in ("awards", "designatedAs"):
            continue
        p = programme_of(c.object)
        if p is None:
            continue
        if c.predicate == "awards":
            ctx.relate("implements", c.subject, p, "implements.names-pilots", 0.55)
        elif c.subject.type in part_dom:
            ctx.relate("participatesIn", c.subject, p, "participatesIn.pilot", 0.55)


# a clause that opens by holding a gathering (its subject left out): 自主开展A推介会、B座谈会
_HOLDS = re.compile(
    r"(?:" + "|".join(map(re.escape, _cues("elided_adverbs"))) + r")?"
    r"(?:" + "|".join(map(re.escape, _cues("hold_verbs"))) + r")(?:了)?$"
)


_LIST_JOIN = lazy(r"[、和及与]")


@relation_rule("zx.organizes-elided")
def organizes_elided(ctx: Context) -> None:
    """今年以来,该县结合本县实际,…。同时,…,自主开展A推介会、B座谈会等系列活动: a clause that opens by holding
    gatherings and names no actor is the paragraph's subject's (as implements.elided-subject); each gathering
    of the list it opens is held by that body or place. Only for gatherings no rule gave a host."""
    held = {c.object.name for c in ctx.candidates if c.predicate == "organizes"}
    by_sent = by_sentence(ctx)
    sents = ctx.doc.sentences
    view = ctx.view
    for si, ms in by_sent.items():
        events = [m for m in outermost(ms) if m.type == "Event"]
        if not events:
            continue
        sent = sents[si]
        first_actor = min(
            (m.vend for m in ms if m.type in GOV_ACTORS or m.type in ("Company", "Institution")),
            default=sent.vend + 1,
        )
        k = 0
        while k < len(events):
            e = events[k]
            k += 1
            if first_actor <= e.vstart:
                break
            v = _HOLDS.search(view, max(sent.vstart, e.vstart - 8), e.vstart)
            if v is None or v.start() != sent.vstart and view[v.start() - 1] not in "，,；;。":
                continue
            subject = _paragraph_subject(ctx, si, by_sent)
            if subject is None:
                break
            listed = [e]  # …and the gatherings listed right after it (A会、B会和C会)
            while k < len(events) and _LIST_JOIN.fullmatch(view[listed[-1].vend : events[k].vstart]):
                listed.append(events[k])
                k += 1
            for x in listed:
                if x.name not in held:
                    ctx.relate("organizes", subject, x, "organizes.elided-subject", 0.55)
                    held.add(x.name)


# a document's number after its title: 《X》(工信部联产业〔2019〕218号), 《Y》(国办发〔2023〕5号); the number
# opens with the issuer's short name (联 when issued jointly: the first issuer leads)
_DOC_NUMBER = re.compile(r"[(（]([\u4e00-\u9fff]{2,12})〔\d{4}〕\d+号[)）]")


@relation_rule("implements.document-number")
def document_number(ctx: Context) -> None:
    """A policy document whose number, in brackets right after its title, opens with the short name of a body
    the article writes (工信部 …〔2019〕218号 and 工信部 named) was issued by that body: it implements it."""
    bodies = sorted(
        (m for m in ctx.mentions if m.type == "GovernmentBody" and len(m.surface) >= 3),
        key=lambda m: -len(m.surface),
    )
    if not bodies:
        return
    for doc in ctx.mentions:
        if doc.type != "Programme" or not ctx.view.startswith("《", doc.vstart):
            continue
        num = _DOC_NUMBER.match(ctx.view, doc.vend)
        if num is None:
            continue
        body = next((b for b in bodies if num.group(1).startswith(b.surface)), None)
        if body is not None:
            ctx.relate(
                "implements", body, doc, "implements.document-number", 0.6, span=(doc.vstart, num.end())
            )
