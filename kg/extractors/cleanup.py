"""Late components: short company names, and removal of mentions other components contradict."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..registry import extractor
from .base import Context, find_all

# people's names never hold a place; towns and villages are places themselves
_NOT_CONTAINERS = frozenset({"Person", "Official"})
_LOCAL = frozenset({"Town", "Village"})


def _is_place(m) -> bool:
    return bool(m.code) or m.type in _LOCAL


def _nesting(containers):
    """A test of whether a mention lies inside one of containers (and is shorter): spans sorted by start
    with the running maximum of their ends, so a mention is nested iff some span starting before it
    ends at or after its end, or one starting with it ends after it (the same extent is itself)."""
    spans = sorted((o.vstart, o.vend) for o in containers)
    starts = [a for a, _ in spans]
    run_max, best = [], -1
    for _, b in spans:
        best = max(best, b)
        run_max.append(best)

    def nested(m) -> bool:
        k = bisect_right(starts, m.vstart) - 1
        if k >= 0 and run_max[k] > m.vend:
            return True
        k = bisect_left(starts, m.vstart) - 1
        return k >= 0 and run_max[k] >= m.vend

    return nested


_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团有限公司|集团|公司)$")


def _core(ctx: Context, name: str) -> str:
    core = _SUFFIX.sub("", name)
    core = re.sub(r"\(.*?\)|（.*?）", "", core)
    for n in range(min(len(core) - 2, 9), 1, -1):  # drop a leading place name
        if core[:n] in ctx.gaz.full or core[:n] in ctx.gaz.short:
            return core[n:]
    return core


@extractor("company-short-names", order=45)
def company_short_names(ctx: Context) -> None:
    """莱尼线束 / 道勤农牧科技 / 东北丰: the longest prefix of a company's core name used elsewhere."""
    view = ctx.view
    fulls = {
        view[m.vstart : m.vend]: m for m in ctx.mentions if m.type == "Company" and _SUFFIX.search(m.surface)
    }
    for name, m in sorted(fulls.items()):
        core = _core(ctx, m.surface)
        if len(core) < 3:
            continue
        spans = [(x.vstart, x.vend) for x in ctx.mentions if x.type == "Company" and x.surface == m.surface]
        for n in range(len(core), 2, -1):
            pre = core[:n]
            hits = [
                k
                for k in find_all(view, pre)
                if not any(a <= k < b for a, b in spans)
                # the short name must not run on into a longer company name of its own
                and not any(
                    x.type == "Company" and x.vstart <= k < x.vend and x.vend - x.vstart > n
                    for x in ctx.mentions
                )
            ]
            if hits:
                for h in hits:
                    ctx.add(h, h + n, "Company", "company.short-name", 0.7, label="")
                break
        del name


@extractor("cleanup", order=90)
def cleanup(ctx: Context) -> None:
    """Drop place short forms that only occur inside other names, and zones that are designations."""
    ms = ctx.mentions
    # a division is nested in any other name (a town's too: 凌河 inside 大凌河街道); a town or
    # village in any name but a place's
    nested_div = _nesting([o for o in ms if not o.code and o.type not in _NOT_CONTAINERS])
    nested_local = _nesting([o for o in ms if not _is_place(o) and o.type not in _NOT_CONTAINERS])

    def nested(m) -> bool:
        return (nested_div if m.code else nested_local)(m)

    standalone = {m.code or m.surface for m in ms if _is_place(m) and not nested(m)}
    drop = set()
    for m in ms:
        if _is_place(m) and (m.code or m.surface) not in standalone:
            # SCHEMA convention 5: a place written only inside other names (山东X化工股份有限公司,
            # 广州花都经济开发区, 内蒙古自治区人民政府) is not a place of the article; named on its own
            # somewhere, its mentions inside names stay (they locate those names)
            drop.add(id(m))
    programmes = [p for p in ms if p.type == "Programme" and "“" in ctx.view[p.vstart : p.vend]]
    for m in ms:
        if (
            m.code
            and m.rule == "place.short"
            and m.code not in standalone
            and ctx.gaz.by_code[m.code].level == 3
        ):
            drop.add(id(m))  # 清河 inside 国电投清河发电 alone does not make 清河区 a topic
        if m.type in ("Village", "Town") and any(d.type == "Designation" and d.vend == m.vend for d in ms):
            drop.add(id(m))
        # words inside a programme's quoted name are not things of their own (“领导干部进园区进企业 …”专项行动)
        if m.type in ("Zone", "Company", "Project", "Institution") and any(
            p.vstart < m.vstart and m.vend < p.vend and "“" in ctx.view[p.vstart : m.vstart]
            for p in programmes
        ):
            drop.add(id(m))
        if m.type == "Zone" and any(d.type == "Designation" and d.vend == m.vend for d in ms):
            drop.add(id(m))
    if drop:
        ctx.mentions[:] = [m for m in ms if id(m) not in drop]
        ctx.candidates[:] = [
            c for c in ctx.candidates if id(c.subject) not in drop and id(c.object) not in drop
        ]
