"""People: bylines and photo credits, names next to titles, and a title resolved to a later name."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import NOT_NAMES, SURNAMES_1, SURNAMES_2, TITLES
from ..model import ORG_CLASSES
from ..registry import extractor
from .base import Context, cut, find_all, tag, tokens, word_freq

# Titles of public office make a Person an Official.
PUBLIC_TITLES = {
    "书记",
    "副书记",
    "市委书记",
    "市长",
    "副市长",
    "代市长",
    "县委书记",
    "县长",
    "副县长",
    "区长",
    "副区长",
    "区委书记",
    "镇长",
    "副镇长",
    "乡长",
    "村党支部书记",
    "村支书",
    "村主任",
    "村委会主任",
    "主任",
    "副主任",
    "局长",
    "副局长",
    "厅长",
    "副厅长",
    "部长",
    "副部长",
    "处长",
    "副处长",
    "科长",
    "副科长",
    "秘书长",
    "省长",
    "副省长",
    "省委书记",
    "选派干部",
    "驻村干部",
    "第一书记",
    "驻村第一书记",
    "党委书记",
    "党组书记",
    "调研员",
    "干部",
    "常委",
}
_TITLE_RX = "|".join(map(re.escape, TITLES))
_TITLES_LONGEST = sorted(TITLES, key=len, reverse=True)
_CREDIT = re.compile(r"(本报)?(特约)?(记者|通讯员)\s*([\u4e00-\u9fff]{2,3})(?=\s|摄|报道|采写|$|[，,。])")
_PHOTO = re.compile(r"(?:^|\s)([\u4e00-\u9fff]{2,3})\s*摄\s*$")
_AFTER_TITLE = re.compile(rf"({_TITLE_RX})([\u4e00-\u9fff]{{2,3}})")
_AFTER_NAME = set("说在和与是的也就等为对从向将把被让给了都还又表介称")
_SPEECH = re.compile(r"([\u4e00-\u9fff]{2,3})(?=说|表示|介绍|告诉记者|家住|和工友|等人|坦言|笑着说)")


def is_name(s: str, strict: bool = True) -> bool:
    if len(s) < 2 or len(s) > 4 or s in NOT_NAMES or any(c in s for c in "市县区省镇乡村"):
        return False
    from .base import tag, word_freq

    if strict and word_freq(s) > 0 and not tag(s).startswith("nr"):
        return False  # 位于, 关于, 高效: dictionary words that are not names
    if s[:2] in SURNAMES_2:
        return len(s) >= 3
    return s[0] in SURNAMES_1


@lru_cache(maxsize=4096)
def _hmm_words(text: str) -> list[str]:
    return cut(text, hmm=True)


def _name_at(ctx: Context, vs: int) -> int:
    """Length (2 or 3) of a person name starting at view position vs, or 0."""
    view = ctx.view
    cand = view[vs : vs + 4]
    if len(cand) >= 3 and cand[2] in _AFTER_NAME and is_name(cand[:2]):
        return 2  # 史强说 / 李波在
    # jieba split the name: prefer 3 characters when the third is not the start of a common word
    # the name must not be the start of an ordinary word (信箱里, 都有备)
    lead = tokens(view[vs : vs + 4])
    if lead and len(lead[0]) >= 2 and not tag(lead[0]).startswith("nr") and word_freq(lead[0]) >= 20:
        return 0
    inner = tokens(cand[1:4])
    if (
        inner
        and len(inner[0]) >= 2
        and tag(inner[0]) in ("v", "d", "ad", "p", "c")
        and word_freq(inner[0]) > 1000
    ):
        return 0  # 时坚持: a character and a verb, not a name
    for n in (3, 2):
        # cand[:n] is shorter than n at the end of the text (记者李红 as the last words)
        if len(cand) >= n and is_name(cand[:n]) and not _place_or_org(ctx, vs, vs + n):
            # a third character that starts a dictionary word belongs to the next word (史强直奔)
            rest = tokens(view[vs + n - 1 : vs + n + 4])
            if n == 3 and rest and len(rest[0]) > 1:
                continue
            return n
    return 0


def _place_or_org(ctx: Context, vs: int, ve: int) -> bool:
    """Does a non-person mention cover any of view[vs:ve]? (a coverage map, rebuilt when mentions change)"""
    ms = ctx.mentions
    n, last, cov = ctx.cache.get("covered") or (0, None, None)
    # mentions are mostly appended: extend the map with the new ones, rebuild if any were removed
    if cov is None or n > len(ms) or (n and ms[n - 1] is not last):
        n, cov = 0, bytearray(len(ctx.view) + 1)
    if n < len(ms):
        for m in ms[n:]:
            if m.type not in ("Person", "Official"):
                cov[m.vstart : m.vend] = b"\x01" * (m.vend - m.vstart)
        ctx.cache["covered"] = (len(ms), ms[-1], cov)
    return any(cov[vs:ve])


def _person(ctx: Context, vs: int, ve: int, rule: str, conf: float, official: bool):
    if _place_or_org(ctx, vs, ve):
        return None
    m = ctx.add(vs, ve, "Official" if official else "Person", rule, conf)
    if m is None:
        m = next(
            x for x in ctx.mentions if x.vstart == vs and x.vend == ve and x.type in ("Person", "Official")
        )
    return m


def _publisher(ctx: Context, near: int):
    pubs = [m for m in ctx.mentions if m.rule == "institution.publisher"]
    if not pubs:
        return None
    return min(pubs, key=lambda m: abs(m.vstart - near))


@extractor("people", order=50)
def extract_people(ctx: Context) -> None:
    view = ctx.view
    for sent in ctx.doc.sentences:
        s = sent.text
        base = sent.vstart
        # credits and bylines: 本报记者 李波 / 本报特约记者 桂铁军 摄 / 张瑜 摄 / 记者王晓波报道
        for m in _CREDIT.finditer(s):
            vs = base + m.start(4)
            n = len(m.group(4)) if sent.kind in ("credit", "byline") else _name_at(ctx, vs)
            if not n or not is_name(view[vs : vs + n], strict=sent.kind not in ("credit", "byline")):
                continue
            p = _person(ctx, vs, vs + n, "person.credit", 0.9, False)
            title = ("特约" if m.group(2) else "") + m.group(3)
            if p and (m.group(1) or sent.kind in ("credit", "byline") or "本报讯" in s[: m.start()]):
                pub = _publisher(ctx, vs)
                if pub:
                    ctx.relate(
                        "worksFor",
                        p,
                        pub,
                        "worksFor.credit",
                        0.85,
                        span=(sent.vstart, sent.vend),
                        title=title,
                    )
        if sent.kind == "credit" or s.endswith("摄"):
            pm = _PHOTO.search(s)
            if pm and is_name(pm.group(1), strict=False) and not re.search(r"记者\s*" + pm.group(1), s):
                vs = base + pm.start(1)
                p = _person(ctx, vs, vs + len(pm.group(1)), "person.photo-credit", 0.8, False)
                pub = _publisher(ctx, vs)
                if p and pub:
                    ctx.relate(
                        "worksFor",
                        p,
                        pub,
                        "worksFor.photo-credit",
                        0.6,
                        span=(sent.vstart, sent.vend),
                        title="摄影",
                    )
        # ORG + TITLE + NAME and TITLE + NAME
        for m in _AFTER_TITLE.finditer(s):
            title = m.group(1)
            if title in ("记者", "特约记者", "通讯员"):
                continue
            vs = base + m.start(2)
            n = _name_at(ctx, vs)
            if not n:
                continue
            p = _person(ctx, vs, vs + n, "person.title", 0.85, title in PUBLIC_TITLES)
            if p:
                _employer(ctx, p, base + m.start(1), title, sent)
        for m in _SPEECH.finditer(s):
            vs = base + m.start(1)
            words = _hmm_words(s[max(0, m.start(1) - 2) : m.end(1) + 2])
            if (
                m.group(1) in words
                and is_name(m.group(1))
                and not _place_or_org(ctx, vs, vs + len(m.group(1)))
            ):
                _person(ctx, vs, vs + len(m.group(1)), "person.speech", 0.65, False)
    _title_only(ctx)
    _repeat_names(ctx)
    _takes_post(ctx)


_GOV_TITLES = {
    "市长",
    "副市长",
    "代市长",
    "县长",
    "副县长",
    "代县长",
    "区长",
    "副区长",
    "省长",
    "副省长",
    "书记",
    "副书记",
    "市委书记",
    "县委书记",
    "区委书记",
    "镇长",
    "副镇长",
    "乡长",
    "副乡长",
}
_COMPANY_TITLES = {
    "董事长",
    "副董事长",
    "总经理",
    "副总经理",
    "总裁",
    "副总裁",
    "总工程师",
    "经理",
    "厂长",
    "副厂长",
    "总监",
    "负责人",
    "创始人",
    "法人代表",
    "法定代表人",
    "技术员",
    "工程师",
}


def _employer(ctx: Context, person, title_vs: int, title: str, sent) -> None:
    """ORG immediately before the title employs the person; 公司总经理 means the company just named."""
    view = ctx.view
    if view[title_vs - 1 : title_vs] == "、":
        # 铁岭市委副书记、市长王世伟: an earlier title of the same person, with its body before it
        prev = next((t for t in _TITLES_LONGEST if view.endswith(t, 0, title_vs - 1)), "")
        if prev:
            _employer(ctx, person, title_vs - 1 - len(prev), prev, sent)
    orgs = [m for m in ctx.mentions if m.vend == title_vs and (m.type in ORG_CLASSES)]
    if not orgs:
        # 三家子村党支部书记: the longest title (村党支部书记) swallowed the end of the body's name;
        # the body named there holds the rest of the title (书记)
        orgs = [
            m
            for m in ctx.mentions
            if m.type in ORG_CLASSES
            and title_vs < m.vend < title_vs + len(title)
            and m.vstart < title_vs
            and title[m.vend - title_vs :] in TITLES
        ]
    if orgs:
        org = max(orgs, key=lambda m: m.vend - m.vstart)
        if org.vend > title_vs:
            title = title[org.vend - title_vs :]
        ctx.relate(
            "worksFor",
            person,
            org,
            "worksFor.org-title-name",
            0.85,
            span=(org.vstart, person.vend),
            title=title,
        )
        return
    places = [m for m in ctx.mentions if m.vend == title_vs and m.code]
    if places and title in _GOV_TITLES:
        # 锦州市副市长陈光耀 works for 锦州市政府; 黑山县县长 for 黑山县政府; 市委书记 for the party committee
        place = places[0]
        pname = ctx.gaz.by_code[place.code].name
        want = (
            (pname + "委", "中共" + pname + "委") if "书记" in title else (pname + "政府", pname + "人民政府")
        )
        body = next((m for m in ctx.mentions if m.type == "GovernmentBody" and m.name in want), None)
        if body is not None:
            ctx.relate(
                "worksFor",
                person,
                body,
                "worksFor.government-post",
                0.7,
                span=(place.vstart, person.vend),
                title=title,
            )
        return
    if view[max(0, title_vs - 2) : title_vs] in ("公司", "企业") and title in _COMPANY_TITLES:
        limit = title_vs - 2
        if view[sent.vstart : sent.vstart + 1] == "”":
            # “……”公司副总经理唐婉清说: skip the quoted speech, whose companies are not the speaker's
            q = view.rfind("“", 0, sent.vstart)
            limit = q if q >= 0 else limit
        before = [
            m for m in ctx.mentions if m.type == "Company" and m.vend <= limit and title_vs - m.vend < 600
        ]
        if before:
            org = max(before, key=lambda m: m.vend)  # the nearest; mentions are in extractor order here
            ctx.relate(
                "worksFor",
                person,
                org,
                "worksFor.company-anaphor",
                0.7,
                span=(title_vs - 2, person.vend),
                title=title,
            )
        return
    # 研究院院长姜丽华 / 合作社理事长X: the bare head noun refers back to the last organisation of that kind
    head = next((h for h in _ORG_HEADS if view[max(0, title_vs - len(h)) : title_vs] == h), "")
    if head and title in _HEAD_TITLES.get(head, ()):
        org = _last_org_of_kind(ctx, head, title_vs - len(head))
        if org is not None:
            ctx.relate(
                "worksFor",
                person,
                org,
                "worksFor.org-anaphor",
                0.65,
                span=(title_vs - len(head), person.vend),
                title=title,
            )
        return
    # 朝阳市农业农村局派驻东台子村的第一书记王志刚: the sending body employs the person
    mm = _SENT_BY.search(view, sent.vstart, title_vs)
    if mm:
        senders = [m for m in ctx.mentions if m.vend == mm.start() and m.type in ORG_CLASSES]
        if senders:
            org = max(senders, key=lambda m: m.vend - m.vstart)
            ctx.relate(
                "worksFor", person, org, "worksFor.sent-by", 0.7, span=(org.vstart, person.vend), title=title
            )


_SENT_BY = re.compile(r"(?:派驻|选派|下派|派往|派到)[^，,。；]{0,24}?的$")


def _last_org_of_kind(ctx: Context, head: str, limit: int):
    """The nearest Institution or Company before limit whose name ends in head (研究院), or None."""
    before = [
        m
        for m in ctx.mentions
        if m.type in ("Institution", "Company")
        and m.name.endswith(head)
        and m.vend <= limit
        and limit - m.vend < 600
    ]
    return max(before, key=lambda m: m.vend) if before else None


_TAKES_POST = re.compile(r"兼任|担任|出任")


def _takes_post(ctx: Context) -> None:
    """王晓光兼任研究院院长 / X担任某公司总经理: the person works for the body whose post they take."""
    view = ctx.view
    for p in [m for m in ctx.mentions if m.type in ("Person", "Official")]:
        mm = _TAKES_POST.match(view, p.vend)
        if not mm:
            continue
        k = mm.end()
        named = [m for m in ctx.mentions if m.vstart == k and m.type in ORG_CLASSES]
        if named:
            org = max(named, key=lambda m: m.vend - m.vstart)
            title = next((t for t in _TITLES_LONGEST if view.startswith(t, org.vend)), "")
            if title:
                ctx.relate(
                    "worksFor",
                    p,
                    org,
                    "worksFor.takes-post",
                    0.7,
                    span=(p.vstart, org.vend + len(title)),
                    title=title,
                )
            continue
        head = next((h for h in _ORG_HEADS if view.startswith(h, k)), "")
        title = next(
            (
                t
                for t in sorted(_HEAD_TITLES.get(head, ()), key=len, reverse=True)
                if view.startswith(t, k + len(head))
            ),
            "",
        )
        if head and title:
            org = _last_org_of_kind(ctx, head, p.vstart)
            if org is not None:
                ctx.relate(
                    "worksFor",
                    p,
                    org,
                    "worksFor.takes-post",
                    0.65,
                    span=(p.vstart, k + len(head) + len(title)),
                    title=title,
                )


_HEAD_TITLES = {
    "研究院": {"院长", "副院长"},
    "研究所": {"所长", "副所长"},
    "设计院": {"院长", "副院长"},
    "学院": {"院长", "副院长"},
    "医院": {"院长", "副院长"},
    "大学": {"校长", "副校长"},
    "合作社": {"理事长", "社长", "负责人"},
    "协会": {"会长", "副会长"},
    "商会": {"会长", "副会长"},
}
_ORG_HEADS = sorted(_HEAD_TITLES, key=len, reverse=True)


def _title_only(ctx: Context) -> None:
    """铁岭市生态环境局副局长,……他……  史强直奔问题而去: the title belongs to the next name given."""
    view = ctx.view
    rx = re.compile(rf"({_TITLE_RX})(?=[，,。；])")
    for m in rx.finditer(view):
        title = m.group(1)
        orgs = [o for o in ctx.mentions if o.vend == m.start() and o.type in ORG_CLASSES]
        if not orgs:
            continue
        org = max(orgs, key=lambda o: o.vend - o.vstart)
        window = view[m.end() : m.end() + 200]
        for w in _hmm_words(window):
            if is_name(w) and 2 <= len(w) <= 3:
                k = view.find(w, m.end())
                if _place_or_org(ctx, k, k + len(w)):
                    continue
                p = _person(ctx, k, k + len(w), "person.title-resolved", 0.7, title in PUBLIC_TITLES)
                if p:
                    ctx.relate(
                        "worksFor",
                        p,
                        org,
                        "worksFor.title-resolved",
                        0.7,
                        span=(org.vstart, m.end()),
                        title=title,
                    )
                break


def _repeat_names(ctx: Context) -> None:
    """Every later occurrence of a known name is a mention of that person too."""
    view = ctx.view
    names = {view[m.vstart : m.vend]: m.type for m in ctx.mentions if m.type in ("Person", "Official")}
    for name, typ in names.items():
        for k in find_all(view, name):
            if not _place_or_org(ctx, k, k + len(name)):
                ctx.add(k, k + len(name), typ, "person.repeat", 0.8)
