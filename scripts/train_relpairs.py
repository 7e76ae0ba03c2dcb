"""Cross-validate (or train) the pair classifier of scripts/relpairs.py on the development sets.

    python scripts/train_relpairs.py --cv                         # leave one set out, per set and micro
    python scripts/train_relpairs.py --cv --predicates locatedIn  # the model may add only these
    python scripts/train_relpairs.py --cv --every                 # learn from the rules' triples too
    python scripts/train_relpairs.py --cv --entity                # with features of resolved entities
    python scripts/train_relpairs.py --alone                      # the model alone on held-out sets
    python scripts/train_relpairs.py --out model.json             # train on every development set

Sets new to the rules: the code of a commit before they were added, these scripts, the new sets, e.g.
dev10 and dev11, both added on cc9c3e6 (run from the repository; never put tests/unseen in a --test):

    git archive cc9c3e6 -- . ':(exclude)tests/unseen' | tar -x -C /tmp/old
    cp scripts/relpairs.py scripts/train_relpairs.py /tmp/old/scripts/
    PYTHONPATH=/tmp/old python /tmp/old/scripts/train_relpairs.py --shared ../shared \\
        --test dev10=tests/dev10,dev11=tests/dev11 [--every] [--predicates …]

The blind set (tests/unseen) is never read. Each article is built as kg builds it (the rules without the
model), its candidate pairs made (scripts/relpairs.py) and labelled by its gold file: a pair is
positive when the gold has the predicate between an entity named like its subject's entity and one
named like its object's (as kg eval matches relations). The model is a logistic regression (L2, AdaGrad
over the instances in a fixed order, no randomness), its threshold chosen by an inner cross-validation
over the training sets only. Pure Python: the same data gives the same file, byte for byte.

By default it learns only from the pairs the rules did not relate (what it would add); --every also
learns from the triples the rules made (labelled by the gold), which gives it ten times the positives
but teaches it the cases the rules already find. Either way only triples the rules did not make are
added and scored. Measured 2026-12-07 (README Design): no variant gains on the held-out sets.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import relpairs  # noqa: E402
from score import SETS  # noqa: E402

from kg import schema  # noqa: E402
from kg.evaluate import _coarse, _norm, load_gold, score_one  # noqa: E402
from kg.runtime.executor import extract_bytes  # noqa: E402

DEV_SETS = tuple(n for n in SETS if n != "unseen")  # the blind set is never read
EPOCHS = 8
RATE = 0.3
L2 = 1e-4
MIN_COUNT = 2  # a feature seen fewer times in the training instances gets no weight
THRESHOLDS = tuple(round(0.3 + 0.05 * i, 2) for i in range(14))  # 0.30 … 0.95
INNER = 3  # inner folds (of whole sets) that choose the threshold


@dataclass
class Article:
    name: str
    ents: dict  # entity id -> {"types", "names"} as kg.evaluate reads a graph
    rels: set  # the rules' (subject, predicate, object)
    gold: dict
    triples: dict = field(default_factory=dict)  # (s, p, o) -> list of feature tuples (one per sentence)
    labels: dict = field(default_factory=dict)  # (s, p, o) -> 0/1


def build_article(gold_path: Path, docs: Path, publisher: str) -> Article:
    from kg.resolve import resolve

    gold = load_gold(gold_path)
    doc = docs / gold["document"]
    st, ctx, _ = extract_bytes(doc.name, str(doc), doc.read_bytes(), publisher, None, keep=True, blob=False)
    assert st == "ok", ctx
    cands = list(relpairs.pairs(ctx, every=True))
    entities, relations = resolve([ctx])
    eid = {id(m): e.id for e in entities for m in e.mentions}
    types = {e.id: e.type for e in entities}
    ents = {
        e.id: {"types": {_coarse(e.type)}, "names": ({_norm(e.label)} | {_norm(a) for a in e.aliases}) - {""}}
        for e in entities
    }
    rels = {(r.subject, r.predicate, r.object) for r in relations}
    art = Article(gold_path.stem, ents, rels, gold)
    gnames = {
        g["id"]: {_norm(g["label"])} | {_norm(a) for a in g.get("aliases", [])} for g in gold["entities"]
    }
    gold_rels = {(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]}
    # the gold facts the rules found already: another triple naming them is no gain
    found = {
        (gs, gp, go)
        for gs, gp, go in gold_rels
        if any(
            p == gp and ents[s]["names"] & gnames[gs] and ents[o]["names"] & gnames[go] for s, p, o in rels
        )
    }
    for c in cands:
        s, o = eid.get(id(c.subject)), eid.get(id(c.object))
        if s is None or o is None or s == o:
            continue
        t = (s, c.predicate, o)
        if not schema.allowed(c.predicate, types[s], types[o]):
            continue
        art.triples.setdefault(t, []).append(c.features)
    for t in art.triples:
        s, p, o = t
        # a triple the rules made is learnt from as the gold says; one they did not make is positive
        # only for a gold fact they did not find
        art.labels[t] = int(
            any(
                gp == p and ents[s]["names"] & gnames[gs] and ents[o]["names"] & gnames[go]
                for gs, gp, go in (gold_rels if t in rels else gold_rels - found)
            )
        )
    return art


def collect(cache: Path | None = None, shared: Path | None = None) -> dict[str, list[Article]]:
    if cache is not None and cache.is_file():
        return pickle.loads(cache.read_bytes())
    data = {}
    for name in DEV_SETS:
        gold_dir, docs, publisher = SETS[name]
        if shared is not None and name == "dev":  # ../shared seen from a copy of the repository elsewhere
            gold_dir, docs = shared / "dev/gold", shared / "dev/texts"
        data[name] = [build_article(g, docs, publisher) for g in sorted(gold_dir.glob("*.json"))]
        print(f"{name}: {len(data[name])} articles", file=sys.stderr)
    if cache is not None:
        cache.write_bytes(pickle.dumps(data))
    return data


EVERY = [False]  # --every: learn from the rules' triples too


def add_entity_features(data: dict[str, list[Article]]) -> None:
    """--entity: what only the resolved graph knows, added to each candidate the rules did not make:
    whether the rules gave its subject entity (its object entity) the predicate with another partner
    (a thing located once, SCHEMA.md convention 6). Used in kg, these would need a step after
    resolution; here they measure whether it would be worth one."""
    for arts in data.values():
        for a in arts:
            subj = {(s, p) for s, p, _ in a.rels}
            obj = {(p, o) for _, p, o in a.rels}
            for t, fs in a.triples.items():
                s, p, o = t
                if t in a.rels:
                    continue
                extra = ((f"{p}|E-s-has",) if (s, p) in subj else ()) + (
                    (f"{p}|E-o-has",) if (p, o) in obj else ()
                )
                a.triples[t] = [f + extra for f in fs]


def instances(arts: list[Article]) -> list[tuple[tuple[str, ...], int]]:
    every = EVERY[0]
    return [
        (f, a.labels[t]) for a in arts for t, fs in a.triples.items() if every or t not in a.rels for f in fs
    ]


def train(arts: list[Article], predicates: frozenset[str]) -> dict[str, float]:
    """Logistic regression by AdaGrad over the instances in their fixed order."""
    data = [(f, y) for f, y in instances(arts) if f[0].split("|", 1)[0] in predicates]
    counts = Counter(x for f, _ in data for x in set(f))
    keep = {x for x, n in counts.items() if n >= MIN_COUNT}
    data = [(tuple(sorted({x for x in f if x in keep})), y) for f, y in data]
    w: dict[str, float] = defaultdict(float)
    g2: dict[str, float] = defaultdict(lambda: 1e-8)
    for _ in range(EPOCHS):
        for f, y in data:
            z = sum(w[x] for x in f)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            for x in f:
                gx = g + L2 * w[x]
                g2[x] += gx * gx
                w[x] -= RATE * gx / math.sqrt(g2[x])
    return {x: round(v, 4) for x, v in sorted(w.items()) if abs(round(v, 4)) >= 1e-4}


def predict(model: relpairs.Model, art: Article) -> dict[tuple, float]:
    """Each candidate triple's probability: its best sentence."""
    out = {}
    for t, fs in art.triples.items():
        if t[1] in model.predicates and t not in art.rels:
            out[t] = max(model.probability(f) for f in fs)
    return out


def score(arts: list[Article], probs: list[dict[tuple, float]] | None, threshold: float):
    """The relation table of the articles: rules alone (probs None) or with the accepted triples."""
    from kg.evaluate import Score

    total = Score()
    for i, a in enumerate(arts):
        rels = set(a.rels)
        if probs is not None:
            rels |= {t for t, p in probs[i].items() if p >= threshold}
        total.add(score_one(a.ents, rels, a.gold))
    return total.relations


def choose_threshold(by_set: dict[str, list[Article]], predicates: frozenset[str]) -> float:
    """The threshold with the best micro F1 over the training sets, each scored by a model that did not
    see it (INNER folds of whole sets, the sets dealt round-robin in their fixed order)."""
    names = list(by_set)
    folds = [names[k::INNER] for k in range(INNER)]
    arts: list[Article] = []
    probs: list[dict] = []
    for fold in folds:
        if not fold:
            continue
        tr = [a for n in names if n not in fold for a in by_set[n]]
        m = relpairs.Model(0.5, train(tr, predicates), predicates)
        for n in fold:
            for a in by_set[n]:
                arts.append(a)
                probs.append(predict(m, a))
    best = max(THRESHOLDS, key=lambda t: (round(score(arts, probs, t).micro[2], 6), t))
    return best


def fit(by_set: dict[str, list[Article]], predicates: frozenset[str]) -> dict:
    threshold = choose_threshold(by_set, predicates)
    weights = train([a for arts in by_set.values() for a in arts], predicates)
    return {
        "about": "scripts/relpairs.py: logistic regression over candidate pairs, "
        "trained by scripts/train_relpairs.py from the development sets (never tests/unseen)",
        "threshold": threshold,
        "predicates": sorted(predicates),
        "weights": weights,
    }


def dumps(model: dict) -> str:
    return json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def fmt(t) -> str:
    p, r, f = t.micro
    tp, fp, fn = sum(t.tp.values()), sum(t.fp.values()), sum(t.fn.values())
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})"


def cross_validate(data: dict[str, list[Article]], predicates: frozenset[str]) -> None:
    from kg.evaluate import Table

    base_all, model_all = Table(), Table()
    better = worse = 0
    for held in data:
        train_sets = {n: a for n, a in data.items() if n != held}
        m = relpairs.model_from(fit(train_sets, predicates))
        arts = data[held]
        b = score(arts, None, 1.0)
        w = score(arts, [predict(m, a) for a in arts], m.threshold)
        base_all.add(b)
        model_all.add(w)
        better += w.micro[2] > b.micro[2] + 1e-9
        worse += w.micro[2] < b.micro[2] - 1e-9
        print(f"{held:9s} t={m.threshold:.2f} rules {fmt(b)}  +model {fmt(w)}", flush=True)
    print(f"{'micro':9s}        rules {fmt(base_all)}  +model {fmt(model_all)}")
    print(f"sets better {better}, worse {worse}, of {len(data)}")
    print("per relation (micro over the held-out sets): predicate rules-F1 -> model-F1 (tp fp fn)")
    for k in sorted(set(base_all.tp) | set(base_all.fn) | set(model_all.fp)):
        fb = base_all.prf(base_all.tp[k], base_all.fp[k], base_all.fn[k])[2]
        fm = model_all.prf(model_all.tp[k], model_all.fp[k], model_all.fn[k])[2]
        print(
            f"  {k:15s} {fb:.3f} -> {fm:.3f}  ({base_all.tp[k]} {base_all.fp[k]} {base_all.fn[k]})"
            f" -> ({model_all.tp[k]} {model_all.fp[k]} {model_all.fn[k]})"
        )


def alone(data: dict[str, list[Article]], predicates: frozenset[str]) -> None:
    """--alone: the model learnt from every triple as the only relation finder of each held-out set (the
    rules' partOf from the division list kept), at three thresholds: how it does where the rules
    did not see the text, to compare with the rules' figure on the blind set."""
    from kg.evaluate import Score

    EVERY[0] = True
    out = {t: Score() for t in (0.3, 0.5, 0.7)}
    for held in data:
        m = relpairs.Model(
            0.5, train([a for n, arts in data.items() if n != held for a in arts], predicates), predicates
        )
        for a in data[held]:
            probs = {
                t: max(m.probability(f) for f in fs) for t, fs in a.triples.items() if t[1] in predicates
            }
            kept = {t for t in a.rels if t[1] == "partOf" and t not in a.triples}
            for th, sc in out.items():
                sc.add(score_one(a.ents, kept | {t for t, p in probs.items() if p >= th}, a.gold))
    for th, sc in out.items():
        print(f"model alone, threshold {th}: {fmt(sc.relations)}")


def new_sets(
    data: dict[str, list[Article]], tests: dict[str, list[Article]], predicates: frozenset[str]
) -> None:
    """--test: trained on every development set the imported kg knows, applied to sets its rules never
    saw (run with an older commit's kg on PYTHONPATH and sets added after it); then, as a diagnostic
    only (it looks at the test sets), rules + model at fixed thresholds."""
    from kg.evaluate import Table

    m = relpairs.model_from(fit(data, predicates))
    tb, tm = Table(), Table()
    for name, arts in tests.items():
        b = score(arts, None, 1.0)
        w = score(arts, [predict(m, a) for a in arts], m.threshold)
        tb.add(b)
        tm.add(w)
        print(f"{name:9s} t={m.threshold:.2f} rules {fmt(b)}  +model {fmt(w)}")
    print(f"{'all':9s}        rules {fmt(tb)}  +model {fmt(tm)}")
    arts = [a for v in tests.values() for a in v]
    probs = [predict(m, a) for a in arts]
    print("diagnostic, rules + model at fixed thresholds:")
    for th in (0.3, 0.5, 0.7, 0.9):
        print(f"  {th}: {fmt(score(arts, probs, th))}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out figures")
    ap.add_argument("--out", type=Path, help="train on every development set and write the model here")
    ap.add_argument("--every", action="store_true", help="learn from the rules' triples too")
    ap.add_argument("--entity", action="store_true", help="add features of the resolved entities")
    ap.add_argument("--alone", action="store_true", help="the model alone, learnt from every triple (cv)")
    ap.add_argument(
        "--test",
        default="",
        help="NAME=DIR,… sets (DIR/gold, DIR/texts) new to the rules of the kg imported: train on the "
        "development sets, report rules vs rules + model on these",
    )
    ap.add_argument("--shared", type=Path, help="the ../shared folder, when run from a copy elsewhere")
    ap.add_argument("--cache", type=Path, help="keep the built articles in this pickle (development)")
    ap.add_argument(
        "--predicates", default="", help="comma-separated predicates the model may add (default: all)"
    )
    a = ap.parse_args()
    if not (a.cv or a.out or a.alone or a.test):
        ap.error("give --cv, --alone, --test or --out")
    EVERY[0] = a.every
    predicates = frozenset(a.predicates.split(",")) if a.predicates else frozenset(relpairs.PREDICATES)
    data = collect(a.cache, a.shared)
    if a.entity:
        add_entity_features(data)
    if a.cv:
        cross_validate(data, predicates)
    if a.alone:
        alone(data, predicates)
    if a.test:
        tests = {}
        for item in a.test.split(","):
            name, folder = item.split("=")
            d = Path(folder).resolve()
            tests[name] = [build_article(g, d / "texts", "") for g in sorted((d / "gold").glob("*.json"))]
        new_sets(data, tests, predicates)
    if a.out:
        a.out.write_text(dumps(fit(data, predicates)), encoding="utf-8")
        print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
