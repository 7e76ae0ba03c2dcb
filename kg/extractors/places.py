"""Places: provinces, cities and counties from the national list; towns and villages by pattern."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..gazetteer import Gazetteer
from ..registry import extractor
from .base import STOP_WORDS, Context, find_all, part, tag, tokens, word_freq
from .home import detect_home, home_code

HOME_CITY_REFS = ("全市", "我市", "本市")
HOME_PROVINCE_REFS = ("全省", "我省", "本省")
HOME_COUNTY_REFS = ("全县", "我县", "本县", "全区", "我区", "本区", "全旗", "我旗")
_HOME_REF = re.compile("|".join(HOME_CITY_REFS + HOME_PROVINCE_REFS + HOME_COUNTY_REFS))
# 2-character official names that are also everyday words (城区 is a district of 阳泉市 …).
_COMMON_FULL = {"城区", "郊区", "矿区", "市中区", "新区", "东区", "西区", "南区", "北区", "中区", "江北区"}

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
    # 全市 / 我省: the article's own city and province
    for m in _HOME_REF.finditer(ctx.view):
        ref = m.group()
        code = home_code(ctx, ref[-1])
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
            if (sep_before and s - 1 in ends) or (sep_after and e + 1 in starts) or anchored:
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


def _listed_local_places(ctx: Context) -> None:
    """A list closed by a count of villages or towns names them (福塘、德孚、当仁和斗山4个自然村)."""
    view = ctx.view
    for m in _counted_lists(view):
        cls = "Village" if m.group(2).endswith(("村", "社区")) else "Town"
        items = re.split(r"[、和及与]", m.group(1))
        if "、" not in m.group(1) or any(w in STOP_WORDS for it in items[1:] for w in tokens(it)):
            continue
        pos = m.start(1)
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


@extractor("local-places", order=25)
def extract_towns_villages(ctx: Context) -> None:
    """镇/乡/街道 and 村/屯 names: right after a known place, or a short name of their own."""
    view = ctx.view
    _towns_before_villages(ctx)
    _listed_local_places(ctx)
    places = sorted(
        (m for m in ctx.mentions if m.code and not m.rule.startswith("place.home")), key=lambda m: m.vend
    )
    ends = {m.vend: m for m in places}
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


def _repeat(ctx: Context) -> None:
    view = ctx.view
    known = {m.surface: m for m in ctx.mentions if m.type in _LOCAL_TYPES}
    for name, first in known.items():
        for k in find_all(view, name):
            if not any(x.vstart <= k < x.vend and x.type in _LOCAL_TYPES for x in ctx.mentions):
                ctx.add(k, k + len(name), first.type, "place.repeat", 0.7, parent_code=first.parent_code)


@extractor("local-places-repeat", order=26)
def repeat_local_places(ctx: Context) -> None:
    """A town or village named once is the same place wherever its name recurs; villages after it."""
    view = ctx.view
    _coordinated_local_places(ctx)
    _repeat(ctx)  # towns first, so that the villages after each mention of a town are found
    towns = [m for m in ctx.mentions if m.type == "Town"]
    for t in towns:
        mm = re.match(
            r"(的?)([\u4e00-\u9fff]{2,3}?)(村|屯)(?![民委务庄镇企内里级干集])", view[t.vend : t.vend + 6]
        )
        if mm and mm.group(2) not in _NOT_LOCAL and mm.group(2)[0] not in _DETERMINERS:
            ctx.add(
                t.vend + len(mm.group(1)),
                t.vend + mm.end(),
                "Village",
                "place.after-town",
                0.75,
                parts=(part("parent", t),),
            )
    _repeat(ctx)
    # 公营子镇党委 / 镇政府: the town's own bodies
    for t in [m for m in ctx.mentions if m.type == "Town"]:
        mm = _TOWN_BODY.match(view, t.vend)
        if mm:
            ctx.add(t.vstart, mm.end(), "GovernmentBody", "body.town", 0.75)
    # 三家子村党支部 / 村委会: the village's own bodies
    for v in [m for m in ctx.mentions if m.type == "Village"]:
        mm = re.match(r"党支部|党总支|村民委员会|村委会", view[v.vend : v.vend + 5])
        if mm:
            ctx.add(v.vstart, v.vend + mm.end(), "GovernmentBody", "body.village", 0.75)
