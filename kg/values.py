"""Values: money, capacities, counts, percentages and dates, normalised with their evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

# a Chinese numeral is read whole, 万 and 亿 included (一千二百万 is 1.2e7, not 一千二 x 百万); it
# starts with a digit or 十/百/千, so 亿元以上 (no number) is not an amount; never right after a digit
# (1.05亿吨 is 1.05 x 亿) or after 第 (an ordinal)
_CN_DIGITS = "零〇一二两三四五六七八九"
_CN = rf"(?<![\d.第])[{_CN_DIGITS}十百千](?:[{_CN_DIGITS}十百千万亿]*(?:点[{_CN_DIGITS}]+)?)"
_NUM = rf"(?:\d+(?:\.\d+)?|{_CN})"
# 约 "about", but not the 约 of a word (签约58个项目: signed 58, not about 58; 合约, 节约, 制约, 集约, 预约, 履约)
_ABOUT = "(?<![签合节制集预履违公条])约"
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
    rf"({_ABOUT}|近|超|逾|超过|近乎|大约)?({_MONEY_NUM})(多|余)?(万亿|千万|百万|亿|万|千)?(多|余)?"
    rf"(美元|欧元|日元|港元|港币|英镑|元)"
)
# a quantity's number: thousands separators too
_QTY_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_NUM})"
CAPACITY = re.compile(
    rf"(年产|年加工|年处理|年吞吐|年出栏|年存栏|年产能)?({_ABOUT})?({_QTY_NUM})(多|余)?(万|千|百万|亿)?"
    # (架, 艘: the classifiers of aircraft and ships, as 辆 of vehicles: 年产300架无人机, 建造10艘货轮)
    r"(吨|吉瓦时|兆瓦时|千瓦时|吉瓦|兆瓦|千瓦|千伏|头|只|套|台|辆|架|艘|平方米|平方公里|公里|千米"
    # the SI symbols the papers write for power and energy (2.5MW光伏电站, 200MW/400MWh储能电站; kV
    # only as 千伏: 10kVA is a transformer's apparent power)
    r"|GWh|MWh|kWh|KWh|GW|MW|kW|KW)(?:级)?"
)
# counts: a number and a classifier (13个招商项目, 5家企业, 项目48个, 3.1万户); kept with the
# classifier, published as unit:NUM
COUNT = re.compile(
    rf"({_ABOUT}|近|超|逾|超过)?({_QTY_NUM})(多|余)?(万|千|百万|亿)?(多|余)?(个|项|家|户|名|人|座|条|所)"
)
PERCENT = re.compile(rf"({_NUM})(?:%|％)")
# durations: how long something took or lasts (从签约到开工仅用了87天, 会期5天, 不到5个月, 用时一年半, 从业28年来);
# counted in days, months or years (published as unit:NUM with kg:quantityKind duration). Not an ordinal (第3天),
# not a year (2023年: a year has four digits and is a date), not a point in time (3年前, 5年后, 年底, 年内)
# nor a word that goes on (年度, 年级, 年代, 天然气)
# (nor a period named by its place in time or its end, 前5个月, 近3年, 每3年, 3至5年, but 提前3个月: ahead of
# time by so much; nor part of a name or
# idiom, 三年行动, 十年九旱: what follows a duration is a clause mark, 的, 来, 时间, 就 …)
DURATION = re.compile(
    rf"(?<![第\d.A-Za-z后近这每至到—\-~～])(?<!(?<!提)前)({_ABOUT}|超过|不到|不足|仅|仅用|历时|用时)?"
    r"(\d+|[一二两三四五六七八九十百]+)(多)?(个半月|个多月|个月|年半|天|年)"
    r"(?=$|[\s，,。；;：:、！？!?）)”的来时就才间里完即多])"
)
DATE_FULL = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
DATE_YM = re.compile(r"(\d{4})年(\d{1,2})月(?!\d{1,2}日)")
DATE_MD = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
DATE_M = re.compile(r"(?:^|(?<=[，,。；;\s]))(\d{1,2})月(?=[，,])")
DATE_Y = re.compile(r"(\d{4})年(?![\d月度代])")
DATE_REL = re.compile(r"(今年|去年|前年)(\d{1,2})月(?:(\d{1,2})日)?")  # relative to the article's year
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2}

_MULT = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千万": 1e7, "百万": 1e6, "千": 1e3, None: 1.0, "": 1.0}
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_SMALL = {"十": 10, "百": 100, "千": 1000}


def _section(s: str) -> int:
    """A Chinese numeral below 10,000: 一千二百, 十五, 两千零五, 二〇二三 (digit by digit)."""
    if not s:
        return 0
    if all(c in _DIGIT for c in s):
        return int("".join(str(_DIGIT[c]) for c in s))
    total, digit = 0, None
    for c in s:
        if c in _DIGIT:
            digit = _DIGIT[c]
        elif c in _SMALL:
            total += (1 if digit is None else digit) * _SMALL[c]
            digit = None
        else:
            raise ValueError(s)
    return total + (digit or 0)


def cn_numeral(s: str) -> float:
    """A Chinese numeral with 万/亿 sections and 点 decimals: 一千二百万 -> 12000000.0."""
    if "点" in s:
        whole, frac = s.split("点", 1)
        if not frac or any(c not in _DIGIT for c in frac):
            raise ValueError(s)
        return cn_numeral(whole or "零") + float("0." + "".join(str(_DIGIT[c]) for c in frac))
    for unit, factor in (("亿", 10**8), ("万", 10**4)):
        if unit in s:
            i = s.rindex(unit)
            head = s[:i]
            return (cn_numeral(head) if head else 1) * factor + cn_numeral(s[i + 1 :] or "零")
    return float(_section(s))


def number(s: str) -> float:
    """Arabic or Chinese numerals to a float."""
    try:
        return float(s)
    except ValueError:
        if not s or any(c not in _DIGIT and c not in _SMALL and c not in "万亿点" for c in s):
            raise ValueError(s) from None
        return cn_numeral(s)


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
    "平方公里": "km2",
    "公里": "km",
    "千米": "km",
    "吉瓦时": "GWh",
    "兆瓦时": "MWh",
    "千瓦时": "kWh",
    "GWh": "GWh",
    "MWh": "MWh",
    "kWh": "kWh",
    "KWh": "kWh",
    "GW": "GW",
    "MW": "MW",
    "kW": "kW",
    "KW": "kW",
}
_KIND = {"GW": "capacity", "MW": "capacity", "kW": "capacity", "kV": "capacity", "t": "capacity"}
_KIND |= {"GWh": "energy", "MWh": "energy", "kWh": "energy", "km": "length", "m2": "area"}


@dataclass(frozen=True)
class Found:
    kind: str
    value: float
    unit: str  # CNY, USD, …; t, t/year, MW, …, m2, km, %; a classifier (个, 家, 台, …) for counts
    approximate: bool
    start: int  # view offsets
    end: int
    text: str


def _count(m: re.Match, num: int, mult: int, unit: str, base: int, approx: bool) -> Found | None:
    raw = m.group(num).replace(",", "")
    if raw in ("一", "两", "二") and not m.group(mult):
        return None  # 一个, 两家: an article, not a figure
    try:
        v = number(raw) * _MULT[m.group(mult)]
    except (ValueError, KeyError):
        return None
    return Found("count", v, unit, approx, base + m.start(), base + m.end(), m.group())


# What a match needs, tested before each scan (the four scans were a quarter of value attachment;
# a test for one character class is a fast scan): a number's first character, and a character of
# each alternative of the pattern's last group (美元 … 港币 英镑; 吨, 吉瓦时 … 千伏, 平方米, 公里 …)
_NUMERAL = re.compile(rf"[\d{_CN_DIGITS}十百千]")
_MONEY_GATE = re.compile(r"[元币镑]")
_CAPACITY_GATE = re.compile(r"[吨瓦伏头只套台辆架艘米里W]")
_COUNT_GATE = re.compile(r"[个项家户名人座条所]")
_PERCENT_GATE = re.compile(r"[%％]")
_DURATION_GATE = re.compile(r"[天月年]")
_HALF = ("个半月", "年半")


def _duration(m: re.Match, base: int) -> Found | None:
    """A duration (87天, 5个月, 一年半) as a count of its unit; None for a lone 一 (一年来, 一天天: words
    more often than spans) and for a number of years that reads like a year (100 and more)."""
    raw = m.group(2)
    unit = m.group(4)
    if raw == "一" and unit not in _HALF:
        return None
    try:
        v = number(raw)
    except ValueError:
        return None
    if unit in _HALF:
        v += 0.5
    if v <= 0 or (unit.startswith("年") and v >= 100):
        return None
    approx = bool(m.group(1) and m.group(1) in ("约", "近", "超过", "不到", "不足")) or bool(m.group(3))
    approx = approx or unit == "个多月"
    name = {"个半月": "个月", "个多月": "个月", "年半": "年"}.get(unit, unit)
    return Found("duration", v, name, approx, base + m.start(), base + m.end(), m.group())


def find_quantities(text: str, base: int = 0) -> list[Found]:
    """Every amount of money, capacity, area, length, count and percentage in text, in text order."""
    out: list[Found] = []
    if not _NUMERAL.search(text):
        return out
    for m in MONEY.finditer(text) if _MONEY_GATE.search(text) else ():
        amt = _money(m)
        if amt is None:
            continue
        kind = "investment" if "投资" in text[max(0, m.start() - 6) : m.start()] else "amount"
        out.append(
            Found(kind, amt.value, amt.currency, amt.approximate, base + m.start(), base + m.end(), m.group())
        )
    for m in CAPACITY.finditer(text) if _CAPACITY_GATE.search(text) else ():
        unit = _UNIT.get(m.group(6))
        if m.group(6) == "架" and text.startswith("次", m.end()):
            continue  # 3200架次: sorties, another unit
        if unit is None:  # 头, 只, 套, 台, 辆, 架, 艘: a count
            if f := _count(m, 3, 5, m.group(6), base, bool(m.group(2) or m.group(4))):
                out.append(f)
            continue
        try:
            v = number(m.group(3).replace(",", "")) * _MULT[m.group(5)]
        except (ValueError, KeyError):
            continue
        if unit in ("kW", "kWh") and v >= 1000:
            unit, v = ("MW" if unit == "kW" else "MWh"), v / 1000  # 100万千瓦 = 1000 MW, 40万千瓦时 = 400 MWh
        if unit == "km2":
            unit, v = "m2", v * 1e6
        annual = bool(m.group(1))
        kind = "annualCapacity" if annual else _KIND.get(unit, "count")
        unit = "t/year" if annual and unit == "t" else unit
        out.append(
            Found(kind, v, unit, bool(m.group(2) or m.group(4)), base + m.start(), base + m.end(), m.group())
        )
    for m in COUNT.finditer(text) if _COUNT_GATE.search(text) else ():
        if m.group(6) == "个" and text[m.end() : m.end() + 1] in ("月", "百"):  # 5个月, 3个百分点
            continue
        if f := _count(m, 2, 4, m.group(6), base, bool(m.group(1) or m.group(3) or m.group(5))):
            out.append(f)
    for m in DURATION.finditer(text) if _DURATION_GATE.search(text) else ():
        if (f := _duration(m, base)) is not None:
            out.append(f)
    for m in PERCENT.finditer(text) if _PERCENT_GATE.search(text) else ():
        try:
            out.append(
                Found(
                    "percentage", number(m.group(1)), "%", False, base + m.start(), base + m.end(), m.group()
                )
            )
        except ValueError:
            continue
    out.sort(key=lambda f: (f.start, f.end))
    return out


def date_in(text: str, year: int | None) -> str:
    """The most precise date a sentence states, ISO formatted; month/day-only dates take the article's year."""
    if "年" not in text and "月" not in text:
        return ""  # every form writes one of them
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


@dataclass(frozen=True)
class FoundDate:
    iso: str  # 2023-10-26, 2023-10 or 2023
    start: int  # view offsets
    end: int
    text: str


_DATE_FORMS = (DATE_FULL, DATE_REL, DATE_MD, DATE_YM, DATE_Y)


def find_dates(text: str, year: int | None, base: int = 0) -> list[FoundDate]:
    """Every date a text states, most precise form first where forms overlap, ISO formatted. A month and
    day without a year take the year of an earlier date in the same text (2013年7月27日签约,8月7日开工),
    else the article's year, and are left out without one."""
    found: list[tuple[int, int, re.Pattern]] = []
    if "年" not in text and "月" not in text:
        return []  # every form writes one of them
    taken = bytearray(len(text))  # characters already part of a more precise date (linear time)
    for form in _DATE_FORMS:
        for m in form.finditer(text):
            if not any(taken[m.start() : m.end()]):
                found.append((m.start(), m.end(), form))
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    out: list[FoundDate] = []
    local = None  # the year of the last date in this text that writes one
    for s, e, form in sorted(found, key=lambda x: x[0]):
        written = text[s:e]
        iso = date_in(written, local if form is DATE_MD and local else year)
        if not iso:
            continue
        if form in (DATE_FULL, DATE_YM, DATE_Y):
            local = int(written[:4])
        out.append(FoundDate(iso, base + s, base + e, written))
        # 11月18日—22日, 5月8日至10日: a span of days in one month states its last day too (an event held
        # over those days has both dates; a span into another month writes that month, a date of its own)
        if len(iso) == 10 and (r := _DAY_SPAN_END.match(text, e)) is not None:
            if int(iso[8:]) < (last := int(r.group(1))) <= 31:
                out.append(
                    FoundDate(f"{iso[:8]}{last:02d}", base + r.start(1), base + r.end(), r.group(1) + "日")
                )
    return out


# the end of a span of days after a date (—22日, 至10日, -12日)
_DAY_SPAN_END = re.compile(r"(?:—{1,2}|–|-|~|～|至|到)(\d{1,2})日")


# a day written without its month (16日举办…, 记者19日获悉, the style of news agencies): not part of a
# longer date (5月16日, 18日—22日's end), not an ordinal (第3日), not a span (30日内, 3日后, 1日起)
DATE_D = re.compile(r"(?<![\d.月第年号—–\-~～至到])(\d{1,2})日(?![内前后起])")


def find_days(text: str, dateline: tuple[int, int, int] | None, base: int = 0) -> list[FoundDate]:
    """The days a text writes without their month, in the month of the article's dateline (year, month,
    day): a day up to the dateline's own (a later one would be last month's, which the text does not say)."""
    if dateline is None or "日" not in text:
        return []
    year, month, last = dateline
    out: list[FoundDate] = []
    for m in DATE_D.finditer(text):
        if 1 <= (day := int(m.group(1))) <= last:
            out.append(
                FoundDate(f"{year:04d}-{month:02d}-{day:02d}", base + m.start(), base + m.end(), m.group())
            )
    return out
