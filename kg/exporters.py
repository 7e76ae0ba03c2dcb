"""Export formats: Turtle, N-Triples, JSON-LD (+ context file), GraphML (Gephi) and node/edge CSV (Neo4j).

Every exporter is ``fn(graph: kg.model.Graph, path: Path, **options) -> None``, registered with
``kg.registry.exporter``, and writes atomically. Options every exporter accepts: ``focus`` (an entity
id, label or alias) and ``hops`` (default 1) restrict the export to that entity's neighbourhood.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .io import atomic_write
from .model import ORG_CLASSES, PLACE_CLASSES, Entity, Graph, Relation
from .rdf import KGR, PREFIXES, XSD, serialize, sorted_triples
from .registry import EXPORTERS, exporter


def focus_graph(graph: Graph, focus: str | None = None, hops: int | None = None, **_: Any) -> Graph:
    """graph, or the part within hops relations of the entity named focus."""
    graph = getattr(graph, "graph", graph)  # accept a BuildResult too
    if not focus:
        return graph
    from .html import neighbourhood

    return neighbourhood(graph, focus, 1 if hops is None else hops)


def registered() -> dict[str, tuple[str, Any]]:
    """Every export format (name -> (suffix, function)), built-in and the html page."""
    from . import html  # noqa: F401  (registers "html")

    return dict(sorted(EXPORTERS.items()))


# --------------------------------------------------------------------------- RDF


@exporter("turtle", ".ttl")
def export_turtle(graph: Graph, path: Path, **options: Any) -> None:
    """Turtle, sorted and byte-identical for the same input (as kg build writes graph.ttl)."""
    atomic_write(path, serialize(focus_graph(graph, **options), "turtle"))


@exporter("ntriples", ".nt")
def export_ntriples(graph: Graph, path: Path, **options: Any) -> None:
    """N-Triples, one triple a line, sorted."""
    atomic_write(path, serialize(focus_graph(graph, **options), "ntriples"))


def jsonld_context() -> dict[str, Any]:
    """The JSON-LD context of kg graphs: the kg prefixes plus a few readable terms."""
    ctx: dict[str, Any] = dict(PREFIXES)
    ctx.update(
        {
            "label": {"@id": "rdfs:label", "@language": "zh"},
            "altLabel": {"@id": "skos:altLabel", "@language": "zh", "@container": "@set"},
        }
    )
    return ctx


def _jsonld_value(term: ox.NamedNode | ox.BlankNode | ox.Literal, compact) -> Any:
    if isinstance(term, ox.NamedNode):
        return {"@id": compact(term.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    dt = term.datatype.value
    if dt == XSD + "string":
        return term.value
    return {"@value": term.value, "@type": compact(dt)}


def jsonld_document(triples: Iterable[ox.Triple]) -> dict[str, Any]:
    """A compact, deterministic JSON-LD document: one node object per subject, context embedded."""
    ctx = jsonld_context()
    spaces = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
    label_iri, alt_iri = PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel"

    def compact(iri: str) -> str:
        for k, ns in spaces:
            local = iri[len(ns) :]
            if iri.startswith(ns) and local and ":" not in local and not local.startswith("//"):
                return f"{k}:{local}"
        return iri

    nodes: dict[str, dict[str, Any]] = {}
    for t in triples:
        assert not isinstance(t.subject, ox.Triple) and not isinstance(t.object, ox.Triple)  # no RDF-star
        s = t.subject.value if isinstance(t.subject, ox.NamedNode) else f"_:{t.subject.value}"
        node = nodes.setdefault(s, {"@id": compact(s) if not s.startswith("_:") else s})
        p = t.predicate.value
        if p == PREFIXES["rdf"] + "type" and isinstance(t.object, ox.NamedNode):
            node.setdefault("@type", []).append(compact(t.object.value))
            continue
        o = t.object
        if p == label_iri and isinstance(o, ox.Literal) and o.language == "zh":
            node.setdefault("label", []).append(o.value)
        elif p == alt_iri and isinstance(o, ox.Literal) and o.language == "zh":
            node.setdefault("altLabel", []).append(o.value)
        else:
            node.setdefault(compact(p), []).append(_jsonld_value(o, compact))
    out = []
    for s in sorted(nodes):
        node = nodes[s]
        obj = {}
        for k in sorted(node, key=lambda k: (k not in ("@id", "@type"), k)):
            v = node[k]
            if isinstance(v, list):
                v = sorted(v, key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True))
                if len(v) == 1 and k != "altLabel":
                    v = v[0]
            obj[k] = v
        out.append(obj)
    return {"@context": ctx, "@graph": out}


@exporter("jsonld", ".jsonld")
def export_jsonld(graph: Graph, path: Path, **options: Any) -> None:
    """JSON-LD with the context embedded, and the same context in <stem>.context.jsonld beside it."""
    path = Path(path)
    ctx_path = path.with_name(path.stem + ".context.jsonld")
    doc = jsonld_document(sorted_triples(focus_graph(graph, **options)))
    atomic_write(ctx_path, json.dumps({"@context": doc["@context"]}, ensure_ascii=False, indent=1) + "\n")
    atomic_write(path, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


# --------------------------------------------------------------------------- entity graph


def _labels(e: Entity) -> list[str]:
    labels = [e.type]
    if e.type == "Official":
        labels.append("Person")
    elif e.type in PLACE_CLASSES:
        labels.append("Place")
    elif e.type in ORG_CLASSES:
        labels.append("Organization")
    return labels


def _node_attrs(e: Entity) -> dict[str, str | int | float]:
    attrs: dict[str, str | int | float] = {
        "label": e.label,
        "type": e.type,
        "iri": KGR + e.id,
        "aliases": "|".join(e.aliases),
        "mentions": len(e.mentions),
    }
    if e.code:
        attrs["divisionCode"] = e.code
    for q in e.quantities:  # one attribute per kind: the largest value (str/int/float only, for GraphML)
        key = f"{q.kind}_{q.unit}".replace("/", "_per_").replace("%", "pct")
        attrs[key] = max(float(q.value), float(attrs.get(key, float("-inf"))))
    return attrs


def _edge_attrs(r: Relation) -> dict[str, str | int | float]:
    attrs: dict[str, str | int | float] = {
        "label": r.predicate,
        "predicate": r.predicate,
        "evidence": len(r.evidence),
        "confidence": max((ev.confidence for ev in r.evidence), default=0.0),
        "rules": "|".join(sorted({ev.rule for ev in r.evidence})),
        "sentence": next((ev.sentence for ev in r.evidence if ev.sentence), ""),
    }
    if r.amount is not None:
        attrs["amount"] = float(r.amount)
        attrs["currency"] = r.currency or "CNY"
        attrs["approximate"] = int(r.approximate)
    if r.date:
        attrs["date"] = r.date
    if r.title:
        attrs["title"] = r.title
    return attrs


def entity_graph(graph: Graph):
    """The entities and relations as a networkx MultiDiGraph with flat str/int/float attributes."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for e in graph.entities:
        g.add_node(e.id, **_node_attrs(e))
    for r in graph.relations:
        g.add_edge(r.subject, r.object, key=r.predicate, **_edge_attrs(r))
    return g


@exporter("graphml", ".graphml")
def export_graphml(graph: Graph, path: Path, **options: Any) -> None:
    """The entity graph (entities and relations, flat attributes) as GraphML for Gephi or yEd."""
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(entity_graph(focus_graph(graph, **options)), buf, encoding="utf-8", prettyprint=True)
    atomic_write(path, buf.getvalue())


NODE_HEADER = ["id:ID", "label", ":LABEL", "aliases:string[]", "divisionCode", "mentions:int", "iri"]
EDGE_HEADER = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "amount:double",
    "currency",
    "approximate:boolean",
    "date",
    "title",
    "confidence:double",
    "evidence:int",
    "rules:string[]",
    "sentence",
]


def _csv(rows: Iterable[list[Any]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


@exporter("csv", "")
def export_csv(graph: Graph, path: Path, **options: Any) -> None:
    """A folder with nodes.csv and edges.csv, headers in neo4j-admin import form (arrays split on ';')."""
    graph = focus_graph(graph, **options)
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        from .errors import InputError

        raise InputError(
            f"{folder}: the csv export writes a folder (nodes.csv, edges.csv), and this is a file"
        )
    nodes = [NODE_HEADER] + [
        [e.id, e.label, ";".join(_labels(e)), ";".join(e.aliases), e.code, len(e.mentions), KGR + e.id]
        for e in graph.entities
    ]
    edges: list[list[Any]] = [EDGE_HEADER]
    for r in graph.relations:
        a = _edge_attrs(r)
        edges.append(
            [
                r.subject,
                r.object,
                r.predicate,
                a.get("amount", ""),
                a.get("currency", ""),
                ("true" if r.approximate else "false") if r.amount is not None else "",
                r.date,
                r.title,
                a["confidence"],
                a["evidence"],
                str(a["rules"]).replace("|", ";"),
                a["sentence"],
            ]
        )
    atomic_write(folder / "nodes.csv", _csv(nodes))
    atomic_write(folder / "edges.csv", _csv(edges))
