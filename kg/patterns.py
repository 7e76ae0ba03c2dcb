"""Regular expressions compiled where they are first used, not when their module is imported.

A build that extracts one article (an update of a built folder) imports every rule module, and
compiling a pattern costs far more than running it on one article (Python's re builds a 65,536-entry
map for each character class holding a CJK range such as [\\u4e00-\\u9fff]: about 1 ms each), while
a rule reached only by some articles never needs its patterns in most such runs. `lazy(p)` is a
module-level stand-in for `re.compile(p)`: it compiles p on the first use of any of its attributes
and from then on hands out the compiled pattern's own bound methods (no cost per call), so a rule
written `_RX = lazy(r"…")` next to its function and called `_RX.search(text)` compiles once per
process, and only in a process that reaches it. It is meant for patterns used through their methods
and attributes; a function of the re module (re.sub(p, …)) or isinstance(p, re.Pattern) needs the
compiled pattern itself (`compiled(p)`).
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator
from typing import Any, cast

# the attributes copied onto the stand-in when it compiles: later reads find them in its own dict
_COPIED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A pattern compiled on the first use of any of its attributes (see the module's text)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def compiled(self) -> re.Pattern[str]:
        rx = self.__dict__.get("_rx")
        if rx is None:
            with shared_charsets():
                rx = re.compile(*self._source)
            self.__dict__["_rx"] = rx
            for name in _COPIED:
                self.__dict__[name] = getattr(rx, name)
        return rx

    def __getattr__(self, name: str) -> Any:  # only for attributes not (yet) in the instance's dict
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), done when the result is first used (typed as the compiled pattern)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def compiled(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The compiled pattern of a lazy(…) stand-in (compiling it now), or rx itself if it is one."""
    return rx.compiled() if isinstance(rx, LazyPattern) else rx


# --- character sets optimised once per process ------------------------------------------------------
#
# Compiling a pattern, re optimises each character class (re._compiler._optimize_charset): a class
# holding a CJK range walks the range character by character (~1 ms for [\u4e00-\u9fff]), and kg's
# ~780 patterns hold 2,239 classes, 713 of them distinct ([\u4e00-\u9fff] alone ~200 times): 0.5 s of
# the 0.7 s that compiling them all costs, in every process that extracts (the build, each worker,
# an update). The optimisation is a function of the class and the case flags only, so while the rule
# modules are imported and lazy patterns compiled (`shared_charsets()`), its results are kept and
# handed out again (as copies): the compiled code is the very same (tests/test_patterns.py compares
# every kg pattern's code with and without). Outside those blocks re is left as it is; with a Python
# whose re lacks the function (or has another signature) nothing is changed.

_CHARSETS: dict[tuple, tuple[list, bool]] = {}
_SWAP = threading.Lock()
_DEPTH = [0]


def _memo_charset(original: Any) -> Any:
    def optimize(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
        try:
            key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
            hit = _CHARSETS.get(key)
        except TypeError:  # an unhashable item: as re does
            return original(charset, iscased, fixup, fixes)
        if hit is None:
            out, hascased = original(charset, iscased, fixup, fixes)
            hit = _CHARSETS[key] = (
                [(op, list(av) if isinstance(av, list) else av) for op, av in out],
                hascased,
            )
        out, hascased = hit
        return [(op, list(av) if isinstance(av, list) else av) for op, av in out], hascased

    optimize.original = original  # type: ignore[attr-defined]
    return optimize


def _compiler() -> Any:
    """re's compiler module if its _optimize_charset is the one this memo knows, else None."""
    import inspect

    try:
        import re._compiler as comp  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - Python < 3.11 names it sre_compile
        return None
    fn = getattr(comp, "_optimize_charset", None)
    fn = getattr(fn, "original", fn)
    try:
        params = list(inspect.signature(fn).parameters) if fn is not None else []
    except (TypeError, ValueError):  # pragma: no cover
        return None
    return comp if params == ["charset", "iscased", "fixup", "fixes"] else None


_COMPILER = _compiler()


@contextlib.contextmanager
def shared_charsets() -> Iterator[None]:
    """Within the block, re reuses the character sets it optimised before (see above). Nestable."""
    comp = _COMPILER
    if comp is None:
        yield
        return
    with _SWAP:
        if _DEPTH[0] == 0:
            comp._optimize_charset = _memo_charset(comp._optimize_charset)
        _DEPTH[0] += 1
    try:
        yield
    finally:
        with _SWAP:
            _DEPTH[0] -= 1
            if _DEPTH[0] == 0:
                comp._optimize_charset = comp._optimize_charset.original


# --- compiled code kept between processes ------------------------------------------------------
#
# What is left of compiling after lazy(): the patterns a build's articles reach, ~700 of them for one
# article, ~0.3 s of CPU in every process that extracts (an update of a built folder extracts one
# article: ~11 % of its CPU), nearly all in re's parser and in _optimize_charset over CJK ranges. What
# re makes of a pattern is a list of integers (its code) with the group names, and `_sre.compile`
# makes the pattern object from them at no cost; kept_codes() keeps each pattern's code once per
# machine and Python build in the temporary folder (as kg.gazetteer keeps its township tables and
# kg.runtime.wordtab jieba's), so a process that finds a pattern there only hands the code to
# `_sre.compile`. The pattern objects are those re.compile makes (the same code, flags and groups:
# tests/test_patterns.py compares them); re's own cache of compiled patterns is used as before
# (only its misses reach the kept code). This reads re's private interface: it is used only where
# that interface is as this code expects, and any failure compiles the pattern as re does.

_CODES_FORMAT = 1
_CODES_MAX = 20_000  # above this many kept patterns, the file keeps only those this process used


class _Codes:
    """The kept codes of this process: (pattern, flags) -> (flags, code, groups, groupindex, indexgroup)."""

    def __init__(self) -> None:
        import threading

        self.lock = threading.Lock()
        self.table: dict[tuple[str, int], tuple] | None = None
        self.used: set[tuple[str, int]] = set()
        self.added = 0
        self.depth = 0
        self.original: Any = None
        self.pid = 0


_KEPT = _Codes()
_SRE_COMPILE: list[Any] = []  # _sre.compile, found when kept_codes() is first entered


def _codes_path() -> Any:
    """The file of kept codes of this Python build (in the temporary folder)."""
    import hashlib
    import sys
    import tempfile
    from pathlib import Path

    sre = _internal("_sre")
    magic, size = getattr(sre, "MAGIC", 0), getattr(sre, "CODESIZE", 0)
    # (the code's layout is the interpreter's: one file per Python build)
    stamp = f"{_CODES_FORMAT}|{sys.version}|{sys.hexversion}|{magic}|{size}|{sys.maxunicode}"
    return Path(tempfile.gettempdir()) / f"kg-recode-{hashlib.sha1(stamp.encode()).hexdigest()[:16]}.marshal"


def _internal(name: str) -> Any:
    """One of re's private modules (_sre, re._compiler, re._parser), or None."""
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _usable() -> bool:
    """Whether re's private interface is the one _compile_kept reads (CPython 3.11 to 3.13 at least)."""
    sre, compiler, parser = _internal("_sre"), _internal("re._compiler"), _internal("re._parser")
    return all(
        callable(getattr(m, name, None))
        for m, name in ((sre, "compile"), (compiler, "compile"), (compiler, "_code"), (parser, "parse"))
    )


def _made(p: str, flags: int) -> tuple:
    """What re._compiler.compile hands _sre.compile for p (its code and groups), as plain data."""
    parsed = _internal("re._parser").parse(p, flags)
    code = _internal("re._compiler")._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # (the code's opcodes are int subclasses: kept as plain ints)
    return (
        int(flags | parsed.state.flags),
        [int(c) for c in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _compile_kept(p: Any, flags: int = 0) -> Any:
    """re._compiler.compile(p, flags) from the kept code when there is one (else made and kept)."""
    table = _KEPT.table
    if type(p) is not str or type(flags) is not int or flags & re.DEBUG or table is None:
        return _KEPT.original(p, flags)
    key = (p, flags)
    got = table.get(key)
    if got is None:
        got = _made(p, flags)  # (a pattern re cannot parse raises here, as re.compile would)
        with _KEPT.lock:
            table[key] = got
            _KEPT.added += 1
    _KEPT.used.add(key)
    try:
        return _SRE_COMPILE[0](p, got[0], got[1], got[2], dict(got[3]), got[4])
    except Exception:  # (kept code this Python refuses: compiled as re does)
        return _KEPT.original(p, flags)


def _load_codes() -> dict[tuple[str, int], tuple]:
    """The kept codes ({} when there is no file or it cannot be read)."""
    import marshal

    try:
        got = marshal.loads(_codes_path().read_bytes())  # (marshal.load of a file object: 4x slower)
        if (
            isinstance(got, dict)
            and got.get("format") == _CODES_FORMAT
            and isinstance(got.get("codes"), dict)
        ):
            return got["codes"]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return {}


def _save_codes() -> None:
    """Write the kept codes (atomically), those this process used only when the file has grown too large."""
    import marshal
    import os
    import tempfile
    from pathlib import Path

    table = _KEPT.table or {}
    if len(table) > _CODES_MAX:
        table = {k: v for k, v in table.items() if k in _KEPT.used}
    path = _codes_path()
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kg-recode-")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump({"format": _CODES_FORMAT, "codes": table}, f)
            os.replace(tmp, path)  # atomic: two processes writing it at once both leave a whole file
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):  # a read-only temporary folder: every process compiles as re does
        pass
    _KEPT.added = 0


class kept_codes(contextlib.ContextDecorator):  # noqa: N801 - a context manager, named as contextlib's
    """Within it (nested or not; or in a function it decorates), the patterns re compiles are made from
    the code kept in the temporary folder, and the code of those it did not hold is added to the file
    when the outermost one ends (in the process that entered it: a forked worker inherits the kept code
    but writes nothing)."""

    def __enter__(self) -> kept_codes:
        import os

        with _KEPT.lock:
            _KEPT.depth += 1
            if _KEPT.depth == 1 and _usable():
                _compiler = _internal("re._compiler")
                _SRE_COMPILE[:] = [_internal("_sre").compile]
                if _KEPT.table is None:
                    _KEPT.table = _load_codes()
                    _KEPT.pid = os.getpid()
                _KEPT.original = _compiler.compile
                _compiler.compile = _compile_kept
        return self

    def __exit__(self, *exc: object) -> None:
        import os

        with _KEPT.lock:
            _KEPT.depth -= 1
            if _KEPT.depth or _KEPT.original is None:
                return
            _internal("re._compiler").compile = _KEPT.original
            _KEPT.original = None
            save = _KEPT.added and _KEPT.pid == os.getpid()
        if save:
            _save_codes()
