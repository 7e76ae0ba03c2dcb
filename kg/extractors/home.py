"""The article's home place: its province, city and county, read off the article itself.

Bare 省/市/县/区 (市委, 县发改局, 我市) stand for the place the article is about. That place comes from
the article (the places it names, most of all in its headline and opening lines, and the level it
calls home: 我市, 我县, 区委), never from a default.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..gazetteer import short_form
from ..scan import Scan
from .base import Context, tag, tokens, word_freq

# 我县 / 区委 / 县政府: the article calls a county-level unit home
COUNTY_HOME = Scan(
    # (该县: the anaphor of a report about the county it named before, as 我县 is of its own paper)
    re.compile(r"(?:我|本|全|该)(?:县|区|旗)|(?<![省市州盟])(?:县|区|旗)(?:委|政府|人民政府|人大|政协|纪委)")
)
# 我县 / 县委: the article calls a 县 (not a 区 or 旗) home
_OWN_COUNTY_HOME = Scan(re.compile(r"(?:我|本|全)县|(?<![省市州盟])县(?:委|政府|人民政府|人大|政协|纪委)"))
CITY_HOME = Scan(
    re.compile(r"(?:我|本|全)市|(?<![省县区州盟旗])市(?:委|政府|人民政府|人大|政协|纪委)"), by_first=True
)
_OPENING = 160  # the headline and the first lines say most about where an article is


def _word_edges(view: str, s: int, e: int) -> bool:
    """Is view[s:e] not glued inside a longer run of letters of another word? (cheap check: the
    characters around must not make a dictionary word with it)"""
    lo = max(0, s - 3)
    k = lo
    starts = set()
    for w in tokens(view[lo : e + 3]):
        starts.add(k)
        k += len(w)
    starts.add(k)
    return s in starts and e in starts


def _after_place(gaz, view: str, s: int) -> bool:
    """Does another place's name end right before s (朝阳柳城经济开发区: 柳城 inside a local zone's name)?"""
    return any(view[s - k : s] in gaz.short or view[s - k : s] in gaz.full for k in (2, 3) if s >= k)


def _everyday_word(word: str) -> bool:
    """Is a place's short form first of all an everyday word that is not a noun (jieba: frequency ≥ 2000,
    tagged neither as a noun nor a name: 合作 (合作市) is a verbal noun, 东方 (东方市) a direction)? Such a
    word written on its own (双方合作, 面向东方) says nothing about where an article is."""
    return word_freq(word) >= 2000 and not tag(word).startswith("n")


def _county_city(gaz, code: str) -> bool:
    """Is code a county-level city (开原市, 潜江市), which calls itself 市?"""
    p = gaz.by_code[code]
    return p.level == 3 and p.name.endswith("市")


def detect_home(ctx: Context, cands) -> None:
    """Set ctx.home_province, ctx.home_city and ctx.home_county from the places the article names.

    cands are the gazetteer hits (start, end, name, full?). Full names vote; short forms of provinces
    and cities vote when they stand as words of their own; the opening lines count double.
    """
    gaz = ctx.gaz
    view = ctx.view
    city_votes: defaultdict[str, float] = defaultdict(float)
    prov_votes: defaultdict[str, float] = defaultdict(float)
    county_votes: defaultdict[str, float] = defaultdict(float)
    short_county: defaultdict[str, int] = defaultdict(int)
    passed_up: defaultdict[str, float] = defaultdict(
        float
    )  # the share of a city's votes its counties gave it
    county_home = bool(COUNTY_HOME.search(view))
    city_home = bool(CITY_HOME.search(view))
    for s, e, name, full in cands:
        codes = gaz.full.get(name, []) if full else gaz.short.get(name, [])
        if not codes:
            continue
        if not full and all(gaz.by_code[c].level == 3 for c in codes):
            # a county's short form votes for nothing below, except in an article that calls a county
            # home, where one county's own short form written as a word is counted (segmenting only then)
            if _everyday_word(name):
                continue
            if county_home and len(codes) == 1 and _word_edges(view, s, e) and not _after_place(gaz, view, s):
                short_county[codes[0]] += 1
            elif city_home and len(codes) == 1 and _county_city(gaz, codes[0]) and _word_edges(view, s, e):
                # a county-level city calls itself 市 (我市, 市委, 落户什邡): its own short form written as
                # a word votes for it as its full name does
                p = gaz.by_code[codes[0]]
                w = 2.0 if s < _OPENING else 1.0
                county_votes[p.code] += w
                prov_votes[p.province] += w
                if p.parent in gaz.by_code and gaz.by_code[p.parent].level == 2:
                    city_votes[p.parent] += 0.5 * w
                    passed_up[p.parent] += 0.5 * w
            continue
        if not full and not _word_edges(view, s, e):
            continue
        weight = (2.0 if s < _OPENING else 1.0) / len(codes)
        for code in codes:
            p = gaz.by_code[code]
            if not full and p.level == 3:
                continue  # a county's short form is too often part of another word
            w = weight if full or p.level == 1 else 0.5 * weight
            prov_votes[p.province] += w
            if p.level == 2:
                city_votes[code] += w
            elif p.level == 3:
                county_votes[code] += w
                if p.parent in gaz.by_code and gaz.by_code[p.parent].level == 2:
                    city_votes[p.parent] += 0.5 * w
                    passed_up[p.parent] += 0.5 * w
    recurring = [code for code, n in short_county.items() if n >= 2]
    if not county_votes and len(recurring) == 1 and county_home:
        # …but an article that calls a county home (我县), names no county in full and writes one county's
        # own short form as a word again and again (宣传X、推介X) is about that county, wherever the
        # events it reports took place
        p = gaz.by_code[recurring[0]]
        ctx.home_county, ctx.home_county_first = p.code, True
        ctx.home_province = p.province
        if p.parent in gaz.by_code and gaz.by_code[p.parent].level == 2:
            ctx.home_city = p.parent
        return
    county_cities = [(v, c) for c, v in county_votes.items() if _county_city(gaz, c)]
    # (a prefecture-level city counted on its own: the votes its counties passed up are theirs, so a
    # county-level city named as often as its own prefecture (集安市 beside 通化市) is not outvoted by them)
    best = max(county_cities, default=None)
    parent = gaz.by_code[best[1]].parent if best else ""
    others = max((v for c, v in city_votes.items() if c != parent), default=0.0)
    own = city_votes.get(parent, 0.0) - passed_up[parent] if parent else 0.0
    if city_home and best and best[0] > others and best[0] >= own:
        # an article that calls a 市 home and names a county-level city more often than any other
        # prefecture-level city and at least as often as its own (诸城, 什邡, 潜江 beside cities written only
        # in firm names; 集安 beside 通化) is about that county-level city
        p = gaz.by_code[max(county_cities)[1]]
        ctx.home_county, ctx.home_county_first = p.code, True
        ctx.home_province = p.province
        if p.parent in gaz.by_code and gaz.by_code[p.parent].level == 2:
            ctx.home_city = p.parent
        return
    if city_votes and city_home:
        # the article calls a city home (我市, 市委): the most named city is it, and its province
        ctx.home_city = max(city_votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
        ctx.home_province = gaz.by_code[ctx.home_city].province
    elif prov_votes:
        ctx.home_province = max(prov_votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    in_prov = {c: v for c, v in city_votes.items() if c.startswith(ctx.home_province[:2])}
    if in_prov and not ctx.home_city:
        ctx.home_city = max(in_prov.items(), key=lambda kv: (kv[1], kv[0]))[0]
    in_city = {
        c: v
        for c, v in county_votes.items()
        if c.startswith(ctx.home_province[:2])
        and (not ctx.home_city or gaz.by_code[c].parent == ctx.home_city)
    }
    if not in_city and ctx.home_city and _OWN_COUNTY_HOME.search(view):
        # an article that calls a 县 home (我县, 县委) and writes only its city's short name (本溪, 朝阳) is
        # about the county named like its city (本溪满族自治县, 朝阳县), when the city has one
        city = gaz.by_code[ctx.home_city]
        same = [
            c
            for c in gaz.short.get(short_form(city.name), [])
            if gaz.by_code[c].level == 3
            and gaz.by_code[c].parent == city.code
            and gaz.by_code[c].name.endswith("县")
        ]
        if len(same) == 1:
            ctx.home_county, ctx.home_county_first = same[0], True
            return
    if in_city:
        county = max(in_city.items(), key=lambda kv: (kv[1], kv[0]))[0]
        # the county is home when the article calls a county-level unit home (我县, 区委 …), or when it
        # is named at least as often as its city (乐陵市 in an article about 乐陵, whose 市委 is 乐陵市委)
        first = in_city[county] >= city_votes.get(ctx.home_city, 0)
        if first or COUNTY_HOME.search(view):
            ctx.home_county = county
            ctx.home_county_first = first


def home_code(ctx: Context, level: str) -> str:
    """The division code a bare level word (省, 市, 县, 区, 旗) stands for in this article, or ''."""
    if level == "省" or level == "自治区":
        province = ctx.gaz.by_code.get(ctx.home_province) if ctx.home_province else None
        if level == "自治区" and (province is None or not province.name.endswith("自治区")):
            return ""
        return ctx.home_province
    county = ctx.gaz.by_code.get(ctx.home_county) if ctx.home_county else None
    if level == "市":
        # a county-level city that the article is about calls itself 市 (乐陵市委 is 市委 there)
        if county is not None and county.name.endswith("市") and ctx.home_county_first:
            return ctx.home_county
        city = ctx.gaz.by_code.get(ctx.home_city) if ctx.home_city else None
        if city is not None and ctx.home_province and city.name == ctx.gaz.by_code[ctx.home_province].name:
            return ctx.home_province  # a municipality (天津市) is its own city
        return ctx.home_city
    if level in "州盟":  # an autonomous prefecture or a league is the article's prefecture-level unit
        city = ctx.gaz.by_code.get(ctx.home_city) if ctx.home_city else None
        return ctx.home_city if city is not None and city.name.endswith(level) else ""
    if county is not None and county.name.endswith(level):
        return ctx.home_county
    return ""


# 河北日报讯 / 湛江日报记者 at the start of a paragraph: the paper that publishes the article
DATELINE_PAPER = Scan(
    re.compile(
        # (江城日报融媒体记者 某某: the paper's converged newsroom credits its reporter)
        # (江城日报、江报全媒体记者 某某: the paper, then its newsroom's short name)
        r"(?:^|(?<=[\s\u3000]))([\u4e00-\u9fff]{2,8}?(?:日报|晚报|晨报|商报|时报|报))(?:社)?"
        r"(?:、[\u4e00-\u9fff]{2,6}?(?=融媒体|全媒体))?(?:融媒体|全媒体)?(?:讯|记者)",
        re.M,
    )
)


def publisher_in_text(view: str) -> str:
    """The newspaper an article names as its own in a dateline or credit (河北日报讯), or ''."""
    for m in DATELINE_PAPER.finditer(view):
        if m.group(1) != "本报" and not m.group(1).endswith("本报"):
            return m.group(1)
    return ""


# 河北日报讯 / 东北网5月22日讯 / 国际在线重庆频道消息: the outlet that opens a paragraph's dateline
DATELINE_OUTLET = Scan(
    re.compile(
        # (文化艺术网-文化艺术报讯: a site and its paper joined by a dash; the paper is the outlet)
        r"^[\s\u3000]*(?!据)(?:[\u4e00-\u9fff]{2,10}?(?:网|报|电视台)[-－—](?![\u4e00-\u9fff]{2,10}?网[\u4e00-\u9fff0-9]{0,8}?(?:讯|消息)))?"
        r"([\u4e00-\u9fff]{2,10}?(?:日报|晚报|晨报|商报|时报|报|网|在线|广播电视台|电视台))"
        # (江城日报-江城网5月6日讯: the paper first and its site after the dash (group 2, an institution of its own);
        # the paper is the outlet too)
        r"(?:(?<=报)[-－—]([\u4e00-\u9fff]{2,10}?网))?"
        # (江城日报·江城新闻客户端5月6日讯: the paper and its app channel after a middle dot; the paper is the outlet)
        r"(?:社)?(?:·[\u4e00-\u9fff]{2,10})?[\u4e00-\u9fff0-9]{0,8}?(?:讯|消息)",
        re.M,
    )
)
