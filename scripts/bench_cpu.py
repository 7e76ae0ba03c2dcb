#!/usr/bin/env python3
"""CPU time of `jieba.lcut` and of `kg build` on the same articles, in one process (issues 12 and 16).

On a machine shared with other work, wall times say more about the neighbours than about kg. This
times both with `time.process_time()` (every thread of the process, the store's loader threads
included, plus the waited-for pool workers of --jobs) and the build's main thread with
`time.thread_time()`, at each stage boundary (the build's `phase` callback). On an idle machine
with two cores the store loads beside the main thread, so the main thread's CPU time is close to
the build's wall time there.

    python scripts/bench.py --sizes 1000 --jobs 1          # writes the corpus to /tmp/kg-bench/corpus
    python scripts/bench_cpu.py 1000                       # then: one JSON line
    python scripts/bench_cpu.py 1000 --jobs 2
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import shutil
import time
from pathlib import Path


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="articles (the first n of the corpus)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/kg-bench/corpus"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/kg-bench/cpu-out"))
    ap.add_argument("--no-store", action="store_true")
    a = ap.parse_args()

    import jieba

    from kg.ingest import decode
    from kg.pipeline import build

    files = sorted(a.corpus.glob("*.txt"))[: a.n]
    if len(files) < a.n:
        raise SystemExit(f"bench_cpu: {a.corpus} has {len(files)} articles; run scripts/bench.py first")
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    texts = [decode(f.read_bytes(), str(f))[0] for f in files]
    c, w = time.process_time(), time.perf_counter()
    for t in texts:
        jieba.lcut(t)
    lcut_cpu, lcut_wall = time.process_time() - c, time.perf_counter() - w

    marks: list[tuple[str, float, float, float]] = []

    def mark(name: str) -> None:
        marks.append((name, time.process_time(), time.thread_time(), time.perf_counter()))

    shutil.rmtree(a.out, ignore_errors=True)
    kids = _children_cpu()
    mark("extract")
    r = build(
        files, a.out, html=False, strict=False, jobs=a.jobs, store=not a.no_store, cache=False, phase=mark
    )
    mark("end")
    workers = _children_cpu() - kids
    stages = {
        name: {"cpu": round(p1 - p0, 2), "main_thread": round(t1 - t0, 2), "wall": round(w1 - w0, 2)}
        for (name, p0, t0, w0), (_, p1, t1, w1) in zip(marks, marks[1:], strict=False)
    }
    cpu = marks[-1][1] - marks[0][1] + workers
    main_thread = marks[-1][2] - marks[0][2]
    wall = marks[-1][3] - marks[0][3]
    print(
        json.dumps(
            {
                "articles": a.n,
                "jobs": a.jobs,
                "lcut_cpu": round(lcut_cpu, 2),
                "lcut_wall": round(lcut_wall, 2),
                "build_cpu": round(cpu, 2),
                "build_main_thread": round(main_thread, 2),
                "build_wall": round(wall, 2),
                "workers_cpu": round(workers, 2),
                "ratio_cpu": round(cpu / lcut_cpu, 2),
                "ratio_main_thread": round(main_thread / lcut_cpu, 2),
                "stages": stages,
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                "triples": r.triples,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
