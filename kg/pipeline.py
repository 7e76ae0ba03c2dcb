"""The build workflow: ingest -> extract -> resolve -> values -> publish."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KGError
from .extract import extract
from .ingest import iter_paths, read_document
from .io import atomic_write
from .model import Graph
from .resolve import resolve


@dataclass
class BuildResult:
    graph: Graph
    outputs: dict[str, Path] = field(default_factory=dict)
    reused: int = 0

    @property
    def skipped(self) -> tuple[tuple[str, str], ...]:
        return self.graph.skipped


def build_graph(paths: Iterable[str | Path], publisher: str = "辽宁日报", year: int | None = None,
                strict: bool = True, progress: Callable[[int, int], None] | None = None) -> Graph:
    """Build the knowledge graph of the articles at paths (files or folders), in memory."""
    files = iter_paths(paths)
    contexts = []
    skipped: list[tuple[str, str]] = []
    for i, f in enumerate(files):
        try:
            doc = read_document(f, year=year)
        except InputError as e:
            if strict:
                raise
            skipped.append((str(f), str(e)))
            continue
        contexts.append(extract(doc, publisher=publisher))
        if progress:
            progress(i + 1, len(files))
    if not contexts:
        raise InputError("no readable articles: " + "; ".join(r for _, r in skipped) if skipped else "no articles given")
    from .values import attach_quantities

    entities, relations = resolve(contexts)
    entities = attach_quantities(contexts, entities)
    return Graph(tuple(c.doc for c in contexts), tuple(entities), tuple(relations), tuple(skipped))


def build(paths: Iterable[str | Path], out_dir: str | Path | None = "output", *, publisher: str = "辽宁日报",
          year: int | None = None, html: bool = True, strict: bool = True,
          progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """Build the graph and, if out_dir is given, write out_dir/graph.ttl and out_dir/graph.html."""
    from .rdf import serialize

    graph = build_graph(paths, publisher=publisher, year=year, strict=strict, progress=progress)
    result = BuildResult(graph)
    if out_dir is not None:
        out = Path(out_dir)
        if out.exists() and not out.is_dir():
            raise KGError(f"{out}: exists and is not a directory")
        ttl = serialize(graph, "turtle")
        result.outputs["turtle"] = atomic_write(out / "graph.ttl", ttl)
        if html:
            from .html import render_html

            result.outputs["html"] = atomic_write(out / "graph.html", render_html(graph))
    return result
