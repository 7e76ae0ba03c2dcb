"""Whole-text regex scans that only run where a match can be: the same matches, found faster.

Many rules scan an article's whole view with a pattern that rarely matches, and Python's re tries a
match at every position (its literal-prefix shortcut is lost as soon as a pattern opens with an
optional part, a lookbehind, a character class or an alternation): a third of extraction went there.
`Scan(rx)` reads off rx, once, a set of strings at least one of which every match contains (the
literal runs a match must hold, one of each alternative of an alternation) and the farthest a
match attempt can look ahead of its start. `Scan.finditer(text)` finds those strings (str.find,
or one Aho-Corasick pass for many), runs rx only on the stretches of start positions where a
match holding one of them can begin, and gives exactly rx.finditer(text)'s matches: starts
outside every stretch cannot begin a match, each stretch is scanned with the whole text
before it visible to lookbehinds and as much after it as a match attempt there can read, and a
match running past the next stretch's start continues the scan where it ends, as re does.
A pattern with such strings but no bound on a match's length is scanned as before in a text that
holds one of them, and not at all in one that holds none. A pattern with no such strings (or one
built with by_first=True) whose matches can only start with a few known characters (the first
character of each alternative, lookbehinds and optional parts read through) is tried with rx.match
only at the positions holding one of them, found by re's own scan for a character class; one
with neither is scanned as before.
"""

from __future__ import annotations

import re
import re._constants as _sre  # type: ignore[import-not-found]
import re._parser as _sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterator
from typing import Any

import ahocorasick_rs

_INF = float("inf")
_ONE_CHAR = frozenset(
    {_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN, _sre.CATEGORY}
)  # ops that consume one character
_MANY = 4  # more strings than this: one Aho-Corasick pass instead of a str.find loop each
_SHORT = 100  # a text this short is scanned by re itself: finding the strings would cost more


def _groups(items) -> list[tuple[str, ...]]:
    """Alternative sets of strings, every match of the parsed items holding one of each set."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(("".join(run),))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width: the literals on either side are still adjacent in the text
        flush()
        if op is _sre.SUBPATTERN:
            out += _groups(av[-1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _groups(av[2])
        elif op is _sre.BRANCH:
            picks = [_best(_groups(alt)) for alt in av[1]]
            if all(picks):
                out.append(tuple(dict.fromkeys(s for p in picks for s in p)))  # type: ignore[union-attr]
    flush()
    return out


def _best(groups: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The most selective set: the longest shortest string, then the fewest strings."""
    if not groups:
        return None
    return max(groups, key=lambda g: (min(map(len, g)), -len(g)))


def class_chars(av, widest: int) -> set[str] | None:
    """The characters of a parsed character class (re's IN item), None when it has a negation, a
    category (\\d) or a range of widest characters or more: too many to look for."""
    chars: set[str] = set()
    for iop, iav in av:
        if iop is _sre.LITERAL:
            chars.add(chr(iav))
        elif iop is _sre.RANGE and iav[1] - iav[0] < widest:
            chars.update(map(chr, range(iav[0], iav[1] + 1)))
        else:
            return None
    return chars


def _starts(items) -> tuple[set[str], bool] | None:
    """(the characters a match of the parsed items can start with, whether it may be empty), None when
    unknown. Zero-width assertions are skipped: they only reject starts."""
    out: set[str] = set()
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        r: tuple[set[str], bool] | None
        if op is _sre.LITERAL:
            r = {chr(av)}, False
        elif op is _sre.IN:
            chars = class_chars(av, 64)
            if chars is None:  # NEGATE, a category (\d), a wide range: too many to look for
                return None
            r = chars, False
        elif op is _sre.SUBPATTERN:
            r = _starts(av[-1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            r = _starts(av[2])
            r = r and (r[0], r[1] or av[0] == 0)
        elif op is _sre.BRANCH:
            alts = [_starts(alt) for alt in av[1]]
            if any(x is None for x in alts):
                return None
            r = set().union(*(x[0] for x in alts)), any(x[1] for x in alts)  # type: ignore[index]
        else:  # any character, a category, a back reference…: unknown
            return None
        if r is None:
            return None
        out |= r[0]
        if not r[1]:
            return out, False
    return out, True


def _first(items) -> frozenset[str] | None:
    """The characters every match of the parsed items starts with one of (None: unknown, or a match
    may be empty)."""
    r = _starts(items)
    return frozenset(r[0]) if r is not None and not r[1] and r[0] else None


def _reach(items) -> tuple[float, float]:
    """(characters a match of the items consumes at most, characters after its start it may read)."""
    used = 0.0
    reach = 0.0
    for op, av in items:
        if op in _ONE_CHAR:
            w, r = 1.0, 1.0
        elif op is _sre.SUBPATTERN:
            w, r = _reach(av[-1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            bw, br = _reach(av[2])
            hi = _INF if av[1] is _sre.MAXREPEAT else av[1]
            w = bw * hi if bw else 0.0
            r = w + max(0.0, br - bw) if bw else br
        elif op is _sre.BRANCH:
            ws, rs = zip(*(_reach(alt) for alt in av[1]), strict=True)
            w, r = max(ws), max(rs)
        elif op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            direction, body = av
            w = 0.0
            r = _reach(body)[1] if direction == 1 else 0.0  # a lookbehind reads before: always visible
        elif op is _sre.AT:
            w, r = 0.0, 1.0  # $, \b, \Z look at the next character (or the end)
        else:  # back references, conditionals, atomic groups: unknown
            return _INF, _INF
        reach = max(reach, used + r)
        used += w
    return used, reach


class Scan:
    """A compiled pattern whose finditer/search skip the stretches where it cannot match."""

    __slots__ = (
        "rx",
        "strings",
        "width",
        "reach",
        "short",
        "_ac",
        "match",
        "fullmatch",
        "sub",
        "first",
        "_at",
    )

    def __init__(self, rx: re.Pattern, short: int = _SHORT, by_first: bool = False) -> None:
        self.rx = rx
        self.short = short  # a text this short (or shorter) is scanned by re itself
        # anchored at a position: nothing to skip (bound here, not looked up through __getattr__)
        self.match, self.fullmatch, self.sub = rx.match, rx.fullmatch, rx.sub
        parsed = _sre_parse.parse(rx.pattern, rx.flags)
        group = _best(_groups(parsed)) if not rx.flags & re.IGNORECASE else None
        width, reach = _reach(parsed)
        if group is None or min(map(len, group)) == 0:
            group = None
        self.strings = group
        # 0: a match may be as long as it likes (\d+, [^，]*): rx scans a text that holds one of the
        # strings as it is, and a text that holds none is skipped
        self.width = int(width) if group and width != _INF else 0
        # +1: $ and \b at the end of what was read; 0: a lookahead may read to the end of the text,
        # so each start of a stretch is tried with rx.match on the whole text instead
        self.reach = int(reach) + 1 if group and reach != _INF else 0
        # the characters every match starts with: where no strings are known (or by_first asks for it),
        # rx is tried only at the positions holding one of them (found by re's own character-class scan)
        first = _first(parsed) if not rx.flags & re.IGNORECASE else None
        self.first = first = first if first is not None and (by_first or group is None) else None
        self._at = re.compile("[" + "".join(map(re.escape, sorted(first))) + "]").search if first else None
        self._ac: Any = (
            ahocorasick_rs.AhoCorasick(list(group), matchkind=ahocorasick_rs.MatchKind.Standard)
            if group and len(group) > _MANY and self._at is None  # (not looked for when scanning by_first)
            else None
        )

    def _holds(self, text: str, pos: int, endpos: int) -> bool:
        """Does text[pos:endpos] hold one of the strings?"""
        strings = self.strings
        assert strings is not None
        if self._ac is not None:
            sub = text[pos:endpos] if pos or endpos < len(text) else text
            return bool(self._ac.find_matches_as_indexes(sub))
        return any(text.find(s, pos, endpos) >= 0 for s in strings)

    def __getattr__(self, name: str) -> Any:  # match, fullmatch, sub, pattern, groupindex…
        return getattr(self.rx, name)

    def _hits(self, text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
        """(start, end) of every occurrence, overlapping ones included, of the strings in text[pos:endpos]."""
        strings = self.strings
        assert strings is not None
        if self._ac is not None:
            sub = text[pos:endpos] if pos or endpos < len(text) else text
            return [(pos + s, pos + e) for _, s, e in self._ac.find_matches_as_indexes(sub, overlapping=True)]
        hits = []
        for s in strings:
            n = len(s)
            i = text.find(s, pos, endpos)
            while i >= 0:
                hits.append((i, i + n))
                i = text.find(s, i + 1, endpos)
        return hits

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """The matches of rx.finditer(text, pos, endpos), in order."""
        n = len(text) if endpos is None else max(0, min(endpos, len(text)))
        if n - pos > self.short and self._at is not None:
            yield from self._by_first(text, pos, n)
            return
        if self.strings is None or n - pos <= self.short:
            yield from self.rx.finditer(text, pos, n)
            return
        if not self.width:
            if self._holds(text, pos, n):
                yield from self.rx.finditer(text, pos, n)
            return
        hits = self._hits(text, pos, n)
        if not hits:
            return
        # a match holding the occurrence [s, e) starts in [e - width, s]: merge those stretches
        width = self.width
        spans = sorted((max(pos, e - width), s + 1) for s, e in hits)
        stretches: list[list[int]] = []
        for a, b in spans:
            if stretches and a <= stretches[-1][1]:
                if b > stretches[-1][1]:
                    stretches[-1][1] = b
            else:
                stretches.append([a, b])
        rx, reach = self.rx, self.reach
        last = pos  # where re's own scan would be: the end of the last match
        for a, b in stretches:
            if last >= b:
                continue
            if not reach:
                x = max(a, last)
                while x < b:
                    m = rx.match(text, x, n)
                    if m is None:
                        x += 1
                    else:
                        last = x = m.end()  # never empty: a match holds one of the strings
                        yield m
                continue
            for m in rx.finditer(text, max(a, last), min(n, b - 1 + reach)):
                if m.start() >= b:
                    break
                last = m.end()
                yield m

    def _by_first(self, text: str, pos: int, n: int) -> Iterator[re.Match]:
        """rx.finditer(text, pos, n), rx tried only where a match can start (no match is empty)."""
        at, match = self._at, self.rx.match
        assert at is not None
        x = pos
        while (c := at(text, x, n)) is not None:
            s = c.start()
            m = match(text, s, n)
            if m is None:
                x = s + 1
            else:
                x = m.end()
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """rx.search(text, pos, endpos)."""
        return next(self.finditer(text, pos, endpos), None)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        """rx.findall(text, pos, endpos)."""
        groups = self.rx.groups
        out: list[Any] = []
        for m in self.finditer(text, pos, endpos):
            out.append(m.group() if groups == 0 else m.group(1) if groups == 1 else m.groups(""))
        return out
