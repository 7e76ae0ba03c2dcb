"""jieba's part-of-speech and frequency tables as a sorted file looked up in place (no 1 s load per process).

Extraction asks jieba's dictionary for a few hundred words an article (their tag, their frequency).
Loading the two tables the way jieba does (its prefix dictionary and `jieba.posseg`'s tag table)
costs about 1.2 s of CPU in every process that extracts: most of the time of a rebuild that
re-extracts one article, and once per `--jobs` worker. This module writes, once per machine and
dictionary file, the distinct words of jieba's dictionary with the tag and frequency jieba keeps for
each (the last line of a word wins, as in both of jieba's loaders), sorted by their UTF-8 bytes,
with an index of where each line starts; a lookup is a binary search in the memory-mapped file.
A word jieba knows only as a prefix of longer words (frequency 0 in jieba's table) or not at all
gets frequency 0 and tag "" here too. tests/test_extract.py checks every word against jieba's own
tables.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import tempfile
from array import array
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

FORMAT = 1
_MAGIC = b"kgwordtab1\n"
_STEP = 256  # words of the file between two entries of the in-memory index


def dictionary() -> Path:
    """jieba's default dictionary file (what `jieba.initialize()` and `jieba.posseg` read)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:  # pragma: no cover - jieba is a declared dependency
        raise ImportError("jieba is not installed")
    return Path(spec.origin).parent / "dict.txt"


def read_dictionary(path: Path) -> dict[bytes, tuple[int, bytes]]:
    """word -> (frequency, tag) as jieba reads path: lines "word freq tag", the last line of a word wins."""
    table: dict[bytes, tuple[int, bytes]] = {}
    with open(path, "rb") as f:
        for line in f:
            parts = line.strip().split(b" ")
            if len(parts) >= 2 and parts[0]:
                table[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else b"")
    return table


def _write(path: Path, table: dict[bytes, tuple[int, bytes]]) -> None:
    words = sorted(table)
    starts = array("Q")
    body = bytearray()
    for w in words:
        freq, tag = table[w]
        starts.append(len(body))
        body += w + b"\t" + str(freq).encode() + b"\t" + tag + b"\n"
    head = _MAGIC + len(words).to_bytes(8, "little")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kgwordtab-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(head + starts.tobytes() + bytes(body))
        os.replace(tmp, path)  # atomic: two processes building it at once both leave a whole file
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class WordTable:
    """The tag and frequency of a word of jieba's dictionary, read from the sorted file."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as f:
            self._data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        if self._data[: len(_MAGIC)] != _MAGIC:
            raise ValueError(f"{path}: not a word table")
        n = int.from_bytes(self._data[len(_MAGIC) : len(_MAGIC) + 8], "little")
        at = len(_MAGIC) + 8
        self._starts = array("Q")
        self._starts.frombytes(self._data[at : at + 8 * n])
        self._base = at + 8 * n
        self._n = n
        self._index: list[bytes] | None = None  # every _STEP-th word, read on the first lookup

    def _word(self, i: int) -> bytes:
        at = self._base + self._starts[i]
        return self._data[at : self._data.find(b"\t", at)]

    def entry(self, word: str) -> tuple[int, str]:
        """(frequency, tag) of word; (0, "") if jieba's dictionary does not list it."""
        w = word.encode("utf-8")
        index = self._index
        if index is None:  # (about 1,400 words: a millisecond, once)
            index = self._index = [self._word(i) for i in range(0, self._n, _STEP)]
        # the block whose first word is the last one not after w, searched in memory; then the block
        lo = (bisect_right(index, w) - 1) * _STEP
        if lo < 0:
            return 0, ""  # before the first word
        i = bisect_left(range(self._n), w, lo, min(lo + _STEP, self._n), key=self._word)
        if i == self._n or self._word(i) != w:
            return 0, ""
        at = self._base + self._starts[i] + len(w) + 1
        end = self._data.find(b"\n", at)
        freq, tag = self._data[at:end].split(b"\t")
        return int(freq), tag.decode("utf-8")


def _cache_path(source: Path) -> Path:
    st = source.stat()
    stamp = f"{FORMAT}|{source.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()
    return Path(tempfile.gettempdir()) / f"kg-wordtab-{hashlib.sha1(stamp).hexdigest()[:16]}.tab"


@lru_cache(maxsize=1)
def table() -> WordTable:
    """The table of jieba's dictionary, written to the temporary folder on first use (as jieba caches
    its own prefix dictionary there); rewritten if it cannot be read."""
    source = dictionary()
    path = _cache_path(source)
    try:
        return WordTable(path)
    except (OSError, ValueError):
        _write(path, read_dictionary(source))
        return WordTable(path)
