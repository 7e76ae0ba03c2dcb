#!/usr/bin/env python3
"""Dump what extraction gives each article, and each set's graph, to check a speed change alters nothing.

For every article of the development sets (seeds, fixtures, heldout, ../shared/dev, dev2-dev21; never
tests/unseen) and the first --bench articles of the benchmark corpus, writes one line per mention
and per relation candidate (every field) and the context's home fields, then builds each set (and the
benchmark articles as one corpus) and keeps its graph.ttl, whose values and entities come from
resolution and kg.values/kg.attach. Compare two dumps with `diff -r` (or --compare).

    python scripts/extract_dump.py /tmp/before                 # 1,000 benchmark articles + every set
    python scripts/extract_dump.py /tmp/after --compare /tmp/before
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():
    SHARED = Path("/work/shared")
SETS = {
    "seeds": (ROOT / "seeds", "辽宁日报"),
    "fixtures": (ROOT / "tests/fixtures/articles", "辽宁日报"),
    "heldout": (ROOT / "tests/heldout/articles", "辽宁日报"),
    "dev": (SHARED / "dev/texts", ""),
    **{f"dev{i}": (ROOT / f"tests/dev{i}/texts", "") for i in range(2, 22)},
}


def _mention(m) -> str:
    return repr(
        (
            m.start,
            m.end,
            m.vstart,
            m.vend,
            m.text,
            m.surface,
            m.original,
            m.type,
            m.rule,
            m.confidence,
            m.label,
            m.code,
            m.parent_code,
            m.sentence,
            m.parts,
        )
    )


def dump_article(path: Path, publisher: str) -> list[str]:
    """Lines describing everything extract() gives the article at path."""
    from kg.extract import extract
    from kg.ingest import decode, make_document

    text, enc = decode(path.read_bytes(), str(path))
    ctx = extract(make_document(text, path.name, enc, str(path), None), publisher=publisher)
    index = {id(m): i for i, m in enumerate(ctx.mentions)}
    out = [
        f"# {path.name} home={ctx.home_city}/{ctx.home_province}/{ctx.home_county}/"
        f"{ctx.home_county_first} publisher={ctx.publisher}"
    ]
    out += [f"M{i} {_mention(m)}" for i, m in enumerate(ctx.mentions)]
    for c in ctx.candidates:
        s = index.get(id(c.subject))
        o = index.get(id(c.object))
        out.append(
            "C "
            + repr(
                (
                    c.predicate,
                    s if s is not None else _mention(c.subject),
                    o if o is not None else _mention(c.object),
                    c.rule,
                    c.confidence,
                    c.vstart,
                    c.vend,
                    c.amount,
                    c.currency,
                    c.approximate,
                    c.date,
                    c.title,
                )
            )
        )
    return out


def dump_set(name: str, files: list[Path], publisher: str, dest: Path) -> None:
    from kg.pipeline import build

    with open(dest / f"{name}.mentions", "w", encoding="utf-8") as f:
        for p in files:
            f.write("\n".join(dump_article(p, publisher)) + "\n")
    with tempfile.TemporaryDirectory() as tmp:
        build(
            files, Path(tmp) / "out", publisher=publisher, html=False, strict=False, cache=False, store=False
        )
        shutil.copy(Path(tmp) / "out" / "graph.ttl", dest / f"{name}.ttl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dest", type=Path)
    ap.add_argument("--bench", type=int, default=1000, help="benchmark articles (seed 7)")
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/kg-bench/corpus"))
    ap.add_argument("--compare", type=Path, help="a dump to compare with")
    ap.add_argument("--only", default="", help="just this set (bench for the benchmark)")
    a = ap.parse_args()
    a.dest.mkdir(parents=True, exist_ok=True)
    sets = dict(SETS)
    if a.bench:
        from bench import make_corpus  # type: ignore[import-not-found]

        files = sorted(a.corpus.glob("*.txt"))[: a.bench]
        if len(files) < a.bench:
            files = make_corpus(a.corpus, a.bench)
        sets["bench"] = (a.corpus, "")
    for name, (folder, publisher) in sets.items():
        if a.only and name != a.only:
            continue
        files = sorted(folder.glob("*.txt"))
        if name == "bench":
            files = files[: a.bench]
        dump_set(name, files, publisher, a.dest)
        print(name, len(files), "articles", file=sys.stderr)
    if a.compare:
        names = sorted(p.name for p in a.dest.iterdir())
        _, bad, missing = filecmp.cmpfiles(a.compare, a.dest, names, shallow=False)
        for n in bad + missing:
            print("DIFFERS:", n)
        print("identical" if not bad and not missing else f"{len(bad) + len(missing)} files differ")
        sys.exit(1 if bad or missing else 0)


if __name__ == "__main__":
    main()
