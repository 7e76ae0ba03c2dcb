#!/usr/bin/env python3
"""Benchmark `kg build` against plain jieba segmentation on a synthetic corpus (issue 7).

The corpus (default: 10,000 articles, over 30 MB, written under /tmp) recombines the paragraphs
of seeds/*.txt and tests/fixtures/articles/*.txt, substituting the place names found by the
gazetteer with other places of the same level, company names with generated ones and numbers with
random ones, so that extraction and resolution do real work on many distinct names.

For each size it prints, on the same text: the time of `jieba.lcut` over every article, the time
of the full build (read, extract, resolve, RDF, store; no HTML), their ratio, articles/s, MB/s and
peak memory (of the build process and of its pool workers), for every --jobs value, plus the
speedup over --jobs 1. Every measurement runs in a fresh process.

    python scripts/bench.py                       # 1k, 5k, 10k articles; --jobs 1 and 2
    python scripts/bench.py --sizes 300 --jobs 1,2
    python scripts/bench.py --sizes 1000 --profile 300   # also profile extraction of 300 articles
    python scripts/bench.py --sizes 10000 --jobs 1 --no-mentions   # the lean provenance mode
    python scripts/bench.py --sizes 1000 --jobs 1 --floor  # also the store's own cost for the same graph
    python scripts/bench.py --sizes 1000 --jobs 1 --incremental  # unchanged, one article changed, back
    python scripts/bench.py --sizes 10000 --jobs 1 --queries  # also every bundled query on the store
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_VERSION = 1

# --- corpus --------------------------------------------------------------------------------------

BRANDS = list("恒通华瑞鑫源宏达金盛泰安康顺和兴隆丰利信德新远博润天成嘉禾中科永昌汇明东方银海鼎祥凯联伟业")
INDUSTRIES = [
    "农牧科技",
    "新能源",
    "新材料",
    "生物科技",
    "食品",
    "机械制造",
    "智能装备",
    "环保科技",
    "物流",
    "电力",
    "化工",
    "医药",
    "汽车零部件",
    "现代农业",
    "数字科技",
    "光伏",
    "储能",
    "纺织",
    "建材",
    "矿业",
]
COMPANY = re.compile(r"([\u4e00-\u9fff]{2,6})(股份有限公司|有限责任公司|有限公司|集团)")
NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")


def _sources() -> list[str]:
    from kg.ingest import decode

    texts = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "fixtures" / "articles"):
        for p in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            try:
                texts.append(decode(p.read_bytes(), str(p))[0])
            except Exception:
                continue
    if not texts:
        sys.exit("bench: no source articles in seeds/ or tests/fixtures/articles/")
    return texts


def _place_pools():
    from kg.gazetteer import load, short_form

    gaz = load()
    pools: dict[tuple[int, bool], list[str]] = {}
    for p in gaz.by_code.values():
        pools.setdefault((p.level, False), []).append(p.name)
        sf = short_form(p.name)
        if sf and len(gaz.short.get(sf, [])) == 1 and sf not in gaz.full:
            pools.setdefault((p.level, True), []).append(sf)
    return gaz, {k: sorted(v) for k, v in pools.items()}


def _place_spans(gaz, text: str) -> list[tuple[int, int, int, bool]]:
    """Non-overlapping (start, end, level, is_short) of Liaoning place names in text, longest first."""
    found = []
    for s, e, name in gaz.iter_matches(text):
        codes = gaz.full.get(name) or gaz.short.get(name) or []
        codes = [c for c in codes if c.startswith("21")]  # the seeds are about Liaoning
        if len(name) >= 2 and codes:
            found.append((s, e, gaz.by_code[codes[0]].level, name not in gaz.full))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out, last = [], -1
    for s, e, lvl, short in found:
        if s >= last:
            out.append((s, e, lvl, short))
            last = e
    return out


def _article(rng: random.Random, paras: list[list[str]], titles: list[str], gaz, pools) -> str:
    target = rng.randint(2300, 4300)
    lines = [rng.choice(titles)]
    if rng.random() < 0.6:
        lines.append(
            "本报记者 "
            + rng.choice("王李张刘陈杨赵黄周吴")
            + "".join(rng.choice("晓明华军丽波强伟静") for _ in range(rng.randint(1, 2)))
        )
    size = sum(len(x.encode()) for x in lines)
    while size < target:
        src = rng.choice(paras)
        i = rng.randrange(len(src))
        for line in src[i : i + rng.randint(1, 4)]:
            lines.append(line)
            size += len(line.encode()) + 2
    text = "\n\n".join(lines) + "\n"
    # places: one consistent substitute per name within the article
    mapping: dict[str, str] = {}
    out, pos = [], 0
    for s, e, lvl, short in _place_spans(gaz, text):
        name = text[s:e]
        if name not in mapping:
            pool = pools.get((lvl, short)) or pools[(lvl, False)]
            mapping[name] = rng.choice(pool) if rng.random() < 0.85 else name
        out.append(text[pos:s])
        out.append(mapping[name])
        pos = e
    out.append(text[pos:])
    text = "".join(out)
    companies: dict[str, str] = {}

    def company(m: re.Match) -> str:
        core = m.group(1)
        if core not in companies:
            companies[core] = rng.choice(BRANDS) + rng.choice(BRANDS) + rng.choice(INDUSTRIES)
        return companies[core] + m.group(2)

    text = COMPANY.sub(company, text)

    def number(m: re.Match) -> str:
        s = m.group(0)
        if re.fullmatch(r"(19|20)\d\d", s) or len(s) > 6:
            return s
        return "".join(
            str(rng.randint(1 if k == 0 else 0, 9)) if ch.isdigit() else ch for k, ch in enumerate(s)
        )

    return NUMBER.sub(number, text)


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """Write n synthetic articles into folder (reused if already there) and return their paths."""
    texts = _sources()
    stamp = hashlib.sha1(f"{CORPUS_VERSION}|{seed}|".encode() + "\0".join(texts).encode()).hexdigest()
    manifest = folder / "MANIFEST"
    files = [folder / f"{i:05d}.txt" for i in range(n)]
    if manifest.is_file():  # articles are generated in sequence: a bigger corpus contains a smaller one
        have_stamp, _, have = manifest.read_text().partition(" ")
        if have_stamp == stamp and int(have or 0) >= n:
            return files
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    gaz, pools = _place_pools()
    paras = [[ln.strip() for ln in t.splitlines() if len(ln.strip()) >= 10] for t in texts]
    paras = [p for p in paras if p]
    titles = [
        ln.strip()
        for t in texts
        for ln in t.splitlines()
        if 6 <= len(ln.strip()) < 40 and not ln.strip().endswith("。")
    ]
    rng = random.Random(seed)
    for i, f in enumerate(files):
        text = _article(rng, paras, titles or ["新闻"], gaz, pools)
        # a few articles in GB18030, as older newspaper archives are
        f.write_bytes(text.encode("gb18030") if i % 20 == 7 else text.encode("utf-8"))
    manifest.write_text(f"{stamp} {n}")
    return files


# --- measurements (each in its own process) -----------------------------------------------------


def _peak() -> dict:
    return {
        "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def run_lcut(files: list[Path]) -> dict:
    import logging

    import jieba

    from kg.ingest import decode

    jieba.setLogLevel(logging.WARNING)
    t = time.perf_counter()
    jieba.initialize()
    load = time.perf_counter() - t
    texts = [decode(f.read_bytes(), str(f))[0] for f in files]
    t = time.perf_counter()
    tokens = 0
    for text in texts:
        tokens += len(jieba.lcut(text))
    return {"lcut_s": time.perf_counter() - t, "load_s": load, "tokens": tokens, **_peak()}


def _cpu() -> float:
    """CPU seconds of this process (all its threads) and of its waited-for children (pool workers)."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def run_build(files: list[Path], out: Path, jobs: int, store: bool, mentions: bool = True) -> dict:
    from kg.pipeline import build

    peaks: dict[str, float] = {}

    def phase(name: str) -> None:  # peak memory before each stage
        peaks[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    t, c = time.perf_counter(), _cpu()
    r = build(files, out, html=False, strict=False, jobs=jobs, store=store, phase=phase, mentions=mentions)
    wall, cpu = time.perf_counter() - t, _cpu() - c
    ttl = out / "graph.ttl"
    return {
        "build_s": wall,
        "cpu_s": cpu,
        "timings": r.timings,
        "reused": r.reused,
        "articles": len(r.graph.documents),
        "entities": len(r.graph.entities),
        "relations": len(r.graph.relations),
        "ttl_mb": ttl.stat().st_size / 2**20,
        "skipped": len(r.skipped),
        "triples": r.triples,
        "incremental": r.incremental,
        "delta": r.delta,
        "rewritten": getattr(r, "rewritten", -1),
        "extracted": r.extracted,
        # the store now loads while the RDF is written: report the peak before both
        "rss_before_publish_mb": peaks.get("writing RDF", 0.0),
        **_peak(),
    }


def run_floor(ttl: Path, folder: Path) -> dict:
    """Bulk-load a built graph.ttl into a fresh on-disk store and optimize it, as kg build does:
    the cost of the store alone, a floor under any build that writes this graph to a store."""
    from kg.store import write_store

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    shutil.rmtree(folder, ignore_errors=True)
    t, c = time.perf_counter(), cpu()
    write_store(folder, ttl)
    wall, used = time.perf_counter() - t, cpu() - c
    shutil.rmtree(folder, ignore_errors=True)
    return {"store_s": wall, "store_cpu_s": used}


def run_profile(files: list[Path], top: int, out: Path | None) -> None:
    """Profile read + extract of files in this process and print the top functions by own time."""
    import cProfile
    import pstats

    from kg.pipeline import extract_bytes, init_worker

    init_worker()
    items = [(f.name, str(f), f.read_bytes()) for f in files]
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    for name, path, data in items:
        extract_bytes(name, path, data, "辽宁日报", None, blob=False)
    prof.disable()
    wall = time.perf_counter() - t
    mb = sum(len(d) for _, _, d in items) / 2**20
    print(f"profile: read+extract of {len(items)} articles ({mb:.2f} MB) in {wall:.1f} s under cProfile")
    st = pstats.Stats(prof)
    if out:
        st.dump_stats(str(out))
    st.sort_stats("tottime").print_stats(top)
    st.sort_stats("cumulative").print_stats(r"kg/", top)


# Each figure comes from a fresh process, which imports kg as an installed copy would: from its bytecode
# (pip compiles .pyc files at install). A shell with PYTHONDONTWRITEBYTECODE set would have every child
# compile kg's ~120 modules from source again (~0.15 s of CPU, 7 % of a one-article update), a cost no
# installed kg pays; so the children run without it.
_CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONHASHSEED": "0"}


def _child(args: list[str]) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    res = subprocess.run(cmd, capture_output=True, text=True, env=_CHILD_ENV)
    if res.returncode != 0:
        sys.exit(f"bench: {' '.join(args[:2])} failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


EDIT = "\n铁岭市新引进辽宁恒通新材料有限公司，总投资2亿元，建设年产5万吨新材料项目。\n"


def _incremental(files: list[Path], lst: Path, out: Path, jobs: int, extra: list[str], cold: dict) -> None:
    """Rebuild out unchanged, then with one article (the middle one) changed, then changed back:
    wall and CPU seconds of each and their share of the cold build's."""
    art = files[len(files) // 2]
    original = art.read_bytes()
    enc = "gb18030" if files.index(art) % 20 == 7 else "utf-8"  # as make_corpus wrote it

    def run(what: str) -> None:
        r = _child(["--_build", str(lst), "--_out", str(out), "--_jobs", str(jobs), *extra])
        stages = " ".join(f"{k}={v:.2f}" for k, v in r["timings"].items())
        how = (
            f"in place, {r['delta']} triples changed, "
            + (f"{r['rewritten']} units rewritten" if r.get("rewritten", -1) >= 0 else "every unit rewritten")
            if r["incremental"]
            else "no-op"
            if r["reused"] == r["articles"] and "noop" in r["timings"]
            else "full"
        )
        print(
            f"{'':8s} {'':6s} {jobs:4d} {what}: {r['build_s']:.2f} s = {100 * r['build_s'] / cold['build_s']:.1f} % of cold, "
            f"CPU {r['cpu_s']:.2f} s = {100 * r['cpu_s'] / cold['cpu_s']:.1f} %, {r['extracted']} extracted ({how}), "
            f"peak {r['rss_self_mb']:.0f} MB  {stages}",
            flush=True,
        )

    run("unchanged rebuild")
    try:
        art.write_bytes(original + EDIT.encode(enc))
        run("one article changed")
    finally:
        art.write_bytes(original)
    run("changed back")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,5000,10000", help="article counts to measure (comma separated)")
    ap.add_argument("--jobs", default="1,2", help="--jobs values to measure (comma separated)")
    ap.add_argument(
        "--dir", type=Path, default=Path("/tmp/kg-bench"), help="work folder for corpus and outputs"
    )
    ap.add_argument("--no-store", action="store_true", help="do not write the on-disk store")
    ap.add_argument(
        "--no-mentions", action="store_true", help="build as kg build --no-mentions (no mention nodes)"
    )
    ap.add_argument(
        "--rebuild", action="store_true", help="also time an unchanged rebuild (all cached) at each size"
    )
    ap.add_argument(
        "--incremental",
        action="store_true",
        help="also time an unchanged rebuild and a rebuild with one article changed (then changed back)",
    )
    ap.add_argument(
        "--floor",
        action="store_true",
        help="also time loading each built graph into a fresh store alone (the store's own cost)",
    )
    ap.add_argument(
        "--queries",
        action="store_true",
        help="also time every bundled query on each store built (scripts/bench_store.py --store … --no-every)",
    )
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="profile extraction of N articles")
    ap.add_argument("--profile-out", type=Path, help="write the cProfile stats here")
    ap.add_argument("--_lcut", help=argparse.SUPPRESS)
    ap.add_argument("--_build", help=argparse.SUPPRESS)
    ap.add_argument("--_out", help=argparse.SUPPRESS)
    ap.add_argument("--_jobs", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--_floor", help=argparse.SUPPRESS)
    a = ap.parse_args()

    if a._lcut:
        print(json.dumps(run_lcut([Path(x) for x in Path(a._lcut).read_text().split("\n") if x])))
        return
    if a._floor:
        print(json.dumps(run_floor(Path(a._floor), Path(a._out))))
        return
    if a._build:
        files = [Path(x) for x in Path(a._build).read_text().split("\n") if x]
        print(json.dumps(run_build(files, Path(a._out), a._jobs, not a.no_store, not a.no_mentions)))
        return

    sizes = [int(x) for x in a.sizes.split(",") if x]
    jobs = [int(x) for x in a.jobs.split(",") if x]
    t = time.perf_counter()
    files = make_corpus(a.dir / "corpus", max(sizes + [a.profile]))
    total_mb = sum(f.stat().st_size for f in files) / 2**20
    print(
        f"corpus: {len(files)} articles, {total_mb:.1f} MB in {a.dir / 'corpus'} ({time.perf_counter() - t:.1f} s)"
    )
    if a.profile:
        run_profile(files[: a.profile], 30, a.profile_out)
    print(
        f"{'articles':>8} {'MB':>6} {'jobs':>4} {'lcut s':>7} {'build s':>8} {'ratio':>6} {'art/s':>7} {'MB/s':>6} "
        f"{'peak MB':>8} {'workers':>8} {'speedup':>7}  stages (s)"
    )
    for n in sizes:
        sub = files[:n]
        mb = sum(f.stat().st_size for f in sub) / 2**20
        lst = a.dir / f"files-{n}.txt"
        lst.write_text("\n".join(map(str, sub)))
        lc = _child(["--_lcut", str(lst)])
        base = None
        for j in jobs:
            out = a.dir / f"out-{n}-j{j}"
            shutil.rmtree(out, ignore_errors=True)
            extra = (["--no-store"] if a.no_store else []) + (["--no-mentions"] if a.no_mentions else [])
            r = _child(["--_build", str(lst), "--_out", str(out), "--_jobs", str(j), *extra])
            if base is None:
                base = r["build_s"]
                first_ttl = (out / "graph.ttl").read_bytes()
                same = ""
            else:
                same = "" if (out / "graph.ttl").read_bytes() == first_ttl else "  OUTPUT DIFFERS"
            # rdf= is the wall time of the RDF stage with the store loading alongside (in threads),
            # store= only the further wait for the store after the RDF (and HTML) were written
            stages = " ".join(f"{k}={v:.1f}" for k, v in r["timings"].items())
            # CPU seconds over wall seconds: how many cores the build kept busy on average
            stages += f" cpu={r['cpu_s']:.1f} ({r['cpu_s'] / r['build_s']:.2f} cores)"
            if j == jobs[0]:
                busy = r["cpu_s"] / r["build_s"]
            if r["rss_before_publish_mb"]:
                stages += f" (peak {r['rss_before_publish_mb']:.0f} MB before RDF and store)"
            print(
                f"{n:8d} {mb:6.1f} {j:4d} {lc['lcut_s']:7.1f} {r['build_s']:8.1f} {r['build_s'] / lc['lcut_s']:6.2f} "
                f"{n / r['build_s']:7.1f} {mb / r['build_s']:6.2f} {r['rss_self_mb']:8.0f} {r['rss_children_mb']:8.0f} "
                f"{base / r['build_s']:7.2f}  {stages}{same}",
                flush=True,
            )
            if a.rebuild:
                rr = _child(["--_build", str(lst), "--_out", str(out), "--_jobs", str(j), *extra])
                stages = " ".join(f"{k}={v:.1f}" for k, v in rr["timings"].items())
                print(
                    f"{'':8s} {'':6s} {j:4d} rebuild, {rr['reused']} reused: {rr['build_s']:.1f} s, "
                    f"peak {rr['rss_self_mb']:.0f} MB  {stages}",
                    flush=True,
                )
            if a.incremental and j == jobs[0]:
                _incremental(sub, lst, out, j, extra, r)
        print(
            f"{'':8s} graph: {r['entities']} entities, {r['relations']} relations, {r['triples']} triples, "
            f"graph.ttl {r['ttl_mb']:.1f} MB, "
            f"{lc['tokens']} jieba tokens (jieba load {lc['load_s']:.1f} s not counted)",
            flush=True,
        )
        ncpu = os.cpu_count() or 1
        print(
            f"{'':8s} jobs {jobs[0]} kept {busy:.2f} cores busy: with the same work, no run on {ncpu} cores can be more "
            f"than {ncpu / busy:.2f} times faster",
            flush=True,
        )
        if a.floor and not a.no_store:
            fl = _child(["--_floor", str(out / "graph.ttl"), "--_out", str(a.dir / f"floor-store-{n}")])
            print(
                f"{'':8s} store alone: bulk-loading this graph.ttl into a fresh store and optimizing takes "
                f"{fl['store_s']:.1f} s ({fl['store_cpu_s']:.1f} s CPU) = {fl['store_s'] / lc['lcut_s']:.2f} x jieba.lcut",
                flush=True,
            )
        if a.queries and not a.no_store:  # every bundled query on the store just built
            store = a.dir / f"out-{n}-j{jobs[0]}" / "store"
            args = [
                sys.executable,
                str(ROOT / "scripts" / "bench_store.py"),
                "--store",
                str(store),
                "--no-every",
            ]
            print(subprocess.run(args, check=True, stdout=subprocess.PIPE, text=True).stdout, flush=True)


if __name__ == "__main__":
    main()
