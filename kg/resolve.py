"""Resolve mentions into entities (one node per real thing) and candidates into relations."""

from __future__ import annotations

import hashlib
import marshal
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple, overload

from .derive import evidence_of
from .extractors.base import Candidate, Context, bare
from .gazetteer import Gazetteer
from .gazetteer import load as load_gazetteer
from .model import Entity, Evidence, Mention, Relation
from .ontology_rules import allowed
from .patterns import lazy

_PLACE_TYPES = {"Province", "City", "District"}


def coarse(t: str) -> str:
    return "Person" if t in ("Person", "Official") else t


@lru_cache(maxsize=1 << 16)
def _norm(name: str) -> str:
    return bare(name).replace("（", "(").replace("）", ")")


class _UF:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.why: dict[int, list[str]] = defaultdict(list)
        self.log: list[tuple[int, int, str]] | None = None  # every union asked for, while set

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int, reason: str) -> None:
        if self.log is not None:
            self.log.append((a, b, reason))
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
            self.why[min(ra, rb)].extend(self.why.pop(max(ra, rb), []))
            self.why[min(ra, rb)].append(reason)


_LEGAL_TAIL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司|控股有限公司)")


def _parent_group(short: str, full: str) -> bool:
    """尧柏集团 beside 尧柏集团和田公司: a group is the parent of a unit named after it (the group's 和田
    company, 分公司), not that unit's short name; X集团有限公司 is the group itself."""
    if not short.endswith("集团") or not full.startswith(short):
        return False
    rest = full[len(short) :]
    return bool(rest) and not _LEGAL_TAIL.fullmatch(rest)


def _strip_place_prefix(name: str, gaz: Gazetteer) -> str:
    """铁岭凡河新区 -> 凡河新区: a leading place name is a modifier, not part of the identity."""
    for n in range(min(len(name) - 2, 9), 1, -1):
        head = name[:n]
        if head in gaz.full or head in gaz.short:
            return name[n:]
    return name


def _is_home(prefix: str, ctx: Context, gaz: Gazetteer) -> bool:
    """A place name (full or short) of the city or county the article is about."""
    codes = set(gaz.full.get(prefix, ())) | set(gaz.short.get(prefix, ()))
    return bool(codes & {ctx.home_city, ctx.home_county} - {""})


# (启动大会 / 启动仪式: the launch the article reports, named by its act, as 开工仪式 is)
# (签约活动 too: the signing the article reports, as 签约仪式)
# (集中开工仪式: the act may be said collective, 集中/集体, and is then looked for so: dev14)
_BARE_ACT = re.compile(r"((?:集中|集体)?(?:开工|签约|奠基|竣工|投产|开业|启动))(?:仪式|大会|活动)")
_TITLED = re.compile(r"《([^《》]{1,20})》")
# two acts written as one word (开复工 = 开工和复工, 开竣工 = 开工和竣工): a bare 开工仪式 is their occasion's
_COMBINED_ACTS = re.compile(r"开([复竣])工")


def _acts_apart(m: re.Match) -> str:
    """开复工 → 开工复工, 开竣工 → 开工竣工."""
    return "开工" + m.group(1) + "工"


_ACT = re.compile(r"(?:集中|集体)?(?:开工|签约|奠基|竣工|投产|开业|启动)")
_ACT_OCCASION = re.compile(r"((?:开工|签约|奠基|竣工|投产|开业|启动))(?:仪式|活动|大会)$")
_YEAR_PREFIX = re.compile(r"^(\d{4})年度?")


class _Occasion(NamedTuple):
    """What identifies an occasion within one article (_occasion_key): its core name, and the year, the
    (last) place and the 活动 wrapper its name writes around the core."""

    core: str
    year: str
    place: str
    wrapped: bool  # written with 活动 after its own name (“X洽谈周”活动 = “X洽谈周”)


def _occasion_key(name: str, gaz: Gazetteer) -> _Occasion:
    """An occasion's name without a second occasion joined by 暨, its leading years and places, 活动 written
    after its own name (a week, a fair: “X洽谈周”活动), and the word for the occasion after its act (集中签约仪式 =
    集中签约活动 = 集中签约); with the year and the (last) place it writes ('' if none)."""
    whole = name
    name = name.split("暨", 1)[0]
    year = place = ""
    for _ in range(4):
        y = _YEAR_PREFIX.match(name)
        if y:
            year, name = y.group(1), name[y.end() :]
            continue
        stripped = _strip_place_prefix(name, gaz)
        if stripped == name:
            break
        place, name = name[: len(name) - len(stripped)], stripped
    # (活动 after an act is the act's occasion word; a wrapper only on a name of six characters or more)
    wrapped = name.endswith("活动") and not _ACT_OCCASION.search(name) and len(whole) >= 6
    if wrapped:
        name = name[:-2]
    return _Occasion(_ACT_OCCASION.sub(r"\1", name), year, place, wrapped)


_BATCH = re.compile(r"第[一二三四五六七八九十\d]{1,3}批|首批")
# X有限公司建设项目: a firm's project named with its act of building
_FIRM_BUILDS = re.compile(r"(?:公司|集团)(建设)项目$")


# a zone kind's standard short form (武汉经开区 = 武汉经济技术开发区, X高新区 = X高新技术产业开发区): one zone
_ZONE_KIND_LONG = re.compile(
    r"(?<=..)(?:经济技术开发区|经济开发区)$|(?<=..)(?:高新技术产业开发区|高新技术开发区)$"
)


# the plan of a campaign (全市X行动方案) names the campaign (X行动): one programme, as a 《》 title's opening words
_CAMPAIGN_PLAN = re.compile(
    r"^(?:全市|全省|全县|全区|全州|全旗|全镇)?(.{4,}?(?:行动|工程|活动|攻坚战|大会战))(?:实施方案|工作方案|方案)$"
)


def _zone_short(name: str) -> str:
    m = _ZONE_KIND_LONG.search(name)
    if not m:
        return name
    return name[: m.start()] + ("经开区" if m.group().startswith("经济") else "高新区")


# the head of a site or facility (…基地, …电站, …医院)
_SITE_HEAD_END = lazy(r"(基地|工程|园|平台|中心|牧场|电站|生产线|产业园|仓|桥|医院|厂|馆|大厦|大楼|水库)$")


def _built_site(name: str) -> str:
    """X生产线建设项目 -> X生产线项目: the building of a site or line is the project named by it (a tail of
    the firm's X有限公司Y生产线建设项目 then meets Y生产线项目 written later)."""
    if name.endswith("建设项目") and _SITE_HEAD_END.search(name, 0, len(name) - 4):
        return name[:-4] + "项目"
    return name


def _canonical_key(m: Mention, gaz: Gazetteer) -> str:
    """The name under which mentions of one thing meet, across documents."""
    name = m.name
    if m.type == "Project" and (t := _TITLED.search(name)):
        # 《某某》大型实景演出项目 = 大型实景演出《某某》项目: a titled work names the project wherever it stands
        name = t.group(1) + name[: t.start()] + name[t.end() :]
    name = _norm(name)
    if m.type == "Zone" and name.endswith("工业园区") and len(name) >= 6:
        # X工业园区 = X工业区: one park, written with or without 园 (平果工业园区, 平果工业区)
        name = name[:-4] + "工业区"
    if m.type == "Zone":
        name = _zone_short(name)
    if m.type == "Programme" and (plan := _CAMPAIGN_PLAN.match(name)):
        name = plan.group(1)
    if m.type == "Programme" and name.startswith(("全市", "全省", "全县", "全区")) and name.endswith("行动"):
        name = name[2:]  # 全市X行动 = X行动: the scope word of the place that runs it
    if m.type == "Designation" and name.startswith(("国家级", "省级")):
        # 国家级X = 国家X, 省级X = 省X: one title, written with or without 级
        name = name.replace("级", "", 1)
    if m.type == "Designation":
        # 第一批北京市X = 北京市第一批X = 北京市X: the batch of a title is no part of it (as its year is not)
        name = _BATCH.sub("", name) or name
    if m.type == "Project" and (firm := _FIRM_BUILDS.search(name)):
        # X有限公司建设项目 = X有限公司项目: a firm's project, named with or without its act of building
        name = name[: firm.start(1)] + "项目"
    if m.type == "Project" and name.endswith("建设项目") and _SITE_HEAD_END.search(name, 0, len(name) - 4):
        # X生产线建设项目 = X生产线项目 = X生产线: the building of a site or line is the project named by it
        name = name[:-4]
    elif m.type in ("Project",) and name.endswith("项目") and len(name) > 4 and not name.endswith("建设项目"):
        stem = name[:-2]
        # (六股河北桥 = 六股河北桥项目: a project named by the facility it builds, a bridge, hospital, plant…)
        if _SITE_HEAD_END.search(stem):
            name = stem
    # a leading short place form means the same as the full one: 铁岭首届食品节 = 铁岭市首届食品节
    for n in range(min(len(name) - 2, 6), 1, -1):
        if name[:n] in gaz.short and name[:n] not in gaz.full:
            codes = gaz.short[name[:n]]
            full = gaz.by_code[sorted(codes, key=lambda c: gaz.by_code[c].level)[0]].name
            if not name[n:].startswith(full[n:]):
                name = full + name[n:]
            break
    return name


# what a build keeps of its resolution for the next one (kg/runtime/incremental.py): bump when what
# it holds or how it is read changes
STATE_FORMAT = 5


def resolve(
    contexts: Iterable[Context], gaz: Gazetteer | None = None, memo: dict | None = None, lazy: bool = False
) -> tuple[list[Entity], list[Relation]]:
    """The entities and relations of the contexts' mentions and candidates.

    memo (read and replaced, as kg.attach's values memo) keeps what the last build's resolution
    decided, so that a rebuild where few articles changed redoes only what they change, with the
    same result as resolving from nothing:

    - names' canonical keys (a function of the name and class);
    - per article (document id): its bytes' sha1, the partition its mentions were in when its own
      alias steps ran (which mentions already belonged together, from names shared with other
      articles and the alias steps of the articles before it), and the unions those steps asked for.
      The steps read nothing else (the article's mentions and context, the gazetteer and that
      partition), so an article with the same bytes that meets the same partition asks for the same
      unions: they are replayed, in the same order, and the union-find (its groups and the order of
      every merge reason) ends as it would have;
    - per group of mentions (the articles and positions of its mentions, and its merge reasons):
      the entity made of it (id, class, label, names, code, the order of its mentions);
    - per article: its part of the relations with its key (see _relations): an article with the same
      key takes its part from there, its candidates not read (a cached article's stay packed).

    Everything else (the unions by name, abbreviations across articles, entities sharing an id,
    the relations' evidence and fields) is done again from the contexts.

    lazy: the relations are a LazyRelations (a sequence whose relations are made when read).
    """
    gaz = gaz or load_gazetteer()
    contexts = list(contexts)
    last: dict = {}
    if memo is not None and memo.get("format") == STATE_FORMAT and isinstance(memo.get("data"), bytes):
        try:
            last = marshal.loads(memo["data"])
        except (EOFError, ValueError, TypeError):  # damaged: resolve from nothing
            last = {}
    last_canon: dict = last.get("canon", {})
    last_articles: dict = last.get("articles", {})
    last_entities: dict = last.get("entities", {})
    # the Traditional spellings of labels (OpenCC: loading its two converters costs ~0.08 s of CPU, most
    # of what an update that remakes one entity with a Traditional name spends on them)
    _TRADITIONAL.clear()
    _TRADITIONAL.update(last.get("traditional", {}))
    last_parts: dict = {}  # per article: its key and its part of the relations (see _relations)
    if last and isinstance(memo, dict) and isinstance(memo.get("relations"), bytes):
        try:
            last_parts = marshal.loads(memo["relations"])
        except (EOFError, ValueError, TypeError):
            last_parts = {}
    recording = memo is not None
    mentions: list[Mention] = []
    ctx_of: list[int] = []
    for ci, ctx in enumerate(contexts):
        for m in ctx.mentions:
            mentions.append(m)
            ctx_of.append(ci)
    uf = _UF()
    _FORMER_IDS.clear()
    keys: dict[tuple[str, str], int] = {}
    canon: dict[tuple[str, str], str] = {}  # (name, type) -> canonical key: names recur a lot
    parent, reasons = uf.parent, uf.why
    for i, m in enumerate(mentions):
        if m.code:
            k = ("code", m.code)
        elif m.rule == "institution.publisher" and not m.label:
            # an unnamed 本报 is this article's paper, not every article's
            k = ("publisher", m.doc_id)
        else:
            ck = canon.get((m.name, m.type))
            if ck is None:
                ck = last_canon.get((m.name, m.type))
                if ck is None:
                    ck = _canonical_key(m, gaz)
                canon[(m.name, m.type)] = ck
            k = (coarse(m.type), ck)
        r = keys.get(k)
        if r is None:
            keys[k] = i
            parent[i] = i
        else:
            # uf.union(r, i, reason) as it would go: every group so far is the mentions of one key,
            # rooted at the first of them, and i is on its own
            parent[i] = r
            if m.code:
                reasons[r].append(f"national division code {m.code} ({m.label})")
            elif k[0] == "publisher":
                reasons[r].append(f"本报 in {m.doc_id}")
            else:
                reasons[r].append(f"same {k[0]} name '{k[1]}'")
    per_ctx: dict[int, list[int]] = defaultdict(list)
    for i, ci in enumerate(ctx_of):
        per_ctx[ci].append(i)
    articles: dict[str, tuple[str, tuple[int, ...], tuple, tuple] | None] = {}
    replayed = 0
    for ci, ctx in enumerate(contexts):
        idxs = per_ctx[ci]  # (consecutive)
        base = idxs[0] if idxs else 0
        doc_id = ctx.doc.id
        before = last_articles.get(doc_id) if last_articles else None
        sig: tuple[int, ...] = ()
        if recording:  # which of its mentions belong together already: each by its group's first
            firsts: dict[int, int] = {}
            find = uf.find
            sig = tuple([firsts.setdefault(find(i), i - base) for i in idxs])
        if before is not None and before[0] == ctx.doc.sha1 and before[1] == sig and doc_id not in articles:
            ops, former = before[2], before[3]
            union = uf.union
            for a, b, why in ops:
                union(a + base, b + base, why)
            for j in former:  # (what _former_names marks, as it would)
                _FORMER_IDS.add(id(mentions[base + j]))
            replayed += 1
        else:
            log: list[tuple[int, int, str]] = []
            uf.log = log if recording else None
            _doc_aliases(ctx, idxs, mentions, uf, gaz, keys)
            _reordered_titles(idxs, mentions, uf, gaz)
            _collective_titles(ctx, idxs, mentions, uf, gaz)
            _former_names(ctx, idxs, mentions, uf)
            uf.log = None
            ops = tuple([(a - base, b - base, why) for a, b, why in log])
            former = tuple([i - base for i in idxs if id(mentions[i]) in _FORMER_IDS]) if recording else ()
        if recording:
            # a document id twice (the same name in two folders): neither is kept
            articles[doc_id] = None if doc_id in articles else (ctx.doc.sha1, sig, ops, former)
    _abbreviations(mentions, uf)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        groups[uf.find(i)].append(i)
    entities: list[Entity] = []
    eid_of: dict[int, str] = {}  # id() of each mention -> its entity's id (the candidates name mentions)
    made: dict[bytes, tuple] = {}
    # per entity id, the keys of the groups it is made of, in the order they are merged (see IDENT)
    ident_e: dict[str, bytes] = {}
    # a mention by its article (document id and bytes) and its position there
    where = [f"{c.doc.id}|{c.doc.sha1}" for c in contexts]
    starts = [per_ctx[ci][0] if per_ctx[ci] else 0 for ci in range(len(contexts))]
    for root, members in groups.items():
        ms = [mentions[i] for i in members]
        why = uf.why.get(root, [])
        if recording:
            gk = hashlib.sha1(
                marshal.dumps(
                    (tuple([(where[ctx_of[i]], i - starts[ctx_of[i]]) for i in members]), tuple(why)), 2
                )
            ).digest()
            e = last_entities.get(gk)
            if e is not None:
                eid, type_, label, aliases, code, order = e
                ent = Entity(eid, type_, label, aliases, code, tuple([ms[j] for j in order]), (), tuple(why))
            else:
                ent = _make_entity(ms, why, gaz)
                order = tuple(sorted(range(len(ms)), key=lambda j: _mkey(ms[j])))
                e = (ent.id, ent.type, ent.label, ent.aliases, ent.code, order)
            made[gk] = e
            ident_e[ent.id] = ident_e.get(ent.id, b"") + gk
        else:
            ent = _make_entity(ms, why, gaz)
        entities.append(ent)
        for m in ms:
            eid_of[id(m)] = ent.id
    if memo is not None:
        labels = {e.label for e in entities}
        # kept marshalled to the end of the build (as objects: ~100 MB at 10,000 articles, held
        # through the RDF stage's peak)
        data = marshal.dumps(
            {
                "canon": canon,
                "articles": {k: v for k, v in articles.items() if v is not None},
                "entities": made,
                # (those of this build's labels: a function of the label and OpenCC's version, which
                # the record's key holds)
                "traditional": {label: t for label, t in _TRADITIONAL.items() if label in labels},
            }
        )
        memo.clear()
        memo.update(format=STATE_FORMAT, data=data, replayed=replayed)
    del last, last_canon, last_articles, last_entities
    # the tables of the grouping are not needed any more: freed before the relations are collected
    # (at 10,000 articles they hold a few entries for each of ~700,000 mentions)
    del uf, groups, keys, canon, mentions, ctx_of, per_ctx, articles, made, starts
    # two groups can hash to one id only if they have the same type and label: merge them
    by_id: dict[str, Entity] = {}
    for e in entities:
        if e.id in by_id:
            o = by_id[e.id]
            by_id[e.id] = Entity(
                e.id,
                o.type if o.type == "Official" else e.type,
                o.label,
                tuple(sorted(set(o.aliases) | set(e.aliases))),
                o.code or e.code,
                tuple(sorted(o.mentions + e.mentions, key=_mkey)),
                (),
                o.merges + e.merges + (f"same label '{e.label}'",),
            )
        else:
            by_id[e.id] = e
    types = {e.id: e.type for e in by_id.values()}
    # per article: its id and bytes and the entity of each of its mentions with its class (what the
    # relations it contributes to and the values it gives are made of, with the article: see IDENT)
    akeys = None
    if recording:
        akeys = []
        for ci, c in enumerate(contexts):
            eids = tuple([eid_of[id(m)] for m in c.mentions])
            akeys.append(
                hashlib.sha1(marshal.dumps((where[ci], eids, tuple([types[e] for e in eids])), 2)).digest()
            )
    ident_r: list[bytes] | None = [] if akeys is not None else None
    parts: dict[str, tuple[bytes, tuple]] | None = {} if akeys is not None else None
    relations = _relations(contexts, eid_of, types, gaz, by_id, akeys, ident_r, lazy, last_parts, parts)
    del last_parts
    out = sorted(by_id.values(), key=lambda e: e.id)
    if memo is not None and parts is not None:
        memo["relations"] = marshal.dumps(parts)
    if memo is not None and ident_r is not None and akeys is not None:
        memo[IDENT] = ([ident_e[e.id] for e in out], ident_r)
        memo[ARTICLES] = {c.doc.id: k for c, k in zip(contexts, akeys, strict=True)}
    return out, relations  # type: ignore[return-value]  # (a LazyRelations is a sequence of them)


# The key in resolve()'s memo of what each entity and relation it returns is a function of, given
# the build's options and code (kg/runtime/units.py: an update writes again only the units whose key
# changed): (one per entity, one per relation, in the order returned). Not kept past the build.
#
# - An entity: the keys of the groups of mentions it is made of, in the order they merge. A group's
#   key is a digest of its mentions (each by its article's id and bytes and its position there) and of
#   its merge reasons; the entity (id, class, label, names, code, its mentions' fields) follows from
#   them (resolution's alias steps read only the article; what _former_names marks is the article's).
#   Not what kg.attach gives it nor what the RDF derives from the relations: the units add those.
# - A relation: per candidate that makes it (in order), its article's key (the article's id and bytes
#   and the entity of each of its mentions) and its position among the article's candidates, and one
#   mark for each fact the division list adds. Its fields, evidence and the sentences that name its ends
#   follow from them.
IDENT = "ident"
# and of the key of each article (by document id) described above: what kg.attach's memo of a
# document's values is checked by
ARTICLES = "article keys"


def article_groups(ctx: Context, gaz: Gazetteer | None = None) -> dict[int, int]:
    """A guess, from one article alone, at which of its events resolution will make one entity: for
    each Event mention (by its index) the first of its group, after the unions by key and the
    article's alias steps that read events, run as if no other article existed. Used where the guess
    is checked against the resolved entities (kg.attach.article_values): a wrong one costs time only."""
    gaz = gaz or load_gazetteer()
    mentions = ctx.mentions
    idxs = [i for i, m in enumerate(mentions) if m.type == "Event"]
    uf = _UF()
    keys: dict[tuple[str, str], int] = {}
    for i in idxs:
        uf.find(i)
        m = mentions[i]
        k = ("code", m.code) if m.code else ("Event", _canonical_key(m, gaz))
        if k in keys:
            uf.union(keys[k], i, "")
        else:
            keys[k] = i
    if len(idxs) > 1:
        _doc_aliases(ctx, idxs, mentions, uf, gaz, keys)
        _reordered_titles(idxs, mentions, uf, gaz)
        _collective_titles(ctx, idxs, mentions, uf, gaz)
    return {i: uf.find(i) for i in idxs}


# a mention's place in an entity's list: (doc_id, start, end, type), made in C (a key per mention)
_mkey = attrgetter("doc_id", "start", "end", "type")


_BRACKETED = lazy(r"\(.*?\)")
_FIRM_END = lazy(r"(有限公司|有限责任公司|集团|公司)$")
_GONGSI_END = lazy(r"(公司)$")


def _doc_aliases(
    ctx: Context, idxs: list[int], mentions: list[Mention], uf: _UF, gaz: Gazetteer, keys: dict
) -> None:
    """Aliases that only hold inside one article: short company names, anaphora, place prefixes."""
    ms = sorted(idxs, key=lambda i: (mentions[i].vstart, -mentions[i].vend))
    by_type: dict[str, list[int]] = defaultdict(list)
    for i in ms:
        by_type[coarse(mentions[i].type)].append(i)
    # 1) anaphora: a name that is the tail of an earlier (or later) longer name of the same type
    for t, lst in by_type.items():
        if t in _PLACE_TYPES or t == "Person":
            continue
        names = [(i, _norm(mentions[i].name)) for i in lst]
        if t == "Project":
            names = [(i, _built_site(n)) for i, n in names]
        for i, n in names:
            longer = [
                (j, nj) for j, nj in names if len(nj) > len(n) and nj.endswith(n) and uf.find(j) != uf.find(i)
            ]
            if not longer or len(n) < 2:
                continue
            if t == "Event" and len({nj for _, nj in longer if _strip_place_prefix(nj, gaz) == n}) > 1:
                continue  # X after 辽宁省X and 营口市X: which place's occasion is for step 4 to say
            # nearest preceding, else nearest following
            if t == "Designation" and len({nj for _, nj in longer}) > 1:
                # 农业现代化示范区 next to 全国… and 省级…: an unqualified list name is the national one
                national = [j for j, nj in longer if nj.startswith(("全国", "国家"))]
                if len({_norm(mentions[j].name) for j in national}) != 1:
                    continue
                longer = [(j, nj) for j, nj in longer if j in national]
            before = [j for j, _ in longer if mentions[j].vstart < mentions[i].vstart]
            j = (
                max(before, key=lambda j: mentions[j].vstart)
                if before
                else min((j for j, _ in longer), key=lambda j: mentions[j].vstart)
            )
            uf.union(j, i, f"'{n}' refers back to '{_norm(mentions[j].name)}' in {ctx.doc.id}")
    # 1b) 开工仪式 in an article whose one named occasion is …集中开工和签约活动: the bare ceremony of an
    # act is the one occasion of the article whose name holds that act
    acts = [(i, _norm(mentions[i].name)) for i in by_type.get("Event", [])]
    for i, n in acts:
        act = _BARE_ACT.fullmatch(n)
        if not act:
            continue
        groups = {
            uf.find(j)
            for j, nj in acts
            if len(nj) > len(n) and act.group(1) in _COMBINED_ACTS.sub(_acts_apart, nj)
        }
        if len(groups) == 1 and (g := groups.pop()) != uf.find(i):
            uf.union(g, i, f"'{n}' is the one occasion of {act.group(1)} in {ctx.doc.id}")
    # 1c) one article's occasions of one identity (_occasion_key) are one occasion:
    # - of an act (签约, 开工 …): 2024年招商引资项目集中签约仪式 (a headline) = 天津市东丽区招商引资项目集中签约活动暨…
    #   仪式 (the lead), names that differ only by a leading year or place, by 仪式/活动/大会 after the act, or by a
    #   second occasion joined with 暨; 辽宁省X动员大会 and 营口市X动员大会 are two places' occasions: names that
    #   write different places, or different years, are left apart, and so is a name without either, which
    #   could be either's;
    # - of no act: “X洽谈周”活动 = 2018年“X洽谈周”, an occasion written with 活动 after its own name (a week, a
    #   fair) is that occasion, named with or without its year, when the article names exactly one such.
    same_core: dict[str, list[tuple[int, _Occasion]]] = defaultdict(list)
    for i in by_type.get("Event", []):
        same_core[(k := _occasion_key(_norm(mentions[i].name), gaz)).core].append((i, k))
    for core, same in same_core.items():
        if len(same) < 2:
            continue
        if _ACT.search(core):
            if (
                len(core) < 6
                or len({k.year for _, k in same} - {""}) > 1
                or len({k.place for _, k in same} - {""}) > 1
            ):
                continue
            lead = same[0][0]
            for j, _ in same[1:]:
                if uf.find(j) != uf.find(lead):
                    uf.union(lead, j, f"'{_norm(mentions[j].name)}' names the same occasion in {ctx.doc.id}")
            continue
        for i, k in same:
            if not k.wrapped:
                continue
            groups = {
                uf.find(j)
                for j, kj in same
                if not kj.wrapped and kj.place == k.place and k.year in ("", kj.year)
            }
            if len(groups) == 1 and (g := groups.pop()) != uf.find(i):
                n = _norm(mentions[i].name)
                uf.union(g, i, f"'{n}' is the occasion '{n[:-2]}' in {ctx.doc.id}")
    # 2) short company names (found by the company-short-names extractor): 莱尼线束 = 莱尼线束系统(铁岭)有限公司
    companies = by_type.get("Company", [])
    full = [i for i in companies if _FIRM_END.search(mentions[i].name)]
    for i in full:
        core = _strip_place_prefix(
            _CO_SUFFIX.sub("", _norm(mentions[i].name)),
            gaz,
        )
        core = _BRACKETED.sub("", core)
        if len(core) < 2:
            continue
        # (the short name may keep the place the full name opens with: 四川远创投资 = 四川远创投资有限公司)
        bare = _BRACKETED.sub("", _CO_SUFFIX.sub("", _norm(mentions[i].name)))
        for j in companies:
            n = _norm(mentions[j].name)
            if (
                j != i
                and n != _norm(mentions[i].name)
                and len(n) >= 3
                and (
                    core.startswith(n)
                    or len(bare) > len(core)
                    and bare.startswith(n)
                    and len(n) > len(bare) - len(core) + 1
                )
                and not _GONGSI_END.search(n)
                and not _parent_group(n, _norm(mentions[i].name))
            ):
                uf.union(i, j, f"'{n}' is the short name of '{_norm(mentions[i].name)}' in {ctx.doc.id}")
    # 3) one brand, two generic tails: 宝马汽车 = 宝马整车工厂
    brands: dict[str, list[int]] = defaultdict(list)
    for i in by_type.get("Company", []):
        stem = _norm(mentions[i].name)
        while True:
            new = _GENERIC_TAIL.sub("", stem)
            if new == stem:
                break
            stem = new
        if (
            len(stem) >= 2
            and stem != _norm(mentions[i].name)
            and stem not in gaz.full
            and stem not in gaz.short
        ):
            brands[stem].append(i)
    for stem, lst in brands.items():
        for i in lst[1:]:
            uf.union(
                lst[0],
                i,
                f"'{_norm(mentions[i].name)}' and '{_norm(mentions[lst[0]].name)}' are the brand '{stem}' in {ctx.doc.id}",
            )
    # 4) a leading place name is a modifier: 铁岭凡河新区 = 凡河新区
    for t in ("Zone", "Institution", "Event", "Company"):
        lst = by_type.get(t, [])
        # (a zone by its kind's standard short form: 江苏射阳经济开发区 = 射阳经开区, the province in front)
        by_name = {(_zone_short if t == "Zone" else str)(_norm(mentions[i].name)): i for i in lst}
        stripped = Counter(s for n in by_name if (s := _strip_place_prefix(n, gaz)) != n)
        for n, i in by_name.items():
            s = _strip_place_prefix(n, gaz)
            if t == "Event" and stripped[s] > 1 and not _is_home(n[: len(n) - len(s)], ctx, gaz):
                continue  # 辽宁省X动员大会 and 营口市X动员大会: the province's and the city's, two occasions;
                # the bare X (在我市X上) is the one of the article's own place
            if s != n and s in by_name and len(s) >= 3:
                uf.union(by_name[s], i, f"'{n}' is '{s}' with its place name in front")

    # 5) X暨Y names one gathering: X alone (the part before 暨) is that gathering too
    events = {_norm(mentions[i].name): i for i in by_type.get("Event", [])}
    for n, i in events.items():
        cut = n.find("暨")
        first = events.get(n[:cut]) if cut >= 4 else None
        if first is not None and uf.find(i) != uf.find(first):
            uf.union(i, first, f"'{n[:cut]}' is the first part of '{n}'")
    # 6) a management committee written in full and short, with or without its city: 大连X经济区管理委员会 =
    #    X经济区管委会 (管委会 is the standard short form of 管理委员会)
    bodies = by_type.get("GovernmentBody", [])
    by_full = {_norm(mentions[i].name).replace("管委会", "管理委员会"): i for i in bodies}
    for n, i in by_full.items():
        if not n.endswith("管理委员会"):
            continue
        s = _strip_place_prefix(n, gaz)
        for key in (n, s):
            other = by_full.get(key)
            if other is not None and other != i and len(key) >= 7 and uf.find(i) != uf.find(other):
                uf.union(
                    i,
                    other,
                    f"'{_norm(mentions[other].name)}' is the short form of '{_norm(mentions[i].name)}'",
                )


_TITLE_JOINERS = re.compile(r"[和及与、]")
# 全市X, 我县X, 本区X: the article's own place written as a collective; which place level it names
_COLLECTIVE = re.compile(r"^(全|我|本)?([省市县区旗州])")


def _collective_titles(
    ctx: Context, idxs: list[int], mentions: list[Mention], uf: _UF, gaz: Gazetteer
) -> None:
    """全市民营经济座谈会 = 罗定市民营经济座谈会: an occasion of 全市/我市 is the one of the same name held
    by the article's own place (the only one so named), or the bare name."""
    events = [i for i in idxs if mentions[i].type == "Event"]
    names = {i: _norm(mentions[i].name) for i in events}
    home = {
        "省": {ctx.home_province},
        "市": {ctx.home_city, ctx.home_county},
        "县": {ctx.home_county},
        "区": {ctx.home_county},
        "旗": {ctx.home_county},
        "州": {ctx.home_city},
    }
    for i in events:
        m = _COLLECTIVE.match(names[i])
        if not m:
            continue
        rest = names[i][m.end() :]
        if len(rest) < 4:
            continue
        codes = home[m.group(2)] - {""}
        hits = set()
        for j in events:
            n = names[j]
            if j == i or not n.endswith(rest):
                continue
            if m.group(1):
                prefix = n[: len(n) - len(rest)]
            else:
                # 省动员大会: a bare level word and a tail point to the name that starts with that place
                prefix = n[: len(n) - len(_strip_place_prefix(n, gaz))]
            if (m.group(1) and not prefix) or set(gaz.full.get(prefix, ())) & codes:
                hits.add(uf.find(j))
        if len(hits) == 1:
            uf.union(hits.pop(), i, f"'{names[i]}' is the article's own place's '{rest}'")


# X…,前身为Y / 原名Y: an organisation's or zone's former name is another name of the same thing
_FORMER = re.compile(r"(?:前身为|前身是|原名为?|原称|曾用名)$")
_RENAMED_TYPES = frozenset({"Zone", "Company", "Institution", "GovernmentBody"})
# id() of the mentions that write a former name, during one resolve() call (never a label)
_FORMER_IDS: set[int] = set()


def _former_names(ctx: Context, idxs: list[int], mentions: list[Mention], uf: _UF) -> None:
    """营口辽河经济开发区…,前身为营口中小企业创业园区: the former name joins the thing the sentence is about
    (the nearest mention of the same class before it in the sentence)."""
    view = ctx.view
    last: dict[str, int] = {}  # class -> index of its last mention so far (mentions are in text order)
    for i in sorted(idxs, key=lambda k: mentions[k].vstart):
        m = mentions[i]
        if m.type not in _RENAMED_TYPES:
            continue
        j = last.get(m.type)
        if j is not None and _FORMER.search(view, max(0, m.vstart - 4), m.vstart):
            prev = mentions[j]
            sent = ctx.doc.sentence_at(m.vstart)
            if prev.vstart >= sent.vstart and prev.vend <= m.vstart:
                uf.union(j, i, f"'{m.name}' is the former name of '{prev.name}' in {ctx.doc.id}")
                _FORMER_IDS.add(id(m))  # (an alias: the current name stays the label)
        last[m.type] = i


def _reordered_titles(idxs: list[int], mentions: list[Mention], uf: _UF, gaz: Gazetteer) -> None:
    """一季度项目签约和开工誓师大会 = 旅顺口区一季度签约开工项目誓师大会: two titles of one article with
    the same head and the same characters, in another order, without the place and the joiners, are one
    occasion (a paper's title and body word the same gathering differently)."""
    by_key: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for i in idxs:
        if mentions[i].type != "Event":
            continue
        full = _norm(mentions[i].name)
        bare_ = _strip_place_prefix(full, gaz)
        n = _TITLE_JOINERS.sub("", bare_)
        if len(n) < 8:
            continue  # short titles (项目签约仪式) share their characters by chance
        by_key[(n[-2:], "".join(sorted(n)))].append((i, full[: len(full) - len(bare_)], bare_))
    for group in by_key.values():
        i, place, words = group[0]
        for j, place_j, words_j in group[1:]:
            if words_j == words or place and place_j and place != place_j:
                continue  # the same words after two places are two places' occasions (step 4 decides)
            if uf.find(j) != uf.find(i):
                uf.union(
                    i, j, f"'{_norm(mentions[j].name)}' words '{_norm(mentions[i].name)}' in another order"
                )


_GENERIC_TAIL = re.compile(r"(汽车|整车|工厂|制造厂|厂|集团|公司|股份|有限)$")


_CO_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团有限公司|集团|公司)$")


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _abbreviations(mentions: list[Mention], uf: _UF) -> None:
    """国电投清河发电 = 国家电投清河发电公司: a company name that keeps, in order, the characters of a
    longer one, starts like it and ends like it (across articles). Chinese abbreviations drop
    characters but never reorder them."""
    fulls: dict[str, int] = {}
    shorts: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.type != "Company":
            continue
        n = _norm(m.name)
        if _CO_SUFFIX.search(n):
            fulls.setdefault(_CO_SUFFIX.sub("", n), i)
        elif len(n) >= 5:
            shorts.setdefault(n, i)
    # candidates share the first character and the last three: index the full names by them
    # (comparing every short name with every full name grew quadratically with the corpus)
    by_ends: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for core, j in fulls.items():
        if core:
            by_ends[(core[0], core[-3:])].append((core, j))
    for s, i in shorts.items():
        hits = [
            j
            for core, j in by_ends.get((s[0], s[-3:]), ())
            if len(core) > len(s) and _is_subsequence(s, core) and uf.find(i) != uf.find(j)
        ]
        if len(hits) == 1:
            j = hits[0]
            uf.union(j, i, f"'{s}' abbreviates '{_norm(mentions[j].name)}' (same characters in order)")
    _word_initials(mentions, uf)


def _dropped_runs(short: str, long: str) -> int:
    """How many separate runs of long's characters the leftmost match of short (a subsequence) leaves out."""
    runs, k, gap = 0, 0, False
    for c in long:
        if k < len(short) and c == short[k]:
            k += 1
            gap = False
        elif not gap:
            runs += 1
            gap = True
    return runs


def _word_initials(mentions: list[Mention], uf: _UF) -> None:
    """广西交投集团 = 广西交通投资集团 in one article: a firm's short name that keeps the first character of each
    word of its full name (交通投资 → 交投, 城市建设投资 → 城建投) drops two or more separate runs of it,
    with the same place opening and the same suffix. One dropped run is another firm (广西投资集团 is not
    广西交通投资集团), so that is never joined."""
    groups: dict[tuple[str, str, str], list[tuple[str, int]]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.type != "Company":
            continue
        n = _norm(m.name)
        suffix = _CO_SUFFIX.search(n)
        if suffix and len(n) - len(suffix.group()) >= 3:
            core = n[: suffix.start()]
            # a group and its registered company are one suffix (中交建集团 = 中国交通建设集团有限公司);
            # the first character opens both (中国 → 中: a word's first character, 中国交通建设 → 中交建)
            kind = "集团" if suffix.group() == "集团有限公司" else suffix.group()
            groups[(m.doc_id, kind, core[:1])].append((core, i))
    for members in groups.values():
        if len(members) < 2 or len(members) > 12:
            continue
        for short, i in members:
            hits = {
                uf.find(j)
                for core, j in members
                if len(core) > len(short)
                and _is_subsequence(short, core)
                and _dropped_runs(short, core) >= 2
                and uf.find(i) != uf.find(j)
            }
            if len(hits) == 1:
                j = next(j for core, j in members if uf.find(j) in hits)
                uf.union(
                    j, i, f"'{short}' keeps the first characters of the words of '{_norm(mentions[j].name)}'"
                )


def _entity_id(type_: str, label: str, code: str, scope: str = "") -> str:
    if code:
        return f"place/{code}"
    h = hashlib.sha1(f"{coarse(type_)}|{label}{scope}".encode()).hexdigest()[:12]
    return f"{coarse(type_).lower()}/{h}"


# label -> its Traditional spellings (kg.ingest.to_traditional), kept by resolve()'s memo across builds
_TRADITIONAL: dict[str, tuple[str, ...]] = {}


def _make_entity(ms: list[Mention], merges: list[str], gaz: Gazetteer) -> Entity:
    ms = sorted(ms, key=_mkey)
    code = next((m.code for m in ms if m.code), "")
    types = {m.type for m in ms}
    if code:
        type_ = gaz.by_code[code].cls
        label = gaz.by_code[code].name
    else:
        # the most frequent type, Official over Person
        counts: dict[str, int] = defaultdict(int)
        for m in ms:
            counts[m.type] += 1
        if "Official" in types and "Person" in types:
            counts["Official"] += counts.pop("Person")
        type_ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        labelled = [m.label for m in ms if m.label]
        pool = (
            labelled
            or [
                m.surface
                for m in ms
                if not m.rule.startswith(("company.short", "place.home")) and id(m) not in _FORMER_IDS
            ]
            or [m.surface for m in ms]
        )
        label = max(pool, key=lambda s: (len(_norm(s)), s))
    names = {m.surface for m in ms if m.rule != "place.home-prefix"} | {m.label for m in ms if m.label}
    # names as written in Traditional script, and the label spelled the same way, so 鐵嶺 finds 铁岭
    trad = {m.original for m in ms if m.original and m.rule != "place.home-prefix"}
    if trad:
        spelt = _TRADITIONAL.get(label)
        if spelt is None:
            from .ingest import to_traditional

            spelt = _TRADITIONAL[label] = to_traditional(label)
        trad |= set(spelt)
    names |= trad
    # a name that only differs by quotation marks is still worth keeping: gold and users search both
    aliases = tuple(sorted(n for n in names if n and n != label))
    # an unnamed 本报 has the same label in every article but is a different paper in each
    scope = f"|{ms[0].doc_id}" if all(m.rule == "institution.publisher" and not m.label for m in ms) else ""
    return Entity(
        _entity_id(type_, label, code, scope), type_, label, aliases, code, tuple(ms), (), tuple(merges)
    )


def _relations(
    contexts, eid_of, types, gaz, entities, akeys=None, ident=None, lazy: bool = False, last=None, parts=None
) -> list[Relation] | LazyRelations:
    """The relations of the candidates, sorted; with akeys (one key per context) each relation's key is
    appended to ident (see IDENT). lazy: a LazyRelations, each relation made when it is first read.

    parts (with akeys) is given each article's part of the relations, by document id: its key and, per
    candidate that makes a relation, (subject, predicate, object, position). That part is a function of
    the key (the article's bytes, hence its candidates, and the entity and class of each of its
    mentions), so an article whose key is the one in last (the parts of the last build) takes its part
    from there, without reading its candidates (kg.runtime.cache leaves a cached article's packed)."""
    from .runtime.cache import candidates

    # per relation, where each of its items comes from: (context, candidate), or (-1, 0) for the fact
    # of the division list
    src: dict[tuple[str, str, str], list[tuple[int, int]]] = defaultdict(list)
    # what the ontology allows, per (predicate, subject class, object class): a few hundred triples of
    # classes for ~64,000 candidates at 1,000 articles
    ok: dict[tuple[str, str, str], bool] = {}
    seen: set[str] = set()
    for ci, ctx in enumerate(contexts):
        doc_id = ctx.doc.id
        part = last.get(doc_id) if last and akeys is not None else None
        if part is not None and part[0] == akeys[ci]:
            for s, p, o, n in part[1]:
                src[(s, p, o)].append((ci, n))
            made = part[1]
        else:
            made = []
            for n, c in enumerate(candidates(ctx)):
                s, o = eid_of.get(id(c.subject)), eid_of.get(id(c.object))
                if s is None or o is None or s == o:
                    continue
                k = (c.predicate, types[s], types[o])
                a = ok.get(k)
                if a is None:
                    a = ok[k] = allowed(*k)
                if not a:
                    continue
                src[(s, c.predicate, o)].append((ci, n))
                if parts is not None:
                    made.append((s, c.predicate, o, n))
        if parts is not None and akeys is not None:
            # a document id twice (the same name in two folders): neither is kept
            if doc_id in seen:
                parts.pop(doc_id, None)
            else:
                seen.add(doc_id)
                parts[doc_id] = (akeys[ci], tuple(made))

    # places: partOf from the national list, between places that are both in the graph; a county whose
    # city the text does not name is part of its province (the nearest ancestor in the graph)
    def named(e: Entity) -> bool:  # written by name, not only as 全县 / 本县
        return any(not m.rule.startswith("place.home") for m in e.mentions)

    for e in entities.values():
        if e.code:
            p = gaz.by_code[e.code].parent
            while p and f"place/{p}" not in entities and named(e):
                p = gaz.by_code[p].parent
            pid = f"place/{p}" if p else ""
            if p != gaz.by_code[e.code].parent and pid in entities and not named(entities[pid]):
                continue
            if pid in entities:
                src[(e.id, "partOf", pid)].append((-1, 0))
    keys = sorted(src)
    if ident is not None and akeys is not None:
        sha1, dumps = hashlib.sha1, marshal.dumps
        for k in keys:
            ident.append(
                sha1(dumps(tuple([(akeys[ci] if ci >= 0 else b"", n) for ci, n in src[k]]), 2)).digest()
            )
    rels = LazyRelations(keys, src, contexts)
    return rels if lazy else [rels[i] for i in range(len(keys))]


_DIVISION_LIST = Evidence("", 0, 0, "", "gazetteer.hierarchy", 1.0)


class LazyRelations(Sequence[Relation]):
    """The relations of a resolution, sorted, each made from its candidates and their evidence when it
    is first read (an update reads those it writes again: kg/runtime/incremental.py)."""

    def __init__(
        self,
        keys: list[tuple[str, str, str]],
        src: dict[tuple[str, str, str], list[tuple[int, int]]],
        contexts,
    ) -> None:
        self.keys = keys  # (subject, predicate, object) of each, in order
        self._src = src
        self._contexts = contexts
        self._made: list[Relation | None] = [None] * len(keys)
        self._evs: dict[int, Any] = {}  # context -> its candidates' evidence found with its extraction
        self._texts: dict[str, str] = {}  # evidence spans' text: held by the graph until the build ends
        from .runtime.cache import candidate, count

        # (a cached article's candidates stay packed: each made when read)
        self._candidate, self._count = candidate, count

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, i: int) -> Relation: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Relation]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        r = self._made[i]
        if r is None:
            r = self._made[i] = self._make(self.keys[i])
        return r

    def __iter__(self) -> Iterator[Relation]:
        for i in range(len(self.keys)):
            yield self[i]

    def _evidence_of(self, ci: int) -> Any:
        if ci not in self._evs:
            ctx = self._contexts[ci]
            # (found with the article's extraction where it ran in a worker: kg.derive)
            evs = ctx.__dict__.get("derived", {}).get("evidence")
            self._evs[ci] = evs if evs is not None and len(evs) == self._count(ctx) else None
        return self._evs[ci]

    def _make(self, key: tuple[str, str, str]) -> Relation:
        s, p, o = key
        items: list[tuple[Candidate | None, Evidence]] = []
        for ci, n in self._src[key]:
            if ci < 0:
                items.append((None, _DIVISION_LIST))
                continue
            ctx = self._contexts[ci]
            c = self._candidate(ctx, n)
            evs = self._evidence_of(ci)
            items.append((c, evs[n] if evs is not None else evidence_of(ctx.doc, c, self._texts)))
        if len(items) == 1:  # (most relations: one candidate, its evidence as it is)
            c1, ev1 = items[0]
            if c1 is None:
                return Relation(s, p, o, (ev1,))
            return Relation(s, p, o, (ev1,), c1.amount, c1.currency, c1.approximate, c1.date, c1.title)
        best = max((c for c, _ in items if c is not None), key=lambda c: c.confidence, default=None)
        # one evidence per (document, start, rule): the statement IRI is keyed on them
        best_ev: dict[tuple[str, int, str], Evidence] = {}
        for _, ev in items:
            k = (ev.doc_id, ev.start, ev.rule)
            if k not in best_ev or (ev.confidence, ev.end) > (best_ev[k].confidence, best_ev[k].end):
                best_ev[k] = ev
        evs = tuple(sorted(best_ev.values(), key=lambda e: (e.doc_id, e.start, e.rule)))
        kw: dict[str, Any] = {}
        if best is not None:
            kw = dict(
                amount=best.amount,
                currency=best.currency,
                approximate=best.approximate,
                date=best.date,
                title=best.title,
            )
            for c, _ in items:  # details may come from another evidence of the same fact
                if c is not None:
                    kw["amount"] = kw["amount"] if kw["amount"] is not None else c.amount
                    kw["currency"] = kw["currency"] or c.currency
                    kw["date"] = kw["date"] or c.date
                    kw["title"] = kw["title"] or c.title
        return Relation(s, p, o, evs, **kw)
