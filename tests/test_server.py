"""kg push / kg query --endpoint against real SPARQL servers on 127.0.0.1: `oxigraph serve` and Debian's
Virtuoso (virtuoso-opensource 7), each started once for this module with its own database folder.

Virtuoso is not optional: where `virtuoso-t` is missing these tests fail (install Debian's
virtuoso-opensource, as .ci/run does; deselect with -m "not server" on a machine without it).
"""

from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.errors import EndpointError
from kg.http import Credentials
from kg.push import push
from kg.query import DEFAULT_GRAPH_IRI, bundled_queries, format_result, run_query
from kg.rdf import serialize
from kg.store import open_store, write_store

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
PARAMS = {
    "entity": {"entity": "开原"},
    "evidence": {"subject": "道勤"},
    "designations": {"year": "2022"},
    "mentions": {"entity": "开原"},
}
START_TIMEOUT = 120  # seconds; Virtuoso creates its database on first start (~20 s on a busy machine)


@dataclass(frozen=True)
class Server:
    name: str
    query: str  # the query URL users give
    write: tuple[str, ...] = ()  # CLI options that let a push or update write (credentials)
    update: str = ""  # the URL for authenticated updates


@pytest.fixture(scope="module")
def built(seeds_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build")
    (out / "graph.ttl").write_bytes(serialize(seeds_graph, "turtle"))
    write_store(out / "store", out / "graph.ttl")
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def _wait(url: str, proc: subprocess.Popen, log: Path, name: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"{name} did not start: {log.read_text(errors='replace')[-800:]}")
        time.sleep(0.2)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def _oxigraph_server(folder: Path) -> Iterator[Server]:
    exe = _oxigraph()
    if exe is None:
        pytest.fail(
            "the oxigraph server binary is missing (it comes with the test extra: pip install -e '.[test]')"
        )
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = folder / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [exe, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait(f"{url}/query?query=ASK%7B%7D", proc, log, "oxigraph serve")
        yield Server("oxigraph", url, update=url)
    finally:
        _stop(proc)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {d}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}/www
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


def _virtuoso_server(folder: Path) -> Iterator[Server]:
    exe = shutil.which("virtuoso-t")
    if exe is None:
        pytest.fail(
            "virtuoso-t is missing: install Debian's virtuoso-opensource (apt-get install virtuoso-opensource, "
            "as .ci/run does); these tests need a real Virtuoso"
        )
    port = _free_port()
    (folder / "www").mkdir()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=folder, sql=_free_port(), http=port), encoding="utf-8")
    log = folder / "virtuoso.log"
    log.touch()
    url = f"http://127.0.0.1:{port}"
    with (folder / "stdout.log").open("wb") as out:
        proc = subprocess.Popen(
            [exe, "+foreground", "+configfile", str(ini)], cwd=folder, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        _wait(f"{url}/sparql?query=ASK%7B%7D", proc, log, "virtuoso-t")
        # a fresh database's administrator is dba/dba; the -auth endpoints ask for Digest
        yield Server(
            "virtuoso", url + "/sparql", ("--user", "dba", "--password", "dba"), url + "/sparql-auth"
        )
    finally:
        _stop(proc)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> Iterator[Server]:
    """One Virtuoso for this module."""
    yield from _virtuoso_server(tmp_path_factory.mktemp("virtuoso"))


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request, tmp_path_factory) -> Iterator[Server]:
    if request.param == "virtuoso":
        yield request.getfixturevalue("virtuoso")
    else:
        yield from _oxigraph_server(tmp_path_factory.mktemp("oxigraph"))


def _count(server: Server, graph: str) -> int:
    r = run_query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
        endpoint=server.query,
        graph_iri=None,
    )
    return int(r.values()[0][0])


def canon(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Rows compared by value: Virtuoso writes xsd:boolean as 0/1 (the same values as false/true), and
    the order of GROUP_CONCAT's parts is unspecified in SPARQL."""
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = {"0": "false", "1": "true"}.get(v, v)
            for sep in ("、", "; "):
                if sep in v:
                    v = sep.join(sorted(v.split(sep)))
            cells.append(v)
        out.append(tuple(cells))
    return sorted(out)


def test_push_twice_then_every_bundled_query_matches_the_embedded_store(server: Server, built: Path) -> None:
    ttl = built / "graph.ttl"
    n = len(open_store(built / "store"))
    for _ in range(2):  # Turtle in, N-Triples on the wire; the Graph Store URL is found by asking the server
        res = runner.invoke(app, ["push", str(ttl), "--endpoint", server.query, *server.write])
        assert res.exit_code == 0, res.stderr
        assert "pushed" in res.stderr
    assert _count(server, DEFAULT_GRAPH_IRI) == n  # PUT replaced the graph: no duplicates
    # the same IRIs as in the store: none stored with a backslash (Turtle's escaped local names)
    q = "SELECT DISTINCT ?s WHERE { ?s ?p ?o }"
    remote = run_query(q, endpoint=server.query).values()
    assert sorted(remote) == sorted(run_query(q, store=built / "store").values())
    assert not [s for (s,) in remote if "\\" in s]
    # every bundled query runs there (form-encoded POSTs) and answers as the embedded store does
    for bq in bundled_queries():
        params = PARAMS.get(bq.name, {})
        local = run_query(bq, store=built / "store", params=params).values()
        got = run_query(bq, endpoint=server.query, params=params, timeout=30).values()
        assert local, bq.name
        assert canon(got) == canon(local), bq.name
    # the CLI prints the same rows from the endpoint as from the store, in every results format
    cli = ["query", "evidence", "-p", "subject=开原", "-p", "object=铁岭市"]
    for fmt in ("csv", "tsv", "json", "xml"):
        remote_out = runner.invoke(app, [*cli, "-f", fmt, "--endpoint", server.query])
        local_out = runner.invoke(app, [*cli, "-f", fmt, "--store", str(built / "store")])
        assert remote_out.exit_code == 0, remote_out.stderr
        assert "gazetteer.hierarchy" in remote_out.stdout
        assert sorted(_rows(remote_out.stdout, fmt)) == sorted(_rows(local_out.stdout, fmt)), fmt


def _rows(text: str, fmt: str) -> list:
    if fmt == "csv":  # lossy (pyoxigraph does not read it back): compare the lines
        return text.splitlines()
    parsed = ox.parse_query_results(text.encode(), format=getattr(ox.QueryResultsFormat, fmt.upper()))
    return [tuple(str(t) if t is not None else "" for t in s) for s in parsed]


def test_ask_and_construct_on_endpoint(server: Server, built: Path) -> None:
    runner.invoke(app, ["push", str(built / "graph.ttl"), "--endpoint", server.query, *server.write])
    res = runner.invoke(app, ["query", "ASK { ?s kg:worksFor ?o }", "--endpoint", server.query, "-f", "json"])
    assert res.exit_code == 0, res.stderr
    assert res.stdout.strip() == '{"head":{},"boolean":true}'
    r = run_query("ASK { ?s kg:noSuchProperty ?o }", endpoint=server.query)
    assert r.boolean is False
    q = "CONSTRUCT { ?p kg:worksFor ?b } WHERE { ?p kg:worksFor ?b }"
    remote = run_query(q, endpoint=server.query)
    assert set(remote.triples) == set(run_query(q, store=built / "store").triples) and remote.triples
    assert "\\" not in format_result(remote, "turtle").split("\n", 1)[1]


def test_push_to_another_graph_with_an_explicit_graph_store(server: Server, tmp_path: Path) -> None:
    small = tmp_path / "small.nt"
    small.write_bytes(serialize(kg.build_graph([ROOT / "seeds" / "001_d7297f1edb1408ba.txt"]), "ntriples"))
    other = "https://example.org/graphs/small"
    store = server.query + "/store" if server.name == "oxigraph" else server.query + "-graph-crud-auth"
    res = runner.invoke(app, ["push", str(small), "--graph-store", store, "--graph", other, *server.write])
    assert res.exit_code == 0, res.stderr
    assert store in res.stderr
    assert _count(server, other) == len(small.read_bytes().splitlines())
    r = run_query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", endpoint=server.query, graph_iri=other)
    assert int(r.values()[0][0]) == _count(server, other)


def test_query_from_stdin_on_endpoint(server: Server) -> None:
    res = runner.invoke(
        app, ["query", "-", "--endpoint", server.query, "-f", "csv"], input="SELECT (1 AS ?one) {}\n"
    )
    assert res.exit_code == 0, res.stderr
    assert res.stdout.splitlines() == ["one", "1"]


def test_endpoint_errors(server: Server) -> None:
    res = runner.invoke(app, ["query", "SELECT ?s WHERE { ?s ?p }", "--endpoint", server.query])
    assert res.exit_code == 2
    assert len(res.stderr.strip().splitlines()) == 1 and "malformed query" in res.stderr
    res = runner.invoke(app, ["query", "INSERT DATA { kgr:x kg:y 1 }", "--endpoint", server.query])
    assert res.exit_code == 2 and "read-only" in res.stderr
    dead = f"http://127.0.0.1:{_free_port()}"
    res = runner.invoke(app, ["query", "officials", "--endpoint", dead])
    assert res.exit_code == EndpointError.exit_code
    assert res.stderr.count("\n") == 1 and "cannot reach" in res.stderr
    res = runner.invoke(app, ["push", "--endpoint", dead, str(ROOT / "pyproject.toml")])
    assert res.exit_code == 2  # not an RDF file: refused before connecting


def test_update_on_endpoint(server: Server) -> None:
    g = "https://example.org/graphs/scratch"
    ins = f"INSERT DATA {{ GRAPH <{g}> {{ kgr:x kg:mentionCount 1 }} }}"
    res = runner.invoke(app, ["query", ins, "--update", "--endpoint", server.update, *server.write])
    assert res.exit_code == 0, res.stderr
    assert _count(server, g) == 1


# --------------------------------------------------------------------------- authentication


def test_virtuoso_digest_authentication_and_refusals(virtuoso: Server, built: Path) -> None:
    ttl = str(built / "graph.ttl")
    root = virtuoso.query.removesuffix("/sparql")
    # no credentials: the public Graph Store refuses to write; the status and the server's reason show
    res = runner.invoke(app, ["push", ttl, "--endpoint", virtuoso.query])
    assert res.exit_code == EndpointError.exit_code
    line = res.stderr.strip()
    assert len(line.splitlines()) == 1 and "HTTP 403" in line and "Permission denied" in line
    assert "/sparql-graph-crud" in line and "--user" in line
    # a wrong password: HTTP 401 from the Digest endpoint, on one line (it was "Broken pipe")
    res = runner.invoke(
        app, ["push", ttl, "--endpoint", virtuoso.query, "--user", "dba", "--password", "nope"]
    )
    assert res.exit_code == EndpointError.exit_code
    assert len(res.stderr.strip().splitlines()) == 1 and "HTTP 401" in res.stderr
    assert "Broken pipe" not in res.stderr
    # the password from the environment, Digest negotiated: the library and the CLI
    result = push(ttl, virtuoso.query, credentials=Credentials("dba", "dba"))
    assert result.status in (200, 201, 204) and result.url.startswith(root + "/sparql-graph-crud-auth?")
    res = runner.invoke(
        app, ["push", ttl, "--endpoint", virtuoso.query, "--user", "dba"], env={"KG_ENDPOINT_PASSWORD": "dba"}
    )
    assert res.exit_code == 0, res.stderr
    # an update through the Digest-protected query endpoint
    g = "https://example.org/graphs/auth"
    res = runner.invoke(
        app,
        ["query", f"INSERT DATA {{ GRAPH <{g}> {{ kgr:y kg:mentionCount 2 }} }}", "--update"]
        + ["--endpoint", root + "/sparql-auth", *virtuoso.write],
    )
    assert res.exit_code == 0, res.stderr
    assert _count(virtuoso, g) == 1


def test_virtuoso_base_url_is_refused_with_a_hint(virtuoso: Server) -> None:
    res = runner.invoke(app, ["query", "officials", "--endpoint", virtuoso.query.removesuffix("/sparql")])
    assert res.exit_code == EndpointError.exit_code
    assert len(res.stderr.strip().splitlines()) == 1 and "HTTP 404" in res.stderr and "/sparql" in res.stderr


def test_the_graph_store_of_a_known_server_is_found_from_any_of_its_urls(server: Server, built: Path) -> None:
    root = server.query.removesuffix("/sparql")
    res = runner.invoke(
        app, ["push", str(built / "graph.ttl"), "--endpoint", root + "/other/query", *server.write]
    )
    assert res.exit_code == 0, res.stderr
    assert (root + ("/store" if server.name == "oxigraph" else "/sparql-graph-crud-auth")) in res.stderr


class _BasicAuthProxy(http.server.BaseHTTPRequestHandler):
    """Asks for HTTP Basic credentials (kg:secret), then passes the request on to the real server."""

    upstream = ""

    def _handle(self) -> None:
        if self.headers.get("Authorization") != "Basic a2c6c2VjcmV0":
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kg"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        req = urllib.request.Request(self.upstream + self.path, body or None, headers, method=self.command)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                status, rtype, data = r.status, r.headers.get("Content-Type", ""), r.read()
        except urllib.error.HTTPError as e:
            status, rtype, data = e.code, e.headers.get("Content-Type", ""), e.read()
        self.send_response(status)
        self.send_header("Content-Type", rtype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_HEAD = _handle

    def log_message(self, *args) -> None:
        pass


def test_basic_authentication(tmp_path_factory, built: Path) -> None:
    """HTTP Basic, as a reverse proxy in front of `oxigraph serve` asks for it."""
    oxi = _oxigraph_server(tmp_path_factory.mktemp("oxigraph-basic"))
    upstream = next(oxi)
    _BasicAuthProxy.upstream = upstream.query
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _BasicAuthProxy)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{proxy.server_address[1]}"
    try:
        ttl = str(built / "graph.ttl")
        res = runner.invoke(app, ["push", ttl, "--graph-store", url + "/store"])
        assert res.exit_code == EndpointError.exit_code and "HTTP 401" in res.stderr
        res = runner.invoke(
            app, ["push", ttl, "--graph-store", url + "/store", "--user", "kg", "--password", "secret"]
        )
        assert res.exit_code == 0, res.stderr
        r = run_query(
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", endpoint=url, credentials=Credentials("kg", "secret")
        )
        assert int(r.values()[0][0]) == len(open_store(built / "store"))
        # a server kg does not know: its Graph Store URL is a guess, and a wrong guess says so
        res = runner.invoke(
            app, ["push", ttl, "--endpoint", url + "/other/query", "--user", "kg", "--password", "secret"]
        )
        assert res.exit_code == EndpointError.exit_code
        line = res.stderr.strip()
        assert len(line.splitlines()) == 1 and "/other/store" in line and "HTTP 404" in line
        assert "--graph-store" in line
    finally:
        proxy.shutdown()
        proxy.server_close()
        next(oxi, None)  # stops the server
