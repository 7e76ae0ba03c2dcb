"""The interactive graph page (kg.html): self-contained, escaped, focusable, and usable in a real browser.

Unit tests check the page text; tests marked ``browser`` drive Debian's headless Chromium through
Playwright with every non-file request aborted, as a person with no network would use the page.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import time
from pathlib import Path

import pytest

import kg
from kg.errors import InputError
from kg.html import OVERVIEW_MIN_NODES, OVERVIEW_NODES, PHYSICS_MAX_NODES, neighbourhood, render_html
from kg.model import Entity, Evidence, Graph, Mention, Relation
from kg.registry import EXPORTERS

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>alert(2)</script>"


# --- helpers and fixtures -----------------------------------------------------------------------


def page_data(page: str) -> dict:
    """The JSON data block of a page, decoded."""
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


def mention(doc: str, text: str, sentence: str, typ: str = "Company") -> Mention:
    i = max(sentence.find(text), 0)
    return Mention(doc, i, i + len(text), text, text, typ, "test", 0.9, i, i + len(text), sentence=sentence)


def entity(eid: str, typ: str, label: str, aliases: tuple[str, ...] = (), sentence: str = "") -> Entity:
    sentence = sentence or f"{label}是一个测试实体。"
    return Entity(eid, typ, label, aliases, "", (mention("t.txt", label, sentence, typ),))


def relation(s: str, p: str, o: str, sentence: str = "") -> Relation:
    return Relation(s, p, o, (Evidence("t.txt", 0, 5, sentence or f"{s} {p} {o}。", "test", 0.8),))


@pytest.fixture(scope="session")
def chain() -> Graph:
    """A - B - C - D (B is 铁岭市 with the alias 铁岭) plus an isolated E."""
    ents = (
        entity("company/a", "Company", "甲公司"),
        entity("place/211200", "City", "铁岭市", ("铁岭",)),
        entity("place/211282", "District", "开原市", ("开原",)),
        entity("person/d", "Person", "张三"),
        entity("event/e", "Event", "独立活动"),
    )
    rels = (
        relation("company/a", "locatedIn", "place/211200"),
        relation("place/211282", "partOf", "place/211200"),
        relation("person/d", "worksFor", "place/211282"),
    )
    return Graph((), ents, rels)


@pytest.fixture(scope="session")
def malicious() -> Graph:
    """Labels, aliases and sentences that would run script if they were ever parsed as HTML."""
    bad = f"测试{XSS_IMG}{XSS_SCRIPT}\u2028&amp;<!--"
    ents = (
        entity("company/x", "Company", XSS_IMG, (XSS_SCRIPT,), sentence=f"句子{bad}。"),
        entity("place/211282", "District", "开原市", ("开原",), sentence=f"开原市{XSS_SCRIPT}"),
    )
    rels = (
        Relation(
            "company/x",
            "locatedIn",
            "place/211282",
            (Evidence("t.txt", 0, 5, f"关系句子{bad}", "test", 0.8),),
            title=XSS_IMG,
        ),
    )
    return Graph((), ents, rels)


@pytest.fixture(scope="session")
def seeds() -> Graph:
    return kg.build_graph([str(ROOT / "seeds")])


@pytest.fixture(scope="session")
def seeds_page(seeds: Graph) -> str:
    return render_html(seeds)


def _entity_named(graph: Graph, label: str) -> Entity:
    return next(e for e in graph.entities if e.label == label)


def _synthetic(n: int) -> Graph:
    spec = importlib.util.spec_from_file_location("bench_html", ROOT / "scripts" / "bench_html.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.synthetic_graph(n)


# --- unit tests -------------------------------------------------------------------------------


def test_page_is_self_contained(seeds_page: str) -> None:
    assert seeds_page.startswith("<!doctype html>")
    assert "http://" not in seeds_page and "https://" not in seeds_page
    # No external resource of any kind: scripts and styles are inline, nothing is fetched.
    assert not re.search(r"<script[^>]*\ssrc\s*=", seeds_page, re.I)
    assert not re.search(r"<link\b", seeds_page, re.I)
    assert not re.search(r"<img\b", seeds_page, re.I)
    assert not re.search(r"@import", seeds_page, re.I)
    styles = "".join(re.findall(r"<style>(.*?)</style>", seeds_page, re.S))
    assert not re.search(r"url\(\s*['\"]?(?!data:)", styles, re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(//|[a-z]+://)", seeds_page, re.I)
    assert not re.search(r"\b(src|href)\s*=\s*['\"]?(//|[a-z]+:)", seeds_page, re.I)
    assert "vis-network" in seeds_page and "new vis.Network" in seeds_page
    assert len(re.findall(r"<script\b", seeds_page, re.I)) == 3
    assert len(re.findall(r"</script", seeds_page, re.I)) == 3


def test_page_carries_the_whole_graph(seeds: Graph, seeds_page: str) -> None:
    data = page_data(seeds_page)
    assert [n["id"] for n in data["nodes"]] == [e.id for e in seeds.entities]
    assert [(e["from"], e["p"], e["to"]) for e in data["edges"]] == [r.key for r in seeds.relations]
    assert data["meta"]["physics"] is (len(seeds.entities) <= PHYSICS_MAX_NODES)
    kaiyuan = next(n for n in data["nodes"] if n["l"] == "开原市")
    assert kaiyuan["c"] == "211282" and "开原" in kaiyuan["a"]
    # every mention's sentence is there, with its document
    e = _entity_named(seeds, "开原市")
    shown = {(data["docs"][data["sents"][ev[0]][0]]["id"], data["sents"][ev[0]][1]) for ev in kaiyuan["ev"]}
    assert shown == {(m.doc_id, m.sentence) for m in e.mentions}
    # legend: Chinese and English class names; relation names for the edge labels
    cls = {c["id"]: c for c in data["classes"]}
    assert cls["District"]["zh"] == "县级行政区" and cls["District"]["en"] == "county-level division"
    assert {r["id"] for r in data["relations"]} == {r.predicate for r in seeds.relations}
    # Traditional -> Simplified table for the search box covers the graph's characters
    assert data["t2s"]["鐵"] == "铁" and data["t2s"]["嶺"] == "岭"


def test_malicious_text_is_escaped(malicious: Graph) -> None:
    page = render_html(malicious, title=f"t{XSS_IMG}")
    assert XSS_IMG not in page and "<img" not in page
    assert "alert(2)</script>" not in page
    assert len(re.findall(r"</script", page, re.I)) == 3
    assert "<!--" not in page and "\u2028" not in page
    assert "<title>t&lt;img src=x onerror=alert(1)&gt;</title>" in page
    data = page_data(page)  # the text survives exactly
    node = next(n for n in data["nodes"] if n["id"] == "company/x")
    assert node["l"] == XSS_IMG and node["a"] == [XSS_SCRIPT]
    assert data["sents"][node["ev"][0][0]][1].endswith(f"{XSS_SCRIPT}\u2028&amp;<!--。")
    assert data["edges"][0]["title"] == XSS_IMG


def test_focus_keeps_the_neighbourhood(chain: Graph) -> None:
    def ids(g: Graph) -> set[str]:
        return {e.id for e in g.entities}

    assert ids(neighbourhood(chain, "铁岭市", 0)) == {"place/211200"}
    assert ids(neighbourhood(chain, "铁岭市", 1)) == {"place/211200", "company/a", "place/211282"}
    assert ids(neighbourhood(chain, "铁岭市", 2)) == {"place/211200", "company/a", "place/211282", "person/d"}
    assert ids(neighbourhood(chain, "开原", 1)) == {"place/211282", "place/211200", "person/d"}  # alias
    assert ids(neighbourhood(chain, "鐵嶺", 0)) == {"place/211200"}  # Traditional alias
    assert ids(neighbourhood(chain, "person/d", 1)) == {"person/d", "place/211282"}  # id
    sub = neighbourhood(chain, "铁岭", 1)
    assert {r.key for r in sub.relations} == {
        ("company/a", "locatedIn", "place/211200"),
        ("place/211282", "partOf", "place/211200"),
    }
    page = render_html(chain, focus="开原市", hops=1)
    data = page_data(page)
    assert {n["id"] for n in data["nodes"]} == {"place/211282", "place/211200", "person/d"}
    assert data["meta"]["focus"] == ["place/211282"]


def test_focus_on_the_seeds(seeds: Graph) -> None:
    centre = _entity_named(seeds, "开原市").id
    near = (
        {centre}
        | {r.object for r in seeds.relations if r.subject == centre}
        | {r.subject for r in seeds.relations if r.object == centre}
    )
    data = page_data(render_html(seeds, focus="开原", hops=1))
    assert {n["id"] for n in data["nodes"]} == near
    assert len(data["edges"]) == sum(1 for r in seeds.relations if r.subject in near and r.object in near)


def test_unknown_focus_is_an_input_error(chain: Graph) -> None:
    with pytest.raises(InputError, match="no entity"):
        render_html(chain, focus="不存在的地方")
    with pytest.raises(InputError):
        render_html(chain, focus="   ")
    with pytest.raises(InputError):
        render_html(chain, focus="铁岭市", hops=-1)


def test_empty_and_tiny_graphs_render() -> None:
    for n in (0, 1):
        g = Graph((), tuple(entity(f"company/{i}", "Company", f"公司{i}") for i in range(n)), ())
        data = page_data(render_html(g))
        assert len(data["nodes"]) == n and data["meta"]["physics"] is False


def test_html_exporter_writes_the_page(chain: Graph, tmp_path: Path) -> None:
    suffix, fn = EXPORTERS["html"]
    assert suffix == ".html"
    out = tmp_path / "sub" / "g.html"
    fn(chain, out, focus="铁岭", hops=1)
    assert page_data(out.read_text(encoding="utf-8"))["meta"]["nodes"] == 3
    assert [p.name for p in out.parent.iterdir()] == ["g.html"]  # no temporary file left behind


def test_big_graph_renders_quickly_with_layout_and_no_physics() -> None:
    g = _synthetic(5000)
    t = time.perf_counter()
    page = render_html(g)
    assert time.perf_counter() - t < 15
    data = page_data(page)
    assert data["meta"]["physics"] is False and data["meta"]["big"] is True
    assert len(data["nodes"]) == 5000 and any(n.get("rx") for n in data["nodes"])
    xy = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xy) == 5000  # every node has its own position


# A big graph's page stays small: under 5 MB for the 1,000 benchmark articles (14k entities, 25k
# relations) and 20 MB for 10,000 (issue 16). Per entity (with its share of relations) that is
# at most this many bytes, beside a fixed part (vis-network, the script, the overview's evidence).
PAGE_FIXED_BYTES = 1_500_000
PAGE_BYTES_PER_ENTITY = 160


@pytest.fixture(scope="module")
def big_page() -> tuple[Graph, str]:
    g = _synthetic(3 * OVERVIEW_MIN_NODES)
    return g, render_html(g)


def test_big_graph_page_is_an_overview_under_the_size_cap(big_page) -> None:
    g, page = big_page
    size = len(page.encode("utf-8"))
    assert size <= PAGE_FIXED_BYTES + PAGE_BYTES_PER_ENTITY * len(g.entities), size
    data = page_data(page)
    meta = data["meta"]
    assert meta["overview"] == len(data["nodes"]) == OVERVIEW_NODES
    assert (meta["nodes"], meta["edges"]) == (len(g.entities), len(g.relations))
    # every entity is there to be searched, every relation to be drawn on demand
    names = {n["l"] for n in data["nodes"]} | {m[1] for m in data["more"]}
    assert names == {e.label for e in g.entities}
    assert len(data["links"]) == len(g.relations)
    # the overview is the most connected entities
    least_shown = min(n["d"] for n in data["nodes"])
    assert all(m[3] <= least_shown for m in data["more"])


def test_small_graphs_keep_the_full_view(seeds_page: str) -> None:
    data = page_data(seeds_page)
    assert "overview" not in data["meta"] and "more" not in data
    assert len(data["nodes"]) == data["meta"]["nodes"]


# --- browser tests ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed: pip install playwright (never 'playwright install')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Opened:
    """A page opened from disk with the network blocked; records requests, dialogs and errors."""

    def __init__(self, browser, html: str, path: Path) -> None:
        path.write_text(html, encoding="utf-8")
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.resolve().as_uri(), wait_until="load")
        self.page.wait_for_function("window.kgState && window.kgState.settled !== null", timeout=30000)

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def search(self, text: str) -> None:
        box = self.page.locator("#kg-search")
        box.fill(text)
        box.press("Enter")

    def panel(self) -> str:
        return self.page.locator("#kg-panel").inner_text()

    def click_canvas(self, x: float, y: float) -> None:
        box = self.page.locator("#kg-graph canvas").bounding_box()
        self.page.mouse.click(box["x"] + x, box["y"] + y)

    def assert_framed(self) -> None:
        """The whole graph is in view and fills at least half the canvas in one direction."""
        f = self.js("""() => { const p = Object.values(kg.network.getPositions());
            const xs = p.map(v => v.x), ys = p.map(v => v.y), net = kg.network;
            const a = net.canvasToDOM({x: Math.min(...xs), y: Math.min(...ys)});
            const b = net.canvasToDOM({x: Math.max(...xs), y: Math.max(...ys)});
            const c = document.querySelector('#kg-graph canvas');
            return {x0: a.x, y0: a.y, x1: b.x, y1: b.y, w: c.clientWidth, h: c.clientHeight,
                    scale: net.getScale()}; }""")
        assert f["x0"] >= -5 and f["y0"] >= -5 and f["x1"] <= f["w"] + 5 and f["y1"] <= f["h"] + 5, f
        # (fit() does not zoom in beyond 1:1, so a handful of nodes may fill less)
        assert f["x1"] - f["x0"] >= 0.5 * f["w"] or f["y1"] - f["y0"] >= 0.5 * f["h"] or f["scale"] >= 0.99, f

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="session")
def seeds_browser(browser, seeds_page: str, tmp_path_factory):
    o = Opened(browser, seeds_page, tmp_path_factory.mktemp("html") / "graph.html")
    yield o
    o.close()


@pytest.mark.browser
def test_browser_loads_and_draws_everything(seeds_browser: Opened, seeds: Graph) -> None:
    o = seeds_browser
    counts = o.js(
        "({n: kg.nodes.length, e: kg.edges.length,"
        " dn: kg.network.body.nodeIndices.length, de: kg.network.body.edgeIndices.length})"
    )
    assert counts == {
        "n": len(seeds.entities),
        "e": len(seeds.relations),
        "dn": len(seeds.entities),
        "de": len(seeds.relations),
    }
    assert o.blocked == [] and o.errors == [] and o.dialogs == []
    assert o.js("kgState.firstDraw") < 10000
    o.assert_framed()
    # Chinese labels are drawn with a CJK font that is installed
    assert o.js("document.fonts.check('14px \"Noto Sans CJK SC\"', '铁岭')")
    # physics has stopped: positions no longer change
    before = o.js("JSON.stringify(kg.network.getPositions())")
    o.page.wait_for_timeout(400)
    assert o.js("JSON.stringify(kg.network.getPositions())") == before
    assert o.js("kgState.physics") is False
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "seeds-graph.png"
    o.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10000
    readme_image = ROOT / "docs" / "graph.png"
    if not readme_image.exists():
        shutil.copyfile(shot, readme_image)


@pytest.mark.browser
def test_browser_search_simplified_alias_focuses_the_entity(seeds_browser: Opened, seeds: Graph) -> None:
    o = seeds_browser
    o.search("开原")
    target = _entity_named(seeds, "开原市").id
    assert o.js("kg.network.getSelectedNodes()") == [target]
    assert o.page.locator("#kg-panel h2").inner_text() == "开原市"
    panel = o.panel()
    assert "县级行政区" in panel and "211282" in panel and "开原" in panel
    for m in _entity_named(seeds, "开原市").mentions:  # every evidence sentence with its article
        assert m.sentence in panel and m.doc_id in panel
    assert o.page.locator("#kg-results li").count() >= 1


@pytest.mark.browser
def test_browser_search_traditional_finds_simplified(seeds_browser: Opened, seeds: Graph) -> None:
    o = seeds_browser
    o.search("鐵嶺")
    assert o.js("kg.network.getSelectedNodes()") == [_entity_named(seeds, "铁岭市").id]
    assert o.page.locator("#kg-panel h2").inner_text() == "铁岭市"


@pytest.mark.browser
def test_browser_click_node_and_edge_show_evidence(seeds_browser: Opened, seeds: Graph) -> None:
    o = seeds_browser
    o.js("kg.clear()")
    # a real mouse click on a node
    target = _entity_named(seeds, "开原市").id
    o.js("id => kg.network.focus(id, {scale: 1.5, animation: false})", target)
    p = o.js("id => kg.network.canvasToDOM(kg.network.getPositions([id])[id])", target)
    o.click_canvas(p["x"], p["y"])
    assert o.js("kg.network.getSelectedNodes()") == [target]
    assert o.page.locator("#kg-panel h2").inner_text() == "开原市"
    # a real mouse click on the middle of an edge shows the sentence that states it
    clicked = None
    for i, r in enumerate(seeds.relations):
        sentence = next((ev.sentence for ev in r.evidence if ev.sentence), "")
        if not sentence or r.subject == r.object or o.js(f"!!kg.data.edges[{i}].curve"):
            continue
        pt = o.js(
            """i => { const e = kg.data.edges[i];
            kg.network.fit({nodes: [e.from, e.to], animation: false});
            const pos = kg.network.getPositions([e.from, e.to]);
            const a = kg.network.canvasToDOM(pos[e.from]), b = kg.network.canvasToDOM(pos[e.to]);
            const m = {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
            const ok = kg.network.getNodeAt(m) === undefined && kg.network.getEdgeAt(m) === i
                && Math.hypot(a.x - b.x, a.y - b.y) > 120;
            return ok ? m : null; }""",
            i,
        )
        if pt:
            o.click_canvas(pt["x"], pt["y"])
            clicked = (i, r, sentence)
            break
    assert clicked, "no edge could be clicked"
    i, r, sentence = clicked
    assert o.js("kg.network.getSelectedEdges()") == [i]
    panel = o.panel()
    assert sentence in panel and r.predicate in panel
    assert _entity_named_id(seeds, r.subject) in panel and _entity_named_id(seeds, r.object) in panel


def _entity_named_id(graph: Graph, eid: str) -> str:
    return graph.entity(eid).label


@pytest.mark.browser
def test_browser_focus_page_opens_on_the_entity(browser, seeds: Graph, tmp_path: Path) -> None:
    o = Opened(browser, render_html(seeds, focus="開原", hops=1), tmp_path / "focus.html")
    try:
        target = _entity_named(seeds, "开原市").id
        o.page.wait_for_function("kg.network.getSelectedNodes().length === 1")
        assert o.js("kg.network.getSelectedNodes()") == [target]
        assert o.page.locator("#kg-panel h2").inner_text() == "开原市"
        near = (
            {target}
            | {r.object for r in seeds.relations if r.subject == target}
            | {r.subject for r in seeds.relations if r.object == target}
        )
        assert set(o.js("kg.nodes.getIds()")) == near
        o.assert_framed()
    finally:
        o.close()


@pytest.mark.browser
def test_browser_filters_by_class_and_relation(seeds_browser: Opened, seeds: Graph) -> None:
    o = seeds_browser
    o.js("kg.clear()")
    o.page.locator('#kg-classes input[data-id="Company"]').uncheck()
    hidden = set(o.js("kg.nodes.get({filter: n => n.hidden}).map(n => n.id)"))
    assert hidden == {e.id for e in seeds.entities if e.type == "Company"}
    companies = {e.id for e in seeds.entities if e.type == "Company"}
    hidden_edges = set(o.js("kg.edges.get({filter: e => e.hidden}).map(e => e.id)"))
    assert hidden_edges == {
        i for i, r in enumerate(seeds.relations) if r.subject in companies or r.object in companies
    }
    o.page.locator('#kg-classes input[data-id="Company"]').check()
    assert o.js("kg.nodes.get({filter: n => n.hidden}).length") == 0
    pred = seeds.relations[0].predicate
    o.page.locator(f'#kg-relations input[data-id="{pred}"]').uncheck()
    hidden_edges = set(o.js("kg.edges.get({filter: e => e.hidden}).map(e => e.id)"))
    assert hidden_edges == {i for i, r in enumerate(seeds.relations) if r.predicate == pred}
    o.page.locator(f'#kg-relations input[data-id="{pred}"]').check()
    assert o.js("kg.edges.get({filter: e => e.hidden}).length") == 0


@pytest.mark.browser
def test_browser_runs_no_script_from_an_article(browser, tmp_path: Path) -> None:
    article = tmp_path / "000_xss.txt"
    article.write_text(
        "开原市招商引资再添新项目\n\n2022年10月,辽宁道勤农牧科技有限公司在开原市注册成立"
        f"{XSS_IMG},总经理张秀勇表示{XSS_SCRIPT}将扩大生产。\n",
        encoding="utf-8",
    )
    g = kg.build_graph([article])
    text = {m.sentence for e in g.entities for m in e.mentions} | {
        ev.sentence for r in g.relations for ev in r.evidence
    }
    assert any(XSS_IMG in s and XSS_SCRIPT in s for s in text), (
        "the article's payload did not reach the graph"
    )
    o = Opened(browser, render_html(g), tmp_path / "xss.html")
    try:
        company = next(e for e in g.entities if XSS_IMG in "".join(m.sentence for m in e.mentions))
        o.search(company.label)
        assert o.js("kg.network.getSelectedNodes()") == [company.id]
        assert XSS_IMG in o.panel() and XSS_SCRIPT in o.panel()
        for i in range(len(g.relations)):  # and every edge's evidence
            o.js(f"kg.showEdge({i})")
        o.page.wait_for_timeout(200)
        assert o.dialogs == [] and o.errors == []
        assert o.js("document.querySelectorAll('img').length") == 0
        assert o.js("document.scripts.length") == 3
    finally:
        o.close()


@pytest.mark.browser
def test_browser_malicious_labels_show_literally(browser, malicious: Graph, tmp_path: Path) -> None:
    o = Opened(browser, render_html(malicious), tmp_path / "bad.html")
    try:
        o.js("window.__pwned = 0")
        o.search("测试")  # no match by name: nothing happens
        o.js("kg.focusNode('company/x', true)")
        assert o.page.locator("#kg-panel h2").inner_text() == XSS_IMG
        assert XSS_SCRIPT in o.panel()
        o.js("kg.showEdge(0)")
        assert XSS_IMG in o.panel()
        o.page.locator("#kg-search").fill("<img")
        o.page.wait_for_timeout(300)
        assert XSS_IMG in o.page.locator("#kg-results").inner_text()
        assert o.dialogs == [] and o.errors == [] and o.blocked == []
        assert o.js("document.querySelectorAll('img').length") == 0
    finally:
        o.close()


@pytest.mark.browser
def test_browser_big_graph_draws_fast_and_settles(browser, tmp_path: Path) -> None:
    g = _synthetic(5000)
    o = Opened(browser, render_html(g), tmp_path / "big.html")
    try:
        st = o.js(
            "({first: kgState.firstDraw, settled: kgState.settled, n: kg.network.body.nodeIndices.length,"
            " e: kg.network.body.edgeIndices.length})"
        )
        assert (st["n"], st["e"]) == (len(g.entities), len(g.relations))
        # targets are 3 s and 10 s; the bounds leave room for a loaded CI machine
        assert st["first"] < 9000 and st["settled"] < 20000, st
        assert o.errors == [] and o.blocked == []
        o.assert_framed()
        # a click on a node of the big graph opens its panel at once (the layout is held still first:
        # on a loaded machine the physics may still nudge nodes between reading a position and the click;
        # the node drawn on top at that point is the one the click must open, in a dense layout
        # possibly a neighbour overlapping node 100)
        node = g.entities[100]
        o.js("() => kg.network.stopSimulation()")
        o.js("id => kg.network.focus(id, {scale: 1.2, animation: false})", node.id)
        pos = o.js("id => kg.network.getPositions([id])[id]", node.id)
        hit = o.js("p => kg.network.getNodeAt(kg.network.canvasToDOM(p))", pos)
        assert hit is not None
        p = o.js("p => kg.network.canvasToDOM(p)", pos)
        o.click_canvas(p["x"], p["y"])
        assert o.js("kg.network.getSelectedNodes()") == [hit]
        labels = {e.id: e.label for e in g.entities}
        assert o.page.locator("#kg-panel h2").inner_text() == labels[hit]
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        o.page.screenshot(path=str(ARTIFACTS / "synthetic-5000.png"))
    finally:
        o.close()


def test_browser_overview_search_draws_the_neighbourhood(browser, big_page, tmp_path: Path) -> None:
    g, page = big_page
    o = Opened(browser, page, tmp_path / "overview.html")
    try:
        st = o.js("({first: kgState.firstDraw, n: kg.network.body.nodeIndices.length})")
        assert st["n"] == OVERVIEW_NODES and st["first"] < 9000, st  # target 3 s; room for a loaded CI
        data = page_data(page)
        hidden = data["more"][-1]  # an entity the overview does not draw
        found = o.js("q => kg.search(q).map(f => f.id)", hidden[1])
        assert hidden[0] in found
        assert o.js("id => kg.focusNode(id, true)", hidden[0])
        drawn = set(o.js("kg.network.body.nodeIndices"))
        neighbours = {r.object for r in g.relations if r.subject == hidden[0]}
        neighbours |= {r.subject for r in g.relations if r.object == hidden[0]}
        assert hidden[0] in drawn and neighbours <= drawn
        assert o.page.locator("#kg-panel h2").inner_text() == hidden[1]
        assert o.errors == [] and o.blocked == []
    finally:
        o.close()
