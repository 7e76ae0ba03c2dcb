"""Places: provinces, cities and counties from the national list; towns and villages by pattern."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from ..gazetteer import Gazetteer, town_tails, towns, towns_by_county, village_line
from ..patterns import lazy
from ..registry import extractor
from ..scan import Scan
from .base import STOP_WORDS, Context, find_all, part, tag, tokens, word_freq
from .home import detect_home, home_code

HOME_CITY_REFS = ("全市", "我市", "本市")
HOME_PROVINCE_REFS = ("全省", "我省", "本省")
HOME_COUNTY_REFS = ("全县", "我县", "本县", "全区", "我区", "本区", "全旗", "我旗")
_HOME_REF = re.compile("|".join(HOME_CITY_REFS + HOME_PROVINCE_REFS + HOME_COUNTY_REFS))
# a bare 自治区 as a word of its own: not the end of a region's name (宁夏回族自治区, 西藏自治区), not a level
# (国家和自治区X, 各省、自治区、直辖市: level words in a coordination, no region named, as ../shared/dev d05's QA reads)
# (tried only where 自治区 is: its lookbehind-or-anchor start made re try every position)
_BARE_REGION = Scan(
    re.compile(r"(?:(?<=[是在由经对为到，,。])|^)自治区(?!级|、|[\u4e00-\u9fff]{0,2}(?:族|自治))", re.M)
)
# 2-character official names that are also everyday words (城区 is a district of 阳泉市 …).
# (新市区, a district of 乌鲁木齐, is also the everyday "new urban district": 最年轻的新市区)
_COMMON_FULL = {
    "城区",
    "郊区",
    "矿区",
    "市中区",
    "新区",
    "东区",
    "西区",
    "南区",
    "北区",
    "中区",
    "江北区",
    "新市区",
}

# patterns of the rules below, compiled once (they ran as strings in per-name loops)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _candidates(ctx: Context):
    """All gazetteer hits as (start, end, name, full?), overlaps resolved leftmost-longest."""
    gaz = ctx.gaz
    # gaz.iter_matches's hits, by start and the longest first (one sort: a span is one name)
    hits = gaz.automaton.find_matches_as_indexes(ctx.view, overlapping=True)
    hits.sort(key=lambda h: (h[1], -h[2]))
    names = gaz.names
    out = []
    last_end = -1
    for i, s, e in hits:
        if s < last_end:
            continue
        name = names[i]
        full = name in gaz.full
        if full and name in _COMMON_FULL:
            continue
        if full and e - s == 3 and not _starts_a_word(ctx, s):
            continue  # 桃园区 inside 猕猴桃园区: another word's tail and a level word, not a place
        out.append((s, e, name, full))
        last_end = e
    return out


@lru_cache(maxsize=8192)
def _fixed(gaz: Gazetteer, code: str) -> tuple[frozenset[str], str, int, int]:
    """What choosing a place reads of a division that no article changes (asked again for every name
    of every article): its ancestors, its province, its level and its code as a number."""
    p = gaz.by_code[code]
    return frozenset(gaz.ancestors(code)), p.province, p.level, int(code)


def _choose(ctx: Context, codes: list[str], full: bool, explicit: set[str]) -> str:
    """Pick the place a name refers to, by the article's context; '' if none is plausible."""
    gaz = ctx.gaz
    home = {ctx.home_city, ctx.home_province} - {""}
    home_province = ctx.home_province

    def score(code: str) -> tuple:
        anc, province, level, number = _fixed(gaz, code)
        return (
            code in explicit,
            not anc.isdisjoint(home) or code in home,
            province == home_province,
            -level,  # 铁岭 is the city before it is 铁岭县
            -number,
        )

    best = max(codes, key=score)
    if full:
        return best
    p = gaz.by_code[best]
    s = score(best)
    if s[0] or s[1] or p.level == 1:
        return best
    if p.level == 2 and s[2]:
        return best
    return ""


def _starts_a_word(ctx: Context, pos: int) -> bool:
    """Does a word start at view position pos (jieba's segmentation of the few characters around)?"""
    lo = max(0, pos - 4)
    k = lo
    for w in tokens(ctx.view[lo : pos + 4]):
        if k >= pos:
            return k == pos
        k += len(w)
    return k == pos


def _inside_a_word(ctx: Context, s: int, e: int) -> bool:
    """Is view[s:e] inside a longer dictionary word (jieba's segmentation of the few characters around)?"""
    lo = max(0, s - 3)
    k = lo
    for w in tokens(ctx.view[lo : e + 3]):
        if k < s < k + len(w) and k + len(w) >= e and len(w) > e - s:
            return True
        k += len(w)
    return False


# a two-character county whose first character is a conjunction (和县) and what follows 县/市/区 in an
# unnamed body's short form (县政府, 县委, 县人大, 县直, 县级)
_CONJUNCTIONS = frozenset("和与及同")
# natural features named with a word that is also a county's short form (X湾, X岛, X湖, X峡, X滩)
_FEATURE_AFTER = frozenset("湾岛湖峡滩江河")
_UNNAMED_BODY_START = frozenset("政委人直级属领")
# level words a county-level unit had under an older name (县 before it became a 区 or a 市)
_OLD_LEVELS = frozenset("县区市旗")


# provinces named by a natural feature and a direction (河北, 湖南, 山东): inside a feature's name and
# followed by a word for its side or its crossing (黄河北岸, 太湖南岸, 泰山东麓, 六股河北桥) they are that
# feature's side; before them stands the feature's own name, not a preposition or a list mark
_FEATURE_FIRST = frozenset("河湖山江")
_DIRECTIONS = frozenset("东南西北")
_SIDE_WORDS = frozenset("岸桥麓侧畔堤坡沿")
_BEFORE_PLACE = frozenset("在赴到至往从自与和及同是的于经由向对、")
# landforms named after a province's short form (山东半岛, 四川盆地, 河北平原): a region, not the province
_REGION_AFTER = ("半岛", "盆地", "平原", "高原", "丘陵")


def _feature_side(view: str, s: int, e: int, name: str) -> bool:
    """Is the province short form view[s:e] the side of a river, lake or mountain (黄河北岸)?"""
    return (
        len(name) == 2
        and name[0] in _FEATURE_FIRST
        and name[1] in _DIRECTIONS
        and s > 0
        and "\u4e00" <= view[s - 1] <= "\u9fff"
        and view[s - 1] not in _BEFORE_PLACE
        and view[e : e + 1] in _SIDE_WORDS
    )


def _not_a_place(ctx: Context, s: int, name: str) -> bool:
    """范县 inside 示范县, 和县 inside 共和县: the end of another word; 周某和县政府办: a conjunction
    before the article's own 县政府, not 和县."""
    if not _starts_a_word(ctx, s):
        return True
    if name[0] in "代副" and ctx.view[s + 2 : s + 3] == "长":
        return True  # 代县长 is the acting county head's title, not 代县 (Shanxi) and 长
    if name[0] == "容" and ctx.view[s - 1 : s] == name[1] and ctx.view[s + 2 : s + 3] == "貌":
        return (
            True  # 县容县貌 (a county's look, as 市容市貌): the idiom, not 容县 (Guangxi) between 县 and 貌
        )
    return (
        name[0] in _CONJUNCTIONS
        and s > 0
        and "\u4e00" <= ctx.view[s - 1] <= "\u9fff"
        and ctx.view[s + 2 : s + 3] in _UNNAMED_BODY_START
    )


@extractor("places", order=10)
def extract_places(ctx: Context) -> None:
    gaz = ctx.gaz
    # a two-character full name glued into another word (范县 in 示范县) or made of a conjunction and
    # a bare level word (周某和县政府办) is no place: it neither votes for home nor becomes a mention
    cands = [c for c in _candidates(ctx) if not (c[3] and c[1] - c[0] == 2 and _not_a_place(ctx, c[0], c[2]))]
    detect_home(ctx, cands)
    explicit = {c for _, _, name, full in cands if full for c in gaz.full[name]}
    far: list[tuple[int, int, str]] = []  # short forms of cities elsewhere, left out for now
    for s, e, name, full in cands:
        codes = gaz.full[name] if full else gaz.short[name]
        code = "" if full else _sibling(ctx, s, codes)
        if code:
            explicit.add(code)  # (朝阳 after 北京昌平、大兴、: a list's item is a sibling of the one before)
        else:
            code = _choose(ctx, codes, full, explicit)
        if not code:
            cities = [c for c in codes if gaz.by_code[c].level == 2]
            if not full and len(cities) == 1:
                far.append((s, e, cities[0]))
            continue
        place = gaz.by_code[code]
        if not full:
            # a short form must be a word of its own here, not the edge of another word
            t = tag(name)
            if (
                place.level == 3
                and code not in explicit
                and (word_freq(name) > 3000 or t not in ("ns", "nr", "nz", ""))
                # 五常 (jieba: a time word) under the article's own city, and no common word: the county
                and not (ctx.home_city and ctx.home_city in ctx.gaz.ancestors(code) and word_freq(name) < 100)
            ):
                continue
            if place.level == 2 and t not in ("ns", "nr", "nz", "", "d") and word_freq(name) > 3000:
                continue
            if code not in explicit and not _starts_a_word(ctx, s) and _inside_a_word(ctx, s, e):
                continue  # 海口 inside 出海口: the middle of another word
            if place.level == 3 and code not in explicit and ctx.view[e : e + 1] in _FEATURE_AFTER:
                continue  # 太平湾, 金沙滩, 黄浦江: a bay, beach or river named like a county, not the county
            if place.level == 1 and _feature_side(ctx.view, s, e, name):
                continue  # 黄河北岸, 六股河北桥, 泰山东麓: a river's or mountain's side, not 河北/山东
            if place.level == 1 and ctx.view.startswith(_REGION_AFTER, e):
                continue  # 山东半岛, 四川盆地, 河北平原: a landform named after the province, not the province
            if code not in explicit and name[0] in _CONJUNCTIONS and not _starts_a_word(ctx, e):
                continue  # 和安 in 质量和安全: a conjunction and the start of the next word
            level = ctx.view[e : e + 1]
            if (
                place.level == 3
                and level in _OLD_LEVELS
                and not place.name.endswith(level)
                and _starts_a_word(ctx, e + 1)
                and ctx.view[e + 1 : e + 2] not in _UNNAMED_BODY_START
            ):
                e += 1  # 罗江县 for today's 罗江区: the name the article writes (before a county became a
                # district, or a county-level city) is the mention, an alias of today's division
        ctx.add(
            s,
            e,
            place.cls,
            "place.gazetteer" if full else "place.short",
            0.95 if full else 0.8,
            label=place.name,
            code=code,
            parent_code=place.parent,
        )
    _coordinated_cities(ctx, far)
    # 全市 / 我省: the article's own city and province; a bare 自治区 after a verb or a clause break (是自治区建设
    # …的项目) is the article's own autonomous region, as 全省 is its province
    refs = [(m, m.group()[-1]) for m in _HOME_REF.finditer(ctx.view)]
    refs += [(m, "自治区") for m in _BARE_REGION.finditer(ctx.view)]
    for m, level in refs:
        code = home_code(ctx, level)
        if code:
            p = gaz.by_code[code]
            ctx.add(
                m.start(),
                m.end(),
                p.cls,
                "place.home-reference",
                0.7,
                label=p.name,
                code=code,
                parent_code=p.parent,
            )


def _sibling(ctx: Context, s: int, codes: list[str]) -> str:
    """北京昌平、大兴、朝阳: a county-level short name right after its municipality's name, or listed right
    after a county-level place, is the one under that municipality or that place's parent, if it has one
    there (朝阳区 of 北京, not 朝阳市 of 辽宁); else ''."""
    sep = ctx.view[s - 1 : s] in ("、", "和", "与", "及")
    end = s - 1 if sep else s
    prev = next((m for m in reversed(ctx.mentions) if m.code and m.vend == end), None)
    if prev is None:
        return ""
    gaz = ctx.gaz
    before = gaz.by_code[prev.code]
    if sep and before.level == 3:
        same = [c for c in codes if gaz.by_code[c].level == 3 and gaz.by_code[c].parent == before.parent]
    elif not sep and before.level == 1 and prev.code[:2] in _MUNICIPALITIES:
        same = [c for c in codes if gaz.by_code[c].level == 3 and c[:2] == prev.code[:2]]
    else:
        return ""
    return same[0] if len(same) == 1 else ""


# the four municipalities (GB/T 2260: 北京 11, 天津 12, 上海 31, 重庆 50), whose districts are county-level
_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})


# prepositions and verbs that take a place right after them (在南京, 赴深圳, 前往上海, 来自苏州)
_TO_A_PLACE = ("在", "赴", "到", "前往", "来自", "抵达")
# what makes a city's name the name of a part of something else (在淮安段: a section of a line, 在青岛路)
_PART_AFTER = frozenset("段路街站港湾籍")


def _coordinated_cities(ctx: Context, far: list[tuple[int, int, str]]) -> None:
    """沈阳、长春等地: a city outside the article's province, listed with a place already found, is
    that city; alone, its short form is too often part of another word (东北海陆 is not 北海)."""
    view = ctx.view
    for _ in range(len(far)):  # each round may anchor the next city in a list
        found = {(m.vstart, m.vend) for m in ctx.mentions if m.code}
        starts, ends = {a for a, _ in found}, {b for _, b in found}
        rest = []
        for s, e, code in far:
            sep_before = view[s - 1 : s] in ("、", "和", "与", "及")
            sep_after = view[e : e + 1] in ("、", "和", "与", "及")
            # (在南京举行, 赴深圳考察, 来自苏州: a place-taking preposition before a whole word)
            anchored = (
                view[max(0, s - 2) : s].endswith(_TO_A_PLACE)
                and view[e : e + 1] not in _PART_AFTER
                and _starts_a_word(ctx, e)
            )
            # (西藏林芝: right after its own province's name, an address written province first)
            under_province = any(
                m.vend == s and m.code and m.code == ctx.gaz.by_code[code].parent for m in ctx.mentions
            )
            if (
                (sep_before and s - 1 in ends)
                or (sep_after and e + 1 in starts)
                or anchored
                or under_province
            ):
                place = ctx.gaz.by_code[code]
                ctx.add(
                    s,
                    e,
                    place.cls,
                    "place.short-listed",
                    0.75,
                    label=place.name,
                    code=code,
                    parent_code=place.parent,
                )
            else:
                rest.append((s, e, code))
        if len(rest) == len(far):
            return
        far = rest


_LOCAL_HEAD = re.compile(r"街道|镇|乡|村|屯")
# after 村 these make another word (村内, 村民, 村企, 村委, 村干部, 村级, 村集体, 村务, 村里)
_VILLAGE_WORD_NEXT = frozenset("内民企委干级集务里容貌规道")
# a town followed by one of its villages (朱家角镇安庄村, 理川镇上马龙村): the pair is a place
# whatever precedes it, as long as the town's name starts at a boundary
_TOWN_VILLAGE = re.compile(r"(镇|乡|街道)(?=的?[\u4e00-\u9fff]{2,3}?村(?![民委务庄镇企内里级干集]))")
_LEFT_EDGE = frozenset("的在和与及于到至从、，,。；;：:“”‘’（）() \n")
# a list of village or town names closed by a count (福塘、德孚、当仁和斗山4个自然村)
_COUNTED_LIST = re.compile(
    r"((?:[\u4e00-\u9fff]{2,5}[、和及与]){1,12}[\u4e00-\u9fff]{2,5}?)(?:等)?"
    r"(?:[\d一二三四五六七八九十两]+)个(自然村|行政村|村|镇|乡镇|乡|街道|社区)"
)
# what every match of _COUNTED_LIST holds (a literal first character: a fast scan), tested first
_COUNTED_CUE = re.compile(r"个(?:自然村|行政村|村|镇|乡镇|乡|街道|社区)")
# every character a _COUNTED_LIST match consumes is an ideograph, a 、 or a digit: a match lies inside one
# run of them, and only in a run that holds a cue (tests/test_scan.py checks both)
_COUNTED_RUN = re.compile(r"[\u4e00-\u9fff、\d]*")


def _counted_lists(view: str) -> Iterator[re.Match]:
    """_COUNTED_LIST.finditer(view): the same matches, only the runs that hold a cue scanned (re tried
    the list's free opening at every position of the view: a third of a millisecond an article)."""
    rv = ""
    done = 0  # the end of the last run scanned
    for cue in _COUNTED_CUE.finditer(view):
        c = cue.start()
        if c < done:
            continue  # in the run just scanned
        if not rv:
            rv = view[::-1]
        run = _COUNTED_RUN.match(rv, len(view) - c)  # from the cue leftwards
        lo = c - (run.end() - run.start()) if run else c
        end = _COUNTED_RUN.match(view, c)
        done = end.end() if end else c
        yield from _COUNTED_LIST.finditer(view, lo, done)


# verbs that place a thing in a town, like 在: 位于城前镇驻地, 落户X镇
_LOCATIVE_VERBS = ("位于", "地处", "坐落于", "坐落在", "落户", "落户于", "落户到")
# after 城镇 these make the noun 城镇 (towns and cities) a compound: 城镇群, 城镇化, 城镇体系
_URBAN_NOUN_NEXT = re.compile(r"群|化|体系")
_TOWN_BODY = re.compile(r"党委|人民政府|政府|党工委|办事处")
_DETERMINERS = "各每该本这那某"  # 各乡镇, 这个镇: no name starts with these
_GENERIC_END = "乡城小"  # 小城镇, 城乡政府, 沿海乡镇: kinds of place before the head
_NOT_LOCAL = {
    "乡村",
    "农村",
    "农业农村",
    "全村",
    "城乡",
    "新农村",
    "村镇",
    "城镇",
    "乡镇",
    "城中村",
    "美丽乡村",
    "和美乡村",
    "家乡",
    "故乡",
    "下乡",
    "返乡",
    "重镇",
    "古镇",
    "小镇",
    "山村",
    "本村",
    "该村",
    "各村",
    "全镇",
    "全乡",
    "村村",
    "乡乡",
    "镇村",
    "街道",
    "新村",
    "水乡",
    "老乡",
    "同乡",
    "异乡",
    "城村",
}
_LOCAL_CONT = {
    "村委会",
    "村党支部",
    "镇政府",
    "乡政府",
    "镇党委",
    "乡党委",
    "村民委员会",
    "街道办事处",
    "街道办",
}


def _local_name_ok(ctx: Context, name_vs: int, he: int, head: str) -> bool:
    """Is view[name_vs:he] (ending in head) a town or village name rather than a phrase?"""
    name = ctx.view[name_vs:he]
    core_words = tokens(name[: -len(head)])
    if (
        "的" in name
        or any(w in STOP_WORDS for w in core_words)
        or name in ctx.gaz.short
        or name in ctx.gaz.full
    ):
        return False  # 引进的北镇 is a clause; 北镇 alone is 北镇市's short form
    if any(m.vstart <= name_vs and he <= m.vend and not m.code for m in ctx.mentions):
        return False  # 农业农村 inside 调兵山市农业农村局 is no village
    if name in _NOT_LOCAL or name[: -len(head)] in _NOT_LOCAL or any(c in name for c in "，,。、 "):
        return False
    if head == "乡" and name[-2:] in _NOT_LOCAL and core_words and len(core_words[-1]) == 1:
        return False  # 提升城乡: a verb before 城乡 (a kind of place), not a township's name
    # 各乡镇, 该村: a determiner, not a name (阿尔乡镇 is a town all the same)
    return name[0] not in _DETERMINERS


def _towns_before_villages(ctx: Context) -> None:
    """朱家角镇安庄村 / 理川镇上马龙村: a town written with one of its villages is a town."""
    view = ctx.view
    place_ends = {m.vend: m for m in ctx.mentions if m.code and not m.rule.startswith("place.home")}
    for h in _TOWN_VILLAGE.finditer(view):
        hs, he = h.start(), h.end()
        s_start, _ = ctx.sentence_bounds(hs)
        name_vs = -1
        for k in (3, 2):
            vs = hs - k
            if vs < s_start or not _HAN_RUN.fullmatch(view[vs:hs]):
                continue
            if vs == s_start or view[vs - 1] in _LEFT_EDGE or vs in place_ends:
                name_vs = vs
                break
        if name_vs < 0:  # no visible edge: the last word before the head (推动公会镇盘城房村)
            words = tokens(view[max(s_start, hs - 6) : hs])
            # (an ethnic township, 三道沟满族乡, is left to the general pattern)
            if words and 2 <= len(words[-1]) <= 3 and words[-1] not in STOP_WORDS and words[-1][-1] != "族":
                name_vs = hs - len(words[-1])
        if (
            name_vs < 0
            or view[name_vs:hs][-1] in _GENERIC_END
            or not _local_name_ok(ctx, name_vs, he, h.group())
        ):
            continue
        parent = place_ends.get(name_vs)
        ctx.add(
            name_vs,
            he,
            "Town",
            "place.town-before-village",
            0.7,
            parent_code=parent.code if parent else "",
            parts=(part("parent", parent),) if parent else (),
        )


_LIST_JOIN = lazy(r"[、和及与]")


def _listed_local_places(ctx: Context) -> None:
    """A list closed by a count of villages or towns names them (福塘、德孚、当仁和斗山4个自然村)."""
    view = ctx.view
    for m in _counted_lists(view):
        cls = "Village" if m.group(2).endswith(("村", "社区")) else "Town"
        raw = m.group(1)
        if "、" not in raw:
            continue
        # the first item starts after the last verb or function word before it (主要涉及A、B、C5个镇: the
        # 及 of 涉及 joins nothing)
        cut = acc = 0
        for w in tokens(raw[: raw.index("、")]):
            acc += len(w)
            if w in STOP_WORDS or tag(w).startswith("v"):
                cut = acc
        raw = raw[cut:]
        items = _LIST_JOIN.split(raw)
        if any(w in STOP_WORDS for it in items[1:] for w in tokens(it)):
            continue
        pos = m.start(1) + cut
        # the first item's run may hold the words before the list (有福塘): keep as many characters as
        # the longest other item
        width = max(len(it) for it in items[1:])
        first = items[0]
        if len(first) > width:
            pos += len(first) - width
            items[0] = first[-width:]
        for it in items:
            if len(it) >= 2 and it not in _NOT_LOCAL and it[0] not in _DETERMINERS:
                ctx.add(pos, pos + len(it), cls, "place.counted-list", 0.6)
            pos += len(it) + 1


# the heads of township-level names in the division list (kg/data/towns.tsv.gz); 民族乡 ends in 乡
_TOWN_HEAD = re.compile(r"街道|镇|乡|苏木")
# after a head these make another word (乡村, 乡镇, 镇村 as in 城镇村, 镇区, 街道办 is the town's office
# and stays): the name is not the township's there
_NOT_AFTER_HEAD = {
    "乡": frozenset("村镇土亲愁情音"),
    "镇": frozenset("区域村长级"),
    "街道": frozenset("两沿口"),
    "苏木": frozenset(),
}


def _context_divisions(ctx: Context) -> tuple[set[str], set[str]]:
    """The counties and cities whose townships an article may name: its own county and city, and every
    county or city it names (a town of a county the text never mentions is not looked for)."""
    counties = {ctx.home_county} - {""}
    cities = {ctx.home_city[:4]} - {""}
    for m in ctx.mentions:
        if m.code:
            level = ctx.gaz.by_code[m.code].level
            if level == 3:
                counties.add(m.code)
            elif level == 2:
                cities.add(m.code[:4])
    return counties, cities


def listed_town_counties(ctx: Context, name: str) -> list[str]:
    """The codes of the article's counties (or cities) that have a township called name, by the
    division list; empty when the name is no township of the article's places."""
    codes = towns().get(name)
    if not codes:
        return []
    counties, cities = ctx.cache.get("town-context") or ctx.cache.setdefault(
        "town-context", _context_divisions(ctx)
    )
    near = [c for c in codes if c in counties]
    return near or [c for c in codes if c[:4] in cities]


def _division_before(ctx: Context, vs: int, codes: tuple[str, ...]):
    """The county (or city) written right before a listed town's name, as the list places the town:
    开原八棵树镇, 澄江县龙街街道 (澄江县 is today's 澄江市: the old level word, as places do), 湟中县X镇.
    Returns (start, code) or None; the town confirms a short form that alone would be too weak."""
    view = ctx.view
    gaz = ctx.gaz
    for k in (9, 8, 7, 6, 5, 4, 3, 2):
        s = vs - k
        if s < 0:
            continue
        w = view[s:vs]
        cands = gaz.full.get(w, []) + gaz.short.get(w, [])
        if not cands and w[-1] in _OLD_LEVELS:
            cands = gaz.short.get(w[:-1], [])
        hit = [c for c in cands if c in codes or c[:4] + "00" in codes and gaz.by_code[c].level == 2]
        if len(hit) == 1:
            return s, hit[0]
    return None


def _listed_towns(ctx: Context) -> None:
    """镇, 乡, 街道 and 苏木 names that the division list gives to a county or city the article is about,
    names, or writes right before the town (开原八棵树镇) are towns without the patterns' other cues
    (庆云堡镇大力发展蔬菜产业 in an article about 开原市); the longest listed name ending at a head wins,
    and it must start where a word does."""
    view = ctx.view
    ctx.cache.pop("town-context", None)
    table = towns()
    # the heads with a listed name before them (dictionary look-ups only: most articles have none)
    heads = []
    tails = town_tails()
    for h in _TOWN_HEAD.finditer(view):
        hs, he = h.span()
        if (
            hs >= 2
            and view[hs - 1 : he] in tails
            and (
                view[hs - 2 : he] in table
                or view[hs - 3 : he] in table
                or view[hs - 4 : he] in table
                or view[hs - 5 : he] in table
                or view[hs - 6 : he] in table
            )
        ):
            heads.append(h)
    if not heads:
        return
    gaz = ctx.gaz
    place_ends = {m.vend: m for m in ctx.mentions if m.code and not m.rule.startswith("place.home")}
    others = [m for m in ctx.mentions if not m.code]
    for h in heads:
        hs, he = h.span()
        head = h.group()
        if view[he : he + 1] in _NOT_AFTER_HEAD[head]:
            continue
        found = None
        for k in (6, 5, 4, 3, 2):  # the core before the head: the longest listed name first
            vs = hs - k
            if vs < 0 or view[vs:he] not in table or not _HAN_RUN.fullmatch(view[vs:hs]):
                continue
            # (a county before the town: only where a name can end right before it)
            before = (
                None
                if vs in place_ends or vs == 0 or view[vs - 1] in _LEFT_EDGE
                else _division_before(ctx, vs, table[view[vs:he]])
            )
            if not (
                before
                or vs in place_ends
                or vs == 0
                or view[vs - 1] in _LEFT_EDGE
                or vs == ctx.sentence_bounds(vs)[0]
                or _starts_a_word(ctx, vs)
            ):
                continue  # the name would start inside another word (发展新台子镇 is fine, 重镇 is not)
            codes = [before[1]] if before else listed_town_counties(ctx, view[vs:he])
            if codes:
                found = (vs, codes, before)
                break
        if found is None:
            continue
        vs, codes, before = found
        name = view[vs:he]
        if name[: -len(head)] in _NOT_LOCAL or name in gaz.full or name in gaz.short:
            continue
        if any(o.vstart <= vs and he <= o.vend for o in others):
            continue  # inside a body's name already found (X镇人民政府): the body's rules read it
        parent = place_ends.get(vs)
        if before and parent is None:
            place = gaz.by_code[before[1]]
            parent = ctx.add(
                before[0],
                vs,
                place.cls,
                "place.before-town",
                0.8,
                label=place.name,
                code=place.code,
                parent_code=place.parent,
            )
            if parent is not None:
                place_ends[vs] = parent
                ctx.cache.pop("town-context", None)
        ctx.add(
            vs,
            he,
            "Town",
            "place.town-list",
            0.8,
            parent_code=parent.code if parent else (codes[0] if len(set(codes)) == 1 else ""),
            parts=(part("parent", parent),) if parent else (),
        )


_SHORT_HEADS = ("镇", "乡", "街道", "苏木")


def _short_names(ctx: Context, counties: set[str]) -> dict[str, str]:
    """The bare names (铧子) of the townships of these counties, each with its listed name (铧子镇); a bare
    name two townships share is left out."""
    key = ("town-short", frozenset(counties))
    got = ctx.cache.get(key)
    if got is None:
        got = {}
        shared = set()
        for c in counties:
            for core, full in town_cores(c).items():
                if got.setdefault(core, full) != full:
                    shared.add(core)
        for core in shared:
            del got[core]
        ctx.cache[key] = got
    return got


@lru_cache(maxsize=4096)
def town_cores(county: str) -> dict[str, str]:
    """A county's townships by their bare names (铧子 → 铧子镇; a bare name two of them share is left out)."""
    seen: dict[str, list[str]] = {}
    for name in towns_by_county().get(county, ()):
        head = _TOWN_HEAD.search(name, len(name) - 2)
        if head:
            seen.setdefault(name[: head.start()], []).append(name)
    return {core: full[0] for core, full in seen.items() if len(full) == 1}


def _short_town(ctx: Context, core: str, counties: set[str]) -> str:
    """The one township of the article's counties whose name is core and a head (铧子 → 铧子镇), or ''."""
    full = _short_names(ctx, counties).get(core, "")
    return full if full and word_freq(core) < 300 else ""


def _listed_short_towns(ctx: Context) -> None:
    """铧子、西大窑两个采煤沉陷区: two or more names of one 、 list, each a township of a county the article is
    about or names, written without its head, are those towns (labelled with the full name). One short
    name alone is left: without the list, a township's bare name is too often a word or another name."""
    view = ctx.view
    if "、" not in view:
        return
    counties = (ctx.cache.get("town-context") or _context_divisions(ctx))[0]
    short = _short_names(ctx, counties) if counties else {}
    if not short:
        return
    covered = [(m.vstart, m.vend) for m in ctx.mentions]
    for k in find_all(view, "、"):
        left = right = None
        for n in (4, 3, 2):  # the item before: ends at the mark, starts at a visible edge or a word
            s = k - n
            full = _short_town(ctx, view[s:k], counties) if s >= 0 and view[s:k] in short else ""
            if full and (s == 0 or view[s - 1] in _LEFT_EDGE or _starts_a_word(ctx, s)):
                left = (s, k, full)
                break
        for n in (4, 3, 2):  # the item after: starts at the mark, ends where a word does
            e = k + 1 + n
            full = _short_town(ctx, view[k + 1 : e], counties) if view[k + 1 : e] in short else ""
            if full and _starts_a_word(ctx, e):
                right = (k + 1, e, full)
                break
        if (
            left is None
            or right is None
            # (an item that is part of a name already found, a place or a company, is no bare town)
            or any(a <= s < b or a < e <= b for a, b in covered for s, e, _ in (left, right))
        ):
            continue
        for s, e, full in (left, right):
            codes = [c for c in towns()[full] if c in counties]
            ctx.add(s, e, "Town", "place.town-list-short", 0.65, label=full, parent_code=codes[0])


# before 村 these make a word (乡村, 农村: a third of all 村 in government news, and 0.15 % of the list's
# village names, which the patterns still read after their town) or a count or determiner (3个村, 该村)
_NOT_BEFORE_VILLAGE_HEAD = frozenset("乡农个全该各每本")


def _listed_villages(ctx: Context) -> None:
    """X村 names that the division list gives to the article's own county (the one it calls home, else the
    one to three it names), or to a county its sentence names (written out, or as the county of a town
    the sentence names), are villages without the patterns' cues
    (三家子村大力发展庭院经济 in an article about 开原市). Counties only, not cities: a city has thousands
    of villages. The name must start where a word does, and a name of everyday words (下地村) is read
    only right after its town."""
    view = ctx.view
    if "村" not in view:
        return
    gaz = ctx.gaz
    # the counties each sentence names (by sentence start), the towns' counties among them
    near: dict[int, set[str]] = {}
    for m in ctx.mentions:
        code = m.code if m.code and gaz.by_code[m.code].level == 3 else ""
        if not code and m.type == "Town" and m.parent_code in gaz.by_code:
            code = m.parent_code if gaz.by_code[m.parent_code].level == 3 else ""
        if code:
            near.setdefault(ctx.sentence_bounds(m.vstart)[0], set()).add(code)
    # the article's own counties: the one it calls home, or all it names when they are at most three
    named = set().union(*near.values()) if near else set()
    own = {ctx.home_county} if ctx.home_county else (named if len(named) <= 3 else set())
    home = [v for v in (village_line(c) for c in sorted(own)) if v]
    if not home and not near:
        return
    hits = []
    for k in find_all(view, "村"):
        he = k + 1
        if view[he : he + 1] in _VILLAGE_WORD_NEXT or k < 2 or view[k - 1] in _NOT_BEFORE_VILLAGE_HEAD:
            continue
        if not "\u4e00" <= view[k - 1] <= "\u9fff":
            continue
        lines = list(home)
        lines += [village_line(c) for c in sorted(near.get(ctx.sentence_bounds(k)[0], ())) if c not in own]
        for n in (5, 4, 3, 2):  # the longest listed name first
            vs = k - n
            if vs >= 0 and any(f" {view[vs:he]} " in v for v in lines if v):
                hits.append((vs, he))
                break
    if not hits:
        return
    town_ends = {m.vend: m for m in ctx.mentions if m.type == "Town"}
    covered = [(m.vstart, m.vend) for m in ctx.mentions if m.type != "Town"]
    for vs, he in hits:
        name = view[vs:he]
        town = town_ends.get(vs)
        if name[:-1] in _NOT_LOCAL or name[0] in _DETERMINERS:
            continue
        if town is None and (
            _common_core(name[:-1])
            or not (vs == 0 or view[vs - 1] in _LEFT_EDGE or _starts_a_word(ctx, vs))
            or any(a <= vs < b or a < he <= b for a, b in covered)
        ):
            continue
        ctx.add(vs, he, "Village", "place.village-list", 0.7, parts=(part("parent", town),) if town else ())


@extractor("local-places", order=25)
def extract_towns_villages(ctx: Context) -> None:
    """镇/乡/街道 and 村/屯 names: right after a known place, or a short name of their own."""
    view = ctx.view
    _listed_towns(ctx)
    _listed_short_towns(ctx)
    _towns_before_villages(ctx)
    _listed_local_places(ctx)
    places = sorted(
        (m for m in ctx.mentions if m.code and not m.rule.startswith("place.home")), key=lambda m: m.vend
    )
    ends = {m.vend: m for m in places}
    # the towns the division list gave enclose what follows them (永陵镇赫图阿拉村)
    ends.update((m.vend, m) for m in ctx.mentions if m.rule == "place.town-list")
    for h in _LOCAL_HEAD.finditer(view):
        hs, he = h.start(), h.end()
        head = h.group()
        if view[he : he + 1] in (
            "工",
            "部",
            "局",
            "厅",
            "委",
            "办",
            "产",
            "经",
            "振",
        ) and not _TOWN_BODY.match(view, he):
            continue  # 农业农村工作 / 农村部: a field of work, not a village (but 街道办事处, 街道党工委)
        if head == "村" and view[he : he + 1] and view[he] in _VILLAGE_WORD_NEXT:
            continue  # 在村内, 村企联动, 村民: 村 starts another word here
        if head == "镇" and view[hs - 1 : hs] == "城" and _URBAN_NOUN_NEXT.match(view, he):
            continue  # 河谷城镇群, 新型城镇化: the noun 城镇 (towns and cities), no town's name
        # the word that starts at the head must be the head itself (村民 is not a village), unless
        # an enclosing place comes right before the name (大洼区西安镇上口子村: jieba glues 镇上)
        nxt = tokens(view[hs : hs + 5])[0] if hs < len(view) else ""
        glued = len(nxt) > len(head) and not any(view.startswith(c, hs) for c in _LOCAL_CONT)
        # the core: up to 4 characters after an enclosing place, else a 2-3 character word
        best = None
        for k in (2, 3, 4):
            vs = hs - k
            if vs < 0:
                break
            core = view[vs:hs]
            if not _HAN_RUN.fullmatch(core):
                break
            if vs in ends and view[vs] not in _LEFT_EDGE:  # (庐江县在X镇: 在 starts the place phrase)
                lead = tokens(core)[0]
                if len(lead) >= 2 and lead[-1] in "乡镇村" and len(lead) < len(core) - 1:
                    vs += len(lead)  # 万宁侨乡龙滚镇: a word for a kind of place before the name
                best = (vs, ends[hs - k])
                break
        if glued and (best is None or view[he : he + 1] in ("镇", "乡", "村")):
            continue  # 阿尔乡镇: the name goes on to the next head
        name_vs = best[0] if best else None
        parent = best[1] if best else None
        if name_vs is None:
            # 在公营子镇建起…: after 在, a 2-3 character core with a town head is a place
            # …项目(月河镇): a 2-3 character core alone in brackets with a town head is a place too
            bracketed = view[he : he + 1] in (")", "）")
            k = next(
                (
                    k
                    for k in (3, 2)
                    if hs - k > 0
                    and (
                        view[hs - k - 1] == "在"
                        or view.endswith(_LOCATIVE_VERBS, 0, hs - k)
                        or bracketed
                        and view[hs - k - 1] in ("(", "（")
                    )
                    and _HAN_RUN.fullmatch(view[hs - k : hs])
                ),
                0,
            )
            # …but not a kind of place (各乡镇, 小城镇, 沿海乡镇)
            if k and head in ("镇", "乡", "街道") and view[hs - 1] not in _GENERIC_END:
                name_vs = hs - k
            # 旅顺开发区、龙头街道、水师营街道: an item of a 、 list (the enumeration comma sits right
            # before or after it) with a town head is a town; 村 is left out (村企, 村民 lists)
            elif (
                head in ("镇", "乡", "街道")
                and view[hs - 1] not in _GENERIC_END
                and (
                    k := next(
                        (
                            k
                            for k in (3, 2)
                            if hs - k > 0
                            and _HAN_RUN.fullmatch(view[hs - k : hs])
                            and (
                                view[hs - k - 1] == "、"
                                or view[he : he + 1] == "、"
                                and view[hs - k - 1] in _LEFT_EDGE
                            )
                        ),
                        0,
                    )
                )
            ):
                name_vs = hs - k
            # 喀左县公营子镇党委书记: a town with its own body named after it; the name runs back to
            # the previous division head (县) or the start of the clause
            elif head in ("镇", "乡", "街道") and _TOWN_BODY.match(view, he):
                k = 0
                while (
                    k < 3
                    and hs - k - 1 >= 0
                    and "\u4e00" <= view[hs - k - 1] <= "\u9fff"
                    and view[hs - k - 1] not in "省市县区旗镇乡村的在和与及、"
                ):
                    k += 1
                if k >= 2 and view[hs - 1] not in _GENERIC_END:
                    name_vs = hs - k
        if name_vs is None:
            # no adjacent place: accept a 2-3 character core that jieba sees as a place name
            words = tokens(view[max(0, hs - 6) : hs])
            if not words:
                continue
            core = words[-1]
            if len(core) < 2 or tag(core) not in ("ns",) and tag(core + head) != "ns":
                continue
            name_vs = hs - len(core)
        if not _local_name_ok(ctx, name_vs, he, head):
            continue
        if any(ctx.gaz.by_code[c].level == 1 for c in ctx.gaz.short.get(view[name_vs:hs], ())):
            continue  # 、陕西镇X有限公司: a province's name, then a firm's coined name (镇X), is no town
        cls = "Village" if head in ("村", "屯") else "Town"
        m = ctx.add(
            name_vs,
            he,
            cls,
            "place.local-pattern",
            0.75 if parent else 0.55,
            parent_code=parent.code if parent else "",
            parts=(part("parent", parent),) if parent else (),
        )
        m = m or next(x for x in ctx.mentions if x.vstart == name_vs and x.vend == he and x.type == cls)
        ends[m.vend] = m  # a village right after this town is inside it (桑林镇前进村)
    _listed_villages(ctx)


_NEXT_ITEM = re.compile(
    r"[、和及与]([\u4e00-\u9fff]{1,4}?(?:村|镇|乡|街道|社区))(?=[、和及与，,。；;：:等\d]|$)"
)


def _coordinated_local_places(ctx: Context) -> None:
    """盘城房村、东号村、落花营村: names with the same head coordinated with a known village or town."""
    view = ctx.view
    todo = [m for m in ctx.mentions if m.type in _LOCAL_TYPES]
    while todo:
        m = todo.pop()
        head = _LOCAL_HEAD.search(m.surface[-2:])
        if head is None:
            continue
        # the next item of the list
        nx = _NEXT_ITEM.match(view, m.vend)
        if (
            nx
            and nx.group(1).endswith(head.group())
            and _local_name_ok(ctx, nx.start(1), nx.end(1), head.group())
        ):
            new = ctx.add(nx.start(1), nx.end(1), m.type, "place.coordinated", 0.6, parent_code=m.parent_code)
            if new:
                todo.append(new)
        # the item before, when it starts at a visible edge (、, punctuation, 的, 在)
        if m.vstart >= 3 and view[m.vstart - 1] in "、和及与":
            for k in (4, 3, 2):
                vs = m.vstart - 1 - k
                if vs < 1 or not _HAN_RUN.fullmatch(view[vs : m.vstart - 1]):
                    continue
                if view[vs - 1] in _LEFT_EDGE and view[vs : m.vstart - 1].endswith(head.group()):
                    if _local_name_ok(ctx, vs, m.vstart - 1, head.group()):
                        new = ctx.add(vs, m.vstart - 1, m.type, "place.coordinated", 0.6)
                        if new:
                            todo.append(new)
                    break


_LOCAL_TYPES = frozenset({"Town", "Village"})


# the town rules whose cue is only the words around the name (a preposition, a list mark, a bracket,
# jieba's place tag, another item of a list, an earlier mention)
_WEAK_TOWN_RULES = frozenset({"place.local-pattern", "place.coordinated", "place.repeat"})


def _common_words(name: str) -> bool:
    """Is the core of a town-like name made only of everyday words (jieba: frequency ≥ 2000, not tagged as
    a place, person or other proper name)? 产业强, 中心, 特色 are; 沟帮子, 新城, 庆云堡 are not."""
    head = _TOWN_HEAD.search(name[-2:])
    return _common_core(name[: -len(head.group())] if head else name)


def _common_core(core: str) -> bool:
    words = tokens(core)
    return bool(words) and all(word_freq(w) >= 2000 and tag(w) not in ("ns", "nr", "nz") for w in words)


def _town_list_checks(ctx: Context) -> None:
    """What the division list says of the towns the patterns found: a town that ends where a listed
    town does but starts elsewhere (发展李千户镇 read too far back, 千户镇 too short) gives way to the
    listed name; a town the list places in one county (or city) of the article gets that county as its
    parent (partOf, when the text writes no county before it)."""
    ms = ctx.mentions
    listed = {m.vend: m.vstart for m in ms if m.rule == "place.town-list"}
    table = towns()
    # a town read from a weak cue alone (在X镇, X镇、, a bracket), not placed by the text, and neither a
    # township anywhere in the country nor a proper name (its core is common words: 产业强镇, 农业强镇,
    # 特色乡) is a description of a kind of town
    loose = {
        m.surface
        for m in ms
        if m.type == "Town"
        and m.rule in _WEAK_TOWN_RULES
        and not m.parts
        and m.surface not in table
        and _common_words(m.surface)
    }
    out = []
    changed = False
    for m in ms:
        if m.type == "Town" and m.rule != "place.town-list":
            if (listed.get(m.vend, m.vstart) != m.vstart and m.surface not in table) or (
                m.surface in loose and not m.parts
            ):
                changed = True
                continue
            if not m.parent_code and m.surface in table:
                codes = set(listed_town_counties(ctx, m.surface))
                if len(codes) == 1:
                    m = replace(m, parent_code=codes.pop())
                    changed = True
            elif not m.label and not _TOWN_HEAD.search(m.surface[-2:]):
                # a town written without its head (A、B等3个乡镇): its listed name is its label
                full = _short_town(ctx, m.surface, _context_divisions(ctx)[0])
                if full:
                    codes = {c for c in table[full] if c in _context_divisions(ctx)[0]}
                    m = replace(m, label=full, parent_code=m.parent_code or min(codes))
                    changed = True
        out.append(m)
    if changed:
        ms[:] = out


def _repeat(ctx: Context) -> None:
    view = ctx.view
    known = {m.surface: m for m in ctx.mentions if m.type in _LOCAL_TYPES}
    for name, first in known.items():
        for k in find_all(view, name):
            if not any(x.vstart <= k < x.vend and x.type in _LOCAL_TYPES for x in ctx.mentions):
                ctx.add(k, k + len(name), first.type, "place.repeat", 0.7, parent_code=first.parent_code)


# a village right after its town (X镇三家子村, X镇的三家子村); not X镇村民, X镇村委
_VILLAGE_AFTER = lazy(r"(的?)([\u4e00-\u9fff]{2,3}?)(村|屯)(?![民委务庄镇企内里级干集])")
# 三家子村党支部 / 村委会: a village's own bodies
_VILLAGE_BODY = lazy(r"党支部|党总支|村民委员会|村委会")


@extractor("local-places-repeat", order=26)
def repeat_local_places(ctx: Context) -> None:
    """A town or village named once is the same place wherever its name recurs; villages after it."""
    view = ctx.view
    _coordinated_local_places(ctx)
    _repeat(ctx)  # towns first, so that the villages after each mention of a town are found
    towns = [m for m in ctx.mentions if m.type == "Town"]
    for t in towns:
        mm = _VILLAGE_AFTER.match(view[t.vend : t.vend + 6])
        if mm and mm.group(2) not in _NOT_LOCAL and mm.group(2)[0] not in _DETERMINERS:
            vs, ve = t.vend + len(mm.group(1)), t.vend + mm.end()
            if not ctx.add(vs, ve, "Village", "place.after-town", 0.75, parts=(part("parent", t),)):
                # found already (by the village list): the town before it is still its parent
                v = next(x for x in ctx.mentions if x.vstart == vs and x.vend == ve and x.type == "Village")
                if not v.parts:
                    ctx.with_parts(v, part("parent", t))
    _repeat(ctx)
    _town_list_checks(ctx)
    # 公营子镇党委 / 镇政府: the town's own bodies
    for t in [m for m in ctx.mentions if m.type == "Town"]:
        mm = _TOWN_BODY.match(view, t.vend)
        if mm:
            ctx.add(t.vstart, mm.end(), "GovernmentBody", "body.town", 0.75)
    # 三家子村党支部 / 村委会: the village's own bodies
    for v in [m for m in ctx.mentions if m.type == "Village"]:
        mm = _VILLAGE_BODY.match(view[v.vend : v.vend + 5])
        if mm:
            ctx.add(v.vstart, v.vend + mm.end(), "GovernmentBody", "body.village", 0.75)
