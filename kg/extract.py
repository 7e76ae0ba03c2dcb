"""Run the registered extractors and relation rules over one document."""

from __future__ import annotations

from .extractors.base import Context
from .model import Document
from .registry import ordered_extractors, relation_rules


def extract(doc: Document, publisher: str = "") -> Context:
    """All mentions and relation candidates of one document (the per-article, parallelisable step)."""
    ctx = Context(doc, publisher=publisher)
    for _name, component in ordered_extractors():
        component(ctx)
    # extractors append in their own order (short names after full names): the relation rules
    # read "the last company before X" off this list, so it must be in text order
    ctx.mentions.sort(key=lambda m: (m.vstart, -m.vend))
    for _name, rule in relation_rules():
        rule(ctx)
    return ctx
