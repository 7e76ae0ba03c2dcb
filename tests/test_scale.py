"""Issue 7: parallel, distributed and incremental builds, faults, the lock and interruption."""

from __future__ import annotations

import contextlib
import fcntl
import multiprocessing
import os
import pickle
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.pipeline as pipeline
from kg import publish
from kg.cli import app
from kg.pipeline import build
from kg.runtime import cache as runtime_cache
from kg.runtime import executor, extsort
from kg.runtime.incremental import Record
from kg.runtime.noop import NOOP_DIR

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "articles").glob("*.txt")
)
runner = CliRunner()


def _build_options() -> set[str]:
    import typer.main

    cmd = typer.main.get_command(app).commands["build"]  # type: ignore[attr-defined]
    return {o for p in cmd.params for o in [*p.opts, *getattr(p, "secondary_opts", [])]}


SKIP_SHACL = ["--no-validate"] if "--no-validate" in _build_options() else []  # SHACL has its own tests


def kg(*args: str):
    args = [str(a) for a in args]
    if args[0] == "build":
        args += SKIP_SHACL
    return runner.invoke(app, args, catch_exceptions=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A private copy of the seeds and the fixture articles (tests may change it)."""
    d = tmp_path_factory.mktemp("corpus")
    for p in SOURCES:
        shutil.copy(p, d / p.name)
    return d


@pytest.fixture()
def small(tmp_path, corpus) -> Path:
    """Four articles in a folder of their own."""
    d = tmp_path / "small"
    d.mkdir()
    for p in sorted(corpus.glob("*.txt"))[:4]:
        shutil.copy(p, d / p.name)
    return d


@pytest.fixture(scope="module")
def reference(tmp_path_factory, corpus) -> bytes:
    """graph.ttl of the whole corpus built with --jobs 1 and no cache."""
    out = tmp_path_factory.mktemp("ref") / "out"
    r = kg("build", corpus, "-o", out, "--no-html", "--no-cache", "--no-store", "-q")
    assert r.exit_code == 0, r.stderr
    return (out / "graph.ttl").read_bytes()


def cache_entries(out: Path) -> list[Path]:
    return sorted((out / ".cache").rglob("*.pkl.z"))


# --- parallel ---------------------------------------------------------------------------------


def test_jobs_2_is_byte_identical_to_jobs_1(tmp_path, corpus, reference, monkeypatch):
    monkeypatch.setattr(publish, "PARALLEL_RDF_MIN_ENTITIES", 0)  # also generate the RDF in 2 processes
    out = tmp_path / "out"
    r = kg("build", corpus, "-o", out, "--jobs", "2", "--no-html", "--no-store")
    assert r.exit_code == 0, r.stderr
    assert (out / "graph.ttl").read_bytes() == reference
    assert f"0 reused, {len(SOURCES)} extracted" in r.stderr


def test_streamed_turtle_equals_in_memory_serialisation(corpus, reference):
    from kg.rdf import serialize

    assert serialize(pipeline.build_graph([corpus])) == reference


def test_external_sort_of_ntriples_equals_in_memory_sort(tmp_path, corpus):
    import kg.rdf

    graph = pipeline.build_graph(sorted(corpus.glob("*.txt"))[:3])
    expected = kg.rdf.serialize(graph, "ntriples")
    nt = tmp_path / "g.nt"
    n = publish.sorted_ntriples(graph, nt, max_chars=20_000)  # dozens of spilled runs, merged
    assert nt.read_bytes() == expected and n == expected.count(b"\n")
    assert not list(tmp_path.glob(".run-*"))


def test_context_pickles_without_the_gazetteer(corpus):
    from kg.extract import extract
    from kg.gazetteer import load
    from kg.ingest import read_document

    ctx = extract(read_document(sorted(corpus.glob("*.txt"))[0]))
    blob = pickle.dumps(ctx)
    assert len(blob) < 20 * len(ctx.doc.text.encode()) + 50_000  # no gazetteer inside
    back = pickle.loads(blob)
    assert back.gaz is load()
    assert [m.text for m in back.mentions] == [m.text for m in ctx.mentions]
    ids = {id(m) for m in back.mentions}
    assert all(id(c.subject) in ids and id(c.object) in ids for c in back.candidates)


# --- incremental ------------------------------------------------------------------------------


def test_incremental_rebuilds_reuse_unchanged_articles(tmp_path, small):
    out = tmp_path / "out"
    n = len(list(small.glob("*.txt")))
    first = build([small], out, html=False, store=False, strict=False)
    assert (first.reused, first.extracted) == (0, n)
    assert len(cache_entries(out)) == n
    ttl = (out / "graph.ttl").read_bytes()

    again = build([small], out, html=False, store=False)  # nothing touched: everything reused
    assert (again.reused, again.extracted) == (n, 0)
    assert (out / "graph.ttl").read_bytes() == ttl

    changed = sorted(small.glob("*.txt"))[1]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n铁岭市新引进辽宁恒通新材料有限公司。\n", encoding="utf-8"
    )
    r = kg("build", small, "-o", out, "--no-html", "--no-store")
    assert r.exit_code == 0, r.stderr
    assert f"{n - 1} reused, 1 extracted" in r.stderr
    clean = tmp_path / "clean"
    build([small], clean, html=False, store=False, cache=False)
    assert (out / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()  # same as a clean build
    assert "恒通新材料" in (out / "graph.ttl").read_text(encoding="utf-8")
    assert len(cache_entries(out)) == n  # the old result of the changed article is pruned


def test_deleted_article_disappears_from_graph_and_store(tmp_path, small):
    out = tmp_path / "out"
    build([small], out, html=False, store=True)
    gone = sorted(small.glob("*.txt"))[-1]
    assert gone.name in (out / "graph.ttl").read_text(encoding="utf-8")
    gone.unlink()
    r = build([small], out, html=False, store=True)
    n = len(list(small.glob("*.txt")))
    assert (r.reused, r.extracted) == (n, 0)
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert gone.name not in text  # its document node, mentions and evidence are gone
    clean = tmp_path / "clean"
    build([small], clean, html=False, store=False, cache=False)
    assert text.encode() == (clean / "graph.ttl").read_bytes()
    assert len(cache_entries(out)) == n
    from kg.store import open_store

    store = open_store(out / "store")
    assert not bool(store.query(f'ASK {{ ?d <http://www.w3.org/2000/01/rdf-schema#label> "{gone.name}" }}'))
    assert bool(
        store.query(
            f'ASK {{ ?d <http://www.w3.org/2000/01/rdf-schema#label> "{sorted(small.glob("*.txt"))[0].name}" }}'
        )
    )


def test_outputs_not_written_by_a_rebuild_are_removed(tmp_path, small):
    out = tmp_path / "out"
    build([small], out, html=True, store=True)
    assert (out / "graph.html").is_file() and (out / "store").is_dir()
    build([small], out, html=False, store=False)
    assert (out / "graph.ttl").is_file()
    assert not (out / "graph.html").exists() and not (out / "store").exists()  # they would be stale


def test_rule_change_invalidates_every_cached_article(tmp_path, small, monkeypatch):
    out = tmp_path / "out"
    n = len(list(small.glob("*.txt")))
    build([small], out, html=False, store=False)
    old = {p.parent.parent.name for p in cache_entries(out)}
    monkeypatch.setattr(runtime_cache, "PIPELINE_VERSION", "f" * 40)  # as if a rule file had changed
    r = build([small], out, html=False, store=False)
    assert (r.reused, r.extracted) == (0, n)
    assert {p.parent.parent.name for p in cache_entries(out)} == {"f" * 20}
    assert not old & {p.name for p in (out / ".cache").iterdir()}  # the stale version is removed


def test_pipeline_version_covers_extraction_sources_only():
    assert len(pipeline.PIPELINE_VERSION) == 40
    downstream = runtime_cache.DOWNSTREAM
    assert "extractors" not in downstream and "relations.py" not in downstream
    assert "schema.py" not in downstream and "data" not in downstream  # the relation rules read kg.ttl
    assert "derive.py" not in downstream  # what the extraction workers derive is cached with the article
    assert {"html.py", "store.py", "rdf.py", "resolve.py", "attach.py", "publish.py", "runtime"} <= downstream
    kg_dir = Path(pipeline.__file__).parent
    for name in downstream - {
        "assets"
    }:  # every entry names something that exists (assets: reserved for the page)
        assert (kg_dir / name).exists(), name


def test_corrupt_cache_entry_is_extracted_again(tmp_path, small):
    out = tmp_path / "out"
    build([small], out, html=False, store=False)
    ttl = (out / "graph.ttl").read_bytes()
    entry = cache_entries(out)[0]
    entry.write_bytes(b"not a pickle")
    shutil.rmtree(out / NOOP_DIR)  # no record of the last build: this one reads the cache
    r = build([small], out, html=False, store=False)
    assert r.extracted == 1
    assert (out / "graph.ttl").read_bytes() == ttl


# --- faults -------------------------------------------------------------------------------------


def bad_files(d: Path) -> dict[str, Path]:
    d.mkdir(parents=True, exist_ok=True)
    files = {
        "binary": d / "binary.txt",
        "empty": d / "empty.txt",
        "undecodable": d / "gbk_broken.txt",
        "huge": d / "huge.txt",
    }
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    files["empty"].write_bytes(b"")
    files["undecodable"].write_bytes(
        "铁岭市今天召开会议。".encode("gbk") + b"\xff\xfe\x81\x20" + "更多内容。".encode("gbk")
    )
    with open(files["huge"], "wb") as f:  # sparse: 11 MB on paper, nothing on disk
        f.truncate(11 * 2**20)
    return files


def test_bad_files_are_skipped_reported_and_exit_3(tmp_path, small):
    bad = bad_files(small / "bad")
    out = tmp_path / "out"
    r = kg("build", small, "-o", out, "--no-html", "--no-store")
    assert r.exit_code == 3, r.stderr
    assert "skipped 4 unreadable files" in r.stderr
    for p in bad.values():
        assert str(p) in r.stderr
    assert "binary" in r.stderr and "empty" in r.stderr and "MB limit" in r.stderr
    assert "not text in UTF-8, UTF-16, GB18030 or Big5" in r.stderr
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    for p in sorted(small.glob("*.txt")):
        assert p.name in ttl
    assert "huge.txt" not in ttl


def test_bad_files_with_jobs_2(tmp_path, small):
    bad_files(small / "bad")
    r = kg("build", small, "-o", tmp_path / "out", "--no-html", "--no-store", "-j", "2")
    assert r.exit_code == 3, r.stderr
    assert "skipped 4 unreadable files" in r.stderr


@pytest.mark.parametrize("kind", ["binary", "empty", "undecodable", "huge", "missing"])
def test_a_single_bad_file_fails_with_one_line_and_no_output(tmp_path, kind):
    files = bad_files(tmp_path / "in")
    path = files.get(kind, tmp_path / "in" / "missing.txt")
    out = tmp_path / "out"
    r = kg("build", path, "-o", out)
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and str(path) in lines[0]
    assert not out.exists()


def test_strict_stops_at_first_bad_file_and_keeps_previous_output(tmp_path, small):
    out = tmp_path / "out"
    assert kg("build", small, "-o", out, "--no-html", "--no-store").exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    bad = bad_files(small / "bad")
    r = kg("build", small, "-o", out, "--strict", "--no-html", "--no-store")
    assert r.exit_code == 2
    assert r.stderr.startswith("kg: error: ") and str(bad["binary"]) in r.stderr  # bad/binary.txt sorts first
    assert (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    fresh = tmp_path / "fresh"
    assert kg("build", small, "-o", fresh, "--strict").exit_code == 2
    assert not fresh.exists()  # no partial output


def test_interrupt_leaves_previous_output_intact(tmp_path, small):
    out = tmp_path / "out"
    build([small], out, html=True, store=True)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (small / "new.txt").write_text("铁岭市新引进辽宁恒通新材料有限公司,总投资5亿元。\n", encoding="utf-8")

    def interrupt(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    for jobs in (1, 2):
        with pytest.raises(KeyboardInterrupt):
            build([small], out, html=True, store=True, jobs=jobs, cache=False, progress=interrupt)
        assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    deadline = time.time() + 10
    while multiprocessing.active_children() and time.time() < deadline:
        time.sleep(0.1)
    assert not multiprocessing.active_children()  # the pool's workers were stopped
    assert build([small], out, html=False, store=False).reused >= 1  # the lock was released


def test_cli_reports_interrupt(tmp_path, small, monkeypatch):
    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_build", boom)
    r = kg("build", small, "-o", tmp_path / "out")
    assert r.exit_code == 130 and "interrupted" in r.stderr
    assert not (tmp_path / "out").exists()


def test_lock_refuses_a_second_build_into_the_same_folder(tmp_path, small):
    out = tmp_path / "out"
    assert kg("build", small, "-o", out, "--no-html", "--no-store").exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    with open(out / ".lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running build would
        r = kg("build", small, "-o", out, "--no-html", "--no-store")
        assert r.exit_code == 1
        assert (
            r.stderr.strip() == f"kg: error: another build is writing {out}; try again when it has finished"
        )
        assert (out / "graph.ttl").read_bytes() == before
    assert kg("build", small, "-o", out, "--no-html", "--no-store").exit_code == 0


def test_progress_callback_counts_every_article(tmp_path, small):
    seen = []
    build([small], None, progress=lambda i, n: seen.append((i, n)))
    n = len(list(small.glob("*.txt")))
    assert seen == [(i, n) for i in range(1, n + 1)]


# --- the store, loaded in background threads while the RDF is written ---------------------------


def _store_triples(store) -> list[str]:
    """The triples of a store (a path or an in-memory store), sorted, as the store gives them back."""
    from kg.store import open_store

    s = open_store(store) if isinstance(store, Path) else store
    return sorted(str(q.triple) for q in s)


def _leftovers(out: Path) -> list[str]:
    """Temporary files and folders of a build in out, and files under out this process still has open
    (an unclosed RocksDB would go on writing)."""
    left = sorted(p.name for p in out.iterdir() if p.name.startswith((".store.", ".run-", ".graph.", ".tmp")))
    fds = Path("/proc/self/fd")
    for fd in fds.iterdir() if fds.is_dir() else []:
        with contextlib.suppress(OSError):
            if (target := os.readlink(fd)).startswith(str(out) + "/") and ".cache" not in target:
                left.append(target)
    return left


def _loaders() -> list:
    import threading

    return [t for t in threading.enumerate() if t.name.startswith("kg-store-loader")]


def tiny_chunks(monkeypatch) -> list[str]:
    """Runs of 20 kB and store chunks of 100 lines, so lines reach the loader both from memory and
    from spilled runs read in pieces; returns the list of files handed to the loader."""
    from kg.store import StoreWriter

    monkeypatch.setattr(extsort, "RUN_BYTES", 20_000)
    monkeypatch.setattr(extsort, "STORE_CHUNK_LINES", 100)
    files: list[str] = []
    add_file = StoreWriter.add_file

    def spy(self, path, delete=False):
        files.append(str(path))
        add_file(self, path, delete)

    monkeypatch.setattr(StoreWriter, "add_file", spy)
    return files


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("tiny", [False, True], ids=["default-chunks", "tiny-chunks"])
def test_store_loaded_alongside_holds_exactly_the_triples_of_graph_ttl(
    tmp_path, corpus, reference, monkeypatch, jobs, tiny
):
    from kg.store import memory_store

    files = tiny_chunks(monkeypatch) if tiny else []
    monkeypatch.setattr(publish, "PARALLEL_RDF_MIN_ENTITIES", 0)  # a store writer must not fork
    out = tmp_path / "out"
    r = build([corpus], out, html=False, store=True, jobs=jobs, cache=False)
    assert (out / "graph.ttl").read_bytes() == reference  # the lenient Turtle pass: the same bytes
    assert _store_triples(out / "store") == _store_triples(memory_store(out / "graph.ttl"))
    assert r.triples == len(_store_triples(out / "store"))
    assert set(r.timings) >= {"rdf", "store"}
    assert not tiny or files  # some lines went to the loader through spilled runs
    assert not _leftovers(out) and not _loaders()


def _previous_output(out: Path, articles: list[Path] | Path, new_in: Path | None = None) -> tuple[dict, set]:
    """Build articles into out and snapshot it (files and store triples); optionally add an article
    to new_in so that the next build has something new to do."""
    build(articles if isinstance(articles, list) else [articles], out, html=True, store=True)
    snapshot = ({p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}, _store_triples(out / "store"))
    if new_in is not None:
        # without the record of the last build, the next one loads the store in full (these tests are
        # about that load; tests/test_incremental.py interrupts updates in place)
        Record(out).drop()
        (new_in / "new.txt").write_text(
            "铁岭市新引进辽宁恒通新材料有限公司,总投资5亿元。\n", encoding="utf-8"
        )
    return snapshot


def _assert_unchanged(out: Path, snapshot: tuple[dict, set]) -> None:
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == snapshot[0]
    assert _store_triples(out / "store") == snapshot[1]
    assert not _leftovers(out) and not _loaders()


def test_store_loader_error_leaves_previous_output_intact(tmp_path, small, monkeypatch):
    from kg.store import StoreWriter

    out = tmp_path / "out"
    snapshot = _previous_output(out, small, new_in=small)
    tiny_chunks(monkeypatch)
    load, calls = StoreWriter._load, []

    def failing(self, chunk):  # the fifth chunk fails, in a loader thread
        calls.append(len(chunk))
        if len(calls) == 5:
            raise OSError("disk full")
        load(self, chunk)

    monkeypatch.setattr(StoreWriter, "_load", failing)
    with pytest.raises(OSError, match="disk full"):  # raised again in the building thread
        build([small], out, html=True, store=True)
    assert len(calls) >= 5  # (the other loader thread may have started one more)
    _assert_unchanged(out, snapshot)


def test_interrupt_while_the_store_loads_leaves_previous_output_intact(tmp_path, small, monkeypatch):
    out = tmp_path / "out"
    snapshot = _previous_output(out, small, new_in=small)
    tiny_chunks(monkeypatch)

    for stage in ("writing HTML", "loading the store"):

        def interrupt(name: str, stage=stage) -> None:
            if name == stage:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            build([small], out, html=True, store=True, phase=interrupt)
        _assert_unchanged(out, snapshot)
    assert build([small], out, html=False, store=True).reused >= 1  # the lock was released


@pytest.mark.parametrize("jobs", [1, 2])
def test_interrupt_during_extraction_leaves_previous_output_intact(tmp_path, corpus, monkeypatch, jobs):
    """Ctrl-C while articles are being extracted (in this process or in a pool) changes nothing."""
    out = tmp_path / "out"
    snapshot = _previous_output(out, sorted(corpus.glob("*.txt"))[:3])
    tiny_chunks(monkeypatch)  # runs spilled and chunks loaded before the interrupt

    def interrupt(done: int, total: int) -> None:
        if done == total - 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build([corpus], out, html=True, store=True, jobs=jobs, cache=False, progress=interrupt)
    _assert_unchanged(out, snapshot)


# --- Dask (last: a cluster leaves threads behind in this process) ---------------------------------


def test_dask_local_cluster_equals_local_build(tmp_path, corpus, reference):
    pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install 'kg[dask]')")
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        out = tmp_path / "out"
        r = kg(
            "build", corpus, "-o", out, "--scheduler", cluster.scheduler_address, "--no-html", "--no-store"
        )
        assert r.exit_code == 0, r.stderr
    assert (out / "graph.ttl").read_bytes() == reference


def test_unreachable_scheduler_is_one_clear_error(tmp_path, small, monkeypatch):
    pytest.importorskip("distributed", reason="dask[distributed] is not installed")
    monkeypatch.setattr(executor, "SCHEDULER_TIMEOUT", "2s")
    r = kg("build", small, "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9")
    assert r.exit_code == 2
    assert r.stderr.startswith("kg: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert not (tmp_path / "out").exists()


def test_noop_rebuild_writes_nothing_and_a_change_rebuilds(tmp_path):
    """An unchanged rebuild returns the recorded graph and leaves every output untouched; a changed
    article (or option) builds again, re-extracting only that article."""
    import kg

    src = tmp_path / "in"
    src.mkdir()
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        (src / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    first = kg.build([src], out, html=False)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file() and ".noop" not in p.parts}
    again = kg.build([src], out, html=False)
    assert (
        set(again.timings) == {"noop"} and again.extracted == 0 and again.reused == len(first.graph.documents)
    )
    assert (len(again.graph.entities), len(again.graph.relations)) == (
        len(first.graph.entities),
        len(first.graph.relations),
    )
    assert again.outputs == first.outputs
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps  # nothing rewritten
    # a changed article: a real build, the other article from the cache
    changed = sorted(src.glob("*.txt"))[0]
    changed.write_bytes(changed.read_bytes() + "\n铁岭市召开会议。\n".encode())
    third = kg.build([src], out, html=False)
    assert "noop" not in third.timings and (third.extracted, third.reused) == (1, 1)
    # another option is another build too
    assert "noop" not in kg.build([src], out, html=False, mentions=False).timings
