"""Candidate pairs and their features for a trained relation classifier (an experiment, not in the package).

scripts/train_relpairs.py trains and cross-validates a logistic regression over these candidates to see
whether it adds relations the rules miss; it did not gain on held-out development sets (README Design,
"A learned pair classifier"), so kg ships no model and registers no such rule. This module is kept so
that the experiment can be run again when the rules or the annotated sets change.

Candidates: every ordered pair of names in one sentence (each name with its nearest NEIGHBOURS on the
right, at most SPAN characters apart, names inside other names included) and every predicate whose
domain and range (kg/schema.py) admit the pair's classes. Features are cheap and local: predicate ×
classes, order and distance, the words between the two names (each other name masked to its class)
and just outside them, whether each is the sentence's first or last name or the article's home place,
the rule that found each name and the parts of its name, the relation cues of the sentence (a fixed
list from SCHEMA.md's cue column), and whether a rule already gave the subject (or the object) the
predicate with another partner. Everything is linear in the sentence: a name meets at most
2 × NEIGHBOURS others and each window read is bounded.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extractors.base import Context, tokens
from kg.model import Mention
from kg.schema import DOMAIN_RANGE, PERSON_CLASSES, PLACE_CLASSES, allowed

NEIGHBOURS = 8  # names looked at on either side of a name
SPAN = 80  # at most this many characters between the two names
EDGE = 12  # characters read between two far names, at either end of the gap, and outside the pair
PREDICATES = tuple(sorted(DOMAIN_RANGE))
# the relation cues of SCHEMA.md's table (its "cues" column) and the verbs of gatherings and starts:
# a sentence feature says which of them the sentence has
CUES = (
    "位于",
    "落户",
    "坐落",
    "建成",
    "引进",
    "投资",
    "建设",
    "运营",
    "实施",
    "开展",
    "启动",
    "推出",
    "制定",
    "召开",
    "举行",
    "举办",
    "主办",
    "承办",
    "参与",
    "参加",
    "出席",
    "入驻",
    "申报",
    "签约",
    "签署",
    "入围",
    "获评",
    "补贴",
    "资金",
    "扶持",
    "供应",
    "配套",
    "开工",
    "会议",
    "活动",
    "调研",
    "考察",
)
# one private-use character per class stands for every other name in a window
_CLASSES = tuple(
    sorted({c for d, r in DOMAIN_RANGE.values() for c in (*d, *r)} | set(PERSON_CLASSES) | set(PLACE_CLASSES))
)
_MASK = {c: chr(0xE000 + i) for i, c in enumerate(_CLASSES)}
_UNMASK = {v: k for k, v in _MASK.items()}


@dataclass(frozen=True, slots=True)
class Pair:
    """One candidate: subject, predicate, object, the sentence's span and the features."""

    subject: Mention
    predicate: str
    object: Mention
    vstart: int
    vend: int
    features: tuple[str, ...]


def _key(m: Mention) -> tuple[str, str]:
    return ("Person" if m.type in PERSON_CLASSES else m.type, m.name)


def _words(text: str, side: str) -> list[str]:
    """The words of a window as features: a masked name as its class."""
    out = []
    for w in tokens(text) if text else ():
        if w.isspace():
            continue
        cls = _UNMASK.get(w)
        out.append(f"{side}:{'@' + cls if cls else w}")
    return out


def _dist(n: int) -> str:
    for b in (2, 5, 10, 20, 40):
        if n <= b:
            return str(b)
    return "far"


def _related(ctx: Context) -> tuple[set, dict, dict]:
    """What the rules related: (predicate, subject key, object key); and per (predicate, subject) its
    objects, per (predicate, object) its subjects."""
    done: set = set()
    objs: dict = {}
    subjs: dict = {}
    for c in ctx.candidates:
        s, o = _key(c.subject), _key(c.object)
        done.add((c.predicate, s, o))
        objs.setdefault((c.predicate, s), set()).add(o)
        subjs.setdefault((c.predicate, o), set()).add(s)
    return done, objs, subjs


def pairs(ctx: Context, every: bool = False) -> Iterator[Pair]:
    """Every candidate pair of the article with its features, in text order (every: also the pairs
    the rules related, which the training script learns from too)."""
    done, objs, subjs = _related(ctx)
    homes = {c for c in (ctx.home_city, ctx.home_county, ctx.home_province) if c}
    view = ctx.view
    ms = sorted(ctx.mentions, key=lambda m: (m.vstart, -m.vend))
    i = 0
    for sent in ctx.doc.sentences:
        inside: list[Mention] = []
        while i < len(ms) and ms[i].vstart < sent.vend:
            m = ms[i]
            i += 1
            if sent.vstart <= m.vstart and m.vend <= sent.vend:
                inside.append(m)
        if len(inside) < 2:
            continue
        # the sentence with each outermost name masked; each name's place there is its outermost name's
        parts: list[str] = []
        at: list[int] = []  # per name of inside: its (outermost name's) position in masked
        outer: list[int] = []  # per name: the index in inside of its outermost name (itself if outermost)
        pos, n, top = sent.vstart, 0, -1
        for k, m in enumerate(inside):
            if top >= 0 and m.vstart < inside[top].vend:
                at.append(at[top])
                outer.append(top)
                continue
            gap = view[pos : m.vstart]
            parts.append(gap)
            n += len(gap)
            at.append(n)
            outer.append(k)
            parts.append(_MASK.get(m.type, "?"))
            n += 1
            pos, top = m.vend, k
        parts.append(view[pos : sent.vend])
        masked = "".join(parts)
        text = sent.text
        cues = tuple(f"cue:{c}" for c in CUES if c in text) if len(text) < 400 else ()
        first_top, last_top = 0, outer[-1]
        for a in range(len(inside)):
            for b in range(a + 1, min(len(inside), a + 1 + NEIGHBOURS)):
                ma, mb = inside[a], inside[b]
                gap = mb.vstart - ma.vend
                if gap > SPAN:
                    break
                if _key(ma) == _key(mb):
                    continue
                shared: list[str]
                if mb.vstart < ma.vend:  # one name inside the other (or across it)
                    shared = ["in", *cues]
                else:
                    lo, hi = at[a] + 1, at[b]
                    if hi < lo:
                        hi = lo
                    if hi - lo <= 2 * EDGE:
                        between = _words(masked[lo:hi], "b")
                    else:
                        between = _words(masked[lo : lo + EDGE], "bl") + _words(masked[hi - EDGE : hi], "br")
                    outside = _words(masked[max(0, at[a] - EDGE // 2) : at[a]], "L") + _words(
                        masked[at[b] + 1 : at[b] + 1 + EDGE // 2], "R"
                    )
                    shared = [
                        f"d:{_dist(gap)}",
                        f"names:{min(outer[b] - outer[a] - 1, 3) if outer[b] > outer[a] else 0}",
                        *between,
                        *outside,
                        *cues,
                    ]
                    if outer[a] == first_top:
                        shared.append("first")
                    if outer[b] == last_top:
                        shared.append("last")
                    if outer[a] != a:
                        shared.append(f"a-in:{inside[outer[a]].type}")
                    if outer[b] != b:
                        shared.append(f"b-in:{inside[outer[b]].type}")
                for s, o, fwd in ((ma, mb, True), (mb, ma, False)):
                    for p in PREDICATES:
                        if not allowed(p, s.type, o.type):
                            continue
                        ks, ko = _key(s), _key(o)
                        if not every and (p, ks, ko) in done:
                            continue
                        cls = f"{s.type}>{o.type}"
                        d = "fwd" if fwd else "back"
                        own = ["bias", cls, d, f"{cls}|{d}", *shared]
                        if shared[0] == "in":
                            own.append(f"{cls}|{d}|in")
                        if objs.get((p, ks), set()) - {ko}:
                            own.append("s-has")  # the rules gave the subject this predicate elsewhere
                        if subjs.get((p, ko), set()) - {ks}:
                            own.append("o-has")
                        own.append(f"s-rule:{s.rule.split('.')[0]}")
                        own.append(f"o-rule:{o.rule.split('.')[0]}")
                        own.extend(sorted({f"s-part:{r[0]}" for r in s.parts}))
                        own.extend(sorted({f"o-part:{r[0]}" for r in o.parts}))
                        if s.code and s.code in homes:
                            own.append("s-home")
                        if o.code and o.code in homes:
                            own.append("o-home")
                        yield Pair(s, p, o, sent.vstart, sent.vend, tuple(f"{p}|{f}" for f in own))


@dataclass(frozen=True)
class Model:
    threshold: float
    weights: dict[str, float]
    predicates: frozenset[str]

    def probability(self, features: tuple[str, ...]) -> float:
        w = self.weights
        z = sum(w.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_from(data: dict) -> Model:
    return Model(float(data["threshold"]), dict(data["weights"]), frozenset(data["predicates"]))
