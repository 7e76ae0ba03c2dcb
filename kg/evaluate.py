"""Score a graph against gold annotations exactly as ../shared/tools/kgscore.py does (SCHEMA.md 'Scoring')."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import schema
from .errors import GoldError, InputError

# The scored classes and relations are the ontology's (SCHEMA.md), as kg.schema reads them.
CLASSES = frozenset(schema.CLASSES)
RELATIONS = frozenset(schema.RELATIONS)
_QUOTES = re.compile(r"[\s“”‘’\"'《》「」『』]")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel")


def _local(iri: str) -> str:
    return re.split(r"[#/:]", iri)[-1]


def _norm(name: str) -> str:
    return _QUOTES.sub("", name)


def _coarse(t: str) -> str:
    return "Person" if t in schema.PERSON_CLASSES else t  # Official and Person count as one type


@dataclass
class Table:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, other: Table) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def rows(self) -> list[tuple[str, float, float, float, int, int, int]]:
        out = []
        for k in sorted(set(self.tp) | set(self.fp) | set(self.fn)):
            out.append((k, *self.prf(self.tp[k], self.fp[k], self.fn[k]), self.tp[k], self.fp[k], self.fn[k]))
        return out

    @property
    def micro(self) -> tuple[float, float, float]:
        return self.prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))


@dataclass
class Score:
    entities: Table = field(default_factory=Table)
    relations: Table = field(default_factory=Table)
    misses: list[str] = field(default_factory=list)  # human-readable false negatives / positives

    def add(self, other: Score) -> None:
        self.entities.add(other.entities)
        self.relations.add(other.relations)
        self.misses.extend(other.misses)


def load_graph(path: str | Path):
    """Entities (types, names) and relation triples of an RDF file, as the reference scorer reads them."""
    import pyoxigraph as ox

    p = Path(path)
    fmt = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": None}.get(
        p.suffix, ox.RdfFormat.TURTLE
    )
    if fmt is None:
        import rdflib

        g = rdflib.Graph().parse(str(p), format="json-ld")
        triples = [(str(s), str(pp), o) for s, pp, o in g]
        lit = lambda o: str(o)  # noqa: E731
        is_lit = lambda o: isinstance(o, rdflib.Literal)  # noqa: E731
    else:
        try:
            triples = [
                (
                    str(t.subject.value) if hasattr(t.subject, "value") else str(t.subject),
                    t.predicate.value,
                    t.object,
                )
                for t in ox.parse(path=str(p), format=fmt)
            ]
        except (OSError, SyntaxError) as e:
            raise InputError(f"{p}: cannot read graph ({e})") from e
        lit = lambda o: o.value  # noqa: E731
        is_lit = lambda o: isinstance(o, ox.Literal)  # noqa: E731
    ents: dict[str, dict] = {}
    names: dict[str, set[str]] = {}
    for s, pr, o in triples:
        if pr in LABELS and is_lit(o):
            names.setdefault(s, set()).add(_norm(lit(o)))
    for s, pr, o in triples:
        if pr == RDF_TYPE and not is_lit(o):
            t = _local(str(o.value) if hasattr(o, "value") else str(o))
            if t in CLASSES:
                e = ents.setdefault(s, {"types": set(), "names": (names.get(s, set()) - {""})})
                e["types"].add(_coarse(t))
    rels = set()
    for s, pr, o in triples:
        if _local(pr) in RELATIONS and not is_lit(o):
            ov = str(o.value) if hasattr(o, "value") else str(o)
            if s in ents and ov in ents:
                rels.add((s, _local(pr), ov))
    return ents, rels


def load_gold(path: str | Path) -> dict:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
        gold["entities"], gold["relations"]  # noqa: B018
    except FileNotFoundError as e:
        raise GoldError(f"{path}: no such gold file") from e
    except (ValueError, KeyError, TypeError) as e:
        raise GoldError(f"{path}: not a gold annotation file ({e})") from e
    return gold


def score_one(ents: dict, rels: set, gold: dict) -> Score:
    """Greedy one-to-one matching, in the reference scorer's order."""
    sc = Score()
    gents = {
        e["id"]: {
            "type": _coarse(e["type"]),
            "label": e["label"],
            "names": {_norm(e["label"])} | {_norm(a) for a in e.get("aliases", [])},
        }
        for e in gold["entities"]
    }
    matched_pred: set[str] = set()
    et = sc.entities
    for _gid, ge in gents.items():
        hit = None
        for pid, pe in ents.items():
            if pid in matched_pred:
                continue
            if ge["type"] in pe["types"] and pe["names"] & ge["names"]:
                hit = pid
                break
        if hit is None:
            et.fn[ge["type"]] += 1
            sc.misses.append(f"missed {ge['type']} {ge['label']}")
        else:
            et.tp[ge["type"]] += 1
            matched_pred.add(hit)
    for pid, pe in ents.items():
        if pid not in matched_pred:
            et.fp[sorted(pe["types"])[0]] += 1
            sc.misses.append(f"extra {sorted(pe['types'])[0]} {sorted(pe['names'])[:3]}")
    rt = sc.relations
    gold_rels = list(dict.fromkeys((r["subject"], r["predicate"], r["object"]) for r in gold["relations"]))
    pred = list(rels)
    taken: set[int] = set()
    for gs, gp, go in gold_rels:
        found = None
        for i, (ps, pp, po) in enumerate(pred):
            if i in taken or pp != gp:
                continue
            if ents[ps]["names"] & gents[gs]["names"] and ents[po]["names"] & gents[go]["names"]:
                found = i
                break
        if found is None:
            rt.fn[gp] += 1
            sc.misses.append(f"missed {gents[gs]['label']} {gp} {gents[go]['label']}")
        else:
            taken.add(found)
            rt.tp[gp] += 1
    for i, (ps, pp, po) in enumerate(pred):
        if i not in taken:
            rt.fp[pp] += 1
            sc.misses.append(
                f"extra {min(ents[ps]['names'], default='?')} {pp} {min(ents[po]['names'], default='?')}"
            )
    return sc


def evaluate(graph_path: str | Path, gold_paths: list[str | Path]) -> Score:
    """Score one graph built from exactly the gold files' documents."""
    ents, rels = load_graph(graph_path)
    total = Score()
    for g in gold_paths:
        total.add(score_one(ents, rels, load_gold(g)))
    return total


def evaluate_pairs(pairs: list[tuple[str | Path, str | Path]]) -> Score:
    """Micro-average over per-document graphs (the before-stop scoreboard's mode)."""
    total = Score()
    for graph, gold in pairs:
        ents, rels = load_graph(graph)
        total.add(score_one(ents, rels, load_gold(gold)))
    return total


def format_score(sc: Score) -> str:
    lines = []
    for title, t in (("entities", sc.entities), ("relations", sc.relations)):
        lines.append(f"{title:16s} {'P':>6s} {'R':>6s} {'F1':>6s}  tp  fp  fn")
        for k, p, r, f, tp, fp, fn in t.rows():
            lines.append(f"{k:16s} {p:6.2f} {r:6.2f} {f:6.2f} {tp:3d} {fp:3d} {fn:3d}")
        p, r, f = t.micro
        lines.append(
            f"{'micro':16s} {p:6.2f} {r:6.2f} {f:6.2f} {sum(t.tp.values()):3d} {sum(t.fp.values()):3d} {sum(t.fn.values()):3d}"
        )
    lines.append(f"entity F1 {sc.entities.micro[2]:.3f} relation F1 {sc.relations.micro[2]:.3f}")
    return "\n".join(lines)
