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
