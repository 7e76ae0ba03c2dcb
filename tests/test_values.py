"""Money, quantities and dates are normalised as written: case tables and a property for numerals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.values import date_in, find_quantities, money


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
