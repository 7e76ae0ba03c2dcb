"""Load a built graph into a SPARQL 1.1 server with the Graph Store HTTP Protocol.

``PUT`` replaces the whole named graph, so pushing the same build twice leaves one copy. Credentials
come from KG_ENDPOINT_TOKEN or KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD (never the command line).
"""

from __future__ import annotations

import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .query import DEFAULT_GRAPH_IRI, Endpoint, http_request

CONTENT_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".jsonld": "application/ld+json",
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
    ".n3": "text/n3",
}


@dataclass(frozen=True)
class PushResult:
    url: str  # the Graph Store request URL
    graph_iri: str
    status: int
    size: int  # bytes sent


def store_url(store_endpoint: str, graph_iri: str | None) -> str:
    """The Graph Store Protocol URL of one graph: ?graph=IRI, or ?default for the default graph."""
    sep = "&" if "?" in store_endpoint else "?"
    if not graph_iri or graph_iri == "default":
        return store_endpoint + sep + "default"
    return store_endpoint + sep + urllib.parse.urlencode({"graph": graph_iri})


def push(
    graph_file: str | os.PathLike[str],
    endpoint: str | Endpoint | None = None,
    graph_iri: str | None = DEFAULT_GRAPH_IRI,
    *,
    store_endpoint: str | None = None,
    timeout: float = 600.0,
) -> PushResult:
    """PUT graph_file into the named graph graph_iri ("default" = the default graph) of a server.

    endpoint is the server's base URL (oxigraph serve: URL/store is the Graph Store endpoint) or its
    query URL; store_endpoint, if given, is the Graph Store endpoint itself. Raises EndpointError
    when the server cannot be reached or refuses, InputError when graph_file is missing.
    """
    p = Path(graph_file)
    if not p.is_file():
        raise InputError(f"{p}: no such graph file (run kg build first)")
    ctype = CONTENT_TYPES.get(p.suffix.lower())
    if ctype is None:
        raise InputError(f"{p}: cannot push a '{p.suffix}' file (use .ttl, .nt, .jsonld or .rdf)")
    if store_endpoint and endpoint is None:
        target = store_endpoint
    elif isinstance(endpoint, Endpoint):
        target = store_endpoint or endpoint.store
    elif endpoint:
        target = Endpoint.from_url(endpoint, store_endpoint).store
    else:
        raise InputError("push needs --endpoint URL or --store-endpoint URL")
    url = store_url(target, graph_iri)
    size = p.stat().st_size
    with p.open("rb") as body:
        status, _, _ = http_request(
            "PUT",
            url,
            body,
            {"Content-Type": f"{ctype}; charset=utf-8", "Content-Length": str(size)},
            timeout,
            "push",
        )
    return PushResult(url, graph_iri or "default", status, size)
