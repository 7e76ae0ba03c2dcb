"""`kg build`, `kg stats`, `kg eval`, `kg explain`."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..cli_app import app, articles_from, fail, handle_errors
from ..errors import EXIT_INPUT, EXIT_SKIPPED


@app.command()
@handle_errors
def build(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Article files (.txt) or folders of them; - reads one article from stdin."),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", metavar="DIR", help="Output folder for graph.ttl, graph.html and store/."
        ),
    ] = Path("output"),
    publisher: Annotated[
        str,
        typer.Option(
            help="The newspaper that '本报' (this paper) refers to; default: the paper the article names "
            "in its dateline (X日报讯), else 本报 stays the article's own unnamed paper."
        ),
    ] = "",
    year: Annotated[
        int | None, typer.Option(help="Year for dates written without one (default: from each article).")
    ] = None,
    html: Annotated[
        bool, typer.Option("--html/--no-html", help="Also write the interactive graph.html.")
    ] = True,
    store: Annotated[
        bool, typer.Option("--store/--no-store", help="Also write the on-disk SPARQL store OUT/store.")
    ] = True,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict/--keep-going",
            help="Stop at the first unreadable article (exit 2), or skip it, build the rest and report it (exit 3).",
        ),
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", metavar="N", help="Extract articles in N local processes (0: one per CPU).", min=0
        ),
    ] = 1,
    scheduler: Annotated[
        str | None, typer.Option(help="Extract articles on a Dask cluster, e.g. tcp://127.0.0.1:8786.")
    ] = None,
    cache: Annotated[
        bool,
        typer.Option(
            "--cache/--no-cache", help="Reuse unchanged articles' extraction results kept in OUT/.cache."
        ),
    ] = True,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="No progress bar or summary (skipped files are still listed)."),
    ] = False,
    mentions: Annotated[
        bool,
        typer.Option(
            "--mentions/--no-mentions",
            help="Link each entity to the sentences that name it (kg:mentionedIn). --no-mentions keeps the provenance of every relation and drops these links (about a tenth of the triples).",
        ),
    ] = True,
    validate: Annotated[
        bool | None,
        typer.Option(
            "--validate/--no-validate",
            help="Check the graph with the SHACL shapes (default: when it has at most 100,000 triples); with --strict a violation is an error (exit 4).",
        ),
    ] = None,
) -> None:
    """Build the knowledge graph of articles into OUT/graph.ttl, OUT/graph.html and OUT/store."""
    import os

    from ..pipeline import build as run

    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    with (
        articles_from(paths) as paths,
        _terminate_as_interrupt(),
        _progress(enabled=not quiet and sys.stderr.isatty()) as (progress, phase),
    ):
        result = run(
            paths,
            out,
            publisher=publisher,
            year=year,
            html=html,
            strict=strict,
            jobs=jobs,
            scheduler=scheduler,
            cache=cache,
            store=store,
            progress=progress,
            phase=phase,
            mentions=mentions,
        )
    n_docs, n_entities, n_relations = result.counts  # a no-op build need not load its graph
    files, size = result.leftovers
    if files and not quiet:
        typer.echo(
            f"removed {files} temporary file{'s' if files > 1 else ''} ({size / 2**20:.1f} MB) an "
            f"interrupted build left in {out / '.tmp'}",
            err=True,
        )
    if not quiet:
        typer.echo(
            f"{n_docs} articles ({result.reused} reused, {result.extracted} extracted), "
            f"{n_entities} entities, {n_relations} relations",
            err=True,
        )
        for kind, p in result.outputs.items():
            typer.echo(f"  {kind}: {p}", err=True)
        if result.incremental:
            typer.echo(f"  updated in place: {result.delta} triples deleted or inserted", err=True)
    if validate is None:
        validate = result.triples <= 100_000 if result.triples else n_entities < 5_000
    if validate and "turtle" in result.outputs:
        from ..errors import ValidationError
        from ..shacl import validate as shacl_validate

        report = shacl_validate(result.outputs["turtle"])
        if not report.conforms:
            if strict:
                raise ValidationError(report.summary().splitlines()[0] + " (kg validate lists them)")
            typer.echo("warning: " + report.summary().splitlines()[0] + " (kg validate lists them)", err=True)
        elif not quiet:
            typer.echo("  SHACL: conforms to the shipped shapes (kg/data/ontology/shapes.ttl)", err=True)
    if result.skipped:
        typer.echo(
            f"skipped {len(result.skipped)} unreadable file{'s' if len(result.skipped) > 1 else ''}:",
            err=True,
        )
        for _path, reason in result.skipped:
            typer.echo(f"  {reason}", err=True)
        raise typer.Exit(EXIT_SKIPPED)


@contextlib.contextmanager
def _terminate_as_interrupt():
    """Treat SIGTERM like Ctrl-C, so a killed build cleans up and leaves the previous output intact."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _progress(enabled: bool):
    """(progress, phase) callbacks drawing a rich progress bar on stderr, or (None, None).

    The bar is redrawn on each callback rather than by a refresh thread, so the build may fork
    worker processes at any time (forking while another thread runs is unsafe).
    """
    if not enabled:
        yield None, None
        return
    from rich import progress as rp
    from rich.console import Console
    from rich.text import Text

    class Rate(rp.ProgressColumn):
        def render(self, task: rp.Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f} articles/s" if speed else "", style="progress.data.speed")

    bar = rp.Progress(
        rp.TextColumn("{task.description}"),
        rp.BarColumn(),
        rp.MofNCompleteColumn(),
        Rate(),
        rp.TimeElapsedColumn(),
        rp.TextColumn("ETA"),
        rp.TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        auto_refresh=False,
    )
    state: dict = {}

    def progress(done: int, total: int) -> None:
        if "task" not in state:
            bar.start()
            state["task"] = bar.add_task("extracting", total=total)
        bar.update(state["task"], completed=done, refresh=True)

    def phase(name: str) -> None:
        if "task" in state:
            bar.update(state["task"], description=name, refresh=True)

    try:
        yield progress, phase
    finally:
        if "task" in state:
            bar.stop()


@app.command()
@handle_errors
def stats(
    graph: Annotated[Path, typer.Argument(help="A graph file written by kg build.")] = Path(
        "output/graph.ttl"
    ),
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
    graph: Annotated[
        Path | None,
        typer.Option(
            help="Score this graph (built from exactly the gold files' documents) instead of building."
        ),
    ] = None,
    docs: Annotated[Path, typer.Option(help="Folder holding the gold files' documents.")] = Path("seeds"),
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss and extra.")] = False,
    publisher: Annotated[str, typer.Option(help="The newspaper that '本报' refers to (as for build).")] = "",
) -> None:
    """Score against gold files: per class, per relation, micro P/R/F1 (as SCHEMA.md 'Scoring'), and the
    values (money, quantities, dates: recall strict and loose, reading precision) as valscore.py does."""
    from ..evaluate import evaluate, evaluate_pairs, evaluate_values, format_score, format_values, load_gold

    if graph is not None:
        sc = evaluate(graph, gold)
        vs = evaluate_values([(graph, g) for g in gold])
    else:
        import tempfile

        from ..pipeline import build as run

        pairs: list[tuple[str | Path, str | Path]] = []
        with tempfile.TemporaryDirectory() as tmp:
            for g in gold:
                doc = load_gold(g).get("document", "")
                src = docs / doc
                if not doc or not src.exists():
                    fail(f"{g}: its document '{doc}' is not in {docs}", EXIT_INPUT)
                out = Path(tmp) / Path(doc).stem
                run([src], out, publisher=publisher, html=False, cache=False, store=False)
                pairs.append((out / "graph.ttl", g))
            sc = evaluate_pairs(pairs)
            vs = evaluate_values(pairs)
    typer.echo(format_score(sc))
    typer.echo(format_values(vs))
    if verbose:
        for line in sc.misses:
            typer.echo("  " + line)
        for line in vs.misses:
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
