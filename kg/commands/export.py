"""`kg export`: build the graph of articles and write it in another format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..cli_app import app, articles_from, handle_errors


@app.command()
@handle_errors
def export(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files (.txt) or folders of them; - reads one article from stdin."),
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
            metavar="FILE",
            help="Output file (a folder for csv; - for standard output). Default: output/graph.<suffix>, "
            "output/graph-csv.",
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

    Exports are built from the articles, not read back from graph.ttl, so every format (including
    the entity graph formats) carries the full model. Files are written with mode 0644, like the
    outputs of kg build.
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
    to_stdout = out is not None and str(out) == "-"
    if to_stdout and not suffix:
        raise FormatError(f"{fmt} writes a folder of files, not one stream: give -o FOLDER")
    target = out or Path("output") / (f"graph{suffix}" if suffix else "graph-csv")
    with articles_from(paths) as paths:
        graph = build_graph(paths, publisher=publisher, year=year)
    if to_stdout:
        _export_to_stdout(fn, graph, suffix, focus=focus, hops=hops)
        return
    fn(graph, target, focus=focus, hops=hops)
    typer.echo(f"{fmt}: {target}", err=True)


def _export_to_stdout(fn, graph, suffix: str, **options) -> None:
    """Export into a temporary folder, then copy the one file to standard output."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kg-export-") as tmp:
        path = Path(tmp) / f"graph{suffix}"
        fn(graph, path, **options)
        with open(path, "rb") as f:
            shutil.copyfileobj(f, sys.stdout.buffer)
        sys.stdout.buffer.flush()
