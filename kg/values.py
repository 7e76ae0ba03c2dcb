"""Values: money, capacities, counts, percentages and dates, normalised with their evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .model import Entity, Evidence, Quantity

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+?(?:点[零〇一二三四五六七八九]+)?)"
# money also takes thousands separators (1,411,900元), 余/多 on either side of the multiplier
# (5000余万元, 3亿多元) and the currencies the papers report in
_MONEY_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_NUM})"
CURRENCIES = {
    "元": "CNY",
    "人民币": "CNY",
    "美元": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "港元": "HKD",
    "港币": "HKD",
    "英镑": "GBP",
}
MONEY = re.compile(
    rf"(约|近|超|逾|超过|近乎|大约)?({_MONEY_NUM})(多|余)?(万亿|亿|万|千万|百万|千)?(多|余)?"
    rf"(美元|欧元|日元|港元|港币|英镑|元)"
)
# a quantity's number: thousands separators too, and a Chinese numeral never right after a digit
# (1.05亿吨 is 1.05 x 亿, not 亿 on its own)
_QTY_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\d.])[零〇一二两三四五六七八九十百千万亿]+?(?:点[零〇一二三四五六七八九]+)?)"
CAPACITY = re.compile(
    rf"(年产|年加工|年处理|年吞吐|年出栏|年存栏|年产能)?(约)?({_QTY_NUM})(万|千|百万|亿)?"
    r"(吨|吉瓦时|兆瓦时|千瓦时|吉瓦|兆瓦|千瓦|千伏|头|只|套|台|辆|平方米|公里)(?:级)?"
)
PERCENT = re.compile(rf"({_NUM})(?:%|％)")
DATE_FULL = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
DATE_YM = re.compile(r"(\d{4})年(\d{1,2})月(?!\d{1,2}日)")
DATE_MD = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
DATE_M = re.compile(r"(?:^|(?<=[，,。；;\s]))(\d{1,2})月(?=[，,])")
DATE_Y = re.compile(r"(\d{4})年(?![\d月度])")
DATE_REL = re.compile(r"(今年|去年|前年)(\d{1,2})月(?:(\d{1,2})日)?")  # relative to the article's year
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2}

_MULT = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千万": 1e7, "百万": 1e6, "千": 1e3, None: 1.0, "": 1.0}


def number(s: str) -> float:
    """Arabic or Chinese numerals to a float (Chinese through cn2an)."""
    try:
        return float(s)
    except ValueError:
        import cn2an

        if s[:1] in "十百千万亿":
            s = "一" + s  # 百万 is 一百万
        try:
            return float(cn2an.cn2an(s, "smart"))
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(s) from e


class Money(NamedTuple):
    value: float
    approximate: bool
    currency: str  # ISO 4217


def _money(m: re.Match) -> Money | None:
    try:
        v = number(m.group(2).replace(",", "")) * _MULT[m.group(4)]
    except (ValueError, KeyError):
        return None
    return Money(round(v, 2), bool(m.group(1) or m.group(3) or m.group(5)), CURRENCIES[m.group(6)])


def money(text: str) -> Money | None:
    """'141.19万元' -> (1411900.0, False, 'CNY'); '约31亿元' -> (3100000000.0, True, 'CNY');
    '5000余万美元' -> (50000000.0, True, 'USD')."""
    m = MONEY.search(text)
    return _money(m) if m else None


_UNIT = {
    "吨": "t",
    "吉瓦": "GW",
    "兆瓦": "MW",
    "千瓦": "kW",
    "千伏": "kV",
    "瓦": "W",
    "平方米": "m2",
    "公里": "km",
    "吉瓦时": "GWh",
    "兆瓦时": "MWh",
    "千瓦时": "kWh",
}


@dataclass(frozen=True)
class Found:
    kind: str
    value: float
    unit: str
    approximate: bool
    start: int  # view offsets
    end: int
    text: str


def find_quantities(text: str, base: int = 0) -> list[Found]:
    out: list[Found] = []
    for m in MONEY.finditer(text):
        amt = _money(m)
        if amt is None:
            continue
        kind = "investment" if "投资" in text[max(0, m.start() - 6) : m.start()] else "amount"
        out.append(
            Found(kind, amt.value, amt.currency, amt.approximate, base + m.start(), base + m.end(), m.group())
        )
    for m in CAPACITY.finditer(text):
        unit = _UNIT.get(m.group(5))
        if unit is None:
            continue
        try:
            v = number(m.group(3).replace(",", "")) * _MULT[m.group(4)]
        except (ValueError, KeyError):
            continue
        if unit in ("kW", "kWh") and v >= 1000:
            unit, v = ("MW" if unit == "kW" else "MWh"), v / 1000  # 100万千瓦 = 1000 MW, 40万千瓦时 = 400 MWh
        annual = bool(m.group(1))
        kind = (
            "annualCapacity"
            if annual
            else (
                "capacity"
                if unit in ("GW", "MW", "kW", "kV", "t")
                else "energy"
                if unit.endswith("Wh")
                else "length"
                if unit == "km"
                else "area"
                if unit == "m2"
                else "count"
            )
        )
        out.append(
            Found(
                kind,
                v,
                ("t/year" if annual and unit == "t" else unit),
                bool(m.group(2)),
                base + m.start(),
                base + m.end(),
                m.group(),
            )
        )
    for m in PERCENT.finditer(text):
        try:
            out.append(
                Found(
                    "percentage", number(m.group(1)), "%", False, base + m.start(), base + m.end(), m.group()
                )
            )
        except ValueError:
            continue
    return out


def date_in(text: str, year: int | None) -> str:
    """The most precise date a sentence states, ISO formatted; month/day-only dates take the article's year."""
    if m := DATE_FULL.search(text):
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if (m := DATE_REL.search(text)) and year:
        y = year - _YEARS_BACK[m.group(1)]
        return f"{y:04d}-{int(m.group(2)):02d}" + (f"-{int(m.group(3)):02d}" if m.group(3) else "")
    if (m := DATE_MD.search(text)) and year:
        return f"{year:04d}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    if m := DATE_YM.search(text):
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"
    if (m := DATE_M.search(text)) and year:
        return f"{year:04d}-{int(m.group(1)):02d}"
    if m := DATE_Y.search(text):
        return m.group(1)
    return ""


def attach_quantities(contexts, entities: list[Entity]) -> list[Entity]:
    """Capacities and investments that belong to a project or company name (年产5万吨…项目, 总投资约31亿元的…)."""
    from dataclasses import replace

    by_mention: dict[tuple[str, int, str], str] = {}
    for e in entities:
        for m in e.mentions:
            by_mention[(m.doc_id, m.vstart, m.type)] = e.id
    extra: dict[str, list[Quantity]] = {}
    for ctx in contexts:
        doc = ctx.doc
        for m in ctx.mentions:
            if m.type != "Project":
                continue
            eid = by_mention.get((doc.id, m.vstart, m.type))
            if not eid:
                continue
            sent = doc.sentence_at(m.vstart)
            # quantities inside the name, and a total investment written just before it (or just
            # before the operator's name that precedes it)
            start = m.vstart
            glued = [c for c in ctx.mentions if c.type == "Company" and c.vend == m.vstart]
            if glued:
                start = glued[0].vstart
            lo = max(sent.vstart, start - 16)
            for f in find_quantities(doc.view[lo : m.vend], lo):
                inside = f.start >= m.vstart
                before = (
                    not inside
                    and f.end <= start
                    and "投资" in doc.view[max(lo, f.start - 4) : f.start]
                    and doc.view[f.end : f.end + 1] == "的"
                )
                if not (inside or before) or f.kind == "percentage":
                    continue
                kind = "totalInvestment" if before else f.kind
                s, e = doc.span(f.start, f.end)
                ev = Evidence(
                    doc.id, s, e, sent.text, "value.in-name" if inside else "value.total-investment", 0.8
                )
                extra.setdefault(eid, []).append(Quantity(kind, f.value, f.unit, f.approximate, f.text, ev))
    out = []
    for e in entities:
        qs = extra.get(e.id)
        if qs:
            uniq = {(q.kind, q.value, q.unit, q.evidence.doc_id, q.evidence.start): q for q in qs}
            e = replace(
                e,
                quantities=tuple(
                    sorted(uniq.values(), key=lambda q: (q.evidence.doc_id, q.evidence.start, q.kind))
                ),
            )
        out.append(e)
    return out
