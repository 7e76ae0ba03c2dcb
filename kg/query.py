"""SPARQL over the embedded store, a graph file or a remote SPARQL 1.1 endpoint, and result formatting.

Bundled queries live in ``kg/queries/*.rq``. Each starts with ``# title: …`` and declares its
parameters with ``# param: NAME[:TYPE][?] description`` (``?`` = optional). A parameter NAME is
substituted into the query body's placeholder ``VALUES ?NAME { UNDEF }`` as RDF terms written by
pyoxigraph (never by pasting text), so values cannot change the query. Types:

* ``entity``   a label, alias (Traditional or Simplified), ``kgr:…`` name or IRI; resolved to the
  entity IRIs it names (exact name first, else names containing it)
* ``relation`` a relation name (``locatedIn``), ``kg:locatedIn`` or an IRI
* ``iri``      an IRI or prefixed name
* ``label``    a Chinese label (``"…"@zh``); ``string`` a plain literal
* ``year``     four digits (plain literal); ``integer`` / ``decimal`` typed literals

An unset optional parameter drops its placeholder (no restriction); every placeholder of a parameter
is substituted, so a subquery can repeat it. Queries are written for Oxigraph, which has no join
statistics: the parameter's pattern comes first, subqueries repeat it, branches for a parameter given
or not open with ``{ VALUES ?x { UNDEF } FILTER(BOUND(?x)) }``, distinct rows come before names (see
docs/rdf-model.md, "How the bundled queries are planned").
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import http
from .errors import EndpointError, FormatError, InputError, QueryError
from .http import Credentials, ServerAuth
from .rdf import KG, KGR, PREFIXES, XSD
from .turtle import turtle

QUERY_DIR = Path(__file__).parent / "queries"
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples")
DEFAULT_GRAPH_IRI = "https://w3id.org/kgnews/graph"
PARAM_TYPES = ("entity", "relation", "iri", "label", "string", "year", "integer", "decimal")
SPARQL_PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


# --------------------------------------------------------------------------- bundled queries


@dataclass(frozen=True)
class Param:
    name: str
    type: str = "string"
    optional: bool = False
    description: str = ""


@dataclass(frozen=True)
class QueryText:
    """A query with its declared title and parameters (from its comment header)."""

    text: str
    name: str = ""  # bundled name or file path; empty for an inline query
    title: str = ""
    params: tuple[Param, ...] = ()
    # "# pages: store": on the embedded store a page is computed alone, in the store's order (page_text);
    # declared by a query whose rows come in the same order each time (tests/test_query_plans.py)
    store_pages: bool = False
    # "# parts: A B": on the embedded store a page is cut from part A's rows, then B's, each computed
    # alone with the query's `VALUES ?part { UNDEF }` bound to it (page_parts); elsewhere unbound
    parts: tuple[str, ...] = ()
    # "# sorted: across parts": the parts' rows are not in the ORDER BY's order (each part's are), so a
    # page holding rows of several parts is computed again as one query, each part's list paged alone
    across: bool = False

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


_PARAM_RE = re.compile(r"#\s*param:\s*(\w+)(?::(\w+))?(\?)?\s*(.*)")


def parse_header(text: str, name: str = "") -> QueryText:
    title, params, store_pages, across = "", [], False, False
    parts: tuple[str, ...] = ()
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        if m := re.match(r"#\s*title:\s*(.*)", s):
            title = m.group(1).strip()
        elif re.match(r"#\s*pages:\s*store\b", s):
            store_pages = True
        elif m := re.match(r"#\s*parts:\s*([\w ]+?)\s*(\(|$)", s):
            parts = tuple(m.group(1).split())
        elif re.match(r"#\s*sorted:\s*across parts\b", s):
            across = True
        elif m := _PARAM_RE.match(s):
            ptype = m.group(2) or "string"
            if ptype not in PARAM_TYPES:
                raise QueryError(
                    f"{name or 'query'}: parameter {m.group(1)} has unknown type '{ptype}' "
                    f"(one of {', '.join(PARAM_TYPES)})"
                )
            params.append(Param(m.group(1), ptype, bool(m.group(3)), m.group(4).strip()))
    return QueryText(text, name, title, tuple(params), store_pages, parts, across)


def bundled_queries() -> list[QueryText]:
    """Every query shipped in kg/queries, sorted by name."""
    return [parse_header(p.read_text(encoding="utf-8"), p.stem) for p in sorted(QUERY_DIR.glob("*.rq"))]


def load_query(spec: str) -> QueryText:
    """A bundled query name, a path to a .rq file, or the SPARQL text itself."""
    s = spec.strip()
    if re.fullmatch(r"[\w.-]+", s):
        p = QUERY_DIR / f"{s.removesuffix('.rq')}.rq"
        if p.is_file():
            return parse_header(p.read_text(encoding="utf-8"), p.stem)
    if "\n" not in s and (s.endswith(".rq") or s.endswith(".sparql")):
        p = Path(s)
        if not p.is_file():
            raise QueryError(f"{p}: no such query file")
        return parse_header(p.read_text(encoding="utf-8"), str(p))
    if re.fullmatch(r"[\w-]+", s):
        names = ", ".join(q.name for q in bundled_queries())
        raise QueryError(f"no bundled query named '{s}' (bundled: {names})")
    return parse_header(spec)


# --------------------------------------------------------------------------- query kind

_STRIP = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_KIND = re.compile(
    r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b(?!:)",
    re.IGNORECASE,
)


def query_kind(text: str) -> str:
    """select, construct, describe, ask or update (from the first operation keyword)."""
    m = _KIND.search(_STRIP.sub(" ", text))
    if not m:
        raise QueryError("malformed query: no SELECT, CONSTRUCT, DESCRIBE, ASK or update operation")
    k = m.group(1).lower()
    return k if k in ("select", "construct", "describe", "ask") else "update"


# --------------------------------------------------------------------------- results


@dataclass
class Result:
    kind: str  # select | ask | construct | describe | update
    variables: list[str] = field(default_factory=list)
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None]] = field(
        default_factory=list
    )
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    # a page of a SELECT (run_query's limit/offset): the rows from offset on, and whether rows may
    # follow (the page is full; the next page is then empty only when the answer ends with this one)
    offset: int = 0
    more: bool = False
    paged: bool = False

    @property
    def total(self) -> int | None:
        """The number of rows of the whole answer when it is known (a page that is not full and not
        empty; an empty page after the first says only that the answer has at most offset rows)."""
        if self.more or (self.offset and not self.rows):
            return None
        return self.offset + len(self.rows)

    @property
    def is_graph(self) -> bool:
        return self.kind in ("construct", "describe")

    def table(self) -> tuple[list[str], list[list]]:
        """Header and rows; graph results become subject/predicate/object rows."""
        if self.is_graph:
            return ["subject", "predicate", "object"], [
                [t.subject, t.predicate, t.object] for t in self.triples
            ]
        if self.kind == "ask":
            return ["ask"], [
                [ox.Literal("true" if self.boolean else "false", datatype=ox.NamedNode(XSD + "boolean"))]
            ]
        return self.variables, self.rows

    def values(self) -> list[tuple[str, ...]]:
        """Rows as tuples of plain strings (IRIs in full, literals lexical, unbound ''): easy to compare."""
        _, rows = self.table()
        return [tuple(plain(v) for v in r) for r in rows]


def _solutions(res, kind: str) -> Result:
    if isinstance(res, ox.QueryBoolean):
        return Result("ask", boolean=bool(res))
    if kind == "ask" and isinstance(res, ox.QuerySolutions):
        # Virtuoso 7 answers ASK with one solution of one variable (__ASK_RETVAL 1 or 0)
        first = next(iter(res), None)
        value = first[0] if first is not None and len(first) else None
        return Result("ask", boolean=value is not None and value.value in ("1", "true"))
    if kind == "ask":
        return Result("ask", boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        return Result("select", names, [[sol[n] for n in names] for sol in res])
    return Result(
        kind if kind in ("construct", "describe") else "construct",
        triples=[t if isinstance(t, ox.Triple) else ox.Triple(t.subject, t.predicate, t.object) for t in res],
    )


# --------------------------------------------------------------------------- backends


class Backend:
    """Somewhere SPARQL runs: the embedded store or a remote endpoint."""

    def execute(self, text: str, kind: str, update: bool) -> Result:  # pragma: no cover - interface
        raise NotImplementedError


class LocalBackend(Backend):
    def __init__(self, store: ox.Store, where: str = "", writable: bool = False):
        self.store, self.where, self.writable = store, where, writable

    def execute(self, text: str, kind: str, update: bool) -> Result:
        try:
            if kind == "update":
                if not update:
                    raise QueryError(
                        "this is a SPARQL update; kg query is read-only unless --update is given"
                    )
                if not self.writable:
                    raise QueryError(
                        f"{self.where or 'this graph'} cannot be updated: "
                        "--update needs a store directory or --endpoint"
                    )
                self.store.update(text, prefixes=PREFIXES)
                return Result("update")
            return _solutions(self.store.query(text, prefixes=PREFIXES), kind)
        except SyntaxError as e:
            raise QueryError(f"malformed query: {one_line(str(e))}") from None


@dataclass
class Endpoint:
    """The URLs of one SPARQL 1.1 server (query, update, Graph Store Protocol)."""

    query: str
    update: str
    store: str
    store_given: bool = False  # the Graph Store URL was given, not guessed

    @classmethod
    def from_url(cls, url: str, store_endpoint: str | None = None) -> Endpoint:
        """A base URL (oxigraph serve: URL/query, URL/update, URL/store) or a query endpoint URL.

        URLs ending in /query keep their siblings /update and /store; any other URL with a path
        (Virtuoso's /sparql or /sparql-auth, Fuseki's /ds/sparql, GraphDB's /repositories/x) is used
        for both query and update; a bare host is an oxigraph serve base URL. The Graph Store URL is
        a guess (kg.push.graph_store asks the server which one it is) unless store_endpoint gives it.
        """
        u = url.strip()
        parts = urllib.parse.urlsplit(u)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise EndpointError(f"{url}: not an http(s) URL of a SPARQL endpoint")
        path = parts.path.rstrip("/")
        last = path.rsplit("/", 1)[-1]
        base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))
        root = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        if last == "query":
            parent = base[: -len("/query")]
            ep = cls(base, parent + "/update", parent + "/store")
        elif path:
            ep = cls(base, base, root + "/store")
        else:
            ep = cls(base + "/query", base + "/update", base + "/store")
        if store_endpoint:
            ep.store, ep.store_given = store_endpoint.strip(), True
        return ep


def one_line(text: str, limit: int = 400) -> str:
    """text on one line (whitespace collapsed), cut at limit characters."""
    s = " ".join(text.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _with_prefixes(text: str) -> tuple[str, int]:
    """text preceded by a PREFIX line for every kg prefix it uses without declaring; (text, lines added)."""
    stripped = _STRIP.sub(" ", text)
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w-]*):", text)}
    used = [k for k in PREFIXES if k not in declared and re.search(rf"(?<![\w:?$]){k}:", stripped)]
    head = "".join(f"PREFIX {k}: <{PREFIXES[k]}>\n" for k in used)
    return head + text, len(used)


def _shift_position(message: str, lines: int) -> str:
    """Report positions of the user's text, not of the text with PREFIX lines added."""
    if not lines:
        return message
    return re.sub(
        r"error at (\d+):(\d+)",
        lambda m: f"error at {max(int(m.group(1)) - lines, 1)}:{m.group(2)}",
        message,
        count=1,
    )


class RemoteBackend(Backend):
    """A SPARQL 1.1 Protocol endpoint; queries read the named graph graph_iri as their default graph.

    Queries and updates go as form-encoded POSTs (``query=`` / ``update=``), the one request form
    every server answers (Virtuoso never answers a POST of ``application/sparql-query``).
    """

    def __init__(
        self,
        endpoint: Endpoint,
        graph_iri: str | None = DEFAULT_GRAPH_IRI,
        timeout: float = 60.0,
        credentials: Credentials | None = None,
    ):
        self.endpoint, self.graph_iri, self.timeout = endpoint, graph_iri, timeout
        self.auth = ServerAuth(credentials or Credentials.resolve())

    def execute(self, text: str, kind: str, update: bool) -> Result:
        text, added = _with_prefixes(text)
        try:
            return self._execute(text, kind, update)
        except QueryError as e:
            raise QueryError(_shift_position(str(e), added)) from None

    def _execute(self, text: str, kind: str, update: bool) -> Result:
        if kind == "update":
            if not update:
                raise QueryError("this is a SPARQL update; kg query is read-only unless --update is given")
            self._post(self.endpoint.update, {"update": text}, "*/*", "update")
            return Result("update")
        graph = kind in ("construct", "describe")
        accept = (
            "application/n-triples, text/turtle;q=0.9"
            if graph
            else "application/sparql-results+json, application/sparql-results+xml;q=0.9"
        )
        form = {"query": text}
        if self.graph_iri and self.graph_iri != "default":
            form["default-graph-uri"] = self.graph_iri
        ctype, body = self._post(self.endpoint.query, form, accept, "query")
        try:
            if graph:
                rdf = ox.RdfFormat.TURTLE if "turtle" in ctype else ox.RdfFormat.N_TRIPLES
                return Result(
                    kind,
                    triples=[ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=rdf)],
                )
            res = ox.QueryResultsFormat.XML if "xml" in ctype else ox.QueryResultsFormat.JSON
            return _solutions(ox.parse_query_results(body, format=res), kind)
        except (SyntaxError, ValueError) as e:
            raise EndpointError(
                f"{self.endpoint.query} sent results kg cannot read ({ctype or 'no content type'}): "
                f"{one_line(str(e), 200)}"
            ) from None

    def _post(self, url: str, form: dict[str, str], accept: str, what: str) -> tuple[str, bytes]:
        r = http.request(
            "POST",
            url,
            what=what,
            auth=self.auth,
            timeout=self.timeout,
            headers={"Accept": accept},
            data=form,
        )
        return r.headers.get("content-type", ""), r.content


def local_backend(location: str | os.PathLike[str], update: bool = False) -> LocalBackend:
    """The embedded store at location (a store directory or a graph file .ttl/.nt)."""
    from .store import is_store, memory_store, open_store

    p = Path(location)
    if p.is_dir():
        if not is_store(p):
            raise InputError(f"{p}: no kg store here (run kg build first)")
        return LocalBackend(open_store(p, read_only=not update), str(p), writable=True)
    if p.is_file():
        return LocalBackend(memory_store(p), str(p), writable=False)
    raise InputError(f"{p}: no store or graph file (run kg build first)")


# --------------------------------------------------------------------------- parameters


def _expand(value: str) -> str | None:
    """An IRI from <iri>, http(s)/urn IRIs, prefixed names or kgr paths like company/3f2a9c0b1d7e."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        return v[1:-1]
    if re.match(r"(https?|urn|file):", v):
        return v
    if m := re.fullmatch(r"([a-z]+):(\S*)", v):
        if m.group(1) in PREFIXES:
            return PREFIXES[m.group(1)] + m.group(2)
    if re.fullmatch(r"[a-z]+/[\w-]+", v):
        return KGR + v
    return None


def _named(iri: str, raw: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError:
        raise QueryError(f"'{raw}' is not a valid IRI") from None


def _simplified(s: str) -> str:
    try:
        from .ingest import to_simplified

        return to_simplified(s)
    except Exception:  # noqa: BLE001 - conversion is a convenience only
        return s


def resolve_entity(backend: Backend, value: str) -> list[ox.NamedNode]:
    """The entities a user names: an IRI, or every entity whose label/alias is the name (else contains it)."""
    iri = _expand(value)
    if iri is not None:
        return [_named(iri, value)]
    name = _simplified(value.strip())
    if not name:
        raise QueryError("an entity parameter is empty")
    lits = f"{ox.Literal(name, language='zh')} {ox.Literal(name)}"
    exact = (
        SPARQL_PREFIXES
        # the class inside each branch: a pattern after the UNION would be evaluated on its own, over
        # every typed node of the store (300 ms on 10,000 articles, for each entity parameter)
        + f"""SELECT DISTINCT ?e WHERE {{
        {{ VALUES ?n {{ {lits} }} ?e rdfs:label ?n ; a ?c }} UNION {{ VALUES ?n {{ {lits} }} ?e skos:altLabel ?n ; a ?c }}
        FILTER(?c NOT IN (kg:Document, kg:Sentence, kg:Rule, kg:RuleSet)) }}
        ORDER BY ?e"""
    )
    found = [r[0] for r in backend.execute(exact, "select", False).rows if isinstance(r[0], ox.NamedNode)]
    if not found:
        near = (
            SPARQL_PREFIXES
            + f"""SELECT DISTINCT ?e WHERE {{ {{ ?e rdfs:label ?n }} UNION {{ ?e skos:altLabel ?n }}
            FILTER(CONTAINS(STR(?n), {ox.Literal(name)}))
            ?e a ?c . FILTER(?c NOT IN (kg:Document, kg:Sentence, kg:Rule, <http://www.w3.org/ns/prov#Entity>)) }}
            ORDER BY ?e LIMIT 50"""
        )
        found = [r[0] for r in backend.execute(near, "select", False).rows if isinstance(r[0], ox.NamedNode)]
    if not found:
        raise QueryError(f"no entity is named '{value}'")
    return found


def param_terms(backend: Backend, param: Param, value: str) -> list[ox.NamedNode | ox.Literal]:
    t, v = param.type, value.strip()
    if t == "entity":
        return list(resolve_entity(backend, v))
    if t == "relation":
        from .model import RELATIONS

        if v in RELATIONS:
            return [ox.NamedNode(KG + v)]
        iri = _expand(v)
        if iri is None:
            raise QueryError(f"parameter {param.name}: '{value}' is not a relation ({', '.join(RELATIONS)})")
        return [_named(iri, value)]
    if t == "iri":
        iri = _expand(v)
        if iri is None:
            raise QueryError(f"parameter {param.name}: '{value}' is not an IRI or prefixed name")
        return [_named(iri, value)]
    if t == "label":
        return [ox.Literal(_simplified(v), language="zh")]
    if t == "year":
        if not re.fullmatch(r"\d{4}", v):
            raise QueryError(f"parameter {param.name}: '{value}' is not a year (four digits)")
        return [ox.Literal(v)]
    if t in ("integer", "decimal"):
        pat = r"[+-]?\d+" if t == "integer" else r"[+-]?(\d+(\.\d*)?|\.\d+)"
        if not re.fullmatch(pat, v):
            raise QueryError(f"parameter {param.name}: '{value}' is not an {t}")
        return [ox.Literal(v, datatype=ox.NamedNode(XSD + t))]
    return [ox.Literal(value)]


def _verbatim(replacement: str) -> Callable[[re.Match[str]], str]:
    """A re.sub replacement taken as it is (terms may hold backslashes)."""
    return lambda _m: replacement


def bind_params(backend: Backend, q: QueryText, values: Mapping[str, str] | None) -> str:
    """The query text with every declared parameter's placeholder replaced by its value's terms."""
    values = dict(values or {})
    text = q.text
    for name in values:
        if q.param(name) is None:
            declared = ", ".join(p.name for p in q.params) or "none"
            raise QueryError(f"{q.name or 'the query'} has no parameter '{name}' (declared: {declared})")
    for p in q.params:
        pat = re.compile(r"VALUES\s+\?" + re.escape(p.name) + r"\s*\{\s*UNDEF\s*\}", re.IGNORECASE)
        if not pat.search(text):
            raise QueryError(
                f"{q.name or 'the query'}: parameter {p.name} has no 'VALUES ?{p.name} {{ UNDEF }}' placeholder"
            )
        if p.name not in values:
            if not p.optional:
                raise QueryError(
                    f"{q.name or 'the query'} needs --param {p.name}=… ({p.description or p.type})"
                )
            # a one-row all-UNDEF VALUES is the identity of joins: dropping it means the same and lets
            # Oxigraph plan the query without an unbound variable in a selective position
            text = pat.sub("", text)
            continue
        terms = " ".join(str(t) for t in param_terms(backend, p, values[p.name]))
        text = pat.sub(_verbatim(f"VALUES ?{p.name} {{ {terms} }}"), text)
    return text


# --------------------------------------------------------------------------- pages

PAGE_MARK = re.compile(r"^[ \t]*#[ \t]*PAGE[ \t]*$", re.MULTILINE)
# the rows of a whole answer computed as one page (`run_query` without limit, on the embedded store,
# for a query whose `# PAGE` subquery lists its rows): below Oxigraph's guess for a pattern with only
# its predicate bound (10^6 rows), so that the list is where its plan starts
WHOLE_PAGE = 100_000
_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_SELECT = re.compile(r"^\s*SELECT\b", re.IGNORECASE | re.MULTILINE)
_GROUP_BY = re.compile(r"\bGROUP\s+BY\b", re.IGNORECASE)


def page_text(text: str, limit: int, offset: int, store_order: bool = True) -> str | None:
    """The query text that computes only the page of limit rows from offset, or None when it cannot be
    written so (the page is then cut from the whole answer).

    In the store's order (store_order, the embedded store): a page is the rows in the order the store
    finds them (stable for a given store: the pages together are the whole answer, none repeated),
    sorted by the query's ORDER BY, so that a store evaluating lazily (Oxigraph) computes the page's
    rows only, not every row to sort them. A query that groups its rows marks with a line `# PAGE`
    each subquery listing its row keys (the groups): that line becomes LIMIT/OFFSET. Any other SELECT
    whose solution modifier is ORDER BY is wrapped: its text without the ORDER BY becomes a subquery
    with LIMIT/OFFSET, sorted outside. Otherwise (a remote endpoint, whose unordered pages need not
    be stable) the page is a slice of the whole answer in order: LIMIT/OFFSET after its ORDER BY.
    """
    # (exactly limit rows: one more to tell whether rows follow would be dropped after the sort, not
    # in the store's order, and the next page would repeat a row; a full page says rows may follow)
    page = f"LIMIT {limit} OFFSET {offset}"
    stripped = _STRIP.sub(lambda m: " " * len(m.group()), text)
    order = list(_ORDER_BY.finditer(stripped))
    select = _SELECT.search(stripped)
    if not order or not select:
        return None
    cut = order[-1].start()
    if stripped[cut:].count("}") or re.search(r"\b(LIMIT|OFFSET)\b", stripped[cut:], re.IGNORECASE):
        return None  # the last ORDER BY is inside a group, or the query pages itself
    if not store_order:
        return f"{text.rstrip()}\n{page}\n"
    if PAGE_MARK.search(text):
        return PAGE_MARK.sub(page, text)
    if _GROUP_BY.search(stripped[select.start() :]):
        return None  # rows made by grouping: the whole answer is computed anyway
    names = _projection(stripped[select.start() : cut])
    if not names:
        return None  # SELECT *: the wrapper could not keep the columns' order
    head, body = text[: select.start()], text[select.start() : cut]
    # a variable the ORDER BY reads but the SELECT does not give: projected inside too (but where it
    # would change which rows are distinct)
    extra = [
        v for v in dict.fromkeys("?" + x for x in re.findall(r"[?$](\w+)", stripped[cut:])) if v not in names
    ]
    if extra:
        if re.match(r"\s*SELECT\s+(DISTINCT|REDUCED)\b", body, re.IGNORECASE):
            return None
        body = re.sub(r"^\s*SELECT\b", lambda m: m.group() + " " + " ".join(extra), body, count=1, flags=re.I)
    return f"{head}SELECT {' '.join(names)} WHERE {{ {{\n{body.rstrip()}\n{page} }} }}\n{text[cut:]}"


def _projection(select: str) -> list[str]:
    """The variables a SELECT clause projects, in order ([] for SELECT *): ?x, and ?y of (… AS ?y)."""
    m = re.match(r"\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?", select, re.IGNORECASE)
    names, depth, i = [], 0, m.end() if m else 0
    while i < len(select) and not (depth == 0 and select[i] in "{*" or select[i : i + 5].upper() == "WHERE"):
        c = select[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c in "?$" and depth == 0:
            v = re.match(r"[?$]\w+", select[i:])
            if v:
                names.append("?" + v.group()[1:])
                i += len(v.group())
                continue
        elif depth == 1 and (a := re.match(r"AS\s+[?$](\w+)\s*\)", select[i:], re.IGNORECASE)):
            names.append("?" + a.group(1))
        i += 1
    return names if i < len(select) and select[i] != "*" else []


_PART = re.compile(r"VALUES\s+\?part\s*\{\s*UNDEF\s*\}", re.IGNORECASE)


def part_text(text: str, part: str | None) -> str:
    """text with its `VALUES ?part { UNDEF }` placeholders bound to part (a query declaring `# parts:`),
    or dropped (None: every part)."""
    return _PART.sub(_verbatim(f'VALUES ?part {{ "{part}" }}' if part is not None else ""), text)


def page_lists(text: str) -> list[str]:
    """The subqueries marked `# PAGE` (each listing a query's rows first), as SELECT texts, in order."""
    stripped = _STRIP.sub(lambda m: " " * len(m.group()), text)
    lists = []
    for m in PAGE_MARK.finditer(text):
        depth, i = 0, m.start()
        while i > 0:  # back to the brace that opens the group holding the mark
            i -= 1
            if stripped[i] == "}":
                depth += 1
            elif stripped[i] == "{":
                if not depth:
                    break
                depth -= 1
        lists.append(text[i + 1 : m.start()].strip())
    return lists


_FORM = re.compile(r"^[ \t]*#[ \t]*FORM[ \t]+(?:(\w+):(\w+)[ \t]*(.*?)|end)[ \t]*$", re.MULTILINE)
# A form with a size pattern (`# FORM out:own OWN VERSUS OTHER`: the entity's own statements, read
# once, about 35 µs each; the statements of the page's other ends, read row by row, about 8 µs each)
# is chosen when OWN has at most OWN_ALWAYS rows, or at most OWN_MAX and OTHER, joined to the page's
# rows, has more than OWN_RATIO rows per row of OWN (each counted only that far: index ranges)
OWN_ALWAYS = 200
OWN_MAX = 6000
OWN_RATIO = 4


def form_blocks(text: str) -> dict[str, dict[str, str]]:
    """The forms of a query's parts: {part: {form: its size pattern, "" for the default form}}.

    A block of lines from `# FORM PART:NAME [PATTERN]` to the next `# FORM …` line (`# FORM end`
    closes it) belongs to form NAME of part PART; the form without a pattern is the part's default."""
    forms: dict[str, dict[str, str]] = {}
    for m in _FORM.finditer(text):
        if m.group(1):
            forms.setdefault(m.group(1), {})[m.group(2)] = m.group(3).strip()
    return forms


def form_text(text: str, chosen: Mapping[str, str] | None = None) -> str:
    """text with, for each part that has forms, only its chosen form's blocks (chosen[part], else the
    part's default form, the one without a size pattern); every other form's lines are dropped."""
    forms = form_blocks(text)
    if not forms:
        return text
    keep = {
        part: (chosen or {}).get(part) or next(f for f, pat in fs.items() if not pat)
        for part, fs in forms.items()
    }
    out, block = [], None
    for line in text.splitlines(keepends=True):
        m = _FORM.match(line.rstrip("\n"))
        if m:
            block = (m.group(1), m.group(2)) if m.group(1) else None
            continue
        if block is None or keep[block[0]] == block[1]:
            out.append(line)
    return "".join(out)


def choose_forms(
    backend: Backend, text: str, part: str, listed: str, limit: int, offset: int
) -> dict[str, str]:
    """The form of part for this text (its parameters bound) and page (listed: the part's `# PAGE`
    list, paged by limit and offset): a form whose size patterns say it reads fewer statements
    (see OWN_ALWAYS), else the part's default."""
    select = _SELECT.search(_STRIP.sub(lambda m: " " * len(m.group()), text))
    head = text[: select.start()] if select else ""

    def count(where: str, most: int) -> int:
        q = f"{head}SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT * WHERE {{ {where} }} LIMIT {most + 1} }} }}"
        return int(plain(backend.execute(q, "select", False).rows[0][0]) or 0)

    for form, pattern in form_blocks(text).get(part, {}).items():
        if not pattern:
            continue
        own, _, other = pattern.partition(" VERSUS ")
        n = count(own, OWN_MAX)
        if n <= OWN_ALWAYS:
            return {part: form}
        if n <= OWN_MAX and other:
            rows = f"{{ {part_text(listed, part)} LIMIT {limit} OFFSET {offset} }} {other}"
            if count(rows, OWN_RATIO * n) > OWN_RATIO * n:
                return {part: form}
    return {}


def page_parts(backend: Backend, q: QueryText, text: str, limit: int, offset: int) -> Result:
    """A page of a query declaring `# parts: A B …` on the embedded store: the rows of part A in the
    store's order (its text with ?part bound to A, paged by page_text), then B's, … from offset on.

    Each part lists its rows first (one `# PAGE` subquery per part, in the parts' order, one row of
    the answer per row of the list): when offset passes a whole part, that part's list is counted
    (an index scan, not its rows' lookups) to know where the next part's rows begin. The parts are
    in the order of the query's ORDER BY (e.g. its first key), so that the pages, each sorted, hold
    the whole answer in order; or the query declares `# sorted: across parts`, and a page holding
    rows of several parts is computed again as one query, each part's list paged to its rows. A part
    with forms (`# FORM`) is run in the form choose_forms picks for its page."""
    lists = page_lists(text)
    if len(lists) != len(q.parts):
        raise QueryError(f"{q.name or 'the query'}: {len(q.parts)} parts but {len(lists)} '# PAGE' lists")
    select = _SELECT.search(_STRIP.sub(lambda m: " " * len(m.group()), text))
    head = text[: select.start()] if select else ""  # the prologue (PREFIX lines)
    rows: list = []
    variables: list[str] = []
    skip = offset
    spans: list[tuple[int, int] | None] = [None] * len(q.parts)  # each part's (rows, offset) in the page
    for i, (part, listed) in enumerate(zip(q.parts, lists, strict=True)):
        one = part_text(text, part)
        one = form_text(one, choose_forms(backend, one, part, listed, limit - len(rows), skip))
        paged = page_text(one, limit - len(rows), skip)
        if paged is None:
            raise QueryError(f"{q.name or 'the query'}: part {part} cannot be paged")
        got = backend.execute(paged, "select", False)
        variables = got.variables
        if got.rows:
            spans[i] = (len(got.rows), skip)
            rows += got.rows
            skip = 0  # (a page that is not full: the part ended, the next one starts at its first row)
        elif skip:
            count = f"{head}SELECT (COUNT(*) AS ?n) WHERE {{ {{ {part_text(listed, part)} }} }}"
            n = backend.execute(count, "select", False).rows[0][0]
            skip = max(skip - int(plain(n) or 0), 0)
        if len(rows) >= limit:
            break
    if q.across and sum(s is not None for s in spans) > 1:
        # rows of several parts, each part's sorted: the page again as one query (every part, each
        # part's list paged to the rows it gave), sorted by the query's ORDER BY
        whole = form_text(part_text(text, None))
        got = backend.execute(pages_text(whole, spans), "select", False)
        variables, rows = got.variables, got.rows
    return _page(Result("select", variables, rows), limit, offset, False)


def pages_text(text: str, pages: list[tuple[int, int] | None]) -> str:
    """text with its `# PAGE` lines, in order, made `LIMIT n OFFSET m` for pages' (n, m), `LIMIT 0` for None."""
    it = iter(pages)

    def mark(_m: re.Match[str]) -> str:
        p = next(it)
        return f"LIMIT {p[0]} OFFSET {p[1]}" if p else "LIMIT 0"

    return PAGE_MARK.sub(mark, text)


def _page(result: Result, limit: int, offset: int, sliced: bool) -> Result:
    """result as a page: its rows cut to limit from offset when the whole answer was computed."""
    if sliced:
        rows = result.rows[offset:]
        result.rows, result.more = rows[:limit], len(rows) > limit
    else:
        result.more = len(result.rows) >= limit > 0
    result.offset, result.paged = offset, True
    return result


# --------------------------------------------------------------------------- running


def run_query(
    query: str | QueryText,
    *,
    store: str | os.PathLike[str] | None = None,
    endpoint: str | Endpoint | None = None,
    params: Mapping[str, str] | None = None,
    update: bool = False,
    graph_iri: str | None = DEFAULT_GRAPH_IRI,
    timeout: float = 60.0,
    backend: Backend | None = None,
    credentials: Credentials | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Result:
    """Run a SPARQL query (text, .rq path, bundled name or QueryText) on a store/graph file or an endpoint.

    Read-only unless update=True. Malformed queries raise QueryError carrying the parser's message and
    position; unreachable endpoints raise EndpointError. credentials (default: from the environment,
    see kg.http) authenticate to the endpoint.

    limit (and offset) ask a SELECT for one page of its rows: the result's rows are that page,
    `more` says whether rows follow it and `total` is the number of rows once none do (see
    `page_text` for which rows a page holds). Without limit every row is returned, in order.
    """
    q = query if isinstance(query, QueryText) else load_query(query)
    if backend is None:
        if endpoint is not None:
            ep = endpoint if isinstance(endpoint, Endpoint) else Endpoint.from_url(endpoint)
            backend = RemoteBackend(ep, graph_iri, timeout, credentials)
        elif store is not None:
            backend = local_backend(store, update=update)
        else:
            raise QueryError("no store, graph file or endpoint to query")
    local = isinstance(backend, LocalBackend)
    if not local and q.name and (form := QUERY_DIR / "endpoint" / f"{q.name}.rq").is_file():
        # a bundled query written for Oxigraph's plans that an endpoint reads otherwise: its
        # straightforward form, the same answer (tests/test_query_plans.py)
        if q.text == (QUERY_DIR / f"{q.name}.rq").read_text(encoding="utf-8"):
            q = parse_header(form.read_text(encoding="utf-8"), q.name)
    text = bind_params(backend, q, params)
    kind = query_kind(text)
    if q.parts and kind == "select" and local and q.store_pages and (limit is not None or offset):
        if limit is not None and limit < 0 or offset < 0:
            raise QueryError("a page's limit and offset cannot be negative")
        return page_parts(backend, q, text, 1 << 62 if limit is None else limit, offset)
    if q.parts and kind == "select" and local and q.store_pages and form_blocks(text):
        # the whole answer of a query with forms: every part in turn, each in its chosen form (one page of WHOLE_PAGE rows;
        # the parts come in the ORDER BY's order, each sorted), again at once if that page is full
        parts = page_parts(backend, q, text, WHOLE_PAGE, 0)
        if len(parts.rows) < WHOLE_PAGE:
            return Result("select", parts.variables, parts.rows)
    # (every part and each part's default form: the whole answer, or a page of it elsewhere)
    text = form_text(part_text(text, None))
    if kind != "select" or (limit is None and not offset):
        if (
            kind == "select"
            and q.store_pages
            and isinstance(backend, LocalBackend)
            and PAGE_MARK.search(text)
        ):
            # the whole answer of a query that lists its rows first (# PAGE): that list with a LIMIT
            # of WHOLE_PAGE rows, which Oxigraph plans as the few rows it then follows one lookup at
            # a time (without one, it may start from a pattern of the store instead); rerun whole
            # if the list was that long
            whole = page_text(text, WHOLE_PAGE, 0)
            if whole is not None:
                result = backend.execute(whole, kind, update)
                if len(result.rows) < WHOLE_PAGE:
                    return result
        return backend.execute(text, kind, update)
    if limit is not None and limit < 0 or offset < 0:
        raise QueryError("a page's limit and offset cannot be negative")
    if limit is None:
        limit = 1 << 62
    # (on the embedded store, a query that does not declare "# pages: store" is cut from its whole
    # answer: its rows might come in another order on the next page's run)
    paged = page_text(text, limit, offset, local) if q.store_pages or not local else None
    if paged is None:
        return _page(backend.execute(text, kind, update), limit, offset, True)
    return _page(backend.execute(paged, kind, update), limit, offset, False)


# --------------------------------------------------------------------------- formatting


def plain(term) -> str:
    """A term as plain text: IRIs in full, literals by their lexical value, unbound as ''."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return f"<< {term} >>"
    return term.value


def short(term) -> str:
    """A term for reading: IRIs as prefixed names where a kg prefix fits, literals by value."""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for k, ns in PREFIXES.items():
            if iri.startswith(ns) and re.fullmatch(r"[\w./-]*", iri[len(ns) :]):
                return f"{k}:{iri[len(ns) :]}"
        return f"<{iri}>"
    return plain(term).replace("\r", " ").replace("\n", " ").replace("\t", " ")


def display_width(s: str) -> int:
    """Terminal columns of s: East Asian Wide/Fullwidth characters take 2, combining marks 0."""
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger")}


def format_table(header: list[str], rows: Iterable[list]) -> str:
    rows = list(rows)
    cells = [[short(v) for v in r] for r in rows]
    numeric = [
        bool(rows)
        and all(v is None or (isinstance(v, ox.Literal) and v.datatype.value in _NUMERIC) for v in col)
        for col in zip(*rows, strict=False)
    ] or [False] * len(header)
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(vals: list[str]) -> str:
        out = []
        for i, v in enumerate(vals):
            pad = " " * (widths[i] - display_width(v))
            out.append(pad + v if numeric[i] else v + pad)
        return "  ".join(out).rstrip()

    lines = [line(header), "  ".join("-" * w for w in widths)] + [line(r) for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


_RESULTS_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(t.subject),
                "predicate": _json_term(t.predicate),
                "object": _json_term(t.object),
            },
        }
    d = {"type": "literal", "value": t.value}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype.value != XSD + "string":
        d["datatype"] = t.datatype.value
    return d


def _query_results(result: Result) -> ox.QuerySolutions | ox.QueryBoolean:
    """The result as pyoxigraph query results, whichever backend produced it (via SPARQL results JSON,
    which keeps every term, blank node labels included)."""
    if result.kind == "ask":
        doc: dict = {"head": {}, "boolean": bool(result.boolean)}
    else:
        header, rows = result.table()
        bindings = [{v: _json_term(t) for v, t in zip(header, r, strict=True) if t is not None} for r in rows]
        doc = {"head": {"vars": header}, "results": {"bindings": bindings}}
    return ox.parse_query_results(json.dumps(doc).encode("utf-8"), format=ox.QueryResultsFormat.JSON)


def format_result(result: Result, fmt: str | None = None) -> str:
    """Text of a result: table; the W3C SPARQL results formats json, xml, csv and tsv (written by
    pyoxigraph; graph results as subject/predicate/object rows in csv/tsv); turtle or ntriples
    (CONSTRUCT/DESCRIBE results)."""
    fmt = fmt or ("turtle" if result.is_graph else "table")
    if fmt not in FORMATS:
        raise FormatError(f"unknown result format '{fmt}' (one of {', '.join(FORMATS)})")
    if result.kind == "update":
        return "update applied\n" if fmt == "table" else ""
    if fmt in ("turtle", "ntriples"):
        if not result.is_graph:
            raise FormatError(
                f"--format {fmt} is for CONSTRUCT and DESCRIBE results; use table, csv, tsv, json or xml"
            )
        if fmt == "turtle":
            return turtle(result.triples).decode("utf-8")
        return bytes(ox.serialize(result.triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    if fmt in ("json", "xml") and result.is_graph:
        raise FormatError(f"--format {fmt} is for SELECT and ASK results; use turtle or ntriples for graphs")
    if fmt in _RESULTS_FORMATS:
        text = bytes(_query_results(result).serialize(format=_RESULTS_FORMATS[fmt]) or b"").decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    header, rows = result.table()
    text = format_table(header, rows)
    if result.paged and (result.more or result.offset):
        text = text[: text.rstrip("\n").rfind("\n") + 1] + page_note(result) + "\n"
    return text


def page_note(result: Result) -> str:
    """What a page of rows holds and how to see the others, e.g. '(rows 1–100; more follow: …)'."""
    n, first = len(result.rows), result.offset + 1
    span = f"rows {first}–{result.offset + n}" if n else f"no rows from row {first}"
    if result.more:
        return (
            f"({span}, sorted; there may be more: --offset {result.offset + n} for the next page, --all "
            "for every row)"
        )
    return f"({span} of {result.total})" if result.total is not None else f"({span})"


def list_text() -> str:
    """The bundled queries with their titles and parameters, for `kg query --list`."""
    out = []
    qs = bundled_queries()
    width = max((display_width(q.name) for q in qs), default=0)
    for q in qs:
        out.append(f"{q.name}{' ' * (width - display_width(q.name))}  {q.title}")
        for p in q.params:
            opt = ", optional" if p.optional else ""
            out.append(f"{' ' * width}    --param {p.name}=…  ({p.type}{opt}) {p.description}".rstrip())
    return "\n".join(out) + "\n"
