"""What the steps after extraction find from one article alone, found with its extraction.

Where articles are extracted in workers (``kg build --jobs N``, a Dask cluster), each worker also
finds each candidate's evidence (its span in the original text and its sentence) for its article,
kept with the article's extraction result in the cache (``Context.derived``): kg.resolve's
relation stage, the build's serial part, then only looks it up. With ``--jobs 1`` kg.resolve finds
it itself, as before. This module counts as extraction for the cache's pipeline version: a change
here extracts every article again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Document, Evidence

if TYPE_CHECKING:
    from .extractors.base import Candidate, Context


def derive(ctx: Context) -> None:
    """Find and keep in ctx.derived["evidence"] each candidate's evidence (article_evidence)."""
    ctx.derived["evidence"] = article_evidence(ctx)


def evidence_of(doc: Document, c: Candidate, texts: dict[str, str]) -> Evidence:
    """The evidence of a candidate: its span (else its subject's sentence) in the original text, and
    the sentence's text or, for a shorter span, the span's (one string for equal texts in texts)."""
    if c.vstart >= 0:
        vs, ve = c.vstart, c.vend
    else:
        sent = doc.sentence_at(c.subject.vstart)
        vs, ve = sent.vstart, sent.vend
    start, end = doc.span(vs, ve)
    sent = doc.sentence_at(vs)
    if ve - vs < 8 or (vs == sent.vstart and ve == sent.vend):
        sent_text = sent.text  # (the sentence's own string, not a copy of it)
    else:  # one string for the evidence of every fact stated in the same words
        sent_text = doc.view[vs:ve]
        sent_text = texts.setdefault(sent_text, sent_text)
    return Evidence(doc.id, start, end, sent_text, c.rule, c.confidence)


def article_evidence(ctx: Context) -> tuple[Evidence, ...]:
    """The evidence of each of an article's candidates (in their order), found with its extraction
    (a function of the article alone), for kg.resolve's relations."""
    texts: dict[str, str] = {}
    return tuple([evidence_of(ctx.doc, c, texts) for c in ctx.candidates])
