"""Who takes part, read over a sentence's roster or a paragraph's clauses (branch rels).

participatesIn.roster — rosters of attendees: 市委书记A,市长B,副市长C及发改局、工信局、X公司等单位主要负责人出席集中开工仪式.
participatesIn.meeting-paragraph — speakers opening the later sentences of a 会上 paragraph.
zx.implements-series — 深入实施P1,全力推进P2: the later clauses' programmes, carried out by the first one's subject.

Chinese meeting and ceremony reports close a sentence with the people and units present, then a verb of
attending and the gathering. Every person of the roster
takes part, and so does every unit written as a roster item (followed by 、，及和与等 or by the closing
领导/负责人/单位 words), not a body that only opens a post (中共X市委 in 中共X市委书记A). The roster is read
leftwards from the verb over short gaps without another clause's verb: linear in the sentence.
"""

from __future__ import annotations

import bisect
import re

from ..extractors.base import Context
from ..extractors.base import is_home_ref as _is_home_ref
from ..lexicon import alternation
from ..model import Mention
from ..ontology_rules import ORGS, PEOPLE, PLACES
from ..registry import relation_rule
from ..values import date_in
from .table import EventIndex, mask, sentence_mentions

_CLOSERS = alternation("roster_closers")
# the verbs of attending: another one stops a roster (the roster before it is that verb's), and a sentence
# without any is not worth reading
_ATTEND_VERBS = "出席|参加|莅临|见证|参会|与会"
# 代表 before a unit (A代表市委、市政府出席) makes the units those A speaks for, not attendees; 代表 closing a
# roster (X商会代表应邀参加) is one of its words
# (and another verb of attending: the roster before it is that verb's)
_STOPS = re.compile(
    alternation("roster_stops") + r"|代表(?=[\ue000-\ue0ff])|" + _ATTEND_VERBS + r"|[。；;！？!?：:]"
)
# the verb of attending, and the gathering it names (masked); a roster before 出席活动 is left to the rules
# that know which gathering the report is about
_ATTEND = re.compile(
    r"(?:一同|共同|应邀|分别)?(?:出席|参加|莅临|见证)(?:了)?(?:此次|本次|这次|当天的|当日的)?(?P<ev>[\ue000-\ue0ff])"
)
# what may stand between the roster's last item and the verb: nothing, 等, or words closed by 领导/负责人/单位 …
# (等市直部门主要领导, 、工行、农行等单位, 及各乡镇主要负责同志), then 一同/应邀
# (…以及相关企业负责人,共计98人参加会议: the head count that sums the roster up may close it)
_TAIL = re.compile(
    r"[，,、]?(?:等|及)?(?:[^。；;：:]{0,30}?(?:" + _CLOSERS + r"))?"
    r"(?:[，,]?(?:共计|共有|共|约)\d+(?:余|多)?人)?(?:一同|共同|应邀|分别)?"
)
# 出席会议 / 参加活动: the gathering written by a generic noun is the one the sentence refers to (the one it
# names, else the last one named before it)
# (参会 / 与会 closing the clause: "attend the meeting", the verb with its gathering in one word;
# 与会代表/与会人员 as a noun go on and are not read)
_ATTEND_GENERIC = re.compile(
    r"(?:一同|共同|应邀)?(?:(?:出席|参加)(?:了)?(?:此次|本次|这次)?(?:会议|活动|仪式)|参会|与会)(?=[。；;，,]|$)"
)
# a sentence worth reading: one with a verb of attending
_ANY_ATTEND = re.compile(_ATTEND_VERBS)
# a unit is a roster item when a list mark or a closing word follows it, not a post (书记, 市长)
_ITEM_AFTER = re.compile(r"[、，,及和与等]|(?:相关|有关)?(?:主要)?(?:" + _CLOSERS + r")")
_UNITS = frozenset({"GovernmentBody", "Institution", "Company"})
_PEOPLE = frozenset({"Person", "Official"})
_MAX_GAP = 48  # characters between two roster items (a post and a list mark, or a group of unnamed units)
_MAX_REACH = 400  # characters a roster runs back from its verb (a long list of units and officials)


@relation_rule("participatesIn.roster")
def roster(ctx: Context) -> None:
    """Every person and unit of a roster closed by a verb of attending takes part in the gathering it names."""
    view = ctx.view
    events: EventIndex | None = None
    for si, ms in sentence_mentions(ctx).items():
        if not any(m.type in _PEOPLE or m.type in _UNITS for m in ms):
            continue
        sent = ctx.doc.sentences[si]
        if not _ANY_ATTEND.search(sent.text):
            continue
        mk = mask(view, sent.vstart, sent.vend, ms)
        date, dated = None, False
        found: list[tuple[re.Match, Mention | None]] = [
            (mm, mk.at.get(mm.start("ev"))) for mm in _ATTEND.finditer(mk.text)
        ]
        for mm in _ATTEND_GENERIC.finditer(mk.text):
            if events is None:
                events = EventIndex(ctx)
            found.append((mm, events.referred(sent.vstart, sent.vend, sent.vstart)))
        for mm, ev in found:
            if ev is None or ev.type != "Event":
                continue
            members = []
            cur = mm.start()  # the left edge of what is read so far
            k = cur - 1
            first = True
            while k >= 0 and cur - k <= _MAX_GAP and mm.start() - k <= _MAX_REACH:
                m = mk.at.get(k)
                if m is None:
                    k -= 1
                    continue
                gap = mk.text[k + 1 : cur]
                if _STOPS.search(gap) or m.type == "Event":
                    break  # another clause, or another gathering (A等出席签约仪式或参加开工仪式): not this roster
                if first:
                    if not _TAIL.fullmatch(gap):
                        break
                elif len(gap) > _MAX_GAP:
                    break
                if m.type in _PEOPLE:
                    members.append(m)
                    first = False
                    cur = k
                elif m.type in _UNITS and not _is_home_ref(m) and _ITEM_AFTER.match(mk.text, k + 1):
                    members.append(m)
                    first = False
                    cur = k
                elif first:
                    cur = k  # a place or zone between the roster and the verb (X县四个班子主要领导)
                k -= 1
            if not members:
                continue
            if not dated:
                date, dated = date_in(sent.text, ctx.doc.year), True  # once a sentence
            span = (members[-1].vstart, mk.ends[mm.end() - 1])
            for m in members:
                ctx.relate("participatesIn", m, ev, "participatesIn.roster", 0.55, span=span, date=date)


# a paragraph about what was said at the gathering: 会上,A作交流发言。B书记C表示,… / 仪式上,…。D总经理E作了发言
_AT_HEAD = re.compile(
    r"\s*(?:在)?(?:本次|此次|这次|当天|当日)?(?:会上|会议上|全会上|大会上|仪式上|活动上|座谈会上|推介会上|签约仪式上"
    r"|开工仪式上|开幕式上)[，,]"
)
# the speaker opens the sentence (after the posts before the name) and speaks within the clause
_SPEAKS = re.compile(
    r"[^，,。；;：:“”]{0,16}?(?:表示|介绍|指出|强调|说|致辞|讲话|发言|宣布|汇报|推介|作了|作)"
)
_POST_RUN = re.compile(r"[^，,。；;：:“”！？!?]{0,40}")


@relation_rule("participatesIn.meeting-paragraph")
def meeting_paragraph(ctx: Context) -> None:
    """The people who open the later sentences of a 会上 paragraph by speaking take part in the gathering
    the paragraph's first sentence is at (the first sentence itself is read by participatesIn.at-meeting-head)."""
    view = ctx.view
    sents = ctx.doc.sentences
    by_sent = sentence_mentions(ctx)
    events: EventIndex | None = None
    i = 0
    while i < len(sents):
        head = sents[i]
        if not _AT_HEAD.match(head.text):
            i += 1
            continue
        if events is None:
            events = EventIndex(ctx)
        ev = events.referred(head.vstart, head.vend, head.vstart)
        j = i + 1
        # the sentences of the same paragraph (no line break before them)
        while j < len(sents) and "\n" not in view[sents[j - 1].vend : sents[j].vstart]:
            s = sents[j]
            people = [m for m in by_sent.get(s.index, ()) if m.type in _PEOPLE]
            if ev is not None and people:
                p = people[0]
                lead = view[s.vstart : p.vstart]
                if _POST_RUN.fullmatch(lead) and _SPEAKS.match(view, p.vend, s.vend):
                    ctx.relate(
                        "participatesIn",
                        p,
                        ev,
                        "participatesIn.meeting-paragraph",
                        0.55,
                        span=(s.vstart, s.vend),
                    )
            j += 1
        i = j


# 深入实施P1,全力推进P2: the next clause goes on with the same subject when it opens with a verb of carrying out
_NEXT_CLAUSE = re.compile(
    r"[^，,。；;！？!?：:\ue000-\ue0ff]{0,20}?[，,](?:并|还|同时|进一步|又)?"
    r"(?:全力|大力|深入|扎实|持续|加快|积极|全面|着力|不断|稳步|强力|奋力|聚力)?"
    r"(?:" + alternation("programme_verbs", "implement_verbs") + r")(?:了)?$"
)


_SUBJECTS = frozenset(ORGS | PLACES | PEOPLE | {"Zone"})


@relation_rule("zx.implements-series")
def implements_series(ctx: Context) -> None:
    """A body or place that carries out a programme carries out those the clauses after it name with a verb
    of their own and no subject of their own (我市深入实施P1,全力推进P2,…): P2 too. Linear: each clause
    is read once from the programme before it."""
    view = ctx.view
    progs = sorted((m for m in ctx.mentions if m.type == "Programme"), key=lambda m: m.vstart)
    if not progs:
        return
    starts = [p.vstart for p in progs]
    # who may open a clause as its own subject: a body, firm, place, zone or person
    actor_starts = sorted(m.vstart for m in ctx.mentions if m.type in _SUBJECTS)
    seen: set[tuple[int, int]] = set()
    for c in list(ctx.candidates):
        if c.predicate != "implements" or (id(c.subject), id(c.object)) in seen:
            continue
        seen.add((id(c.subject), id(c.object)))
        sent = ctx.doc.sentence_at(c.object.vstart)
        cur = c.object
        for _ in range(8):  # at most eight clauses on
            i = bisect.bisect_right(starts, cur.vend)
            if i >= len(progs) or progs[i].vstart >= sent.vend or progs[i].vstart - cur.vend > 40:
                break
            nxt = progs[i]
            gap = view[cur.vend : nxt.vstart]
            if not _NEXT_CLAUSE.match(gap):
                break
            k = bisect.bisect_left(actor_starts, cur.vend)
            if k < len(actor_starts) and actor_starts[k] < nxt.vstart:
                break  # the clause names its own subject
            ctx.relate(
                "implements", c.subject, nxt, "implements.series", 0.55, span=(c.object.vstart, nxt.vend)
            )
            cur = nxt
