"""kg.patterns.lazy: a pattern compiled where it is first used behaves as re.compile's."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import kg.extractors
import kg.relations
from kg.patterns import LazyPattern, compiled, lazy

# (pattern, text): invented phrases of the kinds the rules read
CASES = [
    (r"(启动实施|开展|实施|启动)以来[，,]", "该行动启动实施以来，全市新增企业"),
    (r"[、和及与]", "福塘、德孚和斗山"),
    (r"\(.*?\)", "某某线束系统(铁岭)有限公司"),
    (r"(有限公司|有限责任公司|集团|公司)$", "辽宁某某新材料有限公司"),
    (r"(?P<firm>[\u4e00-\u9fff]{2,8}?)(?:公司|集团)", "甲乙丙公司与丁戊集团签约"),
    (r"出席|参加|莅临|见证", "市领导出席签约仪式"),
    (r"无此词", "一句不含它的话"),
]


@pytest.mark.parametrize(("pattern", "text"), CASES)
def test_same_results_as_compiled(pattern: str, text: str) -> None:
    rx, lz = re.compile(pattern), lazy(pattern)
    span = lambda m: None if m is None else (m.span(), m.groups())  # noqa: E731
    assert span(lz.search(text)) == span(rx.search(text))
    assert span(lz.match(text)) == span(rx.match(text))
    assert span(lz.fullmatch(text)) == span(rx.fullmatch(text))
    assert [span(m) for m in lz.finditer(text)] == [span(m) for m in rx.finditer(text)]
    assert lz.findall(text) == rx.findall(text)
    assert lz.split(text) == rx.split(text)
    assert lz.sub("X", text) == rx.sub("X", text)
    assert lz.subn("X", text, count=1) == rx.subn("X", text, count=1)
    assert (lz.pattern, lz.flags, lz.groups, dict(lz.groupindex)) == (
        rx.pattern,
        rx.flags,
        rx.groups,
        dict(rx.groupindex),
    )
    assert span(lz.search(text, 2)) == span(rx.search(text, 2))


def test_compiled_on_first_use_only_once() -> None:
    lz = lazy(r"开工|投产|竣工")
    assert isinstance(lz, LazyPattern)
    assert "_rx" not in vars(lz)  # nothing compiled when made
    assert lz.search("项目当年开工").group() == "开工"
    first = compiled(lz)
    assert isinstance(first, re.Pattern)
    assert compiled(lz) is first  # compiled once
    assert lz.search == first.search  # the compiled pattern's own method, from the stand-in's dict
    assert compiled(first) is first  # a compiled pattern is its own


def test_flags_and_errors() -> None:
    lz = lazy(r"^项目$", re.MULTILINE)
    assert lz.findall("项目\n工程\n项目") == ["项目", "项目"]
    bad = lazy(r"(未闭合")  # a bad pattern fails where it is first used
    with pytest.raises(re.error):
        bad.search("未闭合")
    with pytest.raises(AttributeError):
        lz.__no_such_dunder__  # noqa: B018


def test_every_lazy_rule_pattern_compiles() -> None:
    """Every lazy pattern of the extractors, relation rules and resolution compiles (a typo would
    otherwise fail only in the build that first reaches its rule)."""
    mods = [
        importlib.import_module(f"kg.extractors.{m.name}")
        for m in pkgutil.iter_modules(kg.extractors.__path__)
    ]
    mods += [
        importlib.import_module(f"kg.relations.{m.name}") for m in pkgutil.iter_modules(kg.relations.__path__)
    ]
    mods += [importlib.import_module("kg.resolve"), importlib.import_module("kg.attach")]
    found = [obj for mod in mods for obj in vars(mod).values() if isinstance(obj, LazyPattern)]
    assert len(found) > 50
    for obj in found:
        assert isinstance(compiled(obj), re.Pattern)


def _rule_patterns() -> list[tuple[str, int]]:
    """(source, flags) of every module-level pattern of the extractors, relation rules, relation
    table rows, ingest and resolution (compiled, lazy or inside a Scan)."""
    from kg.relations import table
    from kg.scan import Scan

    mods = [
        importlib.import_module(f"kg.extractors.{m.name}")
        for m in pkgutil.iter_modules(kg.extractors.__path__)
    ]
    mods += [
        importlib.import_module(f"kg.relations.{m.name}") for m in pkgutil.iter_modules(kg.relations.__path__)
    ]
    mods += [importlib.import_module(n) for n in ("kg.resolve", "kg.attach", "kg.ingest", "kg.values")]
    out: dict[tuple[str, int], None] = {}
    for mod in mods:
        for obj in vars(mod).values():
            if isinstance(obj, Scan):
                obj = obj.rx
            if isinstance(obj, LazyPattern):
                obj = compiled(obj)
            if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
                out[(obj.pattern, obj.flags)] = None
    for row in table.ROWS:
        out[(row.pattern.pattern, row.pattern.flags)] = None
    return list(out)


def test_shared_charsets_compile_the_same_code() -> None:
    """kg.patterns.shared_charsets hands out re's optimised character sets again: every rule
    pattern compiled within it has the code re compiles without it (Pattern equality compares the
    compiled code), including classes with case folding and negated or CJK ranges; outside the block
    re's own function is back."""
    import re._compiler as comp  # type: ignore[import-not-found]

    from kg import patterns

    if patterns._COMPILER is None:
        pytest.skip("this Python's re has another _optimize_charset")
    original = comp._optimize_charset
    sources = _rule_patterns() + [
        (r"[a-zA-Z\u4e00-\u9fff]+", re.IGNORECASE),
        (r"[^\u4e00-\u9fff，。]{2,}", 0),
        (r"[\u4e00-\u9fff][\u4e00-\u9fff]", 0),
        (r"[\w&]|[ǅ-ǆ]", re.IGNORECASE),
    ]
    assert len(sources) > 500
    plain = [comp.compile(p, f) for p, f in sources]  # (compile directly: not re's own cache)
    with patterns.shared_charsets():
        assert comp._optimize_charset is not original
        with patterns.shared_charsets():  # nested: still shared, restored by the outer block only
            pass
        assert comp._optimize_charset is not original
        shared = [comp.compile(p, f) for p, f in sources]
        again = [comp.compile(p, f) for p, f in sources]  # every set from the memo now
    assert comp._optimize_charset is original
    for (p, _), a, b, c in zip(sources, plain, shared, again, strict=True):
        assert a == b == c, p
