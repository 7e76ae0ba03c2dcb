"""Helpers the rule case tables share: what one invented text yields, as names, relations and value owners."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.extract import extract
from kg.ingest import make_document
from kg.resolve import resolve


def names_of(text: str) -> dict[str, str]:
    """Each mention's name (its label if it has one) and type, after every extractor has run."""
    ctx = extract(make_document(text, "case.txt"))
    return {m.name: m.type for m in ctx.mentions}


def relations_of(text: str) -> set[tuple[str, str, str]]:
    """Every (name, predicate, name) a build states, over each end's label and aliases."""
    entities, relations = resolve([extract(make_document(text, "case.txt"))])
    names = {e.id: {e.label, *e.aliases} for e in entities}
    return {(s, r.predicate, o) for r in relations for s in names[r.subject] for o in names[r.object]}


def owners_of(tmp_path: Path, text: str) -> dict[str, str]:
    """Each value as written -> the label of the entity it is attached to, after a whole build."""
    from kg import build_graph

    src = tmp_path / "article.txt"
    src.write_text(text, encoding="utf-8")
    return {q.text: e.label for e in build_graph([src]).entities for q in e.quantities}


def owners_among(tmp_path: Path, text: str, values: Iterable[str]) -> dict[str, str | None]:
    """owners_of for the given values only (None for a value no entity holds): what a case table compares."""
    got = owners_of(tmp_path, text)
    return {v: got.get(v) for v in values}
