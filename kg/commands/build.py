"""`kg build`, `kg stats`, `kg eval`, `kg explain`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..cli_app import app, fail, handle_errors


@app.command()
@handle_errors
def build(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt) or folders of them.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for graph.ttl and graph.html.")] = Path("output"),
    publisher: Annotated[str, typer.Option(help="The newspaper that '本报' (this paper) refers to.")] = "辽宁日报",
    year: Annotated[int | None, typer.Option(help="Year for dates written without one (default: from each article).")] = None,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Also write the interactive graph.html.")] = True,
    strict: Annotated[bool, typer.Option("--strict/--keep-going", help="Stop at the first unreadable article, or skip it and report.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
) -> None:
    """Build the knowledge graph of articles into OUT/graph.ttl and OUT/graph.html."""
    from ..pipeline import build as run

    result = run(paths, out, publisher=publisher, year=year, html=html, strict=strict)
    if not quiet:
        g = result.graph
        typer.echo(f"{len(g.documents)} articles, {len(g.entities)} entities, {len(g.relations)} relations", err=True)
        for kind, p in result.outputs.items():
            typer.echo(f"  {kind}: {p}", err=True)
        for path, reason in result.skipped:
            typer.echo(f"  skipped {path}: {reason}", err=True)
    if result.skipped:
        raise typer.Exit(3)


@app.command()
@handle_errors
def stats(
    graph: Annotated[Path, typer.Argument(help="A graph file written by kg build.")] = Path("output/graph.ttl"),
) -> None:
    """Print the number of entities per class and of relations per predicate."""
    from ..stats import graph_stats

    st = graph_stats(graph)
    width = max(map(len, list(st["classes"]) + list(st["relations"]) + ["class"]))
    typer.echo(f"{'class':{width}s} count")
    for k, v in st["classes"].items():
        typer.echo(f"{k:{width}s} {v:5d}")
    typer.echo(f"{'relation':{width}s} count")
    for k, v in st["relations"].items():
        typer.echo(f"{k:{width}s} {v:5d}")
    typer.echo(f"{'triples':{width}s} {st['triples']:5d}")


@app.command("eval")
@handle_errors
def eval_(
    gold: Annotated[list[Path], typer.Argument(help="Gold annotation files (JSON, SCHEMA.md format).")],
    graph: Annotated[Path | None, typer.Option(help="Score this graph (built from exactly the gold files' documents) instead of building.")] = None,
    docs: Annotated[Path, typer.Option(help="Folder holding the gold files' documents.")] = Path("seeds"),
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss and extra.")] = False,
) -> None:
    """Score against gold files: per class, per relation, micro P/R/F1 (as SCHEMA.md 'Scoring')."""
    from ..evaluate import evaluate, evaluate_pairs, format_score, load_gold

    if graph is not None:
        sc = evaluate(graph, gold)
    else:
        import tempfile

        from ..pipeline import build as run

        pairs = []
        with tempfile.TemporaryDirectory() as tmp:
            for g in gold:
                doc = load_gold(g).get("document", "")
                src = docs / doc
                if not doc or not src.exists():
                    fail(f"{g}: its document '{doc}' is not in {docs}", 2)
                out = Path(tmp) / Path(doc).stem
                run([src], out, html=False)
                pairs.append((out / "graph.ttl", g))
            sc = evaluate_pairs(pairs)
    typer.echo(format_score(sc))
    if verbose:
        for line in sc.misses:
            typer.echo("  " + line)


@app.command()
@handle_errors
def explain(
    name: Annotated[str, typer.Argument(help="A label or alias of an entity (Traditional or Simplified).")],
    graph: Annotated[Path, typer.Option(help="Graph file written by kg build.")] = Path("output/graph.ttl"),
) -> None:
    """Show why an entity is what it is: its names, every merge and every mention with its sentence."""
    from ..stats import explain_entity

    text = explain_entity(graph, name)
    sys.stdout.write(text + "\n")
