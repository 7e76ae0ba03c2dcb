"""Speed shortcuts outside kg.scan give what the slow paths they replace give (see also test_scan.py)."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract
from kg.ingest import read_document
from kg.runtime.cache import dumps, loads, share_strings

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "articles").glob("*.txt")
)


def _contexts() -> list:
    return [extract(read_document(p), publisher="辽宁日报") for p in ARTICLES]


def test_shared_strings_as_unpickled() -> None:
    """A result made in the build's process is kept as it is, its mentions' strings shared
    (share_strings): equal to what unpickling its blob with the same table gave, and its strings
    the table's own objects, as the unpickled ones are."""
    strings: dict[str, str] = {}
    for ctx in _contexts():
        blob = dumps(ctx)
        ctx.cache.clear()  # (as extract_bytes leaves a kept result)
        unpickled = loads(blob, strings)
        n = len(strings)
        kept = share_strings(ctx, strings)
        assert kept is ctx
        assert len(strings) == n  # the unpickled result put every string there already
        assert kept.mentions == unpickled.mentions and kept.candidates == unpickled.candidates
        again = loads(dumps(kept))  # nothing else changed either
        assert (again.doc, again.mentions, again.candidates) == (
            unpickled.doc,
            kept.mentions,
            kept.candidates,
        )
        for a, b in zip(kept.mentions, unpickled.mentions, strict=True):
            for name in ("surface", "type", "rule", "label", "code", "doc_id"):
                assert getattr(a, name) is getattr(b, name) is strings[getattr(a, name)]
        for c in kept.candidates:  # the candidates' ends, also those made by a rule
            assert c.subject.surface is strings[c.subject.surface]
            assert c.object.rule is strings[c.object.rule]


def test_masked_offsets_on_demand() -> None:
    """Masked.off(k) and .end(k) are offs[k] and ends[k], for every masked character of every
    sentence of the articles."""
    from kg.relations.table import mask, sentence_mentions

    seen = 0
    for ctx in _contexts():
        for si, ms in sentence_mentions(ctx).items():
            s = ctx.doc.sentences[si]
            mk = mask(ctx.view, s.vstart, s.vend, ms)
            on_demand = [(mk.off(k), mk.end(k)) for k in range(len(mk.text))]
            built = mask(ctx.view, s.vstart, s.vend, ms)
            assert on_demand == list(zip(built.offs, built.ends, strict=True))
            seen += len(mk.at)
    assert seen > 100  # masked mentions were met, not only copied text


def test_tag_and_frequency_memos() -> None:
    """tag() and word_freq() (memoised themselves) read the word table as _entry does."""
    from kg.extractors.base import _entry, tag, word_freq

    for w in ("铁岭", "项目", "建设", "的", "开原市", "不是一个词", "", "A"):
        assert (word_freq(w), tag(w)) == _entry(w)


def test_cache_written_by_its_thread(tmp_path: Path) -> None:
    """Cache.put hands the entry to a writer thread; flush() waits for every entry, ends the thread
    and raises what a write met, as put() itself raised it before; discard drops the rest."""
    import threading

    import pytest

    from kg.errors import OutputError
    from kg.runtime.cache import Cache

    c = Cache(tmp_path / "cache", version="v1")
    blobs = {f"{i:040x}": bytes([i]) * (1000 + i) for i in range(200)}
    for k, b in blobs.items():
        c.put(k, b)
    c.flush()
    assert not any(t.name == "kg-cache-writer" for t in threading.enumerate())  # (resolution forks)
    assert all(c.get(k) == b for k, b in blobs.items())
    assert not list((tmp_path / "cache").rglob("*.tmp"))
    c.flush()  # nothing pending: nothing to do

    blocked = Cache(tmp_path / "file", version="v1")
    (tmp_path / "file").write_text("a file where the cache's folder should be")
    blocked.put("ab" * 20, b"x")
    with pytest.raises(OutputError, match="is not a directory"):
        blocked.flush()
    blocked.put("ab" * 20, b"x")
    blocked.flush(discard=True)  # a failing build: the error is its own, not raised again


def test_build_writes_the_cache_it_reuses(tmp_path: Path) -> None:
    """A build's cache entries are all written when extraction ends: a second build into another
    folder with that cache extracts nothing."""
    import shutil

    from kg.pipeline import build

    first = build(ARTICLES[:3], tmp_path / "a", html=False, store=False)
    assert first.extracted == 3
    shutil.copytree(tmp_path / "a" / ".cache", tmp_path / "b" / ".cache")
    again = build(ARTICLES[:3], tmp_path / "b", html=False, store=False)
    assert (again.reused, again.extracted) == (3, 0)
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()
