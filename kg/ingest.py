"""Ingest: read and decode articles, convert script, repair newspaper layout, split sentences."""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import DecodeError, InputError
from .model import Document, Offsets, Sentence
from .scan import Scan

MAX_BYTES = 10 * 1024 * 1024  # larger files are not news articles; refuse rather than stall
TEXT_SUFFIXES = (".txt", ".text")

# --- decoding -----------------------------------------------------------------------------

# Chinese characters: the URO, Extension A, the compatibility ideographs and the supplementary
# planes' extensions (GB18030 and UTF-8 can both carry them).
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_CJK_RUNS = re.compile(_CJK.pattern + "+")
# Characters a Chinese news article consists of: CJK ideographs, ASCII, CJK and full-width punctuation.
# Used to choose between two readings of the same bytes (一 = D2 BB in GB18030, Cyrillic һ in UTF-8).
_PLAUSIBLE = re.compile(
    r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u205e\x09\x0a\x0d\x20-\x7e·—…“”‘’《》]"
)
# ... plus the symbols and rarer ideographs a real article may hold (□ ■ ● ★ ① Ⅱ ℃ ㎡ ≥ × °), used
# to accept a reading that is not UTF-8. Kana, Greek, Cyrillic, bopomofo, box drawing and private-use
# characters stay out: they are what Big5 or UTF-16 bytes read as GB18030 turn into.
_READABLE = re.compile(
    _PLAUSIBLE.pattern[:-1]
    + r"\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003134f\u00a0-\u00ff\u2100-\u22ff\u2460-\u24ff"
    r"\u25a0-\u26ff\u3200-\u33ff\x0b\x0c]"
)
_IMPLAUSIBLE = re.compile(_PLAUSIBLE.pattern.replace("[", "[^", 1) + "+")
_UNREADABLE = re.compile(_READABLE.pattern.replace("[", "[^", 1) + "+")
# Control characters other than white space: what binary data decodes to.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]+")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Encodings tried by charset-normalizer when BOM, UTF-8 and GB18030 fail: the other ways Chinese is stored.
_BIG5_ENCODINGS = ("big5", "cp950", "big5hkscs")
_WIDE_ENCODINGS = ("utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be")


def _share(pattern: re.Pattern, text: str) -> float:
    """The share of text's characters matched by pattern (a pattern of runs of the odd ones out)."""
    return sum(map(len, pattern.findall(text))) / len(text) if text else 0.0


def _plausible(text: str) -> float:
    """How much of text is ordinary Chinese news text (1.0: all of it)."""
    return 1 - _share(_IMPLAUSIBLE, text) if text else 0.0


_SPACE_RUN = re.compile(r"\s+")


@lru_cache(maxsize=2)
def _mostly_chinese(text: str) -> bool:
    """At least half of text's characters other than white space are ideographs."""
    # counted by runs (findall of the single-character class built a list of every ideograph); the white
    # space as what str.split() leaves out (the characters \s matches: str.isspace), not by a regex scan.
    # Memoised: decode asks twice for the same reading.
    spaces = (
        (len(text) - sum(map(len, text.split()))) / len(text) if text else 0.0
    )  # == _share(_SPACE_RUN, text)
    return sum(map(len, _CJK_RUNS.findall(text))) * 2 >= len(text) - spaces * len(text)


def _readable(text: str, encoding: str) -> bool:
    """Is this reading of the bytes text? Valid UTF-8 is, unless it is mostly control characters;
    any other reading (GB18030 and the fallbacks accept almost any bytes) only if nearly all of it
    is characters a Chinese article consists of."""
    if encoding.startswith("utf-8"):
        return _mostly_chinese(text) or _share(_CONTROL, text) <= 0.1
    return 1 - _share(_UNREADABLE, text) >= 0.9


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """The 3,755 most common characters (GB2312 level 1, rows B0-D7)."""
    rows = (bytes([a, b]) for a in range(0xB0, 0xD8) for b in range(0xA1, 0xFF) if a < 0xD7 or b < 0xFA)
    return frozenset(r.decode("gb2312") for r in rows)


def _common(text: str) -> float:
    """The share of text's ideographs that are among the most common (Simplified) ones."""
    common = _common_hanzi()
    hanzi = _CJK_RUN.findall(text)
    n = sum(map(len, hanzi))
    return sum(c in common for run in hanzi for c in run) / n if n else 0.0


# Other readings of bytes that are valid GB18030, which wins unless its reading is mostly rare
# characters (under GB18030_COMMON) and the other one, at least four characters long, is nearly
# all common ones (its share at least the number given). GB18030 text is far more frequent than
# Big5, and a short GB18030 string of rare characters can read as common ones in Big5 by chance
# (丛磏 as 椒慨); UTF-16 without NULs (ideographs and CJK punctuation only) is rarer still.
GB18030_COMMON = 0.5
_GB18030_RIVALS = (("cp950", "big5", 0.9), ("utf-16-le", "utf-16-le", 0.9), ("utf-16-be", "utf-16-be", 0.9))


def _gb18030_or_other(data: bytes, gb: str) -> tuple[str, str]:
    """GB18030 reads almost any bytes as *some* characters: Big5 bytes nearly always, short ones
    even as plausible characters (創新發展 as 承穝祇甶), and UTF-16 of ideographs alone (no NULs)
    as ideographs and ASCII. A reading in common characters (in Simplified script) tells which."""
    if _common(to_simplified(gb)) >= GB18030_COMMON:
        return gb, "gb18030"
    for enc, name, least in _GB18030_RIVALS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if len(text) >= 4 and _common(to_simplified(text)) >= least and _readable(text, enc):
            return text, name
    return gb, "gb18030"


def _fallback(data: bytes, nul: bool) -> tuple[str, str] | None:
    """charset-normalizer's best reading among the encodings that carry Chinese, if it is readable.

    Bytes with NULs can only be UTF-16 or UTF-32 (every line break and ASCII character has one);
    bytes without are Big5, or, rarely, UTF-16 of ideographs and CJK punctuation only, accepted when
    it reads as common characters (two bytes of junk are also one valid, rare, UTF-16 character).
    """
    import charset_normalizer

    for encodings, common in (
        ((_WIDE_ENCODINGS, 0.0),) if nul else ((_BIG5_ENCODINGS, 0.0), (_WIDE_ENCODINGS, 0.8))
    ):
        best = charset_normalizer.from_bytes(data, cp_isolation=list(encodings)).best()
        if best is None:
            continue
        text = str(best)
        encoding = best.encoding.replace("_", "-")
        if _readable(text, encoding) and _common(to_simplified(text)) >= common:
            return text, encoding
    return None


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes: BOMs first, then strict UTF-8 and GB18030, then charset-normalizer.

    Valid UTF-8 is accepted as it is (unless a GB18030 reading of the same bytes is more plausibly
    Chinese, and the UTF-8 reading is not mostly ideographs); GB18030 maps almost any byte string to *some* characters, so its reading, like the
    fallback's (UTF-16 without a BOM, Big5), is only accepted when nearly all of it is text a
    Chinese article consists of. Returns (text, encoding); raises InputError or DecodeError.
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32")):
        if data.startswith(bom):
            try:
                return _chinese(data.decode(enc), enc, name)
            except UnicodeDecodeError as e:
                raise DecodeError(f"{name}: has a UTF-32 BOM but is not valid UTF-32") from e
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _chinese(data[3:].decode("utf-8"), "utf-8-sig", name)
        except UnicodeDecodeError as e:
            raise DecodeError(
                f"{name}: has a UTF-8 BOM but is not valid UTF-8 ({e.reason} at byte {e.start})"
            ) from e
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _chinese(data.decode("utf-16"), "utf-16", name)
        except UnicodeDecodeError as e:
            raise DecodeError(f"{name}: has a UTF-16 BOM but is not valid UTF-16") from e
    nul = b"\x00" in data
    if not nul:  # NUL is valid UTF-8 and GB18030, but no text file holds one: UTF-16/32 or binary
        readings = []
        for enc in ("utf-8", "gb18030"):
            try:
                readings.append((data.decode(enc), enc))
            except UnicodeDecodeError:
                continue
        if len(readings) == 2 and not (_mostly_chinese(readings[0][0]) or _plausible(readings[0][0]) == 1):
            # Valid both ways (一 = D2 BB in GB18030 is Cyrillic һ in UTF-8): the reading that is
            # more plausibly Chinese, in more common characters, first (UTF-8 Chinese read as
            # GB18030 is all ideographs too, but rare ones: 铁岭 as 閾佸箔). Valid UTF-8 that is
            # mostly ideographs, or only what an article consists of, is never GB18030 text.
            readings.sort(key=lambda r: (_plausible(r[0]) + _common(r[0]), r[1] == "utf-8"), reverse=True)
        for text, enc in readings:
            if _readable(text, enc):
                return _chinese(*(_gb18030_or_other(data, text) if enc == "gb18030" else (text, enc)), name)
    found = _fallback(data, nul)
    if found is not None:
        return _chinese(*found, name)
    if nul:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text article")
    raise DecodeError(
        f"{name}: not text in UTF-8, UTF-16, GB18030 or Big5; is it binary or in another encoding?"
    )


def _chinese(text: str, encoding: str, name: str) -> tuple[str, str]:
    if not _CJK.search(text):
        raise InputError(f"{name}: contains no Chinese text")
    return text, encoding


# --- script ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # the OpenCC C++ library's binding: phrase-aware and fast

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert Traditional to Simplified script keeping the length, so offsets stay valid."""
    conv = _t2s().convert(text)
    if len(conv) == len(text):
        return conv
    # A phrase mapping changed the length: convert character by character instead.
    return "".join(c if len(s := _t2s().convert(c)) != 1 else s for c in text)


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t"), opencc.OpenCC("s2tw")


def to_traditional(text: str) -> tuple[str, ...]:
    """Traditional spellings of a Simplified name (OpenCC standard and Taiwan variants)."""
    a, b = _s2t()
    return tuple(dict.fromkeys((a.convert(text), b.convert(text))))


# Full-width digits and Latin letters (１２．５亿元, ＡＩ) read as their ASCII forms, one character for
# one so offsets stay valid; a full-width point or comma only between digits (１，４１１，９００元).
_HALF = str.maketrans(
    {
        chr(c): chr(c - 0xFEE0)
        for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
    }
)
_WIDE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_WIDE_POINT = re.compile(r"(?<=\d)．(?=\d)")
_WIDE_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")


def half_width(text: str) -> str:
    """Full-width digits, letters and in-number separators as ASCII, keeping the length."""
    if not _WIDE.search(text):
        return text  # the common case, without a copy
    text = text.translate(_HALF)
    return _WIDE_THOUSANDS.sub(",", _WIDE_POINT.sub(".", text))


def _differing(a: str, b: str, block: int = 64) -> int:
    """How many positions of the shorter string differ between a and b (sum(x != y for x, y in zip(a, b))),
    the equal blocks, nearly all of them, skipped by one comparison at C speed each."""
    n = min(len(a), len(b))
    count = 0
    for i in range(0, n, block):
        j = min(i + block, n)
        if a[i:j] != b[i:j]:
            count += sum(1 for x, y in zip(a[i:j], b[i:j], strict=True) if x != y)
    return count


def detect_script(text: str, simplified: str) -> str:
    if simplified == text:  # the common case, at C speed
        return "simplified"
    cjk = sum(map(len, _CJK_RUN.findall(text))) or 1
    changed = _differing(text, simplified)
    return "traditional" if changed / cjk > 0.02 else "simplified"


# --- layout -----------------------------------------------------------------------------------

_NAME = r"[\u4e00-\u9fff]{2,4}"
# 本报记者 李波 / 本报特约记者 桂铁军 摄 / 张瑜 摄 / 本报记者 杨靖岫 摄 / 记者 王晓波 通讯员 X 摄
_CREDIT_BODY = rf"(?:(?:本报)?(?:特约)?(?:记者|通讯员|摄影记者)\s*)?{_NAME}(?:\s+(?:(?:本报)?(?:特约)?(?:记者|通讯员)\s*)?{_NAME})*"
PHOTO_CREDIT = re.compile(rf"^\s*{_CREDIT_BODY}\s*摄\s*$")
# (江城日报、江报全媒体记者 某某: a byline naming the paper and its newsroom before the reporter)
BYLINE = re.compile(
    rf"^\s*(?:本报(?:特约)?记者|记者|本报通讯员"
    rf"|[\u4e00-\u9fff]{{2,8}}报、[\u4e00-\u9fff]{{2,6}}(?:融媒体|全媒体)记者)\s*{_NAME}(?:\s+{_NAME})*\s*$"
)
BARE_NAME = re.compile(r"^\s*[\u4e00-\u9fff]{2,3}\s*$")
# A caption and its credit on one line: "……的重要载体。 本报记者 杨靖岫 摄"
TRAILING_CREDIT = re.compile(rf"(?<=[。！？\s])\s*({_CREDIT_BODY}\s*摄)\s*$")

TERMINAL = "。！？!?…；;：:"
CLOSERS = "”’」』）)"
_SENT_END = Scan(re.compile(r"[。！？!?；;]+[”’」』）)]*|…{2,}[”’」』）)]*"), short=0)
_CLAUSE_PUNCT = re.compile(r"[，,。；;、]")
# a paragraph that opens a news report's body (本报讯, 本报沈阳5月8日电, 河北日报讯, 新华社北京电): what stands before it
# (a title or a subtitle such as 今年引进项目69个,实际到资1.5亿美元) is never the first half of its sentence
_LEAD = re.compile(
    r"(?:本报[\u4e00-\u9fff\d]{0,10}(?:讯|电)|"
    # a paper and its site joined by a dash (长江日报-长江网12月19日讯): one dateline
    r"(?:[\u4e00-\u9fff]{1,8}(?:报|网|社|台)[-—–·・])?[\u4e00-\u9fff]{1,8}(?:报|网|社|台)[\u4e00-\u9fff\d]{0,10}(?:讯|电))"
    r"(?=[\s\u3000（(：:，,]|$)|[（(]记者"
)


@dataclass
class _Para:
    start: int
    end: int  # original span, stripped
    kind: str  # body | heading | caption | credit | byline


def _paragraphs(text: str) -> list[_Para]:
    paras: list[_Para] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        raw = line.rstrip("\r\n")
        stripped = raw.strip(" \t\u3000\ufeff")
        if stripped:
            lead = len(raw) - len(raw.lstrip(" \t\u3000\ufeff"))
            s = pos + lead
            e = s + len(stripped)
            m = TRAILING_CREDIT.search(stripped) if "摄" in stripped else None  # (a quick test first)
            if m and m.start() > 0 and not PHOTO_CREDIT.match(stripped):
                cut = s + m.start(1)
                body_end = s + len(stripped[: m.start()].rstrip())
                paras.append(_Para(s, body_end, "caption"))
                paras.append(_Para(cut, e, "credit"))
            else:
                paras.append(_Para(s, e, "body"))
        pos += len(line)
    # classify: credit lines, captions (the paragraph just before a photo credit), headings
    for i, p in enumerate(paras):
        t = text[p.start : p.end]
        if p.kind != "body":
            continue
        if PHOTO_CREDIT.match(t):
            p.kind = "credit"
            if (
                i > 0
                and paras[i - 1].kind == "body"
                and len(text[paras[i - 1].start : paras[i - 1].end]) < 80
            ):
                paras[i - 1].kind = "caption"
        elif BYLINE.match(t):
            p.kind = "byline"
        elif BARE_NAME.match(t) and i > 0 and _looks_like_name(t.strip()):
            p.kind = "byline"  # a lone name under a commentary headline
    for p in paras:
        if p.kind == "body":
            t = text[p.start : p.end]
            if len(t) < 40 and not _CLAUSE_PUNCT.search(t[:-1]) and t[-1] not in TERMINAL + CLOSERS:
                p.kind = "heading"
    return paras


def _looks_like_name(t: str) -> bool:
    from .extractors.people import is_name

    return len(t) <= 3 and is_name(t)


def _joinable(text: str, p: _Para) -> bool:
    """A body paragraph that stops mid-sentence continues in the next body paragraph."""
    t = text[p.start : p.end]
    if _OPEN_CREDIT.search(t, max(0, len(t) - 6)):  # (a match is the last 4 to 6 characters: $)
        return False  # …35家。(李某远 / 江城日报记者 某某): a bracketed credit broken after its first name
    sign = _SIGN_OFF.search(t, max(0, len(t) - 5))
    if sign and _looks_like_name(sign.group(1)):
        return (
            False  # …占六成。屠某 (an author's sign-off after the last sentence): the paragraph is complete
        )
    return p.kind == "body" and t[-1] not in TERMINAL + CLOSERS and bool(_CLAUSE_PUNCT.search(t))


# an author's name signed after a paragraph's last sentence (…六成。屠某, …起好步。 宋某某)
_SIGN_OFF = re.compile(r"[。！？!?][ \u3000]?([\u4e00-\u9fff]{2,3})$")
# a paragraph that ends with a bracket opened after the last sentence and one name in it: the credit's
# names go on in the next line, which is no continuation of the name
_OPEN_CREDIT = re.compile(r"[。！？!?][（(][\u4e00-\u9fff]{2,4}$")


def _name_across(simp: str, a: _Para, b: _Para) -> bool:
    """Does a division name run across the break between paragraphs a and b (在鲅鱼 / 圈区的)?

    Only full names with their suffix, at least two characters on each side, count: a heading
    ending in a place name and a paragraph starting with 市民 (沈阳 / 市民) is not a split name.
    """
    from .gazetteer import load

    gaz = load()
    tail = simp[max(a.start, a.end - 6) : a.end]
    joined = tail + simp[b.start : min(b.end, b.start + 6)]
    cut = len(tail)
    return any(s <= cut - 2 and e >= cut + 2 and name in gaz.full for s, e, name in gaz.iter_matches(joined))


def _units(text: str, paras: list[_Para], simp: str | None = None) -> list[tuple[str, list[tuple[int, int]]]]:
    """Group paragraphs into units (kind, pieces); a split paragraph's halves form one unit.

    A paragraph continues in the next one when it stops mid-sentence, or (with simp, the text in
    Simplified script) when a division name is split across the break even by a blank line.
    Captions and photo credits found between the two halves are emitted after the joined unit.
    """
    units: list[tuple[str, list[tuple[int, int]]]] = []
    i = 0
    n = len(paras)

    def continues(j: int) -> bool:
        if j + 1 < n and _LEAD.match(text, paras[j + 1].start):
            return False
        if _joinable(text, paras[j]):
            return True
        p = paras[j]
        if simp is None or p.kind not in ("body", "heading") or text[p.end - 1] in TERMINAL + CLOSERS:
            return False
        k = next((k for k in range(j + 1, n) if paras[k].kind not in ("caption", "credit")), None)
        return k is not None and paras[k].kind in ("body", "heading") and _name_across(simp, p, paras[k])

    while i < n:
        p = paras[i]
        pieces = [(p.start, p.end)]
        deferred: list[_Para] = []
        j = i
        while continues(j):
            if paras[j].kind == "heading":
                paras[j].kind = "body"  # not a heading after all: the first half of a split sentence
            k = j + 1
            skipped: list[_Para] = []
            while k < n and paras[k].kind in ("caption", "credit"):
                skipped.append(paras[k])
                k += 1
            if k < n and paras[k].kind in ("body", "heading"):
                pieces.append((paras[k].start, paras[k].end))
                deferred.extend(skipped)
                paras[k].kind = "body"
                j = k
            else:
                break
        units.append((p.kind, pieces))
        units.extend((d.kind, [(d.start, d.end)]) for d in deferred)
        i = j + 1
    return units


def split_sentences(view: str, vstart: int, vend: int) -> Iterator[tuple[int, int]]:
    """Yield sentence spans of view[vstart:vend], keeping closing quotes with their sentence."""
    pos = vstart
    for m in _SENT_END.finditer(view, vstart, vend):
        if m.end() > pos:
            yield pos, m.end()
        pos = m.end()
    if pos < vend:
        yield pos, vend


# a year as articles write it: 2023年 (not 1990年代), a document number 〔2024〕, an edition 2017第二届;
# not the end of a range or a target (2023—2025年, 到2025年), which looks ahead of the article
_YEAR = Scan(  # tried only around a 19 or 20 (re tried every position of every article)
    re.compile(
        r"(?<![\d—\-－～~到])(?<![^截]至)((?:19|20)\d{2})(?=年(?!代)|〕|\]|第|"
        # an occasion named with its year in front (2021江城投资洽谈会, 2020春季…集中开工): not a count
        # (2000余人参加大会, 2000亩…活动)
        r"(?![余多万亿千百个名人家元米吨亩户项台件次位辆条座])[\u4e00-\u9fff]{2,18}?"
        r"(?:洽谈会|博览会|交易会|推介会|大会|论坛|文化节|仪式|签约活动|集中开工))"
        r"|(?<=〔)((?:19|20)\d{2})"
    )
)
# (a web page's ISO date line, 2020-12-21 or 2018/09/21 13:29, is a dateline too)
_DATELINE = re.compile(r"((?:19|20)\d{2})(?:年\d{1,2}月\d{1,2}日|([-/])\d{1,2}\2\d{1,2}(?!\d))")
# the day-first dotted form some pages print under the headline, a time or the line's end after it
# (18.07.2019 22:43; not 1.2.2019版, a version)
_DATELINE_DMY = re.compile(r"(?<![\d.A-Za-z])\d{1,2}\.\d{1,2}\.((?:19|20)\d{2})(?=\s|$)")
# the year an occasion is named with (X县2023年第四季度重点项目集中开工仪式, 2021江城洽谈会): the occasion an
# article reports is of its year, which counts once more than a year the article only looks ahead to
_OCCASION_YEAR = Scan(
    re.compile(
        r"(?<![\d—\-－～~到])((?:19|20)\d{2})(?:年度?|(?![余多万亿千百个名人家元米吨亩户项台件次位辆条座]))"
        r"[\u4e00-\u9fff]{2,18}?"
        r"(?:洽谈会|博览会|交易会|推介会|大会|论坛|文化节|仪式|签约活动|集中开工)"
    )
)


def article_year(view: str) -> int | None:
    """The article's year: a full date in its opening or closing lines (the dateline), else the year it
    mentions most often (latest on a tie)."""
    for part in (view[:120], view[-80:]):
        if m := _DATELINE.search(part) or _DATELINE_DMY.search(part):
            return int(m.group(1))
    years = Counter(int(a or b) for a, b in _YEAR.findall(view))
    years.update(int(y) for y in _OCCASION_YEAR.findall(view))
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


# one space between a number and the Chinese word it counts (7 月 22 日, 35.8 亿元, 10 个项目): Western
# typesetting some sites use; the view reads the number and its unit as one word (the text keeps it)
_NUMBER_SPACE = re.compile(r"(?<=[0-9.%])[ \u3000](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \u3000](?=[0-9])")


def _without_number_spaces(simp: str, pieces: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The pieces of a unit, split around each space _NUMBER_SPACE finds (the space is left out)."""
    for s, e in pieces:
        if simp.find(" ", s, e) < 0 and simp.find("\u3000", s, e) < 0:
            yield s, e  # no space to find (most pieces): no regex scan
            continue
        for m in _NUMBER_SPACE.finditer(simp, s, e):
            yield s, m.start()
            s = m.end()
        yield s, e


def make_document(
    text: str, doc_id: str, encoding: str = "utf-8", path: str = "", year: int | None = None
) -> Document:
    """Build a Document from decoded text: script conversion, layout repair, sentences."""
    simp = to_simplified(text)
    script = detect_script(text, simp)
    simp = half_width(simp)
    paras = _paragraphs(text)
    units = _units(text, paras, simp)
    view_parts: list[str] = []
    runs: list[tuple[int, int, int]] = []  # (view start, text start, length): the offset map
    unit_spans: list[tuple[str, int, int]] = []
    n = 0  # length of the view so far
    last = -1  # text offset of the last view character
    for kind, pieces in units:
        if n:
            view_parts.append("\n")  # a unit break maps to the character after the unit
            last = last + 1 if last + 1 < len(text) else last
            runs.append((n, last, 1))
            n += 1
        ustart = n
        for s, e in _without_number_spaces(simp, pieces):
            if e > s:
                view_parts.append(simp[s:e])
                runs.append((n, s, e - s))
                n += e - s
                last = e - 1
        unit_spans.append((kind, ustart, n))
    view = "".join(view_parts)
    offsets = Offsets.from_runs(runs)
    # offsets[i] for the sentence bounds, read off the runs directly (the same map, no per-call checks)
    run_v = [r[0] for r in runs]
    run_t = [r[1] for r in runs]

    def text_at(i: int) -> int:
        k = bisect_right(run_v, i) - 1
        return run_t[k] + i - run_v[k]

    sentences: list[Sentence] = []
    for kind, us, ue in unit_spans:
        spans = [(us, ue)] if kind != "body" else list(split_sentences(view, us, ue))
        for vs, ve in spans:
            # trim whitespace at the sentence edges so spans are tight
            while vs < ve and view[vs].isspace():
                vs += 1
            while ve > vs and view[ve - 1].isspace():
                ve -= 1
            if vs >= ve:
                continue
            sentences.append(
                Sentence(doc_id, len(sentences), text_at(vs), text_at(ve - 1) + 1, vs, ve, view[vs:ve], kind)
            )
    sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
    return Document(
        id=doc_id,
        text=text,
        sha1=sha1,
        encoding=encoding,
        script=script,
        view=view,
        offsets=offsets,
        sentences=tuple(sentences),
        year=year if year is not None else article_year(view),
        path=path,
    )


# --- files --------------------------------------------------------------------------------------


def iter_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (recursively, *.txt) into a sorted list; missing paths raise."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError(f"{path_text(p)}: no such file or directory")
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                raise InputError(f"{path_text(p)}: folder contains no .txt articles")
            out.extend(found)
        else:
            out.append(p)
    # de-duplicate while keeping a stable order: by the resolved path, which for a file that is not a
    # symbolic link is its folder's resolved path and its name (each folder resolved once: resolving
    # every path walked all its folders, ~35 us a file, a tenth of a one-article update's set-up)
    seen: set[Path] = set()
    uniq = []
    folders: dict[Path, Path] = {}
    for p in out:
        if p.is_symlink():
            r = p.resolve()
        else:
            parent = folders.get(p.parent)
            if parent is None:
                parent = folders[p.parent] = p.parent.resolve()
            r = parent / p.name
        if r not in seen:
            seen.add(r)
            uniq.append(p)
    return uniq


def read_bytes(path: str | Path) -> bytes:
    """The bytes of one article file; oversize, missing and unreadable files raise InputError."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path_text(p)}: {size} bytes is larger than the {MAX_BYTES // 2**20} MB limit for one article"
            )
        return p.read_bytes()
    except PermissionError as e:
        raise InputError(f"{path_text(p)}: permission denied") from e
    except IsADirectoryError as e:
        raise InputError(f"{path_text(p)}: is a directory") from e
    except FileNotFoundError as e:
        raise InputError(f"{path_text(p)}: no such file") from e
    except OSError as e:
        raise InputError(f"{path_text(p)}: cannot read ({e.strerror})") from e


def path_text(path: str | Path) -> str:
    """A path as text that can be written anywhere (RDF, HTML, a cache key): a file name with bytes
    that are not UTF-8 (Python keeps them as lone surrogates) shows them as U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def read_document(path: str | Path, year: int | None = None) -> Document:
    """Read and decode one article file into a Document (id = file name)."""
    p = Path(path)
    data = read_bytes(p)
    text, enc = decode(data, path_text(p))
    return make_document(text, path_text(p.name), enc, path_text(p), year)
