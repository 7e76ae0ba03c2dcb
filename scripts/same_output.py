#!/usr/bin/env python3
"""Fingerprint everything a build writes, to check that a speed change left the output unchanged.

Builds the articles at PATHS into OUT (a cold build, with the store and the incremental record) and
prints one JSON object: a digest of graph.ttl, of the record's graph.nt, of the store's contents
(its quads dumped as sorted N-Quads), of the units record (each unit's digest, its own lines as a
set, its references, and the shared nodes' lines), of the values and no-op records (as loaded) and
of every export format written from the built graph. Two fingerprints from two versions of the code
should be equal.

    python scripts/same_output.py seeds --out /tmp/o1 > before.json
    python scripts/same_output.py /tmp/kg-bench/corpus --first 1000 --cache /tmp/c --out /tmp/o2 > after.json
    python scripts/same_output.py --compare before.json after.json

--jobs N builds as `kg build --jobs N` (workers extract and derive: kg/derive.py).

--cache DIR seeds OUT/.cache from DIR (and fills DIR after the build), so that repeated runs on a
big corpus skip extraction: only the stages after it are exercised then.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import shutil
import sys
import time
from pathlib import Path


def _sha(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def _file(p: Path) -> str:
    if p.is_dir():  # (the CSV export: a folder of files)
        return _sha(repr([(f.name, _file(f)) for f in sorted(p.iterdir())]).encode())
    return _sha(p.read_bytes()) if p.is_file() else "missing"


def _store(folder: Path) -> str:
    import pyoxigraph as ox

    if not (folder / "CURRENT").is_file():
        return "missing"
    s = ox.Store.read_only(str(folder))
    data = s.dump(format=ox.RdfFormat.N_QUADS)
    assert data is not None
    lines = sorted(data.splitlines())
    return f"{len(lines)}:{_sha(b''.join(line + b'.' for line in lines))}"


def _units(rec: Path) -> str:
    from kg.runtime.units import Fragments

    p = rec / "units.pickle"
    if not p.is_file():
        return "missing"
    with open(p, "rb") as f:
        frags = pickle.load(f)
    assert isinstance(frags, Fragments)
    frags.blob = str(rec / "units.blob")
    read = frags.reader()
    h = hashlib.sha1()
    for k in sorted(frags.units):
        u = frags.units[k]
        own = sorted(read(u).splitlines())
        h.update(repr((k, u.digest, u.count, own, sorted(u.refs))).encode())
    node = frags.node_reader()
    for k in sorted(frags.nodes):
        lines = node(k)
        h.update(repr((k, sorted(lines.splitlines()) if lines is not None else None)).encode())
    return f"{len(frags.units)}:{frags.format}:{frags.rewritten}:{h.hexdigest()}"


def _values(out: Path) -> str:
    from kg.runtime.incremental import Record

    if not (out / ".incr" / "values.marshal").is_file():
        return "missing"
    return _sha(repr(sorted(Record(out).load("values").items())).encode())  # type: ignore[union-attr]


def _pickled(p: Path) -> str:
    if not p.is_file():
        return "missing"
    with open(p, "rb") as f:
        value = pickle.load(f)
    return _sha(repr(value).encode())


def fingerprint(paths: list[str], out: Path, first: int, cache: Path | None, jobs: int = 1) -> dict:
    from kg.exporters import registered
    from kg.ingest import iter_paths
    from kg.pipeline import build

    files = iter_paths(paths)
    if first:
        files = files[:first]
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    if cache is not None and cache.is_dir():
        shutil.copytree(cache, out / ".cache")
    t = time.perf_counter()
    r = build(files, out, html=False, strict=False, store=True, jobs=jobs)
    wall = time.perf_counter() - t
    if cache is not None and not cache.is_dir():
        shutil.copytree(out / ".cache", cache)
    fp: dict = {
        "triples": r.triples,
        "counts": list(r.counts),
        "graph.ttl": _file(out / "graph.ttl"),
        "graph.nt": _file(out / ".incr" / "graph.nt"),
        "store": _store(out / "store"),
        "units": _units(out / ".incr"),
        "values": _values(out),
        "noop.summary": _pickled(out / ".noop" / "summary.pickle"),
    }
    exports = out.parent / (out.name + "-exports")
    shutil.rmtree(exports, ignore_errors=True)
    exports.mkdir()
    for name, (suffix, fn) in registered().items():
        if name == "html" and len(r.graph.documents) > 100:
            continue  # the page of a big corpus is slow and outside the build's RDF path
        p = exports / f"graph{suffix}"
        fn(r.graph, p)
        fp["export." + name] = _file(p)
        if name == "jsonld":  # its context file beside it
            for extra in sorted(exports.glob("*context*")):
                fp["export." + extra.name] = _file(extra)
    fp["_timings"] = {k: round(v, 2) for k, v in r.timings.items()}
    fp["_wall"] = round(wall, 2)
    return fp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--out", type=Path, default=Path("/tmp/kg-same/out"))
    ap.add_argument("--first", type=int, default=0, help="only the first N articles")
    ap.add_argument("--cache", type=Path, help="an extraction cache to seed OUT/.cache from (or fill)")
    ap.add_argument("--jobs", type=int, default=1, help="build with kg build --jobs N")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"), help="compare two fingerprints")
    a = ap.parse_args()
    if a.compare:
        x, y = (json.loads(p.read_text()) for p in a.compare)
        keys = sorted((set(x) | set(y)) - {"_timings", "_wall"})
        bad = [k for k in keys if x.get(k) != y.get(k)]
        for k in bad:
            print(f"DIFFERENT {k}: {x.get(k)} != {y.get(k)}")
        print("identical" if not bad else f"{len(bad)} of {len(keys)} differ")
        sys.exit(1 if bad else 0)
    print(json.dumps(fingerprint(a.paths, a.out, a.first, a.cache, a.jobs), indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
