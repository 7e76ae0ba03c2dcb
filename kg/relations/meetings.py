"""What a meeting directs: 会议要求…继续开展X — the body that held the reported meeting implements X."""

from __future__ import annotations

import re

from ..extractors.base import Context
from ..patterns import lazy
from ..registry import relation_rule
from .table import _RELAYED

# a sentence that reports the meeting's directions (会议要求, 会议强调, 会上指出), and the sentences
# of the same run that go on with 要… (要扎实推进…)
_DIRECTIVE = re.compile(r"(?:会议|会上|会议还)(?:要求|强调|指出|提出|部署|明确)")
_GOES_ON = re.compile(r"(?:同时|此外|还)?要")
# the verb right before a programme that the body is told to carry out
_CARRY_OUT = re.compile(
    r"(?:继续|深入|扎实|全面|大力|持续|加快|积极|认真|坚定不移地?)?"
    r"(?:开展|实施|推进|启动|推行|实行|打好|打赢|抓好|落实)$"
)
# the body that holds a meeting named after it: 中共X市委第七届第40次常委会会议, X县人民政府常务会议
_HOLDERS = ("GovernmentBody",)


_CONVENES = lazy(r"(?:召开|举行|主持召开|组织召开)")
_CLAUSE_PUNCT = lazy(r"[，,。；;]")


def _holder(ctx: Context):
    """The body that held the meeting the report is about: the first meeting not relayed (精神), when a
    body begins its name or holds it (X召开/举行 EVENT)."""
    view = ctx.view
    events = sorted((m for m in ctx.mentions if m.type == "Event"), key=lambda m: m.vstart)
    held = [e for e in events if not _RELAYED.match(view, e.vend)]
    if not held:
        return None
    ev = held[0]
    bodies = [m for m in ctx.mentions if m.type in _HOLDERS]
    named = [b for b in bodies if b.vstart == ev.vstart and b.vend < ev.vend]
    if named:
        # 中共X市委常委会会议: the party committee itself, not its standing committee written inside
        return min(named, key=lambda b: b.vend)
    before = [
        b
        for b in bodies
        if b.vend <= ev.vstart
        and ev.vstart - b.vend <= 12
        and _CONVENES.search(view[b.vend : ev.vstart])
        and not _CLAUSE_PUNCT.search(view[b.vend : ev.vstart])
    ]
    return before[-1] if before else None


@relation_rule("implements.meeting-directs")
def meeting_directs(ctx: Context) -> None:
    body = None
    looked = False
    in_scope = False
    progs = sorted((m for m in ctx.mentions if m.type == "Programme"), key=lambda m: m.vstart)
    if not progs:
        return
    view = ctx.view
    for sent in ctx.doc.sentences:
        text = sent.text.lstrip()
        if _DIRECTIVE.match(text):
            in_scope = True
        elif not (in_scope and _GOES_ON.match(text)):
            in_scope = False
        if not in_scope:
            continue
        for p in progs:
            if not (sent.vstart <= p.vstart and p.vend <= sent.vend):
                continue
            if not _CARRY_OUT.search(view, max(sent.vstart, p.vstart - 8), p.vstart):
                continue
            if not looked:
                body, looked = _holder(ctx), True
            if body is None:
                return
            ctx.relate(
                "implements", body, p, "implements.meeting-directs", 0.6, span=(sent.vstart, sent.vend)
            )
