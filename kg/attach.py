"""Values to owners: each amount, capacity, count, percentage and date goes to the entity its clause is about."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .lexicon import entries
from .model import PLACE_CLASSES, DateValue, Document, Entity, Evidence, Mention, Quantity, Relation
from .patterns import lazy
from .values import Found, find_dates, find_days, find_quantities

# a clause ends at these marks; a figure's owner is looked for in its own clause first
# (and a space between two words: a title's parts, 23个项目集中开工 总投资186亿元, are clauses)
_CLAUSE_END = re.compile(r"[，,；;。！？!?：:]|(?<=[\u4e00-\u9fff\d])[ \u3000]+(?=[\u4e00-\u9fff])")
# a figure or a name that modifies the name right after it: 总投资18亿元建设的X项目, 投资4800万美元的X项目,
# 年产10000辆半挂车的X公司, X的Y项目 (a few words, no punctuation, up to 的)
_MODIFIER_LONG = re.compile(r"[^，,；;。！？!?：:、（）()“”]{0,22}的")
# X…——Y: a dash names what the words before it describe (福建最大的合资项目——Y项目动工): Y is the subject
_APPOSITIVE = re.compile(r"[^，,；;。！？!?：:、（）()“”]{0,22}——")
# words before a name that make it a place, a source or a comparison base rather than the subject
_NOT_SUBJECT_AFTER = tuple(entries("value_locatives")) + tuple(entries("value_comparatives"))
_ANAPHORA: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((w, c) for w, c in (e.split(":", 1) for e in entries("value_anaphora"))), key=lambda kv: -len(kv[0])
    )
)
_ANAPHORA_RE = re.compile("|".join(re.escape(w) for w, _ in _ANAPHORA))
_ANAPHORA_CLASS: dict[str, str] = dict(_ANAPHORA)
# 全县, 该市 …: the place of that class the text last named (a round-up of counties moves from one to the
# next), even where resolution gave the written word one entity for the whole article
_WHOLE = frozenset(w for w in _ANAPHORA_CLASS if w[0] in "全该")
_DATE_VERBS = re.compile("|".join(re.escape(w) for w in entries("value_date_verbs")))
# a subjectless clause that opens with a verb of carrying out (开展“X年”活动, 实施X工程): the name after
# the verb is its object, not its subject (value_object_verbs.txt)
_OBJECT_VERB = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in sorted(entries("value_object_verbs"), key=len, reverse=True))
    + ')了?[“"《]?'
)
# X下属公司Y, X旗下的Y, X全资子公司Y: a firm written right before its subsidiary only says whose it is; the
# subsidiary is the subject
_SUBSIDIARY = re.compile(r"(?:下属|旗下|所属|控股|全资|控股子|全资子)的?(?:子公司|分公司|公司|企业)?")
# what introduces a list of examples (包括A、B、C等项目): its items are objects, not the subject
_LIST_INTRO = ("包括", "包含", "涵盖", "主要有", "比如", "例如", "诸如")
# what may stand before a place that is its clause's subject: time words and connectives (2016年义乌实现…,
# 其中，全市…); a place after anything else is an object or a modifier (采购张北县农产品)
# a report's lead (本报讯(记者 X), 河北日报讯, 新华社北京5月8日电) and hearsay (据了解, 据介绍, 记者了解到) too
_NEWS_LEAD = (
    # the 讯/电 of a lead is followed by a byline or a space (国家电网公司供电可靠性 is no lead)
    # (中新网 天津4月8日电: a space may part the agency from its dateline)
    r"(?:本报[\u4e00-\u9fff\d]{0,10}(?:讯|电)|[\u4e00-\u9fff]{1,8}(?:报|网|社|台)[ \u3000]?[\u4e00-\u9fff\d]{0,10}(?:讯|电))"
    r"(?=[\s\u3000（(：:，,]|$)(?:\s*[（(][^（()）]{0,30}[）)])?"
)
_NEWS_LEAD_RE = re.compile(_NEWS_LEAD)
# (a span of months or days, 1-5月, 1—5月, 1月至5月, 一至五月, is a time phrase too: 1-5月全县工业投资增长…)
_SUBJECT_PREFIX = re.compile(
    r"(?:[\d.一二三四五六七八九十]+|[年月日号季度底末初前后共已，,]|今年|去年|明年|上半年|下半年|目前|当前|其中|同时|此外|另外"
    r"|(?<=[\d一二三四五六七八九十月日])[-—–~～至](?=[\d一二三四五六七八九十])"
    rf"|截至|截止|以来|期间|据了解|据介绍|据悉|据统计|记者了解到|{_NEWS_LEAD}|\s)*"
)
_EVENT_VERBS = re.compile("|".join(re.escape(w) for w in entries("value_event_verbs")))
_DESIGNATION_VERBS = re.compile("|".join(re.escape(w) for w in entries("value_designation_verbs")))
# a body written before a post (梧州市委书记X, X公司董事长Y) is part of a person's title: the person, who
# owns no figure, is the subject, not the body
_TITLE_WORDS = sorted(
    set(entries("titles_public")) | set(entries("titles_company")) | set(entries("titles_place_head")),
    key=len,
    reverse=True,
)
_TITLED = re.compile("|".join(re.escape(w) for w in _TITLE_WORDS))
# the characters a title opens with: a name followed by none of them is not titled (the alternation of
# ~170 words is tried one word at a time at each name's end otherwise)
_TITLE_FIRST = frozenset(w[0] for w in _TITLE_WORDS if w)
# people are not the owners of the figures in news text (they state or hear them)
_NOT_OWNERS = frozenset({"Person", "Official"})
# what a count inside its name describes (年出栏10万头生猪项目); in other names (三家子村, 五家渠市,
# 八家子镇) a numeral and a classifier are just part of the name
_COUNTED_IN_NAME = frozenset({"Project", "Event", "Programme", "Designation"})
# names of sets of things (a list of firms, a programme of projects), which a count before them counts
_COLLECTIONS = frozenset({"Designation", "Programme"})
# lists that a clause counts as its object (开工重点建设项目14个)
_COUNTED_LISTS = frozenset({"Programme", "Designation"})
_COUNT_AFTER = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)[多余]?[个项家户名所座]")
_CLASSIFIERS = frozenset("个家项名户座条所")
# what a place name written before it locates (沈阳市X公司, 横江镇良枧村委会)
_LOCATED_OWNERS = frozenset({"Company", "GovernmentBody", "Institution", "Zone", "Project"})
# what may be written right before the name of its project (X公司Y项目, X开发区Y项目)
_PROJECT_HOLDERS = frozenset({"Company", "Zone", "Institution"})


@dataclass(frozen=True, slots=True)
class _M:
    """An entity mention in a document's view, as the attachment rules see it."""

    start: int
    end: int
    eid: str
    type: str
    pos: int = field(default=0, compare=False)  # its place in its document's list of mentions


# the words of a plan before a figure (计划新开工, 预计完成, 力争, 拟投资)
_PLANNED = re.compile(r"计划|预计|力争|拟")


def _mentions_by_doc(entities: list[Entity], only: set[str] | None = None) -> dict[str, list[_M]]:
    """The outermost entity mentions of every document (or of the documents only names), in text order
    (a place inside a project's name is part of the name, not a mention of its own here); one pass over
    the entities for all documents."""
    keys: dict[str, set[tuple[int, int, str, str]]] = defaultdict(set)
    for e in entities:
        if e.type in _NOT_OWNERS:
            continue
        for m in e.mentions:
            if only is None or m.doc_id in only:
                keys[m.doc_id].add((m.vstart, -m.vend, e.id, e.type))
    return {doc_id: _outermost(sorted(ks)) for doc_id, ks in keys.items()}


def _outermost(ms: list[tuple[int, int, str, str]]) -> list[_M]:
    out: list[_M] = []
    for s, neg_e, eid, t in ms:
        if out and s < out[-1].end:  # inside (or overlapping) the previous, longer mention
            continue
        out.append(_M(s, -neg_e, eid, t, len(out)))
    return out


class _DocState:
    """What the rules remember while reading one document in order: the last entity of each class."""

    def __init__(self, trace: list[tuple[int, int, bool]] | None = None) -> None:
        # every test of two events' identity, as (position, position, equal), while recorded: what a
        # document's values read of its entity ids besides handing them out (see article_values)
        self.trace = trace
        self.last: dict[str, _M] = {}
        self.topic: _M | None = None  # the subject of the last sentence that had one
        self.prev_event: _M | None = None  # the last event the previous sentence named
        self.first_event: _M | None = None  # the article's own event: the first one it names
        self.doc_event: _M | None = None  # the first event the article names anywhere (set before reading)
        self.events: list[_M] = []  # the last few events named, latest last
        self.sentence = 0  # the number of the sentence being read
        self.event_sentence = -9  # the number of the sentence that last named an event
        # the first firm of the last sentence that named one: the firm that sentence is about (the
        # investor of X公司投资…建设的Y项目), not the customer or partner named after it
        self.first_firm: _M | None = None
        # the names a sentence lists before its 分别: (the sentence's start, the names)
        self.respective: tuple[int, tuple[_M, ...]] | None = None
        self.places: dict[str, _M] = {}  # the document's place names as written, for bodies named after them
        self.dateline: tuple[int, int, int] | None = None  # the day the article is dated (year, month, day)
        self.last_day: DateValue | None = None  # the last day an occasion was dated with

    def firm(self, S: _Sent, pos: int) -> _M | None:
        """What a bare 公司/企业 (or 该公司) points to: the first firm named in its sentence before pos,
        else the first firm of the last sentence that named one (公司董事长X说,企业今年产值… after a
        sentence about A公司投资…建设的项目, 产品供应B公司: A, not B)."""
        i = bisect_left(S.starts, S.lo)
        for m in S.ms[i : i + _CAP]:
            if m.end > pos:
                break
            if m.type == "Company":
                return m
        return self.first_firm or self.last.get("Company")

    def seen(self, m: _M, view: str = "") -> None:
        if view[m.start : m.end] in _WHOLE and m.type in self.last:
            return  # 全县 is the county last named, not a new one
        self.last[m.type] = m
        # 新宾县农业农村局局长X说…。全县已发放…: a body named after its place makes that place the last
        # of its class too (the place a body's name opens with, when the text names that place on its own)
        if m.type == "GovernmentBody" and self.places:
            for n in range(min(_PLACE_PREFIX_MAX, m.end - m.start - 1), 1, -1):
                if (p := self.places.get(view[m.start : m.start + n])) is not None:
                    # the place's own position: values are handed to the entity of ms[pos]
                    self.last[p.type] = _M(m.start, m.start + n, p.eid, p.type, p.pos)
                    break
        if m.type == "Event":
            if self.first_event is None:
                self.first_event = m
            if self.trace is not None:
                self.trace.extend((e.pos, m.pos, e.eid == m.eid) for e in self.events[-_CAP:])
            self.events = [e for e in self.events[-_CAP:] if e.eid != m.eid] + [m]
            self.event_sentence = self.sentence

    def this_event(self, view: str, end: int) -> _M | None:
        """What 此次/本次 point to: the event named in this sentence or the one before (…设分会场。
        本次集中开工…), else the event the verb after them names (此次集中开工的… is the 开工 event,
        not a forum a paragraph before listed), else the article's own event, the one its title or
        lead reports (a meeting whose 精神 is carried out is not 此次)."""
        v = _EVENT_VERBS.match(view, end, end + 4) or _EVENT_VERBS.search(view, end, end + 4)
        if self.sentence - self.event_sentence <= 1 and self.events:
            latest = self.events[-1]
            # 推介会后举行了项目集中签约仪式,…等23个项目成功签约: of the events named, the one whose name says
            # what the clause says was done (签约, 开工) is where it was done, not the last one named
            # (X分会场 is the local venue of the event named before it: it does what that event does)
            if (
                v is not None
                and v.group() not in view[latest.start : latest.end]
                and not view.endswith(_SUB_VENUE, latest.start, latest.end)
            ):
                for e in reversed(self.events[:-1]):
                    if v.group() in view[e.start : e.end]:
                        return e
            return latest
        if v is not None:
            # (此次集中开工 is the act of X开工仪式 too: the verb without 集中 is what the name says)
            act = _act(v.group())
            for e in reversed(self.events):
                # X分会场 is the local venue of the event named before it: it does what that event does
                if act in view[e.start : e.end] or view.endswith(_SUB_VENUE, e.start, e.end):
                    return e
        return self.first_event or self.last.get("Event") or self.doc_event


_TOGETHER = "集中"  # (集中开工, 集中签约: an act done by many at once)
# occasions that report what was done elsewhere (新闻发布会, 情况通报会, 媒体吹风会): nothing is signed at them
_BRIEFINGS = ("发布会", "通报会", "通气会", "吹风会")


def _act(verb: str) -> str:
    """What an occasion's name says of an act: 集中开工, 现场签约 -> 开工, 签约; 签约, 签订, 签下 -> 签 (a
    signing ceremony, 签字仪式, a 云签约 event: every verb of signing names them)."""
    act = verb.removeprefix(_TOGETHER).removeprefix(_ON_SITE) or verb
    return _SIGN if act.startswith(_SIGN) else act


_SIGN = "签"

_ON_SITE = "现场"
_PLACE_PREFIX_MAX = 12  # the longest place name looked for at the start of a body's name
_CAP = 8  # a clause's subject is among its first few names; never look further (linear time)
_PREFIX_MAX = 30  # a time phrase before a subject is short
_VERB_WINDOW = 40  # cue verbs are looked for this near a figure


class _Sent:
    """One sentence as the rules see it: its mentions, clause marks and anaphors, indexed for bisection
    so that every question a figure asks costs O(log n) or a bounded number of steps."""

    def __init__(self, view: str, lo: int, hi: int, ms: list[_M]) -> None:
        self.view, self.lo, self.hi, self.ms = view, lo, hi, ms
        self.starts = [m.start for m in ms]
        self.marks = [m.start() for m in _CLAUSE_END.finditer(view, lo, hi)]
        self.anaphors = [
            (a.start(), a.end(), _ANAPHORA_CLASS[a.group()]) for a in _ANAPHORA_RE.finditer(view, lo, hi)
        ]
        self.anaphor_starts = [x[0] for x in self.anaphors]
        self.events = [m for m in ms if m.type == "Event"]
        self.event_starts = [m.start for m in self.events]
        self.designation = next((m for m in ms if m.type == "Designation"), None)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end): from after the last mark before it to the next mark."""
        i = bisect_left(self.marks, start)
        lo = self.marks[i - 1] + 1 if i else self.lo
        j = bisect_left(self.marks, end)
        return lo, (self.marks[j] if j < len(self.marks) else self.hi)

    def covering(self, start: int, end: int) -> _M | None:
        """The mention a span lies inside (mentions do not overlap)."""
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ms[i].end >= end:
            return self.ms[i]
        return None

    def next_mention(self, pos: int) -> _M | None:
        i = bisect_left(self.starts, pos)
        return self.ms[i] if i < len(self.ms) else None

    def last_event_before(self, pos: int) -> _M | None:
        i = bisect_right(self.event_starts, pos) - 1
        while i >= 0 and self.events[i].end > pos:
            i -= 1
        return self.events[i] if i >= 0 else None

    def near(self, pattern: re.Pattern, lo: int, hi: int, start: int, end: int) -> bool:
        """A cue word in view[lo:hi] no further than _VERB_WINDOW from [start, end)."""
        return bool(pattern.search(self.view, max(lo, start - _VERB_WINDOW), min(hi, end + _VERB_WINDOW)))


def _not_subject_before(view: str, lo: int, pos: int) -> bool:
    # str.endswith with a tuple: one C call for every word (it was a generator over them, per mention)
    return view[max(lo, pos - 3) : pos].endswith(_NOT_SUBJECT_AFTER)


def _time_prefix(view: str, lo: int, pos: int) -> bool:
    """Only time words and connectives stand between lo and pos."""
    return pos - lo <= _PREFIX_MAX and _SUBJECT_PREFIX.fullmatch(view, lo, pos) is not None


def _opens_with_verb(view: str, lo: int, pos: int) -> bool:
    """Only a time phrase and a verb of carrying out (开展, 实施 …) stand between lo and pos."""
    if pos - lo > _PREFIX_MAX:
        return False
    opening = m_.end() if (m_ := _SUBJECT_PREFIX.match(view, lo, pos)) else lo
    return opening < pos and _OBJECT_VERB.fullmatch(view, opening, pos) is not None


def _listed_example(S: _Sent, k: int) -> bool:
    """S.ms[k] is an item of a list of names (joined by 、, 和, 及, 与) that 包括/涵盖/比如 … introduces
    (bounded: _CAP names back)."""
    view, m = S.view, S.ms[k]
    for _ in range(_CAP):
        if view.endswith(_LIST_INTRO, max(S.lo, m.start - 3), m.start):
            return True
        if k == 0 or view[m.start - 1 : m.start] not in _ENUMERATION or S.ms[k - 1].end != m.start - 1:
            return False
        k -= 1
        m = S.ms[k]
    return False


def _subject(S: _Sent, lo: int, hi: int, clause: bool = True) -> _M | None:
    """The subject of view[lo:hi]: its first mention that is not after a locative or a comparison (在X,
    从X, 占X); of X…的Y the head Y; of place names written back to back (吉安县横江镇) the last one."""
    view, ms = S.view, S.ms
    first = bisect_left(S.starts, lo)
    for k in range(first, min(first + _CAP, len(ms))):
        i, m = k, ms[k]
        if m.start >= hi:
            break
        if m.end > hi:
            continue
        if m.start == S.lo and (lead := _NEWS_LEAD_RE.match(view, m.start)) and lead.end() >= m.end:
            continue  # 本报讯: the paper reports the figures, it does not own them
        framed = view[m.start - 1 : m.start] == "在" and view[m.end : m.end + 1] in (
            "里",
            "内",
        )  # 在X公司里，
        if _not_subject_before(view, lo, m.start) and not framed:
            continue
        # 开展“X年”活动, 实施X工程: a name right after a verb of carrying out that opens the clause is the
        # verb's object (the subject left out is what the text is about)
        if _opens_with_verb(view, lo, m.start):
            continue
        # 包括A、B、C等项目: the items of a list of examples are the objects of 包括, not the subject
        if _listed_example(S, k):
            continue
        if view[m.end : m.end + 1] in _TITLE_FIRST and _TITLED.match(view, m.end):
            continue
        if clause and m.type in PLACE_CLASSES and not _time_prefix(view, lo, m.start):
            continue
        # 计划开工重点建设项目14个: a list of projects named after the clause's verb and counted right after
        # its name is what the figure counts, not who has it
        if (
            m.type in _COUNTED_LISTS
            and _COUNT_AFTER.match(view, m.end)
            and not _time_prefix(view, lo, m.start)
        ):
            continue
        # 国家重点龙头企业X公司: a title written before a firm's name is the firm's, the firm is the subject
        if m.type == "Designation" and i + 1 < len(ms) and ms[i + 1].start == m.end and ms[i + 1].end <= hi:
            i, m = i + 1, ms[i + 1]
        # 南玻集团下属公司东莞南玻光伏科技有限公司将增资…: the parent only says whose the subsidiary is
        if (
            m.type == "Company"
            and (sub := _SUBSIDIARY.match(view, m.end)) is not None
            and i + 1 < len(ms)
            and ms[i + 1].start == sub.end()
            and ms[i + 1].type in ("Company", "Institution")
            and ms[i + 1].end <= hi
        ):
            i, m = i + 1, ms[i + 1]
        # X…的Y: the head Y is what the clause is about (X总投资12亿元建设的Y项目开工, X的Y项目)
        for j in range(i + 1, len(ms)):
            n = ms[j]
            if n.end > hi or n.start - m.end > 24:
                break
            if _MODIFIER_LONG.fullmatch(view, m.end, n.start) or _APPOSITIVE.fullmatch(view, m.end, n.start):
                i, m = j, n
                break
        for _ in range(_CAP):  # 吉安县横江镇: the most specific place
            if not (
                m.type in PLACE_CLASSES
                and i + 1 < len(ms)
                and ms[i + 1].start == m.end
                and ms[i + 1].type in PLACE_CLASSES
                and ms[i + 1].end <= hi
            ):
                break
            i += 1
            m = ms[i]
        # 吉安县横江镇良枧村委会系…: a body or firm written right after its places is the subject
        if (
            m.type in PLACE_CLASSES
            and i + 1 < len(ms)
            and ms[i + 1].start == m.end
            and ms[i + 1].type in _LOCATED_OWNERS
            and ms[i + 1].end <= hi
        ):
            i, m = i + 1, ms[i + 1]
        # X公司年产20万吨聚丙烯项目总投资15亿元: a firm or zone written right before a project is its
        # owner or site; the project is the subject
        if (
            m.type in _PROJECT_HOLDERS
            and i + 1 < len(ms)
            and ms[i + 1].start == m.end
            and ms[i + 1].type == "Project"
            and ms[i + 1].end <= hi
        ):
            m = ms[i + 1]
        return m
    return None


# 投资60亿元,(在Y市)建设Z: the verb of building right after an investment (in its clause or opening the next)
_INVESTED_BEFORE = re.compile(r"(?:总)?投资$")
_BUILDS_BETWEEN = re.compile(r"[，,]?(?:在地)?(?:用于|来)?(?:建设|新建|兴建|扩建|打造)")


# a masked place, one 地 for each of its characters, read as one (在地地地建设 → 在地建设)
_MASKED_PLACES = lazy("地+")


def _built_with(S: _Sent, view: str, f_start: int, f_end: int, chi: int) -> _M | None:
    """The project or park an amount invested is spent building (投资60亿元,在宜城市建设Z: Z), or None."""
    if view[f_end - 1] != "元" or not _INVESTED_BEFORE.search(view, max(S.lo, f_start - 4), f_start):
        return None
    k = bisect_left(S.starts, f_end)
    places: list[_M] = []
    for n in S.ms[k : k + 4]:
        if n.start - f_end > 24:
            return None
        if n.type in PLACE_CLASSES:
            places.append(n)
            continue
        if n.type not in ("Project", "Zone"):
            return None
        # the words between, each place masked to one character: [,]在P建设 / 用于建设 / 建设
        masked = "".join(
            "地" if any(p.start <= i < p.end for p in places) else view[i] for i in range(f_end, n.start)
        )
        masked = _MASKED_PLACES.sub("地", masked)
        return n if _BUILDS_BETWEEN.fullmatch(masked) else None
    return None


_HANDS_DOWN = re.compile(r"(?:下达|分解下达|分配|下发)(?:给)?")


def _handed_down_to(S: _Sent, own: _M, f_start: int) -> _M | None:
    """The place a body or a higher place hands a target down to right after its name (X市政府下达Y区…,
    X市向Y县下达…), when the figure follows; else None."""
    if own.type not in ("GovernmentBody", *PLACE_CLASSES):
        return None
    view = S.view
    if view.startswith(("向", "给"), own.end):  # X市向Y县下达…
        n = S.next_mention(own.end + 1)
        if (
            n is not None
            and n.start == own.end + 1
            and n.type in PLACE_CLASSES
            and n.end < f_start
            and _HANDS_DOWN.match(view, n.end)
        ):
            return n
        return None
    v = _HANDS_DOWN.match(view, own.end)
    if v is None:
        return None
    n = S.next_mention(v.end())
    if n is None or n.start != v.end() or n.type not in PLACE_CLASSES or n.end > f_start:
        return None
    return n


def _event_doing(S: _Sent, view: str, lo: int, hi: int) -> _M | None:
    """The sentence's event whose name says what view[lo:hi] says was done (…等23个项目成功签约: the
    signing ceremony of 推介会后举行了项目集中签约仪式), else its first event."""
    if not S.events:
        return None
    if (v := _EVENT_VERBS.search(view, lo, hi)) is not None:
        for e in S.events[:_CAP]:
            if v.group() in view[e.start : e.end]:
                return e
    return S.events[0]


def _head_referent(S: _Sent, head: str, pos: int, st: _DocState) -> _M | None:
    """The entity a bare head noun (公司, 企业, 项目 …) at pos stands for: a firm as _DocState.firm says,
    anything else the last entity of its class."""
    cls = _HEAD_CLASS[head]
    return st.firm(S, pos) if cls == "Company" else st.last.get(cls)


# verbs that bring a policy, fund or scheme into being or into force: the clauses after them state its
# terms (出台《X办法》,对…给予奖励,最高奖励3000万元; 设立X专项资金,首期规模2亿元; 推行X制度,为…配备)
_INTRODUCES = re.compile(r"(?:出台|设立|推出|推行|实施|开展|建立|印发)了?[《“]?$")
# …but 通过开展X行动,采购…620万元: a programme used as a means leaves the figures to its user
_BY_MEANS = ("通过", "借助", "依托")
# what a meeting's report says it set (会议提出,到2025年,全市…产值要突破3000亿元): its targets
_REPORTED = re.compile(r"提出|要求|强调|指出|明确")


_RESPECTIVELY = "分别"
_JOINERS = frozenset(("和", "、", "与", "及", "以及", ""))
_RESPECTIVE_MAX = 6  # names listed before 分别
_MEASURE_MAX = 4  # characters of a measure word between the list and 分别 (增幅, 签约额, 产值)
_MEASURE = re.compile(r"[\u4e00-\u9fff]+")


def _respectively(S: _Sent, clo: int, f_start: int, st: _DocState, earlier: list[int]) -> _M | None:
    """A和B分别…12个和8个, (…,)签约额分别为36亿元和20亿元: the k-th figure after 分别 in its clause is the
    k-th name of the list written right before the first 分别 of the sentence (two or more names of one
    class, joined by 和, 、, 与, 及). None when there is no such list or more figures than names."""
    view = S.view
    r = view.rfind(_RESPECTIVELY, max(clo, f_start - 3 * _VERB_WINDOW), f_start)  # (linear time)
    if r < 0:
        return None
    if st.respective is None or st.respective[0] != S.lo:
        names: list[_M] = []
        first = view.find(_RESPECTIVELY, S.lo, f_start)
        i = bisect_left(S.starts, first) - 1
        end = first
        while i >= 0 and len(names) < _RESPECTIVE_MAX:
            m = S.ms[i]
            gap = view[m.end : end]
            # (武都区、康县、文县增幅分别达到…: a measure of up to four characters may stand between the
            # list and 分别; it says what the figures are, the list whose)
            measure = not names and 0 < len(gap) <= _MEASURE_MAX and _MEASURE.fullmatch(gap) is not None
            if (gap not in _JOINERS and not measure) or (names and m.type != names[-1].type):
                break
            names.append(m)
            end = m.start
            i -= 1
        st.respective = (S.lo, tuple(reversed(names)))
    names_ = st.respective[1]
    k = len(earlier) - bisect_right(earlier, r)  # the figures between 分别 and this one (in text order)
    if len(names_) < 2 or k >= len(names_):
        return None
    return names_[k]


def _clause_before(S: _Sent, clo: int, prev_at: int, st: _DocState) -> tuple[_M, str] | None:
    """The owner a subjectless clause at clo takes from the clauses before it in its sentence (the
    nearest that says what it is about, at most _CLAUSES_BACK back): the programme a clause introduces
    (value.instrument), else the name, the 全市/该公司 or the bare 公司/企业 it opens with
    (value.clause-before: 东港市草莓种植面积达到20万亩,年产量超过40万吨). Not past the clause that holds the
    sentence's figure before (its owner goes on) nor one that names an event (the event's results go on)."""
    view = S.view
    for _ in range(_CLAUSES_BACK):
        if clo <= S.lo or prev_at >= clo - 1:
            return None
        plo, phi = S.clause(clo - 1, clo - 1)
        if prev_at >= plo:
            return None
        i = bisect_left(S.starts, plo)
        for m in S.ms[i : i + _CAP]:
            if m.end > phi:
                break
            if m.type == "Event":
                return None
            if (
                m.type == "Programme"
                and (v := _INTRODUCES.search(view, max(plo, m.start - 4), m.start))
                and not view.endswith(_BY_MEANS, max(plo, v.start() - 2), v.start())
            ):
                return m, "value.instrument"
        opening = m_.end() if (m_ := _SUBJECT_PREFIX.match(view, plo, phi)) else plo
        if (n := S.next_mention(opening)) is not None and n.start == opening and n.end <= phi:
            if (subj := _subject(S, plo, phi)) is not None:
                return subj, "value.clause-before"
        if (a := _ANAPHORA_RE.match(view, opening, phi)) is not None and a.group() not in _THIS:
            cls = _ANAPHORA_CLASS[a.group()]
            if (r := st.firm(S, opening) if cls == "Company" else st.last.get(cls)) is not None:
                return r, "value.clause-before"
        if (
            (h := _BARE_HEAD.match(view, opening, phi))
            and _HEAD_CLASS[h.group(1)] == "Company"
            and S.covering(opening, opening + 1) is None
            and (r := st.firm(S, opening)) is not None
        ):
            return r, "value.clause-before"
        clo = plo
    return None


_CLAUSES_BACK = 2  # a subject carried further back than this is the sentence's (linear time)


def _anaphor(S: _Sent, lo: int, hi: int, st: _DocState) -> _M | None:
    """该项目, 全村, 我市 …: the last entity of that class."""
    i = bisect_left(S.anaphor_starts, lo)
    for start, end, cls in S.anaphors[i : i + _CAP]:
        if end > hi:
            break
        if _not_subject_before(S.view, lo, start):
            continue  # 占全省, 居全国: a comparison base
        if cls in PLACE_CLASSES and not _time_prefix(S.view, max(lo, S.clause(start, end)[0]), start):
            continue  # 列入全省…清单: an object, as for a place's name; 全村 opening a clause is its subject
        if S.view[start:end] in _THIS:
            m = st.this_event(S.view, end)
        else:
            m = st.firm(S, start) if cls == "Company" else st.last.get(cls)
        if m is not None:
            return m
    return None


def _evidence(doc: Document, start: int, end: int, sentence: str, rule: str, conf: float) -> Evidence:
    s, e = doc.span(start, end)
    return Evidence(doc.id, s, e, sentence, rule, conf)


_RUNNING_TOTAL = re.compile(r"累计|今年以来|年初以来")


def _owner(
    S: _Sent,
    f_start: int,
    f_end: int,
    st: _DocState,
    prev: _M | None,
    prev_at: int = -1,
    earlier: list[int] | None = None,
) -> tuple[_M, str] | None:
    """The entity a figure at [f_start, f_end) is about, and the rule that says so (prev: the owner of
    the sentence's figure before it, which ends at prev_at)."""
    view = S.view
    # 1. inside a name: 年产5万吨…项目
    if (m := S.covering(f_start, f_end)) is not None:
        return m, "value.in-name"
    clo, chi = S.clause(f_start, f_end)
    # A和B分别签约项目12个和8个: the figures after 分别 go to the names listed before it, in order
    if earlier is not None and (each := _respectively(S, clo, f_start, st, earlier)) is not None:
        return each, "value.respectively"
    # A项目(总投资5亿元)、B项目(总投资3亿元): a figure in brackets right after a name is a note on it
    if (b := _OPEN_NOTE.search(view, max(clo, f_start - _NOTE_MAX), f_start)) is not None:
        named = S.covering(b.start() - 1, b.start())
        if named is not None and named.end == b.start():
            return named, "value.note"
    # 2. a modifier of the name right after it: 总投资18亿元建设的X项目
    m = S.next_mention(f_end)
    if (
        m is not None
        and m.start <= chi
        and m.start - f_end <= 24
        and _MODIFIER_LONG.fullmatch(view, f_end, m.start)
        # (投资5000万元的湖南X物流园项目: a place that only opens a longer name it is not is no head)
        and not (m.type in PLACE_CLASSES and _NAME_GOES_ON.match(view, m.end))
    ):
        if m.type == "Company" and (own := S.next_mention(m.end)) is not None:
            if own.start == m.end and own.type == "Project":
                return own, "value.modifier"  # 总投资8000万元的X有限公司Y项目: the firm's project is modified
        return m, "value.modifier"
    # 90个重点建设项目, 15家专精特新企业: a count written before the name of a list or a programme counts
    # its members
    if m is not None and m.start == f_end and m.type in _COLLECTIONS and view[f_end - 1] in _CLASSIFIERS:
        return m, "value.members"
    # 5家企业签约入驻X产业园: a count of firms or projects that settle in a park (or in a programme that
    # hosts them) counts the park's tenants, when nothing before the count in its clause is its subject
    if (
        m is not None
        and view[f_end - 1] in _CLASSIFIERS
        and m.type in ("Zone", "Programme")
        and (s_in := _SETTLES_IN.match(view, f_end, m.start)) is not None
        and s_in.end() == m.start
        and _subject(S, clo, f_start) is None
    ):
        return m, "value.settled-in"
    # 安排3亿元作为X专项资金: an amount set aside as a fund is the fund's size
    if (
        m is not None
        and view[f_end - 1] == "元"
        and m.type == "Programme"
        and (a_s := _SET_ASIDE_AS.match(view, f_end, m.start)) is not None
        and a_s.end() == m.start
    ):
        return m, "value.fund-size"
    # 安排…专项资金3000万元, 玉米大豆生产者补贴3260万元: an amount right after a fund's or subsidy's name is
    # its size, unless the clause says who receives it (获得/争取到…补贴86万元: the receiver's)
    fund = S.covering(f_start - 1, f_start)
    if (
        fund is not None
        and fund.end == f_start
        and fund.type == "Programme"
        and view[f_end - 1] == "元"
        and not _RECEIVES.search(view, clo, fund.start)
    ):
        return fund, "value.fund-size"
    # the figures of a collective event: a clause that points at it (此次/当天 + 集中开工…: 海西州此次集中
    # 开复工的208个项目, 当天集中开工A、B等重点项目8个) or a count of projects that the clause says started
    # or signed together (A、B等13个项目集中开工, …等18个重大项目进行了集中签约) is the event's, not the
    # place's that organised it
    # a place's plan (2023年X区计划新开工项目35个, X县预计完成投资20亿元) is the place's, not a gathering's result
    if (
        _PLANNED.search(view, max(clo, f_start - _VERB_WINDOW), f_start)  # (bounded: linear time)
        and (planner := _subject(S, clo, f_start)) is not None
        and planner.type in PLACE_CLASSES
    ):
        return planner, "value.planned"
    near_lo, near_hi = max(clo, f_start - _VERB_WINDOW), min(chi, f_end + _VERB_WINDOW)  # (linear time)
    if (d := _DEIXIS.search(view, near_lo, f_start)) and (
        v := _COLLECTIVE.search(view, d.end(), near_hi) or _EVENT_VERBS.search(view, d.end(), near_hi)
    ):
        if (e := st.this_event(view, v.start())) is not None:
            return e, "value.this-event"
    if (
        view[f_end - 1] in "个项"
        and (
            # A、B等13个项目集中开工: the count, then what the projects did
            (_PROJECTS.match(view, f_end) and (v := _COLLECTIVE.search(view, f_end, near_hi)))
            # 集中开工的A、B等20个重点项目, 集中开竣工项目共72个: what they did, then the count
            or (
                (_PROJECTS.match(view, f_end) or _PROJECTS_BEFORE.search(view, f_start - 4, f_start))
                and (v := _GATHERED.search(view, max(clo, f_start - 2 * _VERB_WINDOW), f_start))
            )
        )
        and (
            (who := prev or _subject(S, S.lo, f_start, clause=False) or st.topic) is None
            or who.type not in _ACHIEVERS
        )
        and (e := st.this_event(view, v.start())) is not None
    ):  # (a firm or a zone the text is about, that 促成 the signings, counts them as its own results)
        return e, "value.this-event"
    # a count after a list (A、B、C等5家企业) counts the list: its members do not own it; a name after it
    # in the clause (等31家企业为第七批…龙头企业) or the sentence's designation or event does
    # …, and so does a count right after names joined by 、/和 (X是…的行政村,有A、B和C4个自然村: X's)
    listed = S.covering(f_start - 1, f_start)
    enumerated = (
        listed is not None
        and listed.end == f_start
        and view[listed.start - 1 : listed.start] in _ENUMERATION
        and (
            S.covering(listed.start - 2, listed.start - 1) is not None
            or "、" in view[max(clo, listed.start - _VERB_WINDOW) : listed.start]
        )
    )
    if enumerated:  # (the list is of places or firms named in passing: what the sentence is about has them)
        if (after := _subject(S, f_end, chi)) is not None:
            return after, "value.list-count"
        if (hit := _clause_before(S, clo, prev_at, st)) is not None:
            return hit
    elif view[max(clo, f_start - 1) : f_start] == "等":
        after = _subject(S, f_end, chi)
        if after is not None:
            return after, "value.list-count"
        named = S.designation or _event_doing(S, view, f_end, near_hi)
        if named is not None:  # 公布…名单，A、B等15家企业入选: the list's title
            return named, "value.list-count"
        # A、B等17家企业分别…签订合作协议: the firms that signed at the event are counted as its result
        opened = m_.end() if (m_ := _SUBJECT_PREFIX.match(view, clo, f_start)) else clo
        # (without 此次/当天 only an occasion named close by or whose name says what they did; a press
        # conference or briefing that reports a year's 88个项目签约 did not sign them)
        if (
            (v := _EVENT_VERBS.search(view, f_end, near_hi))
            and (e := st.this_event(view, v.start())) is not None
            and (
                (st.sentence - st.event_sentence <= 1 and not view.endswith(_BRIEFINGS, e.start, e.end))
                or _act(v.group()) in view[e.start : e.end]
            )
        ):
            return e, "value.this-event"
        # 现场签约了A、B等11个项目, 开工项目包括A、B等9个项目: an act done on the spot or together, or the
        # projects of an act, before the list in its clause: the occasion whose name says that act
        if (
            (
                v := _COLLECTIVE.search(view, max(clo, f_start - 2 * _VERB_WINDOW), f_start)
                or _DID_PROJECTS.match(view, opened, f_start)
            )
            and (e := st.this_event(view, v.start())) is not None
            and _act(v.group(1) if v.re is _DID_PROJECTS else v.group()) in view[e.start : e.end]
        ):
            return e, "value.this-event"
        # X项目投产后可带动A镇等5个乡镇, X为A公司等20余家企业供应…: the places or firms listed are named in
        # passing; what the sentence is about has them (the project once built, the clause before's
        # subject, the owner of the sentence's figure before, the sentence's subject), else the topic
        if _ONCE_BUILT.match(view, opened, f_start) and (built := st.last.get("Project")) is not None:
            return built, "value.once-built"
        if (hit := _clause_before(S, clo, prev_at, st)) is not None:
            return hit
        if prev is not None and prev_at < clo:  # (not a member listed with its own figure)
            return prev, "value.continues"
        if (subj := _subject(S, S.lo, f_start)) is not None and subj.end <= clo:
            return subj, "value.sentence-subject"
        return (st.topic, "value.topic") if st.topic is not None else None
    # figures in a sentence about an event whose clause has no subject of its own, or only a place
    # (我市在…签约仪式上，签约了13个项目): the event's results
    event = S.last_event_before(f_start)
    # 公司今年获得…补贴86万元: a clause that opens with a bare head noun is about the last entity of
    # that class, not about the names after it
    opening = m_.end() if (m_ := _SUBJECT_PREFIX.match(view, clo, f_start)) else clo
    if (h := _BARE_HEAD.match(view, opening, f_start)) and S.covering(opening, opening + 1) is None:
        if (last := _head_referent(S, h.group(1), f_start, st)) is not None:
            return last, "value.head-noun"
    # 建成后年产值可达80亿元, 投产后可带动5个乡镇: what a project will do once built is the project's
    # (…, and 建成后,预计年产值2亿元: the clause before says only that, the figure's clause goes on with it)
    if _ONCE_BUILT.match(view, opening, f_start) and (last := st.last.get("Project")) is not None:
        return last, "value.once-built"
    # (…, and 建成后,预计年产值2亿元: the clause before says only that, the figure's clause goes on with it;
    # 项目全部建成后 after a sentence about one phase of the project the text is about is the whole project's)
    if (
        (done := _once_built_before(S, clo)) is not None
        and _subject(S, clo, f_start) is None
        and (last := st.last.get("Project")) is not None
    ):
        whole = done.group("whole") and st.topic is not None and st.topic.type == "Project"
        return (st.topic if whole and st.topic is not None else last), "value.once-built"
    # 3. the subject of its own clause, before the figure; 该项目 / 全村 point back
    own = _subject(S, clo, f_start)
    # 沈阳市政府下达辽中区重点项目80个: a target one body or place hands down to a place is that place's
    if own is not None and (given := _handed_down_to(S, own, f_start)) is not None:
        own = given
    acts = S.near(_EVENT_VERBS, clo, chi, f_start, f_end) and not _PLANNED.search(
        view, max(clo, f_start - _VERB_WINDOW), f_start
    )
    # 江城县5个项目集中签约总投资23亿元 (a title without commas): the place that hosts the event frames
    # it; the figure after the event's own goes on with the event
    if (
        own is not None
        and own.type in PLACE_CLASSES
        and prev is not None
        and prev.type == "Event"
        and prev_at >= clo
    ):
        return prev, "value.continues"
    if own is not None:
        # 西宁在A会和B会上累计签约25项: a total over two occasions is the subject's, not one occasion's
        both = sum(1 for e in S.events if clo <= e.start and e.end <= f_start) >= 2
        # (福绵区今年已累计新签约项目11个: a running total of the year is the subject's, not one occasion's)
        both = both or bool(_RUNNING_TOTAL.search(view, max(clo, f_start - _VERB_WINDOW), f_start))
        # (a place whose clause states no signing or start of its own and does not name the event:
        # 宝山区一批重大项目集中启动,据悉,2022年宝山区共安排重大项目65个 is the place's year plan)
        if (
            event is not None
            and (
                acts
                or (
                    own.type in PLACE_CLASSES
                    and (event.end > clo or _REPORTED.search(view, max(event.end, clo - _VERB_WINDOW), clo))
                )
            )
            and not both
        ):
            return event, "value.event"
        # 我市集中开工重大项目96个 right after the sentence that names the event (…设分会场)
        if own.type in PLACE_CLASSES and acts and st.prev_event is not None and not both:
            return st.prev_event, "value.event"
        # 我省7家企业上榜 in the sentence that names the list
        if (
            own.type in PLACE_CLASSES
            and S.designation is not None
            and S.near(_DESIGNATION_VERBS, clo, chi, f_start, f_end)
        ):
            return S.designation, "value.designation"
        # 葫芦岛市38家企业获评,其中建昌县5家: a place's share of a list's members is still the list's count
        if (
            own.type in PLACE_CLASSES
            and prev is not None
            and prev.type == "Designation"
            and _AMONG.search(view, max(clo, own.start - 8), own.start)
        ):
            return prev, "value.designation"
        # 国务院同意4个省级开发区升级为国家级经开区: a count of what becomes a designation is its members'
        title = S.designation
        if (
            title is not None
            and f_end <= title.start < min(chi, f_end + _VERB_WINDOW)
            and view[f_end - 1] in _CLASSIFIERS
            and _DESIGNATION_VERBS.search(view, f_end, title.start)
        ):
            return title, "value.designation"
        # X公司将投资60亿元,在Y市建设Z产业园: what a firm invests to build a named project or park is that
        # project's investment (its investsIn amount says whose money it is)
        if own.type == "Company" and (built := _built_with(S, view, f_start, f_end, chi)) is not None:
            return built, "value.invested-in"
        return own, "value.clause-subject"
    # 公布X名单,共有15个城市入选: a subjectless clause that says who made the list counts the list's members
    if S.designation is not None and S.near(_DESIGNATION_VERBS, clo, chi, f_start, f_end):
        return S.designation, "value.designation"
    # 公布了X认定名单,共85家 / 并于9月21日公布了入选名单,共计100家: a count in a subjectless clause right
    # after the one that ends with a list (名单) counts the list's members: the title's, not the body's
    # that published it (the sentence's title, else the one the text named last)
    if (
        view[f_end - 1] in _CLASSIFIERS
        and _LIST_ENDS.search(view, max(S.lo, clo - 4), clo)
        and (title := S.designation or st.last.get("Designation")) is not None
    ):
        return title, "value.designation"
    if (a := _anaphor(S, clo, f_start, st)) is not None:
        return a, "value.anaphor"
    # A项目,总投资15亿元;B项目,投资8亿元: a clause without a subject right after a clause that ends with
    # a name is that name's (an item of a list: the name, then its figures)
    if (
        clo > S.lo
        and (item := S.covering(clo - 2, clo - 1)) is not None
        and item.end == clo - 1
        and item.type in _LIST_ITEMS
    ):
        # …项目为A、B、C,总投资7.6亿元: the last name of a list of names of its class is no item with its
        # own figures; the total is the list's: the occasion the sentence points at (当天/此次 + 开工,
        # 签约), else what the clause before or the text is about, never a member of the list
        if (first := _list_start(S, item)) is None:
            return item, "value.list-item"
        if (d := _DEIXIS.search(view, max(S.lo, first - _VERB_WINDOW), first)) and (
            v := _COLLECTIVE.search(view, d.end(), first) or _EVENT_VERBS.search(view, d.end(), first)
        ):
            if (e := st.this_event(view, v.start())) is not None:
                return e, "value.list-total"
        if (hit := _clause_before(S, clo, prev_at, st)) is not None and hit[0].end <= first:
            return hit
        if prev is not None and prev_at < first:
            return prev, "value.continues"
        if st.topic is not None and not first <= st.topic.start < clo:
            return st.topic, "value.list-total"
        return item, "value.list-item"  # (nothing else to go with: as before)
    # 活动期间,我县签约了两个项目,引资额32亿元: a subjectless clause after one that points at the event
    if (
        prev is None
        and (d := _DEIXIS.search(view, max(S.lo, f_start - _VERB_WINDOW), clo))
        and (v := _EVENT_VERBS.search(view, d.end(), f_start))
        and (e := st.this_event(view, v.start())) is not None
    ):
        return e, "value.this-event"
    # 4. a clause without a subject continues the sentence: what the clause right before it is about
    # (an instrument it introduces, or the name it opens with), else the owner of the figure before it in
    # the same sentence (同比增长4.1%), else the sentence's subject, else the last sentence's topic
    if (hit := _clause_before(S, clo, prev_at, st)) is not None:
        return hit
    if prev is not None:
        return prev, "value.continues"
    # 公司总经理X说,…每年可降低成本2000多万元: a sentence that opens with a bare head noun is about
    # what it stands for, in every clause without a subject of its own
    sopen = m_.end() if (m_ := _SUBJECT_PREFIX.match(view, S.lo, f_start)) else S.lo
    if (
        (h := _BARE_HEAD.match(view, sopen, f_start))
        and _HEAD_CLASS[h.group(1)] == "Company"
        and S.covering(sopen, sopen + 1) is None
        and (firm := st.firm(S, f_start)) is not None
    ):
        return firm, "value.head-noun"
    # 会议要求,全年要开工建设亿元以上项目1000个: what a meeting's report sets is the meeting's
    # (the meeting the article reports: the first it names, not one whose 精神 it carried out)
    if (
        _MEETING_SAYS.match(view, sopen, f_start)
        and (met := st.first_event or st.last.get("Event")) is not None
    ):
        return met, "value.event"
    # 贺兰县召开…动员部署会,明确谋划储备项目205个: what a place that holds a meeting sets out in a clause
    # after it, when that clause states no signing or start (the event's own results), is the place's plan
    if (
        event is not None
        and event.end <= clo
        and not acts
        and (host := _subject(S, S.clause(event.start, event.end)[0], event.start)) is not None
        and host.type in PLACE_CLASSES
        and _HOLDS.search(view, host.end, event.start)
        and _SETS_OUT.match(view, opening, f_start)
    ):
        return host, "value.host-plan"
    if event is not None:
        return event, "value.event"
    # 开工项目包括A、B等项目,计划总投资36亿元: a sentence about the projects that started (signed …) goes on
    # about the occasion at which they did, when its name says so
    if (
        (v := _DID_PROJECTS.match(view, sopen, f_start)) is not None
        and (e := st.this_event(view, v.start(1))) is not None
        and v.group(1) in view[e.start : e.end]
    ):
        return e, "value.this-event"
    if (a := _anaphor(S, S.lo, f_start, st)) is not None:
        return a, "value.anaphor"
    subj = _subject(S, S.lo, f_start)
    if subj is not None:
        return subj, "value.sentence-subject"
    if st.topic is not None:
        return st.topic, "value.topic"
    # (安排重点建设项目120个 with nothing else the text is about: the counted list owns its count)
    if (
        (listed := S.covering(f_start - 1, f_start)) is not None
        and listed.end == f_start
        and listed.type in _COUNTED_LISTS
    ):
        return listed, "value.members"
    return None


# a sentence that reports what the meeting said (会议要求, 会议提出, 全会强调 …)
_MEETING_SAYS = re.compile(r"(?:会议|会上|全会|大会)[,，]?(?:还)?(?:提出|要求|强调|指出|明确|部署|确定)")
_AMONG = re.compile(r"其中")
# a clause that ends with a list (…名单, / …名单如下:)
_LIST_ENDS = re.compile(r"名单(?:如下)?[，,：:]$")
# 开工项目包括…, 集中签约项目有…: a sentence that opens with the projects an occasion's act concerns
_DID_PROJECTS = re.compile(
    r"(?:此次|本次|当天|当日)?(?:集中)?(开工|签约|开复工|竣工|投产)的?(?:重点|重大)?项目"
)
# (5家企业)签约入驻, (30个项目)落户: the words between a count and the park its firms or projects settle in
_SETTLES_IN = re.compile(
    r"[^，,；;。！？!?：:、]{0,8}?(?:成功|已|正式|先后|陆续)?(?:签约)?(?:入驻|落户|进驻|入园)(?:到|于|在)?"
)
# (安排3亿元)作为X资金, 用作X基金: an amount set aside as a fund
_SET_ASIDE_AS = re.compile(r"(?:，|,)?(?:作为|用作|用于设立)")
# the verbs of holding an occasion, and of what a host sets out at it (明确, 部署, 谋划, 安排 …: its plan)
_HOLDS = re.compile(r"召开|举行|举办")
_SETS_OUT = re.compile(r"(?:进一步)?(?:明确|部署|谋划|安排|确定|提出)")
# 2023年X区计划新开工项目35个: what a place plans (计划, 拟, 力争 … before the verb) is its own target,
# not the result of an occasion the text reports
_PLANNED = re.compile(r"(?:计划|拟|力争|预计|谋划|确保)(?:新)?(?:开工|签约|引进|招商)")
# a place name followed by more characters of a name (湖南愿景物流园…): it only opens that name
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]{2}")
_ENUMERATION = frozenset("和、及与")

# an opening bracket with no closing one before the figure: the figure is inside a note on what precedes
_OPEN_NOTE = re.compile(r"[（(][^（()）]*$")
_NOTE_MAX = 16  # a note on a name is short


def _list_start(S: _Sent, item: _M) -> int | None:
    """Where the list item ends starts (names of its class joined by 、, 和, 及 or 与), or None when
    no name of its class is joined right before it (bounded: _CAP names back)."""
    first, m = None, item
    for _ in range(_CAP):
        if S.view[m.start - 1 : m.start] not in _ENUMERATION:
            break
        before = S.covering(m.start - 2, m.start - 1)
        if before is None or before.end != m.start - 1 or before.type != item.type:
            break
        first = m = before
    return None if first is None else first.start


# what a list of names with their figures lists
_LIST_ITEMS = frozenset({"Project", "Company", "Zone", "Institution"})
# a zone or a firm the sentence is about counts the signings it brought about as its own results
_ACHIEVERS = frozenset({"Zone", "Company"})
# words that point at the event being reported, and the verbs of a collective project event
_DEIXIS = re.compile(r"此次|本次|当天|当日|(?:活动|会议|大会|展会|博览会|洽谈会|推介会)期间")
# (N个项目现场签约: signed on the spot, at the occasion the text reports)
_COLLECTIVE = re.compile(r"集中(?:开工|签约|开复工|开竣工|竣工|投产)|开复工|开竣工|现场签约")
_GATHERED = re.compile(r"集中(?:开工|签约|开复工|开竣工|竣工|投产)")
_PROJECTS_BEFORE = re.compile(r"项目(?:共有|共|共计|总数)?$")  # (集中开工项目共有32个)
# what a count of projects is written with: 13个项目, 12个重点产业项目, 18个具有代表性的重大项目
_PROJECTS = re.compile(r"[^，,；;。！？!?：:]{0,12}?项目")

# 此次, 本次: the event the article reports (see _DocState.this_event)
_THIS = frozenset({"此次", "本次", "本届"})
_SUB_VENUE = "分会场"

# a sentence that opens with 其中 picks out members of what the text is about, and the next goes back to it
# too, and so does one that lists examples (主要包括A、B等, 涵盖…, 如…): members named, not what goes on
_ASIDE = re.compile(r"其中|主要(?:包括|包含|涵盖|有)|包括|包含|涵盖|比如|例如")

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
_ONCE_BUILT = re.compile(r"(?:建成|投产|达产|建成投产|建成达产|全部建成|全面建成|正式投产)后")
# a clause that says only that a project is built or running (建成后, 项目投产后, 该项目全部达产后): the
# clause after it is about that project (not 这批项目全部达产后, a batch: the event's or the place's)
_ONCE_BUILT_CLAUSE = re.compile(
    r"(?:该|此)?(?:项目)?(?P<whole>全部|全面)?(?:正式)?(?:建成|投产|达产|建成投产|建成达产|竣工)(?:运营)?后"
)


def _once_built_before(S: _Sent, clo: int) -> re.Match | None:
    """The clause right before the one at clo (in its sentence), when it says only 建成后 or the like."""
    if clo <= S.lo:
        return None
    plo, phi = S.clause(clo - 1, clo - 1)
    opening = m_.end() if (m_ := _SUBJECT_PREFIX.match(S.view, plo, phi)) else plo
    return _ONCE_BUILT_CLAUSE.fullmatch(S.view, opening, phi)


_RECEIVES = re.compile(r"获得|获|争取到|争取|申请到|申请|拿到|享受|领到|收到")
# a bare head noun as a subject: not 企业家, 公司化, 项目区 (words of their own)
_BARE_HEAD = re.compile(r"(项目|公司|企业|集团|合作社|园区)(?![家化区部群])")


def _dates_of_sentence(
    doc: Document, S: _Sent, sent, year: int | None, st: _DocState
) -> list[tuple[int, DateValue]]:
    """Dates of the sentence's events (10月26日，…集中开工活动举行), or of the entity a dated clause is
    about when its verb is a milestone (建办于2012年3月, 2014年，X注册成立)."""
    out: list[tuple[int, DateValue]] = []
    dates = find_dates(sent.text, year, sent.vstart)
    if st.dateline is not None and (days := find_days(sent.text, st.dateline, sent.vstart)):
        dates = sorted(dates + days, key=lambda d: d.start)
    if not dates:
        return out
    view = doc.view
    last: _M | None = None
    for d in dates:
        if S.covering(d.start, d.end) is not None:
            continue  # a year inside a name (2023年四季度…活动) dates nothing by itself
        ev = _evidence(doc, d.start, d.end, sent.text, "date.event", 0.7)
        if S.events:
            held = [m for m in S.events[:_CAP] if not _carried_out(view, m)] or S.events[:_CAP]
            for m in held:
                out.append((m.pos, DateValue(d.iso, d.text, ev)))
            continue
        clo, chi = S.clause(d.start, d.end)
        # the clause the date opens (2014年，X注册成立) is the next one when the date stands alone
        if not _subject(S, clo, chi) and chi < sent.vend:
            _, chi = S.clause(chi + 1, chi + 1)
        if not S.near(_DATE_VERBS, clo, chi, d.start, d.end):
            continue
        subj = _subject(S, clo, chi)
        if subj is None and (h := _HEAD_NOUN.match(view, clo)):
            subj = _head_referent(S, h.group(1), d.start, st)
        if subj is None:
            subj = last  # 2013年7月27日签约，8月7日开工: the clause goes on about the same thing
        if subj is None:  # 该车间是…于2019年引进入驻: what the sentence's 该X points back to
            subj = _anaphor(S, S.lo, d.start, st)
        if subj is not None and subj.type not in PLACE_CLASSES:  # a place's founding is not news
            ev = replace(ev, rule="date.milestone", confidence=0.6)
            out.append((subj.pos, DateValue(d.iso, d.text, ev)))
            last = subj
    return out


# a news lead that opens with its day (6月19日, 2024年6月19日上午, 11月18日—22日, after 本报讯 …): the day
# of what it reports; an occasion named in the next few sentences (随后…召开了座谈会, …参加开工仪式) was
# held then
_LEAD_DATE = re.compile(
    r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[—–\-~～至到]\d{1,2}日)?"
    r"(?:上午|下午|晚上|晚间|早上|中午|晚)?[，,]"
)
_LEAD_REACH = 4  # the body sentences after the lead an occasion may be named in
# (…将举办X洽谈会, 拟召开, 筹备: an occasion still to come was not held on the lead's day)
_STILL_AHEAD = re.compile(r"将|拟|计划|即将|筹备|准备|下一步")


def _lead_dates(doc: Document, S: _Sent, sent) -> tuple[list, bool]:
    """The day (or days) a lead opens with, else the day of its dateline (新华社北京12月31日电: only for
    an occasion said to be held that day, 当日/当天/今天 …: True), else []."""
    view = doc.view
    opening = lead.end() if (lead := _NEWS_LEAD_RE.match(view, sent.vstart, sent.vend)) else sent.vstart
    while opening < sent.vend and view[opening] in " \u3000，,":
        opening += 1
    days = [d for d in find_dates(sent.text, doc.year, sent.vstart) if len(d.iso) == 10]
    if (m := _LEAD_DATE.match(view, opening, sent.vend)) is not None:
        return [d for d in days if d.end <= m.end()], False
    if lead is not None:
        return [d for d in days if d.end <= lead.end()][:1], True
    return [], False


# the day the text reports (a dateline's): 当日举行的新闻发布会, 今天上午…举行签约仪式
_SAME_DAY = re.compile(r"当日|当天|今天|今日|同日")
# …开幕。开幕当天,…参加了开幕式、A说明会和B论坛: a sentence that says 当天/当日/同日 and names occasions but
# no day of its own holds them on the day the last dated occasion was held (今天/今日 are the article's
# day, not that one)
# (在上午举行的X仪式中, 当晚举办的X晚会: a part of that day the occasion is held in, written without its day)
_THAT_DAY = re.compile(r"当日|当天|同日|同一天|当晚|(?:上午|下午|晚上|晚间)(?=举行|举办|召开)")


def _same_day(doc: Document, S: _Sent, sent, day: DateValue) -> list[tuple[int, DateValue]]:
    w = _THAT_DAY.search(doc.view, sent.vstart, sent.vend)
    if w is None:
        return []
    ev = _evidence(doc, w.start(), w.end(), sent.text, "date.same-day", 0.6)
    held = [m for m in S.events[:_CAP] if not _carried_out(doc.view, m)]
    held = [m for m in held if not _STILL_AHEAD.search(doc.view, max(sent.vstart, m.start - 8), m.start)]
    return [(m.pos, DateValue(day.value, w.group(), ev)) for m in held]


# a meeting whose decisions are carried out (贯彻落实X会议精神, 学习X全会精神, 落实X会议决策部署) was held
# before: the sentence's date is not its date
_CARRIED_BEFORE = re.compile(r"(?:贯彻|落实|传达|学习|领会)[\u4e00-\u9fff]{0,4}$")
_CARRIED_AFTER = re.compile(r"精神|决策部署|部署要求|会议精神")


def _carried_out(view: str, m: _M) -> bool:
    return bool(
        _CARRIED_AFTER.match(view, m.end, m.end + 4)
        or _CARRIED_BEFORE.search(view, max(0, m.start - 6), m.start)
    )


# what one document gives its entities: (owner id, value) in text order, before any owner is replaced
# by the body it stands for (that mapping depends on the whole graph)
DocValues = tuple[tuple[tuple[str, Quantity], ...], tuple[tuple[str, DateValue], ...]]
# a document's values are a function of the document and of its outermost entity mentions only:
# (sha1, digest of ((start, end, entity id, class), ...)) -> values, reused while both are unchanged
# (the mentions by a digest: as tuples, kept from here to the end of a build, they were ~10 % of
# its peak memory at 10,000 articles). Per document: (sha1, that digest, the article's key from
# resolution (kg.resolve.ARTICLES: its mentions' entities and classes; b"" if none), the values as
# plain tuples (kg.runtime.units.flat_values)): a document whose bytes and key are the memo's is
# reused without its mentions being looked at.
ValuesMemo = dict[str, tuple[str, bytes, bytes, tuple]]


# A document's values found before resolution gives its mentions their entities (in a forked process
# while this one resolves: Ahead): the marks (start, end, class) of the
# outermost mentions they were found from, taken with the mentions' own classes, the trace of every
# test of two events' identity (position, position, equal) made with the mentions' names as their
# identities, and the values, each owner by its position in the marks. The values depend on the
# entity ids only through those tests and the ids they hand out (see _DocState.seen), so where the
# resolved mentions have the same marks and give every test of the trace the same answer, they are
# these values with each position's entity id (checked: else the document is read again).
Spec = tuple[
    tuple[tuple[int, int, str], ...],
    tuple[tuple[int, int, bool], ...],
    tuple[tuple[int, Quantity], ...],
    tuple[tuple[int, DateValue], ...],
]


def article_values(doc: Document, mentions: Sequence[Mention], events: dict[int, int]) -> Spec:
    """The values of one document found from its own mentions (see Spec), during extraction; events
    (Event mention's index -> index of the first of its group) guess which events will be one entity
    (a wrong guess costs the check only)."""
    keys = {
        (m.vstart, -m.vend, f"{events[i]}" if i in events else m.name, m.type)
        for i, m in enumerate(mentions)
        if m.type not in _NOT_OWNERS
    }
    ms = _outermost(sorted(keys))
    trace: list[tuple[int, int, bool]] = []
    qs, ds = _found(doc, ms, trace)
    return tuple([(m.start, m.end, m.type) for m in ms]), tuple(trace), qs, ds


def _checked(spec: Spec, ms: list[_M]) -> DocValues | None:
    """The values of spec for the resolved mentions ms, or None if ms could give other values."""
    marks, trace, qs, ds = spec
    if len(marks) != len(ms) or [(m.start, m.end, m.type) for m in ms] != list(marks):
        return None
    for i, j, equal in trace:
        if (ms[i].eid == ms[j].eid) is not equal:
            return None
    return tuple([(ms[p].eid, q) for p, q in qs]), tuple([(ms[p].eid, d) for p, d in ds])


class Ahead:
    """The values of a build's documents found before resolution (article_values) in one forked
    process while this one resolves (resolution runs on one core: the values take the other), for
    the documents the memo does not hold with the same bytes; the chunks the worker has not begun
    when result() is called are done here. Nothing is started for fewer than
    PARALLEL_VALUES_MIN_DOCUMENTS documents, on one core, or where forking is not safe."""

    def __init__(self, contexts: Sequence, memo: ValuesMemo | None = None) -> None:
        from .runtime.executor import can_fork, cores

        self.n = len(contexts)
        self.todo = [
            i
            for i, c in enumerate(contexts)
            if memo is None or (last := memo.get(c.doc.id)) is None or last[0] != c.doc.sha1
        ]
        self.ex: Any = None
        self.parts: list[tuple[int, int, Any]] = []
        if len(self.todo) < PARALLEL_VALUES_MIN_DOCUMENTS or cores() < 2 or not can_fork():
            return
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        from .runtime.executor import quiet_worker

        global _AHEAD
        _AHEAD = [contexts[i] for i in self.todo]  # what the worker inherits when it is forked
        self.ex = ProcessPoolExecutor(1, mp_context=mp.get_context("fork"), initializer=quiet_worker)
        # small chunks: result() waits at most for the two the worker holds (one running, one queued)
        size = max(1, len(self.todo) // 48)
        for lo in range(0, len(self.todo), size):
            hi = min(lo + size, len(self.todo))
            self.parts.append((lo, hi, self.ex.submit(_specs_of, lo, hi)))

    def result(self) -> list[Spec | None] | None:
        """One spec per context (None where none was found), or None if nothing was started."""
        if self.ex is None:
            return None
        out: list[Spec | None] = [None] * self.n
        # the worker takes the chunks from the first, this process from the last while it can
        # cancel them (not begun), so both work until they meet: waiting for the chunks in order
        # left this process idle (the worker always had the next chunk queued), 0.4-1.5 s of a
        # --jobs 2 build at 1,000 articles, with the values the longer of the two
        found: list[list[Spec] | None] = [None] * len(self.parts)
        for j in range(len(self.parts) - 1, -1, -1):
            lo, hi, fut = self.parts[j]
            if not fut.cancel():
                break  # begun or queued, and so are the chunks before it (taken in order)
            found[j] = _specs_of(lo, hi)
        for j, (lo, hi, fut) in enumerate(self.parts):
            part = found[j]
            if part is None:
                part = fut.result()
            for k, spec in zip(range(lo, hi), part, strict=True):
                out[self.todo[k]] = spec
        ex, self.ex = self.ex, None
        ex.shutdown(wait=True)  # (its threads gone: later stages may fork)
        self.close()
        return out

    def close(self) -> None:
        """Stop the worker now if it still runs (resolution failed or was interrupted)."""
        global _AHEAD
        if self.ex is not None:
            from .runtime.executor import stop

            stop(self.ex)
            self.ex = None
        _AHEAD = None


# the contexts whose values an Ahead's worker finds (inherited when forked)
_AHEAD: list | None = None


def _specs_of(lo: int, hi: int) -> list[Spec]:
    """The specs of the contexts _AHEAD[lo:hi] (in the worker, or here for chunks it did not begin)."""
    from .resolve import article_groups

    assert _AHEAD is not None
    return [article_values(c.doc, c.mentions, article_groups(c)) for c in _AHEAD[lo:hi]]


# documents whose values are found in forked workers when jobs > 1 (fewer: not worth forking for)
PARALLEL_VALUES_MIN_DOCUMENTS = 200
# what forked workers inherit (the documents and their mentions): set only while the pool runs
_FORKED: tuple[list[Document], dict[str, list[_M]]] | None = None


def _values_of(indexes: list[int]) -> list[DocValues]:
    """Worker: the values of the documents at indexes (of _FORKED)."""
    assert _FORKED is not None
    docs, by_doc = _FORKED
    return [_doc_values(docs[i], by_doc.get(docs[i].id, [])) for i in indexes]


def _all_values(docs: list[Document], by_doc: dict[str, list[_M]], jobs: int) -> list[DocValues]:
    """The values of docs, in order: in this process, or with jobs > 1 in that many forked workers
    (a document's values depend on it and its mentions only; the results come back in order)."""
    from .runtime.executor import can_fork, forked_pool

    global _FORKED
    if jobs <= 1 or len(docs) < PARALLEL_VALUES_MIN_DOCUMENTS or not can_fork():
        return [_doc_values(d, by_doc.get(d.id, [])) for d in docs]
    size = max(1, len(docs) // (jobs * 8))
    chunks = [list(range(i, min(i + size, len(docs)))) for i in range(0, len(docs), size)]
    _FORKED = (docs, by_doc)
    try:
        with forked_pool(jobs) as ex:
            return [v for part in ex.map(_values_of, chunks) for v in part]
    finally:
        _FORKED = None


def attach_values(
    documents: tuple[Document, ...] | list[Document],
    entities: list[Entity],
    relations: list[Relation],
    memo: ValuesMemo | None = None,
    jobs: int = 1,
    specs: Sequence[Spec | None] | None = None,
    keys: dict[str, bytes] | None = None,
) -> tuple[list[Entity], list[Relation]]:
    """Give every figure and date of every document to the entity its clause is about.

    memo (document id -> what its values were found from, and the values) is read and updated: a
    document whose bytes and entity mentions are those of the memo is not read again (an incremental
    rebuild changes few documents' mentions). specs (one per document, or None) are values found
    before resolution (article_values, by Ahead): used where they hold for the resolved mentions.
    The other documents are read here; with jobs > 1 in that many forked processes (the same
    values, merged in document order). keys (document id -> the article's key from resolution,
    kg.resolve.ARTICLES) let a document of the memo with the same bytes and key be reused without
    its mentions being gathered."""
    from .runtime.units import flat_values, values_of

    quantities: dict[str, list[Quantity]] = defaultdict(list)
    dates: dict[str, list[DateValue]] = defaultdict(list)
    akeys = [keys.get(d.id, b"") if keys else b"" for d in documents]
    # the documents reused by their key (the same mentions' entities and classes: the same digest)
    same = [
        memo is not None
        and bool(k)
        and (last := memo.get(d.id)) is not None
        and last[:1] == (d.sha1,)
        and last[2] == k
        for d, k in zip(documents, akeys, strict=True)
    ]
    only = {d.id for d, s in zip(documents, same, strict=True) if not s} if any(same) else None
    # per document: a scan of all entities per document was quadratic
    by_doc = _mentions_by_doc(entities, only)
    stands_for = _committees_of_villages(entities)
    named_in = _ProjectsInOccasions(entities)
    kept: ValuesMemo = {}
    sigs: list[bytes] = []
    # per document: its values as plain tuples (from the memo), or found before resolution
    reused: list[tuple | None] = []
    ahead: list[DocValues | None] = []
    for n, doc in enumerate(documents):
        last = memo.get(doc.id) if memo is not None else None
        if same[n]:
            assert last is not None
            sigs.append(last[1])
            reused.append(last[3])
            ahead.append(None)
            continue
        sig = (
            hashlib.sha1(
                repr([(m.start, m.end, m.eid, m.type) for m in by_doc.get(doc.id, [])]).encode()
            ).digest()
            if memo is not None
            else b""
        )
        sigs.append(sig)
        flat = last[3] if last is not None and last[0] == doc.sha1 and last[1] == sig else None
        reused.append(flat)
        checked = None
        if flat is None and specs is not None and (spec := specs[n]) is not None:
            checked = _checked(spec, by_doc.get(doc.id, []))
        ahead.append(checked)
    todo = [d for d, r, a in zip(documents, reused, ahead, strict=True) if r is None and a is None]
    fresh = iter(_all_values(todo, by_doc, jobs))
    for doc, sig, ak, last_flat, early in zip(documents, sigs, akeys, reused, ahead, strict=True):
        if last_flat is not None:
            found = values_of(last_flat)
        else:
            found = early if early is not None else next(fresh)
            last_flat = flat_values(found) if memo is not None else ()
        if memo is not None:
            kept[doc.id] = (doc.sha1, sig, ak, last_flat)
        for eid, q in found[0]:
            eid = named_in.owner(eid, q)
            quantities[stands_for.get(eid, eid)].append(q)
        for eid, dv in found[1]:
            dates[eid].append(dv)
    if memo is not None:  # only the documents of this build
        memo.clear()
        memo.update(kept)
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


def _doc_values(doc: Document, ms: list[_M]) -> DocValues:
    """The figures and dates of one document, each with the id of the entity that owns it."""
    qs, ds = _found(doc, ms, None)
    return tuple([(ms[p].eid, q) for p, q in qs]), tuple([(ms[p].eid, d) for p, d in ds])


def _found(
    doc: Document, ms: list[_M], trace: list[tuple[int, int, bool]] | None
) -> tuple[tuple[tuple[int, Quantity], ...], tuple[tuple[int, DateValue], ...]]:
    """The figures and dates of one document, each with the position in ms of the mention that owns
    it; with trace, every test of two events' identity recorded into it."""
    quantities: list[tuple[int, Quantity]] = []
    dates: list[tuple[int, DateValue]] = []
    st = _DocState(trace)
    st.doc_event = next((m for m in ms if m.type == "Event"), None)
    view = doc.view
    st.places = {view[m.start : m.end]: m for m in ms if m.type in PLACE_CLASSES}
    st.dateline = _dateline(view)
    k = 0  # next mention to mark as seen
    starts = [m.start for m in ms]
    body = 0  # body sentences read
    lead: list = []  # the dates the lead opens with, while no event has taken them
    same_day = False  # they are a dateline's: only for an occasion held 当日/当天
    lead_text = ""
    headline_dated = False  # the occasion a headline names has been dated by the lead
    for sent in doc.sentences:
        if sent.kind not in ("body", "heading"):
            continue  # captions, credits and bylines state no figures of their own
        i, j = bisect_left(starts, sent.vstart), bisect_left(starts, sent.vend)
        S = _Sent(view, sent.vstart, sent.vend, [m for m in ms[i:j] if m.end <= sent.vend])
        st.sentence += 1
        prev: _M | None = None
        prev_at = -1
        prev_rule = ""
        earlier: list[int] = []
        # a sentence whose first figure found no owner but a name after its verb (value.sentence-subject,
        # the name not opening the sentence) has no subject of its own: the topic goes on after it
        first_rule: str | None = None
        objects_only = False
        opening0 = m0.end() if (m0 := _SUBJECT_PREFIX.match(view, sent.vstart, sent.vend)) else sent.vstart
        for f in find_quantities(sent.text, sent.vstart):
            while k < len(ms) and ms[k].end <= f.start:
                st.seen(ms[k], view)
                k += 1
            hit = _owner(S, f.start, f.end, st, prev, prev_at, earlier)
            if f.kind == "duration":
                # 仅用47天就完成了…: a span of time is said of what the clause is about, but it is no figure
                # that later clauses go on about (nor one counted after 分别): the rest of the sentence reads
                # as if it were not there
                if hit is not None and hit[1] != "value.in-name":  # (三年行动: a span that names a campaign)
                    quantities.append((hit[0].pos, _quantity(doc, f, sent.text, hit[1])))
                continue
            earlier.append(f.start)
            if hit is None:
                continue
            owner, rule = hit
            if view[owner.start : owner.end] in _WHOLE and (named := st.last.get(owner.type)) is not None:
                owner = named
            if rule == "value.in-name" and f.kind == "count" and owner.type not in _COUNTED_IN_NAME:
                continue  # 三家子村, 五家渠市: a numeral and a classifier that are part of a name
            prev, prev_at, prev_rule = owner, f.start, rule
            if first_rule is None:
                first_rule = rule
                objects_only = rule == "value.sentence-subject" and owner.start != opening0
            quantities.append((owner.pos, _quantity(doc, f, sent.text, rule)))
        before = len(dates)
        dates.extend(_dates_of_sentence(doc, S, sent, doc.year, st))
        if len(dates) == before and S.events and st.last_day is not None:
            dates.extend(_same_day(doc, S, sent, st.last_day))
        for p, dv in dates[before:]:
            if len(dv.value) == 10 and ms[p].type == "Event":
                st.last_day = dv  # (the day an occasion was last said to be held)
        if sent.kind == "body":
            body += 1
            if body == 1:  # the lead
                lead, same_day = ([], False) if S.events else _lead_dates(doc, S, sent)
            if body <= 2 and not headline_dated and not S.events:
                # 8月20日上午,X项目在Y集中签约 under a headline that names the occasion (the first or, after a
                # publication line, the second body sentence): the day it opens with is that occasion's
                headed = st.first_event
                day = _LEAD_DATE.match(view, sent.vstart, sent.vend)
                if day is not None and headed is not None and headed.end <= sent.vstart:
                    for d in find_dates(sent.text, doc.year, sent.vstart):
                        if len(d.iso) == 10 and d.end <= day.end():
                            ev = _evidence(doc, d.start, d.end, sent.text, "date.lead-headline", 0.6)
                            dates.append((headed.pos, DateValue(d.iso, d.text, ev)))
                    headline_dated = True
                    lead = []
            elif body == 1:
                pass  # (the lead itself: the sentences after it are read below)
            elif lead and S.events and same_day and not _SAME_DAY.search(view, sent.vstart, sent.vend):
                pass  # (a dateline's day: only an occasion said to be held that day)
            elif lead and S.events:
                # 6月26日上午,X县一批重点项目集中开工。…参加开工仪式: the lead dates the occasion a sentence
                # after it names, when that sentence states no date of its own
                # (a year it mentions, 汇报了2019年上半年工作, is no day of its own)
                if not any(len(d.iso) == 10 for d in find_dates(sent.text, doc.year, sent.vstart)):
                    held = [
                        m
                        for m in S.events[:_CAP]
                        if not _carried_out(view, m)
                        and not _STILL_AHEAD.search(view, max(sent.vstart, m.start - 8), m.start)
                    ]
                    for d in lead if held else []:
                        ev = _evidence(doc, d.start, d.end, lead_text, "date.lead", 0.6)
                        dates.append((held[0].pos, DateValue(d.iso, d.text, ev)))
                lead = []
            elif body > _LEAD_REACH:
                lead = []
            if body == 1:
                lead_text = sent.text
        while k < len(ms) and ms[k].end <= sent.vend:
            st.seen(ms[k], view)
            k += 1
        dates.extend(_document_years(doc, sent, st))
        # a sentence that opens with 本次, 该公司 … is about what they point back to
        opening = m.end() if (m := _SUBJECT_PREFIX.match(view, sent.vstart, sent.vend)) else sent.vstart
        a = _ANAPHORA_RE.match(view, opening, sent.vend)
        pointed = None
        if a is not None:
            pointed = (
                st.this_event(view, a.end())
                if a.group() in _THIS
                else st.last.get(_ANAPHORA_CLASS[a.group()])
            )
        topic = (
            pointed
            or _subject(S, sent.vstart, sent.vend)
            or _subject(S, sent.vstart, sent.vend, clause=False)
        )
        st.prev_event = S.events[-1] if S.events else None
        if (firm := next((m for m in S.ms if m.type == "Company"), None)) is not None:
            st.first_firm = firm
        if _ASIDE.match(view, sent.vstart, sent.vend):
            pass  # 其中，A、B…完成年度计划的20%以上: an aside on some members; the topic goes on after it
        elif objects_only and st.topic is not None:
            pass  # 深入推进X示范创建,新创建示范村15个; (a sentence without a subject: X is its object) …
        elif prev is not None and (
            not a or (prev.type != "Event" and _FRAME.match(view, opening, sent.vend))
        ):
            # (本届招商会上,该县签约项目61项…: an occasion that only frames the sentence is not what it
            # goes on about; the owner of its figures is)
            # a title a clause names after its verb and counts (新创建省级X示范村15个) is what it counts, not
            # what the text goes on about (a title before its verb, 30家X中心通过复核, is)
            if not (prev.type == "Designation" and prev_rule == "value.clause-subject"):
                st.topic = prev
        elif topic is not None:
            st.topic = topic
    return tuple(quantities), tuple(dates)


# the full date an article is dated with, in its opening or closing lines (2011年05月16日17:45 中国新闻网,
# 2023-03-10 14:33): what a day written without its month (16日举办…) is read against
_DATELINE_DAY = re.compile(r"((?:19|20)\d{2})(?:年(\d{1,2})月(\d{1,2})日|([-/])(\d{1,2})\4(\d{1,2})(?!\d))")
_DATELINE_REACH = (
    120,
    80,
)  # characters of the opening and closing lines looked at (as kg.ingest.article_year)


def _dateline(view: str) -> tuple[int, int, int] | None:
    for part in (view[: _DATELINE_REACH[0]], view[-_DATELINE_REACH[1] :]):
        if (m := _DATELINE_DAY.search(part)) is not None:
            month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(6))
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                return int(m.group(1)), int(month), int(day)
            return None
    return None


# 本届招商会上, 此次博览会期间: the occasion a sentence is set in, not its subject
_FRAME = re.compile(r"(?:本届|此次|本次)[\u4e00-\u9fff]{0,12}?(?:会|节|活动|仪式)(?:上|期间|中)[,，]?")


# 国办函〔2024〕83号, 辽政发〔2023〕5号: an official document's number carries the year it was issued
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔［\[]((?:19|20)\d{2})[〕］\]]第?\d{1,4}号")
_DOC_NUMBER_GAP = 8  # the number stands on the line right under the document's title


def _document_years(doc: Document, sent, st: _DocState) -> list[tuple[int, DateValue]]:
    """The issue year of the document whose title the number stands right after."""
    out: list[tuple[int, DateValue]] = []
    for m in _DOC_NUMBER.finditer(doc.view, sent.vstart, sent.vend):
        title = st.last.get("Programme")
        if title is None or not 0 <= m.start() - title.end <= _DOC_NUMBER_GAP:
            continue
        ev = _evidence(doc, m.start(), m.end(), sent.text, "date.document-number", 0.7)
        out.append((title.pos, DateValue(m.group(1), m.group(), ev)))
    return out


_VILLAGE_COMMITTEE = ("村民委员会", "村委会")


class _ProjectsInOccasions:
    """X公司年产30万吨Y项目开工仪式, 全州第十批重大项目暨Z项目开工仪式: a figure written inside the name of a
    project that an occasion's name holds is the project's (its capacity, its investment), not the
    occasion's, when the project is an entity of its own."""

    def __init__(self, entities: list[Entity]) -> None:
        self.events = frozenset(e.id for e in entities if e.type == "Event")
        self.projects: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        if self.events:
            for e in entities:
                if e.type == "Project":
                    for m in e.mentions:
                        self.projects[m.doc_id].append((m.start, m.end, e.id))
            for spans in self.projects.values():
                spans.sort()
        self.starts = {d: [s for s, _, _ in spans] for d, spans in self.projects.items()}

    def owner(self, eid: str, q: Quantity) -> str:
        ev = q.evidence
        if eid not in self.events or ev.rule != "value.in-name" or ev.doc_id not in self.projects:
            return eid
        spans = self.projects[ev.doc_id]
        i = bisect_right(self.starts[ev.doc_id], ev.start) - 1
        # (the nearest project mention that starts at or before the figure; mentions of one document
        # nest or follow one another, so a few steps back suffice: bounded)
        for s, e, pid in reversed(spans[max(0, i - _CAP + 1) : i + 1]):
            if s <= ev.start and ev.end <= e:
                return pid
        return eid


def _committees_of_villages(entities: list[Entity]) -> dict[str, str]:
    """X村委会 -> X村 when both are in the graph: what a village committee's clause counts (辖7个自然村,
    共有363户1310人, 距县城12公里) is the village's, the committee being the village's own body."""
    villages = {e.label: e.id for e in entities if e.type == "Village"}
    out: dict[str, str] = {}
    for e in entities:
        if e.type != "GovernmentBody":
            continue
        for suffix in _VILLAGE_COMMITTEE:
            if e.label.endswith(suffix) and (v := villages.get(e.label[: -len(suffix)] + "村")):
                out[e.id] = v
    return out


def _quantity(doc: Document, f: Found, sentence: str, rule: str) -> Quantity:
    kind = f.kind
    if kind == "investment" and "总投资" in doc.view[max(0, f.start - 6) : f.start]:
        kind = "totalInvestment"
    return Quantity(
        kind, f.value, f.unit, f.approximate, f.text, _evidence(doc, f.start, f.end, sentence, rule, 0.6)
    )
