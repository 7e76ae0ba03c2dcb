"""Turtle that every parser reads the same: no prefixed name with an escaped local name.

Oxigraph writes ``kgr:company/0075…`` as ``kgr:company\\/0075…`` (``/`` is not allowed bare in a Turtle
local name, so it is escaped as the grammar says). Some parsers in service do not undo such escapes
(Virtuoso 7 stores the IRI with the backslash), so such IRIs are written in full. Every kg resource
IRI has a ``/`` after the ``kgr:`` namespace, so that prefix is not offered to the writer at all
(Oxigraph then writes the IRIs in full itself, at no cost); any other prefixed name that still comes
out escaped is rewritten here, streaming, line by line (Oxigraph never breaks a term across lines).
Oxigraph does all the writing otherwise (literal escapes, grouping, the other prefixes).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import IO, cast

import pyoxigraph as ox

# a string literal (skipped as it is), or a prefixed name with a backslash in its local name, where a
# term starts (after whitespace or a datatype's ^^); Oxigraph puts a space before , ; and .
_TOKEN = re.compile(rb'"(?:[^"\\\n]|\\.)*"|(?<![^\s^])([A-Za-z][\w.-]*)?:(\S*\\\S*)')
_ESCAPE = re.compile(rb"\\(.)")
# a cheap first look: a local name's escapes (PN_LOCAL_ESC) are a backslash and one of these; a
# literal's escapes (\" \\ \n \t \u…) never are, though a literal's \\ before one of them may be
_SUSPECT = re.compile(rb"\\[_~.\-!$&'()*+,;=/?#@%]")
TURTLE_EXCLUDED = frozenset({"kgr"})  # namespaces whose local names always need an escape


class _Expand:
    """Replaces escaped prefixed names in Turtle bytes by full IRIs."""

    def __init__(self, prefixes: Mapping[str, str]):
        self.ns = {k.encode("ascii"): v.encode("utf-8") for k, v in prefixes.items()}

    def _term(self, m: re.Match[bytes]) -> bytes:
        local = m.group(2)
        if local is None:
            return m.group(0)
        ns = self.ns.get(m.group(1) or b"")
        if ns is None:
            return m.group(0)
        return b"<" + ns + _ESCAPE.sub(rb"\1", local) + b">"

    def __call__(self, data: bytes) -> bytes:
        return _TOKEN.sub(self._term, data) if _SUSPECT.search(data) else data


class _ExpandingWriter:
    """A binary file object for ox.serialize that passes complete lines through _Expand to out."""

    def __init__(self, out: IO[bytes], expand: _Expand):
        self.out, self.expand, self.pending = out, expand, b""

    def write(self, data) -> int:
        chunk = self.pending + bytes(data)
        cut = chunk.rfind(b"\n") + 1
        self.pending = chunk[cut:]
        if cut:
            self.out.write(self.expand(chunk[:cut]))
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if self.pending:
            self.out.write(self.expand(self.pending))
            self.pending = b""


Triples = Iterable[ox.Triple] | Iterable[ox.Quad]


def _prefixes(prefixes: Mapping[str, str] | None) -> dict[str, str]:
    if prefixes is None:
        from .rdf import PREFIXES

        prefixes = PREFIXES
    return {k: v for k, v in prefixes.items() if k not in TURTLE_EXCLUDED}


def turtle(triples: Triples, prefixes: Mapping[str, str] | None = None) -> bytes:
    """triples as Turtle with prefixes (default: kg's but kgr) and no escaped local names."""
    pfx = _prefixes(prefixes)
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=pfx)
    assert data is not None  # no output given: the bytes are returned
    return _Expand(pfx)(data)


def turtle_stream(
    triples: Triples, output: str | os.PathLike[str] | IO[bytes], prefixes: Mapping[str, str] | None = None
) -> None:
    """Write triples as Turtle (as turtle() does) to a path or a binary file object, streaming."""
    if isinstance(output, str | os.PathLike):
        with open(output, "wb") as f:
            turtle_stream(triples, f, prefixes)
        return
    pfx = _prefixes(prefixes)
    w = _ExpandingWriter(output, _Expand(pfx))
    ox.serialize(triples, cast("IO[bytes]", w), format=ox.RdfFormat.TURTLE, prefixes=pfx)
    w.close()
