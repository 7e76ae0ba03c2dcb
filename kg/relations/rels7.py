"""Relation rules of the rels7 work: general phrasings whose misses recur across development sets from
different provinces (issue 12, the relation side). Each reads the candidates the other rules produced (its
name sorts after theirs) and adds only what no rule stated.

- an on-site ceremony named after its project (…暨X项目开工仪式), or held by it (X项目举行投产仪式), is held where
  the project is, when the text places the ceremony nowhere (zy.site-of-ceremony).
"""

from __future__ import annotations

import bisect
import re

from ..extractors.base import Context
from ..model import Mention
from ..registry import relation_rule
from .rels2 import _cues

# an on-site ceremony or event by its act (kg/data/relations/on_site_acts.txt): X项目开工仪式, Y工程奠基典礼, Z项目开工活动
_ON_SITE = re.compile("(?:" + "|".join(map(re.escape, _cues("on_site_acts"))) + ")(?:仪式|典礼|活动)$")


def _most_specific(ctx: Context, places: list[Mention]) -> Mention | None:
    """The one place of several that lies inside all the others (by the division list, or a town or
    village or zone below a coded place), or None when they disagree."""
    if not places:
        return None
    uniq = {(p.name, p.code): p for p in places}
    if len(uniq) == 1:
        return next(iter(uniq.values()))
    # a place without a code (town, village, zone) under coded ones is the finer; two of them disagree
    uncoded = [p for p in uniq.values() if not p.code]
    if len(uncoded) == 1:
        return uncoded[0]
    if uncoded:
        return None
    coded = list(uniq.values())
    for p in coded:
        anc: set[str] = set()
        code = p.code
        for _ in range(4):
            place = ctx.gaz.by_code.get(code)
            if place is None or not place.parent:
                break
            code = place.parent
            anc.add(code)
        if all(q is p or q.code in anc for q in coded):
            return p
    return None


@relation_rule("zy.site-of-ceremony")
def site_of_ceremony(ctx: Context) -> None:
    """X县2024年重点项目集中开工暨Y项目开工仪式 / Y项目举行投产仪式: a ground-breaking, completion or opening
    ceremony is held on the site of the project its name holds (or the project that holds it), so when the
    text places the ceremony nowhere it is where that project is (the reverse of zy.ceremony-site, which
    places the project by its ceremony). Not a signing, which is held anywhere; not when the projects of
    the ceremony lie in different places."""
    events = [m for m in ctx.mentions if m.type == "Event" and _ON_SITE.search(m.surface)]
    if not events:
        return
    placed = {c.subject.name for c in ctx.candidates if c.predicate == "locatedIn"}
    where: dict[str, list[Mention]] = {}
    for c in ctx.candidates:
        if c.predicate == "locatedIn" and c.subject.type == "Project":
            where.setdefault(c.subject.name, []).append(c.object)
    if not where:
        return
    # the projects that hold a ceremony (X项目举行开工仪式), by the ceremony's mention
    held_by: dict[tuple[int, int], list[Mention]] = {}
    for c in ctx.candidates:
        if c.rule == "participatesIn.project-ceremony" and c.object.type == "Event":
            held_by.setdefault((c.object.vstart, c.object.vend), []).append(c.subject)
    projects = sorted((m for m in ctx.mentions if m.type == "Project"), key=lambda m: m.vstart)
    starts = [m.vstart for m in projects]
    for e in events:
        if e.name in placed:
            continue
        inside = [
            p
            for p in projects[bisect.bisect_left(starts, e.vstart) : bisect.bisect_left(starts, e.vend)]
            if p.vend <= e.vend
        ]
        # the outermost ones (产业集聚区X项目 inside 罗山县产业集聚区X项目 is the same project)
        inside = [
            p
            for p in inside
            if not any(q is not p and q.vstart <= p.vstart and p.vend <= q.vend for q in inside)
        ]
        own = inside or held_by.get((e.vstart, e.vend), [])
        if not own:
            continue
        place = _most_specific(ctx, [o for p in own for o in where.get(p.name, [])])
        if place is not None:
            ctx.relate("locatedIn", e, place, "locatedIn.site-of-ceremony", 0.6)
            placed.add(e.name)
