"""What the steps after extraction find from one article alone, found with its extraction.

Where articles are extracted in workers (``kg build --jobs N``, a Dask cluster), each worker also
finds these for its article, and they are kept with the article's extraction result in the cache
(``Context.derived``): the build's serial part after extraction then only checks and uses them.
With ``--jobs 1`` they are found after resolution, as before (the values in two forked processes).
This module and what it calls (kg/attach.py, kg/values.py) count as extraction for the cache's
pipeline version: a change here re-extracts every article. kg.resolve.article_groups only guesses
(its guess is checked), so kg/resolve.py does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .model import Document, Evidence

if TYPE_CHECKING:
    from .extractors.base import Candidate, Context


def derive(ctx: Context) -> None:
    """Find and keep in ctx.derived: "values", the article's values with the owners checked after
    resolution (kg.attach.article_values, the events' identities guessed by
    kg.resolve.article_groups), and "evidence", each candidate's evidence (article_evidence)."""
    from .attach import article_values
    from .resolve import article_groups

    ctx.derived["values"] = article_values(ctx.doc, ctx.mentions, article_groups(ctx))
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
