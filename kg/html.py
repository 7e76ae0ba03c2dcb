"""The interactive graph page: one self-contained HTML file that works from disk with the network off.

Design (issue 6):

* vis-network's JavaScript is read at render time from the copy pyvis ships inside its package and
  inlined; nothing is fetched at run time and the page contains no ``http://`` or ``https://`` text
  at all (the few URLs in vis-network's licence comments and its SVG namespace string are rewritten
  as ``http:\\/\\/``, which JavaScript reads as the same string).
* All data goes into one ``<script type="application/json">`` block with ``<``, ``>``, ``&``, ``/``,
  U+2028 and U+2029 escaped, and the page's script puts every string into the DOM with
  ``textContent`` (labels are drawn on a canvas), so article text can never become markup.
* Every graph gets a cheap O(nodes + edges) layout computed here (a balloon tree per connected
  component, components shelf-packed, isolated entities in a grid by class). Graphs of up to
  ``PHYSICS_MAX_NODES`` nodes refine it with vis-network's physics, capped, and switched off once
  stabilised. Bigger graphs are drawn at once with these positions and physics off; right after the
  first frame the page runs a few hundred iterations of a grid-accelerated force layout (at most two
  seconds) on the components of ``RELAX_MIN_COMPONENT`` nodes or more, redraws once, and stops.
  Pure-Python force layouts cost about 0.3 s per iteration at 5,000 nodes, the page's JavaScript
  about 10 ms.
* Search matches labels and aliases in Simplified or Traditional script: names are normalised here
  with a per-character Traditional->Simplified table from OpenCC, and the part of that table that
  can lead to a character of the graph's names is embedded so the typed query is normalised the same
  way in the browser.
"""

from __future__ import annotations

import html as _html
import json
import math
import re
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError, KGError
from .io import atomic_write
from .model import Evidence, Graph
from .registry import exporter
from .schema import CLASSES, LABELS, RELATIONS

#: Above this many nodes the page uses the precomputed layout with physics off.
PHYSICS_MAX_NODES = 500
# Graphs of more entities get the overview page: the OVERVIEW_NODES most connected entities are
# drawn (with their evidence, at most OVERVIEW_EVIDENCE items each), every other entity and relation
# is embedded compactly (names, class, links; evidence as article and rule) for search and drawn
# with its neighbourhood on demand.
OVERVIEW_MIN_NODES = 5000
OVERVIEW_NODES = 300
OVERVIEW_EVIDENCE = 10
#: Labels longer than this are shortened on the canvas (the side panel shows them in full).
MAX_CANVAS_LABEL = 16

# Presentation of each SCHEMA class: (colour, vis shape); a test checks the keys are kg.schema's classes.
CLASS_LOOK: dict[str, tuple[str, str]] = {
    "Province": ("#1b5e20", "hexagon"),
    "City": ("#2e7d32", "hexagon"),
    "District": ("#66bb6a", "hexagon"),
    "Town": ("#9ccc65", "dot"),
    "Village": ("#c0ca33", "dot"),
    "Zone": ("#00897b", "square"),
    "GovernmentBody": ("#c62828", "diamond"),
    "Company": ("#1565c0", "square"),
    "Institution": ("#6a1b9a", "diamond"),
    "Project": ("#ef6c00", "triangle"),
    "Programme": ("#8d6e63", "triangleDown"),
    "Designation": ("#f9a825", "star"),
    "Event": ("#d81b60", "star"),
    "Person": ("#78909c", "dot"),
    "Official": ("#37474f", "dot"),
}
_OTHER_STYLE = ("其他", "other", "#9e9e9e", "dot")
# class: (Chinese name, English name, colour, vis shape), the names being the ontology's labels.
CLASS_STYLE: dict[str, tuple[str, str, str, str]] = {
    c: (*LABELS[c], *CLASS_LOOK.get(c, _OTHER_STYLE[2:])) for c in CLASSES
}
# relation: (Chinese name, English name), the ontology's labels.
RELATION_NAMES: dict[str, tuple[str, str]] = {r: (LABELS[r].zh, LABELS[r].en) for r in RELATIONS}

_FONT = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'
)


# --- assets -----------------------------------------------------------------------------------


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", name))


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network's standalone build, read from the pyvis package (newest bundled version)."""
    try:
        root = resources.files("pyvis")
    except ModuleNotFoundError as e:  # pragma: no cover - pyvis is a declared dependency
        raise KGError("the HTML page needs pyvis (pip install pyvis), which ships vis-network") from e
    found: list[tuple[tuple[int, ...], Any]] = []
    for base in ("templates/lib", "lib"):
        lib = root.joinpath(base)
        if not lib.is_dir():
            continue
        for d in lib.iterdir():
            js = d.joinpath("vis-network.min.js")
            if d.name.startswith("vis-") and js.is_file():
                found.append((_version_key(d.name), js))
        if found:
            break
    if not found:  # pragma: no cover
        raise KGError("vis-network.min.js not found inside the installed pyvis package")
    text = max(found, key=lambda t: t[0])[1].read_text(encoding="utf-8")
    return _inline_safe_js(text)


def _inline_safe_js(js: str) -> str:
    """Make a script safe to inline: no <script or </script, no comment opener, no source map, no http(s):// text."""
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    js = re.sub(r"""(["'])<(script)""", r"\1\\x3C\2", js, flags=re.IGNORECASE)  # "<script>" in a string
    js = js.replace("<!--", "<\\!--")
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)  # DevTools would fetch it
    # In a string, a regex or a comment "\/" reads as "/", so this keeps the script's meaning.
    return re.sub(r"(https?):(/)(/)", r"\1:\\/\\/", js)


# --- Traditional -> Simplified ----------------------------------------------------------------


@lru_cache(maxsize=1)
def _t2s_table() -> dict[str, str]:
    """Every CJK character that OpenCC's t2s maps to a different single character."""
    from .ingest import _t2s

    cc = _t2s()
    ranges = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
    table: dict[str, str] = {}
    for lo, hi in ranges:
        for cp in range(lo, hi):
            c = chr(cp)
            s = cc.convert(c)
            if s != c and len(s) == 1:
                table[c] = s
    return table


def _norm(text: str, table: dict[str, str]) -> str:
    """Search key: lower case, no white space, each Traditional character replaced by its Simplified form."""
    return "".join(table.get(c, c) for c in text.lower() if not c.isspace())


# --- focus ------------------------------------------------------------------------------------


def neighbourhood(graph: Graph, focus: str, hops: int = 1) -> Graph:
    """The part of graph within hops relations (either direction) of the entity named focus.

    focus is an entity id, label or alias (Traditional or Simplified); an unknown name raises
    InputError.
    """
    if hops < 0:
        raise InputError(f"--hops must be 0 or more, not {hops}")
    centres = _find_focus(graph, focus)
    adj: dict[str, set[str]] = defaultdict(set)
    for r in graph.relations:
        adj[r.subject].add(r.object)
        adj[r.object].add(r.subject)
    dist = dict.fromkeys(centres, 0)
    q = deque(centres)
    while q:
        u = q.popleft()
        if dist[u] >= hops:
            continue
        for v in adj[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    entities = tuple(e for e in graph.entities if e.id in dist)
    relations = tuple(r for r in graph.relations if r.subject in dist and r.object in dist)
    docs = {m.doc_id for e in entities for m in e.mentions} | {
        ev.doc_id for r in relations for ev in r.evidence
    }
    return Graph(tuple(d for d in graph.documents if d.id in docs), entities, relations, graph.skipped)


def _find_focus(graph: Graph, focus: str) -> list[str]:
    """Ids of the entities named focus: by id, else by label, else by alias (script-insensitive)."""
    name = (focus or "").strip()
    if not name:
        raise InputError("--focus needs an entity name or id")
    ids = {e.id for e in graph.entities}
    if name in ids:
        return [name]
    table = _t2s_table()
    key = _norm(name, table)
    by_label = [e.id for e in graph.entities if _norm(e.label, table) == key]
    if by_label:
        return by_label
    by_alias = [e.id for e in graph.entities if any(_norm(a, table) == key for a in e.aliases)]
    if by_alias:
        return by_alias
    raise InputError(f"--focus: no entity is named or has the id '{focus}'")


# --- layout -----------------------------------------------------------------------------------


#: Components with at least this many nodes are refined by the page's force layout (big graphs only).
RELAX_MIN_COMPONENT = 40


def _shelf(
    blocks: list[tuple[float, float, dict[str, tuple[float, float]]]],
) -> tuple[dict[str, tuple[float, float]], float, float]:
    """Shelf-pack blocks (width, height, positions), largest first, rows about square-root wide."""
    total = sum(w * h for w, h, _ in blocks)
    row_width = max([math.sqrt(total) * 1.3] + [w for w, _, _ in blocks])
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = width = 0.0
    for w, h, pos in sorted(blocks, key=lambda b: -b[0] * b[1]):
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for k, (px, py) in pos.items():
            out[k] = (x + px, y + py)
        x += w
        width = max(width, x)
        row_h = max(row_h, h)
    return out, width, y + row_h


def layout(
    ids: list[str], adj: dict[str, set[str]], types: dict[str, str], spacing: float = 70.0
) -> tuple[dict[str, tuple[float, float]], set[str]]:
    """Cheap deterministic layout, O(nodes + edges); returns positions and the nodes of big components.

    Each connected component is drawn as a balloon tree: a BFS tree rooted at its best-connected
    node, every node's children on a circle around it (sized so the children's own balloons do not
    overlap), grouped by class. Components of RELAX_MIN_COMPONENT nodes or more are packed on the
    left; smaller ones and a grid of the isolated entities (ordered by class) on the right.
    """
    rank = {c: i for i, c in enumerate(CLASSES)}
    order = sorted(ids, key=lambda i: (-len(adj[i]), i))
    seen: set[str] = set()
    blocks: list[tuple[float, float, dict[str, tuple[float, float]]]] = []  # (width, height, positions)
    isolated: list[str] = []
    half = spacing / 2
    for root in order:
        if root in seen:
            continue
        seen.add(root)
        if not adj[root]:
            isolated.append(root)
            continue
        bfs = [root]
        children: dict[str, list[str]] = {root: []}
        i = 0
        while i < len(bfs):
            u = bfs[i]
            i += 1
            for v in sorted(adj[u], key=lambda v: (rank.get(types[v], 99), -len(adj[v]), v)):
                if v not in seen:
                    seen.add(v)
                    children[u].append(v)
                    children[v] = []
                    bfs.append(v)
        # Bottom-up: radius of each node's balloon and of the circle its children sit on.
        disk: dict[str, float] = {}
        ring: dict[str, float] = {}
        gap: dict[str, float] = {}
        for u in reversed(bfs):
            ch = children[u]
            if not ch:
                disk[u] = half
                continue
            g = 0.0 if u == root or len(ch) < 2 else math.pi / 4  # leave room for the edge to the parent
            widest = max(disk[c] for c in ch)
            r = max(spacing * 1.3, sum(2 * disk[c] for c in ch) * 1.08 / (2 * math.pi - 2 * g), widest + half)
            ring[u], gap[u] = r, g
            disk[u] = r + widest
        # Top-down: place children on their parent's circle, the gap facing the grandparent.
        pos = {root: (0.0, 0.0)}
        facing = {root: 0.0}  # direction from a node to its parent
        for u in bfs:
            ch = children[u]
            if not ch:
                continue
            ux, uy = pos[u]
            if len(ch) == 1 and u != root:
                angles = [facing[u] + math.pi]
            else:
                total = sum(disk[c] for c in ch)
                a = facing[u] + gap[u]
                sweep = 2 * math.pi - 2 * gap[u]
                angles = []
                for c in ch:
                    span = sweep * disk[c] / total
                    angles.append(a + span / 2)
                    a += span
            for c, ang in zip(ch, angles, strict=True):
                pos[c] = (ux + ring[u] * math.cos(ang), uy + ring[u] * math.sin(ang))
                facing[c] = ang + math.pi
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        x0, y0 = min(xs) - spacing, min(ys) - spacing
        blocks.append(
            (
                max(xs) + spacing - x0,
                max(ys) + spacing - y0,
                {k: (x - x0, y - y0) for k, (x, y) in pos.items()},
            )
        )
    if isolated:
        isolated.sort(key=lambda i: (rank.get(types[i], 99), i))
        cols = max(1, math.ceil(math.sqrt(len(isolated) * 0.5)))
        dx, dy = spacing * 2.4, spacing * 1.1
        grid = {n: ((k % cols + 0.5) * dx, (k // cols + 0.5) * dy) for k, n in enumerate(isolated)}
        blocks.append((cols * dx, math.ceil(len(isolated) / cols) * dy, grid))
    big = [b for b in blocks if len(b[2]) >= RELAX_MIN_COMPONENT and b[2].keys().isdisjoint(isolated)]
    small = [b for b in blocks if not (len(b[2]) >= RELAX_MIN_COMPONENT and b[2].keys().isdisjoint(isolated))]
    left, lw, _ = _shelf(big)
    right, _, _ = _shelf(small)
    out = dict(left)
    shift = lw + 2 * spacing if left else 0.0
    out.update({k: (x + shift, y) for k, (x, y) in right.items()})
    if out:
        cx = (min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2
        cy = (min(p[1] for p in out.values()) + max(p[1] for p in out.values())) / 2
        out = {k: (round(px - cx, 1), round(py - cy, 1)) for k, (px, py) in out.items()}
    return out, {k for b in big for k in b[2]}


# --- data -------------------------------------------------------------------------------------


def _fmt_number(v: float) -> str:
    return f"{v:,.4f}".rstrip("0").rstrip(".")


def _fmt_amount(value: float | None, unit: str, approximate: bool = False) -> str:
    if value is None:
        return ""
    pre = "约" if approximate else ""
    if unit in ("CNY", "cur:CNY", ""):
        if abs(value) >= 1e8:
            return f"{pre}{_fmt_number(value / 1e8)}亿元 ({_fmt_number(value)} CNY)"
        if abs(value) >= 1e4:
            return f"{pre}{_fmt_number(value / 1e4)}万元 ({_fmt_number(value)} CNY)"
        return f"{pre}{_fmt_number(value)}元 (CNY)"
    return f"{pre}{_fmt_number(value)} {unit}"


def _style(cls: str) -> tuple[str, str, str, str]:
    return CLASS_STYLE.get(cls, (cls, cls, *_OTHER_STYLE[2:]))


def graph_data(graph: Graph, *, title: str = "kg", focus_ids: Iterable[str] = ()) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data: the whole graph drawn (up to
    OVERVIEW_MIN_NODES entities), else an overview (see `_overview_data`)."""
    if len(graph.entities) > OVERVIEW_MIN_NODES:
        return _overview_data(graph, title=title, focus_ids=focus_ids)
    return _full_data(graph, title=title, focus_ids=focus_ids)


def _overview_data(graph: Graph, *, title: str = "kg", focus_ids: Iterable[str] = ()) -> dict[str, Any]:
    """The page of a big graph: the OVERVIEW_NODES most connected entities (and the focus) in the
    format of `_full_data` ("nodes", "edges" among them, evidence capped at OVERVIEW_EVIDENCE), and
    every entity and relation in compact rows for search and on-demand neighbourhoods:

    * "more": [id, label, class index, degree, aliases] of every other entity;
    * "links": [subject index, object index, relation index, sentence, rule index(, details)] of
      every relation, indexes into nodes + more, DATA.relations, "sents" and "rules" ([name,
      confidence]); details {amount, date, title} when set. The evidence of a link is its first
      article (sentence text ""): `kg query evidence` lists every sentence.
    """
    focus = [i for i in focus_ids]
    degree: dict[str, int] = defaultdict(int)
    ids = {e.id for e in graph.entities}
    rels = [r for r in graph.relations if r.subject in ids and r.object in ids]
    for r in rels:
        degree[r.subject] += 1
        degree[r.object] += 1
    ranked = sorted(graph.entities, key=lambda e: (-degree[e.id], e.id))
    shown = {e.id for e in ranked[:OVERVIEW_NODES]} | set(focus)
    core_entities = tuple(e for e in graph.entities if e.id in shown)
    core_entities = tuple(
        replace(
            e,
            mentions=e.mentions[:OVERVIEW_EVIDENCE],
            quantities=e.quantities[:OVERVIEW_EVIDENCE],
            merges=e.merges[:OVERVIEW_EVIDENCE],
        )
        for e in core_entities
    )
    core_rels = tuple(
        replace(r, evidence=r.evidence[:OVERVIEW_EVIDENCE])
        for r in rels
        if r.subject in shown and r.object in shown
    )
    data = _full_data(Graph(graph.documents, core_entities, core_rels, ()), title=title, focus_ids=focus)
    # the overview's counts and legend are those of the whole graph
    full_counts = _full_counts(graph, rels)
    data["classes"], data["relations"] = full_counts
    index = {n["id"]: k for k, n in enumerate(data["nodes"])}
    for n in data["nodes"]:
        n["d"] = degree[n["id"]]
    cls_index = {c["id"]: k for k, c in enumerate(data["classes"])}
    rel_index = {r["id"]: k for k, r in enumerate(data["relations"])}
    table = _t2s_table()
    key_chars = set(data["t2s"])
    more = []
    for e in graph.entities:
        if e.id in index:
            continue
        index[e.id] = len(index)
        row: list[Any] = [e.id, e.label, cls_index[e.type], degree[e.id]]
        if e.aliases:
            row.append(list(e.aliases))
        for n in e.names:
            key_chars.update(_norm(n, table))
        more.append(row)
    doc_index = {d["id"]: k for k, d in enumerate(data["docs"])}
    sent_index = {(s[0], s[1]): k for k, s in enumerate(data["sents"])}
    rules: dict[tuple[str, float], int] = {}
    links = []
    for r in rels:
        x = r.evidence[0] if r.evidence else Evidence("", 0, 0, "", "", 0.0)
        d = doc_index.get(x.doc_id)
        if d is None:
            d = doc_index[x.doc_id] = len(data["docs"])
            data["docs"].append({"id": x.doc_id})
        key = (d, "")
        if key not in sent_index:
            sent_index[key] = len(data["sents"])
            data["sents"].append([d, ""])
        rk = rules.setdefault((x.rule, round(x.confidence, 3)), len(rules))
        details = {
            k: v
            for k, v in (
                ("amount", _fmt_amount(r.amount, r.currency, r.approximate)),
                ("date", r.date),
                ("title", r.title),
            )
            if v
        }
        row = [index[r.subject], index[r.object], rel_index[r.predicate], sent_index[key], rk]
        links.append(row + [details] if details else row)
    data["edges"] = []  # the page draws the links between the entities it shows
    data["more"] = more
    data["links"] = links
    data["rules"] = [[name, conf] for (name, conf) in rules]
    data["t2s"] = {t: s for t, s in sorted(table.items()) if s in key_chars}
    data["meta"].update(
        nodes=len(graph.entities), edges=len(rels), overview=len(data["nodes"]), physics=False, big=True
    )
    return data


def _full_counts(graph: Graph, rels: list) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The class legend and relation list (with counts) of the whole graph."""
    class_count: dict[str, int] = defaultdict(int)
    for e in graph.entities:
        class_count[e.type] += 1
    rel_count: dict[str, int] = defaultdict(int)
    for r in rels:
        rel_count[r.predicate] += 1
    cls_order = [c for c in CLASSES if c in class_count] + sorted(c for c in class_count if c not in CLASSES)
    rel_order = [p for p in RELATIONS if p in rel_count] + sorted(p for p in rel_count if p not in RELATIONS)
    classes = [
        {
            "id": c,
            "zh": _style(c)[0],
            "en": _style(c)[1],
            "color": _style(c)[2],
            "shape": _style(c)[3],
            "count": class_count[c],
        }
        for c in cls_order
    ]
    relations = [
        {
            "id": p,
            "zh": RELATION_NAMES.get(p, (p, p))[0],
            "en": RELATION_NAMES.get(p, (p, p))[1],
            "count": rel_count[p],
        }
        for p in rel_order
    ]
    return classes, relations


def _full_data(graph: Graph, *, title: str = "kg", focus_ids: Iterable[str] = ()) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data.

    Sentences and documents are stored once ("sents": [doc index, text], "docs") and referred to by
    index. A node is {id, l(abel), t(ype), d(egree), x, y, z (size), ev, and when not empty a(liases),
    c(ode), q(uantities), mg (merge reasons), rx (refined by the page's force layout)}; a node
    evidence item is [sentence, [surface forms], rules, confidence]. An edge is {from, to, p(redicate),
    ev: [[sentence, rule, confidence]], and when set amount, date, title, curve}.
    """
    ids = {e.id for e in graph.entities}
    rels = [r for r in graph.relations if r.subject in ids and r.object in ids]
    adj: dict[str, set[str]] = {e.id: set() for e in graph.entities}
    degree: dict[str, int] = dict.fromkeys(ids, 0)
    for r in rels:
        if r.subject != r.object:
            adj[r.subject].add(r.object)
            adj[r.object].add(r.subject)
        degree[r.subject] += 1
        degree[r.object] += 1
    types = {e.id: e.type for e in graph.entities}
    pos, relax = layout([e.id for e in graph.entities], adj, types)
    big = len(ids) > PHYSICS_MAX_NODES
    table = _t2s_table()

    doc_index: dict[str, int] = {}
    sent_index: dict[tuple[int, str], int] = {}
    sents: list[list[Any]] = []

    def sentence(doc_id: str, text: str) -> int:
        d = doc_index.setdefault(doc_id, len(doc_index))
        k = sent_index.get((d, text))
        if k is None:
            k = sent_index[(d, text)] = len(sents)
            sents.append([d, text])
        return k

    nodes = []
    key_chars: set[str] = set()
    for e in graph.entities:
        for n in e.names:
            key_chars.update(_norm(n, table))
        evidence: dict[int, list[Any]] = {}
        for m in e.mentions:
            k = sentence(m.doc_id, m.sentence)
            item = evidence.setdefault(k, [k, [], [], 0.0])
            if m.surface not in item[1]:
                item[1].append(m.surface)
            if m.rule not in item[2]:
                item[2].append(m.rule)
            item[3] = max(item[3], round(m.confidence, 3))
        deg = degree[e.id]
        x, y = pos.get(e.id, (0.0, 0.0))
        node: dict[str, Any] = {
            "id": e.id,
            "l": e.label,
            "t": e.type,
            "d": deg,
            "x": x,
            "y": y,
            "z": round(min(10 + 5 * math.sqrt(deg), 48), 1),
            "ev": [[k, surf, ", ".join(rules), cf] for k, surf, rules, cf in evidence.values()],
        }
        if e.aliases:
            node["a"] = list(e.aliases)
        if e.code:
            node["c"] = e.code
        if e.quantities:
            node["q"] = [
                {
                    "k": q.kind,
                    "v": _fmt_amount(q.value, q.unit, q.approximate),
                    "tx": q.text,
                    "s": sentence(q.evidence.doc_id, q.evidence.sentence),
                }
                for q in e.quantities
            ]
        if e.merges:
            node["mg"] = list(e.merges)
        if big and e.id in relax:
            node["rx"] = 1
        nodes.append(node)

    # Parallel edges (same pair of nodes) are curved apart; single edges are straight.
    pair_total: dict[frozenset[str], int] = defaultdict(int)
    for r in rels:
        pair_total[frozenset((r.subject, r.object))] += 1
    pair_seen: dict[frozenset[str], int] = defaultdict(int)
    edges = []
    for r in rels:
        edge: dict[str, Any] = {
            "from": r.subject,
            "to": r.object,
            "p": r.predicate,
            "ev": [[sentence(x.doc_id, x.sentence), x.rule, round(x.confidence, 3)] for x in r.evidence],
        }
        amount = _fmt_amount(r.amount, r.currency, r.approximate)
        for key, value in (("amount", amount), ("date", r.date), ("title", r.title)):
            if value:
                edge[key] = value
        pair = frozenset((r.subject, r.object))
        if pair_total[pair] > 1 or r.subject == r.object:
            edge["curve"] = round(0.15 + 0.2 * pair_seen[pair], 2)
            pair_seen[pair] += 1
        edges.append(edge)

    by_id = {d.id: d for d in graph.documents}
    docs = []
    for doc_id in doc_index:  # insertion order == index
        d = by_id.get(doc_id)
        heading = next((s.text for s in d.sentences if s.text.strip()), "") if d else ""
        docs.append({"id": doc_id, "title": heading[:80], "path": (d.path or d.id) if d else doc_id})
    class_count: dict[str, int] = defaultdict(int)
    for e in graph.entities:
        class_count[e.type] += 1
    rel_count: dict[str, int] = defaultdict(int)
    for r in rels:
        rel_count[r.predicate] += 1
    cls_order = [c for c in CLASSES if c in class_count] + sorted(c for c in class_count if c not in CLASSES)
    rel_order = [p for p in RELATIONS if p in rel_count] + sorted(p for p in rel_count if p not in RELATIONS)
    return {
        "meta": {
            "title": title,
            "nodes": len(nodes),
            "edges": len(edges),
            "documents": len(graph.documents),
            "physics": 1 < len(nodes) <= PHYSICS_MAX_NODES,
            "big": big,
            "focus": [i for i in focus_ids if i in ids],
            "font": _FONT,
            "maxLabel": MAX_CANVAS_LABEL,
        },
        "classes": [
            {
                "id": c,
                "zh": _style(c)[0],
                "en": _style(c)[1],
                "color": _style(c)[2],
                "shape": _style(c)[3],
                "count": class_count[c],
            }
            for c in cls_order
        ],
        "relations": [
            {
                "id": p,
                "zh": RELATION_NAMES.get(p, (p, p))[0],
                "en": RELATION_NAMES.get(p, (p, p))[1],
                "count": rel_count[p],
            }
            for p in rel_order
        ],
        "docs": docs,
        "sents": sents,
        "nodes": nodes,
        "edges": edges,
        "t2s": {t: s for t, s in sorted(table.items()) if s in key_chars},
    }


def json_for_script(data: Any) -> str:
    """JSON that is inert inside <script type="application/json">: no <, >, &, / or line separators."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("/", "\\/")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


# --- page -------------------------------------------------------------------------------------


PAGE_DIR = Path(__file__).resolve().parent / "data" / "page"


@cache
def _asset(name: str) -> str:
    """A file of the page, shipped in kg/data/page/: the HTML template (page.html, with %TITLE%, %CSS%,
    %VIS%, %APP% and %DATA% placeholders), its style sheet (page.css) or its script (app.js; every
    string from the data goes into the DOM through textContent)."""
    return (PAGE_DIR / name).read_text(encoding="utf-8")


def render_html(graph: Graph, *, focus: str | None = None, hops: int = 1, title: str = "kg") -> str:
    """The interactive page of graph (or of the neighbourhood of focus within hops) as one HTML string."""
    focus_ids: list[str] = []
    if focus is not None:
        focus_ids = _find_focus(graph, focus)
        graph = neighbourhood(graph, focus, hops)
        if title == "kg":
            title = f"kg: {focus} ±{hops}"
    data = graph_data(graph, title=title, focus_ids=focus_ids)
    parts = {
        "TITLE": _html.escape(title),
        "CSS": _asset("page.css").replace("%FONT%", _FONT),
        "VIS": vis_network_js(),
        "APP": _inline_safe_js(_asset("app.js")),
        "DATA": json_for_script(data),
    }
    # One pass over the template, so text inside a part is never taken for a placeholder.
    return re.sub(r"%(TITLE|CSS|VIS|APP|DATA)%", lambda m: parts[m.group(1)], _asset("page.html"))


@exporter("html", ".html")
def export_html(graph: Graph, path: str | Path, *, focus: str | None = None, hops: int = 1) -> None:
    """Write the interactive page to path (atomically)."""
    graph = getattr(graph, "graph", graph)  # accept a BuildResult too
    atomic_write(path, render_html(graph, focus=focus, hops=hops))
