"""Load a built graph into a SPARQL 1.1 server with the Graph Store HTTP Protocol.

``PUT`` replaces the whole named graph, so pushing the same build twice leaves one copy. The graph
goes as N-Triples (a .ttl/.jsonld/.rdf file is converted first, streaming): the one RDF syntax every
server parses the same. The Graph Store URL is the one given, else the server's, found by asking
the server who it is (its ``Server`` header):

========== ================================ ==============================================
server      query URL                         Graph Store URL
========== ================================ ==============================================
Oxigraph    ``http://host:7878`` (/query)     ``/store``
Virtuoso    ``http://host:8890/sparql``       ``/sparql-graph-crud``; with credentials
                                              ``/sparql-graph-crud-auth`` (Digest)
Fuseki      ``http://host:3030/ds/sparql``    ``/ds/data``
========== ================================ ==============================================

Credentials: see kg.http (Basic or Digest, as the server asks).
"""

from __future__ import annotations

import os
import tempfile
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import http
from .errors import InputError
from .http import Credentials, FileBody, ServerAuth
from .io import graph_file as _graph_file
from .query import DEFAULT_GRAPH_IRI, Endpoint

RDF_FORMATS = {
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ttl": ox.RdfFormat.TURTLE,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}


@dataclass(frozen=True)
class PushResult:
    url: str  # the Graph Store request URL
    graph_iri: str
    status: int
    size: int  # bytes sent (N-Triples)


def store_url(store_endpoint: str, graph_iri: str | None) -> str:
    """The Graph Store Protocol URL of one graph: ?graph=IRI, or ?default for the default graph."""
    sep = "&" if "?" in store_endpoint else "?"
    if not graph_iri or graph_iri == "default":
        return store_endpoint + sep + "default"
    return store_endpoint + sep + urllib.parse.urlencode({"graph": graph_iri})


def graph_store(endpoint: Endpoint, auth: ServerAuth, timeout: float = 60.0) -> tuple[str, bool]:
    """The Graph Store endpoint of a server and whether it is a guess: the one given, else by the
    server's name (see the module docstring), else the guess of Endpoint.from_url (as oxigraph serve)."""
    if endpoint.store_given:
        return endpoint.store, False
    # any answer names the server, even a 401 or the 404 of a base URL; no answer is an error
    r = http.request(
        "POST",
        endpoint.query,
        what="probe",
        auth=auth,
        timeout=timeout,
        data={"query": "ASK {}"},
        check=False,
    )
    server = r.headers.get("server", "").lower()
    parts = urllib.parse.urlsplit(endpoint.query)
    root = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    path = parts.path.rstrip("/")
    if "oxigraph" in server:
        return root + "/store", False
    if "virtuoso" in server:
        return root + ("/sparql-graph-crud-auth" if auth.credentials.user else "/sparql-graph-crud"), False
    if "fuseki" in server and path.rsplit("/", 1)[-1] in ("sparql", "query"):
        return root + path.rsplit("/", 1)[0] + "/data", False
    return endpoint.store, True


def _ntriples(p: Path, tmpdir: str) -> Path:
    """p itself if N-Triples, else p converted to N-Triples in tmpdir (streaming)."""
    fmt = RDF_FORMATS[p.suffix.lower()]
    if fmt == ox.RdfFormat.N_TRIPLES:
        return p
    out = Path(tmpdir) / (p.stem + ".nt")
    try:
        ox.serialize(ox.parse(path=p, format=fmt), out, format=ox.RdfFormat.N_TRIPLES)
    except (SyntaxError, ValueError) as e:
        raise InputError(f"{p}: not valid {fmt.name}: {' '.join(str(e).split())[:200]}") from None
    return out


def push(
    graph_file: str | os.PathLike[str],
    endpoint: str | Endpoint | None = None,
    graph_iri: str | None = DEFAULT_GRAPH_IRI,
    *,
    store_endpoint: str | None = None,
    timeout: float = 60.0,
    credentials: Credentials | None = None,
) -> PushResult:
    """PUT graph_file (as N-Triples) into the named graph graph_iri ("default" = the default graph).

    endpoint is the server's base or query URL; store_endpoint, if given, is the Graph Store endpoint
    itself. credentials default to the environment (kg.http.Credentials.resolve). Raises
    EndpointError when the server cannot be reached or refuses, InputError when graph_file is missing
    or not RDF.
    """
    p = _graph_file(graph_file)
    if p.suffix.lower() not in RDF_FORMATS:
        raise InputError(f"{p}: cannot push a '{p.suffix}' file (use .ttl, .nt, .jsonld or .rdf)")
    auth = ServerAuth(credentials or Credentials.resolve())
    if isinstance(endpoint, Endpoint):
        ep = endpoint
        if store_endpoint:
            ep = Endpoint(ep.query, ep.update, store_endpoint.strip(), True)
    elif endpoint:
        ep = Endpoint.from_url(endpoint, store_endpoint)
    elif store_endpoint:
        ep = Endpoint.from_url(store_endpoint, store_endpoint)
    else:
        raise InputError("push needs --endpoint URL or --graph-store URL")
    with tempfile.TemporaryDirectory(prefix="kg-push-") as tmp:
        body = FileBody(_ntriples(p, tmp))
        store, guessed = graph_store(ep, auth, timeout)
        url = store_url(store, graph_iri)
        r = http.request(
            "PUT",
            url,
            what="push",
            missing="not a Graph Store: give its URL with --graph-store" if guessed else None,
            auth=auth,
            timeout=timeout,
            headers={
                "Content-Type": "application/n-triples; charset=utf-8",
                "Content-Length": str(body.size),
            },
            content=body,
        )
    return PushResult(url, graph_iri or "default", r.status_code, body.size)
