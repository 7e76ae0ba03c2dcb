"""`kg export`: build the graph of articles and write it in another format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..cli_app import app, handle_errors


@app.command()
@handle_errors
def export(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files (.txt) or folders of them.")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="turtle, ntriples, jsonld (+ context file), graphml (Gephi), csv (a folder with "
            "nodes.csv and edges.csv for neo4j-admin import), html; see --list.",
        ),
    ] = "turtle",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Output file (a folder for csv). Default: output/graph.<suffix>, output/graph-csv.",
        ),
    ] = None,
    focus: Annotated[
        str | None, typer.Option(help="Only the neighbourhood of this entity (name, alias or id).")
    ] = None,
    hops: Annotated[int, typer.Option(help="With --focus: how many relations away from it to keep.")] = 1,
    publisher: Annotated[
        str,
        typer.Option(
            help="The newspaper that '本报' (this paper) refers to; default: the paper the article names "
            "in its dateline (X日报讯), else 本报 stays the article's own unnamed paper."
        ),
    ] = "",
    year: Annotated[int | None, typer.Option(help="Year for dates written without one.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the export formats.")] = False,
) -> None:
    """Build the graph of articles (as kg build does) and export it: kg export seeds -f graphml -o g.graphml.

    Exports are built from the articles, not read back from graph.ttl, so every format (including the
    entity graph formats) carries the full model.
    """
    from ..errors import FormatError, InputError
    from ..exporters import registered

    formats = registered()
    if list_:
        for name, (suffix, fn) in formats.items():
            doc = (fn.__doc__ or "").strip().splitlines()
            sys.stdout.write(
                f"{name:10s} {suffix or '(folder)':9s} {doc[0] if doc else ''}\n".rstrip() + "\n"
            )
        return
    if fmt not in formats:
        raise FormatError(f"unknown export format '{fmt}' (one of {', '.join(formats)})")
    if not paths:
        raise InputError("give the articles (files or folders) to export, e.g. kg export seeds -f graphml")
    from ..pipeline import build_graph

    suffix, fn = formats[fmt]
    target = out or Path("output") / (f"graph{suffix}" if suffix else "graph-csv")
    graph = build_graph(paths, publisher=publisher, year=year)
    fn(graph, target, focus=focus, hops=hops)
    typer.echo(f"{fmt}: {target}", err=True)
