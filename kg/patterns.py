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

import re
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
