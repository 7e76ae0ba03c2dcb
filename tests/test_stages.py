"""One stage makes relations: extractors emit mentions (with the parts of their names), never candidates."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract
from kg.extractors.base import Context
from kg.ingest import make_document, read_document
from kg.registry import ordered_extractors, relation_rules
from kg.relations import parts, posts

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [
    *sorted((ROOT / "seeds").glob("*.txt")),
    *sorted((ROOT / "tests/fixtures/articles").glob("*.txt")),
]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_each_extractor_emits_only_mentions(path):
    """Run the extractors one at a time: none adds a relation candidate; the relation rules then do."""
    ctx = Context(read_document(path))
    for name, component in ordered_extractors():
        component(ctx)
        assert ctx.candidates == [], name
    ctx.mentions.sort(key=lambda m: (m.vstart, -m.vend))
    for _name, rule in relation_rules():
        rule(ctx)
    assert ctx.candidates


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_part_is_read_by_the_relation_stage(path):
    """A part's role is one the relation stage reads, and its span lies inside the document's view."""
    ctx = extract(read_document(path))
    known = set(parts.ROWS) | posts.ROLES
    for m in ctx.mentions:
        for role, vs, ve, _cls in m.parts:
            assert role in known, (m.surface, role)
            assert 0 <= vs < ve <= len(ctx.view)


# (text, subject, predicate, object, rule): relations the parts of names give, read by the relation stage
CASES = [
    (
        "北票市大板镇万亩设施蔬菜产业基地项目开工。",
        "万亩设施蔬菜产业基地项目",
        "locatedIn",
        "大板镇",
        "locatedIn.town-prefix",
    ),
    ("北票市大板镇万亩设施蔬菜产业基地项目开工。", "大板镇", "partOf", "北票市", "partOf.local-place"),
    # (the committee written on its own as well: read only inside its department's name it is no body, ents9)
    (
        "铁岭市委组织部召开会议,铁岭市委常委王强出席。",
        "铁岭市委组织部",
        "partOf",
        "铁岭市委",
        "partOf.party-organ",
    ),
    ("铁岭市发改委主任王晓东出席。", "王晓东", "worksFor", "铁岭市发改委", "worksFor.org-title-name"),
]


@pytest.mark.parametrize(("text", "subj", "pred", "obj", "rule"), CASES, ids=[c[4] for c in CASES])
def test_name_parts_become_relations(text, subj, pred, obj, rule):
    ctx = extract(make_document(text, "case.txt"))
    found = {(c.subject.surface, c.predicate, c.object.surface, c.rule) for c in ctx.candidates}
    assert (subj, pred, obj, rule) in found, found
