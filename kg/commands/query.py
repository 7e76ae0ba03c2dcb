"""`kg query` (SPARQL over the embedded store, a graph file or an endpoint) and `kg push`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..cli_app import app, handle_errors

DEFAULT_STORE = Path("output/store")
GRAPH_IRI = "https://w3id.org/kgnews/graph"
PAGE = 100  # rows a table shows unless --limit or --all  # == kg.query.DEFAULT_GRAPH_IRI (kept here so --help is cheap)


def _params(items: list[str] | None) -> dict[str, str]:
    from ..errors import QueryError

    out: dict[str, str] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param wants NAME=VALUE, not '{item}'")
        out[name.strip()] = value
    return out


def _credentials(user: str | None, password: str | None):
    from ..http import Credentials

    return Credentials.resolve(user, password)


USER_HELP = "User name for the server (Basic or Digest authentication, as the server asks)."
PASSWORD_HELP = "Password for --user (prefer the environment variable: a command line is visible to others)."


def _local_source(store: Path) -> Path:
    """The store folder, else the graph.ttl written beside it by kg build."""
    if store.exists():
        return store
    fallback = store.parent / "graph.ttl"
    return fallback if fallback.is_file() else store


@app.command()
@handle_errors
def query(
    query: Annotated[
        str | None,
        typer.Argument(
            help="SPARQL text, a .rq file, the name of a bundled query (see --list), or - to read the "
            "query from stdin."
        ),
    ] = None,
    list_: Annotated[
        bool, typer.Option("--list", help="List the bundled queries and their parameters.")
    ] = False,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="NAME=VALUE for a parameter the query declares (repeatable), e.g. -p entity=开原.",
        ),
    ] = None,
    store: Annotated[
        Path,
        typer.Option(
            help="Store folder written by kg build, or a graph file (.ttl/.nt); if the folder is missing, "
            "graph.ttl beside it is used."
        ),
    ] = DEFAULT_STORE,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="table, or the W3C SPARQL results formats json, xml, csv, tsv; turtle or ntriples for "
            "CONSTRUCT/DESCRIBE. Default: table, or turtle for graph results.",
        ),
    ] = None,
    update: Annotated[
        bool, typer.Option("--update", help="Allow SPARQL Update (the default is read-only).")
    ] = False,
    endpoint: Annotated[
        str | None,
        typer.Option(
            help="Query a SPARQL 1.1 endpoint instead: its query URL (Virtuoso: http://host:8890/sparql, "
            "or /sparql-auth with --user for updates) or an oxigraph serve base URL. A bearer token comes "
            "from KG_ENDPOINT_TOKEN."
        ),
    ] = None,
    user: Annotated[str | None, typer.Option(envvar="KG_ENDPOINT_USER", help=USER_HELP)] = None,
    password: Annotated[str | None, typer.Option(envvar="KG_ENDPOINT_PASSWORD", help=PASSWORD_HELP)] = None,
    graph: Annotated[
        str,
        typer.Option(
            "--graph",
            help="With --endpoint: the named graph to query (as written by kg push); "
            "'default' for the server's default graph.",
        ),
    ] = GRAPH_IRI,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for an endpoint.")] = 60.0,
    limit: Annotated[
        int | None,
        typer.Option(
            help=f"Rows per page of a SELECT (default: {PAGE} for --format table, every row for the other "
            "formats). On the embedded store a page is the rows in the store's order, sorted: it costs "
            "its own rows only. 0 = every row.",
            min=0,
        ),
    ] = None,
    offset: Annotated[
        int, typer.Option(help="Rows to skip before the page (the next page: --offset N).", min=0)
    ] = 0,
    all_: Annotated[bool, typer.Option("--all", help="Every row, in order (no page).")] = False,
) -> None:
    """Ask the graph: run a SPARQL query and print the results (read-only unless --update).

    A SELECT printed as a table shows a page of at most 100 rows and says how to get the others
    (--offset, --all). A malformed query prints the parser's message with its line:column and exits
    with code 2.
    """
    from ..errors import QueryError
    from ..query import QueryText, format_result, list_text, parse_header, run_query

    if list_:
        sys.stdout.write(list_text())
        return
    if not query:
        raise QueryError("give a SPARQL query, a .rq file or a bundled query name (kg query --list)")
    q: str | QueryText = query
    if query == "-":
        text = sys.stdin.read()
        if not text.strip():
            raise QueryError("no query on stdin")
        q = parse_header(text)  # the text itself, never a name or a path
    if all_ and (limit or offset):
        raise QueryError("--all asks for every row: leave out --limit and --offset")
    if all_ or limit == 0:
        limit = None
    elif limit is None and (fmt or "table") == "table":
        limit = PAGE
    if endpoint:
        result = run_query(
            q,
            endpoint=endpoint,
            params=_params(param),
            update=update,
            graph_iri=graph,
            timeout=timeout,
            credentials=_credentials(user, password),
            limit=limit,
            offset=offset,
        )
    else:
        result = run_query(
            q, store=_local_source(store), params=_params(param), update=update, limit=limit, offset=offset
        )
    sys.stdout.write(format_result(result, fmt))
    sys.stdout.flush()
    if result.paged and result.more and (fmt or "table") != "table":
        from ..query import page_note

        sys.stderr.write(page_note(result) + "\n")


@app.command()
@handle_errors
def push(
    graph_file: Annotated[Path, typer.Argument(help="The graph file to load (.ttl, .nt, .jsonld).")] = Path(
        "output/graph.ttl"
    ),
    endpoint: Annotated[
        str | None,
        typer.Option(
            help="The server's query URL or base URL; its Graph Store URL is asked of the server "
            "(Oxigraph: /store; Virtuoso: /sparql-graph-crud, with --user /sparql-graph-crud-auth; "
            "Fuseki: /ds/data)."
        ),
    ] = None,
    store_endpoint: Annotated[
        str | None,
        typer.Option(
            "--graph-store",
            "--store-endpoint",
            help="The Graph Store Protocol URL itself (e.g. http://host:8890/sparql-graph-crud-auth).",
        ),
    ] = None,
    graph: Annotated[
        str, typer.Option("--graph", help="The named graph to replace; 'default' for the default graph.")
    ] = GRAPH_IRI,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the server.")] = 60.0,
    user: Annotated[str | None, typer.Option(envvar="KG_ENDPOINT_USER", help=USER_HELP)] = None,
    password: Annotated[str | None, typer.Option(envvar="KG_ENDPOINT_PASSWORD", help=PASSWORD_HELP)] = None,
) -> None:
    """Load a build into a SPARQL 1.1 server, replacing one named graph (a re-push never duplicates).

    Uses the Graph Store Protocol (HTTP PUT of N-Triples; Turtle and other RDF files are converted
    first). Authentication: --user/--password (Basic or Digest, as the server asks) or a bearer token
    in KG_ENDPOINT_TOKEN.
    """
    from ..push import push as run

    res = run(
        graph_file,
        endpoint,
        graph,
        store_endpoint=store_endpoint,
        timeout=timeout,
        credentials=_credentials(user, password),
    )
    typer.echo(
        f"pushed {graph_file} ({res.size:,} bytes) into graph <{res.graph_iri}> at {res.url.split('?')[0]} "
        f"(HTTP {res.status})",
        err=True,
    )
