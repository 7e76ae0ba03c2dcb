"""`kg validate`: check a graph against the SHACL shapes."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..cli_app import app, handle_errors


@app.command()
@handle_errors
def validate(
    graph: Annotated[Path, typer.Argument(help="A graph file written by kg build (.ttl, .nt).")] = Path(
        "output/graph.ttl"
    ),
    shapes: Annotated[
        Path | None, typer.Option(help="SHACL shapes (default: the shipped kg/data/ontology/shapes.ttl).")
    ] = None,
    ontology: Annotated[
        Path | None,
        typer.Option(help="The ontology for RDFS inference (default: the shipped kg/data/ontology/kg.ttl)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the exit code and the summary.")] = False,
) -> None:
    """Validate a graph with the SHACL shapes (pySHACL, RDFS inference over the ontology).

    Prints one line per violation (focus node and its label, property path, message); exits 4 if
    the graph does not conform.
    """
    from ..errors import ValidationError
    from ..shacl import validate as run

    report = run(graph, shapes=shapes, ontology=ontology)
    if not quiet:
        for line in report.lines():
            typer.echo(line)
    if not report.conforms:
        raise ValidationError(f"{graph}: {report.summary()}")
    typer.echo(f"{graph}: {report.summary()}", err=True)
