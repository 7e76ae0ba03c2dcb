"""Read a built graph back: counts per class and relation, and the explanation of one entity."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .ingest import to_simplified
from .io import graph_file
from .model import CLASSES, RELATIONS
from .rdf import GAZETTEER_RULE, KG, PREFIXES


def load_store(path: str | Path) -> ox.Store:
    p = graph_file(path)
    fmt = ox.RdfFormat.from_extension(p.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    store = ox.Store()
    try:
        store.bulk_load(path=str(p), format=fmt)
    except (SyntaxError, ValueError, OSError) as e:
        raise InputError(f"{p}: not a readable RDF graph ({e})") from e
    return store


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    """The rows of a SELECT query."""
    rows = store.query(query)
    assert isinstance(rows, ox.QuerySolutions), "a SELECT query"
    return rows


def graph_stats(path: str | Path) -> dict:
    store = load_store(path)
    classes: Counter[str] = Counter()
    rels: Counter[str] = Counter()
    for q in store.quads_for_pattern(None, ox.NamedNode(PREFIXES["rdf"] + "type"), None):
        if isinstance(q.object, ox.Triple):  # RDF-star: not a class
            continue
        local = q.object.value.removeprefix(KG)
        if local in CLASSES:
            classes[local] += 1
    for r in RELATIONS:
        rels[r] = sum(1 for _ in store.quads_for_pattern(None, ox.NamedNode(KG + r), None))
    return {
        "classes": {c: classes[c] for c in CLASSES if classes[c]},
        "relations": {r: rels[r] for r in RELATIONS if rels[r]},
        "triples": len(store),
    }


_PFX = "\n".join(f"PREFIX {k}: <{v}>" for k, v in PREFIXES.items())


def explain_entity(path: str | Path, name: str) -> str:
    store = load_store(path)
    key = to_simplified(name.strip())
    q = (
        _PFX
        + """
    SELECT DISTINCT ?e ?type ?label WHERE {{
      {{ ?e rdfs:label ?n }} UNION {{ ?e skos:altLabel ?n }}
      FILTER(STR(?n) = "{}")
      ?e a ?type ; rdfs:label ?label . FILTER(STRSTARTS(STR(?type), STR(kg:)))
    }}""".format(key.replace('"', '\\"'))
    )
    rows = list(_select(store, q))
    if not rows:
        raise InputError(f"no entity is named '{name}' in {path}")
    out = []
    for row in rows:
        e = row["e"]
        out.append(f"{row['label'].value}  [{row['type'].value.removeprefix(KG)}]  <{e.value}>")
        alts = sorted(
            x["a"].value for x in _select(store, _PFX + f"SELECT ?a WHERE {{ <{e.value}> skos:altLabel ?a }}")
        )
        if alts:
            out.append("  aliases: " + ", ".join(alts))
        for x in _select(store, _PFX + f"SELECT ?w WHERE {{ <{e.value}> kg:mergeReason ?w }} ORDER BY ?w"):
            out.append("  merged: " + x["w"].value)
        out.append("  mentions:")
        names = sorted({row["label"].value, *alts}, key=len, reverse=True)
        for x in _select(
            store,
            _PFX
            + f"""SELECT ?t ?st ?doc WHERE {{ <{e.value}> kg:mentionedIn ?s . ?s kg:text ?t ; kg:start ?st ;
                prov:wasDerivedFrom ?d . ?d rdfs:label ?doc }} ORDER BY ?doc ?st""",
        ):
            sentence, start = x["t"].value, int(x["st"].value)
            # the names locate the mention inside its sentence (offset approximate across layout breaks)
            found = min(((sentence.find(n), n) for n in names if n in sentence), default=(0, ""))
            out.append(f"    {x['doc'].value}@{start + found[0]} {found[1]}: {sentence}")
        out.append("  facts:")
        for x in _select(
            store,
            _PFX
            + f"""SELECT ?dir ?p ?ol ?s ?rule WHERE {{
                {{ {{ ?st rdf:subject <{e.value}> ; rdf:object ?o . BIND("->" AS ?dir) }} UNION
                   {{ ?st rdf:object <{e.value}> ; rdf:subject ?o . BIND("<-" AS ?dir) }}
                   ?st rdf:predicate ?p ; kg:evidence? ?ev .
                   ?ev kg:byRule/kg:memberRule?/kg:ruleName ?rule .
                   OPTIONAL {{ ?ev kg:statedIn/kg:text ?s }} }} UNION
                {{ <{e.value}> kg:partOf ?o .
                   OPTIONAL {{ ?x rdf:subject <{e.value}> ; rdf:object ?o ; rdf:predicate kg:partOf }}
                   FILTER(!BOUND(?x)) BIND("->" AS ?dir) BIND(kg:partOf AS ?p) BIND("{GAZETTEER_RULE}" AS ?rule) }} UNION
                {{ ?o kg:partOf <{e.value}> .
                   OPTIONAL {{ ?x rdf:subject ?o ; rdf:object <{e.value}> ; rdf:predicate kg:partOf }}
                   FILTER(!BOUND(?x)) BIND("<-" AS ?dir) BIND(kg:partOf AS ?p) BIND("{GAZETTEER_RULE}" AS ?rule) }}
                ?o rdfs:label ?ol . }}
                ORDER BY ?p ?ol""",
        ):
            sent = x["s"].value if x["s"] is not None else "(national division list)"
            out.append(
                f"    {x['dir'].value} {x['p'].value.removeprefix(KG)} {x['ol'].value} ({x['rule'].value}): {sent}"
            )
    return "\n".join(out)
