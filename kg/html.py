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
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError, KGError
from .io import atomic_write
from .model import Graph
from .registry import exporter
from .schema import CLASSES, LABELS, RELATIONS

#: Above this many nodes the page uses the precomputed layout with physics off.
PHYSICS_MAX_NODES = 500
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
        "CSS": _CSS.replace("%FONT%", _FONT),
        "VIS": vis_network_js(),
        "APP": _inline_safe_js(_APP),
        "DATA": json_for_script(data),
    }
    # One pass over the template, so text inside a part is never taken for a placeholder.
    return re.sub(r"%(TITLE|CSS|VIS|APP|DATA)%", lambda m: parts[m.group(1)], _PAGE)


@exporter("html", ".html")
def export_html(graph: Graph, path: str | Path, *, focus: str | None = None, hops: int = 1) -> None:
    """Write the interactive page to path (atomically)."""
    graph = getattr(graph, "graph", graph)  # accept a BuildResult too
    atomic_write(path, render_html(graph, focus=focus, hops=hops))


_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg">
<title>%TITLE%</title>
<style>%CSS%</style>
</head>
<body>
<div id="kg-app">
<aside id="kg-side">
  <h1 id="kg-title"></h1>
  <div id="kg-stats" class="muted"></div>
  <div class="kg-search">
    <input id="kg-search" type="search" autocomplete="off" spellcheck="false"
      placeholder="搜索名称或别名（简/繁） Search a name or alias" aria-label="Search">
    <ul id="kg-results" aria-live="polite"></ul>
  </div>
  <div class="kg-buttons">
    <button id="kg-fit" type="button">全图 Fit</button>
    <button id="kg-clear" type="button">清除选择 Clear</button>
  </div>
  <details open><summary>类别 Classes <span class="muted">(图例 legend, 点击筛选 click to filter)</span></summary>
    <div id="kg-classes" class="kg-filters"></div></details>
  <details open><summary>关系 Relations</summary><div id="kg-relations" class="kg-filters"></div></details>
  <div id="kg-status" class="muted"></div>
</aside>
<main id="kg-graph" aria-label="graph"></main>
<aside id="kg-panel"><div id="kg-panel-body"><p class="muted">点击节点或关系查看详情。<br>Click a node or an edge to see its details and evidence.</p></div></aside>
</div>
<script type="application/json" id="kg-data">%DATA%</script>
<script>%VIS%</script>
<script>%APP%</script>
</body>
</html>
"""

_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;font-family:%FONT%;font-size:14px;color:#222;background:#fafafa}
#kg-app{display:flex;height:100vh;width:100vw;overflow:hidden}
#kg-side{width:270px;flex:none;overflow-y:auto;padding:10px 12px;border-right:1px solid #ddd;background:#fff}
#kg-graph{flex:1 1 auto;position:relative;min-width:200px;background:#fdfdfd}
#kg-panel{width:380px;flex:none;overflow-y:auto;padding:10px 14px;border-left:1px solid #ddd;background:#fff}
h1{font-size:18px;margin:0 0 4px}
h2{font-size:17px;margin:6px 0;word-break:break-all}
h3{font-size:14px;margin:14px 0 6px;border-bottom:1px solid #eee;padding-bottom:2px}
.muted{color:#777;font-size:12px}
.kg-search{position:relative;margin:10px 0 6px}
#kg-search{width:100%;padding:6px 8px;font:inherit;border:1px solid #bbb;border-radius:4px}
#kg-results{list-style:none;margin:2px 0 0;padding:0;max-height:300px;overflow-y:auto}
#kg-results li button{display:flex;align-items:center;gap:6px;width:100%;text-align:left;border:0;background:none;
  padding:4px 4px;font:inherit;cursor:pointer;border-radius:3px}
#kg-results li button:hover,#kg-results li button:focus{background:#e8f0fe}
.kg-buttons{display:flex;gap:6px;margin:6px 0 10px}
.kg-buttons button,.kg-link{font:inherit;font-size:12px;padding:3px 8px;border:1px solid #bbb;background:#f5f5f5;
  border-radius:4px;cursor:pointer}
.kg-link{font-size:13px;padding:1px 6px;margin:1px 0;text-align:left}
details{margin:6px 0}
summary{cursor:pointer;font-weight:600;margin-bottom:4px}
.kg-filters label{display:flex;align-items:center;gap:6px;padding:2px 0;cursor:pointer;font-size:13px}
.kg-filters .n{margin-left:auto;color:#888;font-size:12px}
canvas.sw{flex:none;width:16px;height:16px}
.kg-ev{margin:6px 0 10px;padding:6px 8px;background:#f7f7f4;border-left:3px solid #c9b458;border-radius:2px}
.kg-ev .s{white-space:pre-wrap;word-break:break-all;line-height:1.55}
.kg-ev .src{margin-top:3px;color:#666;font-size:12px;word-break:break-all}
mark{background:#ffe58a;padding:0 1px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:3px 10px;margin:6px 0}
dt{color:#666}
dd{margin:0;word-break:break-all}
.kg-type{display:flex;align-items:center;gap:6px;color:#444}
.kg-rel{margin:3px 0;font-size:13px}
#kg-status{margin-top:10px}
"""

# The page's script. Every string from the data goes into the DOM through textContent.
_APP = r"""
(function () {
"use strict";
var marks = {start: performance.now()};
var DATA = JSON.parse(document.getElementById("kg-data").textContent);
marks.parsed = performance.now();
var META = DATA.meta, T2S = DATA.t2s, FONT = META.font;
var state = window.kgState = {firstDraw: null, settled: null, physics: META.physics, big: META.big, marks: marks};
function $(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function add(parent) { for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]); return parent; }
function setStatus(t) { $("kg-status").textContent = t; }

var CLS = {}, REL = {}, INFO = {}, EDGE = {}, ADJ = {};
DATA.classes.forEach(function (c) { CLS[c.id] = c; });
DATA.relations.forEach(function (r) { REL[r.id] = r; });
function classOf(t) { return CLS[t] || {id: t, zh: t, en: t, color: "#9e9e9e", shape: "dot"}; }
function shade(hex, f) {
  var n = parseInt(hex.slice(1), 16), r = (n >> 16) & 255, g = (n >> 8) & 255, b = n & 255;
  function c(v) { return Math.max(0, Math.min(255, Math.round(f < 0 ? v * (1 + f) : v + (255 - v) * f))); }
  return "rgb(" + c(r) + "," + c(g) + "," + c(b) + ")";
}
var DIM_NODE = {background: "#e6e6e6", border: "#d0d0d0", highlight: {background: "#e6e6e6", border: "#999"}};
var EDGE_COLOR = {color: "#98a2ad", highlight: "#e65100", opacity: 1};
var DIM_EDGE = {color: "#e3e3e3", highlight: "#e65100", opacity: 1};
function nodeColor(t) {
  var c = classOf(t).color;
  return {background: c, border: shade(c, -0.35), highlight: {background: shade(c, 0.25), border: "#111"}};
}

function norm(s) {
  var out = "";
  for (var ch of String(s).toLowerCase()) { if (!/\s/.test(ch)) out += (T2S[ch] || ch); }
  return out;
}
function shortLabel(l) { return l.length <= META.maxLabel ? l : l.slice(0, META.maxLabel - 1) + "\u2026"; }
var visNodes = DATA.nodes.map(function (n) {
  n.a = n.a || []; n.c = n.c || ""; n.q = n.q || []; n.mg = n.mg || []; n.rx = n.rx || 0;
  n.k = [];
  [n.l].concat(n.a).forEach(function (name) { var k = norm(name); if (k && n.k.indexOf(k) < 0) n.k.push(k); });
  INFO[n.id] = n; ADJ[n.id] = [];
  return {id: n.id, label: shortLabel(n.l), x: n.x, y: n.y, size: n.z, shape: classOf(n.t).shape, color: nodeColor(n.t)};
});
var visEdges = DATA.edges.map(function (e, i) {
  e.id = i;
  EDGE[e.id] = e;
  ADJ[e.from].push([e.id, e.to]);
  if (e.to !== e.from) ADJ[e.to].push([e.id, e.from]);
  var v = {id: e.id, from: e.from, to: e.to, label: e.p};
  if (e.curve) v.smooth = {enabled: true, type: "curvedCW", roundness: e.curve};
  return v;
});
var nodes = new vis.DataSet(visNodes);
var edges = new vis.DataSet(visEdges);

var options = {
  autoResize: true,
  layout: {improvedLayout: false, randomSeed: 7},
  nodes: {borderWidth: 1, borderWidthSelected: 3,
          font: {face: FONT, size: 14, color: "#222", strokeWidth: 3, strokeColor: "#ffffff"}},
  edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}}, color: EDGE_COLOR, width: 1, selectionWidth: 2,
          smooth: false, font: {face: FONT, size: 10, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle"}},
  interaction: {hover: false, tooltipDelay: 3600000, hideEdgesOnDrag: META.big, hideEdgesOnZoom: META.big,
                multiselect: false, keyboard: false},
  physics: META.physics ? {
    enabled: true, solver: "forceAtlas2Based",
    forceAtlas2Based: {gravitationalConstant: -70, centralGravity: 0.012, springLength: 120, springConstant: 0.06,
                       damping: 0.5, avoidOverlap: 0.5},
    maxVelocity: 60, minVelocity: 1.5, timestep: 0.5,
    stabilization: {enabled: true, iterations: 300, updateInterval: 20, fit: true}
  } : {enabled: false}
};
var container = $("kg-graph");
marks.datasets = performance.now();
var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
marks.network = performance.now();
window.kg = {network: network, nodes: nodes, edges: edges, data: DATA, search: search, focusNode: focusNode,
             showEdge: function (i) { selectEdge(i); }, clear: function () { clearSelection(); }};

function markSettled() {
  if (state.settled === null) {
    network.once("afterDrawing", function () {
      state.settled = performance.now();
      document.body.setAttribute("data-state", "settled");
      setStatus("布局已稳定 Layout settled (" + Math.round(state.settled) + " ms)");
    });
    network.redraw();
  }
}
network.once("afterDrawing", function () {
  state.firstDraw = performance.now();
  document.body.setAttribute("data-drawn", "1");
  if (META.big) {
    setStatus("布局优化中 Refining the layout…");
    setTimeout(function () { relaxLayout(); markSettled(); }, 0);
  } else if (!META.physics) {
    markSettled();
  }
});
if (META.physics) {
  setStatus("布局中 Laying out…");
  network.on("stabilizationProgress", function (p) {
    setStatus("布局中 Laying out… " + Math.round(100 * p.iterations / p.total) + "%");
  });
  var stopPhysics = function () {
    if (!state.physics) return;
    network.stopSimulation();
    network.setOptions({physics: {enabled: false}});
    state.physics = false;
    markSettled();
  };
  network.once("stabilizationIterationsDone", stopPhysics);
  setTimeout(stopPhysics, 15000);  // whatever happens, the layout stops moving
} else {
  network.fit({animation: false});
}

// --- layout of big graphs: after the first draw, a few hundred fast force iterations, then stop --
// Force layout for big graphs, O(n) per iteration: exact repulsion between nodes closer than 2k
// (found through a grid of 2k cells), spring attraction along edges, and a far-field push down the
// gradient of a blurred 48 x 48 density grid, which spreads the graph evenly instead of letting the
// short-range repulsion lose to the springs. xs, ys: positions (changed in place); ea, eb: edge
// ends; move: 1 for the nodes to lay out. Returns the number of iterations run.
function relax(xs, ys, ea, eb, move, k, iters, budgetMs) {
  var n = xs.length, t0 = Date.now(), k2 = k * k, cut2 = 4 * k2, cell = 2 * k, DENSITY = 30, G = 48;
  var dx = new Float64Array(n), dy = new Float64Array(n), cx = new Int32Array(n), order = new Int32Array(n);
  var den = new Float64Array(G * G), tmp = new Float64Array(G * G);
  var idx = [], i, j, it, a, q, o, m, gx, gy, sum;
  for (i = 0; i < n; i++) if (move[i]) idx.push(i);
  m = idx.length;
  if (!m) return 0;
  var temp = k * 4, cool = Math.pow(0.0125, 1 / iters);  // from 4k down to k/20 over the run
  for (it = 0; it < iters; it++) {
    var minx = Infinity, miny = Infinity, maxx = -Infinity, maxy = -Infinity;
    for (a = 0; a < m; a++) {
      i = idx[a];
      if (xs[i] < minx) minx = xs[i];
      if (xs[i] > maxx) maxx = xs[i];
      if (ys[i] < miny) miny = ys[i];
      if (ys[i] > maxy) maxy = ys[i];
      dx[i] = 0; dy[i] = 0;
    }
    // far field
    var span = Math.max(maxx - minx, maxy - miny) * 1.2 + 4 * k, gx0 = (minx + maxx - span) / 2,
        gy0 = (miny + maxy - span) / 2, gs = span / G;
    den.fill(0);
    for (a = 0; a < m; a++) {
      i = idx[a];
      den[Math.min(G - 1, Math.floor((xs[i] - gx0) / gs)) + G * Math.min(G - 1, Math.floor((ys[i] - gy0) / gs))] += 1;
    }
    for (var pass = 0; pass < 3; pass++) {
      for (gy = 0; gy < G; gy++) for (gx = 0; gx < G; gx++) {
        sum = 0;
        for (o = -1; o <= 1; o++) if (gx + o >= 0 && gx + o < G) sum += den[gx + o + G * gy];
        tmp[gx + G * gy] = sum / 3;
      }
      for (gy = 0; gy < G; gy++) for (gx = 0; gx < G; gx++) {
        sum = 0;
        for (o = -1; o <= 1; o++) if (gy + o >= 0 && gy + o < G) sum += tmp[gx + G * (gy + o)];
        den[gx + G * gy] = sum / 3;
      }
    }
    var push = DENSITY * k * 3 * k2 / (gs * gs);  // per unit of gradient, relative to an even spread
    for (a = 0; a < m; a++) {
      i = idx[a];
      gx = Math.max(1, Math.min(G - 2, Math.round((xs[i] - gx0) / gs - 0.5)));
      gy = Math.max(1, Math.min(G - 2, Math.round((ys[i] - gy0) / gs - 0.5)));
      dx[i] -= push * (den[gx + 1 + G * gy] - den[gx - 1 + G * gy]) / 2;
      dy[i] -= push * (den[gx + G * (gy + 1)] - den[gx + G * (gy - 1)]) / 2;
    }
    // near field
    var c = cell, W = Math.floor((maxx - minx) / c) + 1, H = Math.floor((maxy - miny) / c) + 1;
    while (W * H > 4 * m + 16) { c *= 1.5; W = Math.floor((maxx - minx) / c) + 1; H = Math.floor((maxy - miny) / c) + 1; }
    var start = new Int32Array(W * H + 1);
    for (a = 0; a < m; a++) {
      i = idx[a];
      q = Math.floor((xs[i] - minx) / c) + W * Math.floor((ys[i] - miny) / c);
      cx[i] = q; start[q + 1]++;
    }
    for (q = 0; q < W * H; q++) start[q + 1] += start[q];
    var fill = start.slice(0, W * H);
    for (a = 0; a < m; a++) { i = idx[a]; order[fill[cx[i]]++] = i; }
    for (a = 0; a < m; a++) {
      i = idx[a];
      var xi = xs[i], yi = ys[i], fx = 0, fy = 0, gxi = cx[i] % W, gyi = (cx[i] - gxi) / W;
      for (var oy = -1; oy <= 1; oy++) {
        var yy = gyi + oy;
        if (yy < 0 || yy >= H) continue;
        for (var ox = -1; ox <= 1; ox++) {
          var xx = gxi + ox;
          if (xx < 0 || xx >= W) continue;
          for (var p = start[xx + W * yy], end = start[xx + W * yy + 1]; p < end; p++) {
            j = order[p];
            if (j === i) continue;
            var ddx = xi - xs[j], ddy = yi - ys[j], d2 = ddx * ddx + ddy * ddy;
            if (d2 < cut2) {
              if (d2 < 0.01) { ddx = (i - j) * 0.01; ddy = 0.01; d2 = ddx * ddx + ddy * ddy; }
              fx += ddx * k2 / d2; fy += ddy * k2 / d2;
            }
          }
        }
      }
      dx[i] += fx; dy[i] += fy;
    }
    // springs
    for (var e = 0; e < ea.length; e++) {
      var u = ea[e], v = eb[e];
      if (!move[u] || !move[v]) continue;
      var ex = xs[u] - xs[v], ey = ys[u] - ys[v], d = Math.sqrt(ex * ex + ey * ey) / k;
      ex *= d; ey *= d; dx[u] -= ex; dy[u] -= ey; dx[v] += ex; dy[v] += ey;
    }
    for (a = 0; a < m; a++) {
      i = idx[a];
      var dl = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (dl > 0) { var st = Math.min(dl, temp) / dl; xs[i] += dx[i] * st; ys[i] += dy[i] * st; }
    }
    temp *= cool;
    if (Date.now() - t0 > budgetMs) { it++; break; }
  }
  return it;
}
function relaxLayout() {
  var n = visNodes.length, pos = {}, i;
  DATA.nodes.forEach(function (d, k) { pos[d.id] = k; });
  var xs = new Float64Array(n), ys = new Float64Array(n), move = new Uint8Array(n);
  var ea = new Int32Array(DATA.edges.length), eb = new Int32Array(DATA.edges.length);
  for (i = 0; i < n; i++) { xs[i] = visNodes[i].x; ys[i] = visNodes[i].y; }
  DATA.edges.forEach(function (e, k) { ea[k] = pos[e.from]; eb[k] = pos[e.to]; });
  DATA.nodes.forEach(function (d, k) { move[k] = d.rx; });
  // Shrink the (sparse) tree layout to the area a force layout needs, keeping its structure as the start.
  var K = 100, m = 0, mx = 0, my = 0, rr = 0;
  for (i = 0; i < n; i++) if (move[i]) { m++; mx += xs[i]; my += ys[i]; }
  mx /= m || 1; my /= m || 1;
  for (i = 0; i < n; i++) if (move[i]) rr = Math.max(rr, Math.hypot(xs[i] - mx, ys[i] - my));
  var f = rr > 0 ? Math.min(1, K * Math.sqrt(m) * 0.7 / rr) : 1;
  for (i = 0; i < n; i++) if (move[i]) { xs[i] = mx + (xs[i] - mx) * f; ys[i] = my + (ys[i] - my) * f; }
  var iters = relax(xs, ys, ea, eb, move, K, 300, 2500);
  marks.relaxIterations = iters;
  // Put the small components and the grid of unconnected entities to the right of the relaxed part.
  var b = [Infinity, Infinity, -Infinity, -Infinity], c = [Infinity, Infinity, -Infinity, -Infinity];
  for (i = 0; i < n; i++) {
    var r = move[i] ? b : c;
    r[0] = Math.min(r[0], xs[i]); r[1] = Math.min(r[1], ys[i]); r[2] = Math.max(r[2], xs[i]); r[3] = Math.max(r[3], ys[i]);
  }
  var sx = isFinite(b[2]) && isFinite(c[0]) ? b[2] + 3 * K - c[0] : 0, sy = isFinite(b[1]) && isFinite(c[1]) ? b[1] - c[1] : 0;
  var ox = Infinity, oy = Infinity, Ox = -Infinity, Oy = -Infinity;
  for (i = 0; i < n; i++) {
    if (!move[i]) { xs[i] += sx; ys[i] += sy; }
    ox = Math.min(ox, xs[i]); oy = Math.min(oy, ys[i]); Ox = Math.max(Ox, xs[i]); Oy = Math.max(Oy, ys[i]);
  }
  marks.relaxDone = performance.now();
  // Setting the drawn nodes' coordinates directly costs milliseconds; a DataSet update of every node
  // (or moveNode, which schedules a redraw per node) costs seconds at 5,000 nodes.
  var body = network.body && network.body.nodes, up = [];
  for (i = 0; i < n; i++) {
    var id = visNodes[i].id, x = Math.round(xs[i] - (ox + Ox) / 2), y = Math.round(ys[i] - (oy + Oy) / 2);
    if (body && body[id]) { body[id].x = x; body[id].y = y; } else up.push({id: id, x: x, y: y});
  }
  if (up.length) nodes.update(up);
  // fit() would use the bounding boxes of the last frame, so frame the new layout directly.
  var w = Math.max(Ox - ox, 1) + 4 * K, h = Math.max(Oy - oy, 1) + 4 * K;
  network.moveTo({position: {x: 0, y: 0}, animation: false,
                  scale: Math.min(container.clientWidth / w, container.clientHeight / h)});
  marks.relaxed = performance.now();
}

// --- header, legend and filters -----------------------------------------------------------
$("kg-title").textContent = META.title;
document.title = META.title;
$("kg-stats").textContent = META.nodes + " 实体 entities · " + META.edges + " 关系 relations · " +
  META.documents + " 篇文章 articles";

function swatch(shape, color) {
  var c = document.createElement("canvas"), r = window.devicePixelRatio || 1;
  c.className = "sw"; c.width = 16 * r; c.height = 16 * r;
  var g = c.getContext("2d"); g.scale(r, r);
  g.fillStyle = color; g.strokeStyle = shade(color, -0.35); g.lineWidth = 1;
  var x = 8, y = 8, s = 6.5, i, a;
  g.beginPath();
  if (shape === "square") g.rect(x - s * 0.85, y - s * 0.85, s * 1.7, s * 1.7);
  else if (shape === "diamond") { g.moveTo(x, y - s); g.lineTo(x + s, y); g.lineTo(x, y + s); g.lineTo(x - s, y); }
  else if (shape === "triangle") { g.moveTo(x, y - s); g.lineTo(x + s, y + s * 0.75); g.lineTo(x - s, y + s * 0.75); }
  else if (shape === "triangleDown") { g.moveTo(x, y + s); g.lineTo(x + s, y - s * 0.75); g.lineTo(x - s, y - s * 0.75); }
  else if (shape === "hexagon") { for (i = 0; i < 6; i++) { a = Math.PI / 3 * i; g.lineTo(x + s * Math.cos(a), y + s * Math.sin(a)); } }
  else if (shape === "star") { for (i = 0; i < 10; i++) { a = -Math.PI / 2 + Math.PI / 5 * i; var rr = i % 2 ? s * 0.45 : s; g.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); } }
  else g.arc(x, y, s * 0.85, 0, 2 * Math.PI);
  g.closePath(); g.fill(); g.stroke();
  return c;
}
var hiddenClass = {}, hiddenRel = {}, nodeHidden = {}, edgeHidden = {}, classBox = {};
function filterRow(box, item, hide, onchange, sw) {
  var lab = el("label"), cb = el("input");
  cb.type = "checkbox"; cb.checked = true; cb.setAttribute("data-id", item.id);
  if (hide === hiddenClass) classBox[item.id] = cb;
  cb.addEventListener("change", function () { hide[item.id] = !cb.checked; onchange(); });
  add(lab, cb, sw, el("span", null, item.zh + " " + item.en), el("span", "n", item.count));
  box.appendChild(lab);
}
DATA.classes.forEach(function (c) { filterRow($("kg-classes"), c, hiddenClass, applyFilters, swatch(c.shape, c.color)); });
DATA.relations.forEach(function (r) {
  filterRow($("kg-relations"), {id: r.id, zh: r.zh, en: r.id, count: r.count}, hiddenRel, applyFilters, null);
});
function applyFilters() {
  var nu = [], eu = [];
  DATA.nodes.forEach(function (n) {
    var h = !!hiddenClass[n.t];
    if (h !== !!nodeHidden[n.id]) { nodeHidden[n.id] = h; nu.push({id: n.id, hidden: h}); }
  });
  DATA.edges.forEach(function (e) {
    var h = !!(hiddenRel[e.p] || nodeHidden[e.from] || nodeHidden[e.to]);
    if (h !== !!edgeHidden[e.id]) { edgeHidden[e.id] = h; eu.push({id: e.id, hidden: h}); }
  });
  if (nu.length) nodes.update(nu);
  if (eu.length) edges.update(eu);
}
function unhide(id) {
  var t = INFO[id].t;
  if (hiddenClass[t]) {
    hiddenClass[t] = false;
    if (classBox[t]) classBox[t].checked = true;
    applyFilters();
  }
}

// --- highlighting --------------------------------------------------------------------------
var dimN = {}, dimE = {};
function highlight(keepN, keepE) {
  // Dimming means a DataSet update of every node and edge: about a second at 5,000 nodes, so big
  // graphs rely on vis-network's own selection highlight (the node and its edges) instead.
  if (META.big) return;
  var nu = [], eu = [];
  DATA.nodes.forEach(function (n) {
    var d = keepN ? !keepN[n.id] : false;
    if (d !== !!dimN[n.id]) {
      dimN[n.id] = d;
      nu.push({id: n.id, color: d ? DIM_NODE : nodeColor(n.t), font: {color: d ? "#bdbdbd" : "#222"}});
    }
  });
  DATA.edges.forEach(function (e) {
    var d = keepE ? !keepE[e.id] : false;
    if (d !== !!dimE[e.id]) {
      dimE[e.id] = d;
      eu.push({id: e.id, color: d ? DIM_EDGE : EDGE_COLOR, font: {color: d ? "#d0d0d0" : "#555"}});
    }
  });
  if (nu.length) nodes.update(nu);
  if (eu.length) edges.update(eu);
}
function highlightNode(id) {
  var keepN = {}, keepE = {};
  keepN[id] = 1;
  ADJ[id].forEach(function (p) { keepE[p[0]] = 1; keepN[p[1]] = 1; });
  highlight(keepN, keepE);
}

// --- side panel ----------------------------------------------------------------------------
var panel = $("kg-panel-body");
function clearPanel() { while (panel.firstChild) panel.removeChild(panel.firstChild); }
function docLine(si, extra) {
  var d = DATA.docs[DATA.sents[si][0]], t = "来源 Source: " + (d && d.id ? d.id : "—");
  if (d && d.title) t += " 《" + d.title + "》";
  if (extra) t += " · " + extra;
  return el("div", "src", t);
}
function sentence(text, marks) {
  var s = el("div", "s");
  text = text || "";
  if (!text) { s.textContent = "（无句子 no sentence）"; return s; }
  var spans = [];
  (marks || []).forEach(function (m) {
    if (!m) return;
    var i = text.indexOf(m);
    while (i >= 0) { spans.push([i, i + m.length]); i = text.indexOf(m, i + m.length); }
  });
  spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
  var pos = 0;
  spans.forEach(function (sp) {
    if (sp[0] < pos) return;
    if (sp[0] > pos) s.appendChild(document.createTextNode(text.slice(pos, sp[0])));
    s.appendChild(el("mark", null, text.slice(sp[0], sp[1])));
    pos = sp[1];
  });
  if (pos < text.length) s.appendChild(document.createTextNode(text.slice(pos)));
  return s;
}
function row(dl, k, v) { if (v === undefined || v === null || v === "" || (v.length === 0)) return; add(dl, el("dt", null, k), el("dd", null, v)); }
function nodeLink(id) {
  var b = el("button", "kg-link", INFO[id].l);
  b.type = "button";
  b.addEventListener("click", function () { focusNode(id, true); });
  return b;
}
function showNode(id) {
  var n = INFO[id], c = classOf(n.t);
  clearPanel();
  add(panel, add(el("div", "kg-type"), swatch(c.shape, c.color), el("span", null, c.zh + " · " + c.en + " (" + n.t + ")")));
  add(panel, el("h2", "kg-label", n.l));
  var dl = el("dl");
  row(dl, "类型 Type", c.zh + " " + n.t);
  row(dl, "别名 Aliases", n.a.join("、"));
  row(dl, "区划代码 Code", n.c);
  row(dl, "关系数 Degree", String(n.d));
  row(dl, "标识 ID", n.id);
  panel.appendChild(dl);
  if (n.q.length) {
    panel.appendChild(el("h3", null, "数量 Quantities (" + n.q.length + ")"));
    n.q.forEach(function (q) {
      var box = el("div", "kg-ev");
      add(box, el("div", null, q.k + ": " + q.v + (q.tx ? " 「" + q.tx + "」" : "")));
      if (DATA.sents[q.s][1]) box.appendChild(sentence(DATA.sents[q.s][1], [q.tx]));
      box.appendChild(docLine(q.s));
      panel.appendChild(box);
    });
  }
  if (ADJ[id].length) {
    panel.appendChild(el("h3", null, "关系 Relations (" + ADJ[id].length + ")"));
    ADJ[id].forEach(function (p) {
      var e = EDGE[p[0]], r = el("div", "kg-rel"), out = e.from === id;
      var b = el("button", "kg-link", (out ? "→ " : "← ") + e.p + " " + (REL[e.p] ? REL[e.p].zh : ""));
      b.type = "button";
      b.addEventListener("click", function () { selectEdge(e.id); });
      add(r, b, el("span", null, " "), nodeLink(p[1]));
      panel.appendChild(r);
    });
  }
  panel.appendChild(el("h3", null, "证据 Evidence (" + n.ev.length + ")"));
  n.ev.forEach(function (ev) {
    var box = el("div", "kg-ev");
    add(box, sentence(DATA.sents[ev[0]][1], ev[1]), docLine(ev[0], ev[2] + " · " + ev[3]));
    panel.appendChild(box);
  });
  if (n.mg.length) {
    panel.appendChild(el("h3", null, "合并 Merges"));
    n.mg.forEach(function (m) { panel.appendChild(el("div", "muted", m)); });
  }
  panel.scrollTop = 0;
}
function showEdge(id) {
  var e = EDGE[id], r = REL[e.p] || {zh: e.p, en: e.p};
  clearPanel();
  add(panel, el("div", "kg-type", "关系 Relation · " + r.zh + " · " + r.en));
  add(panel, el("h2", "kg-label", INFO[e.from].l + " —" + e.p + "→ " + INFO[e.to].l));
  var dl = el("dl");
  add(dl, el("dt", null, "主体 Subject"), add(el("dd"), nodeLink(e.from)));
  row(dl, "谓词 Predicate", e.p + " " + r.zh);
  add(dl, el("dt", null, "客体 Object"), add(el("dd"), nodeLink(e.to)));
  row(dl, "金额 Amount", e.amount || "");
  row(dl, "日期 Date", e.date || "");
  row(dl, "职务 Title", e.title || "");
  panel.appendChild(dl);
  panel.appendChild(el("h3", null, "证据 Evidence (" + e.ev.length + ")"));
  if (!e.ev.length) panel.appendChild(el("div", "muted", "无句子证据 No evidence sentence"));
  e.ev.forEach(function (ev) {
    var box = el("div", "kg-ev");
    var names = [INFO[e.from].l, INFO[e.to].l].concat(INFO[e.from].a, INFO[e.to].a);
    var text = DATA.sents[ev[0]][1];
    add(box, text ? sentence(text, names) : el("div", "s", "（无句子 no sentence: " + ev[1] + "）"),
        docLine(ev[0], ev[1] + " · " + ev[2]));
    panel.appendChild(box);
  });
  panel.scrollTop = 0;
}

// --- selection -----------------------------------------------------------------------------
function focusNode(id, moveCamera) {
  if (!INFO[id]) return false;
  unhide(id);
  network.selectNodes([id], true);
  highlightNode(id);
  showNode(id);
  if (moveCamera) {
    network.focus(id, {scale: Math.max(network.getScale(), 1.0),
                       animation: META.big ? false : {duration: 400, easingFunction: "easeInOutQuad"}});
  }
  return true;
}
function selectEdge(id) {
  var e = EDGE[id];
  network.setSelection({nodes: [], edges: [id]}, {unselectAll: true, highlightEdges: false});
  var keepN = {}, keepE = {};
  keepN[e.from] = 1; keepN[e.to] = 1; keepE[id] = 1;
  highlight(keepN, keepE);
  showEdge(id);
}
function clearSelection() {
  network.unselectAll();
  highlight(null, null);
  clearPanel();
  panel.appendChild(el("p", "muted", "点击节点或关系查看详情。 Click a node or an edge to see its details and evidence."));
}
network.on("click", function (p) {
  if (p.nodes.length) focusNode(p.nodes[0], false);
  else if (p.edges.length) selectEdge(p.edges[0]);
  else clearSelection();
});
$("kg-fit").addEventListener("click", function () { network.fit({animation: !META.big}); });
$("kg-clear").addEventListener("click", clearSelection);

// --- search --------------------------------------------------------------------------------
function search(q) {
  q = norm(q);
  if (!q) return [];
  var found = [];
  DATA.nodes.forEach(function (n) {
    var best = 9, via = null;
    for (var i = 0; i < n.k.length; i++) {
      var k = n.k[i], s = k === q ? (i ? 1 : 0) : k.indexOf(q) === 0 ? (i ? 3 : 2) : k.indexOf(q) > 0 ? 4 : 9;
      if (s < best) { best = s; via = i; }
    }
    if (best < 9) found.push({id: n.id, score: best, via: via, n: n});
  });
  found.sort(function (a, b) { return a.score - b.score || b.n.d - a.n.d || a.n.l.length - b.n.l.length || (a.id < b.id ? -1 : 1); });
  return found;
}
var results = $("kg-results"), input = $("kg-search");
function showResults(found) {
  while (results.firstChild) results.removeChild(results.firstChild);
  if (!input.value.trim()) return;
  if (!found.length) { results.appendChild(el("li", "muted", "无结果 No match")); return; }
  found.slice(0, 30).forEach(function (f) {
    var c = classOf(f.n.t), b = el("button");
    b.type = "button";
    add(b, swatch(c.shape, c.color), el("span", null, f.n.l), el("span", "muted", c.zh));
    b.addEventListener("click", function () { focusNode(f.id, true); });
    results.appendChild(add(el("li"), b));
  });
  if (found.length > 30) results.appendChild(el("li", "muted", "… " + (found.length - 30) + " more"));
}
var timer = null;
input.addEventListener("input", function () {
  clearTimeout(timer);
  timer = setTimeout(function () { showResults(search(input.value)); }, 120);
});
input.addEventListener("keydown", function (ev) {
  if (ev.key === "Enter") {
    ev.preventDefault();
    var found = search(input.value);
    showResults(found);
    if (found.length) focusNode(found[0].id, true);
  } else if (ev.key === "Escape") {
    input.value = ""; showResults([]);
  }
});

if (META.focus.length) {
  network.once("afterDrawing", function () { focusNode(META.focus[0], false); });
}
})();
"""
