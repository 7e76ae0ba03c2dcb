"""Validate a graph against the SHACL shapes (ontology/shapes.ttl) with pySHACL, readably."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, one_line
from .io import graph_file
from .rdf import PREFIXES

SH = "http://www.w3.org/ns/shacl#"
EXTRA_PREFIXES = {
    "kgsh": "https://w3id.org/kgnews/shapes#",
    "sh": SH,
    "owl": "http://www.w3.org/2002/07/owl#",
}
RDF_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".trig": "trig",
    ".n3": "n3",
}


def ontology_dir() -> Path:
    """The folder holding kg.ttl and shapes.ttl, shipped inside the package (kg/data/ontology/)."""
    d = Path(__file__).resolve().parent / "data" / "ontology"
    if (d / "shapes.ttl").is_file() and (d / "kg.ttl").is_file():
        return d
    raise InputError(
        f"cannot find the ontology (kg.ttl and shapes.ttl) in {d}: the installation is incomplete"
    )


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"


def ontology_path() -> Path:
    return ontology_dir() / "kg.ttl"


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with the names a reader needs."""

    severity: str  # Violation | Warning | Info
    focus: str  # the focus node, shortened (kgr:place/211282)
    label: str  # its rdfs:label, if it has one
    path: str  # the property path, shortened; '' for node-level results
    message: str
    value: str = ""  # the offending value, shortened
    shape: str = ""  # the source shape, shortened

    def line(self) -> str:
        who = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        where = f" {self.path}" if self.path else ""
        val = f" (value: {self.value})" if self.value and self.value != self.focus else ""
        shape = f" [{self.shape}]" if self.shape else ""
        return f"{self.severity}: {who}{where}: {self.message}{val}{shape}"


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    text: str = ""  # pySHACL's own report text

    def lines(self) -> list[str]:
        return [v.line() for v in self.violations]

    def summary(self) -> str:
        if self.conforms:
            return "conforms to the SHACL shapes"
        n = len(self.violations)
        return f"{n} SHACL result{'s' if n != 1 else ''} ({sum(v.severity == 'Violation' for v in self.violations)} violations)"

    def __str__(self) -> str:
        return "\n".join([*self.lines(), self.summary()])


def _rdflib_graph(data, fmt: str | None = None):
    import rdflib

    if isinstance(data, rdflib.Graph):
        return data
    g = rdflib.Graph()
    try:
        if isinstance(data, str | os.PathLike):
            p = graph_file(data)
            g.parse(str(p), format=fmt or RDF_FORMATS.get(p.suffix.lower(), "turtle"))
        elif isinstance(data, bytes | bytearray):
            g.parse(data=bytes(data), format=fmt or "turtle")
        else:  # a kg.model.Graph
            from .rdf import serialize

            g.parse(data=serialize(data, "ntriples"), format="nt")
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - rdflib raises many parser error types
        raise InputError(
            f"{data if isinstance(data, str | os.PathLike) else 'graph'}: not a readable RDF graph "
            f"({_parse_error(e)})"
        ) from e
    return g


def _parse_error(e: Exception) -> str:
    """rdflib's parser error on one line: the Turtle parser's reason and line, not its three-line dump."""
    why, line = getattr(e, "_why", None), getattr(e, "lines", None)
    if why and isinstance(line, int):
        return f"line {line + 1}: {why}"
    return one_line(str(e), 200)


def _shortener(graph):
    from rdflib import BNode, Literal, URIRef

    spaces = sorted({**PREFIXES, **EXTRA_PREFIXES}.items(), key=lambda kv: -len(kv[1]))

    def short(term) -> str:
        if term is None:
            return ""
        if isinstance(term, URIRef):
            s = str(term)
            for k, ns in spaces:
                if s.startswith(ns):
                    return f"{k}:{s[len(ns) :]}"
            return s
        if isinstance(term, Literal):
            return f'"{term}"' + (f"@{term.language}" if term.language else "")
        if isinstance(term, BNode):
            return _path_text(graph, term, short)
        return str(term)

    return short


def _path_text(g, node, short) -> str:
    """SHACL property paths (inverse, sequence, alternative, …) as SPARQL-like text."""
    from rdflib import URIRef
    from rdflib.collection import Collection

    sh = lambda local: URIRef(SH + local)  # noqa: E731
    if (inv := g.value(node, sh("inversePath"))) is not None:
        return "^" + short(inv)
    for local, op in (("zeroOrMorePath", "*"), ("oneOrMorePath", "+"), ("zeroOrOnePath", "?")):
        if (x := g.value(node, sh(local))) is not None:
            return short(x) + op
    if (alt := g.value(node, sh("alternativePath"))) is not None:
        return "(" + "|".join(short(x) for x in Collection(g, alt)) + ")"
    if g.value(node, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#first")) is not None:
        return "/".join(short(x) for x in Collection(g, node))
    return "[]"


_PATCHED = False


def _cache_sparql_translation() -> None:
    """Make rdflib reuse the parsed and translated algebra of a SPARQL text it has seen before.

    pySHACL runs each SHACL-SPARQL constraint once per focus node with the same text (only the
    bindings differ), and rdflib re-parses the text every time: ~0.07 s a parse, most of the time of
    validating the seeds' graph. A translated query is reusable with other bindings (it is what
    rdflib's prepareQuery returns), so caching by (text, base, namespaces) does not change results.
    """
    global _PATCHED
    if _PATCHED:
        return
    from functools import lru_cache

    import rdflib.plugins.sparql.processor as proc

    @lru_cache(maxsize=256)
    def translated(text: str, base, ns: tuple):
        return proc.translateQuery(proc.parseQuery(text), base, dict(ns) or None)

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str):
            try:
                strOrQuery = translated(strOrQuery, base, tuple(sorted((initNs or {}).items())))
            except TypeError:  # unhashable namespaces: no caching
                strOrQuery = proc.translateQuery(proc.parseQuery(strOrQuery), base, initNs)
        return proc.evalQuery(self.graph, strOrQuery, initBindings, base)

    proc.SPARQLProcessor.query = query  # type: ignore[method-assign]  # the deliberate patch above
    _PATCHED = True


def validate(
    data,
    shapes: str | os.PathLike[str] | None = None,
    ontology: str | os.PathLike[str] | bool | None = None,
    inference: str = "rdfs",
) -> Report:
    """Validate data (a graph file, an rdflib Graph, Turtle bytes or a kg.model.Graph) with pySHACL.

    shapes / ontology default to ontology/shapes.ttl and ontology/kg.ttl (found by ontology_dir());
    the ontology is pySHACL's ont_graph, mixed in for RDFS inference (ontology=False: none). Never
    raises on violations: check Report.conforms. InputError if a file is missing or unreadable.
    """
    import pyshacl
    from rdflib import RDFS, Graph, URIRef

    _cache_sparql_translation()
    data_graph = _rdflib_graph(data)
    shapes_graph = _rdflib_graph(shapes or shapes_path())
    ont_graph = (
        None
        if ontology is False
        else _rdflib_graph(ontology if ontology not in (None, True) else ontology_path())
    )
    conforms, report, text = pyshacl.validate(
        data_graph,
        shacl_graph=shapes_graph,
        ont_graph=ont_graph,
        inference=inference,
        abort_on_first=False,
        allow_warnings=True,
        advanced=True,
    )
    assert isinstance(report, Graph)
    short = _shortener(report)
    shape_short = _shortener(shapes_graph)
    sh = lambda local: URIRef(SH + local)  # noqa: E731
    out = []
    for res in report.objects(None, sh("result")):
        focus = report.value(res, sh("focusNode"))
        label = data_graph.value(focus, RDFS.label) if focus is not None else None
        path = report.value(res, sh("resultPath"))
        sev = report.value(res, sh("resultSeverity"))
        msgs = sorted(str(m) for m in report.objects(res, sh("resultMessage")))
        src = report.value(res, sh("sourceShape"))
        value = report.value(res, sh("value"))
        out.append(
            Violation(
                severity=str(sev).removeprefix(SH) if sev is not None else "Violation",
                focus=short(focus),
                label=str(label) if label is not None else "",
                path=(
                    _path_text(report, path, short)
                    if path is not None and not isinstance(path, URIRef)
                    else short(path)
                ),
                message="; ".join(msgs) or "violates " + shape_short(src),
                value=short(value) if value is not None else "",
                shape=shape_short(src) if isinstance(src, URIRef) else "",
            )
        )
    out.sort(key=lambda v: (v.severity != "Violation", v.focus, v.path, v.message))
    return Report(bool(conforms), out, str(text))
