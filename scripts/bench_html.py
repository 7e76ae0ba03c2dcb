#!/usr/bin/env python3
"""Benchmark the interactive graph page (kg.html) in headless Chromium.

Generates a synthetic graph of N entities (default 5,000) with kg.model dataclasses, renders it,
loads the page from disk in Debian's /usr/bin/chromium through Playwright with all network
requests aborted, and prints the page size, the time to the first drawn frame and the time to a
settled layout (both measured by the page itself from navigation start). Does the same for the
seeds' graph unless --no-seeds is given.

    python scripts/bench_html.py                 # seeds + 5,000 nodes
    python scripts/bench_html.py -n 1000 -n 5000 --no-seeds --keep out/
    python scripts/bench_html.py --no-seeds --corpus /tmp/kg-bench/corpus --limit 1000   # a real corpus
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from kg.model import Document, Entity, Evidence, Graph, Mention, Quantity, Relation, Sentence

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

_CHARS = (
    "铁岭开原西丰昌图调兵山银州清河凡河新城东北辽宁沈阳大连鞍山抚顺本溪丹东锦州营口阜新辽阳盘锦朝阳葫芦岛"
    "华兴盛达宏远恒泰金鑫瑞祥通利丰源海天龙凤嘉和安康永隆德明光启"
)
_SUFFIX = {
    "Province": "省",
    "City": "市",
    "District": "县",
    "Town": "镇",
    "Village": "村",
    "Zone": "经济开发区",
    "GovernmentBody": "局",
    "Company": "科技有限公司",
    "Institution": "研究院",
    "Project": "建设项目",
    "Programme": "专项计划",
    "Designation": "示范企业",
    "Event": "推介会",
    "Person": "",
    "Official": "",
}
_SHARE = [
    ("Town", 0.08),
    ("Village", 0.10),
    ("Zone", 0.03),
    ("GovernmentBody", 0.10),
    ("Company", 0.25),
    ("Institution", 0.04),
    ("Project", 0.12),
    ("Programme", 0.05),
    ("Designation", 0.03),
    ("Event", 0.04),
    ("Person", 0.05),
    ("Official", 0.05),
]


def synthetic_graph(n: int = 5000, seed: int = 1) -> Graph:
    """A deterministic random graph shaped like the news graph: a place hierarchy, organisations
    located in places, people working for them, money flowing from programmes, ~10 % isolated."""
    rnd = random.Random(seed)
    ndocs = max(1, n // 25)
    docs = []
    for i in range(ndocs):
        head = f"第{i}篇 合成新闻标题"
        s = Sentence(f"doc{i:05d}.txt", 0, 0, len(head), 0, len(head), head, "heading")
        docs.append(
            Document(
                f"doc{i:05d}.txt",
                head,
                f"{i:040x}",
                "utf-8",
                "simplified",
                head,
                tuple(range(len(head))),
                (s,),
                2022,
                f"synthetic/doc{i:05d}.txt",
            )
        )
    names: set[str] = set()

    def name(cls: str) -> str:
        while True:
            k = rnd.randint(2, 3) if cls in ("Person", "Official") else rnd.randint(2, 5)
            s = "".join(rnd.choice(_CHARS) for _ in range(k)) + _SUFFIX[cls]
            if s not in names:
                names.add(s)
                return s

    def mentions(label: str, cls: str) -> tuple[Mention, ...]:
        out = []
        for _ in range(rnd.randint(1, 3)):
            d = rnd.randrange(ndocs)
            sent = f"据了解,{label}今年以来持续推进各项工作,取得了明显成效。"
            out.append(
                Mention(
                    f"doc{d:05d}.txt",
                    10,
                    10 + len(label),
                    label,
                    label,
                    cls,
                    "synthetic",
                    0.9,
                    4,
                    4 + len(label),
                    sentence=sent,
                )
            )
        return tuple(out)

    ents: list[Entity] = []
    by_class: dict[str, list[str]] = {}

    def make(cls: str, code: str = "") -> str:
        label = name(cls)
        eid = f"{cls.lower()}/{len(ents):06d}"
        aliases = (
            (label[:2] + _SUFFIX[cls][:1],) if cls in ("Company", "District") and rnd.random() < 0.3 else ()
        )
        qs: tuple[Quantity, ...] = ()
        if cls == "Project" and rnd.random() < 0.5:
            v = rnd.randint(1, 500) * 1e6
            qs = (
                Quantity(
                    "totalInvestment",
                    v,
                    "CNY",
                    False,
                    f"总投资{v / 1e8:g}亿元",
                    Evidence("doc00000.txt", 0, 5, f"{label}总投资{v / 1e8:g}亿元。", "synthetic", 0.8),
                ),
            )
        ents.append(Entity(eid, cls, label, aliases, code, mentions(label, cls), qs))
        by_class.setdefault(cls, []).append(eid)
        return eid

    rels: list[Relation] = []

    def rel(s: str, p: str, o: str, **kw) -> None:
        ev = Evidence(
            f"doc{rnd.randrange(ndocs):05d}.txt", 0, 10, f"{p} 的证据句子 {s} {o}。", "synthetic", 0.8
        )
        rels.append(Relation(s, p, o, (ev,), **kw))

    prov = make("Province", "210000")
    cities = [make("City", f"21{i + 1:02d}00") for i in range(max(1, min(14, n // 300)))]
    for c in cities:
        rel(c, "partOf", prov)
    districts = []
    for i in range(max(2, int(n * 0.02))):
        d = make("District", f"21{i % 99 + 1:02d}{i // 99 + 1:02d}")
        districts.append(d)
        rel(d, "partOf", rnd.choice(cities))
    counts = {cls: int(n * share) for cls, share in _SHARE}
    rest = n - len(ents) - sum(counts.values())
    counts["Company"] += max(0, rest)
    # Locality, as in real news: most relations stay inside one county.
    home: dict[str, int] = {d: k for k, d in enumerate(districts)}
    local: dict[tuple[int, str], list[str]] = {}
    for cls, _ in _SHARE:
        for _ in range(counts[cls]):
            eid = make(cls)
            home[eid] = rnd.randrange(len(districts))
            local.setdefault((home[eid], cls), []).append(eid)
    isolated = set(rnd.sample(range(len(ents)), len(ents) // 10))

    def pick(near: str, *classes: str) -> str:
        if rnd.random() < 0.85:
            pool = [e for c in classes for e in local.get((home[near], c), [])]
            if "District" in classes:
                pool.append(districts[home[near]])
            if pool:
                return rnd.choice(pool)
        return rnd.choice([e for c in classes for e in by_class.get(c, [])] or districts)

    for idx, e in enumerate(ents):
        if idx in isolated or e.type in ("Province", "City", "District"):
            continue
        t, i = e.type, e.id
        if t == "Town":
            rel(i, "partOf", districts[home[i]])
        elif t == "Village":
            rel(i, "partOf", pick(i, "Town"))
        elif t in ("Zone", "GovernmentBody", "Institution"):
            rel(i, "locatedIn", pick(i, "District", "Zone") if t != "Zone" else districts[home[i]])
        elif t == "Company":
            rel(i, "locatedIn", pick(i, "District", "Zone"))
            if rnd.random() < 0.15:
                rel(i, "supplies", pick(i, "Company"))
        elif t == "Project":
            rel(pick(i, "Company"), "operates", i)
            rel(i, "locatedIn", pick(i, "Zone", "District"))
            if rnd.random() < 0.3:
                rel(pick(i, "Company"), "investsIn", i, amount=rnd.randint(1, 100) * 1e7, currency="CNY")
        elif t == "Programme":
            rel(pick(i, "GovernmentBody"), "implements", i)
            for _ in range(rnd.randint(0, 3)):
                rel(
                    i,
                    "funded",
                    pick(i, "Company"),
                    amount=rnd.randint(1, 500) * 1e4,
                    currency="CNY",
                    date="2022-10",
                )
        elif t == "Designation":
            rel(pick(i, "Company", "Institution"), "designatedAs", i, date="2022")
        elif t == "Event":
            rel(pick(i, "GovernmentBody"), "organizes", i, date="2022-10-28")
            rel(pick(i, "Company"), "participatesIn", i)
        elif t in ("Person", "Official"):
            rel(
                i,
                "worksFor",
                pick(i, "Company", "GovernmentBody"),
                title="总经理" if t == "Person" else "局长",
            )
    seen = set()
    uniq = []
    for r in rels:
        if r.key not in seen and r.subject != r.object:
            seen.add(r.key)
            uniq.append(r)
    return Graph(
        tuple(docs), tuple(sorted(ents, key=lambda e: e.id)), tuple(sorted(uniq, key=lambda r: r.key))
    )


def measure(html_path: Path, timeout_s: float = 120.0, screenshot: Path | None = None) -> dict[str, float]:
    """Load a page in headless Chromium with the network blocked; times in ms from navigation start."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            blocked: list[str] = []

            def route(r):
                if r.request.url.startswith("file:"):
                    r.continue_()
                else:
                    blocked.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            t0 = time.perf_counter()
            page.goto(html_path.resolve().as_uri(), wait_until="load", timeout=timeout_s * 1000)
            loaded = (time.perf_counter() - t0) * 1000
            page.wait_for_function(
                "window.kgState && window.kgState.firstDraw !== null", timeout=timeout_s * 1000
            )
            page.wait_for_function("window.kgState.settled !== null", timeout=timeout_s * 1000)
            st = page.evaluate(
                "({first: kgState.firstDraw, settled: kgState.settled,"
                " nodes: kg.network.body.nodeIndices.length, edges: kg.network.body.edgeIndices.length})"
            )
            if screenshot:
                page.screenshot(path=str(screenshot))
            return {
                "load_ms": loaded,
                "first_draw_ms": st["first"],
                "settled_ms": st["settled"],
                "nodes": st["nodes"],
                "edges": st["edges"],
                "blocked": len(blocked),
            }
        finally:
            browser.close()


def bench(name: str, graph: Graph, out: Path) -> None:
    from kg.html import render_html

    t0 = time.perf_counter()
    page = render_html(graph, title=f"kg bench: {name}")
    render_ms = (time.perf_counter() - t0) * 1000
    path = out / f"{name}.html"
    path.write_text(page, encoding="utf-8")
    r = measure(path, screenshot=out / f"{name}.png")
    print(
        f"{name:>12}: {len(graph.entities):6d} nodes {len(graph.relations):6d} edges | "
        f"page {len(page.encode()) / 1e6:5.2f} MB | render {render_ms:6.0f} ms | load {r['load_ms']:6.0f} ms | "
        f"first draw {r['first_draw_ms']:6.0f} ms | settled {r['settled_ms']:6.0f} ms | "
        f"drawn {r['nodes']}/{r['edges']} | blocked requests {r['blocked']}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "-n", "--nodes", type=int, action="append", help="synthetic graph size (repeatable; default 5000)"
    )
    ap.add_argument("--no-seeds", action="store_true", help="skip the seeds' graph")
    ap.add_argument("--seeds", default="seeds", help="folder of seed articles (default: seeds)")
    ap.add_argument("--keep", type=Path, help="keep pages and screenshots in this folder")
    ap.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="also build the graph of these articles (a folder, e.g. scripts/bench.py's corpus) and "
        "measure its page (repeatable)",
    )
    ap.add_argument("--limit", type=int, default=0, help="with --corpus: only the first N articles")
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: apt-get install chromium fonts-noto-cjk", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        if not args.no_seeds:
            import kg

            bench("seeds", kg.build_graph([args.seeds]), out)
        for folder in args.corpus or []:
            import kg

            files = sorted(folder.glob("*.txt"))[: args.limit or None]
            bench(f"corpus-{len(files)}", kg.build_graph(files, strict=False), out)
        for n in args.nodes or ([] if args.corpus else [5000]):
            bench(f"synthetic-{n}", synthetic_graph(n), out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
