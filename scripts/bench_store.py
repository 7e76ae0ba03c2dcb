#!/usr/bin/env python
"""Benchmark the on-disk store with a synthetic graph shaped like kg's output.

Generates N-Triples (default ~1M triples) in the layout of docs/rdf-model.md: entities with labels,
aliases and division codes, the sentences that name them, quantity values, and relations published
as a plain triple plus reified statements stated in a sentence by a rule. Then:

* loads it with kg.store.write_store (bulk_load + optimize + atomic swap) in a child process and
  reports the wall time and that process's peak RSS (resource.getrusage);
* reopens the store read-only in a fresh process (time, RSS) and runs every bundled query (with
  parameters naming entities of the synthetic graph), printing the median latency of 5 runs.

    python scripts/bench_store.py [--triples 1000000] [--keep DIR]
    python scripts/bench_store.py --store /tmp/kg-bench/out-1000-j1/store   # a store kg build wrote

On a store kg build wrote it also picks the most connected entities (the object of the most
statements, the subject of the most; KG_BENCH_HUBS=N for the top N of each) and prints, for each,
every bundled query that takes an entity with that entity as the parameter: its first page and a
page at offset 1,000.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.rdf import KG, KGR, PROV, QUDT, RDF, RDFS, SKOS, UNIT, XSD  # noqa: E402  (one set of namespaces)

PAGE = 100  # rows of a page: kg query's default for a table

# The entity the parameterised queries ask about (a company with many facts) and a district.
FOCUS_COMPANY = "辽宁测试0农牧科技有限公司"
FOCUS_DISTRICT = "测试县0"


def _lit(s: str, lang: str | None = "zh") -> str:
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"@{lang}' if lang else f'"{s}"'


def _typed(v: object, dt: str) -> str:
    return f'"{v}"^^<{XSD}{dt}>'


class Writer:
    def __init__(self, f):
        self.f, self.n = f, 0

    def t(self, s: str, p: str, o: str) -> None:
        self.f.write(f"<{s}> <{p}> {o} .\n")
        self.n += 1


def generate(path: Path, target: int, seed: int = 7) -> dict[str, int]:
    """Write about target triples to path; return counts by part."""
    rng = random.Random(seed)
    counts = {
        "entity": 0,
        "mention": 0,
        "sentence": 0,
        "quantity": 0,
        "relation": 0,
        "statement": 0,
        "provenance_triples": 0,
    }
    with path.open("w", encoding="utf-8") as f:
        w = Writer(f)
        scale = max(target // 1_000_000, 1) if target >= 1_000_000 else target / 1_000_000
        n_docs = max(int(2000 * scale), 20)
        docs = [f"{KGR}doc/{i:012x}" for i in range(n_docs)]
        for i, d in enumerate(docs):
            w.t(d, RDF + "type", f"<{KG}Document>")
            w.t(d, RDF + "type", f"<{PROV}Entity>")
            w.t(d, RDFS + "label", _lit(f"{i:03d}_{i:016x}.txt", None))
            w.t(d, KG + "date", _typed(2020 + i % 4, "gYear"))
        src = KGR + "source/division-list"
        w.t(src, RDF + "type", f"<{PROV}Entity>")
        w.t(src, RDFS + "label", _lit("National administrative-division list", "en"))

        def sentence(text: str) -> str:
            """A new sentence node of a random document (as kg publishes each sentence once)."""
            doc = rng.choice(docs)
            sn = f"{KGR}sent/{doc.rsplit('/', 1)[1]}-{counts['sentence']}"
            start = rng.randint(0, 5000)
            w.t(sn, PROV + "wasDerivedFrom", f"<{doc}>")
            w.t(sn, KG + "start", _typed(start, "integer"))
            w.t(sn, KG + "text", _lit(text))
            counts["sentence"] += 1
            return sn

        def rule(name: str, confidence: str) -> str:
            rn = f"{KGR}rule/{name}-{confidence}"
            if rn not in rules:
                rules.add(rn)
                w.t(rn, RDF + "type", f"<{KG}Rule>")
                w.t(rn, KG + "ruleName", _lit(name, None))
                w.t(rn, KG + "confidence", _typed(confidence, "decimal"))
            return rn

        rules: set[str] = set()

        def entity(iri: str, cls: str, label: str, alias: str | None = None, code: str | None = None) -> None:
            w.t(iri, RDF + "type", f"<{KG}{cls}>")
            w.t(iri, RDFS + "label", _lit(label))
            if alias:
                w.t(iri, SKOS + "altLabel", _lit(alias))
            if code:
                w.t(iri, KG + "divisionCode", _lit(code, None))
            n_mentions = rng.randint(1, 3)
            w.t(iri, KG + "mentionCount", _typed(n_mentions, "integer"))
            counts["entity"] += 1
            for _ in range(n_mentions):
                before = w.n
                w.t(
                    iri,
                    KG + "mentionedIn",
                    f"<{sentence(f'据悉，{label}近日召开会议，研究部署下一步工作。')}>",
                )
                counts["mention"] += 1
                counts["provenance_triples"] += w.n - before

        def relation(s: str, p: str, o: str, qualified: str | None = None, **details: str) -> None:
            w.t(s, KG + p, f"<{o}>")
            counts["relation"] += 1
            for k in range(rng.choice((1, 1, 2))):
                before = w.n
                st = f"{KGR}stmt/{abs(hash((s, p, o, k))):016x}"
                # (statements are untyped: their predicate gives the qualified class)
                w.t(st, RDF + "subject", f"<{s}>")
                w.t(st, RDF + "predicate", f"<{KG}{p}>")
                w.t(st, RDF + "object", f"<{o}>")
                if p == "partOf" and "/place/" in o:
                    w.t(st, PROV + "wasDerivedFrom", f"<{src}>")
                    w.t(st, KG + "byRule", f"<{rule('gazetteer.hierarchy', '1.0')}>")
                else:
                    w.t(
                        st,
                        KG + "statedIn",
                        f"<{sentence('该项目由企业投资建设，总投资约31亿元，预计明年投产运营。')}>",
                    )
                    w.t(st, KG + "byRule", f"<{rule(p + '.synthetic', '0.8')}>")
                for key, value in details.items():
                    w.t(st, KG + key, value)
                counts["statement"] += 1
                counts["provenance_triples"] += w.n - before

        # places: a province, cities, districts, towns (from the division list: partOf statements)
        prov_iri = KGR + "place/210000"
        entity(prov_iri, "Province", "测试省", "测试", "210000")
        n_cities = 14
        districts, towns = [], []
        district_of: dict[str, str] = {}
        for c in range(n_cities):
            city = f"{KGR}place/21{c + 1:02d}00"
            entity(city, "City", f"测试市{c}", None, f"21{c + 1:02d}00")
            relation(city, "partOf", prov_iri)
            for d in range(8):
                code = f"21{c + 1:02d}{d + 1:02d}"
                di = f"{KGR}place/{code}"
                entity(di, "District", f"测试县{c * 8 + d}", f"测试{c * 8 + d}", code)
                relation(di, "partOf", city)
                districts.append(di)
                for t in range(int(10 * max(scale, 0.1))):
                    ti = f"{KGR}town/{c:02d}{d:02d}{t:04d}"
                    entity(ti, "Town", f"测试县{c * 8 + d}镇{t}")
                    relation(ti, "partOf", di)
                    towns.append(ti)
                    district_of[ti] = di
        bodies = []
        for b in range(int(1500 * max(scale, 0.05))):
            bi = f"{KGR}governmentbody/{b:012x}"
            entity(bi, "GovernmentBody", f"测试市第{b}局")
            relation(bi, "locatedIn", rng.choice(districts))
            bodies.append(bi)
        programmes = []
        for p in range(int(1500 * max(scale, 0.05))):
            pi = f"{KGR}programme/{p:012x}"
            entity(pi, "Programme", f"测试专项行动{p}")
            programmes.append(pi)
            for body in rng.sample(bodies, 2):
                relation(body, "implements", pi, None, date=_typed(f"{2020 + p % 4}", "gYear"))
        designations = []
        for d in range(int(300 * max(scale, 0.05))):
            di = f"{KGR}designation/{d:012x}"
            entity(di, "Designation", f"测试示范区{d}")
            designations.append(di)
            relation(
                rng.choice(bodies),
                "awards",
                di,
                "Award",
                date=_typed(f"{2020 + d % 4}-{1 + d % 12:02d}", "gYearMonth"),
            )
        people = []
        companies = []
        c = 0
        while w.n < target:
            ci = f"{KGR}company/{c:012x}"
            entity(ci, "Company", f"辽宁测试{c}农牧科技有限公司", f"测试{c}农牧")
            companies.append(ci)
            relation(ci, "locatedIn", rng.choice(districts + towns))
            pj = f"{KGR}project/{c:012x}"
            entity(pj, "Project", f"测试{c}年产5万吨饲料项目")
            relation(ci, "operates", pj)
            town = rng.choice(towns or districts)
            relation(pj, "locatedIn", town)
            w.t(pj, KG + "inDistrict", f"<{district_of.get(town, town)}>")  # materialised at build time
            relation(
                ci,
                "investsIn",
                pj,
                "Investment",
                amount=_typed(f"{rng.randint(1, 500) * 1000000}.0", "decimal"),
            )
            if c % 3 == 0:
                qv = f"{KGR}qv/{c:012x}"
                w.t(pj, KG + "hasQuantity", f"<{qv}>")
                w.t(qv, KG + "quantityKind", _lit("totalInvestment", None))
                w.t(qv, QUDT + "numericValue", _typed(f"{rng.randint(1, 900) * 10000000}.0", "decimal"))
                w.t(qv, QUDT + "hasUnit", f"<{UNIT}CCY_CNY>")
                w.t(qv, KG + "approximate", _typed("true", "boolean"))
                w.t(qv, KG + "text", _lit("总投资约31亿元"))
                w.t(qv, KG + "statedIn", f"<{sentence('项目总投资约31亿元。')}>")
                w.t(qv, KG + "byRule", f"<{rule('value.in-name', '0.6')}>")
                counts["quantity"] += 1
            relation(
                rng.choice(programmes),
                "funded",
                ci,
                "Funding",
                amount=_typed(f"{rng.randint(1, 9000) * 100}.0", "decimal"),
                date=_typed(f"{2020 + c % 4}-{1 + c % 12:02d}", "gYearMonth"),
            )
            pe = f"{KGR}person/{c:012x}"
            entity(pe, "Official" if c % 2 else "Person", f"测试人{c}")
            relation(
                pe,
                "worksFor",
                rng.choice([ci] + bodies[:50]),
                "Employment",
                title=_lit("总经理" if c % 2 else "副局长"),
            )
            people.append(pe)
            if c % 4 == 0:
                relation(
                    ci,
                    "designatedAs",
                    rng.choice(designations),
                    "Award",
                    date=_typed(f"{2020 + (c // 4) % 4}-{1 + c % 12:02d}", "gYearMonth"),
                )
            if c % 5 == 0:
                relation(ci, "participatesIn", rng.choice(programmes))
            c += 1
    counts["triples"] = w.n
    return counts


# --------------------------------------------------------------------------- child processes


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child_load(nt: str, store: str) -> dict:
    from kg.store import write_store

    t = time.perf_counter()
    write_store(store, nt)
    return {"load_s": time.perf_counter() - t, "peak_mb": _peak_mb()}


# the reports: they list everything without a parameter (the lookups' every-row form is not a question)
REPORTS = ("designations", "funding", "officials", "programmes", "projects-by-district")
_FOCUS = {
    # parameter -> (what it names, a query giving the best-attested such entity's label first)
    "entity": "?x a kg:Company ; rdfs:label ?l . ?st rdf:subject ?x",
    "district": "?x a kg:District ; rdfs:label ?l . ?p kg:inDistrict ?x",
    "organisation": "?st rdf:predicate kg:worksFor ; rdf:object ?x . ?x rdfs:label ?l",
    "source": "?st rdf:predicate kg:funded ; rdf:subject ?x . ?x rdfs:label ?l",
    "implementer": "?x kg:implements ?p ; rdfs:label ?l",
    "award": "?st rdf:predicate kg:designatedAs ; rdf:object ?x . ?x rdfs:label ?l",
}


def _focus(st) -> tuple[dict[str, str], dict[str, str]]:
    """For each parameter, the label of the entity with the most facts of that kind in a real store,
    and of a typical one (the median of the entities with such facts, by their number)."""
    from kg.rdf import PREFIXES

    pfx = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    top, typical = {}, {}
    for name, where in _FOCUS.items():
        # a name of one entity only (本报 names every article's own paper: a parameter of hundreds)
        q = (
            f"SELECT ?l (COUNT(*) AS ?n) WHERE {{ {where} FILTER NOT EXISTS {{ ?y rdfs:label ?l FILTER(?y != ?x) }} }}"
            " GROUP BY ?l ORDER BY DESC(?n) ?l"
        )
        ranked = [r["l"].value for r in st.query(pfx + q)]
        if ranked:  # (a small store may have none: the query then runs without the parameter)
            top[name], typical[name] = ranked[0], ranked[len(ranked) // 2]
    return top, typical


def _params(focus: dict[str, str]) -> dict[str, dict[str, str]]:
    """The parameters each bundled query is timed with (its selective form)."""
    wanted = {
        "entity": ("entity", "entity"),
        "mentions": ("entity", "entity"),
        "evidence": ("subject", "entity"),
        "designations": ("award", "award"),
        "officials": ("organisation", "organisation"),
        "funding": ("source", "source"),
        "programmes": ("implementer", "implementer"),
        "projects-by-district": ("place", "district"),
    }
    return {q: {p: focus[f]} for q, (p, f) in wanted.items() if f in focus}


def _median_ms(run, n: int = 5, warm: bool = True) -> tuple[float, float, int]:
    """The median wall and CPU times (ms) of n runs (after one warm-up if warm), and the number of rows.

    CPU time (of this process: the store answers in its thread) says what the query costs when the
    machine is shared; wall time is what a user waits.
    """
    walls, cpus, rows = [], [], 0
    for i in range(n + warm):
        t, c = time.perf_counter(), time.process_time()
        rows = len(run().rows)
        if i or not warm:
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000, rows


# the entities of a real store with the most statements, as their object and as their subject (a hub's
# answers are the largest: every bundled query that takes an entity is timed with each)
HUB_QUERY = (
    """SELECT ?x (COUNT(*) AS ?n) WHERE {{ ?st {role} ?x }} GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT {n}"""
)
HUB_OFFSETS = (0, 1000)  # the first page, and a page far from it (--offset)


def _hubs(st, n: int = 1) -> list[tuple[str, str, int]]:
    """(IRI, role, statements) of the n entities that are the object of the most statements and the n
    that are the subject of the most (one entity may be both)."""
    from kg.rdf import PREFIXES

    pfx = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    out: list[tuple[str, str, int]] = []
    for role in ("rdf:object", "rdf:subject"):
        for r in st.query(pfx + HUB_QUERY.format(role=role, n=n)):
            if all(r["x"].value != h[0] for h in out):
                out.append((r["x"].value, role.split(":")[1], int(r["n"].value)))
    return out


def hub_latencies(st, backend, n: int = 1) -> list[dict]:
    """Every bundled query that takes an entity, with each hub as that parameter: the median time of
    its first page (100 rows, as kg query prints it) and of a page far from it (offset 1,000)."""
    from kg.query import bundled_queries, run_query

    rows = []
    for iri, role, count in _hubs(st, n):
        labels = list(
            st.query(f"SELECT ?l WHERE {{ <{iri}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}")
        )
        name = labels[0]["l"].value if labels else iri
        for q in bundled_queries():
            for p in q.params:
                if p.type != "entity":
                    continue
                given = {p.name: f"<{iri}>"}
                row: dict = {"hub": name, "iri": iri, "role": role, "statements": count, "query": q.name}
                row["param"] = p.name
                for off in HUB_OFFSETS:
                    ms, cpu, got = _median_ms(
                        lambda q=q, given=given, off=off: run_query(
                            q, backend=backend, params=given, limit=PAGE, offset=off
                        )
                    )
                    row[f"ms_{off}"], row[f"cpu_ms_{off}"], row[f"rows_{off}"] = ms, cpu, got
                rows.append(row)
                print("hub", json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)  # progress
    return rows


def child_query(store: str, real: str = "", every: str = "every") -> dict:
    from kg.store import open_store

    base_rss = _peak_mb()
    t = time.perf_counter()
    st = open_store(store)
    reopen = time.perf_counter() - t
    reopen_rss = _peak_mb()
    from kg.query import LocalBackend, bundled_queries, parse_header, run_query

    backend = LocalBackend(st, store)
    focus, typical = (
        _focus(st)
        if real
        else (
            {
                "entity": FOCUS_COMPANY,
                "district": FOCUS_DISTRICT,
                "organisation": "测试市第0局",
                "source": "测试专项行动0",
                "implementer": "测试市第0局",
                "award": "测试示范区0",
            },
            {},
        )
    )
    params = _params(focus)
    district = focus.get("district", "")
    extra = {
        "count-by-type": "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c",
        "two-hop-join": "SELECT ?p ?d WHERE { ?c kg:operates ?p . ?p kg:locatedIn ?t . ?t kg:partOf ?d } LIMIT 1000",
        "evidence-by-object": f'SELECT ?st WHERE {{ ?st rdf:object ?o . ?o rdfs:label "{district}"@zh }}',
    }
    lat = {}
    items = [(q.name, q) for q in bundled_queries()] + [(k, parse_header(v, k)) for k, v in extra.items()]
    for name, q in items:
        given = params.get(name)
        row = {"params": given or {}}
        row["ms"], row["cpu_ms"], row["rows"] = _median_ms(
            lambda q=q, given=given: run_query(q, backend=backend, params=given)
        )
        if name in params:  # the first page, as kg query prints it (--limit 100)
            row["page_ms"], row["page_cpu_ms"], row["page_rows"] = _median_ms(
                lambda q=q, given=given: run_query(q, backend=backend, params=given, limit=PAGE)
            )
        if typical and name in params:  # a typical entity: what most questions cost
            tgiven = _params(typical)[name]
            row["typical_params"] = tgiven
            row["typical_ms"], row["typical_cpu_ms"], row["typical_rows"] = _median_ms(
                lambda q=q, tgiven=tgiven: run_query(q, backend=backend, params=tgiven)
            )
        if name in REPORTS and given and every == "every":  # the report of everything, too
            # one run: a report of everything takes seconds on 10,000 articles
            row["all_ms"], row["all_cpu_ms"], row["all_rows"] = _median_ms(
                lambda q=q: run_query(q, backend=backend), 1, False
            )
        lat[name] = row
        print(name, json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)  # progress
    hubs = hub_latencies(st, backend, int(os.environ.get("KG_BENCH_HUBS", "1"))) if real else []
    return {
        "hubs": hubs,
        "focus": focus,
        "typical": typical,
        "reopen_s": reopen,
        "reopen_rss_mb": reopen_rss - base_rss,
        "rss_before_mb": base_rss,
        "triples": len(st),
        "queries": lat,
        "peak_mb": _peak_mb(),
        "load": os.getloadavg(),
    }


def _child(mode: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, *args], check=True, stdout=subprocess.PIPE, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _print_queries(qry: dict) -> None:
    """Each query's median time with the parameters it was given (the most connected entity: every row,
    and the first page of 100 as kg query prints it; a typical entity on a real store), and of the
    whole report (no parameter)."""
    print()
    print(
        f"{'query':24s} {'median ms':>10s} {'cpu ms':>8s} {'rows':>7s} {'page ms':>8s} {'cpu ms':>8s} {'rows':>5s} "
        f"{'typical ms':>10s} {'cpu ms':>8s} "
        f"{'rows':>5s} {'all rows ms':>12s} {'cpu ms':>8s} {'rows':>7s}  parameters (most connected; typical)"
    )
    print(
        f"{'-' * 24} {'-' * 10} {'-' * 8} {'-' * 7} {'-' * 8} {'-' * 8} {'-' * 5} {'-' * 10} {'-' * 8} {'-' * 5} "
        f"{'-' * 12} {'-' * 8} {'-' * 7}  {'-' * 10}"
    )
    for name, v in qry["queries"].items():
        typical = (
            f"{v['typical_ms']:10.1f} {v['typical_cpu_ms']:8.1f} {v['typical_rows']:5d}"
            if "typical_ms" in v
            else f"{'':10s} {'':8s} {'':5s}"
        )
        every = (
            f"{v['all_ms']:12.1f} {v['all_cpu_ms']:8.1f} {v['all_rows']:7d}"
            if "all_ms" in v
            else f"{'':12s} {'':8s} {'':7s}"
        )
        page = (
            f"{v['page_ms']:8.1f} {v['page_cpu_ms']:8.1f} {v['page_rows']:5d}"
            if "page_ms" in v
            else f"{'':8s} {'':8s} {'':5s}"
        )
        given = ", ".join(f"{k}={x}" for k, x in v["params"].items())
        if "typical_params" in v:
            given += "; " + ", ".join(f"{k}={x}" for k, x in v["typical_params"].items())
        print(
            f"{name:24s} {v['ms']:10.1f} {v['cpu_ms']:8.1f} {v['rows']:7d} {page} {typical} {every}  {given}"
        )


def _print_hubs(qry: dict) -> None:
    """Each bundled query that takes an entity, for the most connected entities: first page and a page
    at offset 1,000 (medians of 5 runs; CPU ms for a shared machine)."""
    hubs = qry.get("hubs") or []
    if not hubs:
        return
    print()
    print("most connected entities (statements as object / subject), every query that takes an entity:")
    seen: set[str] = set()
    for h in hubs:
        if h["iri"] not in seen:
            seen.add(h["iri"])
            print(
                f"  {h['hub']} ({h['iri'].rsplit('/', 2)[-2]}): the {h['role']} of {h['statements']:,} statements"
            )
    print()
    print(
        f"{'query':22s} {'parameter':13s} {'page ms':>8s} {'cpu ms':>8s} {'rows':>5s} "
        f"{'@1000 ms':>9s} {'cpu ms':>8s} {'rows':>5s}  entity"
    )
    print(f"{'-' * 22} {'-' * 13} {'-' * 8} {'-' * 8} {'-' * 5} {'-' * 9} {'-' * 8} {'-' * 5}  {'-' * 10}")
    for h in hubs:
        print(
            f"{h['query']:22s} {h['param']:13s} {h['ms_0']:8.1f} {h['cpu_ms_0']:8.1f} {h['rows_0']:5d} "
            f"{h['ms_1000']:9.1f} {h['cpu_ms_1000']:8.1f} {h['rows_1000']:5d}  {h['hub']}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, help="Keep the generated graph and store in this folder.")
    ap.add_argument(
        "--store",
        type=Path,
        help="Time the queries on this store built by kg build (e.g. /tmp/kg-bench/out-10000-j1/store) "
        "instead of a synthetic graph.",
    )
    ap.add_argument(
        "--no-every",
        action="store_true",
        help="Time the reports for one entity only (not also the report of everything: minutes at 10,000 articles).",
    )
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        mode, *rest = a.child
        res = child_load(*rest) if mode == "load" else child_query(*rest)
        print(json.dumps(res))
        return
    if a.store:
        load = os.getloadavg()
        qry = _child("query", str(a.store), "real", "one" if a.no_every else "every")
        print(
            f"store {a.store}: {qry['triples']:,} triples; reopen {qry['reopen_s'] * 1000:.1f} ms; "
            f"peak RSS {qry['peak_mb']:.0f} MB; medians of 5 runs after a warm-up (one run for all rows); "
            f"load average {load[0]:.1f} before, {qry['load'][0]:.1f} after ({os.cpu_count()} cores)"
        )
        _print_queries(qry)
        _print_hubs(qry)
        return
    work = a.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    nt = work / "synthetic.nt"
    try:
        t = time.perf_counter()
        counts = generate(nt, a.triples)
        gen = time.perf_counter() - t
        size = nt.stat().st_size / 1e6
        load = _child("load", str(nt), str(work / "store"))
        store_mb = sum(p.stat().st_size for p in (work / "store").rglob("*") if p.is_file()) / 1e6
        qry = _child("query", str(work / "store"))
        print(
            f"synthetic graph: {counts['triples']:,} triples ({size:.0f} MB N-Triples, generated in {gen:.1f} s): "
            f"{counts['entity']:,} entities, {counts['mention']:,} mentions, {counts['relation']:,} relations, "
            f"{counts['statement']:,} statements, {counts['quantity']:,} quantity values; "
            f"{counts['provenance_triples'] / counts['triples']:.0%} of the triples are provenance "
            "(sentences, mention links and reified statements)"
        )
        print()
        print(f"{'step':36s} {'value':>12s}")
        print(f"{'-' * 36} {'-' * 12}")
        print(f"{'load (bulk_load + optimize + swap)':36s} {load['load_s']:10.2f} s")
        print(f"{'peak RSS while loading':36s} {load['peak_mb']:9.0f} MB")
        print(f"{'store size on disk':36s} {store_mb:9.0f} MB")
        print(f"{'reopen read-only':36s} {qry['reopen_s'] * 1000:9.1f} ms")
        print(f"{'peak RSS after all queries':36s} {qry['peak_mb']:9.0f} MB")
        _print_queries(qry)
    finally:
        if a.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
