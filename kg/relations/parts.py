"""Relations said by the structure of a name: the parts extractors record on a mention (its place,
its town, its operator, the project it is a phase of), read through kg/data/name_parts.tsv."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from ..extractors.base import Context
from ..model import Mention
from ..registry import relation_rule


@dataclass(frozen=True)
class PartRow:
    """One row of name_parts.tsv: what a part of a given role says."""

    role: str
    rule: str  # the named mention's rule, or * for any
    cls: str  # the part's class, or * for any
    predicate: str
    outward: bool  # name → part (else part → name)
    relation: str
    confidence: float


def _load() -> dict[str, tuple[PartRow, ...]]:
    rows: dict[str, list[PartRow]] = {}
    text = files("kg").joinpath("data/name_parts.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        role, rule, cls, pred, direction, rel, conf = line.split("\t")
        rows.setdefault(role, []).append(PartRow(role, rule, cls, pred, direction == "out", rel, float(conf)))
    return {k: tuple(v) for k, v in rows.items()}


ROWS = _load()


def _row(m: Mention, role: str, cls: str) -> PartRow | None:
    for r in ROWS.get(role, ()):
        if r.rule in ("*", m.rule) and r.cls in ("*", cls):
            return r
    return None


# named so that it sorts first: the parts of names are read before the sentence rules
@relation_rule("aa.name-parts")
def name_parts(ctx: Context) -> None:
    """Each recorded part of a name, related to its name as name_parts.tsv says."""
    by_span: dict[tuple[int, int, str], Mention] = {}
    for m in ctx.mentions:
        by_span.setdefault((m.vstart, m.vend, m.type), m)
    for m in ctx.mentions:
        for role, vs, ve, cls in m.parts:
            row = _row(m, role, cls)
            other = by_span.get((vs, ve, cls))
            if row is None or other is None:
                continue
            s, o = (m, other) if row.outward else (other, m)
            ctx.relate(row.predicate, s, o, row.relation, row.confidence)
