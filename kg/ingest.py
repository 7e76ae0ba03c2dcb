"""Ingest: read and decode articles, convert script, repair newspaper layout, split sentences."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import DecodeError, InputError
from .model import Document, Offsets, Sentence

MAX_BYTES = 10 * 1024 * 1024  # larger files are not news articles; refuse rather than stall
TEXT_SUFFIXES = (".txt", ".text")

# --- decoding -----------------------------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Characters a Chinese news article consists of: CJK ideographs, ASCII, CJK and full-width punctuation.
_PLAUSIBLE = re.compile(
    r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u205e\x09\x0a\x0d\x20-\x7e·—…“”‘’《》]"
)


_IMPLAUSIBLE = re.compile(_PLAUSIBLE.pattern.replace("[", "[^", 1) + "+")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _plausible(text: str) -> float:
    if not text:
        return 0.0
    # count the (few) runs of implausible characters rather than list every plausible one
    return 1 - sum(map(len, _IMPLAUSIBLE.findall(text))) / len(text)


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes: BOMs first, then strict UTF-8, then GB18030 checked for plausibility.

    GB18030 maps almost any byte string to *some* characters, so a GB18030 reading is only
    accepted when nearly all of it is ordinary Chinese text; otherwise the file is refused.
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise DecodeError(
                f"{name}: has a UTF-8 BOM but is not valid UTF-8 ({e.reason} at byte {e.start})"
            ) from e
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise DecodeError(f"{name}: has a UTF-16 BOM but is not valid UTF-16") from e
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text article")
    # Try each encoding strictly; keep the reading that is most plausibly Chinese text (a short
    # GB18030 byte string can also be valid UTF-8, e.g. 一 = D2 BB = Cyrillic һ).
    readings = []
    for enc in ("utf-8", "gb18030"):
        try:
            t = data.decode(enc)
        except UnicodeDecodeError as e:
            last = e
            continue
        readings.append((_plausible(t), enc == "utf-8", t, enc))
    if not readings:
        raise DecodeError(f"{name}: not UTF-8 or GB18030 text (invalid byte at {last.start})")
    score, _, text, encoding = max(readings)
    if score < 0.9:
        raise DecodeError(
            f"{name}: does not decode to readable text as UTF-8 or GB18030; is it binary or another encoding?"
        )
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


def detect_script(text: str, simplified: str) -> str:
    if simplified == text:  # the common case, at C speed
        return "simplified"
    cjk = sum(map(len, _CJK_RUN.findall(text))) or 1
    changed = sum(1 for a, b in zip(text, simplified, strict=False) if a != b)
    return "traditional" if changed / cjk > 0.02 else "simplified"


# --- layout -----------------------------------------------------------------------------------

_NAME = r"[\u4e00-\u9fff]{2,4}"
# 本报记者 李波 / 本报特约记者 桂铁军 摄 / 张瑜 摄 / 本报记者 杨靖岫 摄 / 记者 王晓波 通讯员 X 摄
_CREDIT_BODY = rf"(?:(?:本报)?(?:特约)?(?:记者|通讯员|摄影记者)\s*)?{_NAME}(?:\s+(?:(?:本报)?(?:特约)?(?:记者|通讯员)\s*)?{_NAME})*"
PHOTO_CREDIT = re.compile(rf"^\s*{_CREDIT_BODY}\s*摄\s*$")
BYLINE = re.compile(rf"^\s*(?:本报(?:特约)?记者|记者|本报通讯员)\s*{_NAME}(?:\s+{_NAME})*\s*$")
BARE_NAME = re.compile(r"^\s*[\u4e00-\u9fff]{2,3}\s*$")
# A caption and its credit on one line: "……的重要载体。 本报记者 杨靖岫 摄"
TRAILING_CREDIT = re.compile(rf"(?<=[。！？\s])\s*({_CREDIT_BODY}\s*摄)\s*$")

TERMINAL = "。！？!?…；;：:"
CLOSERS = "”’」』）)"
_SENT_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|…{2,}[”’」』）)]*")
_CLAUSE_PUNCT = re.compile(r"[，,。；;、]")


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
            m = TRAILING_CREDIT.search(stripped)
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
    return p.kind == "body" and t[-1] not in TERMINAL + CLOSERS and bool(_CLAUSE_PUNCT.search(t))


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


_YEAR = re.compile(r"((?:19|20)\d{2})(?=年)")


def article_year(view: str) -> int | None:
    """The article's year: the year it mentions most often (latest on a tie)."""
    years = Counter(int(y) for y in _YEAR.findall(view))
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


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
        for s, e in pieces:
            if e > s:
                view_parts.append(simp[s:e])
                runs.append((n, s, e - s))
                n += e - s
                last = e - 1
        unit_spans.append((kind, ustart, n))
    view = "".join(view_parts)
    offsets = Offsets.from_runs(runs)
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
                Sentence(doc_id, len(sentences), offsets[vs], offsets[ve - 1] + 1, vs, ve, view[vs:ve], kind)
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
            raise InputError(f"{p}: no such file or directory")
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                raise InputError(f"{p}: folder contains no .txt articles")
            out.extend(found)
        else:
            out.append(p)
    # de-duplicate while keeping a stable order
    seen: set[Path] = set()
    uniq = []
    for p in out:
        r = p.resolve()
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
                f"{p}: {size} bytes is larger than the {MAX_BYTES // 2**20} MB limit for one article"
            )
        return p.read_bytes()
    except PermissionError as e:
        raise InputError(f"{p}: permission denied") from e
    except IsADirectoryError as e:
        raise InputError(f"{p}: is a directory") from e
    except FileNotFoundError as e:
        raise InputError(f"{p}: no such file") from e
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror})") from e


def read_document(path: str | Path, year: int | None = None) -> Document:
    """Read and decode one article file into a Document (id = file name)."""
    p = Path(path)
    data = read_bytes(p)
    text, enc = decode(data, str(p))
    return make_document(text, p.name, enc, str(p), year)
