"""Relation rules of the rels9 work: constructions behind first-run misses of the fresh sets dev22–dev25 that
today's rules still missed on invented sentences. Each reads the candidates the other rules produced (its
name sorts after theirs) and adds only what no rule stated.

- a zone or place that opens a sentence before a colon (X开发区捷报频传:A项目顺利投产,B项目如期交付) is the
  topic of the projects and firms the clauses after the colon report: they are located there
  (zy.colon-topic; it runs before zy.home-county-projects, which places only what no rule placed).
"""

from __future__ import annotations

import re

from ..extractors.base import Context
from ..model import Mention
from ..ontology_rules import ORGS, PLACES
from ..registry import relation_rule

# a topic before a colon: up to eight characters after the place (捷报频传, 喜讯不断, 项目建设火热), no clause
_TOPIC_TAIL = re.compile(r"[^，,。；;：:！？!?“”\n]{0,8}[：:]")
# a time phrase or set phrase of up to eight characters before the topic (年终岁尾, 今年以来, 近日)
_LEAD = re.compile(r"[^，,。；;：:！？!?“”\n]{1,8}[，,]")
_TOPIC_TYPES = frozenset({"Zone", "Town", "District"})
_ITEM_TYPES = frozenset({"Project", "Company"})


@relation_rule("zy.colon-topic")
def colon_topic(ctx: Context) -> None:
    """X经济开发区捷报频传:A项目顺利投产,B公司新建厂房项目如期交付: the zone (or town, county) that opens a sentence
    before a colon is where the projects and firms its clauses report are (two or more), unless a rule
    already places them or a clause names another place."""
    view = ctx.view
    placed = {
        c.subject.name for c in ctx.candidates if c.predicate == "locatedIn" and c.rule != "locatedIn.name"
    }
    by_sent: dict[int, list[Mention]] = {}
    for m in ctx.mentions:
        by_sent.setdefault(ctx.doc.sentence_at(m.vstart).index, []).append(m)
    for si, ms in by_sent.items():
        sent = ctx.doc.sentences[si]
        ms = sorted(ms, key=lambda m: (m.vstart, -m.vend))
        # (a short lead clause may come first: 年终岁尾,X开发区捷报频传:)
        lead = _LEAD.match(view, sent.vstart)
        opens = (sent.vstart, lead.end()) if lead else (sent.vstart,)
        heads = [m for m in ms if m.vstart in opens and m.type in _TOPIC_TYPES]
        if not heads:
            continue
        topic = max(heads, key=lambda m: m.vend)
        tail = _TOPIC_TAIL.match(view, topic.vend)
        if tail is None or any(topic.vend <= m.vstart < tail.end() for m in ms):
            continue
        after = [m for m in ms if m.vstart >= tail.end()]
        # (the outermost names: 辽阳 inside 辽阳石化设备公司 is no place of the clause)
        outer: list[Mention] = []
        reach = -1
        for m in after:  # (sorted by start, the longer first: one pass)
            if m.vend > reach:
                outer.append(m)
                reach = m.vend
        if any(m.type in PLACES or m.type == "Zone" for m in outer):
            continue  # (X区:A项目落户Y镇: the clause places it)
        starts = {m.vstart for m in after if m.type == "Project"}
        items = [
            m
            for m in outer
            if m.type in _ITEM_TYPES
            and not _object_firm(view, m)
            # (X公司新建厂房项目: the firm's project is the item, not the firm)
            and not (m.type == "Company" and m.vend in starts)
        ]
        if len(items) < 2:
            continue  # (a heading with one item, 兴隆台区:X项目竣工投产, is left to the article's body)
        for m in items:
            if m.name not in placed:
                ctx.relate("locatedIn", m, topic, "locatedIn.colon-topic", 0.55, span=(topic.vstart, m.vend))
                placed.add(m.name)


def _object_firm(view: str, m: Mention) -> bool:
    """A firm after 与/和/同 (与A公司签约) is a partner from elsewhere, not one of the topic's own."""
    return m.type in ORGS and view[m.vstart - 1 : m.vstart] in ("与", "和", "同", "向", "为")
