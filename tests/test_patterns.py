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


def _rule_modules() -> list:
    mods = [
        importlib.import_module(f"kg.extractors.{m.name}")
        for m in pkgutil.iter_modules(kg.extractors.__path__)
    ]
    mods += [
        importlib.import_module(f"kg.relations.{m.name}") for m in pkgutil.iter_modules(kg.relations.__path__)
    ]
    return [*mods, importlib.import_module("kg.resolve"), importlib.import_module("kg.attach")]


def test_every_lazy_rule_pattern_compiles() -> None:
    """Every lazy pattern of the extractors, relation rules and resolution compiles (a typo would
    otherwise fail only in the build that first reaches its rule)."""
    found = [obj for mod in _rule_modules() for obj in vars(mod).values() if isinstance(obj, LazyPattern)]
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


# --- kg.patterns.kept_codes: the code re makes of a pattern, kept between processes -------------

KEPT_CASES = [
    *CASES,
    (r"(?i)kg\s*(?:news|新闻)", "KG News 与 kg新闻"),
    (r"^第.{1,3}届$", "第十二届"),
    (r"(?x) (?P<n>\d+) \s* (?P<u>万?元)  # 金额", "投资 120 万元"),
]


@pytest.fixture
def kept_file(tmp_path, monkeypatch):
    """kept_codes() with its file in tmp_path and an empty table in this process (as a new one)."""
    import kg.patterns as P

    path = tmp_path / "codes.marshal"
    monkeypatch.setattr(P, "_codes_path", lambda: path)
    monkeypatch.setattr(P._KEPT, "table", None)
    monkeypatch.setattr(P._KEPT, "added", 0)
    re.purge()
    yield path
    re.purge()  # (patterns made here are re.compile's own, but leave re's cache as other tests find it)


def _fresh_process() -> None:
    import kg.patterns as P

    P._KEPT.table = None
    re.purge()


@pytest.mark.parametrize(("pattern", "text"), KEPT_CASES)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.MULTILINE | re.DOTALL, re.ASCII])
def test_a_pattern_from_kept_code_is_the_one_re_makes(kept_file, pattern: str, text: str, flags: int) -> None:
    from kg.patterns import _made, kept_codes

    rx = re.compile(pattern, flags)
    re.purge()  # (else re's own cache answers)
    for _ in range(2):  # made and kept, then from the file in a "new process"
        with kept_codes():
            got = re.compile(pattern, flags)
        assert got is not rx
        assert (got.pattern, got.flags, got.groups, dict(got.groupindex)) == (
            rx.pattern,
            rx.flags,
            rx.groups,
            dict(rx.groupindex),
        )
        span = lambda m: None if m is None else (m.span(), m.groups(), m.groupdict())  # noqa: E731
        for t in (text, text.upper(), "\n" + text + "\n", ""):
            assert [span(m) for m in got.finditer(t)] == [span(m) for m in rx.finditer(t)]
            assert got.sub("X", t) == rx.sub("X", t)
        assert kept_file.is_file()
        _fresh_process()
    from kg.patterns import _load_codes

    assert _load_codes()[(pattern, flags)] == _made(pattern, flags)  # the very code re makes


def test_kept_codes_is_scoped_and_nests(kept_file) -> None:
    from importlib import import_module

    from kg.patterns import _compile_kept, kept_codes

    compiler = import_module("re._compiler")
    original = compiler.compile
    with kept_codes():
        assert compiler.compile is _compile_kept
        with kept_codes():
            re.compile("一个(嵌套)的作用域")
        assert compiler.compile is _compile_kept  # the inner one ending leaves the outer one's
        assert not kept_file.exists()  # written when the outermost one ends
    assert compiler.compile is original
    assert kept_file.is_file()
    with pytest.raises(re.error), kept_codes():  # a pattern re refuses fails as it does
        re.compile("(未闭合")
    assert compiler.compile is original


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\x00" * 40])
def test_an_unreadable_kept_file_is_written_again(kept_file, content: bytes) -> None:
    from kg.patterns import _load_codes, kept_codes

    kept_file.write_bytes(content)
    with kept_codes():
        got = re.compile("某某(市|县)人民政府")
    assert got.fullmatch("某某县人民政府")
    assert ("某某(市|县)人民政府", 0) in _load_codes()


def test_every_rule_pattern_from_kept_code_is_the_one_re_makes(kept_file) -> None:
    """Every pattern of the rule modules (compiled at import or lazy), compiled under kept_codes and
    then from the file: the code kept is exactly what re makes of it, and the pattern is re's."""
    from kg.patterns import _load_codes, _made, kept_codes

    sources = set()
    for mod in _rule_modules():
        for obj in vars(mod).values():
            if isinstance(obj, LazyPattern):
                sources.add(obj._source)
            elif isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
                sources.add((obj.pattern, obj.flags))
    assert len(sources) > 300
    with kept_codes():
        for p, f in sources:
            re.compile(p, f)
    kept = _load_codes()
    assert set(kept) >= sources
    _fresh_process()
    ref = {src: re.compile(*src) for src in sources}  # re's own
    re.purge()
    with kept_codes():
        for src, rx in ref.items():
            assert kept[src] == _made(*src), src[0]
            got = re.compile(*src)
            assert got is not rx
            assert (got.pattern, got.flags, got.groups, dict(got.groupindex)) == (
                rx.pattern,
                rx.flags,
                rx.groups,
                dict(rx.groupindex),
            )
