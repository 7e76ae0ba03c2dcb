"""Values to owners: each amount, capacity, count, percentage and date goes to the entity its clause is about."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from .lexicon import entries
from .model import PLACE_CLASSES, DateValue, Document, Entity, Evidence, Quantity, Relation
from .values import Found, find_dates, find_quantities

# a clause ends at these marks; a figure's owner is looked for in its own clause first
_CLAUSE_END = re.compile(r"[，,；;。！？!?：:]")
# a figure that modifies the name right after it: 总投资18亿元建设的X项目, 投资4800万美元的X项目,
# 年产10000辆半挂车的X公司 (at most a few characters, no punctuation, up to 的)
_MODIFIER = re.compile(r"[^，,；;。！？!?：:、（）()“”]{0,8}的$")
_MODIFIER_LONG = re.compile(r"[^，,；;。！？!?：:、（）()“”]{0,22}的")
# words before a name that make it a place, a source or a comparison base rather than the subject
_NOT_SUBJECT_AFTER = tuple(entries("value_locatives")) + tuple(entries("value_comparatives"))
_ANAPHORA = tuple(
    sorted(
        (tuple(e.split(":", 1)) for e in entries("value_anaphora")),
        key=lambda kv: -len(kv[0]),
    )
)
_ANAPHORA_RE = re.compile("|".join(re.escape(w) for w, _ in _ANAPHORA))
_ANAPHORA_CLASS = dict(_ANAPHORA)
_DATE_VERBS = re.compile("|".join(re.escape(w) for w in entries("value_date_verbs")))
# what may stand before a place that is its clause's subject: time words and connectives (2016年义乌实现…,
# 其中，全市…); a place after anything else is an object or a modifier (采购张北县农产品)
_SUBJECT_PREFIX = re.compile(
    r"(?:[\d.一二三四五六七八九十]+|[年月日号季度底末初前后共已，,]|今年|去年|明年|上半年|下半年|目前|当前|其中|同时|此外|另外"
    r"|截至|截止|以来|期间|\s)*"
)
_EVENT_VERBS = re.compile("|".join(re.escape(w) for w in entries("value_event_verbs")))
_DESIGNATION_VERBS = re.compile("|".join(re.escape(w) for w in entries("value_designation_verbs")))
# people are not the owners of the figures in news text (they state or hear them)
_NOT_OWNERS = frozenset({"Person", "Official"})


@dataclass(frozen=True, slots=True)
class _M:
    """An entity mention in a document's view, as the attachment rules see it."""

    start: int
    end: int
    eid: str
    type: str


def _mentions(doc: Document, entities: list[Entity]) -> list[_M]:
    """The outermost entity mentions of one document, in text order (a place inside a project's name is
    part of the name, not a mention of its own here)."""
    ms = sorted(
        {
            (m.vstart, -m.vend, e.id, e.type)
            for e in entities
            if e.type not in _NOT_OWNERS
            for m in e.mentions
            if m.doc_id == doc.id
        }
    )
    out: list[_M] = []
    for s, neg_e, eid, t in ms:
        if out and s < out[-1].end:  # inside (or overlapping) the previous, longer mention
            continue
        out.append(_M(s, -neg_e, eid, t))
    return out


def _clause(text: str, pos: int, end: int) -> tuple[int, int]:
    """The clause of text around [pos, end): from after the last clause mark before it to the next one."""
    lo = 0
    for m in _CLAUSE_END.finditer(text, 0, pos):
        lo = m.end()
    m = _CLAUSE_END.search(text, end)
    return lo, (m.start() if m else len(text))


class _DocState:
    """What the rules remember while reading one document in order: the last entity of each class."""

    def __init__(self, doc: Document, mentions: list[_M]) -> None:
        self.doc = doc
        self.mentions = mentions
        self.last: dict[str, _M] = {}
        self.topic: _M | None = None  # the subject of the last sentence that had one
        self.prev_event: _M | None = None  # the last event the previous sentence named
        counts: dict[str, int] = defaultdict(int)
        for m in mentions:
            counts[m.eid] += 1
        self.count = counts

    def seen(self, m: _M) -> None:
        self.last[m.type] = m


def _subject(
    view: str, ms: list[_M], lo: int, hi: int, skip: frozenset[str] = frozenset(), clause: bool = True
) -> _M | None:
    """The subject of view[lo:hi]: its first mention that is not after a locative or a comparison (在X,
    从X, 占X); of names written back to back (吉安县横江镇良枧村) the last, most specific one."""
    for i, m in enumerate(ms):
        if m.start < lo or m.end > hi or m.eid in skip:
            continue
        before = view[max(lo, m.start - 3) : m.start]
        framed = before.endswith("在") and view[m.end : m.end + 1] in ("里", "内")  # 在X公司里，…: X's scene
        if any(before.endswith(w) for w in _NOT_SUBJECT_AFTER) and not framed:
            continue
        if clause and m.type in PLACE_CLASSES and not _SUBJECT_PREFIX.fullmatch(view, lo, m.start):
            continue
        # X…的Y: the head Y is what the clause is about (X总投资12亿元建设的Y项目开工, X的Y项目)
        for j in range(i + 1, len(ms)):
            n = ms[j]
            if n.end > hi or n.start - m.end > 24:
                break
            if _MODIFIER_LONG.fullmatch(view, m.end, n.start):
                i, m = j, n
                break
        while (
            m.type in PLACE_CLASSES
            and i + 1 < len(ms)
            and ms[i + 1].start == m.end
            and ms[i + 1].type in PLACE_CLASSES
            and ms[i + 1].end <= hi
            and ms[i + 1].eid not in skip
        ):
            i += 1
            m = ms[i]
        return m
    return None


def _anaphor(view: str, lo: int, hi: int, st: _DocState) -> _M | None:
    """该项目, 全村, 我市 …: the last entity of that class."""
    for a in _ANAPHORA_RE.finditer(view, lo, hi):
        if any(view[max(lo, a.start() - 3) : a.start()].endswith(w) for w in _NOT_SUBJECT_AFTER):
            continue  # 占全省, 居全国: a comparison base
        cls = _ANAPHORA_CLASS[a.group()]
        if cls in PLACE_CLASSES and not _SUBJECT_PREFIX.fullmatch(view, lo, a.start()):
            continue  # 列入全省…清单: an object, as for a place's name
        m = st.last.get(cls)
        if m is not None:
            return m
    return None


def _evidence(doc: Document, start: int, end: int, sentence: str, rule: str, conf: float) -> Evidence:
    s, e = doc.span(start, end)
    return Evidence(doc.id, s, e, sentence, rule, conf)


def _owner(
    view: str,
    ms: list[_M],
    sent_lo: int,
    sent_hi: int,
    f_start: int,
    f_end: int,
    st: _DocState,
    prev: _M | None,
) -> tuple[_M, str] | None:
    """The entity a figure at [f_start, f_end) is about, and the rule that says so."""
    # 1. inside a name: 年产5万吨…项目
    for m in ms:
        if m.start <= f_start and f_end <= m.end:
            return m, "value.in-name"
    text = view[sent_lo:sent_hi]
    clo, chi = _clause(text, f_start - sent_lo, f_end - sent_lo)
    clo, chi = clo + sent_lo, chi + sent_lo
    # 2. a modifier of the name right after it: 总投资18亿元建设的X项目
    for m in ms:
        if m.start >= f_end and m.start <= chi and _MODIFIER.search(view[f_end : m.start]):
            return m, "value.modifier"
        if m.start > f_end:
            break
    # a count after a list (A、B、C等5家企业) counts the list: its members do not own it; a name after it
    # in the clause (等31家企业为第七批…龙头企业) or the sentence's event does
    if view[max(clo, f_start - 1) : f_start] == "等":
        after = _subject(view, ms, f_end, chi)
        if after is not None:
            return after, "value.list-count"
        for kind in ("Designation", "Event"):  # 公布…名单，A、B等15家企业入选: the list's title
            named = [m for m in ms if m.type == kind and sent_lo <= m.start < sent_hi]
            if named:
                return named[0], "value.list-count"
        return (st.topic, "value.topic") if st.topic is not None else None
    # figures in a sentence about an event whose clause has no subject of its own, or only a place
    # (我市在…签约仪式上，签约了13个项目): the event's results
    event = next(
        (m for m in reversed(ms) if m.type == "Event" and sent_lo <= m.start and m.end <= f_start), None
    )
    # 3. the subject of its own clause, before the figure; 该项目 / 全村 point back
    own = _subject(view, ms, clo, f_start)
    acts = _EVENT_VERBS.search(view, clo, chi)
    if own is not None:
        if event is not None and (own.type in PLACE_CLASSES or acts):
            return event, "value.event"
        # 我市集中开工重大项目96个 right after the sentence that names the event (…设分会场)
        if own.type in PLACE_CLASSES and acts and st.prev_event is not None:
            return st.prev_event, "value.event"
        # 我省7家企业上榜 in the sentence that names the list
        if own.type in PLACE_CLASSES and _DESIGNATION_VERBS.search(view, clo, chi):
            named = next((m for m in ms if m.type == "Designation" and sent_lo <= m.start < sent_hi), None)
            if named is not None:
                return named, "value.designation"
        return own, "value.clause-subject"
    if (a := _anaphor(view, clo, f_start, st)) is not None:
        return a, "value.anaphor"
    # 4. a clause without a subject continues the sentence: the owner of the figure before it in the
    # same sentence (同比增长4.1%), else the sentence's subject, else the last sentence's topic
    if prev is not None:
        return prev, "value.continues"
    if event is not None:
        return event, "value.event"
    subj = _subject(view, ms, sent_lo, f_start)
    if subj is not None:
        return subj, "value.sentence-subject"
    if (a := _anaphor(view, sent_lo, f_start, st)) is not None:
        return a, "value.anaphor"
    if st.topic is not None:
        return st.topic, "value.topic"
    return None


# a clause that opens with a bare head noun is about the last entity of that class (项目于2013年7月27日签约)
_HEAD_NOUN = re.compile(r"(?:该|此|本)?(项目|公司|企业|集团|合作社|园区)")
_HEAD_CLASS = {
    "项目": "Project",
    "公司": "Company",
    "企业": "Company",
    "集团": "Company",
    "合作社": "Company",
}
_HEAD_CLASS["园区"] = "Zone"


def _dates_of_sentence(
    doc: Document, ms: list[_M], sent, year: int | None, st: _DocState
) -> list[tuple[str, DateValue]]:
    """Dates of the sentence's events (10月26日，…集中开工活动举行), or of the entity a dated clause is
    about when its verb is a milestone (建办于2012年3月, 2014年，X注册成立)."""
    out = []
    dates = find_dates(sent.text, year, sent.vstart)
    if not dates:
        return out
    view = doc.view
    events = [m for m in ms if m.type == "Event" and sent.vstart <= m.start and m.end <= sent.vend]
    last: _M | None = None
    for d in dates:
        if any(m.start <= d.start and d.end <= m.end for m in ms):
            continue  # a year inside a name (2023年四季度…活动) dates nothing by itself
        ev = _evidence(doc, d.start, d.end, sent.text, "date.event", 0.7)
        if events:
            for m in events:
                out.append((m.eid, DateValue(d.iso, d.text, ev)))
            continue
        clo, chi = _clause(sent.text, d.start - sent.vstart, d.end - sent.vstart)
        clo, chi = clo + sent.vstart, chi + sent.vstart
        # the clause the date opens (2014年，X注册成立) is the next one when the date stands alone
        if not _subject(view, ms, clo, chi) and chi < sent.vend:
            _, nhi = _clause(sent.text, chi - sent.vstart + 1, chi - sent.vstart + 1)
            chi = nhi + sent.vstart
        if not _DATE_VERBS.search(view, clo, chi):
            continue
        subj = _subject(view, ms, clo, chi)
        if subj is None and (h := _HEAD_NOUN.match(view, clo)):
            subj = st.last.get(_HEAD_CLASS[h.group(1)])
        if subj is None:
            subj = last  # 2013年7月27日签约，8月7日开工: the clause goes on about the same thing
        if subj is not None and subj.type not in PLACE_CLASSES:  # a place's founding is not news
            ev = replace(ev, rule="date.milestone", confidence=0.6)
            out.append((subj.eid, DateValue(d.iso, d.text, ev)))
            last = subj
    return out


def attach_values(
    documents: tuple[Document, ...] | list[Document], entities: list[Entity], relations: list[Relation]
) -> tuple[list[Entity], list[Relation]]:
    """Give every figure and date of every document to the entity its clause is about."""
    quantities: dict[str, list[Quantity]] = defaultdict(list)
    dates: dict[str, list[DateValue]] = defaultdict(list)
    for doc in documents:
        ms = _mentions(doc, entities)
        st = _DocState(doc, ms)
        view = doc.view
        k = 0  # next mention to mark as seen
        for sent in doc.sentences:
            if sent.kind not in ("body", "heading"):
                continue  # captions, credits and bylines state no figures of their own
            sm = [m for m in ms if sent.vstart <= m.start and m.end <= sent.vend]
            prev: _M | None = None
            found = find_quantities(sent.text, sent.vstart)
            for f in found:
                while k < len(ms) and ms[k].end <= f.start:
                    st.seen(ms[k])
                    k += 1
                hit = _owner(view, sm, sent.vstart, sent.vend, f.start, f.end, st, prev)
                if hit is None:
                    continue
                owner, rule = hit
                prev = owner
                quantities[owner.eid].append(_quantity(doc, f, sent.text, rule))
            for eid, dv in _dates_of_sentence(doc, sm, sent, doc.year, st):
                dates[eid].append(dv)
            while k < len(ms) and ms[k].end <= sent.vend:
                st.seen(ms[k])
                k += 1
            # a sentence that opens with 本次, 该公司 … is about what they point back to
            opening = _SUBJECT_PREFIX.match(view, sent.vstart).end()
            a = _ANAPHORA_RE.match(view, opening)
            topic = (
                (st.last.get(_ANAPHORA_CLASS[a.group()]) if a else None)
                or _subject(view, sm, sent.vstart, sent.vend)
                or _subject(view, sm, sent.vstart, sent.vend, clause=False)
            )
            st.prev_event = next((m for m in reversed(sm) if m.type == "Event"), None)
            if prev is not None and not a:
                st.topic = prev
            elif topic is not None:
                st.topic = topic
    out = []
    for e in entities:
        qs = list(e.quantities) + quantities.get(e.id, [])
        ds = list(e.dates) + dates.get(e.id, [])
        if qs or ds:
            uq = {(q.evidence.doc_id, q.evidence.start, q.kind): q for q in qs}
            ud = {(d.evidence.doc_id, d.evidence.start, d.value): d for d in ds}
            e = replace(
                e,
                quantities=tuple(
                    sorted(uq.values(), key=lambda q: (q.evidence.doc_id, q.evidence.start, q.kind))
                ),
                dates=tuple(
                    sorted(ud.values(), key=lambda d: (d.evidence.doc_id, d.evidence.start, d.value))
                ),
            )
        out.append(e)
    return out, list(relations)


def _quantity(doc: Document, f: Found, sentence: str, rule: str) -> Quantity:
    kind = f.kind
    if kind == "investment" and "总投资" in doc.view[max(0, f.start - 6) : f.start]:
        kind = "totalInvestment"
    return Quantity(
        kind, f.value, f.unit, f.approximate, f.text, _evidence(doc, f.start, f.end, sentence, rule, 0.6)
    )
