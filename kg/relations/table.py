"""Declarative relation rules: rows of kg/data/relations/*.tsv, run by one matcher over masked sentences.

Each sentence is rewritten as a "masked" string in which every outermost mention is one private-use
character standing for its type (a company is one character, whatever its length). A row's pattern is
a regular expression over that string, so "a company, up to four characters, 位于, a run of places"
is one short line. Named groups S and O mark the subject and object spans; the mentions of the row's
types inside them are the ends. A row without an O group names where its object comes from
(`O=event`: the gathering the passage is about). Patterns hold only bounded gaps, so every row is
linear in the length of its sentence.

Row columns (TAB separated): rule id, predicate, subject types, object types, pattern, confidence,
options. Options (comma separated): S=all|first|last|specific (all but a place written right before a smaller
one: 辽阳市宏伟区)|prev (no S group: the last mention of the subject types before the match, the
firm or place the passage is about)|topic (no S group: the one of the subject types the article
names most often), O=all|first|last|event, date (the sentence's
date on the relation), money (the amount in group `amt`), nohome (neither end the article's own place named
by 全市/我市), also=PREDICATE (the same ends give a second relation), zip (as many subjects as objects:
respectively), cue=REGEX (only sentences that contain it), O=prev (the last mention of the object types
before the match), O=head (the first one in the sentence), list=N (the subject is the
last of a list: earlier subjects joined by 、，及和等 over titles of up to N characters count too,
巴音朝鲁、蒋超良等省领导及赵静波等市领导出席). Macros in patterns:
{TYPE|TYPE|GROUP} one mention of those types (groups: PLACE, AREA, ORG, PEOPLE, GOV, ANY),
{~N} up to N characters that are neither a mention nor clause punctuation, {SEP} a list separator,
{AMT} an amount of money (group amt).
"""

from __future__ import annotations

import bisect
import re

# the parsed form of a pattern, to find what every match must contain (needs_of); no stubs ship
import re._constants as _sre  # type: ignore[import-not-found]
import re._parser as _sre_parse  # type: ignore[import-not-found]
from dataclasses import dataclass
from functools import reduce
from operator import itemgetter, or_
from pathlib import Path

from ..extractors.base import VISIT_VERBS, Context
from ..extractors.base import is_home_ref as _is_home_ref
from ..model import Mention
from ..ontology_rules import DOMAIN_RANGE, GOV_ACTORS, ORGS, PEOPLE, PLACES
from ..patterns import lazy
from ..registry import relation_rule
from ..scan import class_chars
from ..values import date_in, money

TABLE_DIR = Path(__file__).resolve().parent.parent / "data" / "relations"

_ALL_TYPES = sorted(
    {t for dom, rng in DOMAIN_RANGE.values() for t in dom | rng} | PEOPLE | ORGS | PLACES | {"Designation"}
)
CODE = {t: chr(0xE000 + i) for i, t in enumerate(_ALL_TYPES)}
_TYPE_OF = {c: t for t, c in CODE.items()}
GROUPS: dict[str, set[str]] = {
    "PLACE": set(PLACES),
    "AREA": set(PLACES) | {"Zone"},
    "ORG": set(ORGS),
    "PEOPLE": set(PEOPLE),
    "GOV": set(GOV_ACTORS),
    "ANY": set(_ALL_TYPES),
}
_MENTION_CHARS = "".join(CODE.values())
# an amount as written (约3.8亿元, 1,411,900元, 5000余万美元), read by kg.values.money
AMOUNT = r"(?:约|近|超|逾)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:多|余)?(?:万亿|亿|万)?(?:多|余)?(?:美元|欧元|日元|港元|元)"


def types_of(spec: str) -> set[str]:
    """PLACE|Zone -> the set of class names it stands for."""
    out: set[str] = set()
    for part in spec.split("|"):
        part = part.strip()
        if part in GROUPS:
            out |= GROUPS[part]
        elif part in CODE:
            out.add(part)
        else:
            raise ValueError(f"unknown type or group {part!r}")
    return out


def _cls(spec: str) -> str:
    return "[" + "".join(CODE[t] for t in sorted(types_of(spec))) + "]"


_MACRO = re.compile(r"\{([A-Za-z|]+)\}|\{~(\d+)\}|\{SEP\}|\{AMT\}")


def expand(pat: str) -> str:
    """A row's pattern with its macros expanded (the regular expression it stands for)."""

    def sub(m: re.Match) -> str:
        g = m.group()
        if g == "{SEP}":
            return "[、，,和与及]"
        if g == "{AMT}":
            return f"(?P<amt>{AMOUNT})"
        if m.group(2):
            return f"[^{_MENTION_CHARS}，,。；;：:！？!?]{{0,{m.group(2)}}}?"
        return _cls(m.group(1))

    return _MACRO.sub(sub, pat)


def compile_pattern(pat: str) -> re.Pattern:
    """Expand the macros of a row's pattern and compile it."""
    return re.compile(expand(pat))


def _needs(items) -> list[frozenset[str]]:
    """Sets of characters of which any match of the parsed items holds at least one each."""
    out: list[frozenset[str]] = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(frozenset(chr(av)))
        elif op is _sre.IN:
            chars = class_chars(av, 1024)  # (None for NEGATE, CATEGORY (\d), a wide range: no cheap set)
            if chars:
                out.append(frozenset(chars))
        elif op is _sre.SUBPATTERN:
            out += _needs(av[-1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                out += _needs(av[2])
        elif op is _sre.BRANCH:
            # one of the alternatives matches: the union of one set from each (none if one needs nothing)
            picks = [_needs(alt) for alt in av[1]]
            if all(picks):
                out.append(frozenset().union(*(min(p, key=len) for p in picks)))
        # anything else (anchors, lookarounds, ., [^…], back references) needs nothing
    return out


def needs_of(rx: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of characters a string must hold at least one of each for rx to match anywhere in it:
    a row whose needs a sentence lacks cannot match there and is not run (output unchanged)."""
    return _needs_of_parsed(_sre_parse.parse(rx.pattern, rx.flags))


def _needs_of_parsed(parsed) -> tuple[frozenset[str], ...]:
    """needs_of of a pattern as re's parser gives it."""
    if parsed.state.flags & re.IGNORECASE:
        return ()
    sets = sorted(set(_needs(parsed)), key=lambda s: (len(s), sorted(s)))
    # a superset of another set is implied by it
    return tuple(s for i, s in enumerate(sets) if not any(t < s for t in sets[:i]))


@dataclass(frozen=True)
class Row:
    rule: str
    predicate: str
    subj: frozenset[str]
    obj: frozenset[str]
    pattern: re.Pattern
    confidence: float
    s_pick: str = "all"
    o_pick: str = "last"
    date: bool = False
    money: bool = False
    nohome: bool = False
    also: str = ""
    chain: int = 0  # > 0: the subject list runs leftwards over gaps of up to this many characters
    cue: re.Pattern | None = None  # the sentence must contain this (a signing word, …)
    zip: bool = False  # as many subjects as objects: the first does the first (respectively)
    needs: tuple[frozenset[str], ...] = ()  # needs_of(pattern): a quick test before the scan


def parse_row(line: str, where: str = "") -> Row:
    """One TSV line -> a Row (ValueError with the place on a malformed line)."""
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 6:
        raise ValueError(f"{where}: expected at least 6 TAB-separated columns, got {len(cols)}")
    rule, pred, subj, obj, pat, conf = (c.strip() for c in cols[:6])
    opts = {}
    for o in cols[6].split(",") if len(cols) > 6 else []:
        o = o.strip()
        if o:
            k, _, v = o.partition("=")
            opts[k] = v or "1"
    if pred not in DOMAIN_RANGE:
        raise ValueError(f"{where}: unknown predicate {pred!r}")
    # parsed here for its groups and needs; compiled where a sentence first reaches the row (an update
    # that extracts one article runs few of the rows: compiling them all cost ~0.06 s a process)
    source = expand(pat)
    parsed = _sre_parse.parse(source)
    groups = parsed.state.groupdict
    if "S" not in groups and opts.get("S") not in ("prev", "topic"):
        raise ValueError(f"{where}: the pattern has no (?P<S>…) group and no S=prev option")
    o_pick = opts.get("O", "last")
    if "O" not in groups and o_pick not in ("event", "prev", "head"):
        raise ValueError(f"{where}: the pattern has no (?P<O>…) group and no O=event, prev or head option")
    return Row(
        rule,
        pred,
        frozenset(types_of(subj)),
        frozenset(types_of(obj)),
        lazy(source),
        float(conf),
        opts.get("S", "all"),
        o_pick,
        "date" in opts,
        "money" in opts,
        "nohome" in opts,
        opts.get("also", ""),
        int(opts.get("list", "0")),
        lazy(opts["cue"]) if opts.get("cue") else None,
        "zip" in opts,
        _needs_of_parsed(parsed),
    )


def load_rows(directory: Path = TABLE_DIR) -> tuple[Row, ...]:
    """Every row of every *.tsv table, in file and line order (# starts a comment line)."""
    rows = []
    for path in sorted(directory.glob("*.tsv")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                rows.append(parse_row(line, f"{path.name}:{i}"))
    return tuple(rows)


ROWS = load_rows()


class Gate:
    """Which rows can match a sentence, from the characters it holds (each row's needs_of):
    one bit per distinct set of needed characters, a sentence's bits from its characters, and the
    rows whose bits are all there (memoised by those bits). Skipping the others changes no output."""

    def __init__(self, rows: tuple[Row, ...]):
        self.rows = rows
        sets = sorted({n for r in rows for n in r.needs}, key=lambda s: (len(s), sorted(s)))
        bit = {s: 1 << i for i, s in enumerate(sets)}
        self.bits: dict[str, int] = {}
        for s, b in bit.items():
            for c in s:
                self.bits[c] = self.bits.get(c, 0) | b
        self.chars = frozenset(self.bits)
        self.masks = [sum(bit[n] for n in set(r.needs)) for r in rows]
        self.memo: dict[int, tuple[Row, ...]] = {}

    def rows_for(self, text: str) -> tuple[Row, ...]:
        have = reduce(or_, map(self.bits.__getitem__, self.chars.intersection(text)), 0)
        got = self.memo.get(have)
        if got is None:
            if len(self.memo) > 4096:  # bounded: a long build meets many combinations
                self.memo.clear()
            got = self.memo[have] = tuple(
                r for r, m in zip(self.rows, self.masks, strict=True) if m & have == m
            )
        return got


_GATES: dict[int, tuple[tuple[Row, ...], Gate]] = {}


def gate_of(rows: tuple[Row, ...]) -> Gate:
    """The Gate of a tuple of rows (built once per tuple: ROWS, or a test's own rows)."""
    hit = _GATES.get(id(rows))
    if hit is None or hit[0] is not rows:
        if len(_GATES) > 16:
            _GATES.clear()
        hit = _GATES[id(rows)] = (rows, Gate(rows))
    return hit[1]


_FIRST = itemgetter(0)


class Masked:
    """A sentence with each outermost mention replaced by its type's character."""

    __slots__ = ("text", "at", "_pieces", "_offs", "_ends")

    def __init__(self, text: str, at: dict[int, Mention], pieces: list[tuple[int, int, int]]) -> None:
        self.text = text
        self.at = at  # masked index -> mention
        # (masked start, view start, view end) of each stretch copied as it is; offs and ends are read
        # off them when a row matches (most sentences match none: the per-character lists were a
        # sixth of the table's time)
        self._pieces = pieces
        self._offs: list[int] | None = None
        self._ends: list[int] | None = None

    def _build(self) -> None:
        offs: list[int] = []
        ends: list[int] = []
        pieces = iter(self._pieces)
        nxt = next(pieces, None)
        at = self.at
        k = 0
        n = len(self.text)
        while k < n:
            if nxt is not None and nxt[0] == k:
                _, vs, ve = nxt
                offs.extend(range(vs, ve))
                ends.extend(range(vs + 1, ve + 1))
                k += ve - vs
                nxt = next(pieces, None)
            else:
                m = at[k]
                offs.append(m.vstart)
                ends.append(m.vend)
                k += 1
        self._offs, self._ends = offs, ends

    def off(self, k: int) -> int:
        """View offset of masked character k (offs[k], without building offs)."""
        m = self.at.get(k)
        if m is not None:
            return m.vstart
        start, vs, _ = self._pieces[bisect.bisect_right(self._pieces, k, key=_FIRST) - 1]
        return vs + k - start

    def end(self, k: int) -> int:
        """View offset just after masked character k (ends[k], without building ends)."""
        m = self.at.get(k)
        if m is not None:
            return m.vend
        start, vs, _ = self._pieces[bisect.bisect_right(self._pieces, k, key=_FIRST) - 1]
        return vs + k - start + 1

    @property
    def offs(self) -> list[int]:
        """View offset of each character (a mention's vstart)."""
        if self._offs is None:
            self._build()
        assert self._offs is not None
        return self._offs

    @property
    def ends(self) -> list[int]:
        """View offset just after each character."""
        if self._ends is None:
            self._build()
        assert self._ends is not None
        return self._ends


def mask(view: str, vs: int, ve: int, ms: list[Mention]) -> Masked:
    """Mask the sentence view[vs:ve]; ms are its mentions sorted by (vstart, -vend). Linear."""
    out: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    at: dict[int, Mention] = {}
    n = 0  # the masked index of the next character
    pos = vs
    for m in ms:
        if m.vstart < pos or m.vend > ve or m.type not in CODE:
            continue  # nested in (or overlapping) the mention just masked
        if m.vstart > pos:  # the text between two mentions, copied as one slice
            out.append(view[pos : m.vstart])
            pieces.append((n, pos, m.vstart))
            n += m.vstart - pos
        at[n] = m
        out.append(CODE[m.type])
        n += 1
        pos = m.vend
    if ve > pos:
        out.append(view[pos:ve])
        pieces.append((n, pos, ve))
    return Masked("".join(out), at, pieces)


def sentence_mentions(ctx: Context) -> dict[int, list[Mention]]:
    """The mentions of each sentence (by index), sorted by (vstart, -vend)."""
    key = ("table.by_sentence", len(ctx.mentions))
    if key not in ctx.cache:
        out: dict[int, list[Mention]] = {}
        starts = [s.vstart for s in ctx.doc.sentences]
        for m in ctx.mentions:  # ctx.doc.sentence_at(m.vstart).index, inlined
            i = bisect.bisect_right(starts, m.vstart) - 1
            out.setdefault(ctx.doc.sentences[max(i, 0)].index, []).append(m)
        for v in out.values():
            v.sort(key=lambda m: (m.vstart, -m.vend))
        ctx.cache[key] = out
    return ctx.cache[key]


# what follows a relayed meeting's name: its 精神, possibly after the next meeting of a list (…全会和省委相关会议精神)
# (…or its decisions carried out: 落实省、市党代会确定的各项目标任务, 贯彻全会作出的部署)
_RELAYED = re.compile(r"[^，,。；;！!？?]{0,16}?(?:精神|(?:确定|提出|作出|部署)的)")
# 此次活动是X文化旅游节系列活动之一: X is the umbrella of the gathering reported, not the gathering itself
_UMBRELLA = re.compile(r"(?:的)?(?:系列活动|重要活动|配套活动|系列)(?:之一)?")


class EventIndex:
    """Where the gathering a sentence talks about is named: binary search over the events' offsets."""

    def __init__(self, ctx: Context):
        events = sorted((m for m in ctx.mentions if m.type == "Event"), key=lambda m: (m.vstart, m.vend))
        # 传达学习省委全会精神: a meeting whose spirit is relayed was held before; it is not the gathering
        # the report's attendees are at
        held = [
            m
            for m in events
            if not _RELAYED.match(ctx.view, m.vend) and not _UMBRELLA.match(ctx.view, m.vend)
        ]
        self.events = held or events
        self.starts = [e.vstart for e in self.events]

    def referred(self, sent_vs: int, sent_ve: int, pos: int) -> Mention | None:
        """An event named in the sentence, else the last one named before it, else the first one."""
        if not self.events:
            return None
        i = bisect.bisect_left(self.starts, sent_vs)
        j = bisect.bisect_left(self.starts, sent_ve)
        inside = self.events[i:j]
        if inside:
            before = [e for e in inside[:8] if e.vend <= pos]
            return before[-1] if before else inside[0]
        if i > 0:
            return self.events[i - 1]
        return self.events[0]


_LIST_GAP = re.compile(r"[、，,；;及和与等]")
# a list of subjects does not run back over another clause's verb (X等6家晋级A,Y等9家获评B)
_CHAIN_STOP = re.compile(
    r"晋级|获评|入选|入围|列入|认定|评为|荣获|出席|参加|见证|主持|致辞|讲话|签约|签署|签订|举行|举办|召开|表示|指出"
    r"|指导|支持|协办|承办"
    # (X一行拜访A公司,总经理Y…: a visit is a clause of its own, its visitor no member of Y's list)
    r"|" + "|".join(sorted(map(re.escape, VISIT_VERBS), key=len, reverse=True))
)


def _chain(mk: Masked, first: int, row: Row) -> list[Mention]:
    """Subjects listed before masked index `first`: same-class mentions joined by list punctuation."""
    out: list[Mention] = []
    cur = first
    k = first - 1
    steps = 0
    while k >= 0 and first - k <= row.chain * 40 and steps < 400:
        steps += 1
        ch = mk.text[k]
        if ch in "。！？!?":
            break
        m = mk.at.get(k)
        if m is not None and m.type in row.subj and not (row.nohome and _is_home_ref(m)):
            gap = mk.text[k + 1 : cur]
            # adjacent names are one name's parts (辽阳市宏伟区), not a list
            if len(gap) > row.chain or not _LIST_GAP.search(gap) or _CHAIN_STOP.search(gap):
                break
            if any(mk.at[j].type in row.obj for j in range(k + 1, cur) if j in mk.at):
                break
            out.append(m)
            cur = k
        elif cur - k > row.chain:
            break
        k -= 1
    return out[::-1]


# a firm written right after one of these is the object of its clause (…配套供应A公司, 已为B公司供货): a later
# 公司/该公司/企业 refers back to the clause's subject firm, the one the passage is about, not to it (not 与C公司签约,
# after which 由该公司投资 is often C's)
_OBJECT_BEFORE = re.compile(r"(?:为|向|给|供应|供货|配套|销往|卖给|服务于|服务)$")


def firm_in_object(view: str, m: Mention) -> bool:
    """Is this firm written as the object of a verb or preposition (配套供应A, 为A供货)?"""
    return m.type == "Company" and bool(_OBJECT_BEFORE.search(view, max(0, m.vstart - 3), m.vstart))


def _last_before(
    ctx: Context, cache: dict, types: frozenset[str], here: int, reach: int = 400
) -> list[Mention]:
    """The last mention of these types ending before `here`, within `reach` characters (binary search).
    A firm written as an object (…配套供应A公司。公司董事长说 / 已为B公司供货,今年公司投资…) is passed over for the
    firm before it in the same or the sentence before, the subject the anaphor 公司 goes on with."""
    if types not in cache:
        cands = sorted(
            (m for m in ctx.mentions if m.type in types and not _is_home_ref(m)), key=lambda m: m.vend
        )
        cache[types] = (cands, [m.vend for m in cands])
    cands, ends = cache[types]
    i = bisect.bisect_right(ends, here)
    if not i or here - cands[i - 1].vend >= reach:
        return []
    last = cands[i - 1]
    if firm_in_object(ctx.view, last):
        sent = ctx.doc.sentence_at(last.vstart)
        before = ctx.doc.sentence_at(max(0, sent.vstart - 1)) if sent.vstart else sent
        for m in reversed(cands[: i - 1]):
            if m.vend <= before.vstart:
                break
            if m.type == "Company" and not firm_in_object(ctx.view, m):
                return [m]
    return [last]


# 参加相关活动, 参加了上述活动: a roster's verb followed by an anaphor of an activity
_ACTIVITY_REF = re.compile(r"(?:了)?(?:相关|上述|以上|有关)活动")
_ACTIVITY_TYPES = frozenset({"Event", "Programme"})


def _last_activity(ctx: Context, here: int) -> Mention | None:
    """The last gathering or campaign named before `here` whose name ends in 活动 (开展“项目提速”活动), if any
    within 3000 characters: what 相关活动/上述活动 refers to."""
    key = ("table.activities", len(ctx.mentions))
    if key not in ctx.cache:
        acts = sorted(
            (m for m in ctx.mentions if m.type in _ACTIVITY_TYPES and m.name.endswith("活动")),
            key=lambda m: m.vend,
        )
        ctx.cache[key] = (acts, [m.vend for m in acts])
    acts, ends = ctx.cache[key]
    i = bisect.bisect_right(ends, here)
    return acts[i - 1] if i and here - acts[i - 1].vend < 3000 else None


def _topic(ctx: Context, types: frozenset[str]) -> list[Mention]:
    """The firm, village or zone the article is about: the one of these types named most often."""
    key = ("table.topic", types, len(ctx.mentions))
    if key not in ctx.cache:
        counts: dict[str, int] = {}
        first: dict[str, Mention] = {}
        for m in ctx.mentions:
            if m.type in types and not _is_home_ref(m):
                counts[m.name] = counts.get(m.name, 0) + 1
                first.setdefault(m.name, m)
        best = max(counts, key=lambda n: (counts[n], -first[n].vstart), default=None)
        ctx.cache[key] = [first[best]] if best is not None else []
    return ctx.cache[key]


def _contains_next(mk: Masked, k: int, types: frozenset[str]) -> bool:
    """Is the mention at k written right before a smaller one of the same kind (成都市郫都区, not
    成都市郫都区泸州市: a county then another city is a list)?"""
    m, nxt = mk.at[k], mk.at.get(k + 1)
    if nxt is None or nxt.type not in types:
        return False
    if m.code and nxt.code:
        return nxt.parent_code == m.code or nxt.code.startswith(m.code.rstrip("0")) and nxt.code != m.code
    return True


def _pick(ms: list[Mention], how: str) -> list[Mention]:
    if not ms:
        return []
    return ms[:1] if how == "first" else ms[-1:] if how == "last" else ms


def _clause_chain(ctx: Context, si: int, most: int = 8) -> list[str]:
    """The sentences before sentence si that its clause chain goes back to: those ending in ；within the
    paragraph (产业项目44项,主要有A…；基础设施项目19项,主要包括B…；社会民生项目9项,主要包括C…), and the one that
    opens the chain (集中开工项目共72个). Empty when the sentence before does not end in ；. At most `most`."""
    sents = ctx.doc.sentences
    view = ctx.view
    out: list[str] = []
    j = si - 1
    while j >= 0 and len(out) < most and "\n" not in view[sents[j].vend : sents[j + 1].vstart]:
        ends_chain = sents[j].text.rstrip()[-1:] in ("；", ";")
        if not ends_chain and not out:
            return []
        out.append(sents[j].text)
        if not ends_chain:
            break  # the sentence that opens the chain
        j -= 1
    return out


def run_rows(ctx: Context, rows: tuple[Row, ...] = ROWS) -> None:
    """Run every row over every sentence of the document."""
    view = ctx.view
    by_sent = sentence_mentions(ctx)
    events = EventIndex(ctx)
    gate = gate_of(rows)
    prev: dict[frozenset[str], tuple[list[Mention], list[int]]] = {}
    joined = "暨" in view  # (most articles join no two names with it)
    for si, ms in by_sent.items():
        sent = ctx.doc.sentences[si]
        mk = mask(view, sent.vstart, sent.vend, ms)
        # A暨B: the first of two names joined by 暨 is masked inside the whole; it takes the facts too
        first_of: dict[int, list[Mention]] = {}
        for m in ms if joined else ():
            if view[m.vend : m.vend + 1] == "暨":
                first_of.setdefault(m.vstart, []).append(m)
        date = None
        chain: list[str] | None = None  # _clause_chain(ctx, si), found once for the sentence's rows
        for row in gate.rows_for(mk.text):  # the rows whose needed characters are all in mk.text
            if row.cue is not None and not (
                row.cue.search(sent.text)
                or si > 0
                and row.cue.search(ctx.doc.sentences[si - 1].text)
                or si > 1
                and "\n" not in view[ctx.doc.sentences[si - 2].vend : sent.vstart]
                and row.cue.search(ctx.doc.sentences[si - 2].text)
            ):
                # the cue may be in the sentence before (…签约仪式举行。同时,A与B签订…), or in the one
                # before that within the paragraph (集中开工项目72个…;产业项目44项,主要有A…;基础设施项目
                # 19项,主要包括B…)
                if chain is None:
                    chain = _clause_chain(ctx, si)
                if not any(row.cue.search(t) for t in chain):
                    continue
            for mm in row.pattern.finditer(mk.text):
                if row.s_pick == "topic":
                    subs = _topic(ctx, row.subj)
                elif row.s_pick == "prev":
                    # 2021年获得D / 与A、B建立了销售关系: the firm or place the passage is about
                    subs = _last_before(ctx, prev, row.subj, mk.off(mm.start()))
                else:
                    subs = [
                        mk.at[k]
                        for k in range(mm.start("S"), mm.end("S"))
                        if k in mk.at
                        and mk.at[k].type in row.subj
                        and not (row.nohome and _is_home_ref(mk.at[k]))
                        and not (row.s_pick == "specific" and _contains_next(mk, k, row.subj))
                    ]
                subs = _pick(subs, row.s_pick)
                subs += [
                    f
                    for x in subs
                    for f in first_of.get(x.vstart, ())
                    if f is not x and f.vend < x.vend and f.type in row.subj
                ]
                if row.chain and subs:
                    first = min(k for k in range(mm.start("S"), mm.end("S")) if mk.at.get(k) is subs[0])
                    subs = _chain(mk, first, row) + subs
                if row.o_pick == "event":
                    ev = events.referred(sent.vstart, sent.vend, mk.off(mm.start()))
                    if mm.end() > mm.start() and _ACTIVITY_REF.match(view, mk.end(mm.end() - 1)):
                        # 参加相关活动 / 参加了上述活动: the activity named before (开展“X”活动), not the
                        # meeting the passage last named; the passage's event when none is named
                        ev = _last_activity(ctx, mk.off(mm.start())) or ev
                    objs = [ev] if ev is not None and ev.type in row.obj | _ACTIVITY_TYPES else []
                elif row.o_pick == "head":
                    # 东丽区位于…,A、B等功能区坐落其中: the place the sentence is about, named first
                    objs = next(
                        ([m] for k, m in sorted(mk.at.items()) if k < mm.start() and m.type in row.obj), []
                    )
                elif row.o_pick == "prev":
                    # 该园区 / 该县: the last one of that kind named before, within a few paragraphs
                    objs = _last_before(ctx, prev, row.obj, mk.off(mm.start()), 1500)
                else:
                    objs = _pick(
                        [
                            mk.at[k]
                            for k in range(mm.start("O"), mm.end("O"))
                            if k in mk.at
                            and mk.at[k].type in row.obj
                            and not (row.nohome and _is_home_ref(mk.at[k]))
                        ],
                        row.o_pick,
                    )
                if not subs or not objs:
                    continue
                kw: dict = {}
                if row.date:
                    if date is None:
                        date = date_in(sent.text, ctx.doc.year)
                    kw["date"] = date
                if row.money and "amt" in row.pattern.groupindex and mm.group("amt"):
                    amt = money(mm.group("amt"))
                    if amt:
                        kw.update(amount=amt.value, currency=amt.currency, approximate=amt.approximate)
                span = (mk.off(mm.start()), mk.end(mm.end() - 1)) if mm.end() > mm.start() else None
                pairs = (
                    list(zip(subs, objs, strict=True))
                    if row.zip and len(subs) == len(objs) > 1
                    else [(s, o) for s in subs for o in objs]
                )
                for s, o in pairs:
                    if s is o:
                        continue
                    ctx.relate(row.predicate, s, o, row.rule, row.confidence, span=span, **kw)
                    if row.also:
                        ctx.relate(row.also, s, o, row.rule, row.confidence, span=span)


@relation_rule("table")
def table_rules(ctx: Context) -> None:
    """The declarative rows of kg/data/relations/*.tsv."""
    run_rows(ctx)
