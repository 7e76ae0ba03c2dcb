"""Issue 16: a rebuild after articles changed updates the store in place, to exactly what a cold build gives."""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import Graph, Mention
from kg.pipeline import build
from kg.runtime import incremental, units
from kg.runtime.units import Fragments
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "articles").glob("*.txt")
)
EXTRA = sorted((ROOT / "tests" / "heldout" / "articles").glob("*.txt"))


def _triples(store_dir: Path) -> list[bytes]:
    store = open_store(store_dir)
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    del store
    assert data is not None
    return sorted(data.splitlines())


def _names(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def _append(p: Path, text: str) -> None:
    p.write_bytes(p.read_bytes() + ("\n" + text + "\n").encode())


def change_one(folder: Path) -> None:
    """An article gains a sentence naming a new company."""
    _append(_names(folder)[1], "铁岭市新引进辽宁恒通新材料有限公司，总投资2亿元。")


def shorten_one(folder: Path) -> None:
    """An article loses its second half (mentions, relations and values go)."""
    p = _names(folder)[2]
    text = p.read_bytes().decode("utf-8")
    p.write_text(text[: len(text) // 2], encoding="utf-8")


def copy_paragraph(folder: Path) -> None:
    """An article repeats a paragraph of another: names now meet across the two (merges, labels)."""
    a, b = _names(folder)[0], _names(folder)[3]
    paras = [ln for ln in b.read_text(encoding="utf-8").splitlines() if len(ln) > 40]
    _append(a, paras[len(paras) // 2])


def add_one(folder: Path) -> None:
    shutil.copy(EXTRA[0], folder / ("zz-" + EXTRA[0].name))


def delete_one(folder: Path) -> None:
    _names(folder)[-1].unlink()


def rename_one(folder: Path) -> None:
    """The same bytes under another name: another document."""
    p = _names(folder)[4]
    p.rename(p.with_name("renamed-" + p.name))


def move_all(folder: Path) -> None:
    """The same articles in a subfolder: the same graph, other paths (the page shows them)."""
    sub = folder / "moved"
    sub.mkdir()
    for p in _names(folder):
        p.rename(sub / p.name)


def several(folder: Path) -> None:
    change_one(folder)
    add_one(folder)
    delete_one(folder)


def split_entity(folder: Path) -> None:
    """A name two articles share is written otherwise in one of them: the entity both named loses
    that article's mentions, which now make an entity of their own (a split across documents)."""
    texts = {}
    for p in _names(folder):
        try:
            texts[p] = p.read_bytes().decode("utf-8")
        except UnicodeDecodeError:  # a GB18030 fixture: left as it is
            continue
    for name in ("铁岭市", "铁岭", "辽宁省"):
        holders = [p for p, t in texts.items() if name in t]
        if len(holders) >= 2:
            p = holders[0]
            p.write_text(texts[p].replace(name, "辽河" + name[-1] + "新城"), encoding="utf-8")
            return
    raise AssertionError("no name shared by two articles")


def blank_line(folder: Path) -> None:
    """Bytes change, the graph barely does: a trailing blank line (only the document's checksum)."""
    p = _names(folder)[0]
    p.write_bytes(p.read_bytes() + b"\n")


def unmerge_abbreviation(folder: Path) -> None:
    """The only full name an abbreviation in another article stands for (国电投清河发电 =
    国家电投清河发电公司, by kg.resolve's abbreviations across articles) is written otherwise: the other
    article, unchanged, no longer names that company, and its relations now end at another entity."""
    for p in _names(folder):
        text = p.read_bytes().decode("utf-8", errors="replace")
        if "国家电投清河发电公司" in text:
            p.write_text(text.replace("国家电投清河发电公司", "国家电投红河发电公司"), encoding="utf-8")
            return
    raise AssertionError("no article names 国家电投清河发电公司")


def change_home(folder: Path) -> None:
    """An article's home place changes: its city is written as another article's city throughout (its
    place entities, their relations and the aliases its home decides change; the city of the other
    article gains its mentions)."""
    p = next(p for p in _names(folder) if "dandong" in p.name)
    p.write_text(p.read_text(encoding="utf-8").replace("丹东", "锦州"), encoding="utf-8")


EDITS: list[Callable[[Path], None]] = [
    change_one,
    shorten_one,
    copy_paragraph,
    add_one,
    delete_one,
    rename_one,
    move_all,
    several,
    split_entity,
    blank_line,
    unmerge_abbreviation,
    change_home,
]


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> tuple[Path, Path]:
    """The articles and a cold build of them (with cache, store and page), copied by each case."""
    d = tmp_path_factory.mktemp("incr")
    src, out = d / "in", d / "out"
    src.mkdir()
    for p in ARTICLES:
        shutil.copy(p, src / p.name)
    r = build([src], out, html=True, strict=False)
    assert not r.incremental and (out / incremental.INCR_DIR / "graph.nt").is_file()
    # the units of the graph (kg/runtime/units.py) and the values found per document are kept too
    # and what its resolution decided (kg.resolve: the next build replays it where articles did not change)
    assert {"units.pickle", "values.marshal", "resolve.marshal"} <= {
        p.name for p in (out / incremental.INCR_DIR).iterdir()
    }
    return src, out


@pytest.mark.parametrize("edit", EDITS, ids=lambda f: f.__name__)
def test_incremental_update_equals_a_cold_build(tmp_path, base, edit) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    before = _triples(out / "store")
    stamp = (out / "graph.ttl").stat().st_mtime_ns
    edit(src)
    r = build([src], out, html=True, strict=False)
    assert r.incremental  # the store was updated in place, not reloaded
    assert (r.delta == 0) == ((out / "graph.ttl").stat().st_mtime_ns == stamp)  # rewritten if changed
    cold = tmp_path / "cold"
    c = build([src], cold, html=True, strict=False, cache=False)
    after = _triples(out / "store")
    assert after == _triples(cold / "store")  # triple for triple
    assert r.triples == c.triples == len(after)
    assert r.delta == len(set(before) ^ set(after))  # only the difference was written
    for name in ("graph.ttl", "graph.html"):
        assert (out / name).read_bytes() == (cold / name).read_bytes(), name
    kept = (out / incremental.INCR_DIR / "graph.nt").read_bytes().splitlines()  # the next update's base
    assert kept == sorted(set(kept)) and len(kept) == len(after)
    assert r.extracted <= 2  # only the changed articles were extracted again
    # only the units that changed were written (the division list's source is written every time)
    assert 1 <= r.rewritten < (len(c.graph.documents) + len(c.graph.entities) + len(c.graph.relations)) / 2
    # the unchanged articles' alias steps were replayed from the last build's resolution
    replayed = incremental.Record(out).load("resolve")["replayed"]  # type: ignore[index]
    assert replayed >= len(c.graph.documents) - (3 if edit in (several, copy_paragraph) else 1), replayed
    if edit is blank_line:
        assert r.delta == 2  # the old kg:sha1 out, the new one in
    if edit is move_all:
        assert r.delta == 0 and r.extracted == 0 and r.rewritten == 1


def test_successive_updates_stay_equal_to_cold_builds(tmp_path, base) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    garbage: list[tuple[int, int]] = []
    for edit in (change_one, add_one, copy_paragraph, split_entity, delete_one, shorten_one):
        edit(src)
        r = build([src], out, html=False, strict=False)
        assert r.incremental
        cold = tmp_path / f"cold-{edit.__name__}"
        build([src], cold, html=False, strict=False, cache=False)
        assert _triples(out / "store") == _triples(cold / "store"), edit.__name__
        assert (out / "graph.ttl").read_bytes() == (cold / "graph.ttl").read_bytes()
        assert not (out / "graph.html").exists()
        # the changed units' lines are appended to the units' file, rewritten when mostly garbage
        garbage.append(_units_hold_every_line_once(out))
    assert any(g for g, _ in garbage) and all(g <= incremental.BLOB_GARBAGE * n for g, n in garbage)


def test_a_change_that_undoes_a_merge_in_another_article_updates_its_relations(tmp_path, base) -> None:
    """One article changed, another one's entity and relations changed (a merge across the two undone,
    then made again): the update writes them again, equal to a cold build each time, and the record of
    the units equals a cold build's (their digests are made from resolution's keys: kg.resolve.IDENT)."""
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    first = build([src], out, html=False, strict=False)  # (the page is not written: the record is current)
    short = "国电投清河发电"
    holder = next(p for p in _names(src) if short in p.read_text(encoding="utf-8", errors="replace"))
    original = {p: p.read_bytes() for p in _names(src)}
    for step in ("undo", "redo"):
        if step == "undo":
            unmerge_abbreviation(src)
        else:
            for p, data in original.items():
                p.write_bytes(data)
        r = build([src], out, html=False, strict=False)
        assert r.incremental and r.extracted == 1
        cold = tmp_path / f"cold-{step}"
        c = build([src], cold, html=False, strict=False)
        assert _triples(out / "store") == _triples(cold / "store"), step
        assert (out / "graph.ttl").read_bytes() == (cold / "graph.ttl").read_bytes(), step
        ours, theirs = incremental.Record(out).load("units"), incremental.Record(cold).load("units")
        assert isinstance(ours, Fragments) and isinstance(theirs, Fragments)
        assert {k: u.digest for k, u in ours.units.items()} == {k: u.digest for k, u in theirs.units.items()}
        # the update made only the relations it read (no page): its graph makes the others when asked
        assert r.counts == c.counts
        assert r.graph.entities == c.graph.entities and r.graph.relations == c.graph.relations
        # the abbreviation's entity: on its own after the undo, the full name's again after the redo
        (ent,) = [
            e
            for e in c.graph.entities
            if any(m.doc_id == holder.name and m.name == short for m in e.mentions)
        ]
        assert (ent.label == short) == (step == "undo")
        # each article's part of the relations is in the record (kg.resolve._relations: the next update
        # takes an article's part from it where the article's key is the same)
        state = incremental.Record(out).load(incremental.RESOLVE)
        assert isinstance(state, dict) and isinstance(state.get("relations"), bytes)
        # an unchanged article's relations are among those written again
        assert any(
            holder.name in {ev.doc_id for ev in rel.evidence}
            for rel in c.graph.relations
            if ent.id in (rel.subject, rel.object)
        )
    assert first.triples == r.triples


def _units_hold_every_line_once(out: Path) -> tuple[int, int]:
    """Check the record's units against its graph.nt; the bytes of their file no unit owns, and its size."""
    frags = incremental.Record(out).load("units")
    assert isinstance(frags, Fragments)
    frags.blob = str(out / incremental.INCR_DIR / "units.blob")
    own = frags.reader()
    lines = (out / incremental.INCR_DIR / "graph.nt").read_bytes().splitlines(keepends=True)
    assert frags.consistent(len(lines))
    used = frags.refcounts()
    union = set()
    for u in frags.units.values():
        union.update(own(u).splitlines(keepends=True))
    node = frags.node_reader()  # the shared nodes' lines are in the blob file too
    for path in used:
        lines_of = node(path)
        assert lines_of is not None and lines_of.count(b"\n") == frags.nodes[path][2]
        union.update(lines_of.splitlines(keepends=True))
    assert union == set(lines)
    assert set(frags.nodes) == set(used)  # no node kept that no unit refers to
    size = Path(frags.blob).stat().st_size
    live = sum(u.size for u in frags.units.values()) + sum(n[1] for n in frags.nodes.values())
    return size - live, size


def test_the_kept_units_hold_every_line_of_the_graph_once(base) -> None:
    assert _units_hold_every_line_once(base[1])[0] == 0


class _Spy:
    """A mention that notes which of its fields are read."""

    def __init__(self, m: Mention, read: set[str]) -> None:
        self._m, self._read = m, read

    def __getattr__(self, name: str):
        self._read.add(name)
        return getattr(self._m, name)


def test_the_triples_of_an_entity_read_only_the_mention_fields_its_digest_holds() -> None:
    """An entity's digest (kg/runtime/units.py) holds its mentions' published fields only: if the RDF
    read another, an update could keep an entity's old triples though they changed."""
    from dataclasses import replace

    from kg.pipeline import build_graph
    from kg.rdf import BuildIndex, ntriples_lines

    g = build_graph(ARTICLES[:6])
    read: set[str] = set()
    spied = tuple(replace(e, mentions=tuple(_Spy(m, read) for m in e.mentions)) for e in g.entities)  # type: ignore[misc]
    lines = list(ntriples_lines(Graph(g.documents, spied, g.relations), index=BuildIndex(g.documents, g)))
    assert lines == list(ntriples_lines(g))
    assert read and read <= set(units.MENTION_FIELDS_PUBLISHED), read - set(units.MENTION_FIELDS_PUBLISHED)


def test_units_recorded_before_their_digests_are_those_recorded_with_them(tmp_path) -> None:
    """kg.publish records the units as the lines pass and gives them their digests afterwards, while
    the store loads (units.unit_keys, set_digests): the same units, blob and nodes as collect_blocks
    given the digests."""
    from kg.pipeline import build_graph
    from kg.rdf import BuildIndex

    g = build_graph(ARTICLES[:6])
    index = BuildIndex(g.documents, g)
    keys, hashes = units.digests(g, index)
    assert units.unit_keys(g) == keys
    with_them, after = Fragments(), Fragments()
    with open(tmp_path / "a", "wb") as a, open(tmp_path / "b", "wb") as b:
        lines_a = [
            x for block in units.collect_blocks(g, True, index, keys, hashes, with_them, a) for x in block
        ]
        lines_b = [x for block in units.collect_blocks(g, True, index, keys, None, after, b) for x in block]
    assert lines_a == lines_b and all(u.digest == b"" for u in after.units.values())
    units.set_digests(after, units.unit_keys(g), keys, hashes)
    assert after.units == with_them.units and after.nodes == with_them.nodes
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()
    with pytest.raises(ValueError):  # keys that are not digests()'s
        units.set_digests(after, keys[1:], keys, hashes)


def test_a_record_of_an_older_code_version_is_not_used(tmp_path, base) -> None:
    """Another key (another version of kg, or other options): a full build, whose record is then current."""
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    (out / incremental.INCR_DIR / "key").write_text("0" * 40)
    change_one(src)
    r = build([src], out, html=False, strict=False)
    assert not r.incremental and r.rewritten == -1
    cold = tmp_path / "cold"
    build([src], cold, html=False, strict=False, cache=False)
    assert _triples(out / "store") == _triples(cold / "store")
    add_one(src)
    r = build([src], out, html=False, strict=False)  # the record written by the full build is used
    assert r.incremental and r.rewritten >= 1
    build([src], cold, html=False, strict=False, cache=False)
    assert _triples(out / "store") == _triples(cold / "store")


@pytest.mark.parametrize("damage", ["truncated", "missing", "other format"])
def test_unusable_units_fall_back_to_writing_every_line(tmp_path, base, damage) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    kept = out / incremental.INCR_DIR / "units.pickle"
    if damage == "truncated":
        kept.write_bytes(kept.read_bytes()[:1000])
    elif damage == "missing":
        kept.unlink()
    else:
        frags = incremental.Record(out).load("units")
        assert isinstance(frags, Fragments)
        frags.format = -1
        kept.write_bytes(pickle.dumps(frags))
    copy_paragraph(src)
    r = build([src], out, html=False, strict=False)
    assert r.incremental and r.rewritten == -1  # every line written, the store still updated in place
    cold = tmp_path / "cold"
    build([src], cold, html=False, strict=False, cache=False)
    assert _triples(out / "store") == _triples(cold / "store")
    assert (out / "graph.ttl").read_bytes() == (cold / "graph.ttl").read_bytes()
    split_entity(src)  # the units written by the fallback serve the next update
    r = build([src], out, html=False, strict=False)
    assert r.incremental and r.rewritten >= 1
    build([src], cold, html=False, strict=False, cache=False)
    assert _triples(out / "store") == _triples(cold / "store")


def test_an_interrupted_update_leaves_no_record_and_the_next_build_reloads(
    tmp_path, base, monkeypatch
) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    change_one(src)

    def fail(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(incremental, "apply_delta", fail)
    with pytest.raises(KeyboardInterrupt):
        build([src], out, html=True, strict=False)
    assert not (out / incremental.INCR_DIR / "key").exists()
    monkeypatch.undo()
    r = build([src], out, html=True, strict=False)
    assert not r.incremental  # a full build, the store reloaded
    cold = tmp_path / "cold"
    build([src], cold, html=True, strict=False, cache=False)
    assert _triples(out / "store") == _triples(cold / "store")


@pytest.mark.parametrize("stage", ["writing RDF", "writing HTML", "updating the store"])
def test_an_interrupted_update_changes_no_output(tmp_path, base, stage) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    files = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    triples = _triples(out / "store")
    several(src)

    def interrupt(name: str) -> None:
        if name == stage:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([src], out, html=True, strict=False, phase=interrupt)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == files
    assert _triples(out / "store") == triples
    assert not (out / ".tmp").exists()


def test_an_update_with_forked_rdf_workers_equals_a_cold_build(tmp_path, base, monkeypatch) -> None:
    from kg import publish

    monkeypatch.setattr(publish, "PARALLEL_RDF_MIN_ENTITIES", 0)
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    several(src)
    r = build([src], out, html=False, strict=False, jobs=2)
    assert r.incremental
    cold = tmp_path / "cold"
    build([src], cold, html=False, strict=False, cache=False)
    assert _triples(out / "store") == _triples(cold / "store")
    assert (out / "graph.ttl").read_bytes() == (cold / "graph.ttl").read_bytes()


@pytest.fixture(scope="module")
def base_jobs2(tmp_path_factory) -> tuple[Path, Path]:
    """A cold build with --jobs 2: its cache holds what the workers derived from each article
    (kg.derive: the candidates' evidence)."""
    d = tmp_path_factory.mktemp("incr2")
    src, out = d / "in", d / "out"
    shutil.copytree(base_src(), src)
    r = build([src], out, html=False, strict=False, jobs=2)
    assert not r.incremental
    return src, out


def base_src() -> Path:
    d = ROOT / "tests" / "fixtures" / "articles"
    assert d.is_dir()
    return d


@pytest.mark.parametrize(
    "edit", [change_one, several, split_entity, copy_paragraph], ids=lambda f: f.__name__
)
@pytest.mark.parametrize("jobs", [1, 2])
def test_an_update_from_derived_results_equals_a_cold_build(tmp_path, base_jobs2, edit, jobs) -> None:
    """Evidence found in the extraction workers and kept in the cache (kg.derive) gives, in an update
    with --jobs 1 or 2, the graph of a cold build in one process without a cache."""
    from kg.runtime.cache import CACHE_DIR, Cache, loads

    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base_jobs2[0], src)
    shutil.copytree(base_jobs2[1], out)
    cache = Cache(out / CACHE_DIR)
    derived = [loads(p.read_bytes()).derived for p in cache.dir.rglob("*.pkl.z")]
    assert derived and all("evidence" in d for d in derived)
    edit(src)
    r = build([src], out, html=False, strict=False, jobs=jobs)
    assert r.incremental
    cold = tmp_path / "cold"
    build([src], cold, html=False, strict=False, cache=False)
    assert _triples(out / "store") == _triples(cold / "store")
    assert (out / "graph.ttl").read_bytes() == (cold / "graph.ttl").read_bytes()
    kept = (out / incremental.INCR_DIR / "graph.nt").read_bytes().splitlines()  # the next update's base
    assert kept == sorted(set(kept)) and len(kept) == len(_triples(cold / "store"))


# input generation is slow only when the machine is busy (the check failed under load 12)
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sets(st.binary(max_size=3)),
    st.sets(st.binary(max_size=3)),
    st.integers(min_value=1, max_value=5),
)
def test_diff_finds_what_only_one_side_holds(old: set[bytes], new: set[bytes], block: int) -> None:
    removed: list[bytes] = []
    added: list[bytes] = []
    passed = sum(incremental.diff(sorted(old), sorted(new), removed, added, block), [])
    assert passed == sorted(new)
    assert (removed, added) == (sorted(old - new), sorted(new - old))


def test_a_large_change_reloads_the_store(tmp_path, base) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    for p in _names(src)[2:]:
        p.unlink()
    r = build([src], out, html=True, strict=False)
    assert not r.incremental and r.delta > incremental.FULL_RELOAD_SHARE * r.triples
    cold = tmp_path / "cold"
    build([src], cold, html=True, strict=False, cache=False)
    assert _triples(out / "store") == _triples(cold / "store")
    assert (out / "graph.ttl").read_bytes() == (cold / "graph.ttl").read_bytes()


def test_other_options_or_no_store_build_in_full(tmp_path, base) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    change_one(src)
    assert not build([src], out, html=True, strict=False, mentions=False).incremental
    change_one(src)
    r = build([src], out, html=True, strict=False, store=False)
    assert not r.incremental and not (out / incremental.INCR_DIR / "graph.nt").exists()


def test_diff_walks_two_sorted_streams() -> None:
    old = [b"a", b"c", b"d", b"f"]
    new = [b"b", b"c", b"e", b"f", b"g"]
    for block in (1, 2, 3, 100):
        removed: list[bytes] = []
        added: list[bytes] = []
        assert sum(incremental.diff(old, new, removed, added, block), []) == new
        assert (removed, added) == ([b"a", b"d"], [b"b", b"e", b"g"]), block
    for a, b in (([], [b"a"]), ([b"a"], []), ([b"x", b"y"], [b"a"]), ([b"a"], [b"x", b"y"])):
        removed, added = [], []
        assert sum(incremental.diff(a, b, removed, added, 1), []) == b
        assert (removed, added) == (sorted(set(a) - set(b)), sorted(set(b) - set(a)))


def test_a_noop_build_reports_counts_without_loading_its_graph(tmp_path, base) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(base[0], src)
    shutil.copytree(base[1], out)
    first = build([src], out, html=True, strict=False)  # records the no-op summary
    again = build([src], out, html=True, strict=False)
    assert set(again.timings) == {"noop"} and callable(again.source)  # not loaded
    g = first.graph
    assert again.counts == (len(g.documents), len(g.entities), len(g.relations))
    assert (again.triples, again.skipped) == (first.triples, first.skipped)
    assert again.graph.entities == g.entities  # loaded on demand


_LINE = st.builds(
    lambda s, rest: b"<" + s.encode() + b"> " + rest.encode() + b" .\n",
    st.sampled_from(["a", "ab", "b", "b0", "c"]),
    st.text(alphabet="xyz!", min_size=0, max_size=4),
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(old=st.sets(_LINE, max_size=30), new=st.sets(_LINE, max_size=30))
def test_sorted_lines_are_searched_and_patched_in_place(tmp_path, old: set[bytes], new: set[bytes]) -> None:
    """graph.nt is searched by binary search over byte offsets and patched by pieces
    (incremental.Lines): the same as the sorted list of lines with the difference applied."""
    path = tmp_path / "graph.nt"
    path.write_bytes(b"".join(sorted(old)))
    lines = incremental.Lines(path)
    try:
        removed, added = sorted(old - new), sorted(new - old)
        assert b"".join(lines.patched(removed, added)) == b"".join(sorted(new))
        assert all(lines.has(x) for x in old) and not any(lines.has(x) for x in new - old)
        assert lines.count() == len(old)
        for s in (b"<a>", b"<ab>", b"<b>", b"<b0>", b"<c>", b"<d>"):
            assert lines.of(s) == sorted(x for x in old if x.startswith(s + b" ")), s
    finally:
        lines.close()


# --- resolution from the last build's state (kg.resolve: memo) -----------------------------------


def _context(name: str, data: bytes):
    from kg.runtime.executor import extract_bytes

    st, ctx, _ = extract_bytes(name, name, data, "", None, keep=True, blob=False)
    assert st == "ok", ctx
    return ctx


@pytest.fixture(scope="module")
def contexts() -> dict[str, object]:
    """Every seed, fixture and held-out article's extraction, by file name."""
    out = {}
    for p in [*ARTICLES, *EXTRA]:
        try:
            out[p.name] = _context(p.name, p.read_bytes())
        except AssertionError:  # an article the extractors skip
            continue
    return out


def _merge_two(ctxs: list, pool: dict) -> list:
    """An article gains a paragraph of another: names it shares with that one now meet in it (two
    groups of other articles can become one entity through its aliases)."""
    a = next(p for p in ARTICLES if p.name == ctxs[0].doc.id)
    b = next(p for p in ARTICLES if p.name == ctxs[3].doc.id)
    paras = [ln for ln in b.read_text(encoding="utf-8").splitlines() if len(ln) > 40]
    data = a.read_bytes() + ("\n" + "\n".join(paras[:3]) + "\n").encode()
    return [_context(a.name, data), *ctxs[1:]]


def _split(ctxs: list, pool: dict) -> list:
    """A name several articles share is written otherwise in one of them (the entity splits)."""
    for i, c in enumerate(ctxs):
        p = next((p for p in ARTICLES if p.name == c.doc.id), None)
        if p is None:
            continue
        try:
            text = p.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        if "铁岭市" in text:
            return [*ctxs[:i], _context(p.name, text.replace("铁岭市", "辽河新城").encode()), *ctxs[i + 1 :]]
    raise AssertionError("no article names 铁岭市")


def _shorten(ctxs: list, pool: dict) -> list:
    """An article loses its second half: entities and aliases go."""
    c = ctxs[2]
    p = next(p for p in ARTICLES if p.name == c.doc.id)
    text = p.read_bytes().decode("utf-8", errors="replace")
    return [*ctxs[:2], _context(p.name, text[: len(text) // 2].encode()), *ctxs[3:]]


RESOLVE_EDITS: dict[str, Callable[[list, dict], list]] = {
    "unchanged": lambda c, pool: c,
    "drop-first": lambda c, pool: c[1:],
    "drop-middle": lambda c, pool: c[: len(c) // 2] + c[len(c) // 2 + 1 :],
    "add-held-out": lambda c, pool: [*c, *(pool[p.name] for p in EXTRA[:3] if p.name in pool)],
    "insert-first": lambda c, pool: [pool[EXTRA[0].name], *c],
    "move-last-first": lambda c, pool: [c[-1], *c[:-1]],
    "swap-two": lambda c, pool: [c[1], c[0], *c[2:]],
    "rename": lambda c, pool: [
        _context("renamed-" + c[4].doc.id, next(p for p in ARTICLES if p.name == c[4].doc.id).read_bytes()),
        *c[:4],
        *c[5:],
    ],
    "merge": _merge_two,
    "split": _split,
    "shorten": _shorten,
}


@pytest.mark.parametrize("edit", RESOLVE_EDITS, ids=str)
def test_resolution_from_the_last_state_equals_resolving_afresh(contexts, edit) -> None:
    """What kg.resolve keeps of a build (per article: its bytes, the partition its mentions met and
    the unions its alias steps asked for; per group of mentions: its entity) gives the entities and
    relations that resolving from nothing gives, whatever changed: articles added, removed,
    reordered, renamed, or changed so that groups of mentions across articles merge or split."""
    from kg.resolve import resolve

    before = [contexts[p.name] for p in ARTICLES if p.name in contexts]
    memo: dict = {}
    first = resolve(before, memo=memo)
    assert first == resolve(before) and memo["replayed"] == 0  # recording changes nothing
    after = RESOLVE_EDITS[edit](list(before), contexts)
    again = resolve(after, memo=memo)
    assert again == resolve(after)
    assert len(again[0]) > 100 and again[1]
    # the unchanged articles' alias steps were replayed (all of them when nothing changed)
    assert memo["replayed"] >= (len(after) if edit == "unchanged" else len(after) // 2)
    if edit == "merge":  # an unchanged article met another partition: its steps ran again
        assert memo["replayed"] < len(after) - 1
    assert resolve(after, memo=memo) == again and memo["replayed"] == len(after)


def test_a_former_name_replayed_keeps_the_current_name_as_label() -> None:
    """_former_names (a per-article step merged from branch ents) is recorded and replayed with the
    others: a group it joined, made again when a changed article adds a mention, is the group a
    resolution from nothing makes. (Its marks on the former-name mentions, which keep them from
    being a label, are replayed too; here a labelled mention gives the label either way.)"""
    from kg.resolve import resolve

    texts = sorted((ROOT / "tests" / "dev10" / "texts").glob("*.txt"))
    ctxs = [_context(p.name, p.read_bytes()) for p in texts]
    plain = resolve(ctxs)
    renamed = next(e for e in plain[0] for w in e.merges if "is the former name of" in w)
    memo: dict = {}
    resolve(ctxs, memo=memo)
    holder = next(i for i, p in enumerate(texts) if "前身" in p.read_text(encoding="utf-8"))
    other = next(i for i in range(len(ctxs)) if i != holder)
    # another article names the renamed thing by its current name: the group is new (made again from
    # the replayed article's mentions and this one's), the former name still not its label
    changed = [*ctxs]
    extra = f"\n{renamed.label}举行项目签约仪式。\n".encode()
    changed[other] = _context(texts[other].name, texts[other].read_bytes() + extra)
    again = resolve(changed, memo=memo)
    assert again == resolve(changed)
    assert memo["replayed"] >= len(ctxs) - 1
    grown = next(e for e in again[0] if e.label == renamed.label and len(e.mentions) > len(renamed.mentions))
    assert {m.doc_id for m in grown.mentions} >= {texts[holder].name, texts[other].name}


def test_traditional_spellings_from_the_record(monkeypatch) -> None:
    """A label's Traditional spellings (OpenCC) are kept in resolution's record: an entity with a
    Traditional name made again in an update takes them from there, as a resolution from nothing makes
    them. (Invented articles: one written in Traditional script, one naming the same firm.)"""
    import kg.ingest
    from kg.resolve import resolve

    trad = _context("a.txt", "瀋陽華遠新材料有限公司與鐵嶺市人民政府簽約，總投資5億元。".encode())
    other = _context("b.txt", "铁岭县召开会议。".encode())
    memo: dict = {}
    resolve([trad, other], memo=memo)
    changed = [trad, _context("b.txt", "铁岭县召开会议。沈阳华远新材料有限公司负责人出席。".encode())]
    fresh = resolve(changed)
    firm = next(e for e in fresh[0] if e.label == "沈阳华远新材料有限公司")
    assert "瀋陽華遠新材料有限公司" in firm.aliases  # (a Traditional spelling, from the first article)

    def no_opencc(label: str) -> tuple[str, ...]:
        raise AssertionError(f"OpenCC asked for {label}")

    monkeypatch.setattr(kg.ingest, "to_traditional", no_opencc)
    again = resolve(changed, memo=memo)  # the firm's group is new: its entity made again
    assert again == fresh


# --- the relations of unchanged articles from the record (kg.resolve._relations, parts) ----------


def _packed(ctxs: list) -> list:
    """The contexts as an update reads them from the cache: their candidates left packed."""
    from kg.runtime.cache import dumps, loads

    return [loads(dumps(c), {}, lazy=True) for c in ctxs]


def _home(ctxs: list, pool: dict) -> list:
    """An article's home place changes (its city written as another article's city)."""
    i = next(i for i, c in enumerate(ctxs) if "dandong" in c.doc.id)
    p = next(p for p in ARTICLES if p.name == ctxs[i].doc.id)
    new = _context(p.name, p.read_text(encoding="utf-8").replace("丹东", "锦州").encode())
    assert new.home_city and new.home_city != ctxs[i].home_city
    return [*ctxs[:i], new, *ctxs[i + 1 :]]


def _unmerge(ctxs: list, pool: dict) -> list:
    """The full name an abbreviation in another article stands for is written otherwise (that other,
    unchanged article's mentions now name another entity: its key changes)."""
    for i, c in enumerate(ctxs):
        p = next((p for p in ARTICLES if p.name == c.doc.id), None)
        text = p.read_bytes().decode("utf-8", errors="replace") if p else ""
        if "国家电投清河发电公司" in text:
            new = _context(p.name, text.replace("国家电投清河发电公司", "国家电投红河发电公司").encode())
            return [*ctxs[:i], new, *ctxs[i + 1 :]]
    raise AssertionError("no article names 国家电投清河发电公司")


def test_packed_candidates_come_back_as_they_were(contexts) -> None:
    """kg.runtime.cache keeps a context's candidates pickled on their own (their ends by position among
    the context's mentions): unpacked, they are equal, their ends are the context's mention objects
    (resolution finds an end's entity by identity), and an end that is no mention of the context stays
    an equal object of its own. dumps() leaves the context it pickles as it was."""
    from dataclasses import replace

    from kg.runtime.cache import PackedCandidates, candidate, candidates, count, dumps, loads

    for c in list(contexts.values())[:4]:
        assert c.candidates
        stray = replace(c.candidates[0], subject=replace(c.candidates[0].subject))  # equal, not listed
        c.candidates = [*c.candidates, stray]
        try:
            was = list(c.candidates)
            blob = dumps(c)
            assert c.candidates == was and type(c.candidates) is list
            lazy = loads(blob, {}, lazy=True)
            assert type(lazy.candidates) is PackedCandidates
            # one at a time (a relation made alone reads its own): equal, the context left packed
            assert count(lazy) == len(was)
            assert [candidate(lazy, n) for n in range(len(was))] == was
            assert type(lazy.candidates) is PackedCandidates
            got = candidates(lazy)
            assert got == was and lazy.candidates is got and candidates(lazy) is got
            for x, y in zip(got, was, strict=True):
                for end in ("subject", "object"):
                    listed = [i for i, m in enumerate(c.mentions) if m is getattr(y, end)]
                    if listed:
                        assert getattr(x, end) is lazy.mentions[listed[0]]
                    else:
                        assert all(getattr(x, end) is not m for m in lazy.mentions)
            assert loads(blob).candidates == was  # (not lazy: unpacked at once)
            assert type(loads(blob, {}).candidates) is list
        finally:
            c.candidates = c.candidates[:-1]


@pytest.mark.parametrize("edit", [*RESOLVE_EDITS, "home", "unmerge"], ids=str)
def test_an_unchanged_articles_relations_come_from_the_record(contexts, edit) -> None:
    """Resolution keeps each article's part of the relations with the article's key; the next one
    takes the part of every article whose key is the same from there and reads only the other
    articles' candidates (left packed in the cache until then). The entities and relations are those
    of a resolution from nothing, whatever changed: articles added, dropped, moved, renamed, two groups
    merged across articles (an unchanged article's key changes: its part is made again), a split, or
    an article's home place."""
    from kg.resolve import resolve
    from kg.runtime.cache import PackedCandidates

    before = [contexts[p.name] for p in ARTICLES if p.name in contexts]
    memo: dict = {}
    first = resolve(_packed(before), memo=memo, lazy=True)
    assert (first[0], list(first[1])) == resolve(before)
    assert isinstance(memo.get("relations"), bytes)
    after = {"home": _home, "unmerge": _unmerge}.get(edit, RESOLVE_EDITS.get(edit))(list(before), contexts)
    lazy = _packed(after)
    entities, relations = resolve(lazy, memo=memo, lazy=True)
    kept = [type(c.candidates) is PackedCandidates for c in lazy]  # before any relation is read
    assert (entities, list(relations)) == resolve(after)
    if edit == "unchanged":
        assert all(kept)
    elif edit not in ("rename", "insert-first", "add-held-out"):
        assert sum(kept) >= len(after) // 2
    if edit == "unmerge":  # the abbreviation's article is unchanged, its key is not: its candidates read
        same = {b.doc.id for b, c in zip(before, after, strict=True) if b is c}
        assert any(not k and c.doc.id in same for c, k in zip(lazy, kept, strict=True))
    # and from this state, nothing changed: every part from the record again
    lazy = _packed(after)
    again = resolve(lazy, memo=memo, lazy=True)
    assert all(type(c.candidates) is PackedCandidates for c in lazy)
    assert (again[0], list(again[1])) == (entities, list(relations))
