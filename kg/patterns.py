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
