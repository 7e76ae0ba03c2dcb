"""The projects a project start counts (A、B等13个项目集中开工): they start at the article's start event and
are in the place that starts them (the place named in the clause, else the article's home county or city)."""

from __future__ import annotations

import re

from ..extractors.base import Context, is_home_ref
from ..model import Mention
from ..registry import relation_rule
from ..values import date_in

_COUNT = r"[\d一二三四五六七八九十百]+个"
# the close of a counted list of projects: 等13个项目, 等12个重点产业项目, 等重点项目8个
_CLOSE = re.compile(
    r"等(?:"
    + _COUNT
    + r")?(?:重点|重大|新建|续建)?[\u4e00-\u9fff]{0,4}?(?:建设)?(?:项目|工程)(?:"
    + _COUNT
    + r")?"
)
# a start (or signing) said in the sentence, or in the one a 其中 sentence details
_START = re.compile(r"开工|开复工|签约|投产|竣工")
_EVENT_START = re.compile(r"开工|开复工|签约|投产|竣工")
_CLAUSE_STOP = "，,；;：:。"
_SPECIFIC = ("District", "Town", "Village", "Zone")


def _start_event(ctx: Context, before: int) -> Mention | None:
    """The start (or signing) gathering the article reports: the last one named before, else the first."""
    evs = sorted(
        (m for m in ctx.mentions if m.type == "Event" and _EVENT_START.search(m.surface)),
        key=lambda m: m.vstart,
    )
    prior = [e for e in evs if e.vstart < before]
    return prior[-1] if prior else (evs[0] if evs else None)


def _home(ctx: Context) -> Mention | None:
    code = ctx.home_county or ctx.home_city
    named = [m for m in ctx.mentions if code and m.code == code and not is_home_ref(m)]
    return min(named, key=lambda m: m.vstart) if named else None


@relation_rule("started.counted-projects")
def counted_projects(ctx: Context) -> None:
    """Projects of a counted list in a sentence about a start take part in it and are where it is."""
    sents = ctx.doc.sentences
    view = ctx.view
    projects = sorted((m for m in ctx.mentions if m.type == "Project"), key=lambda m: m.vstart)
    if not projects:
        return
    home: Mention | None = None
    looked = False
    for i, sent in enumerate(sents):
        text = sent.text
        # 其中,A、B等12个项目 details the sentence before; …;C、D等6个项目 goes on with it
        context, j = text, i
        while (
            j
            and len(context) < 600
            and (re.match(r"\s*其中", sents[j].text) or sents[j - 1].text.rstrip()[-1:] in ("；", ";"))
        ):
            j -= 1
            context = sents[j].text + context
        if not _START.search(context):
            continue
        for close in _CLOSE.finditer(text):
            end = sent.vstart + close.start()
            k = end
            while k > sent.vstart and view[k - 1] not in _CLAUSE_STOP:
                k -= 1
            listed = [p for p in projects if k <= p.vstart and p.vend <= end]
            # the outermost only (a phase inside a project's name is not listed on its own)
            listed = [
                p
                for p in listed
                if not any(q is not p and q.vstart <= p.vstart and p.vend <= q.vend for q in listed)
            ]
            if not listed:
                continue
            ev = _start_event(ctx, sent.vend)
            places = [
                m
                for m in ctx.mentions
                if m.type in _SPECIFIC and m.code and k <= m.vstart and m.vend <= listed[0].vstart
            ]
            if places:
                where: Mention | None = places[-1]
            else:
                if not looked:
                    home, looked = _home(ctx), True
                where = home
            date = date_in(context, ctx.doc.year)
            for p in listed:
                if ev is not None and not (ev.vstart <= p.vstart and p.vend <= ev.vend):
                    ctx.relate("participatesIn", p, ev, "participatesIn.counted-start", 0.55, date=date)
                ctx.relate("locatedIn", p, where, "locatedIn.counted-start", 0.5)
