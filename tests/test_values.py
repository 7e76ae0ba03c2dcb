"""Money, quantities and dates are normalised as written: case tables and a property for numerals."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg import values
from kg.values import date_in, find_dates, find_quantities, money


@pytest.mark.parametrize(
    "text, value, approximate, currency",
    [
        ("141.19万元", 1411900.0, False, "CNY"),
        ("1,411,900元", 1411900.0, False, "CNY"),  # thousands separators
        ("约31亿元", 3100000000.0, True, "CNY"),
        ("近10亿元", 1000000000.0, True, "CNY"),
        ("逾百亿元", 10000000000.0, True, "CNY"),
        ("3亿多元", 300000000.0, True, "CNY"),  # 多 after the multiplier
        ("5000余万元", 50000000.0, True, "CNY"),  # 余 before it
        ("十二亿元", 1200000000.0, False, "CNY"),  # Chinese numerals
        ("1.5万亿元", 1500000000000.0, False, "CNY"),
        ("5000万美元", 50000000.0, False, "USD"),
        ("2亿欧元", 200000000.0, False, "EUR"),
        ("截至2023年底,累计投资3亿元", 300000000.0, False, "CNY"),  # a year and a comma before it
    ],
)
def test_money(text, value, approximate, currency):
    assert money(text) == (value, approximate, currency)


@pytest.mark.parametrize("text", ["12亿", "投资力度很大", "3亿立方米"])
def test_no_money_without_a_currency(text):
    assert money(text) is None


@given(st.integers(min_value=1000, max_value=10**12))
def test_thousands_separators_read_back(n):
    assert money(f"共{n:,}元") == (float(n), False, "CNY")


def test_quantities_keep_their_unit_and_span():
    text = "总投资5000万美元,年产10万吨"
    found = find_quantities(text, base=100)
    assert [(f.kind, f.value, f.unit) for f in found] == [
        ("investment", 50000000.0, "USD"),
        ("annualCapacity", 100000.0, "t/year"),
    ]
    assert all(text[f.start - 100 : f.end - 100] == f.text for f in found)


@pytest.mark.parametrize(
    "text, kind, value, unit",
    [
        ("年产5万吨", "annualCapacity", 50000.0, "t/year"),
        ("年产1,000吨", "annualCapacity", 1000.0, "t/year"),
        ("1.05亿吨", "capacity", 105000000.0, "t"),  # 亿 multiplies the number before it
        ("十万吨", "capacity", 100000.0, "t"),
        ("装机容量100万千瓦", "capacity", 1000.0, "MW"),
        ("5吉瓦光伏", "capacity", 5.0, "GW"),
        ("200兆瓦时储能电站", "energy", 200.0, "MWh"),  # energy, not power
        ("40万千瓦时", "energy", 400.0, "MWh"),
        ("年产10吉瓦时储能电池", "annualCapacity", 10.0, "GWh"),
        ("占地3000平方米", "area", 3000.0, "m2"),
    ],
)
def test_quantities(text, kind, value, unit):
    assert [(f.kind, f.value, f.unit) for f in find_quantities(text)] == [(kind, value, unit)]


@pytest.mark.parametrize(
    "text, year, iso",
    [
        ("2023年10月28日举行", None, "2023-10-28"),
        ("10月28日举行", 2023, "2023-10-28"),
        ("2024年3月签约", None, "2024-03"),
        ("2022年,项目投产", None, "2022"),
        ("项目投产", 2023, ""),
        ("去年11月,丹东市商务局组织企业参展", 2024, "2023-11"),  # relative to the article's year
        ("今年3月26日签约", 2024, "2024-03-26"),
        ("去年11月", None, ""),
    ],
)
def test_dates(text, year, iso):
    assert date_in(text, year) == iso


# --- Chinese numerals: an independent rendering, read back ------------------------------------------
_ZH = "零一二三四五六七八九"


def _zh_section(n: int) -> str:
    """0 < n < 10000 in Chinese numerals, with 零 for a gap (一千零五, 三百零二)."""
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _ZH[d] + unit
    return out


def _zh_grouped(n: int, big: int, unit: str, below) -> str:
    """n written as (n // big) unit (n % big), with 零 where the rest skips a place."""
    if n < big:
        return below(n)
    head, rest = below(n // big) + unit, n % big
    if not rest:
        return head
    return head + ("零" if rest < big // 10 else "") + below(rest)


def _zh_number(n: int, liang: bool = False) -> str:
    """Any 0 < n < 10**16 in Chinese numerals with 万 and 亿 sections (the way papers write them)."""

    def wan(k: int) -> str:
        return _zh_grouped(k, 10**4, "万", _zh_section)

    s = _zh_grouped(n, 10**8, "亿", wan)
    if s.startswith("一十"):
        s = s[1:]  # 十五, not 一十五
    if liang and s.startswith("二") and s[1:2] in ("千", "百", "万", "亿"):
        s = "两" + s[1:]
    return s


@pytest.mark.parametrize(
    "text, value",
    [
        ("一千二百万元", 12_000_000.0),  # 一千二百 x 万, not 一千二 x 百万
        ("两千五百万元", 25_000_000.0),
        ("三千万元", 30_000_000.0),
        ("一亿二千万元", 120_000_000.0),
        ("十五亿元", 1_500_000_000.0),
        ("二百零五万元", 2_050_000.0),
        ("三点五亿元", 350_000_000.0),
        ("百万元", 1_000_000.0),
    ],
)
def test_chinese_numeral_money(text, value):
    assert money(text) == (value, False, "CNY")


@pytest.mark.parametrize("text", ["亿元以上项目", "第十届", "千万元级"])
def test_no_amount_without_a_number(text):
    assert money(text) is None or text == "千万元级" and money(text).value == 10_000_000.0


@given(st.integers(min_value=1, max_value=10**15 - 1), st.booleans())
def test_chinese_numeral_money_reads_back(n, liang):
    assert money(f"投资{_zh_number(n, liang)}元建设") == (float(n), False, "CNY")


@given(
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from([0, 1, 2]),
    st.sampled_from([("万", 10**4), ("亿", 10**8), ("千万", 10**7), ("万亿", 10**12), ("", 1)]),
)
def test_arabic_money_with_a_multiplier_reads_back(n, decimals, mult):
    word, factor = mult
    written = f"{n / 10**decimals:.{decimals}f}"
    v = money(f"总投资{written}{word}元,")
    assert v is not None and v.currency == "CNY"
    assert v.value == pytest.approx(n / 10**decimals * factor, rel=1e-9)


@given(st.integers(min_value=1, max_value=10**15 - 1))
def test_chinese_numeral_with_a_multiplier_suffix(n):
    """The number in Chinese, 万 or 亿 written after it as a multiplier: 一千二百万元, 三亿元."""
    sec = n % 10000 or 1
    assert money(f"{_zh_number(sec)}万元") == (sec * 1e4, False, "CNY")
    assert money(f"{_zh_number(sec)}亿美元") == (sec * 1e8, False, "USD")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("签约了13个招商项目", 13.0, "个"),
        ("5家企业成功签约", 5.0, "家"),
        ("集中开工重大项目96个", 96.0, "个"),
        ("惠及居民3.1万户", 31000.0, "户"),
        ("签约七个项目", 7.0, "个"),
        ("年出栏1万头", 10000.0, "头"),
        ("共有1222人", 1222.0, "人"),
    ],
)
def test_counts_keep_their_classifier(text, value, unit):
    assert [(f.kind, f.value, f.unit) for f in find_quantities(text)] == [("count", value, unit)]


@pytest.mark.parametrize("text", ["一个重要的项目", "不到5个月", "提高3个百分点", "第七批企业", "两家企业"])
def test_no_count_for_articles_durations_and_ordinals(text):
    assert [f for f in find_quantities(text) if f.kind == "count"] == []


@pytest.mark.parametrize(
    "text, year",
    [
        ("2022年10月8日,铁岭市召开会议。2021年,全市……", 2022),  # the dateline
        ("昨天,2017第二届世界义商大会举行。2016年义乌实现……", 2017),  # an edition year; latest on a tie
        ("国务院办公厅关于……的复函\n国办函〔2024〕83号", 2024),  # a document number
        ("截至2021年底,山东省……2011年,……2015年,……", 2021),  # 截至 is the past
        ("2022年,全市……2022年……到2025年,力争……2023—2025年行动", 2022),  # targets look ahead
        ("从1990年代开始种菠萝", None),  # a decade is not a year
        ("今年3月,项目开工", None),  # no year written: none guessed
    ],
)
def test_article_year_from_its_text(text, year):
    from kg.ingest import article_year

    assert article_year(text) == year


@pytest.mark.parametrize(
    "rx, gate",
    [
        (values.MONEY, values._MONEY_GATE),
        (values.CAPACITY, values._CAPACITY_GATE),
        (values.COUNT, values._COUNT_GATE),
        (values.PERCENT, values._PERCENT_GATE),
    ],
)
def test_each_quantity_gate_holds_a_character_of_every_unit(rx, gate):
    """find_quantities scans for a pattern only where its gate matches: every unit, currency or
    classifier the pattern ends with (its last group) must hold a character of the gate."""
    last = re.search(r"\(([^()]*)\)(?:\(\?:级\)\?)?$", rx.pattern)
    units = last.group(1).split("|") if last else ["%"]
    assert units and all(gate.search(u) for u in units), units
    for u in units:
        assert find_quantities(f"约12{u}") or rx is values.PERCENT, u  # every unit still read


def test_dates_and_figures_need_their_characters():
    assert find_quantities("没有数字的句子") == [] and find_dates("没有日期的句子", 2023) == []
    assert date_in("十月的会议", 2023) == "" and date_in("2023年3月", None) == "2023-03"
