"""Score a graph against gold annotations exactly as ../shared/tools/kgscore.py does (SCHEMA.md 'Scoring')."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
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
                ent = ents.setdefault(s, {"types": set(), "names": (names.get(s, set()) - {""})})
                ent["types"].add(_coarse(t))
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
    return match_one(ents, rels, gold)[0]


def match_one(ents: dict, rels: set, gold: dict) -> tuple[Score, dict[str, str], set[tuple[str, str, str]]]:
    """score_one, and what it matched: predicted entity IRI -> gold id, and the matched predicted triples
    (scripts/rule_audit.py credits each rule with the facts it found that the gold has)."""
    sc = Score()
    matched: dict[str, str] = {}
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
    for gid, ge in gents.items():
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
            matched[hit] = gid
    for pid, pe in ents.items():
        if pid not in matched_pred:
            et.fp[sorted(pe["types"])[0]] += 1
            sc.misses.append(f"extra {sorted(pe['types'])[0]} {sorted(pe['names'])[:3]}")
    rt = sc.relations
    gold_rels = list(dict.fromkeys((r["subject"], r["predicate"], r["object"]) for r in gold["relations"]))
    pred = sorted(rels)  # a set's order follows string hashing: sorted, the greedy matching is repeatable
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
    return sc, matched, {pred[i] for i in taken}


def evaluate(graph_path: str | Path, gold_paths: Sequence[str | Path]) -> Score:
    """Score one graph built from exactly the gold files' documents."""
    ents, rels = load_graph(graph_path)
    total = Score()
    for g in gold_paths:
        total.add(score_one(ents, rels, load_gold(g)))
    return total


def evaluate_pairs(pairs: Sequence[tuple[str | Path, str | Path]]) -> Score:
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


# --- values (money, quantities, dates), exactly as ../shared/tools/valscore.py scores them -----------
# Gold: every item of a gold file's "values" and every relation "amount". Graph: qudt:numericValue of a
# qudt:QuantityValue (owner: what points to it by kg:hasQuantity), kg:amount of a statement (owners: its
# rdf:subject and rdf:object), kg:date of a statement (likewise) or of any other node (owner: the node).
# Strict recall: same number (0.5 %) in a compatible unit on an owner named like the gold entity; loose:
# the number anywhere. Reading precision: each money literal against the reference's own reading of the
# money expressions in its evidence (its reader is reproduced below, so the figures agree exactly).

_KGNS = schema.NAMESPACE
_QUDT = "http://qudt.org/schema/qudt/"
_UNITNS = "http://qudt.org/vocab/unit/"
_CURNS = "http://qudt.org/vocab/currency/"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDFNS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_BOOKKEEPING = {_KGNS + n for n in ("start", "end", "confidence", "mentionCount", "divisionCode")}
_NUMERIC_TYPES = {_XSD + t for t in ("decimal", "integer", "double", "float", "int", "long")}
_DATE_TYPES = {_XSD + t for t in ("date", "gYearMonth", "gYear")}
_TOL = 0.005
_COUNTS = {
    "个", "项", "户", "名", "套", "家", "台", "只", "头", "enterprise", "project", "unit", "item", "head", "house",
    "container", "county", "department", "problem", "scenic area", "indicator", "phase", "person", "rank",
    "unit (set) of heat-exchange equipment", "年", "month", "hour", "day", "year",
}  # fmt: skip
_GOLD_UNITS = {
    "CNY": ("money:CNY", 1), "USD": ("money:USD", 1), "t": ("mass", 1), "t/year": ("mass", 1),
    "t/day": ("mass", 1), "MW": ("power", 1), "kW": ("power", 1e-3), "GW": ("power", 1e3), "kV": ("voltage", 1),
    "m2": ("area", 1), "km2": ("area", 1e6), "km": ("length", 1), "%": ("pct", 1), "percent": ("pct", 1),
    "mu": ("area:mu", 1),
}  # fmt: skip
_KG_UNITS = {
    _CURNS + "CNY": ("money:CNY", 1), _CURNS + "USD": ("money:USD", 1), _CURNS + "EUR": ("money:EUR", 1),
    _CURNS + "HKD": ("money:HKD", 1), _CURNS + "JPY": ("money:JPY", 1), _CURNS + "GBP": ("money:GBP", 1),
    _UNITNS + "TONNE": ("mass", 1), _UNITNS + "TONNE-PER-YR": ("mass", 1), _UNITNS + "MegaW": ("power", 1),
    _UNITNS + "KiloW": ("power", 1e-3), _UNITNS + "GigaW": ("power", 1e3), _UNITNS + "KiloV": ("voltage", 1),
    _UNITNS + "M2": ("area", 1), _UNITNS + "KiloM": ("length", 1), _UNITNS + "PERCENT": ("pct", 1),
    _UNITNS + "NUM": ("num", 1), _UNITNS + "MegaW-HR": ("energy", 1), _UNITNS + "GigaW-HR": ("energy", 1e3),
    _UNITNS + "KiloW-HR": ("energy", 1e-3),
}  # fmt: skip
_KG_UNITS.update(
    {_UNITNS + "CCY_" + c: ("money:" + c, 1) for c in ("CNY", "USD", "EUR", "HKD", "JPY", "GBP")}
)

# the reference scorer's reader of money and quantity expressions
_R_DIG = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "兩": 2}
_R_DIG |= {"壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_R_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_R_BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_R_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两兩三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟点點]+)"
_R_MULTS = r"(?:万亿|萬億|千万|千萬|百万|百萬|亿|億|万|萬|千|百)"
_R_MULTV = {
    "万亿": 1e12,
    "萬億": 1e12,
    "千万": 1e7,
    "千萬": 1e7,
    "百万": 1e6,
    "百萬": 1e6,
    "亿": 1e8,
    "億": 1e8,
}
_R_MULTV |= {"万": 1e4, "萬": 1e4, "千": 1e3, "百": 1e2}
_R_CURR = {
    "元": "CNY",
    "人民币": "CNY",
    "人民幣": "CNY",
    "美元": "USD",
    "欧元": "EUR",
    "歐元": "EUR",
    "港元": "HKD",
}
_R_CURR |= {"港币": "HKD", "港幣": "HKD", "日元": "JPY", "英镑": "GBP", "英鎊": "GBP"}
_R_MONEY = re.compile(
    rf"({_R_NUM})(?:多|余|餘)?((?:{_R_MULTS})*)(?:多|余|餘)?"
    r"(元|美元|欧元|歐元|港元|港币|港幣|日元|英镑|英鎊|人民币|人民幣)"
)
_R_QTY_UNITS = {"吨": "t", "噸": "t", "兆瓦": "MW", "千瓦": "kW", "吉瓦": "GW", "千伏": "kV", "平方米": "m2"}
_R_QTY_UNITS |= {"平方公里": "km2", "公里": "km", "亩": "mu", "畝": "mu", "%": "%", "％": "%"}
_R_QTY = re.compile(
    rf"({_R_NUM})(?:多|余|餘)?((?:{_R_MULTS})*)"
    r"(平方公里|平方米|兆瓦|千瓦|吉瓦|千伏|公里|吨|噸|亩|畝|%|％|[个個项項户戶名套家台臺只隻头頭辆輛])"
)


def _r_cn_number(s: str) -> float | None:
    if not s:
        return None
    if "点" in s or "點" in s:
        a, b = re.split("[点點]", s, maxsplit=1)
        ia = _r_cn_number(a)
        if ia is None or not all(c in _R_DIG for c in b):
            return None
        return ia + float("0." + "".join(str(_R_DIG[c]) for c in b))
    if all(c in _R_DIG for c in s) and len(s) > 1:
        return float("".join(str(_R_DIG[c]) for c in s))
    total, section, digit = 0.0, 0.0, None
    for c in s:
        if c in _R_DIG:
            digit = _R_DIG[c]
        elif c in _R_SMALL:
            section += (1 if digit is None else digit) * _R_SMALL[c]
            digit = None
        elif c in _R_BIG:
            section += digit or 0
            total = (total + section) * _R_BIG[c] if _R_BIG[c] > 1e4 else total + section * _R_BIG[c]
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0)


def _r_read(numtxt: str, mults: str) -> float | None:
    t = numtxt.replace(",", "")
    try:
        v: float | None = float(t)
    except ValueError:
        v = _r_cn_number(t)
    if v is None:
        return None
    i = 0
    while i < len(mults):
        for m in sorted(_R_MULTV, key=len, reverse=True):
            if mults.startswith(m, i):
                v *= _R_MULTV[m]
                i += len(m)
                break
        else:
            return None
    return v


def _r_money(text: str) -> list[tuple[float, str]]:
    out = []
    for m in _R_MONEY.finditer(text):
        v = _r_read(m.group(1), m.group(2))
        if v is not None:
            out.append((v, _R_CURR[m.group(3)]))
    return out


def _r_qty(text: str) -> list[tuple[float, str]]:
    out = []
    for m in _R_QTY.finditer(text):
        v = _r_read(m.group(1), m.group(2))
        if v is not None:
            out.append((v, _R_QTY_UNITS.get(m.group(3), "num")))
    return out


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _TOL * max(abs(a), abs(b)) if (a or b) else True


def _gold_dim(unit: str) -> tuple[str, float]:
    if unit in _GOLD_UNITS:
        return _GOLD_UNITS[unit]
    return ("num", 1) if unit in _COUNTS else (f"other:{unit}", 1)


_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def _is_date(gv: dict) -> bool:
    u = str(gv.get("unit") or "")
    return u in ("date", "date interval") or u.startswith("xsd:") or bool(_ISO.match(str(gv["value"])))


# a number of the graph: value, dimension, factor to the dimension's base unit, owners, node, kind
# (quantity | statement), evidence, sentence, and a statement's rdf:subject and rdf:object
_Num = tuple[float, str, float, set[str], str, str, str, str, str | None, str | None]


@dataclass
class _GraphValues:
    """The values of one graph file as the reference scorer reads them."""

    names: dict[str, set[str]]
    nums: list[_Num]
    dates: list[tuple[str, set[str]]]
    any_numbers: list[float]
    any_dates: set[str]

    def owner_names(self, owners) -> set[str]:
        out: set[str] = set()
        for o in owners:
            out |= self.names.get(o, set())
        return out


def _term(t) -> str:
    import pyoxigraph as ox

    if isinstance(t, ox.Literal):
        return t.value
    return str(t.value) if hasattr(t, "value") else str(t)


def load_values(path: str | Path) -> _GraphValues:
    """Numbers and dates of a graph file with their owners, names and evidence."""
    import pyoxigraph as ox

    p = Path(path)
    try:
        quads = list(
            ox.parse(path=str(p), format=ox.RdfFormat.TURTLE if p.suffix != ".nt" else ox.RdfFormat.N_TRIPLES)
        )
    except (OSError, SyntaxError) as e:
        raise InputError(f"{p}: cannot read graph ({e})") from e
    first: dict[tuple[str, str], object] = {}
    names: dict[str, set[str]] = {}
    owner_of_q: dict[str, set[str]] = {}
    nums_q, amounts, date_nodes, any_numbers, any_dates = [], [], [], [], set()
    for t in quads:
        s, pr, o = _term(t.subject), t.predicate.value, t.object
        first.setdefault((s, pr), o)
        if pr in LABELS and isinstance(o, ox.Literal):
            names.setdefault(s, set()).add(_norm(o.value))
        elif pr == _KGNS + "hasQuantity":
            owner_of_q.setdefault(_term(o), set()).add(s)
        elif pr == _QUDT + "numericValue":
            nums_q.append((s, o.value))
        elif pr == _KGNS + "amount":
            amounts.append((s, o.value))
        elif pr == _KGNS + "date":
            date_nodes.append((s, o.value))
            any_dates.add(o.value)
        if isinstance(o, ox.Literal) and pr not in _BOOKKEEPING and pr != _KGNS + "date":
            dt = o.datatype.value if o.datatype else ""
            if dt in _NUMERIC_TYPES:
                try:
                    any_numbers.append(float(o.value))
                except ValueError:
                    pass
            elif dt in _DATE_TYPES:
                any_dates.add(o.value)

    def val(s: str, pr: str) -> str | None:
        o = first.get((s, pr))
        return None if o is None else _term(o)

    def owners_of(n: str) -> set[str]:
        return {x for x in (val(n, _RDFNS + "subject"), val(n, _RDFNS + "object")) if x is not None}

    nums: list[_Num] = []
    for q, v in nums_q:
        u = val(q, _QUDT + "hasUnit") or val(q, _QUDT + "unit")
        dim, f = _KG_UNITS.get(str(u), (f"other:{u}", 1))
        ev = val(q, _KGNS + "text") or val(q, _KGNS + "sentence") or ""
        nums.append(
            (
                float(v),
                dim,
                f,
                owner_of_q.get(q, set()),
                q,
                "quantity",
                ev,
                val(q, _KGNS + "sentence") or "",
                None,
                None,
            )
        )
    for st, v in amounts:
        cur = val(st, _KGNS + "currency")
        dim, f = _KG_UNITS.get(str(cur), ("money:CNY", 1)) if cur else ("money:CNY", 1)
        sent = val(st, _KGNS + "sentence") or ""
        subj, obj = val(st, _RDFNS + "subject"), val(st, _RDFNS + "object")
        nums.append((float(v), dim, f, owners_of(st), st, "statement", sent, sent, subj, obj))
    dates = [(d, owners_of(n) or {n}) for n, d in date_nodes]
    return _GraphValues(names, nums, dates, any_numbers, any_dates)


def gold_values(gold: dict) -> list[dict]:
    """The gold values of a gold file: its "values" and its relations' amounts (owner: the subject)."""
    ents = {e["id"]: e for e in gold["entities"]}

    def names(eid):
        if eid is None or eid not in ents:
            return None
        e = ents[eid]
        return {_norm(e["label"])} | {_norm(a) for a in e.get("aliases", [])}

    out = []
    for v in gold.get("values", []):
        subj = v.get("entity", v.get("subject"))
        nm = names(subj)
        if v.get("appliesAlsoTo"):
            extra = v["appliesAlsoTo"] if isinstance(v["appliesAlsoTo"], list) else [v["appliesAlsoTo"]]
            for x in extra:
                nm = (nm or set()) | (names(x) or set())
        out.append(
            {
                "kind": "value",
                "label": ents.get(subj, {}).get("label") if subj else None,
                "names": nm,
                "property": v.get("property", v.get("attribute")),
                "value": v["value"],
                "unit": v.get("unit", ""),
                "evidence": v.get("evidence") or v.get("text") or "",
            }
        )
    for r in gold["relations"]:
        a = r.get("amount")
        if not a:
            continue
        out.append(
            {
                "kind": "relation-amount",
                "label": ents[r["subject"]]["label"],
                "names": names(r["subject"]),
                "object_names": names(r["object"]),
                "property": f"{r['predicate']}->{ents[r['object']]['label']}",
                "value": a["value"],
                "unit": a.get("unit", "CNY"),
                "evidence": r.get("amount_evidence") or r.get("evidence", ""),
            }
        )
    return out


def _match_value(gv: dict, G: _GraphValues) -> tuple[bool, bool]:
    want = gv["names"]
    if _is_date(gv):
        parts = str(gv["value"]).split("/")
        owned = {d for d, owners in G.dates if want is None or G.owner_names(owners) & want}
        return all(p in owned for p in parts), all(p in G.any_dates for p in parts)
    try:
        val = float(gv["value"])
    except (TypeError, ValueError):
        return False, False
    dim, f = _gold_dim(gv["unit"])
    loose = any(_close(val, x) for x in G.any_numbers)
    for v, kdim, kf, owners, _node, kind, _, _, subj, obj in G.nums:
        if kdim != dim or not _close(val * f, v * kf):
            continue
        if gv["kind"] == "relation-amount":
            if (
                kind == "statement"
                and G.names.get(subj or "", set()) & want
                and G.names.get(obj or "", set()) & gv["object_names"]
            ):
                return True, loose
        elif want is None or G.owner_names(owners) & want:
            return True, loose
    return False, loose


@dataclass
class ValueScore:
    """Value recall (strict, loose) and the reading precision of money and quantity literals."""

    counts: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, other: ValueScore) -> None:
        self.counts.update(other.counts)
        self.misses.extend(other.misses)


def score_values(G: _GraphValues, gold: dict) -> ValueScore:
    """One gold file's values against one graph."""
    vs = ValueScore()
    c = vs.counts
    gvals = gold_values(gold)
    doc = gold.get("document", "")
    for gv in gvals:
        strict, loose = _match_value(gv, G)
        c["gold"] += 1
        c["strict"] += strict
        c["loose"] += loose
        if not strict:
            vs.misses.append(
                f"MISS {doc} {gv['label']} {gv['property']} = {gv['value']} {gv['unit']}"
                f"{' (number elsewhere in graph)' if loose else ''}: {gv['evidence']}"
            )
    gold_cny = [(float(g["value"]), g["names"]) for g in gvals if g["unit"] == "CNY" and not _is_date(g)]
    for v, dim, f, owners, _node, kind, ev, sent, _, _ in G.nums:
        if dim.startswith("money:"):
            c["money"] += 1
            reads = _r_money(ev) or (_r_money(sent) if kind == "quantity" else [])
            if reads:
                c["money_readable"] += 1
                c["money_read_ok"] += any(_close(v, r) and dim == "money:" + cur for r, cur in reads)
            hits = [n for x, n in gold_cny if _close(v, x)]
            if hits:
                c["money_gold"] += 1
                on = G.owner_names(owners)
                c["money_gold_owner"] += any(n is None or on & n for n in hits)
        elif dim != "num" or kind == "quantity":
            c["qty"] += 1
            reads = _r_qty(ev)
            if reads:
                c["qty_readable"] += 1
                c["qty_read_ok"] += any(_close(v * f, r * _gold_dim(u)[1]) for r, u in reads)
    return vs


def evaluate_values(pairs: list[tuple[str | Path, str | Path]]) -> ValueScore:
    """Micro-averaged value scores over (graph, gold file) pairs."""
    total = ValueScore()
    cache: dict[str, _GraphValues] = {}
    for graph, gold in pairs:
        if str(graph) not in cache:
            cache[str(graph)] = load_values(graph)
        G = cache[str(graph)]
        total.add(score_values(G, load_gold(gold)))
    return total


def format_values(vs: ValueScore) -> str:
    """The value summary, in the reference scorer's words (its 'ALL:' lines)."""
    c = vs.counts

    def r(x: int, y: int) -> str:
        return f"{x / y:.2f}" if y else "n/a"

    return "\n".join(
        [
            f"values recall strict {r(c['strict'], c['gold'])} ({c['strict']}/{c['gold']}), "
            f"loose {r(c['loose'], c['gold'])} ({c['loose']}/{c['gold']})",
            f"values money reading precision {r(c['money_read_ok'], c['money_readable'])} "
            f"({c['money_read_ok']}/{c['money_readable']} readable of {c['money']} money literals); "
            f"gold-backed {r(c['money_gold'], c['money'])} ({c['money_gold']}/{c['money']}), "
            f"on the gold entity {r(c['money_gold_owner'], c['money'])}; "
            f"quantity reading precision {r(c['qty_read_ok'], c['qty_readable'])} "
            f"({c['qty_read_ok']}/{c['qty_readable']} of {c['qty']})",
        ]
    )
