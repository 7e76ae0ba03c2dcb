"""Projects, programmes, designations and events, by head nouns, quotation and award phrasing."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from ..lexicon import (
    DESIGNATION_HEADS,
    EVENT_HEADS,
    FACILITY_HEADS,
    INFRASTRUCTURE_HEADS,
    PROJECT_KINDS,
    VERB_LED_TERMS,
    ZONE_HEADS,
    alternation,
    entries,
)
from ..lexicon import TITLES as OFFICIAL_TITLES
from ..model import ORG_CLASSES, Mention
from ..patterns import lazy
from ..registry import extractor
from ..scan import Scan
from .base import (
    PROJECT_STOPS,
    PUNCT,
    ROAD_WORD,
    STOP_WORDS,
    Context,
    after_place_and_build_verb,
    extend_left,
    is_home_ref,
    part,
    strip_leading_verbs,
    tag,
    tokens,
    word_freq,
)

_DIGIT = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两]")
_QUANT_START = re.compile(
    r"^(?:[0-9０-９.]+|[一二三四五六七八九十两百千]+)(?:个|项|件|家|批|座|条|套|户|余|多)"
)
_GENERIC_FIRST = {
    "首批",
    "一批",
    "多个",
    "这些",
    "这个",
    "该",
    "各类",
    "各项",
    "重点",
    "一些",
    "部分",
    "相关",
    "其他",
    "此类",
    "有关",
    "民生",
    "大",
    "新",
    "好",
    "该项",
    "本",
    "全部",
    "更多",
    "这",
    "那",
    "一种",
    "一揽子",
    "一系列",
    "若干",
    "基础设施",
    "烂尾",
    "创业",
    "创新",
    "改造",
    "建设",
    "招商",
    "投资",
}
# Closed-class and adverbial words never occur inside a project or programme name.
_BAD_TAGS = {"p", "c", "u", "uj", "ul", "uz", "f", "ad", "d", "i", "r"}


def _specific(words: list[str] | tuple[str, ...]) -> bool:
    """Does a name core say *which* thing it is (a rare word, a proper noun, a number)?"""
    if not words:
        return False
    for w in words:
        if _DIGIT.search(w) or tag(w) in ("ns", "nr", "nz", "nt", "eng", "nrt") or word_freq(w) < 300:
            return True
    return False


# _core_ok's patterns, compiled once; / only as extend_left allows it (200兆瓦/400兆瓦时)
_NOT_NAME_CHAR = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z.“”‘’()（）《》·—/-]")
_QUOTES_BRACKETS = re.compile(r"[“”‘’()（）《》]")
_PHASE_OR_BATCH = re.compile(r"[一二三四五六七八九十首]期|首届|第[一二三四五六七八九十\d]+[届批期]")


# verbs that name a field after what is made or grown (装备制造, 中药材种植): no clause's verb inside a name
_FIELD_VERBS = frozenset(("制造", "种植", "加工", "生产", "养殖", "研发", "冶炼", "仓储", "储能"))


# a core that ends in the head of a facility names that facility, whose kind a verb may say (清原抽水蓄能电站,
# 北山污水处理厂): a place before such a verb is the facility's, not a clause's subject
_FACILITY_CORE_END = re.compile("(?:" + alternation("facility_heads", "infrastructure_heads") + ")$")
# a compass word (南方, 东部, 西北) the tagger calls a locative names a region inside a name (X南方金融中心,
# 东北亚物流园), unlike the locatives that place a clause in time or space (期间, 以来, 之后, 以上)
_COMPASS = re.compile(r"[东南西北中][方部]|东北|东南|西北|西南")


_PROPER_TAGS = frozenset(("ns", "nz", "nr", "nrt"))
# where 新建 opens an item of a list or what an approval names (、新建X, 批复了新建X, 包括新建X): the official name
# of the works, which national approvals write with 新建
_NEW_LISTED = re.compile(r"(?:[、，,：:]|包括|批复了?|核准了?|批准了?)$")
# (及相关, 和配套: what goes with a works, named with it)
_WITH_RELATED = frozenset(("及", "和"))
_RELATED = frozenset(("相关", "配套"))


def _placeish(ctx: Context, w: str) -> bool:
    """A word that names a place (tagged so, or a division's name or short form): an end of a route (X至Y)."""
    return tag(w) == "ns" or w in ctx.gaz.short or w in ctx.gaz.full


def _trailing_acts(words: list[str] | tuple[str, ...]) -> int:
    """Where a run of verbs ends a name that opens with a proper name and names a thing before them (临河|古城|
    保护|开发, 东岭|老城|开发|保护|建设: the works done to the named place's thing), or len(words): the verbs may
    stand there. At most three verbs, the thing a noun, the name at least two words before them."""
    k = len(words)
    while k > 0 and tag(words[k - 1]) in ("v", "vn") and len(words[k - 1]) == 2:
        k -= 1
    if not (2 <= k < len(words) and len(words) - k <= 3):
        return len(words)
    if tag(words[0]) not in _PROPER_TAGS or tag(words[k - 1])[:1] != "n" or len(words[k - 1]) < 2:
        return len(words)
    return k


def _core_ok(
    ctx: Context,
    vs: int,
    hs: int,
    min_words: int = 2,
    verbs_ok: bool = False,
    capacity: bool = False,
    long_generic_ok: bool = False,
) -> bool:
    core = ctx.view[vs:hs]
    if not core or _QUANT_START.match(core) or "以上" in core or "以下" in core:
        return False
    if _NOT_NAME_CHAR.search(core):
        return False
    words = [w for w in tokens(_QUOTES_BRACKETS.sub("", core)) if w.strip()]
    # (创新驱动发展战略: a long programme name may open with a generic two-character word, not with 大/新)
    long_name = long_generic_ok and len(words) >= 3 and len(words[0]) >= 2
    if (
        not words
        or words[0] in _GENERIC_FIRST
        and not long_name
        # (建设大街西延工程: a street named by a generic word, 建设路, is a name)
        and not (len(words) > 1 and ROAD_WORD.fullmatch(words[1]))
    ):
        return False
    acts_from = _trailing_acts(words)
    for i, w in enumerate(words):
        t = tag(w)
        if _PHASE_OR_BATCH.fullmatch(w):
            continue
        if i >= acts_from:
            continue  # 临河古城保护开发: what is done to the named thing, the name's last words
        if (
            w == "至"
            and 0 < i < len(words) - 1
            and _placeish(ctx, words[i - 1])
            and _placeish(ctx, words[i + 1])
        ):
            continue  # 青岛至大连跨海轮渡, X至Y高速公路: a route from one place to another
        if (
            w in _WITH_RELATED
            and i + 1 < len(words)
            and words[i + 1] in _RELATED
            or w in _RELATED
            and i > 0
            and words[i - 1] in _WITH_RELATED
        ):
            continue  # X轮渡及相关线路工程, X工程及配套设施: the works and what goes with them
        if (i == 0 or words[i - 1] == "至" or f"({w})" in core or f"（{w}）" in core) and (
            w in ctx.gaz.short or w in ctx.gaz.full
        ):
            continue  # 大连 (tagged an adverb) opening 大连X项目, or a firm's X(大连)有限公司, is a place's name
        if (
            len(w) > 1
            and (
                t in _BAD_TAGS
                and not (t == "f" and (len(w) > 2 or _COMPASS.fullmatch(w)))
                and not (capacity and t == "ad")
                # 心连心化工年产100万吨尿素项目: a short idiom used as a brand, with a capacity after it
                and not (capacity and t in ("i", "l") and len(w) <= 3)
                # X生产及推广应用项目 (its investor named): a compound the tagger barely knows and calls an
                # idiom (推广应用, frequency 3) is a pair of verbs saying what the works do
                and not (verbs_ok and t == "i" and word_freq(w) < 10)
                or t == "v"
                and word_freq(w) > 4000
                and not verbs_ok
                and not (i > 0 and w in _FIELD_VERBS)
                # 固废处理, 废水处理: what is treated, then 处理, names the works' field (难处理: a quality, no field)
                and not (i > 0 and w == "处理" and tag(words[i - 1]) not in ("a", "ad", "d"))
            )
            or w in ("属", "还有", "锚定")
        ):
            return False
    # a body or place followed by a verb is a clause, not a name: 铁岭市住建局锚定民生工程
    facility = _FACILITY_CORE_END.search(core) is not None
    for m in ctx.mentions:
        if vs <= m.vstart and m.vend < hs and (m.type == "GovernmentBody" or m.code):
            if m.code and any(
                o.vstart <= m.vstart and m.vend <= o.vend and not o.code and o is not m for o in ctx.mentions
            ):
                continue  # 清河 inside 国电投清河发电 is part of a company name
            if ctx.view.startswith(VERB_LED_TERMS, m.vend):
                continue  # X县抽水蓄能电站: a technical term the segmenter opens with a verb, no clause
            nxt = tokens(ctx.view[m.vend : hs])
            k = 0
            while k < len(nxt) - 1 and tag(nxt[k]) in ("d", "ad"):
                k += 1  # 县政府始终坚持: an adverb, then the verb
            # (高度重视, 全力支持: an idiom the segmenter keeps whole, ending in a verb)
            if (
                len(nxt) > k + 1
                and len(nxt[k]) == 1
                and (
                    tag(nxt[k] + nxt[k + 1][:1])[:1] == "n"
                    and word_freq(nxt[k] + nxt[k + 1][:1]) > 0
                    # (a bound noun morpheme after it: the segmenter's split of an unknown word)
                    or tag(nxt[k + 1]) == "ng"
                    and len(nxt[k + 1]) == 1
                    # (a single character of a place's or person's name after it: 新疆准|东, a place
                    # name the segmenter split, no verb)
                    or tag(nxt[k + 1]) in ("ns", "nr")
                    and len(nxt[k + 1]) == 1
                )
                # (three single characters no two of which make a known word: an unknown name split
                # apart, 孟连县扎|莫|弄光伏项目, a village's; 要|建|好 holds the word 建好)
                or len(nxt) > k + 3
                and all(len(w) == 1 for w in nxt[k : k + 3])
                and word_freq(nxt[k] + nxt[k + 1]) == 0
                and word_freq(nxt[k + 1] + nxt[k + 2]) == 0
            ):
                continue  # X省望景物流园: the segmenter split an unknown word (望|景) after the place, no verb
            if facility and m.code and nxt and not _BUILD_VERB.match(nxt[k]):
                continue  # 清原抽水蓄能电站: the verb says what kind of station the place's one is
            if nxt and (
                tag(nxt[k]) == "v"
                or tag(nxt[k]) in ("l", "i")
                and len(nxt[k]) >= 4
                and tag(nxt[k][-2:]) == "v"
            ):
                return False
    if len(words) == 1:
        w = words[0]
        return bool(
            _DIGIT.search(w)
            or tag(w) in ("ns", "nr", "nz", "nt", "eng", "")
            and word_freq(w) < 300
            or "“" in core
        )
    return len(words) >= min_words


_PROJECT = re.compile(r"工程项目|项目|工程|生产线|牧场|基地|装置|电站")
_INDUSTRY = re.compile(
    r"乳业|酵母|科技|实业|集团|能源|电力|化工|钢铁|药业|食品|电子|汽车|新材料|物流|发电|钢结构"
)
_PHASE = re.compile(r"[一二三四五六七八九十\d]期")
# a batch or a period's share of projects right before 项目 (第三批项目, 一季度新建项目, 年内续建项目)
_BATCH_CLASS = re.compile(
    r"(?:第[一二三四五六七八九十\d]+批|首批|[一二三四1-4]季度(?:新建|续建|开工|竣工)?|年内(?:新建|续建|开工)"
    # (开复工项目: the projects started or resumed, a status as 新开工 and 在建 are)
    r"|开复工"
    # (X县6大项目, 两大项目: a count of projects, no name)
    r"|[\d一二三四五六七八九十两]+大(?:重点|重大)?"
    # (A、B两个项目, X镇3个重点项目: the items listed before are counted, the count names none of them)
    r"|[\d一二三四五六七八九十两]+个(?:重点|重大)?)$"
)
# a product head after an industry word: 电子产品, 电力设备, 新能源动力电池, 电子加速器 name what a project
# makes, so the industry word is the product's, not the end of a firm's name before it
_PRODUCT_HEAD = re.compile(
    r"(?:[^项工园区基中]{0,2})(?:产品|设备|装备|器件|元件|零部件|配件|加速器|电池|仪器)"
)


# patterns of the rules below, compiled once (they ran as strings in per-name loops)
# an investment stated inside a would-be name (X公司投资5000万元建设Y项目): the name starts after it
_INVESTED = re.compile(
    r"投资(?:约|近|超|达)?[\d.]+(?:亿|万)?元(?:人民币)?(?:建设|兴建|新建|扩建|打造|实施|的)?"
)
_BUILD_VERB = re.compile(alternation("build_verbs"))
# a firm spoken of by its kind (公司, 该企业) before what it builds: an anaphor, no firm's name
# a year opening a clause (2012年公司一期…) and a phase opening a works' name (一期, 二期, 3期)
_CLAUSE_YEAR = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?")
# a plan's title, then only the class of works it lists (重点水源, 继续支持, 储备), up to the head
_PLAN_CLASS = re.compile(
    r"(?:规划|计划|纲要|方案|目录|清单)》(?:[\u4e00-\u9fff]{0,4}?(?:重点|支持|储备|备选)[\u4e00-\u9fff]{0,4})$"
)
_AREA_TITLE_AFTER = re.compile(r"先导区|先行区|示范区|试验区|集聚区|核心区")
_ROAD_AFTER = re.compile(r"(?:大街|大道|大路|街|路)")
_PHASE_LEAD = re.compile(r"(?:[一二三四五六七八九十]|\d{1,2})期")
_FIRM_ANAPHOR = re.compile(r"(?:该|本|这家)?(?:公司|企业|集团)(?:还|又|将|拟|已|正在|计划)?")
_LEAD_AMOUNT = re.compile(r"(?:总投资|投资)?(?:约)?[\d.]+(?:亿|万)?元(?:建设|兴建|打造|的)?")
# one project's head and a joiner inside a would-be name: the name is the one after the joiner
_ITEMS_JOINED = re.compile(r"(?:项目|工程)(?:和|与|、)")
_BATCH_LEAD = re.compile(r"(?:国家|全国|省|市)?第[一二三四五六七八九十\d]+批")
# quantifiers that pick a share of a kind of projects (石化产业一些技改项目, 全县一批重点项目): no name holds
# one; what follows them is the kind (decided as a name on its own, which a kind alone is not)
# a clause that enumerates what kinds of projects there are (既有A项目,也有B项目,还有C项目): from its
# opening to the project's head no clause break
_KINDS_ENUMERATED = re.compile(r"(?:既有|也有|还有|又有)[^，。,；;：:！？!?“”]*$")
_FACILITY_END = re.compile(r"(?:基地|园|中心|牧场|电站|生产线)$")
# a sum of money opening a fund's name (获得1550万元省专项资金, 争取3.2亿元中央预算内投资): the amount
_MONEY_LEAD = re.compile(r"[\d.]+(?:多|余)?(?:万|亿|万亿)?元")
_QUANTIFIER_INSIDE = re.compile(r"一些|(?<!第)一批|若干|一系列|部分|多个|各类|各项")  # (第一批: a batch)
_LEVEL_LEAD = re.compile(r"(?:国家|省|市|县|区|自治区)级")
# a grade of projects written before a project's own name (国家重点水利项目X工程, 省重大项目X项目)
_GRADE_LEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:重点|重大)[\u4e00-\u9fff]{0,4}?项目")
# a predicate that ranks something in a region (是全国重要的, 将成为东北地区规模最大的): what follows is
# what the subject is or becomes, a description, not the name of an undertaking
_RANKED_AS = re.compile(
    r"(?:是|成为|建成|打造成?为?)[^，。,；;：:！？!?]{0,16}"
    r"(?:全国|全省|全市|全区|全球|世界|国内|国家|东北|华北|西北|西南|华东|华南|华中|地区|区域|亚洲)"
    r"[^，。,；;：:！？!?]{0,16}的$"
)
# a rank said of a project (首个, 第一个, 唯一, 最大): its name, if any, starts after it
_SUPERLATIVE = re.compile(r"(?:首个|首家|第一个|唯一的?|最大的?)")
_VILLAGE_OWN = re.compile(r"村办|村级|镇办|村集体|村民")
_DIGIT_OR_OUTPUT = re.compile(r"\d|年产")
# physical things a 工程 builds (大街: a street, as 道路): with one of these, a quoted name's 工程 is a construction project, not a
# campaign (“数字X”建设工程, “X之都”提升工程 stay programmes)
# (and the grid, lines and water transfers national approvals name: 特高压交流环网工程, 输变电工程, 跨海轮渡及
# 相关线路工程, 引水工程: dev18)
_PHYSICAL_WORKS = re.compile(
    r"道路|大街|景观|管网|桥梁|公路|河道|堤防|供水|排水|污水|绿化|亮化|厂房|管廊|场馆"
    r"|输变电|变电站|特高压|环网|电网|输电|线路|轮渡|引水|调水|水资源配置"
)
# …and a 工程 that builds a road, a plant or a station (infrastructure_heads, facility_heads: X市污水处理厂扩建
# 工程, X至Y高速公路工程) is a construction project, with or without a number (SCHEMA: 工程 (physical));
# (矿 alone is left out: 绿色矿山建设工程 is a campaign)
_BUILT_WORKS = re.compile(
    "|".join(
        [_PHYSICAL_WORKS.pattern]
        + sorted(
            (re.escape(h) for h in (*INFRASTRUCTURE_HEADS, *FACILITY_HEADS) if len(h) >= 2),
            key=len,
            reverse=True,
        )
    )
)
# hundreds, thousands, ten-thousands of firms, villages, households: the count of whom a campaign reaches
# (千企技改工程, 百村示范工程, 万户增收工程), no capacity of a built works
_CAMPAIGN_COUNT = re.compile(r"[百千万][企村户家人园校镇乡]")
_POWER_CAPACITY = re.compile(r"\d+(?:\.\d+)?\s*(?:[MGk]Wh?|兆瓦|千瓦|万千瓦|MW|GW)", re.I)


# A project named by kinds only (氢能装备项目, 精细化工和新材料项目, 蓝莓、草莓等特色农产品精深加工项目)
# in a list of sectors says what a drive covers, not which undertaking (SCHEMA Project: "a concrete
# undertaking"); cues from data/lexicon/sector_list_cues.txt, 等… after the list, the others before it
_SECTOR_CUES = entries("sector_list_cues")
_SECTOR_LEAD = re.compile(
    "(?:" + "|".join(re.escape(c) for c in _SECTOR_CUES if not c.startswith("等")) + ")[^，。,；;：:！？!?]*$"
)
_SECTOR_TAIL = re.compile("|".join(re.escape(c) for c in _SECTOR_CUES if c.startswith("等")))
# something that says which one: a number or capacity, a quoted or titled name, a phase, Latin letters
_KIND_SPECIFIC = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两]|[“”‘’《》()（）]|期|[A-Za-z]")
_KIND_COORD = re.compile(r"[^、和等]{2}(?:、|和|等)")
_NAME_TAGS = frozenset(("nz", "nr", "ns", "nrt", "eng"))  # not nt: the tagger gives it to 深加工
_FIRM_JOINERS = frozenset("和与及")
_PREV_ITEM = re.compile(r"[^，。,；;：:！？!?、\s]*$")  # the list item before a 、
_ITEM_OWN_HEAD = re.compile(r"项目|工程|基地|生产线|园|中心|公司|集团|厂")


def _kinds_only(ctx: Context, vs: int, hs: int, he: int, fixed: list[Mention]) -> bool:
    """Is view[vs:hs]+项目 a kind of project in a list of sectors (no place, firm, number, quote, phase)?"""
    view = ctx.view
    core = view[vs:hs]
    if _KIND_SPECIFIC.search(core) or _OWNED.search(view, max(0, vs - 24), vs) or _owned_after(ctx, he):
        return False
    if any(tag(w) in _NAME_TAGS for w in tokens(core)):
        return False  # 神华煤制烯烃项目: a brand or proper noun says which one
    if any(m.vstart < hs and m.vend > vs for m in fixed) or any(
        m.type in ("Company", "Organization") and m.vstart < hs and m.vend > vs for m in ctx.mentions
    ):
        return False
    if _SECTOR_TAIL.match(view, he) or _SECTOR_LEAD.search(view, max(0, vs - 30), vs):
        return True
    if _KIND_COORD.search(core):
        return True  # 精细化工和新材料项目, 草莓等特色农产品…项目: kinds joined under one 项目
    if vs > 0 and view[vs - 1] == "、":
        # 光伏新材料、氢能装备项目: an item with no head of its own shares this 项目, so both are kinds
        item = _PREV_ITEM.search(view, max(0, vs - 17), vs - 1)
        prev = item.group() if item else ""
        return len(prev) >= 2 and not _ITEM_OWN_HEAD.search(prev) and not _KIND_SPECIFIC.search(prev)
    return False


# a list of short kinds each with its own 项目 (X市新能源项目、光伏项目、文旅项目): sectors, not undertakings
_KIND_NEXT = re.compile(r"[、和及与]([\u4e00-\u9fff]{2,4})项目")
_KIND_PREV = re.compile(r"([\u4e00-\u9fff]{2,4})项目[、和及与]$")


def _common_kind(ctx: Context, text: str) -> bool:
    """Is text (2-4 characters) a field or kind in common words (新能源, 光伏, 文旅), no name or number?"""
    if (
        not 2 <= len(text) <= 4
        or _KIND_SPECIFIC.search(text)
        or text in ctx.gaz.short
        or text in ctx.gaz.full
    ):
        return False
    words = tokens(text)
    return all(tag(w) not in _NAME_TAGS and tag(w) != "" for w in words) or bool(
        _GENERIC_PROJECT_TAIL.search(text)
    )


def _kind_run(ctx: Context, vs: int, hs: int, he: int, fixed: list[Mention]) -> bool:
    """Is view[vs:he] one of a run of short kinds of project, each with its 项目 (a place may open the run)?"""
    view = ctx.view
    own = vs
    for p in fixed:
        if p.code and p.vstart == vs and p.vend < hs:
            own = p.vend
    if not _common_kind(ctx, view[own:hs]) or any(
        m.type in ("Company", "Organization", "Zone") and m.vstart < hs and m.vend > own for m in ctx.mentions
    ):
        return False
    nxt = _KIND_NEXT.match(view, he)
    if nxt and _common_kind(ctx, nxt.group(1)):
        return True
    prev = _KIND_PREV.search(view, max(0, vs - 7), vs)
    return bool(prev and _common_kind(ctx, prev.group(1)))


# a verb and its result opening a would-be name (做大, 做强, 抓好, 搞活): an instruction about projects
_ACTION_LEAD = re.compile(r"(?:做|干|抓|搞)[大强优实精好细活]")
# “延链补链、壮大集群”项目, “终端产品、协作配套”项目: four-character phrases listed in quotes say what kind of
# projects are wanted (a slogan), no one project's name
_FOUR_CHARACTER_PAIR = re.compile(r"[\u4e00-\u9fff]{4}(?:、[\u4e00-\u9fff]{4})+")
# a round of a year's occasions before 项目 (2019年第四次工业项目集中开工): which round, no project's name
_ROUND_CLASS = re.compile(r"(?:\d{4}年度?)?第[一二三四五六七八九十\d]+次(?:工业|重点|重大|产业|招商)?")
# 认真仔细听取项目建设情况, (工期)内全面完成项目建设: adverbs (or a locative glued from the phrase before) and
# a verb before 项目 say what is done to projects; a project's name has a noun
_NON_NOMINAL_TAGS = frozenset(("d", "ad", "z", "v", "vd", "l", "c", "p"))
_GLUED_LOCATIVES = frozenset("内中后前里间")
# 百亿级比亚迪动力电池项目: a size class before a project's name says how big it is, not which
_SIZE_CLASS = re.compile(r"[十百千]?(?:亿|万)元?级|千万元?级")


def _done_to_projects(core: str) -> bool:
    """The core before 项目 is only adverbs and a verb (what someone does to projects), no name."""
    words = tokens(core)
    glued = len(words) > 1 and words[0] in _GLUED_LOCATIVES
    if glued:
        words = words[1:]
    return (
        bool(words)
        and (glued or any(tag(w) in ("d", "ad", "z") for w in words))
        and tag(words[-1]) in ("v", "l")
        and all(tag(w) in _NON_NOMINAL_TAGS for w in words)
    )


# the words of quality that make 项目 a kind (高质量项目, 大项目、好项目), whatever comes before them
_QUALITY_WORDS = frozenset(("高质量", "高水平", "高标准", "优质", "好", "大", "优"))


# X公司投资8亿元的房地产项目 / 投资40亿元的国际会展中心 / 投资1.5亿美元建设工业地产和物流园区: what a
# named firm invests a stated sum in is a concrete undertaking, even when its name is only its kind
_INVESTED_WORKS = re.compile(
    r"投资(?:约)?[\d.]+(?:亿|万|千万|百万)?(?:元|美元|港元|欧元)(?:人民币)?(?:的|建设|兴建|新建)"
    r"([\u4e00-\u9fff]{2,18}?(?:项目|工程|中心|综合体|园区|产业园|物流园|基地|广场))"
    r"(?=[，。,；;、]|也|已|正|将|等|落户|在|于|开工|投产|建成)"
)


def _invested_works(ctx: Context) -> None:
    view = ctx.view
    firm_ends = {m.vend for m in ctx.mentions if m.type == "Company"}
    for m in _INVESTED_WORKS.finditer(view):
        vs, ve = m.span(1)
        if m.start() not in firm_ends or any(
            x.vstart < ve and vs < x.vend and x.type not in ("Zone", "Institution") for x in ctx.mentions
        ):
            continue  # an investor that is no named firm, or a name another rule read
        if ctx.add(vs, ve, "Project", "project.invested-works", 0.6):
            _drop_same_span(ctx, vs, ve, ("Institution", "Zone"))


@extractor("projects", order=40)
def extract_projects(ctx: Context) -> None:
    view = ctx.view
    _listed_projects(ctx)
    _invested_works(ctx)
    # places, zones, towns and villages: this loop adds and replaces projects (and companies) only, so
    # these are gathered once, in their order, instead of scanning all mentions for each candidate
    fixed = [m for m in ctx.mentions if m.code or m.type in ("Zone", "Town", "Village")]
    firm_ends: dict[int, int] | None = None  # where each firm's name ends → where it starts
    for m in _PROJECT.finditer(view):
        hs, he = m.start(), m.end()
        head = m.group()
        if (
            view[he : he + 1] in ("部", "师", "局", "院", "化", "区")
            or view.startswith(("建设", "中心"), he)
            and head == "工程"
        ):
            continue
        if _AREA_TITLE_AFTER.match(view, he):
            continue  # 国家海洋牧场先导区, X基地示范区: the head is inside the name of an area or its title
        if head == "工程" and view[max(0, hs - 4) : hs] in ("项目主体", "项目配套"):
            continue  # …项目主体工程 is the main works of the project, which is named up to 项目
        if head == "工程" and view.endswith("项目", 0, hs):
            continue  # X项目工程总体形象进度: the works of the project, which is named up to 项目
        if _PROJECT_NOT_NAME.match(view, he):
            continue  # 项目建设年 is a campaign; 片区项目48个 counts a zone's projects
        if hs > 0 and view[hs - 1] in "”’":
            continue  # a quoted name before 项目/工程 is a programme (see programmes)
        if hs > 0 and view[hs - 1] in "暨及和与" and head == "项目":
            continue  # …推介会暨项目签约仪式: projects in general, joined to an event's name
        if head == "基地" and view[he : he + 1] == "站":
            continue
        if _in_quoted_run(view, hs, he):
            continue  # “航运始发地”“海洋医药智造基地”四张名片: one of a run of quoted slogans or titles
        if head == "装置" and (view.startswith("项目", he) or view[he : he + 1] in ("、", "和", "及")):
            continue  # …装置项目, …装置、…装置项目: the project is named up to 项目
        if (
            head == "项目"
            and view[hs - 1 : hs] in _ACT_ON_PROJECTS
            and (len(w := tokens(view[max(0, hs - 3) : hs])[-1]) == 1 or tag(w)[:1] not in ("n", "s", "f"))
        ):
            continue  # 凝心聚力抓项目, 跑项目, 争项目: doing something to projects, no project's name
        vs = extend_left(ctx, hs, limit=40, stops=PROJECT_STOPS)
        inside = [t.vend for t in fixed if t.vstart < vs < t.vend <= hs]
        if inside:
            vs = max(
                inside
            )  # 在X镇出席Y项目…: a name does not start inside a place's name (the verb goes below)
        cut_firm = [c.vstart for c in ctx.mentions if c.type == "Company" and c.vstart < vs < c.vend <= hs]
        if cut_firm:
            vs = min(
                cut_firm
            )  # 的尼得科电机有限公司X项目: a stop word inside a firm's name (得) ends no name
        if view[vs - 1 : vs] != "的":  # after 的 the name starts, verb or not (…的活化离子钙项目)
            vs = strip_leading_verbs(ctx, vs, hs)
        if view[vs : vs + 1] in ("暨", "及"):
            vs += 1  # …集中开工暨X项目开工仪式: the joiner is not part of the name
        size = _SIZE_CLASS.match(view, vs, hs)
        if size and hs - size.end() >= 2:
            vs = size.end()  # 百亿级X动力电池项目: the size class is no part of the name
        if view.startswith(("公司", "集团"), vs) and hs - vs > 4:
            vs += 2  # X公司西和县Y项目 (the firm's name not read): a firm's suffix opens no project's name
        joint = _OCCASION_JOINT.search(view, vs, hs)
        if joint:
            vs = joint.end()  # 全省第二期“三个一批”活动暨X项目开工仪式: the project is named after 暨
        vs = _after_ji(view, vs, hs)
        vs = after_place_and_build_verb(
            ctx, vs, hs
        )  # 在谷城建设X项目: the place and the verb are the clause's
        # 来到A项目现场和B有限公司C项目现场: a firm after a joiner opens the project's name (the joiner
        # and what stands before it belong to the clause)
        firm = next(
            (
                c
                for c in ctx.mentions
                if c.type == "Company"
                and vs < c.vstart
                and c.vend < hs
                and view[c.vstart - 1] in _FIRM_JOINERS
                and c.surface.endswith(("公司", "集团"))  # (生猪养殖及饲料厂: a plant inside the name)
            ),
            None,
        )
        if firm is not None:
            vs = firm.vstart
        elif view[vs - 1 : vs] in ("和", "及"):
            # X有限公司装配式钢结构和轻钢房屋项目: right after a firm's name, a run with no head of its own
            # before 和 is the same undertaking's (A项目和B项目 gives each item its own head)
            if firm_ends is None:
                firm_ends = {c.vend: c.vstart for c in ctx.mentions if c.type == "Company"}
            k = vs - 1
            while k > vs - 18 and k > 0 and k not in firm_ends and view[k - 1] not in PUNCT:
                k -= 1
            if (
                k in firm_ends
                and view[:k].endswith(("公司", "集团"))
                and vs - 1 - k >= 2
                and not _COORD_HEAD.search(view, k, vs - 1)
            ):
                vs = firm_ends[k]
        ahead = [
            c.vend + 1
            for c in ctx.mentions
            if c.type == "Company" and vs <= c.vstart and c.vend < hs and view[c.vend] in "和与及、"
        ]
        if ahead:
            vs = max(
                ahead
            )  # 深入X有限公司和Y园区Z工程项目: a firm and a project joined, the project's name is the second
        joined = _joined_item(ctx, vs, hs)
        item_vs, vs = vs, joined
        lead = _LEAD_AMOUNT.match(view[vs:hs])
        if lead:
            vs += lead.end()  # 3.5亿元建设5000亩…项目
        spent = [a.end() for a in _INVESTED.finditer(view, vs, hs)]
        if spent and spent[-1] < hs:
            vs = spent[
                -1
            ]  # X公司投资5000万元建设Y项目: the investor and the sum are the clause's, Y is the name
        dated = _CLAUSE_YEAR.match(view, vs, hs)
        anaphor = _FIRM_ANAPHOR.match(view, dated.end() if dated else vs, hs)
        if anaphor and (
            _BUILD_VERB.match(view, anaphor.end(), hs) or _PHASE_LEAD.match(view, anaphor.end(), hs)
        ):
            # 公司新上X生产线: the firm spoken of by its kind and its act are the clause's; so are the year
            # and the firm before its phase (2012年公司一期X工程: the firm's first phase, built that year)
            vs = anaphor.end()
        acts = [a.end() for a in _FIRM_BUILDS.finditer(view, vs, hs)]
        if acts and view[acts[-1] : hs] in _KIND_SET:
            continue  # 宏达化工有限公司建设重点项目: the firm builds a kind of project, no named one
        acts = [a for a in acts if hs - a >= 4]
        firm_built = bool(acts)
        if acts:
            # 宏达化工有限公司建设年产5万吨X项目, 宏达化工投资建设Y项目: the firm and its act of building are the
            # clause's (the firm builds, invests in or runs the project), the name starts after the verb; the
            # firm says which project it is (as an investor before the name does: _OWNED)
            vs = acts[-1]
        built = _BUILD_VERB.match(view, vs, hs)
        if built and _ROAD_AFTER.match(view, built.end(), hs):
            built = None  # 建设大街西延工程: a street named by the verb (建设路, 建设大街) opens the name
        new_at = -1
        if built and hs - built.end() >= 4 and view[vs - 1 : vs] != "的":
            if built.group() == "新建" and _NEW_LISTED.search(view, max(0, vs - 4), vs):
                new_at = (
                    built.start()
                )  # (an approval's or a list's 新建X工程: 新建 is also written in its name)
            vs = built.end()  # 新建年产5万吨饲料项目: the verb of building opens the clause, not the name
        ranks = [r.end() for r in _SUPERLATIVE.finditer(view, vs, hs)]
        if ranks:
            vs = ranks[-1]  # 开原市首个百亿级项目, 全省最大的X项目: a rank said of the project, not its name
        joint_items = [j.end() for j in _ITEMS_JOINED.finditer(view, vs, hs)]
        if joint_items:
            vs = joint_items[-1]  # 文化旅游项目和康养项目: two projects joined, the name is the last one's
        quant = [q.end() for q in _QUANTIFIER_INSIDE.finditer(view, vs, hs)]
        if quant:
            vs = quant[-1]  # 石化产业一些技改项目: a share of a sector's projects, named by kind after 一些
        if _LEVEL_LEAD.match(view, vs, hs) or _BATCH_LEAD.match(view, vs, hs):
            continue  # 国家级农业产业强镇项目, 国家第一批…基地项目: a grade or a batch of projects, no name
        if view.startswith(("名单", "名录"), he):
            continue  # 首批X示范项目名单: a published list (a designation), no undertaking
        if head == "项目" and _AREA_ZONE.search(view, vs, hs):
            continue  # X开发区项目建设, 高新区项目: an area's projects in general, no one undertaking
        if vs > 1 and view[vs - 1] == "等" and view[vs - 2] not in PUNCT:
            continue  # A、B等新能源汽车项目: after 等 stands the kind the listed projects share, no name
        if _PHASE.match(view, he) and any(
            p.type == "Project" and p.vstart == vs and p.vend > he and _PHASE.fullmatch(view, he, p.vend)
            for p in ctx.mentions
        ):
            continue  # X基地一期 listed as a project: X基地 is not another one
        grade = _GRADE_LEAD.match(view, vs, hs)
        if grade and hs - grade.end() >= 4:
            vs = grade.end()  # 国家重点水利项目淮河入海水道二期工程: the grade of the works, then its name
        # 北票市大板镇万亩设施蔬菜产业基地项目: a town in front is where the project is, not its name
        towns = [t for t in fixed if t.type in ("Town", "Village") and vs <= t.vstart and t.vend < hs]
        town = max(towns, key=lambda t: t.vend) if towns else None
        if town is not None and _VILLAGE_OWN.match(view[town.vend : town.vend + 3]):
            # 理川镇上马龙村村办合作社…基地: the village's own undertaking keeps the village's name
            vs = max(vs, town.vstart)
            town = None
        if town is not None:
            vs = town.vend
            vs = strip_leading_verbs(ctx, vs, hs)  # 在X镇建设P项目: the verb after the town is no name
        # (a joined list is checked on its last item)
        cvs = item_vs if vs < item_vs else vs
        if (
            town is not None
            and vs < hs
            and not _project_specific(ctx, cvs, hs, fixed)
            # (河西镇基础设施建设项目: or the town's own built works, which its name makes one undertaking)
            and (
                _core_ok(ctx, cvs, hs) or cvs == town.vend and _project_specific(ctx, town.vstart, hs, fixed)
            )
            and hs - vs >= 4
        ):
            # 蒲州镇高标准设施葡萄项目: without its town the name says no more than a kind of project, so
            # the town is part of the name (it is still where the project is)
            vs = cvs = town.vstart
        if (
            vs >= hs
            or not _core_ok(
                ctx,
                cvs,
                hs,
                verbs_ok=bool(
                    _OWNED.search(view, max(0, vs - 24), vs)
                    or _CAPACITY.search(view, cvs, hs)
                    # 辽宁X制造有限公司汽车零部件智能制造项目: after its firm's name a project may describe
                    # what it makes with verbs
                    or any(c.type == "Company" and c.vstart == cvs and c.vend < hs - 4 for c in ctx.mentions)
                    # 《某某》大型实景演出项目: a titled work names the project, its kind may be a verb (演出)
                    or "《" in view[cvs:hs]
                    # X生产及推广应用项目由Y投资建设: its investor named after it, verbs may say what it does
                    or _owned_after(ctx, he)
                    or firm_built
                ),
                capacity=bool(_CAPACITY.search(view, cvs, hs)),
            )
            or not (
                _project_specific(ctx, cvs, hs, fixed)
                or vs < item_vs
                and _OWNED.search(view, max(0, vs - 24), vs)
                # X大厦建设项目由Y公司投资1.1亿元建设: the investor named after the project says which
                or _owned_after(ctx, he)
                and hs - cvs >= 4
                or firm_built
                and hs - cvs >= 4
            )
        ):
            continue
        name = view[vs:he]
        if _ACTION_LEAD.match(view, vs) or (head == "项目" and _done_to_projects(view[vs:hs])):
            continue  # 做大新能源项目, 抓好重点项目, 认真听取项目: what is done to projects, no project's name
        if _PLAN_CLASS.search(view, vs, hs):
            continue  # 《全国X规划》重点水源工程, 《X规划》继续支持项目: a class of works a plan lists, no one work
        if _BATCH_CLASS.search(view, vs, hs):
            continue  # X县2025年第三批项目, 一季度新建项目: a batch or a period's share of projects, no one
        if head == "工程" and not (
            _DIGIT.search(name)
            and not _CAMPAIGN_COUNT.search(name)
            or _INDUSTRY.search(name)
            or _BUILT_WORKS.search(name)
            # X园区Y片区供水工程, X镇道路改造工程: public works of a named place or zone are built works
            or _WORKS_END.search(view, max(vs, hs - 6), hs)
            and any(
                vs <= f.vstart and f.vend <= hs - 2 and not f.rule.endswith("home-reference") for f in fixed
            )
        ):
            continue  # 和美乡村建设工程 is a campaign (programmes decide), 民生工程 is generic
        if (
            head in ("基地", "牧场")
            and not _specific(tokens(view[vs:hs]))
            or head in ("生产线", "装置")
            and not _DIGIT_OR_OUTPUT.search(name)
            # 200MW/400MWh共享储能电站, 10万千瓦光伏电站: a power station is a project by its capacity
            or head == "电站"
            and not _POWER_CAPACITY.search(name)
        ):
            continue
        kinds = _KINDS_ENUMERATED.search(view, max(0, vs - 30), vs)
        if (
            kinds is not None
            and not _KIND_SPECIFIC.search(view, kinds.start(), hs)
            and not any(tag(w) in _NAME_TAGS for w in tokens(view[vs:hs]))
        ):
            continue  # 既有…的产业链延伸项目,也有…的农产品深加工项目: kinds of projects, no names
        if _RANKED_AS.search(view, max(0, vs - 30), vs):
            continue  # X市是全国重要的鲜切花生产基地, 将成为东北地区最大的…基地: a rank, not an undertaking
        if head == "项目" and (tokens(view[max(vs, hs - 4) : hs]) or ("",))[-1] in _QUALITY_WORDS:
            continue  # 吹响高质量项目建设的号角, 一批大项目、好项目: projects by their quality, no name
        if head == "项目" and (_kinds_only(ctx, vs, hs, he, fixed) or _kind_run(ctx, vs, hs, he, fixed)):
            continue
        phase = _BRACKET_PHASE.match(view, he)
        if phase:  # X建设项目(二期): the phase in brackets is part of the name (no parent project of its own)
            ctx.add(vs, phase.end(), "Project", "project.head", 0.8)
            continue
        bare = _PHASE.match(view, he) if head not in ("项目", "工程") else None
        if bare and not view.startswith(("项目", "工程"), bare.end()):
            # X精品钢基地一期建成: a base's or a line's phase, no 项目 after it, is the works named here
            ctx.add(vs, bare.end(), "Project", "project.head", 0.8)
            continue
        proj = ctx.add(
            vs, he, "Project", "project.head", 0.8, parts=(part("town", town),) if town is not None else ()
        )
        if proj is not None and new_at >= 0 and new_at + 2 == vs:
            # 批复了新建A至B铁路工程, 包括X、新建Y工程: the approved works' official name keeps 新建 (an alias)
            ctx.add(new_at, he, "Project", "project.new-works", 0.7)
        k = vs
        for p in fixed:  # 乐陵市X化工…项目: the name also stands without its county (an alias)
            # (云南省丽江市X工程: without each division of the chain that opens it)
            if p.code and p.vstart == k and p.vend < hs - 3 and p.surface in ctx.gaz.full:
                ctx.add(p.vend, he, "Project", "project.without-place", 0.7)
                k = p.vend
        if proj is not None and head == "项目":
            _without_zone(ctx, vs, hs, he)
        if not proj:
            continue  # (a list rule named it already; the alias without its county still holds)
        _decompose(ctx, proj)
    # (其中民生医院项目: a hospital or school named by its head, then 项目, is the project that builds it)
    for inst in [m for m in ctx.mentions if m.type == "Institution" and m.rule == "institution.head"]:
        if view.startswith("项目", inst.vend) and inst.vend - inst.vstart >= 3:
            ctx.mentions.remove(inst)
            ctx.candidates[:] = [c for c in ctx.candidates if inst not in (c.subject, c.object)]
            ctx.add(inst.vstart, inst.vend + 2, "Project", "project.head", 0.8)
    # (X食品基地项目: a name taken up to its facility head is written on to 项目; the two are one project)
    for p in [p for p in ctx.mentions if p.type == "Project" and p.rule == "project.head"]:
        if view.startswith("项目", p.vend) and _FACILITY_END.search(p.surface):
            ctx.add(p.vstart, p.vend + 2, "Project", "project.head", 0.8)
    _opened_buildings(ctx)
    _sibling_projects(ctx)
    _built_siblings(ctx)
    _coordinated_projects(ctx)
    _single_examples(ctx)  # (after the headed names: A项目 named before labels the bare A)
    _without_divisions(ctx)


# a named building a firm builds or opens (建成了X广场, 投资的X万象城正式开业, X广场开业): the undertaking is a
# project whatever its head (building_heads, and the malls' 万象城, 购物中心)
_BUILDING_NAME = (
    "[^，。,；;、：:“”‘’的在了\\s]{2,14}?(?:" + alternation("building_heads") + "|万象城|购物中心)"
)
_BUILT_BUILDING = re.compile(
    r"(?:投资建设|投资兴建|投资|建设|建成|兴建|打造)(?:了|的)("
    + _BUILDING_NAME
    + r")(?=[，。,；;]|正式|投入|开业|建成|竣工|封顶|成为)"
)
_OPENED_BUILDING = Scan(  # (run only near 开业 or 投入运营: the same matches, 5x faster)
    re.compile(r"(?:^|(?<=[，。,；;在\n]))(" + _BUILDING_NAME + r")(?=(?:正式)?(?:开业|投入运营))")
)


def _opened_buildings(ctx: Context) -> None:
    view = ctx.view
    found = [m for m in _BUILT_BUILDING.finditer(view)] + [m for m in _OPENED_BUILDING.finditer(view)]
    for m in found:
        vs, ve = m.span(1)
        if any(x.vstart < ve and vs < x.vend and not x.code for x in ctx.mentions):
            continue  # a firm's, an institution's or a project's name already there
        if not _core_ok(ctx, vs, ve) or not _specific(tokens(view[vs:ve])):
            continue  # (新建的办公楼, 建成了广场: no name)
        ctx.add(vs, ve, "Project", "project.opened-building", 0.6)


def _without_divisions(ctx: Context) -> None:
    """辽宁省X水资源配置工程 (a list item, a sibling): the name also stands without each division written in
    full that opens it, as project.head's names do (project.without-place)."""
    places: dict[int, list[Mention]] = {}
    for p in ctx.mentions:
        if p.code and p.surface in ctx.gaz.full:
            places.setdefault(p.vstart, []).append(p)
    if not places:
        return
    have = {(m.vstart, m.vend) for m in ctx.mentions if m.type == "Project"}
    for m in [m for m in ctx.mentions if m.type == "Project" and m.vstart in places]:
        k = m.vstart
        while k in places:
            p = max(places[k], key=lambda q: q.vend)
            if m.vend - p.vend < 4:
                break
            if (p.vend, m.vend) not in have:
                ctx.add(p.vend, m.vend, "Project", "project.without-place", 0.7)
                have.add((p.vend, m.vend))
            k = p.vend


_ITEM_BEFORE = re.compile(r"([^，。,；;！!？?：:、\s]{4,24})、$")
_BUILT_ITEM_END = re.compile(
    "(?:"
    + alternation("building_heads", "facility_heads", "infrastructure_heads")
    + "|工厂|汽车城|产业园|物流园)$"
)


def _built_siblings(ctx: Context) -> None:
    """推进A工厂、B汽车城、C项目建设: items before a project in one list that end in the head of a building, a
    plant or a park (and say which one) are projects of the same list."""
    view = ctx.view
    for p in [p for p in ctx.mentions if p.type == "Project" and p.rule == "project.head"]:
        ve = p.vstart - 1
        while ve > 4 and view[ve] == "、":
            m = _ITEM_BEFORE.search(view, max(0, ve - 25), ve + 1)
            if not m:
                break
            vs = _first_item(ctx, m.start(1), ve)
            if view[vs - 1 : vs] != "、":
                # the list's first item: after the clause's verb (长春市推进A工厂、…)
                pos = vs
                for w in tokens(view[vs:ve]):
                    pos += len(w)
                    if tag(w)[:1] == "v" and ve - pos >= 4:
                        vs = pos
            name = view[vs:ve]
            if (
                len(name) < 4
                or not _BUILT_ITEM_END.search(name)
                or not _CJK_NAME.fullmatch(name)
                or not _specific(tokens(name))
                or any(
                    x.vstart < ve
                    and vs < x.vend
                    and not (x.vstart == vs and x.vend == ve and x.type == "Zone")
                    and not x.code
                    and x.type != "Company"
                    for x in ctx.mentions
                )
            ):
                break
            same = [
                x for x in ctx.mentions if x.vstart == vs and x.vend == ve and x.type in ("Zone", "Company")
            ]
            if ctx.add(vs, ve, "Project", "project.built-sibling", 0.6):
                for x in same:
                    ctx.mentions.remove(x)
                ctx.candidates[:] = [
                    c for c in ctx.candidates if c.subject not in same and c.object not in same
                ]
            ve = vs - 1


# an item of a coordination inside a name: a run with no head of its own, right before 、
_COORD_ITEM = re.compile(r"([^，。,；;、等\s()（）]{2,16})、$")
_ITEM_HEAD = re.compile(r"项目|工程|基地|生产线|公司|集团|厂")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_QUOTES = frozenset("“”‘’「」\"'")
_COORD_HEAD = re.compile(r"项目|工程")


def _coordinated_modifiers(ctx: Context, vs: int, hs: int) -> int:
    """Where a project name holds a coordination of modifiers, the start of its first item; else vs.

    大西高铁引道绿化、亮化建设项目, 菌种生产、栽培及加工综合建设项目, N-甲基吡咯烷酮、γ-丁内酯系列产品项目:
    the item after 、 opens with a word no name opens with (a short verb, adverb or adjective: 亮化,
    栽培; a symbol: γ-), so the item before it is the same name's, not another project of a list
    (签约A项目、B项目 gives each item its own head; 签约宝马、奔驰项目 opens each with a name).
    """
    view = ctx.view
    start = vs
    while start >= 3 and view[start - 1] == "、":
        words = tokens(view[start:hs])
        if not words:
            break
        first = words[0]
        if not (len(first) <= 2 and tag(first)[:1] in ("v", "d", "a") or not _NAME_CHAR.match(first)):
            break
        # (签约A、“乡村振兴”B项目: a quoted item is a name of its own; A、远星橡胶B项目: single characters in a
        # row, an unknown coinage the tagger splits, open a proper name, as 远 + 星 does)
        if (
            first in _QUOTES
            or _CJK_CHAR.fullmatch(first)
            and len(words) > 1
            and _CJK_CHAR.fullmatch(words[1])
        ):
            break
        m = _COORD_ITEM.search(view, max(0, start - 17), start)
        # (乐境印象·仁、B项目: a name with a separator dot before 、 is a name of its own)
        if not m or _ITEM_HEAD.search(m.group(1)) or "·" in m.group(1) or len(tokens(m.group(1))) < 3:
            break  # (one word before 、 is a name of its own: 宝马、奔驰项目 are two brands' projects)
        s = strip_leading_verbs(ctx, extend_left(ctx, m.end(1), limit=16, stops=PROJECT_STOPS), m.end(1))
        if s >= m.end(1) or s < m.start(1):
            break
        start = s
    return start


def _without_zone(ctx: Context, vs: int, hs: int, he: int) -> None:
    """X经济开发区莱尼科技项目: a project named after the zone (and the places before it) it is in, whose own
    words after the zone are a proper name (a brand, a firm's word), also stands without them (an alias)."""
    view = ctx.view
    for z in ctx.mentions:
        if z.type != "Zone" or not (vs <= z.vstart and z.vend <= hs - 2):
            continue
        if z.vstart > vs and not any(p.code and p.vstart == vs and p.vend == z.vstart for p in ctx.mentions):
            continue  # only places may stand before the zone
        # (a proper name: a word jieba tags as a name or does not know, or a run of single characters, an
        # unknown coinage split apart; 基础设施, 物流园 are common words and keep the zone in the name)
        words = tokens(view[z.vend : hs])
        if not words or words[0] in STOP_WORDS or words[0] in ("暨", "及其"):
            return  # 陆港暨X基地项目: one name joining two works, not a zone's project
        if any(
            tag(w) in ("ns", "nz", "nrt", "j") or tag(w) == "nr" and len(w) >= 2 or word_freq(w) == 0
            for w in words
        ) or any(len(a) == 1 and len(b) == 1 for a, b in zip(words, words[1:], strict=False)):
            ctx.add(z.vend, he, "Project", "project.without-zone", 0.65)
            return


def _coordinated_projects(ctx: Context) -> None:
    """A project whose name coordinates modifiers with 、 is one project named from its first item."""
    view = ctx.view
    for m in _COORD_HEAD.finditer(view):
        hs, he = m.start(), m.end()
        last = extend_left(ctx, hs, limit=40, stops=PROJECT_STOPS)  # (亮化建设: the verb opens the item)
        if last >= hs or view[last - 1 : last] != "、" or view[hs - 1] in _ACT_ON_PROJECTS:
            continue  # (凝心聚力抓项目: doing something to projects)
        start = _coordinated_modifiers(ctx, last, hs)
        if start == last:
            continue
        first_end = view.index("、", start)
        owned = _OWNED.search(view, max(0, start - 24), start)
        capacity = bool(_CAPACITY.search(view, start, first_end))
        if not (
            _core_ok(ctx, start, first_end, verbs_ok=bool(owned) or capacity, capacity=capacity)
            and _project_specific(ctx, start, first_end)
        ):
            continue
        # the last item alone was taken for the project (PTFE覆铜板项目): the whole name replaces it
        partial = [x for x in ctx.mentions if x.type == "Project" and x.vend == he and start < x.vstart]
        for x in partial:
            ctx.mentions.remove(x)
        ctx.candidates[:] = [
            c for c in ctx.candidates if c.subject not in partial and c.object not in partial
        ]
        ctx.add(start, he, "Project", "project.coordinated", 0.7)
        for p in ctx.mentions:  # 桐柏县X、Y项目: the name also stands without its county (as project.head)
            if p.code and p.vstart == start and p.vend < first_end and p.surface in ctx.gaz.full:
                ctx.add(p.vend, he, "Project", "project.without-place", 0.7)


# what a period "plans to" do (计划开工, 计划投资): 计划 before these is a verb
_PLANNED_ACT = re.compile(r"(?:新)?(?:开工|开复工|投资|完成|建设|实施|竣工|投产|签约|引进|建成)")
# 计划在江城投资建设, 计划于年底投产: where or when a firm plans to build (a plan named X计划 is carried out,
# 实施/启动, not built: X计划在全省实施 keeps its name)
_PLANNED_AT = re.compile(
    r"(?:在|于|到)[^，,。；;：:]{1,10}?(?:新)?(?:开工|开复工|投资|建设|兴建|新建|竣工|投产|签约|落户|建成)"
)
_CJK_NAME = re.compile(r"[\u4e00-\u9fff0-9A-Za-z()（）]+")
# …with a middle dot between its parts, as an estate's or a brand's name is written (星河印象·雅)
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff0-9A-Za-z()（）]+(?:[·•][\u4e00-\u9fff0-9A-Za-z]+)?")
_BRACKET_PHASE = re.compile(r"[(（][一二三四五六七八九十]期[)）]")
# a list closed by 等N个项目 names its projects, with or without their own 项目 (…项目、X年产5GW硅片等6个项目)
_PROJECT_LIST_END = re.compile(
    r"、([^，。,；;、]{4,40}?)等[\d一二三四五六七八九十]+个(?:重点|重大|新建|续建)?项目"
)


# …项目以A、B,C等项目为代表: the examples of a set of projects are projects
_PROJECT_EXAMPLES = re.compile(
    r"以([^。；;！!？?]{4,80}?)等(?:[\d一二三四五六七八九十]+个)?项目为(?:代表|主|重点|龙头|引领)"
)


# where a service is given (服务窗口, 服务大厅): a counter or hall, no scheme of that service
_SERVICE_PLACES = ("窗口", "大厅", "专区", "专窗", "柜台")


# 以A为代表的新兴项目, 以A、B为代表的一批服务业项目: the example a kind of projects is represented by is a project
_PROJECT_EXAMPLE_LEAD = re.compile(
    r"以([^。；;！!？?，,]{3,60}?)为代表的(?:一批|一系列)?[\u4e00-\u9fff]{0,8}?项目"
)


# 产业项目44项…,主要有A、B、C等: the items a count of projects is illustrated with are projects
# (the illustration may open the next sentence: 签约项目13个,…。主要包括A、B等; and may close with
# its own head: …主要包括A、B、C等项目。)
# what makes 项目 before 主要有/包括 a group of projects (重点项目,主要有…), not one project's name
_PLURAL_LEAD = frozenset(
    ("重点", "重大", "这些", "此次", "本次", "签约", "开工", "新建", "续建", "在建", "产业", "招商")
)
_PROJECTS_MAINLY = Scan(
    re.compile(
        r"(?:项目|工程)[^。；;！!？?：:]{0,60}?。?主要(?:有|包括|是)([^。；;！!？?：:]{4,240}?)"
        r"等(?:(?:重点|重大)?(?:项目|工程))?(?=[；;。，,]|$)"
    )
)


# 建设包括A、B和C等项目: what is to be built, listed before 等项目, are projects
_PROJECTS_BUILT = re.compile(
    r"(?:建设|新建|兴建|打造|实施)(?:包括|涵盖)([^。；;！!？?：:，,]{3,120}?)等(?:[\d一二三四五六七八九十]+个)?项目"
)


# 当天开工建设的项目为A、B、C / 此次签约的项目分别是A、B: the projects started or signed, listed by
# name after 项目为; an item ending in a works head (园, 中心, 基地 …) is a project here, not a zone
_PROJECTS_ARE = re.compile(
    # (签约项目包括, 开工项目主要有: the same list without 的, its verb 有 too; 建设项目 only with 的, a class of
    # projects otherwise)
    r"(?:(?:开工|开工建设|签约|竣工|投产)的?|建设的)(?:重点|重大)?项目(?:分别|主要)?(?:为|是|包括|有)[：:]?"
    r"([^。；;！!？?：:，,]{3,200})"
)
_LISTED_WORKS_END = re.compile(r"(?:园|中心|基地|工程|项目|厂|电站|馆|学院|学校|医院|港)$")
# a quoted name, then the kind of project (“村村有未来”共富项目): an item of such a list with its quotes
_QUOTED_ITEM = re.compile(r"“[^“”]{2,16}”[\u4e00-\u9fff]{0,8}项目")
# A、B、C等一批重大交通基础设施 / …等重点工程: a list of works closed by a word for projects
_WORKS_LIST = re.compile(
    r"((?:[^，。,；;！!？?：:、\s]{2,30}、){1,12}[^，。,；;！!？?：:、\s]{2,30})"
    r"等(?:一批|多个|[\d一二三四五六七八九十]+(?:个|项))?(?:重大|重点|大型)?"
    r"(?:交通|水利|能源|市政|民生|科研)?(?:基础设施|设施|项目|工程)"
)
_INFRA_END = re.compile(
    "(?:" + "|".join(map(re.escape, INFRASTRUCTURE_HEADS)) + ")(?:[一二三四五六七八九十]期)?$"
)
# the same head closes every item of a signing list: 特种X项目、中广核Y项目等
_SIBLING = re.compile(
    r"(?:、|和|及)([^，。,；;！!？?：:、\s]{3,30}?(?:项目|工程))(?=、|和|及|等|[，。,；;]|$)"
)
# the close of a counted group at an item's end (A工程等3个项目): the item names A and counts its group
_GROUP_CLOSE = re.compile(r"等(?:[\d一二三四五六七八九十百]+个|一批|多个)[\u4e00-\u9fff]{0,6}?(?:项目|工程)$")


# A、B、C等13个项目集中开工 / 集中开工A、B、C等重点项目8个: what a project start (or signing) counts as
# its projects is a list of projects, each item named however it is written (丰碑线改造, 第四完全小学)
# (动工, 动建: a start in other words; 正式 opens the act as 集中 does: 等7个项目正式动建)
_START_VERB = r"(?:集中|正式)?(?:开工|开复工|签约|竣工|投产|动工|动建)"
_LIST_RUN = r"((?:[^，。,；;！!？?：:、\s]{2,30}、){1,12}[^，。,；;！!？?：:、\s]{2,30})"
_COUNT = r"[\d一二三四五六七八九十]+个"
# the kind of the counted projects (8个重点项目, 9个重点招商项目, 5个合作项目)
_COUNTED_KIND = r"(?:重点|重大)?(?:建设|招商|招商引资|合作)?(?:项目|工程)"
_STARTED_LIST = re.compile(
    _LIST_RUN
    + r"等"
    + _COUNT
    + _COUNTED_KIND
    + _START_VERB
    + r"|"
    + _START_VERB
    + r"了?(?!的)"  # (签约了A、B、C等8个项目: the count may stand before 项目; 开工的A… is a modifier)
    + _LIST_RUN
    + r"等(?:"
    + _COUNT
    + _COUNTED_KIND
    + r"|"
    + _COUNTED_KIND
    + _COUNT
    + r")"
)
_ORG_ITEM = re.compile(r"(?:公司|集团|厂|合作社)$")
_EVENT_HEAD_ENDS = tuple(h for h in EVENT_HEADS if len(h) >= 2)
# event heads ending in 活动 (签约活动, 周活动, 分会场活动): with one of them 活动 heads an occasion, no campaign
_OCCASION_ACTIVITIES = tuple(h for h in EVENT_HEADS if h.endswith("活动") and len(h) > 2)


def _drop_same_span(ctx: Context, vs: int, ve: int, types: tuple[str, ...]) -> None:
    """Remove the mentions of other types on exactly this span (a listed project is not also a school)."""
    same = [x for x in ctx.mentions if x.vstart == vs and x.vend == ve and x.type in types]
    for x in same:
        ctx.mentions.remove(x)
    ctx.candidates[:] = [c for c in ctx.candidates if c.subject not in same and c.object not in same]


def _started_list(ctx: Context) -> None:
    """Items of a list a project start counts (A、B等13个项目集中开工) are projects."""
    view = ctx.view
    for m in _in_clauses(_STARTED_LIST, _START_CUE, view):
        g = 1 if m.group(1) is not None else 2
        pos = m.start(g)
        items = m.group(g).split("、")
        for i, item in enumerate(items):
            vs, ve = pos, pos + len(item)
            pos += len(item) + 1
            if i == 0:
                vs = _first_item(ctx, vs, ve)  # (开工建设A、B等: the verb after the act opens no name)
            name = view[vs:ve]
            if (
                not 3 <= len(name) <= 30
                or not _DOTTED_NAME.fullmatch(name)
                or _QUANT_START.match(name)
                or _ORG_ITEM.search(name)
                or any(x.code and x.vstart == vs and x.vend == ve for x in ctx.mentions)
                or any(
                    x.type == "Project" and x.vstart < ve and vs < x.vend and (x.vstart, x.vend) != (vs, ve)
                    for x in ctx.mentions
                )
            ):
                continue  # a firm or a place listed among projects, or a project another rule named
            proj = ctx.add(vs, ve, "Project", "project.started-list", 0.6)
            if proj:
                # (a centre listed among signed projects is a works, not a body: X文化旅游发展中心 in A、B等9个项目)
                _drop_same_span(ctx, vs, ve, ("Institution", "Zone", "GovernmentBody"))
                # X置业有限公司Y房地产开发: the firm that opens the item's name runs it
                firm = next(
                    (c for c in ctx.mentions if c.type == "Company" and c.vstart == vs and c.vend < ve), None
                )
                if firm is not None:
                    ctx.with_parts(proj, part("operator", firm))


# A、B等重大项目相继开工 / A、B、C“三个百亿”项目加速落地 / 重点项目涵盖A、B、C等: a list of named works
# with no count (or a quoted count label) closed by a word for projects and an act on them, or set out
# as what projects cover. Its items need no head of their own, but each must say which thing it is (a
# proper noun, a number or an infrastructure head), so a list of sectors (装备制造、新能源等重点项目) stays out.
_QUOTED_COUNT = r"“[\d一二三四五六七八九十两]+个[^”]{0,8}”"
# (等 may be followed by the sector the works belong to: A、B等钢铁项目建成, A、B等电力项目相继投产)
_NAMED_LIST_ACT = re.compile(
    _LIST_RUN
    + r"(?:等[\u4e00-\u9fff]{0,8}?|("
    + _QUOTED_COUNT
    + r"))(?:建设)?(?:项目|工程)[^，。,；;！!？?：:、\s]{0,4}?"
    + r"(?:集中)?(?:开工|开复工|签约|竣工|投产|落地|建成|进展|推进|建设)"
)
# 引进了A、B等项目, 签约A、B等重大项目: the act on the projects may stand before the list
_NAMED_LIST_AFTER_ACT = re.compile(
    r"(?:引进|签约|签下|落地|开工|建成|投产|竣工|包括|涵盖|包含|推进|实施|谋划)了?"
    + _LIST_RUN
    + r"等(?:重点|重大)?(?:建设)?(?:项目|工程)"
)
# 签约项目5个，分别是A、B和C。: the works a sentence about projects lists one by one (分别是/分别为)
_NAMED_LIST_RESPECTIVE = Scan(
    re.compile(
        r"(?:项目|工程)[^。；;！!？?：:]{0,16}?(?:分别是|分别为|依次是|依次为)[：:]?"
        r"((?:[^，。,；;！!？?：:、\s]{2,30}、){1,12}[^，。,；;！!？?：:、\s]{2,30})(?=[。；;]|$)"
    )
)
_LAST_JOIN = re.compile(r"[和及]")
# (…的项目包括：A、B、C等 / 项目有：A、B等: the list may follow a colon)
_NAMED_LIST_COVER = re.compile(
    r"(?:项目|工程)(?:主要)?(?:(?:涵盖|包括|包含)[：:]?|有[：:])"
    + _LIST_RUN
    + r"等(?:(?:重点|重大)?(?:项目|工程))?(?=[；;。，,]|$)"
)
_SENTENCE_OPEN = "。！!？?；;\n"
_KIND_SET = frozenset(PROJECT_KINDS)
_FACILITY_ENDS = tuple(h for h in FACILITY_HEADS if len(h) >= 2)
_NAME_TAG_SET = frozenset({"ns", "nr", "nz", "nt", "j", "nrt", "eng"})
_PLACE_TYPES = ("Province", "City", "District")


def _named_item(name: str) -> bool:
    """Does a list item without a project head say which work it is?"""
    if _DIGIT.search(name) or _INFRA_END.search(name):
        return True
    # (矿坑运动乐园, 城南体育馆: a building or built site with at least two words before its head)
    b = _BUILDING_END.search(name)
    if b and b.end() == len(name) and len(tokens(name[: b.start()])) >= 2:
        return True
    return any(tag(w) in _NAME_TAG_SET for w in tokens(name))


_SITE_END = lazy(r"(?:总部|中心|基地|园|城|项目)$")


def _named_list(ctx: Context) -> None:
    """Items of an uncounted list of named works that projects are said to be (see _NAMED_LIST_ACT)."""
    view = ctx.view
    found = [(m, 1) for m in _in_clauses(_NAMED_LIST_ACT, _NAMED_LIST_CUE, view, _hard_stops)] + [
        (m, 1)
        for rx in (_NAMED_LIST_COVER, _NAMED_LIST_AFTER_ACT, _NAMED_LIST_RESPECTIVE)
        for m in rx.finditer(view)
    ]
    for m, g in found:
        spans = []
        pos = m.start(g)
        for item in m.group(g).split("、"):
            spans.append((pos, pos + len(item)))
            pos += len(item) + 1
        # A、B和C: the last item joined by 和/及 is two named works when each side names one
        ls, le = spans[-1]
        j = _LAST_JOIN.search(view, ls + 2, le - 2)
        if (
            j
            and _joiner_word(view[ls:le], j.start() - ls)
            and (_named_item(view[ls : j.start()]) or _named_item(view[j.end() : le]))
        ):
            spans[-1:] = [(ls, j.start()), (j.end(), le)]
        for i, (vs, ve) in enumerate(spans):
            if i == 0 and not (vs == 0 or view[vs - 1] in _SENTENCE_OPEN):
                vs = _first_item(ctx, vs, ve)  # (a sentence that opens with the list opens with its name)
            name = view[vs:ve]
            # a plant listed among projects (X电厂, Y水厂 typed a firm by its 厂) is the works named here
            plant = [
                x
                for x in ctx.mentions
                if x.type == "Company" and (x.vstart, x.vend) == (vs, ve) and name.endswith(_FACILITY_ENDS)
            ]
            # the same name without its phase (X基地 of X基地一期) is not another project of the list
            unphased = [
                x
                for x in ctx.mentions
                if x.type == "Project"
                and x.rule == "project.head"
                and x.vstart == vs
                and x.vend < ve
                and _PHASE.fullmatch(view, x.vend, ve)
            ]
            # a group named by its short name opening a listed work (X集团西部运营总部): the work is named
            # with its owner, who is written only inside it (SCHEMA convention 5, as for places)
            owner = [
                x
                for x in ctx.mentions
                if x.type == "Company"
                and x.rule == "company.suffix"
                and x.vstart == vs
                and x.vend <= ve - 4
                and x.surface.endswith("集团")
                and _SITE_END.search(view[x.vend : ve])
            ]
            plant += owner
            if name in _KIND_SET:
                continue  # 城市更新、老旧小区改造等项目: kinds of projects
            if name.endswith("产业") and len(tokens(name[:-2])) <= 1:
                continue  # 开工项目包含农牧产业、人居环境…: a sector named by one word (农牧, 文旅), no work
            if (
                not 4 <= len(name) <= 24
                or not _CJK_NAME.fullmatch(name)
                or _QUANT_START.match(name)
                or _ORG_ITEM.search(name)
                and not plant
                # a venue or occasion of the project (A项目分会场, B项目开工仪式) names an event, not a work
                or name.endswith(_EVENT_HEAD_ENDS)
                or not (_named_item(name) or plant)
                or any(x.code and x.vstart == vs and x.vend == ve for x in ctx.mentions)
                or any(
                    x.vstart < ve and vs < x.vend and not (vs <= x.vstart and x.vend <= ve)
                    for x in ctx.mentions
                )
                or any(
                    x.type in ("Project", "Company")
                    and x.vstart < ve
                    and vs < x.vend
                    and x not in plant
                    and x not in unphased
                    for x in ctx.mentions
                )
            ):
                continue  # a firm or a place listed, part of a longer name, or a project named already
            if not ctx.add(vs, ve, "Project", "project.named-list", 0.6):
                continue
            for x in plant + unphased:
                ctx.mentions.remove(x)
            ctx.candidates[:] = [
                c
                for c in ctx.candidates
                if c.subject not in plant + unphased and c.object not in plant + unphased
            ]
            # a province or county written inside the item is part of its name (rule 5), not a place
            inner = [
                x
                for x in ctx.mentions
                if x.type in _PLACE_TYPES + ("Institution", "Zone")
                and vs <= x.vstart
                and x.vend <= ve
                and (x.vstart, x.vend) != (vs, ve)
                or x.type in ("Institution", "Zone")
                and (x.vstart, x.vend) == (vs, ve)
            ]
            for x in inner:
                ctx.mentions.remove(x)
            ctx.candidates[:] = [
                c for c in ctx.candidates if c.subject not in inner and c.object not in inner
            ]


def _first_item(ctx: Context, vs: int, ve: int) -> int:
    """Where a list's first item starts: after the closed-class and verb words the run opens with."""
    view = ctx.view
    while vs < ve:
        opener = _LIST_OPENER.match(view, vs, ve)
        if opener and opener.end() < ve:
            vs = opener.end()  # 竣工的项目有A、B: the projects the clause speaks of, then the verb, open it
            continue
        words = tokens(view[vs:ve])
        if len(words) < 2 or not (tag(words[0])[:1] in ("p", "v", "c", "d", "r") or words[0] in STOP_WORDS):
            break
        vs += len(words[0])
    return vs


# the subject of a list clause and its verb (项目有, 工程主要有, 项目分别为, 项目包括): no item's words
_LIST_OPENER = re.compile(r"(?:项目|工程)(?:主要|分别)?(?:有|为|是|包括|涉及)[：:]?")


# what a _WORKS_LIST match ends with, and the characters no list of names holds (_LIST_RUN,
# _WORKS_LIST): such a list lies inside one clause between two of them
_WORKS_TAIL = re.compile(
    r"等(?:一批|多个|[\d一二三四五六七八九十]+(?:个|项))?(?:重大|重点|大型)?"
    r"(?:交通|水利|能源|市政|民生|科研)?(?:基础设施|设施|项目|工程)"
)
_START_CUE = Scan(re.compile(_START_VERB))
_CLAUSE_STOP = re.compile(r"[，。,；;！!？?：:\s]")


@lru_cache(maxsize=2)
def _clause_stops(view: str) -> tuple[int, ...]:
    """Where the clause stops of a view are (both list patterns of an article read them)."""
    return tuple(m.start() for m in _CLAUSE_STOP.finditer(view))


# what every _NAMED_LIST_ACT match ends with; its one part that may hold a clause stop is the quoted
# count (“3个，…”), within eight characters after its 个: the other stops bound its clauses
# (re itself: a literal alternation re scans by its first characters faster than Scan finds the strings)
_NAMED_LIST_CUE = re.compile(r"开工|开复工|签约|竣工|投产|落地|建成|进展|推进|建设")


@lru_cache(maxsize=2)
def _hard_stops(view: str) -> tuple[int, ...]:
    """The clause stops of a view that no _NAMED_LIST_ACT match holds (none within 8 after a 个)."""
    return tuple(p for p in _clause_stops(view) if view.find("个", max(0, p - 8), p) < 0)


def _in_clauses(
    rx: re.Pattern,
    cue: re.Pattern | Scan,
    view: str,
    stops_of: Callable[[str], tuple[int, ...]] = _clause_stops,
) -> Iterator[re.Match]:
    """rx.finditer(view) for a list pattern (no clause stop in a match, a 、 and a cue match in every
    one), run only on the clauses that hold a cue and a 、: the same matches. Such patterns open
    with a free run, so re tries them at every position of the view (a third of a millisecond an
    article each). stops_of: the stops no match holds (default: every clause stop)."""
    stops: tuple[int, ...] | None = None
    done = -1  # end of the last clause scanned
    for t in cue.finditer(view):
        if t.start() < done:
            continue
        if stops is None:
            stops = stops_of(view)
        k = bisect_right(stops, t.start())
        cs = stops[k - 1] + 1 if k else 0
        ce = stops[k] if k < len(stops) else len(view)
        done = ce
        if view.find("、", cs, ce) >= 0:
            yield from rx.finditer(view, cs, ce)


_OWN_WORKS_END = re.compile(r"(?:项目|工程)$")


def _listed_works(ctx: Context) -> None:
    """Items of a list of works that end in an infrastructure head: 青山机场、江北高速等重大项目."""
    view = ctx.view
    for m in _in_clauses(_WORKS_LIST, _WORKS_TAIL, view):
        items = m.group(1).split("、")
        # (A机场、B工程等交通设施: an item with a works head of its own is one of the list's works too)
        if not all(_INFRA_END.search(it) or _OWN_WORKS_END.search(it) for it in items[1:]) or not any(
            _INFRA_END.search(it) for it in items
        ):
            continue  # a list of works throughout, or something else
        pos = m.start(1)
        for i, item in enumerate(items):
            vs, ve = pos, pos + len(item)
            if i == 0:
                vs = _first_item(ctx, vs, ve)
            if _INFRA_END.search(item) and ve - vs >= 4 and _CJK_NAME.fullmatch(view[vs:ve]):
                ctx.add(vs, ve, "Project", "project.listed-works", 0.6)
            pos += len(item) + 1


def _sibling_projects(ctx: Context) -> None:
    """A list item with a project head next to a project found by the head rule is a project too."""
    view = ctx.view
    heads = {p.vend for p in ctx.mentions if p.type == "Project" and p.rule == "project.head"}
    starts = {p.vstart for p in ctx.mentions if p.type == "Project" and p.rule == "project.head"}
    for m in _SIBLING.finditer(view):
        vs, ve = m.span(1)
        if view[m.start()] != "、" and not view.endswith(("项目", "工程"), 0, m.start()):
            continue  # X装配及Y中心项目: 和/及 after a run with no head of its own joins words of one name
        prev_is_project = vs - 1 in heads
        next_is_project = ve + 1 in starts
        de = view.rfind("的", vs, ve)
        if de >= 0:
            vs = de + 1  # 由X公司投资的Y项目: after 的 the name starts (Y项目, often found by its head)
        if not (prev_is_project or next_is_project) or any(
            p.type == "Project" and p.vstart <= vs < p.vend for p in ctx.mentions
        ):
            continue
        hs = ve - 2
        if _GENERIC_PROJECT_TAIL.search(view[vs:hs]) or not _core_ok(ctx, vs, hs, verbs_ok=True):
            continue
        ctx.add(vs, ve, "Project", "project.sibling", 0.6)
    # the first item, before 、 and a found project: its start is after the clause's opening words
    for p in [p for p in ctx.mentions if p.type == "Project" and p.rule == "project.head"]:
        ve = p.vstart - 1
        if ve < 4 or view[ve] != "、" or not _OWN_WORKS_END.search(view[:ve]):
            continue
        if any(q.type == "Project" and q.vend == ve for q in ctx.mentions):
            continue  # the item before 、 is a project found already: no longer run ends there
        k = ve
        while k > 0 and view[k - 1] not in "，。,；;：:、！!？?\n ":
            k -= 1
        vs = _after_ji(view, _first_item(ctx, k, ve), ve)
        # (A工程等3个项目、B项目: the item is a counted group that A heads; the name is A, not its count)
        closed = _GROUP_CLOSE.search(view, vs, ve)
        if closed is not None:
            ve = closed.start()
            if not view[:ve].endswith(("项目", "工程")):
                continue
        if ve - vs < 5 or any(q.type == "Project" and q.vstart <= vs < q.vend for q in ctx.mentions):
            continue
        # (a counted group's head is named by its kind of work too: 煤场封闭改造工程等3个项目)
        generic = closed is None and _GENERIC_PROJECT_TAIL.search(view[vs : ve - 2])
        if generic or not _core_ok(ctx, vs, ve - 2, verbs_ok=True):
            continue
        ctx.add(vs, ve, "Project", "project.sibling", 0.6)


# A、B、C等20个重点项目 / A、B等一批大项目: a counted list of projects, each item a project whatever its head
# (also A、B等项目, with no count, and A、B等一批X、Y的大项目, the batch described before its 项目: dev14;
# A、B等8个总投资127亿元项目: the group's total written between the count and 项目: dev18)
# (A、B等一批重大基础设施和能源保障类项目: the batch named by its class, X类, before 项目: dev27)
_COUNTED_PROJECT_LIST = re.compile(
    r"((?:[^，。,；;！!？?：:、\s]{3,30}、){1,12}[^，。,；;！!？?：:、\s]{3,30})"
    r"(?:等(?:(?:一批|多个|各大|[\d一二三四五六七八九十百]+个)(?:(?:计划)?(?:总投资|投资)[\d.]+(?:亿|万)?元的?)?"
    r"[^，。,；;、\s]{0,6}?"
    r"|一批[^，。,；;\s]{0,20}?的[^，。,；;、\s]{0,4}?|一批[^，。,；;、\s]{0,16}?类|(?:重点|重大|产业|民生)?)"
    # (A、B、C三个项目: the count of the listed items right after the last, with no 等)
    r"|(?<![\d两二三四五六七八九十等])[\d两二三四五六七八九十]+个(?:重点|重大|产业)?)项目"
)
# _COUNTED_PROJECT_LIST tried only where it can match (it tried every position of every article: ~7 % of
# extraction). A match holds its close (等 and a count: a close never holds another 等) and none of
# ，。,；; or a space, its list is at most 12 × 31 + 30 characters: it lies in the stretch of text between
# two such delimiters that holds a close, starting at most that far before the close.
_COUNT_CLOSE = re.compile(
    r"等(?:一批|多个|各大|[\d一二三四五六七八九十百]+个|(?:重点|重大|产业|民生)?项目)"
    r"|[\d两二三四五六七八九十]+个(?:重点|重大|产业)?项目"
)
_LIST_DELIM = re.compile(r"[，。,；;\s]")
_LIST_SPAN = 12 * 31 + 30


def _counted_lists(view: str) -> Iterator[re.Match]:
    """_COUNTED_PROJECT_LIST.finditer(view): the same matches, each stretch around a close scanned once."""
    done = 0  # every start before this was tried
    for close in _COUNT_CLOSE.finditer(view):
        s = close.start()
        if s < done:
            continue
        lo = max(done, s - _LIST_SPAN)
        for d in _LIST_DELIM.finditer(view, lo, s):
            lo = d.end()
        after = _LIST_DELIM.search(view, s)
        hi = after.start() if after else len(view)
        yield from _COUNTED_PROJECT_LIST.finditer(view, lo, hi)  # no match crosses a delimiter at hi
        done = hi


# what is done to the projects, just before the list or just after it (集中开工的A、B等…; A、B等…项目在我市落地):
# a list of sectors closed the same way (涉及装备制造、现代农业等20个项目) has none of it
# (A、B等各大重点项目的建设现场: the listed undertakings are being built)
# (推进, 前期工作, 施工招标, 顺利进行: the listed undertakings are prepared or under way: dev14)
# (批复, 核准, 立项, 审批: the listed undertakings are approved by a planning body; 引入 as 引进)
_PROJECT_DEED = re.compile(
    r"开工|开复工|签约|引进|引入|落地|落户|开建|投产|竣工|建成|建设现场|施工现场|推进|前期工作|施工招标|顺利进行"
    r"|批复|核准|立项|审批"
)


# 其中 (of them) right before a list: its items are some of the projects counted before
_SHARE_LEAD = re.compile(r"其中[，,]?$")
_APPROVAL_AFTER = re.compile(r"[，,]?[^，。,；;！!？?\s]{0,12}?(?:批复|核准|立项|审批|批准)")


def _listed_as_works(x: Mention) -> bool:
    """A mention a counted list of projects makes a project: a zone (X工业园), or a facility named by its
    head only (县人民医院, X净水厂: a hospital or plant being built), not a firm's or body's full name."""
    if x.type in ("Zone", "Project"):
        return True
    return (x.type == "Institution" and x.rule == "institution.head") or (
        x.type == "Company" and x.rule == "company.suffix" and x.surface.endswith("厂")
    )


# the closes and acts of the counted lists before dev14 (a count or 一批 after 等; a start, signing or settling)
_OLDER_CLOSE = re.compile(
    r"等(?:一批|多个|各大|[\d一二三四五六七八九十百]+个)[^，。,；;、\s]{0,6}?项目"
    r"|等一批[^，。,；;、\s]{0,16}?类项目"  # (a batch of a class of works: 等一批基础设施类项目)
)
# an item opened by its investment (投资21.1亿元的A、投资20.1亿元的B等重大项目): the name follows 的
_AMOUNT_LED_ITEM = re.compile(r"(?:计划)?(?:总投资|投资)(?:额)?约?[\d.]+(?:亿|万|千万)?元的")
_OLDER_DEED = re.compile(
    r"开工|开复工|签约|引进|引入|落地|落户|开建|投产|竣工|建成|建设现场|施工现场|批复|核准"
)
_COINED_CHAR_TAGS = frozenset(("n", "ng", "zg", "m", "q", "nr", "ns", "nz", "vg", "g", ""))


_CN_NUMBER = lazy(r"[一二三四五六七八九十百千万亿两]+")


def _item_names_one(item: str) -> bool:
    """Does a list item say which undertaking it is: a proper noun, a rare word, a coined name the segmenter
    splits into single characters (卡|倍|亿…), a digit? (装备制造, 产业升级, 老旧小区改造: kinds of work)"""
    for w in tokens(item):
        t = tag(w)
        if (
            _DIGIT.search(w)
            and not _CN_NUMBER.fullmatch(w)
            or t in ("ns", "nr", "nz", "nt", "nrt", "j", "eng")
            or len(w) >= 2
            and word_freq(w) < 50
            or len(w) == 1
            and t in _COINED_CHAR_TAGS
        ):
            return True
    return False


# the works a plant's name is followed by in a project's name (X厂改造: the renovation of plant X)
_PLANT_WORKS = re.compile(r"(?:改造|扩建|技改|搬迁|升级改造|改扩建|提标改造)(?:工程|项目)?")


def _item_opener(view: str, x: Mention, vs: int, ve: int) -> bool:
    """A mention a project list's item opens with and goes on from: the project's place (利通区X制造), a zone
    (X工业园区Y项目), or the plant the works are done on (X厂改造)."""
    if x.vstart != vs or x.vend >= ve:
        return False
    if x.type in _PLACE_TYPES + ("Town", "Zone"):
        return True
    if x.type == "Company" and x.surface.endswith(("集团", "公司")) and ve - x.vend >= 2:
        return True  # X集团多晶硅, X公司年产Y: a project named by its firm and what it makes or builds
    return (
        x.type == "Company"
        and x.rule == "company.suffix"
        and x.surface.endswith("厂")
        and _PLANT_WORKS.fullmatch(view, x.vend, ve) is not None
    )


_OWN_HEAD_ITEM = re.compile(r"^[^、]{4,}(?:项目|工程)$")


def _joiner_word(item: str, j: int) -> bool:
    """Is the 和 or 及 at item[j] a word of its own after a word (A公园和B公园), not part of one (以及) or
    of a run of single characters the segmenter split (中|和|性: 中和性抗体)?"""
    pos = 0
    words = tokens(item)
    for k, w in enumerate(words):
        if pos == j:
            return w == item[j] and 0 < k < len(words) - 1 and len(words[k - 1]) > 1
        pos += len(w)
        if pos > j:
            return False
    return False


_ITEM_JOINS = lazy("[和及]")  # 和 or 及 joining two names inside one list item


def _counted_project_list(ctx: Context) -> None:
    """The items of a list closed by 等N个…项目 / 等一批…项目, with an act on projects around it, are
    projects; an item first taken for a zone (X工业园) is the project it names here."""
    view = ctx.view
    for m in _counted_lists(view):
        s_start, s_end = ctx.sentence_bounds(m.start(1))
        first = m.group(1).split("、")[0]
        lead = _first_item(ctx, m.start(1), m.start(1) + len(first))  # the first item's own opening words
        before = view[max(s_start, m.start(1) - 12) : lead]
        after = view[m.end() : min(s_end, m.end() + 10)]
        # (A、B等项目，国家发改委已批复: an approval is said after the approving body's name)
        approved = _APPROVAL_AFTER.match(view, m.end(), s_end)
        # (其中A、B、C3个项目超过100亿元: 其中 opens a share of the projects the passage spoke of just before,
        # counted right after its last item, no 等: the list is complete)
        share = _SHARE_LEAD.search(before) is not None and not view.startswith("等", m.end(1))
        if not (_PROJECT_DEED.search(before) or _PROJECT_DEED.search(after) or approved or share):
            continue
        # the forms added for dev14 (等项目 with no count, 等一批…的大项目, an act of preparing or going on)
        # hold a list of names only when every item says which undertaking it is: a list of sectors or
        # kinds of work (装备制造、现代农业等重点项目; 城市更新、老旧小区改造等项目建设) is none
        close = view[m.end(1) : m.end()]
        older = _OLDER_CLOSE.fullmatch(close) and (_OLDER_DEED.search(before) or _OLDER_DEED.search(after))
        # (an item with a project's own head after four or more characters, X及深加工项目, names one)
        named = (
            _OWN_HEAD_ITEM.search(it) or all(_item_names_one(w) for w in _ITEM_JOINS.split(it))
            for it in m.group(1).split("、")
        )
        if not older and not all(named):
            continue
        pos = m.start(1)
        spans = []
        items = m.group(1).split("、")
        for i, item in enumerate(items):
            vs, ve = pos, pos + len(item)
            pos = ve + 1
            opening = vs
            if i == 0:
                vs = _first_item(ctx, vs, ve)
            # (the first item's opening words may hold the 投资 that _first_item dropped as a verb)
            amount = _AMOUNT_LED_ITEM.search(view, opening, ve)
            if amount is not None and amount.start() <= vs:
                vs = max(vs, amount.end())
            # (…、A和B等项目: the last item joins two with 和 or 及, each a name of three or more characters)
            j = max(item.rfind("和"), item.rfind("及"))
            if i == len(items) - 1 and j >= 3 and len(item) - j > 3 and _joiner_word(item, j):
                spans += [(vs, pos - 1 - len(item) + j), (pos - len(item) + j, ve)]
            else:
                spans.append((vs, ve))
        for vs, ve in spans:
            name = view[vs:ve]
            if not (4 <= len(name) <= 24 and _DOTTED_NAME.fullmatch(name)):
                continue
            words = tokens(name)
            if len(words) == 1 and word_freq(name) > 0 and tag(name) not in ("nz", "nt", "nr", "ns", "j"):
                continue  # 装备制造: a kind of industry, not a project's name
            over = [x for x in ctx.mentions if x.vstart < ve and vs < x.vend and not x.code]
            if any(
                not (x.vstart == vs and x.vend == ve and _listed_as_works(x))
                and not _item_opener(view, x, vs, ve)
                for x in over
            ):
                continue  # something else (a firm, a body, a place) or part of a longer name
            if any(x.type == "Project" for x in over) or not _core_ok(ctx, vs, ve, verbs_ok=True):
                continue
            # (X园区Y项目: a zone the item opens with stays the zone the project is in)
            over = [x for x in over if not (x.type == "Zone" and x.vend < ve)]
            for x in over:  # 集中开工的X工业园、Y等20个项目: the park is the project started
                ctx.mentions.remove(x)
            ctx.candidates[:] = [c for c in ctx.candidates if c.subject not in over and c.object not in over]
            ctx.add(vs, ve, "Project", "project.counted-list", 0.6)


# 其中A等25个产业项目, …;B等20个民生项目: one named example of a counted share of the projects an act
# (开工, 签约, 启动…) covers, written after 其中 or after a clause break of that sentence
# (also a sentence opened by the example, A等12个项目开工建设, the act said after the count; and a count
# by size written after 项目, 其中A等10亿元以上项目8个, a tally of projects that needs no act)
_ONE_EXAMPLE = Scan(
    re.compile(
        r"(?:其中|[；;。！!？?\n])([^，。,；;、：:“”\s等]{3,16})等(?:[\d一二三四五六七八九十百]+(?:个|项)"
        r"[^，。,；;、\s]{0,4}?项目|[^，。,；;、\s]{0,12}?项目([\d一二三四五六七八九十百]+)(?:个|项))"
    ),
    by_first=True,
)
_CLAUSE_END = re.compile(r"[，。,；;！!？?\n]")
# (a centre, base or park counted among projects is one being built: 国家X研究中心等…项目8个)
_COUNTED_WORKS_END = re.compile(r"(?:中心|基地|产业园|物流园|园区)$")
_EXAMPLE_DEED = re.compile(r"开工|开复工|签约|启动|落地|落户|开建|投产|竣工|建成|实施")


def _single_examples(ctx: Context) -> None:
    """The one example named before 等N个…项目 in a sentence about projects started, signed or launched."""
    view = ctx.view
    for m in _ONE_EXAMPLE.finditer(view):
        vs, ve = m.span(1)
        opener = view[m.start() : vs]
        lo = max(view.rfind("。", max(0, vs - 120), vs), view.rfind("\n", max(0, vs - 120), vs), vs - 120) + 1
        stop = _CLAUSE_END.search(view, m.end())
        act_after = _EXAMPLE_DEED.search(view, m.end(), stop.start() if stop else len(view))
        sentence_start = opener in ("。", "！", "!", "？", "?", "\n")
        if sentence_start and not act_after:
            continue  # (A等12个项目开工建设: a sentence opened by the example says its act after the count)
        if not (m.group(2) or sentence_start or _EXAMPLE_DEED.search(view, max(0, lo), vs)):
            continue  # (the sentence up to its full stop: a ; splits clauses of one sentence)
        # (浑南区A中心等…: a division written in full that opens the example is where it is, not its name)
        place = next(
            (
                x
                for x in ctx.mentions
                if x.code and x.vstart == vs and x.vend <= ve - 4 and x.surface in ctx.gaz.full
            ),
            None,
        )
        if place is not None:
            vs = place.vend
        words = tokens(view[vs:ve])
        if len(words) == 1 and word_freq(words[0]) > 0 and tag(words[0]) not in ("nz", "nt", "nr", "ns", "j"):
            continue  # 制造业等25个项目: a kind of industry, not a project's name
        over = [x for x in ctx.mentions if x.vstart < ve and vs < x.vend and not x.code]
        same = [x for x in over if x.vstart == vs and x.vend == ve and x.type in ("Institution", "Zone")]
        if len(same) != len(over):
            continue  # a firm, a body, a project already there
        # (江城实验中学等8个民生项目: a school or park counted among the projects is the project here)
        if not _core_ok(ctx, vs, ve, verbs_ok=True) or _kinds_only(ctx, vs, ve, ve, []):
            continue
        if (sentence_start or m.group(2)) and not (
            same
            or _item_names_one(view[vs:ve])
            or _BUILT_ITEM_END.search(view, vs, ve)
            or _COUNTED_WORKS_END.search(view, vs, ve)
        ):
            continue  # (装备制造等12个项目开工: the newer forms need a name or a facility, not a kind of industry)
        if same:
            for x in same:
                ctx.mentions.remove(x)
            ctx.candidates[:] = [c for c in ctx.candidates if c.subject not in same and c.object not in same]
        # (A written before as A项目 is that project: its label joins the two)
        named = next(
            (p.name for p in ctx.mentions if p.type == "Project" and p.name == view[vs:ve] + "项目"), ""
        )
        ctx.add(vs, ve, "Project", "project.single-example", 0.6, **({"label": named} if named else {}))


_ITEM_JOIN = lazy(r"[、和及]")
_ITEM_COMMA = lazy(r"[、,，]")


def _listed_projects(ctx: Context) -> None:
    view = ctx.view
    _listed_works(ctx)
    _started_list(ctx)
    _counted_project_list(ctx)
    _named_list(ctx)
    for m in _PROJECTS_MAINLY.finditer(view):
        k = view.rfind("主要", m.start(), m.start(1))
        if (
            view[k - 3 : k - 1] in ("项目", "工程")
            and view[k - 1] in "，,"
            and view[k - 5 : k - 3] not in _PLURAL_LEAD
        ):
            continue  # 投资1亿元的X中心项目,主要包括A建设、B建设等: the parts of the one project just named
        pos = m.start(1)
        for item in m.group(1).split("、"):
            if 4 <= len(item) <= 24 and _CJK_NAME.fullmatch(item) and not _QUANT_START.match(item):
                ctx.add(pos, pos + len(item), "Project", "project.mainly", 0.65)
            pos += len(item) + 1
    for m in _PROJECTS_BUILT.finditer(view):
        pos = m.start(1)
        for item in _ITEM_JOIN.split(m.group(1)):
            if 3 <= len(item) <= 20 and _CJK_NAME.fullmatch(item) and _core_ok(ctx, pos, pos + len(item)):
                ctx.add(pos, pos + len(item), "Project", "project.built-list", 0.6)
                # (建设…附属中学等项目: a school or park to be built is a project here, not the institution)
                same = [
                    x
                    for x in ctx.mentions
                    if x.vstart == pos and x.vend == pos + len(item) and x.type in ("Institution", "Zone")
                ]
                for x in same:
                    ctx.mentions.remove(x)
                ctx.candidates[:] = [
                    c for c in ctx.candidates if c.subject not in same and c.object not in same
                ]
            pos += len(item) + 1
    for m in _PROJECTS_ARE.finditer(view):
        at = m.start(1)
        for whole in m.group(1).split("等")[0].split("、"):
            for pos, item in _joined_parts(at, whole):
                _listed_item(ctx, pos, item)
            at += len(whole) + 1
    for m in (*_PROJECT_EXAMPLES.finditer(view), *_PROJECT_EXAMPLE_LEAD.finditer(view)):
        pos = m.start(1)
        for item in _ITEM_COMMA.split(m.group(1)):
            if 3 <= len(item) <= 20 and _CJK_NAME.fullmatch(item) and _core_ok(ctx, pos, pos + len(item)):
                ctx.add(pos, pos + len(item), "Project", "project.example", 0.65)
            pos += len(item) + 1
    for m in _PROJECT_LIST_END.finditer(view):
        vs, ve = m.span(1)
        if _PROJECT.search(view[ve - 2 : ve]) or any(
            p.type == "Project" and p.vstart < ve and vs < p.vend for p in ctx.mentions
        ):
            continue  # ends in its own head: the head rule has it
        if not _CAPACITY.search(view, vs, ve) or not _core_ok(ctx, vs, ve, verbs_ok=True, capacity=True):
            continue  # only a plant with its capacity is surely a project without a head
        proj = ctx.add(vs, ve, "Project", "project.listed", 0.65)
        if proj:
            _decompose(ctx, proj)


def _joined_parts(at: int, item: str) -> list[tuple[int, str]]:
    """The items of one list item of a start's list (at: where it starts): A项目和B项目 none (each has its own
    head: the head rule finds them), A园和B中心 one (the first part has no project's head: one undertaking, as the
    gold writes 研发中心和产业化基地); two when B opens with a name of its own (A物流园和西山电站, A储能和华为X中心)."""
    for j, c in enumerate(item):
        if c not in "和及与" or not _joiner_word(item, j):
            continue
        if _OWN_WORKS_END.search(item, 0, j):
            return []
        nxt = tokens(item[j + 1 :])
        if nxt and tag(nxt[0]) in _NAME_TAGS:
            return [(at, item[:j]), (at + j + 1, item[j + 1 :])]
        return [(at, item)]
    return [(at, item)]


def _listed_item(ctx: Context, pos: int, item: str) -> None:
    """An item of a list of started or signed projects (项目为A、B、C) is a project if it ends in a works head."""
    if not (
        4 <= len(item) <= 30
        and (_CJK_NAME.fullmatch(item) or _QUOTED_ITEM.fullmatch(item))
        and _LISTED_WORKS_END.search(item)
        and _core_ok(ctx, pos, pos + len(item), verbs_ok=True)
    ):
        return
    proj = ctx.add(pos, pos + len(item), "Project", "project.listed", 0.6)
    if proj:
        _decompose(ctx, proj)  # (X公司Y生产线项目: the firm that opens the item runs it; the name without it)
    # (a park or centre listed as a started project is the project here, not a zone; a plant
    # typed a firm by its 厂, X污水处理厂, is the works)
    same = [
        x
        for x in ctx.mentions
        if x.vstart == pos
        and (
            x.vend <= pos + len(item)
            and x.type in ("Institution", "Zone")
            or x.vend == pos + len(item)
            and x.type == "Company"
            and _listed_as_works(x)
        )
    ]
    for x in same:
        ctx.mentions.remove(x)
    ctx.candidates[:] = [c for c in ctx.candidates if c.subject not in same and c.object not in same]


_GENERIC_PROJECT_TAIL = re.compile(
    "(" + "|".join(sorted(map(re.escape, PROJECT_KINDS), key=len, reverse=True)) + ")$"
)
_PROJECT_NOT_NAME = re.compile(r"建设年|攻坚年|推进年|(?:共|有)?[\d一二三四五六七八九十百]+个")
# an item before 、 in front of a project name, itself no project (20万吨钛白粉装置、40万吨…项目,
# 医药、保健品生产项目): one company's one project, written as a list
_JOINED_ITEM = re.compile(r"([^，。,；;、的\s]{2,14})、$")


# an item with a head of its own (A项目、B基地), not one sharing the last item's head
_OWN_ITEM_HEAD = lazy(r"项目|工程|生产线|牧场|基地|公司|集团")
# X投资建设的A和B项目: the builder before the joined items
_BUILT_BY_BEFORE = lazy(r"(?:建设|投资|兴建|新建|实施)的$")


def _joined_item(ctx: Context, vs: int, hs: int) -> int:
    if vs < 3 or ctx.view[vs - 1] != "、":
        return vs
    m = _JOINED_ITEM.search(ctx.view, max(0, vs - 16), vs)
    if not m or _OWN_ITEM_HEAD.search(m.group(1)):
        return vs
    start = strip_leading_verbs(ctx, extend_left(ctx, m.end(1), limit=16, stops=PROJECT_STOPS), m.end(1))
    if start >= m.end(1) or start < m.start(1):
        return vs
    if not _BUILT_BY_BEFORE.search(ctx.view[max(0, start - 4) : start]):
        return vs  # only an investor's one undertaking (X公司投资N亿元建设的A、B项目) is written so
    # a signing list (签约A、B、C项目) has names of its own, each a project: keep to the last item then
    return start if m.end(1) - start <= 12 else vs


# (also a firm's name, where it builds, and 投资建设的 with no sum: X公司在我县投资建设的Y项目)
_OWNED = re.compile(
    r"(?:(?:公司|集团)(?:总)?投资(?:约)?[\d.]+(?:亿|万)?元(?:建设|实施|兴建|新建|打造|的|建设的|实施的)"
    r"|(?:公司|集团)(?:在[^，。,；;、\s]{1,8})?投资(?:建设|兴建|新建)的"
    r"|投资(?:约)?[\d.]+(?:亿|万)?(?:美元|欧元|港元|元)的)$"
)
# the same ownership written after the name: …项目由X公司(总)投资N亿元建设
_OWNED_AFTER = re.compile(r"由[^，。,；;、]{2,40}?(?:公司|集团)(?:总)?投资(?:约)?[\d.]+(?:亿|万)?元")


def _owned_after(ctx: Context, he: int) -> bool:
    """Is the project ending at he owned by an investor named right after it: 由X公司投资N亿元, or 由Y投资建设
    with Y a firm found as such (由中核资源投资建设)?"""
    view = ctx.view
    if _OWNED_AFTER.match(view, he):
        return True
    return view.startswith("由", he) and any(
        c.type == "Company" and c.vstart == he + 1 and view.startswith("投资", c.vend) for c in ctx.mentions
    )


# a capacity says which plant a project builds, whatever words its name holds (年产10000吨NCM正极材料)
# (t/d, t/a, t/h: tonnes a day, a year, an hour, written in Latin letters: 200t/d冶炼工程)
_CAPACITY = re.compile(r"年产|\d+(?:\.\d+)?(?:万|千)?(?:吨|千瓦|兆瓦|GW|MW|套|台|辆|件|头|只|t/[dah])")


# the opening of a counted-out list of projects: 本次开工的13个项目为: / 5个重点项目分别是:
_ENUMERATION = re.compile(
    r"(?:\d+|[两二三四五六七八九十]+)个[^，。,；;：:、]{0,8}?(?:项目|工程)(?:分别|依次)?(?:为|是|包括|有)[：:]"
)


_CLAUSE_PUNCT = lazy(r"[。；;，,]")


def _enumerated_item(ctx: Context, vs: int) -> bool:
    """Is the name starting at vs an item of a counted-out list of projects (N个项目为:A、B、C)?"""
    view = ctx.view
    if vs == 0 or view[vs - 1] not in "、：:":
        return False
    s_start, _ = ctx.sentence_bounds(vs - 1)
    heads = list(_ENUMERATION.finditer(view, max(s_start, vs - 400), vs))
    return bool(heads) and not _CLAUSE_PUNCT.search(view[heads[-1].end() : vs])


# a digit, an opening quote or bracket in a project's core
_DIGIT_OR_OPENER = lazy(r"\d|[“(（]")
# a join after a zone opening the name (X景区和Y…项目): a list, not the zone's own works
_AND_JOIN = lazy("[及和与、]")


def _project_specific(ctx: Context, vs: int, hs: int, fixed: list[Mention] | None = None) -> bool:
    """A project name says which project: a capacity, a brand or company, a place, a rare word.
    fixed: the mentions with a code or of type Zone, Town or Village, in their order (gathered here
    unless the caller keeps them)."""
    if fixed is None:
        fixed = [m for m in ctx.mentions if m.code or m.type in ("Zone", "Town", "Village")]
    core = ctx.view[vs:hs]
    if _COUNT_LABEL.search(core) or (core and (_TIME_FRAME.fullmatch(core) or _ROUND_CLASS.fullmatch(core))):
        return False  # (2022年项目, 今年上半年项目: a time frame says when, not which project)
    # 重点项目, 老旧小区改造项目 are kinds of project; …公司投资12.8亿元建设的集装箱码头自动化改造项目 and
    # …公司投资80亿元实施炼油转型升级项目 are the ones an investor builds
    owned = _OWNED.search(ctx.view, max(0, vs - 24), vs)
    tail = _GENERIC_PROJECT_TAIL.search(core)
    if tail:
        # X有限公司技术改造项目: a firm's full name, then the kind of work, is that firm's one project
        if any(
            m.type == "Company"
            and m.rule == "company.suffix"
            and m.vstart == vs
            and m.vend <= vs + tail.start()
            for m in ctx.mentions
        ):
            return True
        # X县城郊大型仓储物流基地及配套基础设施建设项目: a place, then a works of its own (基地, 工程, 园)
        # before the generic tail, names one project
        # (a township or village opens a name as a division does: 河西镇污水管网改造项目 is that town's works)
        place = next((m for m in fixed if (m.code or m.type in ("Town", "Village")) and m.vstart == vs), None)
        placed = place is not None
        if placed and _enumerated_item(ctx, vs):
            return True  # 13个项目为:…、X市电网改造项目: an item the article counts out is one project
        zone = next(
            (m for m in fixed if m.type == "Zone" and m.vstart == vs and m.vend <= vs + tail.start()),
            None,
        )
        if (
            zone is not None
            and ctx.view.startswith("项目", hs)
            and not _AND_JOIN.search(core[zone.vend - vs :])
        ):
            return True  # X景区旅游基础设施建设项目: the zone says which area's works
        built = _BUILT_WORKS.search(core, 0, tail.start())
        if place is not None and not built and place.type in ("Town", "Village"):
            # 河西镇基础设施建设项目: a township's or village's infrastructure is one body of works (a county's
            # or a city's is a class of projects)
            built = _TOWN_INFRASTRUCTURE.search(core, 0, tail.start())
        if place is not None and built and tail.start() - (place.vend - vs) >= 4:
            return True  # X市城区供热管网改造工程, X至Y高速铁路建设工程: a place's own built works
        words = tokens(core)
        acts = _trailing_acts(words)
        if acts < len(words) and words[acts - 1] not in _KIND_SET:
            return True  # 东岭老城开发保护建设项目: a named place's thing and what is done to it
        building = _BUILDING_END.search(core, 0, tail.start())
        if building and building.start() >= 2 and _specific(tokens(core[: building.start()])):
            return True  # 梧州大酒店升级改造项目: a named building, then what is done to it
        works = _PROJECT.search(core, 0, tail.start())
        if works and (
            placed and tail.start() >= 8 or works.start() >= 4 and _specific(tokens(core[: works.start()]))
        ):
            return True  # (果蔬大棚种植基地建设项目: a specific works, then its building)
        return bool(owned) and tail.start() >= 2
    if owned and len(core) >= 4:
        return True
    if any((m.code or m.type == "Zone") and m.vstart == vs and m.vend == hs for m in fixed):
        return False  # 鞍山市项目, 漳州开发区项目: only a place
    if _DIGIT_OR_OPENER.search(core) or any(
        m.vstart >= vs and m.vend <= hs and m.type != "Project" for m in ctx.mentions
    ):
        return True
    words = tokens(core)
    if len(words) >= 4:
        return True  # a long descriptive name (水陆两栖电动飞机测试基地) identifies its project
    built = _BUILT_WORKS.search(core)
    if (
        built
        and built.end() == len(core)
        and built.start() >= 2
        and all(len(w) == 1 and w not in STOP_WORDS for w in tokens(core[: built.start()]))
    ):
        return (
            True  # 哇沿水库工程: a word the segmenter does not know (split into single characters) names the
        )
        # place a built work is at
    for w in words:
        if tag(w) in ("ns", "nr", "nz", "nt", "eng", "nrt", "j") or word_freq(w) < 50:
            return True
    return False


def _in_quoted_run(view: str, hs: int, he: int) -> bool:
    """Is the name ending at he (its head at hs) wholly inside quotes that stand next to other quotes
    (“A”“B基地”“C”, “A”、“B基地”: a run of slogans, titles or calling cards, each quoted apart, no undertaking's name)?"""
    if view[he : he + 1] != "”":
        return False
    q = view.rfind("“", max(0, hs - 30), hs)
    if q < 0 or "”" in view[q:hs]:
        return False
    return view.startswith(("“", "、“"), he + 1) or view.endswith(("”", "”、"), 0, q)


# a firm named by its legal form or its line of business (business_lines.txt: 化工, 药业), then its act of
# building: what follows the verb is what it builds
_FIRM_BUILDS = re.compile(
    r"(?:有限公司|公司|集团|"
    + alternation("business_lines")
    + r")(?:拟|将|计划|正在|已|还|又)?(?:投资)?(?:建设|新建|兴建|扩建|新上|投建)"
)


# the infrastructure of a township or village (its 基础设施, 人居环境): built works when the town names them
_TOWN_INFRASTRUCTURE = re.compile(r"基础设施|配套设施|人居环境")


# a year or a part of one, alone before 项目 (全市2022年项目建设情况): when, not which
_TIME_FRAME = re.compile(
    r"(?:\d{4}年度?|[今去明前上本]年度?)?(?:上半年|下半年|[一二三四1-4]季度|[1-9一二三四五六七八九十]{1,2}月份?)?"
)


# a named building or site right before a generic tail (X大酒店升级改造项目): data/lexicon/building_heads.txt
# with the venue, facility and infrastructure heads
_BUILDING_END = re.compile(
    "(?:"
    + alternation("building_heads", "venue_heads", "facility_heads", "infrastructure_heads")
    + ")(?:升级|改扩建|扩建|新建|迁建|续建|提升|装修|修缮)?$"
)


# what a firm does to its plant, no name on its own: X有限公司技改项目 is named with its firm
_GENERIC_WORKS = re.compile(
    r"(?:[一二三四五六七八九十]期)?(?:技改|技术改造|改扩建|扩建|改造|新建|扩产|搬迁|升级改造|提升|续建)?"
    r"(?:[一二三四五六七八九十]期)?"
)


# after an operator's name: a capacity or a size (2万吨有机醇项目, 500千伏主变扩建工程)
_OWN_WORKS = re.compile(r"[0-9０-９一二三四五六七八九十百千两]")
_SITE = re.compile(
    r"([^\d]{2,4}?)("
    + "|".join(sorted(map(re.escape, FACILITY_HEADS), key=len, reverse=True))
    + r")(?:项目|工程)?$"
)


def _named_site(ctx: Context, rest: str) -> bool:
    """万和牧场项目: a site with a proper name of its own (no place, no dictionary word before its head)."""
    m = _SITE.fullmatch(rest)
    if not m:
        return False
    own = m.group(1)
    return own not in ctx.gaz.full and own not in ctx.gaz.short and word_freq(own) < 50


_DECIMAL_DIGIT = lazy(r"\d")
# 园, 区, 基地 after an industry: a site, not a product (化工园项目)
_AREA_WORD = lazy(r"园|区|基地|中心|产业")
_WORKS_HEAD_END = lazy(r"(项目|工程)$")


# the last character of a division's name written in full (西丰县, 武都区), not of its short form (石门)
_FULL_LEVEL = frozenset("县区市旗")


def _decompose(ctx: Context, proj) -> None:
    """Split a project name into its operator, parent project and phase."""
    view = ctx.view
    vs, he = proj.vstart, proj.vend
    name = view[vs:he]
    # an operator named inside: 国家电投清河发电公司铁岭…项目 / 安琪酵母年产5万吨…项目 / 越秀辉山乳业万和牧场项目
    op_end = -1
    ops = []
    # (朔州市某风力发电有限公司X风电项目: the firm may follow the place the item opens with)
    opens = {vs} | {c.vend for c in ctx.mentions if c.code and c.vstart == vs}
    for comp in ctx.mentions:
        if comp.type == "Company" and comp.vstart in opens and comp.vend < he:
            op_end = comp.vend
            ops.append(part("operator", comp))
    if op_end < 0:
        k = name.find("年产")
        cut = -1
        if k >= 2:
            cut = k
        else:
            ind = None
            for mm in _INDUSTRY.finditer(name):
                rest = name[mm.end() :]
                if _PRODUCT_HEAD.match(rest) or rest[:1] in ("和", "及", "与", "、"):
                    continue  # (精细化工和新材料项目, 冷链物流及…中心项目: sectors listed, no firm)
                if len(_WORKS_HEAD_END.sub("", rest)) >= 3 and not _AREA_WORD.match(rest):
                    ind = mm
            if ind is not None and ind.end() >= 4:
                cut = ind.end()
                if not _OWN_WORKS.match(name, cut) and not _named_site(ctx, name[cut:]):
                    # 江城电子加速器项目, 北辰汽车江城基地, 东海能源动力电池项目: a product, a place or a
                    # field after the firm; the firm only says whose works they are, it is written only
                    # inside the project's name (SCHEMA convention 5, as for places)
                    cut = -1
        if cut > 0 and (_DECIMAL_DIGIT.search(name[:cut]) or name.startswith("年")):
            cut = -1  # 年产60万套新能源汽车 is a capacity, not a company
        if cut > 0 and any(z.type == "Zone" and z.vstart == vs for z in ctx.mentions):
            cut = -1  # 罗山县产业集聚区电子…项目: a zone opens the name, not a firm
        if cut > 0:
            prefix = name[:cut]
            if not any(m.code and m.vstart == vs and m.vend == vs + cut for m in ctx.mentions):
                added = ctx.add(vs, vs + cut, "Company", "company.project-operator", 0.6)
                comp = added or next(
                    m for m in ctx.mentions if m.vstart == vs and m.vend == vs + cut and m.type == "Company"
                )
                ops.append(part("operator-prefix", comp))
            op_end = vs + cut if prefix else -1
    rest = _OWN_WORKS_END.sub("", view[op_end:he]) if op_end > 0 else ""
    firm = view[vs:op_end] if op_end > 0 else ""
    if (
        op_end > 0
        # (a group's name, then a capacity: 江城建材集团300万吨水泥粉磨项目 is the group's project named
        # from the capacity on, as after a 有限公司)
        and (
            "公司" in firm
            or firm.endswith("集团")
            # (or a place written in full: 江城建材集团西丰县新材料产业园项目 is the group's project in that
            # county; a short form, 正大集团石门X项目, may be the project's own word)
            and (
                bool(_OWN_WORKS.match(view, op_end))
                or any(
                    c.code and c.vstart == op_end and view[c.vend - 1] in _FULL_LEVEL for c in ctx.mentions
                )
            )
        )
        and not _GENERIC_WORKS.fullmatch(rest)
    ):
        # the project's own name starts after the company's: keep that as the label
        # (the full name with its operator, as lists write it, stays the project's label)
        inner = ctx.add(op_end, he, "Project", "project.after-operator", 0.8, label=view[vs:he])
        if inner:
            _phase(ctx, ctx.with_parts(inner, *ops))
            ctx.mentions.remove(proj)
            return
    _phase(ctx, ctx.with_parts(proj, *ops) if ops else proj)


def _phase(ctx: Context, proj) -> None:
    view = ctx.view
    name = view[proj.vstart : proj.vend]
    pm = _PHASE.search(name)
    if not pm or pm.start() < 4:
        return
    parent_end = proj.vstart + pm.start()
    if not _PROJECT.search(view[parent_end - 4 : parent_end]) and not view[proj.vstart : parent_end].endswith(
        ("园", "项目", "工程")
    ):
        return
    parent = ctx.add(
        proj.vstart,
        parent_end,
        "Project" if view[proj.vstart : parent_end].endswith(("项目", "工程")) else "Zone",
        "project.phase-parent",
        0.75,
    )
    if parent is None:
        parent = next((m for m in ctx.mentions if m.vstart == proj.vstart and m.vend == parent_end), None)
    if parent is None:
        return
    phase = ctx.add(parent_end, proj.vend, "Project", "project.phase", 0.7)
    del phase  # the phase's short name is merged into the project by resolution (same span end)
    ctx.with_parts(proj, part("phase-of", parent))  # partOf a project, locatedIn a zone


# (the endings of policy documents' titles: X市招商引资奖励办法, X县优化营商环境实施意见)
_POLICY_DOC_HEADS = sorted(entries("policy_document_heads"), key=len, reverse=True)
# (those the head list had before: a work plan's name needs no place, 组织保障工作方案)
_POLICY_DOC_SET = frozenset(_POLICY_DOC_HEADS) - {"工作方案", "实施方案", "政策措施"}
# (示范创建: a campaign of creating model places or firms, 一县一业示范创建, 供应链创新与应用示范创建; the
# title the campaign confers is a designation, not this)
_PROG_HEAD = re.compile(
    # (主题实践: a theme campaign party and government bodies carry out, “X”实干争先主题实践)
    r"专项攻坚行动|专项行动|攻坚行动|三年行动|行动计划|行动|工程|计划|战略|工作方案|实施方案|改革|机制|政策措施|补贴政策|补贴|活动|主题实践|补助资金|专项资金|引导资金|奖补资金|恢复资金|扶持资金|扶持金|大讨论|经济圈|经济带|长制|示范创建|"
    + alternation("campaign_battles", "fund_heads")
    + "|"
    + "|".join(h for h in _POLICY_DOC_HEADS if not h.startswith("条"))
    + r"|规划(?:[(（]\d{4}[—\-–]\d{4}年[)）])?"
)
_SOURCE_VERB = re.compile(r"来源于|来自于?|用于|得益于|源于|属于|纳入|列入")
_HEAD_IN_WORD = re.compile(
    r"合作|性|地位|意义|眼光|高度|新兴|委|局|办|单列|生育|发展|开放"
    # (京津冀协同发展战略先导区: the strategy names the area of a title, the name goes on)
    r"|先导区|先行区|示范区|试验区|引领区"
)
_AIM_AFTER_VERB = Scan(
    re.compile(
        r"(?<=建设|共建|融入)(“[^“”\n]{2,10}”)(?![\u4e00-\u9fff]{0,6}(?:工程|行动|计划|战略|活动|项目|建设))"
    ),
    by_first=True,
)
# 开展“四下基层”调研, 全力推进“五城同建”, 以“项目竞进年”为主题: a quoted numbered slogan (四下, 五城) or a
# campaign year (…年) that a body carries out is a programme, head noun or not
_CARRIED_SLOGAN = re.compile(
    r"(?:开展|实施|推进|深化|启动|推动|以)"
    r"(“(?:[一二三四五六七八九十两双百千万][^“”\n]{1,10}|[^“”\n]{2,8}年)”)"
    r"(?=[，,。；;、]|调研|为主题|为抓手|为重点|为载体)"
)
_MERCHANTS_HOME = Scan(re.compile(r"“?[^招外客电富厂政通经工协电\W\d]商”?回归"))
_AIM_BEFORE_BUILD = re.compile(r"(“[^“”\n]{2,10}”)([\u4e00-\u9fff]{0,6}?)建设(?![项工])")
# a document named without book-title marks, after its issuer: 国务院办公厅关于…的复函
_DOC_TITLE = re.compile(
    r"关于[^。；;！!？?，,]{4,80}?的(?:复函|通知|意见|决定|批复|实施意见|指导意见|实施方案)"
)
# what a campaign's 工程 does (建设, 提升, 振兴), whom it reaches (千企, 百村) or what it makes strong or
# multiplies (产业强县工程, 人才强市工程, 新材料倍增工程)
_CAMPAIGN_WORKS = re.compile(
    r"建设|提升|行动|振兴|倍增|强[省市县区镇村州旗]|兴[省市县区镇村州旗]|[百千万][企村户家人园校镇乡]"
)
# the same kinds of works closing a name before 工程 (…片区供水工程, …道路改造工程, …污水处理工程)
_WORKS_END = re.compile(
    r"(?:道路|管网|桥梁|公路|河道|堤防|供水|排水|污水|供热|供气|管廊)(?:建设|改造|提升|改扩建|新建|扩建|处理|治理)?$"
)
# “项目攻坚年”, “营商环境建设年”: a year given to a campaign (not 2024年, 三年, 新年, 周年)
_CAMPAIGN_YEAR = re.compile(r"^[\u4e00-\u9fff]{2,}[^\d一二三四五六七八九十百千两多新周每本今去明全半]年$")
# one-character verbs that relate a figure or an act to a plan (占, 按, 依, 据): never part of its name
_SHARE_VERBS = frozenset("占按依据")
# 出台了支持X发展的若干措施, 印发关于X的实施意见: a policy document named without 《》 right after the
# verb that issues it (data/lexicon/policy_document_heads.txt); its title runs from the verb to its ending
_ISSUED_DOC = re.compile(
    r"(?:出台|印发|制定|制发|推出|发布|研究制定)(?:了)?"
    r"([^，。,；;：:！!？?、\s“”《》‘’]{4,40}?(?:" + alternation("policy_document_heads") + r"))"
    r"(?=[，。,；;：:！!？?、\s]|和|及|等|$)"
)
_DOC_HEAD = re.compile("(?:[\\d一二三四五六七八九十]+)?(?:" + alternation("policy_document_heads") + ")$")
_DOC_VAGUE = frozenset(("具体", "配套", "详细", "专门", "系列", "一系列", "多项", "多个", "各种", "一批"))
_DOC_COUNT = re.compile(r"[\d一二三四五六七八九十]+$")


def _issued_documents(ctx: Context) -> None:
    view = ctx.view
    for m in _ISSUED_DOC.finditer(view):
        vs, ve = m.span(1)
        name = m.group(1)
        if name.endswith(("条措施", "条举措", "条意见", "条政策")) and not _DOC_COUNT.search(name[:-3]):
            continue  # (…条措施 needs its count: 十条措施)
        head = _DOC_HEAD.search(name)
        core = name[: head.start()].removesuffix("的") if head else ""
        words = tokens(core)
        if (
            len(core) < 4
            or not words
            or words[0] in _GENERIC_FIRST
            or words[0] in _DOC_VAGUE
            or _QUANT_START.match(core)
            or _NOT_NAME_CHAR.search(core)
        ):
            continue  # 制定了具体实施方案, 出台了一系列若干措施: no title, a kind of document
        # the document's own head alone, or a part of its title, found by the head rule, is this document
        inner = [
            x
            for x in ctx.mentions
            if x.type == "Programme" and vs <= x.vstart and x.vend <= ve and (x.vstart, x.vend) != (vs, ve)
        ]
        if ctx.add(vs, ve, "Programme", "programme.issued-document", 0.7):
            for x in inner:
                ctx.mentions.remove(x)
            ctx.candidates[:] = [
                c for c in ctx.candidates if c.subject not in inner and c.object not in inner
            ]


# battles other than 歼灭战 (a named area's campaign) are programmes only when counted (三大攻坚战)
_FOUGHT = frozenset(h for h in entries("campaign_battles") if h != "歼灭战")
# zones that are areas (of many undertakings), not one built park: X开发区项目 are its projects in general
_AREA_ZONE = re.compile("(?:" + alternation("area_zone_heads") + ")$")
# the national five-year plans by their period (“十四五” = the 14th), with the field a plan covers
_FIVE_YEAR_PLAN = Scan(
    re.compile(
        r"[“\"]?十[一二三四五六七八九]五[”\"]?[\u4e00-\u9fff]{0,12}?规划(?:纲要)?(?![\u4e00-\u9fff]{0,2}(?:局|院|所|司|处|师))"
    )
)
_YEAR_LEAD = re.compile(r"(?:19|20)\d{2}年度?")
# a count of campaigns right before the head (三大攻坚战, 五大行动): after a list, the name is the count's
_COUNTED_HEAD = re.compile(r"[一二三四五六七八九十两]+(?:大|项)$")
_BATTLE_VERB = re.compile(r"(?:坚决|全力|着力)?(?:打好|打赢|打响|决战)")
_GENERIC_PERIOD = re.compile(r"(?:\d{4}年)?(?:年度|全年|年|季度|月度)?(?:投资|工作|建设|发展)?")
_QUOTED = re.compile(r"([“‘])([^“”‘’\n]{2,24})([”’])")
_BOOK = re.compile(r"《([^《》\n]{4,60})》")


# verbs an organisation introduces a programme with (funding verbs end a name whoever says them:
# _FUNDING_VERB below)
_ACTOR_VERB = re.compile(alternation("programme_verbs", "programme_obtain_verbs"))


_CHIEF_OF = re.compile(r"[\u4e00-\u9fff]{1,2}")
# the opening of the central budget's fund for rural revitalisation after poverty alleviation (衔接推进乡村振兴
# 补助资金, Ministry of Finance 财农〔2021〕19号), whose name holds a verb
_LINKED_FUND = re.compile(r"(?:中央)?(?:财政)?衔接推进$")
# a place's doing to a programme: an adverb or two of manner, then a verb of carrying out
_PLACE_ACT = re.compile(
    r"(?:全面|深入|积极|大力|全力|持续|不断|扎实|认真|着力|切实|稳步|继续|进一步|率先|加快|努力|主动|坚持|重点)*"
    r"(?:" + alternation("programme_verbs") + r"|深化|推进|推动|落实|探索|试行)"
)


_CARRY_OUT = frozenset(entries("carry_out_verbs"))
# the verbs of carrying out that never open a programme's own name (深化, 推进, 推动, 推行 may: 深化转型项目建设年)
_NEVER_OPENS = _CARRY_OUT - {"深化", "推进", "推动", "推行"}


def _after_lead_idiom(vs: int, hs: int, view: str) -> int:
    """将全面落实X行动, 持续深入实施Y工程: adverbs and a four-character idiom ending in a verb (全面落实, 深入实施)
    open the clause, not the programme's name; a plain verb may open a name (优化营商环境专项行动) and stays."""
    pos = vs
    for w in tokens(view[vs:hs]):
        t = tag(w)
        if pos + len(w) >= hs - 1:
            break
        if t == "d" or t in ("i", "l") and len(w) >= 4 and (tag(w[-2:])[:1] == "v" or w[-2:] in _CARRY_OUT):
            pos += len(w)
            continue
        break
    return pos if hs - pos >= 4 else vs


def _after_actor_verb(ctx: Context, vs: int, hs: int) -> int:
    """Where a programme name starts if an organisation and its verb precede it inside view[vs:hs]
    (…管委会推出“关港通”通关便利化改革 names the reform, not the committee): after that verb."""
    for m in ctx.mentions:
        if vs <= m.vend < hs and m.type in ORG_CLASSES:
            v = _ACTOR_VERB.match(ctx.view, m.vend)
            if v and v.end() <= hs:
                vs = max(vs, v.end())
        elif vs <= m.vend < hs and m.code:
            # 开原市全面推行林长制, 开原市深化“证照分离”改革: a place, how, and what it does to the programme
            v = _PLACE_ACT.match(ctx.view, m.vend)
            if v and v.end() <= hs:
                vs = max(vs, v.end())
    # 省财政下达专项资金: a funding verb inside is the clause's, whoever its subject
    for v in _FUNDING_VERB.finditer(ctx.view, vs, hs):
        vs = max(vs, v.end())
    return vs


# an official title followed by a name-sized run: a clause about a person inside a would-be name
_TITLE_NAME = re.compile(
    r"(?:"
    + "|".join(sorted(map(re.escape, OFFICIAL_TITLES), key=len, reverse=True))
    + r")[\u4e00-\u9fff]{2,3}(?:出席|参加|调研|主持|带队|率队|视察|考察|检查|走访|到|在)"
)
_FUNDING_VERB = re.compile(r"下达|拨付|发放|兑现|争取到|申请到|给予")
_SCHEME_HEAD = re.compile(
    r"(?:负责|责任)制度?|制度|服务(?![业区站中费商])"
)  # (“一把手”负责制: a responsibility system)
# (深入/全面/大力)实施 right before a name: the name is of what a body carries out
_CARRIED_OUT = re.compile(r"实施$")
# 推行“拿地即开工”等创新举措: a quoted measure a body introduces, closed by 等…举措/措施/做法
_QUOTED_MEASURE = re.compile(r"“([^“”，。,；;]{2,16})”等[^，。,；;“”]{0,6}?(?:举措|措施|做法)")


# 把X作为(…的)“Y”: Y labels X (一号工程, 先导工程) where the quote ends the clause that 把/将 opens
_AS_LABEL = re.compile(r"[把将][^，,。；;：:“”‘’]{1,24}(?:作为|当作|当成|视为)[^，,。；;“”‘’]{0,12}$")
_LABEL_END = re.compile(
    r"[，,。；;、]|来|$"
)  # (not 作为“空心房”整治的衡量标准: the quote opens a longer name)


_COUNT_LABEL = re.compile(r"[\d一二三四五六七八九十两]+个")


def _after_list_item(view: str, qs: int) -> bool:
    """Does the quote at qs follow, without a break, the last item of a list (…、C“…”)?"""
    if qs == 0 or _CLAUSE_STOP.match(view, qs - 1) or view[qs - 1] == "、":
        return False
    k = bisect_right(_clause_stops(view), qs - 1)
    cs = _clause_stops(view)[k - 1] + 1 if k else 0
    return view.find("、", cs, qs) >= 0


# a demonstrative and a description before a quote (这个…的“X”, 该…的“X”): the quote is a figure of speech
_DEMONSTRATIVE_DESC = re.compile(r"(?:这个|这一|这座|这些|该)[^，。,；;“”]{0,20}的$")


# a list closed by 等 and a kind of scheme (深化A、“B”等重大项目推进机制, 推行“C”、D等服务举措): its items are the
# schemes' names; one quoted item at least shows the list names them (A、B等工作机制 of common words does not)
# (tried only in the 93 characters before each 机制, 模式, 制度, 举措 or 措施: re tried every position)
_SCHEME_LIST = Scan(
    re.compile(
        r"([^，。,；;：:！!？?\s]{4,80}?)等[^，。,；;：:、等“”\s]{0,10}?(?:机制|模式|制度|举措|措施)(?![\u4e00-\u9fff]{0,2}(?:项目|工程))"
    )
)


def _scheme_lists(ctx: Context) -> None:
    view = ctx.view
    for m in _SCHEME_LIST.finditer(view):
        run_s, run_e = m.span(1)
        if "、" not in view[run_s:run_e] or "“" not in view[run_s:run_e]:
            continue
        seps = [i for i in range(run_s, run_e) if view[i] == "、"]
        # the first item starts after the clause's last verb (深化A、B等机制: 深化 takes the list)
        # (a verb of the lexicons first: a verb inside the item's name, 帮办制, is the name's)
        first = verb_end = run_s
        pos = run_s
        for w in tokens(view[run_s : seps[0]]):
            pos += len(w)
            if w in STOP_WORDS or w in _SCHEME_VERBS:
                first = pos
            elif tag(w).startswith("v"):
                verb_end = pos
        if first == run_s:
            first = verb_end
        bounds = [(first, seps[0])]
        bounds += [(a + 1, b) for a, b in zip(seps, [*seps[1:], run_e], strict=True)]
        for vs, ve in bounds:
            item = view[vs:ve]
            if item.startswith("“") and item.endswith("”") and 2 <= len(item) - 2 <= 12:
                ctx.add(vs, ve, "Programme", "programme.scheme-list", 0.7, label=item[1:-1])
            elif (
                3 <= len(item) <= 12
                and _CJK_RUN.fullmatch(item)
                and not any(w in STOP_WORDS for w in tokens(item))
            ):
                ctx.add(vs, ve, "Programme", "programme.scheme-list", 0.65)


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# verbs that take a list of schemes (深化, 完善 a mechanism one runs; 深化 is tagged an abbreviation by the
# segmenter, so the tag alone does not find it)
_SCHEME_VERBS = (
    frozenset(entries("programme_verbs")) | frozenset(entries("implement_verbs")) | {"深化", "完善"}
)


def _listed_with_projects(ctx: Context, vs: int, he: int) -> bool:
    """Is the X工程 at vs..he a project: taken for one by a project rule, or an item of a 、 list next to a
    project (其中A项目、B提升工程、C项目投资均完成)? It is then made one if it is not yet."""
    view = ctx.view
    if any(p.type == "Project" and p.vstart == vs and p.vend == he for p in ctx.mentions):
        return True
    beside = any(
        p.type == "Project"
        and (p.vend == vs - 1 and view[vs - 1] == "、" or p.vstart == he + 1 and view[he : he + 1] == "、")
        and p.name.endswith(("项目", "工程"))
        for p in ctx.mentions
    )
    if beside:
        # (the list's item is one name: a project the head rule read inside it, 宁东基地 in 宁东基地X提升工程,
        # is no project of its own)
        inner = [p for p in ctx.mentions if p.type == "Project" and vs <= p.vstart and p.vend < he]
        for p in inner:
            ctx.mentions.remove(p)
        ctx.candidates[:] = [c for c in ctx.candidates if c.subject not in inner and c.object not in inner]
        ctx.add(vs, he, "Project", "project.sibling", 0.6)
    return beside


# the heads of a plan or document that go on after 行动 in one name (X三年行动计划, X行动方案)
_PLAN_AFTER_ACTION = ("计划", "方案", "纲要")
# the head after a quoted name (“一号工程”行动, “三个百亿”项目)
_PROGRAMME_HEAD = lazy(r"专项行动|专项攻坚行动|攻坚行动|行动|工程|计划|活动|项目|政策|战略|机制")
# a document title's head, possibly with its period or status: …规划(2023—2030年), …办法（试行）
_DOCUMENT_END = lazy(
    r"(通知|方案|意见|办法|规划|纲要|决定|计划|规定|条例|措施|细则|政策|举措|指引|行动|战略|公示|公告)"
    r"(?:[(（][^()（）]{2,16}[)）])?$"
)
# 30万千瓦“光伏+治沙”项目: a capacity before the quote
_CAPACITY_END = lazy(r"[\d万千]+(?:千瓦|兆瓦|吨|亩|套)$")
# “空心房”整治, “五好”园区创建: the head of a campaign after its quoted word
_CAMPAIGN_HEAD = lazy(
    r"[\u4e00-\u9fff]{0,8}?(模式|改革|战略|机制|行动|工程|体系|整治|创建|活动|计划|主题实践)(?:工程|行动|活动)?"
)
_WORKS_WORD = lazy(r"项目|工程|基地|园")
# the examples before a count of projects (A年产5万吨B等20个项目签约, A、B等12个项目入选): each example is a
# project, written without its head
_EXAMPLES_COUNTED = re.compile(r"等[\d一二三四五六七八九十百千]+(?:个|项)(?:重点|重大|产业|工业|招商)?项目")
_EXAMPLE_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9.()（）·]{6,30}")
_PLACE_OR_FIRM = frozenset({"Company", "Zone", "Town", "Village", "District", "City", "Province"})


@extractor("project-examples", order=44)
def project_examples(ctx: Context) -> None:
    view = ctx.view
    for m in _EXAMPLES_COUNTED.finditer(view):
        k = m.start()
        cut_at = max(view.rfind(c, max(0, k - 80), k) for c in "，,。；;：:\n")
        if cut_at < 0:
            continue
        pos = cut_at + 1
        for item in view[pos:k].split("、"):
            vs, ve = pos, pos + len(item)
            pos = ve + 1
            if (
                not _EXAMPLE_ITEM.fullmatch(item)
                or tag(tokens(item)[0])[:1] in _NOT_A_NAME_START
                or _CLAUSE_IN_ITEM.search(item)
            ):
                continue  # (全市推进重点工业等12个项目, 谋划了…的X等8个项目: a clause, no example)
            inner = [x for x in ctx.mentions if x.vstart < ve and vs < x.vend]
            if any(x.type not in _PLACE_OR_FIRM or x.vstart < vs or ve < x.vend for x in inner):
                continue  # a project, a person or a body there already, or a name running over the item
            if any(ve - vs - (x.vend - x.vstart) < 4 for x in inner):
                continue  # a place or a firm with a word or two: no undertaking named
            ctx.add(vs, ve, "Project", "project.counted-example", 0.6)


# a clause's words inside a would-be example: the particle 的, the verbs of planning, pushing and counting
_CLAUSE_IN_ITEM = re.compile(
    r"的|了|推进|谋划|实施|签约|开工|引进|完成|落地|包括|涉及|建成|投产|共有|其中|全市|全县|全区|全省"
)
# what cannot open a name: a verb, an adverb, a preposition, a conjunction, a time, a numeral, a pronoun
_NOT_A_NAME_START = frozenset("vdpctmr")


# the verbs of setting up or reforming a mechanism (建立, 健全, 完善, 深化, 创新, 优化, 构建): no part of its name
_REFORM_LEAD = re.compile(r"(?:持续|不断|进一步)?(?:建立健全|建立|健全|完善|深化|创新|优化|构建)(?:了)?")


# a plan that something is selected into or listed in (入选X计划, 列入国家X计划): a named programme of the body that
# keeps it, also when it lists projects (省技术创新重点项目计划); the level word may open it
_ENTERED_PLAN = re.compile(
    r"(?:列入|入选|纳入|入围)(?:了|到)?([\u4e00-\u9fff]{2,18}?计划)(?=[，。,；;、）)]|$)"
)


def _entered_plans(ctx: Context) -> None:
    view = ctx.view
    for m in _ENTERED_PLAN.finditer(view):
        vs, ve = m.span(1)
        core = _LEVEL_WORD.sub("", m.group(1)[:-2], count=1)
        if core.endswith("项目"):
            core = core[:-2]  # (重点项目计划: the plan of a kind of projects)
        if len(core) < 2 or _GENERIC_PERIOD.fullmatch(core) or core in _KIND_SET:
            continue  # 列入年度计划, 纳入重点计划: a period's or a kind's plan, no named one
        ctx.add(vs, ve, "Programme", "programme.entered-plan", 0.7)


_LEVEL_WORD = re.compile(r"^(?:国家|全国|全省|全市|全县|全区|省|市|县|区)")


# A和B两大国家战略, A、B、C三大战略: a count of strategies sums up the names listed before it in the clause; each is a
# strategy (a programme), whatever its head (经济区, 经济带, 新通道), and the count itself names none
_STRATEGY_COUNT = re.compile(r"[两二三四五六七八九十]大(?:国家|重大|区域|发展)?(?:战略|国家战略)")
_STRATEGY_LIST_SEP = re.compile(r"、|和|与|及")
_STRATEGY_CLAUSE_END = re.compile(r"[,，。;；:：!！?？“”\n]")
_LOCATIVE_VERBS = frozenset(entries("locative_verbs"))


def _counted_strategies(ctx: Context) -> None:
    """The names a count of strategies sums up (A和B两大国家战略) are programmes, each named from its own start."""
    view = ctx.view
    for m in _STRATEGY_COUNT.finditer(view):
        lo = max(0, m.start() - 40)
        ends = [e.end() for e in _STRATEGY_CLAUSE_END.finditer(view, lo, m.start())]
        cs = ends[-1] if ends else lo
        seps = [*_STRATEGY_LIST_SEP.finditer(view, cs, m.start())]
        if not seps:
            continue  # one name before the count is no list: 两大国家战略 alone sums up what was said earlier
        bounds = [cs] + [x.end() for x in seps]
        stops = [x.start() for x in seps] + [m.start()]
        for k, (a, b) in enumerate(zip(bounds, stops, strict=True)):
            if k == 0:
                # 县里紧抓长江经济带, 地处X经济区: the clause's subject and verb come before the first name
                words = tokens(view[a:b])
                pos, start = a, a
                for w in words[:-1]:
                    pos += len(w)
                    if tag(w) == "v" or w in _LOCATIVE_VERBS:
                        start = pos  # (处于, 紧抓, 融入, 坚持; 地处 is tagged a place word)
                a = start
            if b - a < 3 or any(c in view[a:b] for c in PUNCT):
                continue
            for old in [
                x for x in ctx.mentions if x.type in ("Zone", "Programme") and x.vend == b and x.vstart >= cs
            ]:
                ctx.mentions.remove(old)  # 黄河三角洲高效生态经济区 is a strategy here, not an area
            ctx.add(a, b, "Programme", "programme.counted-strategy", 0.75)


@extractor("programmes", order=41)
def extract_programmes(ctx: Context) -> None:
    view = ctx.view
    _entered_plans(ctx)
    for m in _QUOTED_MEASURE.finditer(view):
        if _ACTOR_VERB.search(view, max(0, m.start() - 4), m.start()):
            ctx.add(m.start(), m.end(1) + 1, "Programme", "programme.quoted-measure", 0.7, label=m.group(1))
    # quoted names with a programme head: “三个提升”工程, ‘新增先进加工设备补贴’项目, “百所千警连万家”活动
    for m in _QUOTED.finditer(view):
        inner = m.group(2)
        if _AS_LABEL.search(view, max(0, m.start() - 30), m.start()) and _LABEL_END.match(view, m.end()):
            continue  # 把招商引资作为“一号工程”: a label the clause gives its object, not a programme's name
        after = _PROGRAMME_HEAD.match(view[m.end() :])
        if after and _COUNT_LABEL.match(inner) and _after_list_item(view, m.start()):
            continue  # A、B、C“三个百亿”项目: the quoted count labels the group just listed, no one thing
        if (
            after
            and after.group() == "项目"
            and _CAPACITY_END.search(view[max(0, m.start() - 8) : m.start()])
        ):
            # 30万千瓦“光伏+治沙”项目: a capacity makes it a construction project
            vs = strip_leading_verbs(ctx, extend_left(ctx, m.start(), limit=16, quotes=False), m.start())
            ctx.add(vs, m.end() + 2, "Project", "project.quoted", 0.75)
            continue
        if not after and not inner.endswith("式"):
            # “项目管家”制度, “店小二”服务: a scheme named by its quoted word, the head right after it
            # (“保姆式”服务, “一站式”服务 say how a service is given, not which)
            after = _SCHEME_HEAD.match(view[m.end() : m.end() + 4])
            if after and view.startswith(_SERVICE_PLACES, m.end() + after.end()):
                after = None  # “代、帮、办”服务窗口: the counter where a service is given, no scheme
        if not after:
            # “空心房”整治, “五好”园区创建: a campaign named by what it cleans up or builds
            after = _CAMPAIGN_HEAD.match(
                view[m.end() :],
            )
            if after and any(w in STOP_WORDS for w in tokens(after.group())):
                after = None  # “四个体系”是做好工作的机制 is a sentence, not a name
            elif (
                after
                and after.group().endswith(("战略", "改革", "计划", "机制"))
                and _HEAD_IN_WORD.match(view, m.end() + after.end())
            ):
                after = None  # 签署面向“十四五”全面战略合作协议: the head is a word of an agreement's name
            elif after and after.group().endswith("工程") and view.startswith("项目", m.end() + after.end()):
                after = None  # “5+1”重大工程项目: a group of construction projects, no campaign
        if after and after.group() == "活动" and _QUOTED_OCCASION.match(view, m.start()):
            continue  # “云签约”活动: an occasion held on its date (events decide)
        if (
            after
            and after.group() == "项目"
            and _EVENT.match(view, m.end() + (4 if view.startswith("集中", m.end() + 2) else 2))
        ):
            continue  # 举行“一节一会”项目签约仪式: the quote names the signing occasion (events decide)
        if after and after.group().endswith("工程") and _PHYSICAL_WORKS.search(after.group()):
            # “九通一平”道路建设工程, “一河两岸”景观改造续建工程: roads and landscapes are built works
            vs = strip_leading_verbs(ctx, extend_left(ctx, m.start(), limit=16, quotes=False), m.start())
            ctx.add(vs, m.end() + after.end(), "Project", "project.quoted", 0.75)
            continue
        if after:
            he = m.end() + after.end()
            head = after.group()
            vs = extend_left(ctx, m.start(), limit=16)
            vs = strip_leading_verbs(ctx, vs, m.start())
            vs = _after_actor_verb(ctx, vs, m.start())
            inner_words = tokens(inner)
            if (
                head == "项目"
                and not _PROG_HEAD.search(inner[-4:])
                and inner_words
                and not tag(inner_words[-1]).startswith("v")
            ):
                # “友联特种船”项目: a quoted name without a programme head is a construction project
                # (这个总投资3亿元的“水脉”项目: a figure of speech for a project already named, after a
                # demonstrative, names none)
                if not _DEMONSTRATIVE_DESC.search(view, max(0, m.start() - 24), m.start()) and not (
                    _FOUR_CHARACTER_PAIR.fullmatch(inner)
                ):
                    ctx.add(m.start(), he, "Project", "project.quoted", 0.75)
                continue
            if head == "项目" or vs == m.start() and _PROG_HEAD.search(inner[-4:]):
                label = inner  # the quoted words are the whole name
            else:
                label = ""
            if vs < m.start() and head != "项目" and any(p.code and p.vstart == vs for p in ctx.mentions):
                ctx.add(vs, he, "Programme", "programme.quoted", 0.8)
            ctx.add(m.start(), he, "Programme", "programme.quoted", 0.85, label=label)
        elif (
            _PROG_HEAD.search(inner[-4:])
            # (the last head found ends the quote: “三年行动计划” is 三年行动 and 计划, and ends in a head)
            and any(h.end() == len(inner) for h in _PROG_HEAD.finditer(inner))
            or inner.endswith("模式")
            and len(inner) >= 4
        ):
            # the whole quote is a programme name: “千名干部百项攻坚行动”
            ctx.add(m.start(), m.end(), "Programme", "programme.quoted", 0.8, label=inner)
        elif _CAMPAIGN_YEAR.search(inner):
            # 以“项目竞进年”为主题: a campaign year named on its own (with 行动/活动 after it, above)
            ctx.add(m.start(), m.end(), "Programme", "programme.campaign-year", 0.75, label=inner)
    # a quoted aim one builds: 加快建设“三个名城”, 共建“一带一路”, 融入“一圈一区”建设, “强富美高”新扬州建设
    for m in _AIM_AFTER_VERB.finditer(view):
        if view.endswith(("项目建设", "工程建设"), 0, m.start()):
            continue  # 项目建设“火力全开”: the building of projects, which a quoted predicate describes
        if view.startswith("“", m.end(1)):
            continue  # 融入“津城”“滨城”双城发展格局: one quoted word of a pair that a later head names
        ctx.add(m.start(1), m.end(1), "Programme", "programme.built-aim", 0.7, label=m.group(1)[1:-1])
    for m in _AIM_BEFORE_BUILD.finditer(view):
        if m.group(2) and _WORKS_WORD.search(m.group(2)):
            continue  # “风光火储氢”一体化项目建设: the building of a project
        if m.group(2) and not any(w in STOP_WORDS for w in tokens(m.group(2))):
            ctx.add(m.start(), m.end(), "Programme", "programme.built-aim", 0.7)
        elif not m.group(2):
            ctx.add(m.start(1), m.end(1), "Programme", "programme.built-aim", 0.7, label=m.group(1)[1:-1])
    for m in _CARRIED_SLOGAN.finditer(view):
        ctx.add(m.start(1), m.end(1), "Programme", "programme.carried-slogan", 0.65, label=m.group(1)[1:-1])
    _scheme_lists(ctx)
    # 浙商回归, 义商回归: the campaigns bringing a region's entrepreneurs home to invest
    for m in _MERCHANTS_HOME.finditer(view):
        ctx.add(m.start(), m.end(), "Programme", "programme.merchants-home", 0.7)
    issuers = {b.vend: b for b in ctx.mentions if b.type == "GovernmentBody"}
    for m in _DOC_TITLE.finditer(view):
        issuer = issuers.get(m.start())
        if issuer is not None:
            ctx.add(issuer.vstart, m.end(), "Programme", "programme.document-unmarked", 0.75)
    for m in _BOOK.finditer(view):
        inner = m.group(1)
        # a document title, possibly with its period or status in brackets: 《…规划(2023—2030年)》, 《…办法（试行）》
        if _DOCUMENT_END.search(
            inner,
        ):
            ctx.add(m.start(), m.end(), "Programme", "programme.document", 0.85, label=inner)
    # unquoted names ending in a programme head: 全面振兴新突破三年行动, 产业投资倍增计划
    for m in _PROG_HEAD.finditer(view):
        hs, he = m.start(), m.end()
        if hs > 0 and view[hs - 1] in "”’》" or view[he : he + 1] in "”’":
            continue  # quoted names are handled above
        if (
            _HEAD_IN_WORD.match(view, he)
            and m.group() in ("战略", "改革", "计划", "机制")
            or m.group() == "机制"
            and view.startswith("造", he)
        ):
            continue  # 战略合作, 发展改革委, 计划单列, 风机制造: the head is part of another word
        if m.group().endswith("行动") and view[he : he + 1] == "态" or view.startswith("试验", he):
            continue  # 实行动态管理: 实行 + 动态; 综合改革试验区 is a designated area
        if m.group() == "示范创建" and view.startswith(("资金", "经费", "补助", "奖补"), he):
            continue  # 示范创建资金: the campaign's fund, not the campaign, is named here
        if m.group().endswith("行动") and view.startswith(_PLAN_AFTER_ACTION, he):
            continue  # X三年行动计划, X行动方案: the plan's head goes on; the whole name is the programme
        vs = _after_actor_verb(ctx, extend_left(ctx, hs, limit=24), hs)
        vs = _after_lead_idiom(vs, hs, view)
        first = (tokens(view[vs:hs]) or ("",))[0]
        if first in _NEVER_OPENS and hs - vs - len(first) >= 4:
            vs += len(
                first
            )  # 落实稳经济一揽子政策措施: the act of carrying it out is the clause's (落实 is tagged a)
        for lead in _SOURCE_VERB.finditer(view, vs, hs):
            vs = lead.end()  # 来源于县级产业扶持金
        for b in ctx.mentions:
            if b.type == "GovernmentBody" and b.vstart == vs and b.vend < hs - 2:
                vs = b.vend  # 省政府深化转型项目建设年活动: the body runs the campaign; it is not its name
            elif (b.type == "Zone" or b.code) and b.vstart == vs and b.vend < hs - 2:
                acted = strip_leading_verbs(ctx, b.vend, hs)
                if acted > b.vend:
                    vs = acted  # 胜利开发区紧扣全面振兴新突破三年行动: the zone acts on the programme
                elif b.type == "Zone" and hs - b.vend >= 4 and m.group().endswith("行动"):
                    vs = b.vend  # 为X示范区全面振兴新突破三年行动注入动能: the zone's share of a campaign; no zone names one
        reform = _REFORM_LEAD.match(view, vs, hs) if m.group() == "机制" else None
        if reform and hs - reform.end() >= 2:
            vs = (
                reform.end()
            )  # 深化梯度培育机制, 建立项目预审机制: one sets up or deepens the mechanism it names
        acting = (tokens(view[vs:hs]) or ("",))[0]
        if acting in _NEVER_OPENS and hs - vs - len(acting) >= 4:
            vs += len(acting)  # 市政府组织X行动: after the body, its verb of carrying out is the clause's too
        if view[vs : vs + 1] in _SHARE_VERBS and tokens(view[vs:hs])[0] == view[vs] and vs + 1 < hs:
            vs += 1  # 占年度投资计划的75%, 按年度计划: the verb relates a figure or an act to a plan
        battle = _BATTLE_VERB.match(view, vs, hs)
        if battle:
            vs = battle.end()  # 打好X歼灭战: one fights the battle; the verb is no part of its name
        counted = _COUNTED_HEAD.search(view, vs, hs) if vs > 0 and view[vs - 1] == "、" else None
        if counted and counted.start() > vs:
            vs = (
                counted.start()
            )  # 防范化解重大风险、精准脱贫、污染防治三大攻坚战: the list spells out 三大攻坚战
        if any(c.end() == he for c in _STRATEGY_COUNT.finditer(view, max(vs, hs - 6), he)):
            continue  # A和B两大国家战略: the count sums up the strategies listed before it (_counted_strategies)
        if m.group() in _FOUGHT and not _COUNTED_HEAD.fullmatch(view, vs, hs):
            continue  # 打好转型升级攻坚战 is a task a report sets; the counted 三大攻坚战 is a named campaign
        linked = _LINKED_FUND.search(view, max(0, vs - 10), vs) if m.group().endswith("资金") else None
        if linked:
            # (中央)财政衔接推进乡村振兴补助资金: the central fund's name holds the verb of its purpose
            vs = linked.start()
        money = _MONEY_LEAD.match(view, vs, hs)
        if money:
            # 获得1550万元省专项资金: the sum received is said of the fund, not its name (a sum before a bare
            # head, 500万元专项资金, leaves no name)
            vs = money.end()
        if _GENERIC_PERIOD.fullmatch(view[vs:hs]):
            continue  # 2023年年度计划, 年度投资计划: a plan of a period, not a named one
        act = _PLACE_ACT.match(view, vs, hs) if m.group() == "长制" else None
        if act:
            vs = act.end()  # 全面落实河长制: how and what is done to it
        if m.group() == "长制" and _CHIEF_OF.fullmatch(view, vs, hs):
            # 河长制, 林长制, 田长制: the chief system is named by the one thing its chiefs look after
            ctx.add(vs, he, "Programme", "programme.head", 0.7)
            continue
        if m.group() == "计划" and (
            _PLANNED_ACT.match(view, he)
            or _PLANNED_AT.match(view, he)
            or view[hs - 2 : hs] in ("项目", "工程")
        ):
            continue  # 第三季度计划开工…项目14个, X公司计划在某地投资建设: 计划 is the verb "plans to"
        if m.group() in ("经济圈", "经济带"):
            vs = strip_leading_verbs(ctx, vs, hs)  # 建设成渝地区双城经济圈: the verb is the clause's
        region = m.group() in ("经济圈", "经济带") and 1 <= len(tokens(view[vs:hs])) <= 3
        if vs >= hs or not (region or _core_ok(ctx, vs, hs, verbs_ok=True, long_generic_ok=True)):
            continue
        head = m.group()
        if head == "工程" and view.startswith("项目", he):
            continue  # X综合整治工程项目: the works named as a project (projects take the whole), no campaign
        if (
            head == "工程"
            and (
                _DIGIT.search(view[vs:hs])
                and not _CAMPAIGN_COUNT.search(view[vs:hs])
                or _BUILT_WORKS.search(view[vs:hs])
                or not _CAMPAIGN_WORKS.search(view[vs:hs])
                # 深入实施农品进京工程: what a body carries out (实施) that builds nothing physical is a campaign
                and not (
                    _CARRIED_OUT.search(view, max(0, vs - 6), vs)
                    and not _PHYSICAL_WORKS.search(view, vs, hs)
                    and len(tokens(view[vs:hs])) >= 2
                )
            )
        ):
            continue  # 500千伏…工程, X高速公路建设工程 are construction projects; 民生工程 is generic
        if any(p.code and p.vstart == vs and p.vend == hs for p in ctx.mentions):
            continue  # 朝阳市计划(新建…): a place and a verb, not a plan
        if head in _POLICY_DOC_SET and not any(
            p.code and p.vstart == vs and p.vend < hs for p in ctx.mentions
        ):
            continue  # 执行管理办法: a document's kind; X市招商引资奖励办法 is titled by its place
        if _TITLE_NAME.search(view, vs, hs):
            continue  # 副市长张学军出席活动: an official and what they did, not a campaign
        if head.startswith("规划") and not (
            head != "规划" or any(p.code and p.vstart == vs for p in ctx.mentions)
        ):
            continue  # 县城建设规划 is generic; 锦州市氢能产业发展规划(2023—2030年) is a named plan
        if head in ("机制", "政策", "改革", "活动", "措施", "政策措施"):
            vs = strip_leading_verbs(ctx, vs, hs)  # 深化东西部扶贫协作机制: the verb is the clause's
        if head == "机制" and view[hs - 2 : hs] == "体制":
            continue  # 体制机制: institutions in general
        if head == "活动" and view.endswith(_OCCASION_ACTIVITIES, 0, he):
            continue  # 集中签约活动, 招商周活动, X分会场活动: an occasion's head (event_heads), events decide
        if head == "活动" and view[hs - 1] == "年":
            pass  # 项目建设年活动, 作风建设年活动: a campaign year
        elif head in ("机制", "政策", "改革", "活动") and (
            any(tag(w) == "v" and word_freq(w) > 3000 for w in tokens(view[vs:hs])[1:])
            or not _specific(tokens(view[vs:hs]))
            or tag(tokens(view[vs:hs])[0]) == "v"
            or head == "改革"
            and any(tag(w) == "v" for w in tokens(view[vs:hs]))
        ):
            continue  # 补短板建机制 is a phrase, not a named mechanism
        if any(c in view[vs:he] for c in PUNCT):
            continue
        joint = _OCCASION_JOINT.search(view, vs, hs)
        if joint:
            # …说明会暨X经济带: 暨 joins an occasion to another name, the programme's is the second
            vs = joint.end()
            if hs - vs < 2:
                continue
        if head == "工程" and _listed_with_projects(ctx, vs, he):
            continue  # 开工的项目包括A提升工程、B项目: a works among listed projects is one of them
        if any(z.rule == "zone.administered" for z in ctx.covering(vs, he, {"Zone"})):
            continue  # 沈抚改革创新示范区: 改革 is a word of an administered zone's name, no programme
        year = _YEAR_LEAD.match(view, vs, hs)
        if year and hs - year.end() >= 4:
            # 2024年县域商业建设行动: this year's round of a campaign; the campaign is named without the year
            # (the written form stays an alias)
            ctx.add(vs, he, "Programme", "programme.head", 0.7, label=view[year.end() : he])
            continue
        ctx.add(vs, he, "Programme", "programme.head", 0.7)
    _counted_strategies(ctx)
    # 我区安排的90个重点建设项目, 共安排重点建设项目90个: a government's project list, spoken of as a whole
    for m in _COUNTED_LIST.finditer(view):
        g = 2 if m.group(2) else 3
        ctx.add(m.start(g), m.end(g), "Programme", "programme.project-list", 0.7)
    _issued_documents(ctx)
    # “十四五”规划, “十四五”现代物流发展规划: a five-year plan, named by its period
    for m in _FIVE_YEAR_PLAN.finditer(view):
        ctx.add(m.start(), m.end(), "Programme", "programme.five-year-plan", 0.7)


_PROJECT_LISTS = "|".join(sorted(map(re.escape, entries("project_lists")), key=len, reverse=True))
_COUNTED_LIST = Scan(
    re.compile(
        rf"(\d+|[一二三四五六七八九十百]+)(?:个|项)({_PROJECT_LISTS})(?![\u4e00-\u9fff]{{0,2}}(?:项目|工程))"
        rf"|({_PROJECT_LISTS})(?=\d+(?:个|项))"
    )
)

_DESIG_HEADS = "|".join(sorted(map(re.escape, DESIGNATION_HEADS), key=len, reverse=True))
# (认定通过名单: the list of those that passed the review, as 认定名单)
_LIST = r"(?:建设|创建|认定|拟认定|培育)?(?:通过)?(?:名单|名录|榜单|目录)"
_LIST_PUBLISHED = re.compile(
    # (a title never runs over a line break: a headline's 认定 is not the verb of the next line's list)
    rf"(?:公布|印发|发布|下发|命名|公示|确定|认定)(?:了)?《?([^，。,；;《\n]{{4,50}}?){_LIST}"
)
_LIST_AT = re.compile(_LIST)
_LIST_OPEN = re.compile(
    r"(?:近日|日前|最近|目前|近期|今年|日前，)?"
    r"((?:第[一二三四五六七八九十\d]+批|首批|(?:19|20)\d{2}年度?|国家级|省级|市级|国家|全国|全省|全市|中国))"
)
_LIST_OUT = Scan(re.compile(rf"([^，。,；;]{{4,50}}?){_LIST}(?:公布|出炉|发布|揭晓|公示)"))
# a notice's attachment that is a list (附件:1.X名单, …名单.xlsx2.Y名单): the list of a title the notice gives
_LIST_ATTACHED = re.compile(
    rf"(?:附件[:：]?\s*|\.(?:xlsx?|docx?|pdf|wps)\s*)(?:\d{{1,2}}[.、．])?([^，。,；;:：.]{{4,50}}?){_LIST}"
)
# _LIST_OUT starts with a lazy run, so it is tried at every position; it can only match where this
# does, and a cheap search for it first saves most of the cost of designations.
_LIST_OUT_GATE = re.compile(r"(?:名单|名录|榜单|目录)(?:公布|出炉|发布|揭晓|公示)")
_ENTERED = re.compile(
    rf"(?:入围|入选|晋级|获评|获批|进入|荣获|获得|被评为|被认定为|认定为|评为|列入|纳入|被命名为|被授予|上榜)(?:为)?(?:了)?([^，。,；;]{{3,50}}?)(?=(?:{_LIST})|称号|[，。,；;]|$|的)"
)
# a quoted run (“强链、补链”): its 、 joins no two names
_QUOTED_RUN = re.compile(r"“[^”\n]*”")
# a title entered, then 的 (借助获批国家X示范区的契机): the title ends at its head noun
_DESIG_HEAD_END = re.compile(rf"(?:{_DESIG_HEADS})$")
# verbs that confer a title: what follows them is the title whatever its head noun
# (晋升省级开发区, 升格为国家级…: a zone raised to a level is given that level's title)
_CONFER = (
    r"被评为|评为|评选为|被认定为|认定为|被命名为|命名为|被列为|列为|被选为|选为|升级为|晋升为|获评|入选|被授予|授予"
    r"|升格为|晋升(?=(?:国家级|省级)[^，。,；;]{0,12}?(?:开发区|高新区|园区|新区|示范区|试验区))"
)
_CONFERRED = re.compile(
    rf"(?:{_CONFER})(?:了)?([^，。,；;：:！!？?、\s（(]{{4,36}}?)"
    r"(?=的?称号|的?荣誉|资格|名单|以来|之后|以后|[，。,；;！!？?、\s（(]|$"
    # 是今年升级为省级开发区的六家开发区之一: the title, then the count of those given it
    r"|的[\d一二三四五六七八九十两]+(?:家|个|批))"
)
# 把X列为/评为…: what 把 fronts, right before the verb (把招商引资列为“一号工程”: a task ranked by its actor)
_BA_TASK = re.compile(r"把[^，。,；;、]{2,12}$")
# 认定A、B等34家企业…为国家级X中心 / 命名…为…: the verb and its 为 split by the list of recipients
_DEEMED = re.compile(
    r"(?:认定|命名|评定|确定)(?![为了])[^，。,；;：:！!？?]{2,80}?为([^，。,；;：:！!？?、\s（(]{4,36}?)"
    r"(?=的?称号|[，。,；;！!？?、\s（(]|$)"
)
# 31家企业为第七批…龙头企业: a count of bodies made something
# (选取N家企业作为攻关重点: 作为 is "as", a role in the work, no title conferred)
_COUNT_MADE = re.compile(
    r"\d+(?:家|个|名|人)[^，。,；;为]{0,6}?(?<!作)为([^，。,；;：:！!？?、\s]{4,36}?)(?=[，。,；;！!？?、\s]|$)"
)
# 确定了5个2025年度X特色产业集群,分别为: / 认定12家省级X企业: a body names a count of holders of a title;
# the title runs to the clause's end (greedy: X中小企业特色产业集群, not X中小企业)
_CONFIRMED_N = Scan(
    re.compile(
        rf"(?:确定|认定|公布|命名)了?(?:\d+|[一二三四五六七八九十两]+)(?:个|家|处)"
        rf"((?:\d{{4}}年度?)?[^，。,；;：:\d]{{2,30}}(?:{_DESIG_HEADS}))(?=[，。,；;：:]|$)"
    ),
    by_first=True,
)
# 获得/获/通过 + a title with an award word or a qualifier (获得爱心会员单位, 通过ISO-9001质量体系认证)
_GAINED = re.compile(
    r"(?:获得|荣获|通过|系(?=“)|获(?![批评得奖]))(?:了)?([^，。,；;：:！!？?、\s“]{4,30}?|“[^”]{2,16}”[^，。,；;：:！!？?、\s]{0,10}?)"
    r"(?=的?称号|[，。,；;！!？?、\s]|$)"
)
# what an honour is given to: a unit, a firm, a base, a brand, a place (获得上海市优秀蔬菜生产基地)
_TITLE_END = re.compile(
    r"(?:单位|企业|基地|品牌|集体|个人|称号|奖|荣誉|园|村|镇|县|社|户|家庭|案例|学校|医院)$"
)
_QUALIFIER = re.compile(r"优秀|先进|十佳|百强|示范|标杆|模范|文明|星级|金牌|标准园|认证")
# 国家级/省级 + a title head, with no name before it: the title itself (国家重点龙头企业, 国家级经济技术开发区);
# also after 是/系 (该企业是国家高新技术企业: what the subject is) and after 依托/建设/打造 (依托省级X集聚区: the
# title an area holds or is built towards)
_LEVEL_TITLE = Scan(
    re.compile(
        rf"(?:(?<![\u4e00-\u9fff”’])|(?<=[是系])|(?<=依托|建设|打造))(?:国家级|省级|市级|县级|盟级|州级|自治区级|国家|全国)[\u4e00-\u9fff“”]{{0,14}}?(?:{_DESIG_HEADS})"
    ),
    by_first=True,
)
# 全国各地, 国家各部委, …的…: a phrase after the level word, not a title's words
_NOT_A_LEVEL = re.compile(r"^(?:全国|国家|省级|市级|县级)?各|的")
_QUOTED_HEADED = re.compile(rf"“[^“”\n]{{2,24}}(?:{_DESIG_HEADS})”")
_MADE_BEFORE = re.compile(r"为|获|评|入选|认定|命名|授予|列入|荣膺")
_INNER_ENTER = re.compile(r"被评为|被认定为|认定为|被命名为|评为|入选|获评|获批|列入|荣获")
_COMMENDED = re.compile(r"对(?:\d{4}年度?)?([^，。,；;]{4,30}?)(?:进行了?|予以)?表彰")
# 荣获“全国文明单位”称号 / 被授予“五一劳动奖状”: a quoted title is a designation whatever its head
_TITLE_QUOTED = re.compile(
    r"(?:荣获|获得|被授予|授予|被评为|获评|评为)[^，。,；;“]{0,10}?“([^”]{3,24})”(?:称号|荣誉|奖|(?=[，。,；;]))"
)
# 素有“中国X之乡”美誉 / 享有“全国X之都”的美称: a quoted title a place or firm is known by (a 之乡 or 之都
# title is conferred by a national association); the scope it opens with (中国, 全国, 国家, 省级) says it is
# conferred, not a nickname (素有“塞上粮仓”之称)
_TITLE_REPUTED = re.compile(
    r"(?:素有|享有|享誉|有着|拥有|荣膺|素称)“((?:中国|全国|国家级?|省级)[^”]{2,14})”(?:的)?"
    r"(?:美誉|美称|之称|称号|殊荣|荣誉称号)"
)
# X县是中国蜜桔之乡, 这里是著名的中国枸杞之乡: a place said (by 是, 为, 系) to be a scope-opened 之乡 or 之都 is
# known by that conferred title, quoted or not (打造中国X之都, an aim, has no copula)
_TITLE_IS = re.compile(
    r"(?:是|为|系)(?:[\u4e00-\u9fa5]{0,4}的)?((?:中国|全国)(?:(?!的)[\u4e00-\u9fa5]){1,8}?(?:之乡|之都))"
)
# 在“2021中国西部百强县市”中,X排第56名: a quoted ranking list a place or firm is ranked in (百强, 排行榜)
_RANKED_IN = re.compile(
    r"在“([^”]{0,16}(?:百强|十强|五十强|强县|强市|强区|强镇|排行榜|榜单)[^”]{0,10})”中[，,]?"
    r"(?=[^，。,；;]{2,16}?(?:排|位列|名列|位居|排名)(?:第|前))"
)
_NEW_N = Scan(
    re.compile(
        rf"(?:新增|共有|新晋)(?:\d+|[一二三四五六七八九十两]+)(?:家|个|处)([^，。,；;]{{2,30}}?(?:{_DESIG_HEADS}))"
        # (新增国家级X企业5家: the count after the title)
        rf"|(?:新增|新晋|新认定)((?:国家级|省级|市级|国家|全国|省)[^，。,；;\d]{{2,30}}?(?:{_DESIG_HEADS}))"
        r"(?=[\d一二三四五六七八九十两]+(?:家|个|处))"
    ),
    by_first=True,
)
# 培育科技型中小企业57家、国家高新技术企业18家、雏鹰瞪羚企业6家: a body's yearly count of the firms newly given
# each title, the titles listed with their counts after a verb of adding or recognising; an item is a title
# when it ends in a title head, also with no level word (科技型中小企业 and 高新技术企业 are titles on their own)
_COUNTED_TITLES = re.compile(
    r"(?:新增|新认定|新培育|培育|认定|新晋)(?:了)?"
    rf"((?:[^，。,；;、：:\d“”\s]{{0,30}}?(?:{_DESIG_HEADS})"
    r"(?:\d+|[一二三四五六七八九十两]+)(?:余|多)?(?:家|个|户|项)(?:以上)?(?:、|(?=[，。,；;！!]|$)))+)"
)
_COUNTED_ITEM = re.compile(
    r"([^、\d]+?)(?:\d+|[一二三四五六七八九十两]+)(?:余|多)?(?:家|个|户|项)(?:以上)?、?"
)
_BATCH = re.compile(
    r"^(?:(?:\d{4}(?:[—\-–]\d{4})?年(?:度)?)|(?:国家)?第[一二三四五六七八九十\d]+批|(?:\d{4}年)?(?:省)?第[一二三四五六七八九十\d]+批)+"
)


_CLAUSE_VERB = re.compile(r"颁发|发放|举行|举办|开展|实施|推进|表彰|奖励|签订|召开|进行|给予|兑现")
_HEAD_SET = frozenset(DESIGNATION_HEADS)


_QUOTE_MARK = lazy(r"[“”‘’]")
# 3家企业…: a count opening the title
_COUNT_START = lazy(r"[\d一二三四五六七八九十两]+(?:家|个|项|名|人|批次)")


def _title_words_ok(title: str) -> bool:
    """A conferred title is a noun phrase: no function words, no clause, a noun at its end."""
    words = tokens(_QUOTE_MARK.sub("", title))
    if not words or any(w in STOP_WORDS and w not in ("和", "与") for w in words):
        return False
    if _COUNT_START.match(title) or _CLAUSE_VERB.search(title):
        return False  # 31家企业, 企业颁发证书和奖牌: a count or a clause
    if words[-1] in ("对象", "名单内"):
        return False  # 被列为重点监管对象: a target of supervision or aid, no honour
    # (典型县, 先进市: a title for a kind of place ends in the place's level, which the tagger calls zg)
    return tag(words[-1])[:1] in ("n", "j", "") or words[-1] in (
        # (服务型制造示范, 智慧城市试点: a demonstration or a pilot is the title itself, a noun here)
        "示范",
        "试点",
        "示范县",
        "示范村",
        "标杆",
        "县",
        "市",
        "区",
        "村",
        "镇",
        "乡",
    )


# 国家第三批…: the batch dropped from the label (国家…)
_NATIONAL_BATCH = lazy(r"^(国家)第[一二三四五六七八九十\d]+批")


def _designation(
    ctx: Context,
    vs: int,
    ve: int,
    rule: str,
    conf: float,
    conferred: bool = False,
    listed: bool = False,
    closed: bool = False,
) -> Mention | None:
    """A title at view[vs:ve] (its batch and year cut from the label); listed: it names a published list
    (X名单), so a level in front (国家级, 省级, 全国…) makes it a title whatever its head."""
    view = ctx.view
    then = _THEN_APPLY.search(view, vs, ve)
    if then:
        # 被认定为A后可申报B: two titles, one a step to the other, each a title of its own
        _designation(ctx, then.end(), ve, rule, conf, conferred=True)
        vs, ve = vs, then.start()
    while (
        vs < ve and view[vs] in _OPEN_MARKS and _CLOSE_MARKS[_OPEN_MARKS.index(view[vs])] not in view[vs:ve]
    ):
        vs += 1  # 入选《2023年X名单》: the list's opening mark is no part of the title (its year then cut)
    raw = view[vs:ve]
    if raw.endswith("项目") and not raw.endswith("示范项目") or raw.endswith("清单项目"):
        return None  # (a list of demonstration projects, X示范项目名单, names a title)
    headed = _DESIG_HEAD_END.search(raw) or raw.endswith("清单") and len(raw) >= 6
    bare = _BATCH.sub("", raw)
    level = _LEVEL_OPEN.match(bare) or _LEVEL_OPEN.match(raw)
    lead = _LEVEL_OPEN.match(bare)  # (全省先进基层党组织: the level word is no clause's word)
    words_ok = _title_words_ok(bare[lead.end() :] if lead and lead.end() < len(bare) else bare)
    # (第四批X示范名单: a list published in batches is a title's list whatever its head, as a level's is)
    batched = listed and _BATCH.match(raw) is not None
    # (closed: an honour word ends the run, 拥有中国石都等城市名片: a level opening it makes it a title)
    if (
        not headed
        and not ((conferred or listed and level or batched) and words_ok)
        and not (closed and level)
    ):
        return None  # 任务清单 is generic; 全省重点盘活清单 names a list
    b = _BATCH.match(raw)
    start = vs + (b.end() if b else 0)
    # 国家第四批… : the batch may sit after 国家
    label = view[start:ve]
    label = _NATIONAL_BATCH.sub(r"\1", label)
    if label.startswith("的"):
        start, label = start + 1, label[1:]
    if len(label) < 4 or label in _HEAD_SET and not (conferred and len(label) >= 5):
        # 典型案例 alone is a kind of title, not one; 被认定为科技型中小企业: a long head conferred by a verb of
        # conferring is a national title on its own (as _counted_titles reads 新增科技型中小企业N家)
        return None
    for short, full in _ZONE_SHORT:
        if label.endswith(short) and label[: -len(short)] + full in view:
            label = label[: -len(short)] + full
    if conferred:  # the newer rules' mention is the title itself, without its batch or year
        vs, raw = start, view[start:ve]
    return ctx.add(vs, ve, "Designation", rule, conf, label=label if label != raw else "")


_OPEN_MARKS = "《「『"
_CLOSE_MARKS = "》」』"


# X是A、B、C: what a zone or place "is" in a list, each a kind of area with a level or a province in
# front (国家级开发区, 辽宁省综合改革试验区, 国家重点支持的七大石化产业基地之一), is a title it holds
_IS_LIST = re.compile(
    r"是((?:[^，。,；;！!？?、\s]{3,30}、){1,8}[^，。,；;！!？?、\s]{3,30})(?=[，。,；;]|$)"
)
_AREA_END = re.compile(
    "(?:"
    + "|".join(
        sorted(map(re.escape, set(ZONE_HEADS) | set(DESIGNATION_HEADS) | {"基地"}), key=len, reverse=True)
    )
    + ")$"
)
_LEVEL_START = re.compile(r"国家级|省级|市级|国家|全国|中国|[一二三四五六七八九十]大")


# C(,)是我省“双百”企业和X示范企业: what a firm is said to be, when it ends in a title's head of firms
# (示范企业, 龙头企业 …, designation_heads) or is a quoted label of firms (“双百”企业), is a title it holds
_FIRM_IS = Scan(  # (run only near 企业: the same matches)
    re.compile(
        r"[，,]?(?:是|系|为)(?:我省|我市|我县|我区|全省|全市|全国)?的?"
        # (the level is the title's own word: 国家高新技术企业, 省级X龙头企业)
        r"((?:国家级|国家|省级|市级|自治区级)?[^，。,；;！!？?：:]{3,40}?企业)(?=[，。,；;！!？?]|$)"
    )
)
_FIRM_TITLE_HEADS = tuple(h for h in DESIGNATION_HEADS if h.endswith("企业") and len(h) >= 4)
_QUOTED_FIRM_TITLE = re.compile(r"“[^”]{1,8}”企业")
# a reference to the firm a passage is about, right before 是 (该公司, 这家企业; 公司 opening a clause), not a
# count of firms (31家企业为…: the firms a list names)
_FIRM_REF_END = re.compile(r"(?:(?:该|这家|此|本)(?:公司|企业|集团)|(?<![\u4e00-\u9fff\d])(?:公司|企业))$")


_TITLE_SEP = lazy(r"[和、]")


def _firm_is_titles(ctx: Context) -> None:
    view = ctx.view
    firm_ends = {m.vend for m in ctx.mentions if m.type == "Company"}
    for m in _FIRM_IS.finditer(view):
        if m.start() not in firm_ends and not _FIRM_REF_END.search(view, max(0, m.start() - 4), m.start()):
            continue  # (该公司是…, 这家企业是…: the firm the passage is about, written as a reference)
        pos = m.start(1)
        for item in _TITLE_SEP.split(m.group(1)):
            vs, ve = pos, pos + len(item)
            pos = ve + 1
            if not (_QUOTED_FIRM_TITLE.fullmatch(item) or item.endswith(_FIRM_TITLE_HEADS) and len(item) > 4):
                continue
            for z in [z for z in ctx.mentions if z.type == "Zone" and vs <= z.vstart and z.vend < ve]:
                ctx.mentions.remove(z)  # a zone written only inside the title (rule 5)
            ctx.add(vs, ve, "Designation", "designation.firm-is", 0.65)


# a short clause about the subject between it and 是 (X镇毗邻某地,是A、B): the subject is still X
_TOPIC_CLAUSE = re.compile(r"[^，,。；;：:！!？?]{1,12}[，,]")


def _topic_clause_before(view: str, ends: list[int], at: int) -> bool:
    """Does a place or zone end right before a short clause that ends at `at` (X毗邻广佛,是…)?"""
    i = bisect_right(ends, at - 1) - 1
    return i >= 0 and _TOPIC_CLAUSE.fullmatch(view, ends[i], at) is not None


def _predicate_titles(ctx: Context) -> None:
    view = ctx.view
    _firm_is_titles(ctx)
    subjects = {m.vend for m in ctx.mentions if m.type == "Zone" or m.code}
    provinces = {m.vstart: m for m in ctx.mentions if m.code and ctx.gaz.by_code[m.code].level == 1}
    ends = sorted(subjects)
    for m in _IS_LIST.finditer(view):
        if m.start() not in subjects and not _topic_clause_before(view, ends, m.start()):
            continue
        pos = m.start(1)
        for item in m.group(1).split("、"):
            vs, ve = pos, pos + len(item)
            pos = ve + 1
            if item.endswith("之一"):
                ve -= 2
            k = view.rfind("的", vs, ve)
            if k >= 0:
                vs = k + 1  # 国家重点支持的七大石化产业基地: the title is what follows 的
            name = view[vs:ve]
            if len(name) < 4 or not _AREA_END.search(name):
                continue
            p = provinces.get(vs)
            if _LEVEL_START.match(name) or p is not None and p.vend < ve - 2:
                ctx.add(vs, ve, "Designation", "designation.predicate-list", 0.6)


# A conferring verb (data/lexicon/title_confer_verbs.txt) and what it gives, up to the clause's end or to
# 等…称号/荣誉 (data/lexicon/honour_words.txt): one title, or titles joined by 、 (被评为A、B; 先后获得A、
# B等荣誉称号). Each item is a title when it ends in a title head, when an honour word closes the run, or
# when it opens with a level (国家级, 省级, 全国…); a 和 or 及 before a level word joins two titles.
_CONFER_VERBS = alternation("title_confer_verbs")
_HONOUR = alternation("honour_words")
_TITLE_RUN = re.compile(
    rf"(?:{_CONFER_VERBS})(?:了)?([^，。,；;：:！!？?\n]{{4,150}}?)"
    rf"(?:(等(?:[\d一二三四五六七八九十多]+(?:项|个))?(?:国家级|省级)?(?:{_HONOUR}))|的?({_HONOUR})|(?=[，。,；;！!？?\n]|$))"
)
_LEVEL_OPEN = re.compile(r"(?:国家级|省级|市级|县级|国家|全国|中国|全省|自治区级?|[^，。、]{2,3}省)")
# 和/及 joins two titles when a level word opens the second (示范基地和省级高新区); otherwise it is inside one
_TITLE_JOIN = re.compile(r"[和及](?=国家|全国|省级|省|市级|中国)")
_CREATE_VERB = re.compile(r"(?:创建|争创)")
# verbs of holding, not conferring (拥有A、B等城市名片, 享有A等称号): the list is of titles only when closed
_HOLD_VERBS = ("拥有", "享有")


def _title_items(run: str) -> list[tuple[int, int]]:
    """The spans (in run) of the titles of a run joined by 、 (and by 和/及 before a level word)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for part_ in run.split("、"):
        start = pos
        for j in _TITLE_JOIN.finditer(part_):
            spans.append((start, pos + j.start()))
            start = pos + j.end()
        spans.append((start, pos + len(part_)))
        pos += len(part_) + 1
    return spans


def _coordinated_titles(ctx: Context) -> None:
    view = ctx.view
    blocked = [m for m in ctx.mentions if m.type in ("Person", "Official", "Company")]
    for m in _TITLE_RUN.finditer(view):
        closed = m.group(2) is not None or m.group(3) is not None
        rs = m.start(1)
        spans = _title_items(m.group(1))
        verb = view[m.start() : rs]
        if len(spans) < 2 and not closed and not verb.endswith(("为", "创建")):
            continue  # one title after 获得/入选…: the older rules decide it
        if not closed and verb.startswith(_HOLD_VERBS):
            continue  # 拥有A、B: what a place holds is a title only when an honour word names it so
        if any(rs <= p.vstart < m.end(1) for p in blocked):
            continue  # 授予张三、李四…称号: people (or firms) are given the title, they are not it
        found = []
        for a, b in spans:
            vs, ve = rs + a, rs + b
            create = _CREATE_VERB.match(view, vs, ve)
            if create:
                vs = create.end()  # 获批创建X, 入选…创建X: the title campaigned for is X
            vs = _after_org(ctx, vs, ve)
            item = _BATCH.sub("", view[vs:ve])
            if len(item) < 4 or not _CJK_TITLE.fullmatch(item):
                break
            headed = _DESIG_HEAD_END.search(item)
            level = _LEVEL_OPEN.match(item)
            # (a closed run's item that opens with a level is a title whatever its last word: 中国石都)
            if not (
                headed
                or closed
                and level
                and len(item) - level.end() >= 2
                or (closed or level)
                and _title_words_ok(item[level.end() :] if level else item)
            ):
                break  # an item that is no title: the run is something else (获得资金、技术支持)
            found.append((vs, ve))
        else:
            for vs, ve in found:
                d = _designation(ctx, vs, ve, "designation.coordinated", 0.65, conferred=True, closed=closed)
                if d is None:
                    continue
                # a merged run (A、B as one title) or the front part of an item (省级美丽乡村 of 省级美丽乡村示范村)
                stale = [
                    x
                    for x in ctx.mentions
                    if x.type == "Designation"
                    and x is not d
                    and (
                        d.vstart <= x.vstart < d.vend < x.vend
                        or x.vstart < d.vstart < x.vend <= d.vend
                        or x.vstart == d.vstart
                        and x.vend < d.vend
                        or x.vstart < d.vstart
                        and d.vend <= x.vend
                        and "、" in view[x.vstart : x.vend]
                    )
                ]
                for x in stale:
                    ctx.mentions.remove(x)
                ctx.candidates[:] = [
                    c for c in ctx.candidates if c.subject not in stale and c.object not in stale
                ]


# 以创建国家全域旅游示范区为抓手, 积极争创省级农业现代化示范区: the title a place campaigns for is a
# designation (the list it aims at), when a level opens it and a title head closes it
_CREATE_TITLE = re.compile(
    rf"(?:创建|争创|创成)((?:国家级|省级|国家|全国|全省|省)[\u4e00-\u9fff“”]{{0,30}}?(?:{_DESIG_HEADS}))"
    r"(?![\u4e00-\u9fff“”]{0,12}?(?:名单|称号|项目|工程|建设|创建|工作方案|实施方案))"
)


# 通过国家卫生县城复审, 通过省级示范区验收: a title a place keeps or wins by passing its review
_REVIEWED_TITLE = re.compile(
    rf"通过(?:了)?((?:国家级|省级|国家|全国|全省|省)[\u4e00-\u9fff“”]{{0,30}}?(?:{_DESIG_HEADS}))"
    r"的?(?:" + alternation("title_review_words") + ")"
)


# 开展了2014年“专精特新”中小企业的认定工作, 对全省X示范企业评审结果进行公示: the title whose award a body
# carries out (its recognition or review as a task, or the results of that review) is a designation
# (组织开展了第一批X市专精特新“小巨人”企业申报、审查和评审工作: a batch and a place before a quoted word of
# the title, and the steps of the review listed)
_TITLE_REVIEW_TASK = re.compile(
    r"(?:组织开展了?|开展了?|组织了?|启动了?|对(?:我省|我市|全省|全市|本市)?)(?:[0-9A-Za-z]{4}年度?)?"
    rf"((?:[\u4e00-\u9fff]{{0,12}}?“[^“”\n]{{2,8}}”|[\u4e00-\u9fff]{{2,16}}?“|[\u4e00-\u9fff]{{2,12}}?)(?:{_DESIG_HEADS}))"
    r"的?(?:(?:申报|审查|审核|推荐)[、和及与])*(?:认定|评审|评定|评选)(?:工作|结果)"
)


def _created_titles(ctx: Context) -> None:
    for rx in (_CREATE_TITLE, _REVIEWED_TITLE, _TITLE_REVIEW_TASK):
        for m in rx.finditer(ctx.view):
            if _title_words_ok(m.group(1)):
                _designation(ctx, m.start(1), m.end(1), "designation.campaigned", 0.6, conferred=True)


_CJK_TITLE = re.compile(r"[\u4e00-\u9fff0-9A-Za-z“”()（）·\-]+")


# “强链、补链”: a quote holding a list
_QUOTED_LIST = lazy(r"“[^”]*[、，,][^”]*”")


@extractor("designations", order=42)
def extract_designations(ctx: Context) -> None:
    view = ctx.view
    _predicate_titles(ctx)
    for m in _TITLE_QUOTED.finditer(view):
        ctx.add(
            m.start(1) - 1, m.end(1) + 1, "Designation", "designation.quoted-title", 0.7, label=m.group(1)
        )
    for m in _TITLE_REPUTED.finditer(view):
        ctx.add(
            m.start(1) - 1, m.end(1) + 1, "Designation", "designation.reputed-title", 0.65, label=m.group(1)
        )
    for m in _TITLE_IS.finditer(view):
        ctx.add(m.start(1), m.end(1), "Designation", "designation.title-is", 0.65)
    for m in _RANKED_IN.finditer(view):
        ctx.add(m.start(1) - 1, m.end(1) + 1, "Designation", "designation.ranked-in", 0.65, label=m.group(1))
    for rx, rule in (
        (_LIST_PUBLISHED, "designation.list-published"),
        (_LIST_ATTACHED, "designation.list-attached"),
        (_LIST_OUT, "designation.list-out"),
        (_ENTERED, "designation.entered"),
        (_NEW_N, "designation.new-count"),
        (_CONFIRMED_N, "designation.confirmed-count"),
        (_COMMENDED, "designation.commended"),
    ):
        if rx is _LIST_OUT and not _LIST_OUT_GATE.search(view):
            continue
        for m in rx.finditer(view):
            g = 2 if rx is _NEW_N and m.group(1) is None else 1
            vs, ve = m.start(g), m.end(g)
            if (
                rx is _ENTERED
                and view[ve : ve + 1] == "的"
                and (not _DESIG_HEAD_END.search(view, vs, ve) or view[m.start()] == "被")
            ):
                # 获得了客户的认可: before 的 only a title's own head ends a title; 被认定为X的县: a relative
                # clause about what follows 的 (the title sentence proper names them elsewhere)
                continue
            if rx is _LIST_OUT:
                whole = _LIST_OPEN.match(view, vs, ve)
                # 第三批全国X名单公布: a clause that opens with a batch, a year or a level is the list's
                # whole name (the words extend_left would stop at, 全国 and 和, are the title's)
                vs = whole.start(1) if whole else strip_leading_verbs(ctx, extend_left(ctx, ve, limit=40), ve)
            for v in _INNER_ENTER.finditer(view, vs, ve):
                vs = v.end()  # 12家企业被评为省级专精特新中小企业: the title starts after the verb
            vs = _after_org(ctx, vs, ve)
            create = _CREATE_VERB.match(view, vs, ve)
            if create and ve - create.end() >= 4:
                vs = create.end()  # 获批创建X: the title campaigned for is X
            listed = rx not in (_NEW_N, _CONFIRMED_N, _COMMENDED) and bool(_LIST_AT.match(view, ve))
            if rx is _ENTERED and not listed and "、" in _QUOTED_RUN.sub("", view[vs:ve]):
                continue  # 获评A、B: two titles, each read on its own (designation.conferred), not one
            _designation(ctx, vs, ve, rule, 0.75, listed=listed)
    for rx, rule in (
        (_CONFERRED, "designation.conferred"),
        (_COUNT_MADE, "designation.count-made"),
        (_DEEMED, "designation.deemed"),
    ):
        for m in rx.finditer(view):
            if rx is _CONFERRED:
                ba = _BA_TASK.search(view, max(0, m.start() - 13), m.start())
                if ba and not any(ba.start() < x.vstart < m.start() for x in ctx.mentions):
                    continue  # 把项目建设列为“第一赛道”: a task given priority, no body or place given a title
            vs, ve = _after_org(ctx, m.start(1), m.end(1)), m.end(1)
            _designation(ctx, vs, ve, rule, 0.7, conferred=True)
    for m in _GAINED.finditer(view):
        vs, ve = _after_org(ctx, m.start(1), m.end(1)), m.end(1)
        raw = view[vs:ve]
        if _QUOTED_LIST.search(raw):
            continue  # 通过“强链、补链、延链”: a quoted list of slogans is a means, not a title
        if "“" in raw or _QUALIFIER.search(raw) and _TITLE_END.search(raw) or _DESIG_HEAD_END.search(raw):
            _designation(ctx, vs, ve, "designation.gained", 0.65, conferred=True)
    # 基地为2014年“上海市园艺作物标准园”: a quoted title with a title head, made or won just before
    for m in _QUOTED_HEADED.finditer(view):
        if _MADE_BEFORE.search(view, max(0, m.start() - 10), m.start()):
            _designation(ctx, m.start() + 1, m.end() - 1, "designation.quoted-headed", 0.7, conferred=True)
    for m in _LEVEL_TITLE.finditer(view):
        if view[m.end() : m.end() + 1] in ("项", "建", "创") or view.startswith("名单", m.end()):
            continue  # …示范区建设 / 创建: the work, not the title
        if view.endswith("园", m.start(), m.end()) and view[m.end() : m.end() + 1] == "区":
            continue  # 打造县级特色产业园区: the match ends inside the word 园区, a kind of zone, no title
        if _NOT_A_LEVEL.search(m.group()):
            continue  # 全国各地的X代表及招商大使: people from everywhere (各地, 的), not a level's title
        _designation(ctx, m.start(), m.end(), "designation.level-title", 0.65, conferred=True)
    _coordinated_titles(ctx)
    _created_titles(ctx)
    _counted_titles(ctx)
    _provincial_titles(ctx)


def _counted_titles(ctx: Context) -> None:
    view = ctx.view
    for m in _COUNTED_TITLES.finditer(view):
        for it in _COUNTED_ITEM.finditer(view, m.start(1), m.end(1)):
            vs, ve = it.span(1)
            item = view[vs:ve]
            if not _DESIG_HEAD_END.search(item) or not _title_words_ok(item):
                continue  # 新增规上企业20家: a kind of firm counted, no title
            if item in _HEAD_SET:
                if len(item) >= 5:  # 科技型中小企业, 高新技术企业: a national title by its own head
                    ctx.add(vs, ve, "Designation", "designation.counted", 0.6)
                continue  # 龙头企业, 中小企业: a kind of firm, no title without a level or a qualifier
            _designation(ctx, vs, ve, "designation.counted", 0.6, conferred=True)


def _provincial_titles(ctx: Context) -> None:
    """省级X and 省X beside <province>X (2023年贵州省专精特新中小企业名单 … 省级专精特新中小企业): the province's
    own title written with its level word is the same title; it takes the province's label."""
    titles = [m for m in ctx.mentions if m.type == "Designation"]
    labels = {m.name for m in titles}
    for i, m in enumerate(ctx.mentions):
        if m.type != "Designation":
            continue
        rest = m.name[2:] if m.name.startswith("省级") else m.name[1:] if m.name.startswith("省") else ""
        if len(rest) < 4:
            continue
        # (省级制造业单项冠军称号 beside 辽宁省制造业单项冠军企业名单: the title of firms, written with its 企业 or without)
        full = [
            x
            for x in labels
            if x.endswith("省" + rest)
            and x[: -len(rest)] in ctx.gaz.full
            or x.endswith("省" + rest + "企业")
            and x[: -len(rest) - 2] in ctx.gaz.full
        ]
        if len(full) == 1:
            ctx.mentions[i] = replace(m, label=full[0])


# 认定为A后可申报B: the first title is a step to the second
_THEN_APPLY = re.compile(r"后(?:可|即可|方可|再|才能|可以)?(?:申报|申请|参评|申请认定|认定为)")
_GIVER_BEFORE_QUOTE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:部|厅|局|委员会|委|办|协会|学会)(?=“)")
# standard short forms of zone kinds: a title written both ways in one article is one title
_ZONE_SHORT = (("经开区", "经济技术开发区"), ("高新区", "高新技术产业开发区"), ("自贸区", "自由贸易试验区"))


def _after_org(ctx: Context, vs: int, ve: int) -> int:
    """获得农业部“绿色”食品认证: a body or a date at the front is the giver or the time, not the title."""
    giver = _GIVER_BEFORE_QUOTE.match(ctx.view, vs, ve)
    if giver:
        vs = giver.end()
    for m in ctx.mentions:
        if m.vstart == vs and m.vend < ve - 2 and m.type == "GovernmentBody":
            vs = m.vend
    return vs


_EVENT = Scan(re.compile("|".join(sorted(map(re.escape, EVENT_HEADS), key=len, reverse=True))))


# Event titles are full of verbs (推进高质量发展暨加快县域经济发展动员大会): stop only at these.
_EVENT_STOPS = frozenset(
    "的 在 召开 举行 举办 主办 承办 参加 出席 了 是 为 从 于 开幕 闭幕 落幕 刚刚 和 与 及 上 到 近日 日前 通过 一场 此次 本次 这次 记者 成为"
    # what people do at an occasion (副市长X主持开工仪式) and where it is (分会场设在…)
    " 主持 见证 宣布 致辞 讲话 观摩 参观 组织 率团 率队 设在 设 同步 经 据 各类 多场 系列 我市 我省 我县 我区 我州"
    # how a past meeting is taken up (认真贯彻落实…座谈会精神): the verbs are the clause's
    " 贯彻落实 贯彻 落实 传达 学习 传达学习 认真 将"
    # the holding verb with its adverb, one token for the segmenter (X开发区隆重举行…仪式)
    " 隆重举行 成功举行 正式举行 顺利举行 盛大举行 隆重召开 顺利召开 成功召开 隆重举办 成功举办 举行了 召开了 举办了"
    # taking part by watching, or holding one's own series (收听收看…视频会议, 自主开展…推介会)
    " 收听收看 收听 收看 观看 开展 自主开展 组织开展"
    # a counted clause before the occasion (又有8个项目进行集中开工仪式): 进行 is its verb
    " 进行"
    # a role given to the occasion (作为会议的一项重要内容, 作为大会的主会场): a preposition, no part of a name
    " 作为"
    # a time of day before the occasion (今天上午X仪式举行) and a leader's verb (率队参加, 带队出席)
    " 上午 下午 中午 晚上 当天 当日 今天 昨天 今日 昨日 次日 带队 率领 带领"
    # (the same as one token of the segmenter: 今天上午, 率队参加)
    " 今天上午 今天下午 昨天上午 昨天下午 当天上午 当天下午 率队参加 带队参加 率团参加 率队出席 带队出席".split()
)
# determiners that point back to a gathering named before (本届X节 = the X节 of this article)
_DETERMINER_START = re.compile(r"此次|本次|这次|本届|这届|该届|该")
_DETERMINED = (
    "此次",
    "本次",
    "这次",
    "该",
    "各类",
    "一场",
    "专题",
    "本届",
    "上届",
    "这届",
    "该届",
    "历届",
    "各届",
)


# the act a multi-site occasion is named by, before the place of one of its sessions (…集中开工和签约陵水分会场)
_BRANCH_OF_ACT = re.compile(r"开工|开复工|签约|竣工|投产")


def _placed_branch(ctx: Context, core: str) -> bool:
    """鄂州分会场, 江城镇分会场: a branch venue named by a place holds a gathering of that place."""
    return core in ctx.gaz.full or core in ctx.gaz.short or bool(_LOCAL_PLACE.fullmatch(core))


_LOCAL_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|区|县|市|旗)")


# what follows a head when it is part of another word (会议室, 大会场, 博览会址, 会长)
_EVENT_NOT_AFTER = frozenset("员长议场址所室厅")


# things done to projects at one occasion; two of them joined by 和/及/与 belong to one title
def _after_ji(view: str, vs: int, hs: int) -> int:
    """X文化园区暨《Y》演出项目: where 暨 joins two named things, the project is the second; else vs."""
    ji = view.rfind("暨", vs, hs)
    if ji >= 0 and (view[ji + 1 : ji + 2] in ("《", "“") or _NAME_END_BEFORE_JI.search(view, vs, ji)):
        return ji + 1
    return vs


# one-character verbs of working on projects (抓项目, 跑项目, 争项目, 招项目, 谋项目, 上项目)
_ACT_ON_PROJECTS = frozenset("抓跑争招谋上")
# the end of a listed project's name (a list of them may open a ceremony's name)
_LISTED_WORK_END = re.compile(r"(?:项目|工程)$")
# a whole name's head before 暨 (X园区暨Y项目): the name after 暨 is another thing's
_NAME_END_BEFORE_JI = re.compile(r"(?:园区|产业园|基地|项目|工程|中心)$")
# an occasion's head, then a joiner: what follows is the name of another occasion (A洽会和B洽会)
_EVENT_PAIR = re.compile(r"(?:洽会|博会|贸会|大会|节|仪式)(?:和|与|及|、)")
# (…集中开工和集中签约仪式: each act may carry its own 集中; the joined name starts after the joiner)
_JOINED_ACTIVITY = re.compile(
    r"(?:签约|开工|竣工|投产|开业|开竣工)[和及与](?=(?:集中)?(?:签约|开工|竣工|投产|开业|开竣工))"
)
# X、Y等28个项目集中开工仪式, 等15家: the close of a counted list of items before the title proper
_LISTED_COUNT = re.compile(r"等[0-9０-９一二三四五六七八九十两百千]+(?:个|项|批|家)")
# a meeting left unspecified (相关会议, 有关会议) is no named occasion
_UNSPECIFIC = ("相关", "有关")
# 2-character heads name an occasion only with a name before them
_BARE_OK = 3
# “3·25”深圳招商会: a quoted date is part of a fair's name
_QUOTED_DATE = re.compile(r"[“‘\"][\d０-９]{1,2}[·.．][\d０-９]{1,2}[”’\"]$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# the end of a 自/从…以来 time frame a few words after an occasion's name (自首届X大会开展以来)
_SINCE = re.compile(r"[^，。,；;]{0,8}(?:以来|之后|以后|后)")
# 自 (or 从) and a time word before an occasion's name, in a 自…以来 frame (自去年X会议召开以来)
_SINCE_LEAD = re.compile(r"[自从](?:去年|今年|前年|上年|年初|\d{4}年)(?:\d{1,2}月)?(?:底|初|末)?")
# an occasion joined to a project's name by 暨 (…活动暨X项目, …动员大会暨X项目开工活动)
# (any occasion's head too: …投资环境说明会暨X项目签约会, …推介会暨Y项目)
_OCCASION_JOINT = re.compile(rf"(?:活动|大会|会议|仪式|开工|签约|竣工|投产|{alternation('event_heads')})暨")
# a short quoted name written right before an occasion's name (“两重”, “一节一会”), or the occasion's
# quoted theme, a slogan of two halves with quoted characters in it (“共享新‘X’遇,携手绘‘Y’彩”推介会)
_QUOTED_LEAD = re.compile(
    # (a theme of two halves set apart by a comma or a space: “携手同行 共建新城”)
    r"“[\u4e00-\u9fff\d·]{1,10}”$|“[\u4e00-\u9fff‘’]{2,12}[,,、 \u3000][\u4e00-\u9fff‘’]{2,12}”$"
)
_FULL_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?")
_JOINED_ORDINAL = re.compile(r"[和与及、]([^和与及、]{0,4}第[一二三四五六七八九十\d]+[次届])")
# (a local committee's plenums are counted 次 and named with the committee: 市委六届三次、四次全会)
_PLENUMS = Scan(  # (tried only around a 全会: re tried every position of every article)
    re.compile(
        r"(省委|市委|州委|县委|区委|旗委|盟委)?([一二三四五六七八九十]+届)"
        r"([一二三四五六七八九十]+[中次])、([一二三四五六七八九十]+[中次])全会"
    )
)
# the committees that run a fair or a festival (组委会 = 组织委员会, 执委会 = 执行委员会)
_EVENT_COMMITTEE = re.compile(r"组委会|执委会|组织委员会|执行委员会")
_EVENT_HEAD_SET = frozenset(EVENT_HEADS)
# an occasion whose kind is quoted before 活动 (“云签约”活动, “线上推介”活动): a signing, a start or a fair held
# on its date, an event as 签约活动 is (event_heads), not a campaign
# (also a quoted week of them, “X招商引资促进周”活动, “X宣传周”活动: held on given days, an occasion)
_QUOTED_OCCASION = re.compile(r"“(?:[^“”\n]{0,6}(?:签约|开工|推介|洽谈|招商会)|[^“”\n]{2,12}周)”活动")
# 在X举办的…“三个一批”活动上签约: a quoted activity someone holds (举办的, 举行的) and others act at (上, 期间) is an
# occasion, whatever its kind; the quote and 活动 are the head of its name
_HELD_QUOTED_OCCASION = re.compile(
    r"(?:举办|举行|主办|组织)的[^，。,；;“”\n]{0,40}?(“[^“”\n]{2,12}”活动)(?=上|期间)"
)
# the next item of a list is a bare kind of gathering (新春茶话会、恳谈会、座谈会等): the list names kinds, so
# this item is a kind too, no one occasion
_KIND_LIST_NEXT = re.compile(
    "、(?:" + "|".join(sorted(map(re.escape, EVENT_HEADS), key=len, reverse=True)) + ")(?=[、等和及])"
)
_PARTY_CONGRESS = re.compile(r"党的[一二三四五六七八九十]{1,3}大")


def _goods_joined(ctx: Context, vs: int, hs: int) -> bool:
    """Is view[vs-1] a 及 joining two common nouns (or a 与 joining two activities) at the start of an
    occasion's name?"""
    view = ctx.view
    if vs < 2 or vs >= hs or view[vs - 1] not in "及与":
        return False
    left, right = tokens(view[max(0, vs - 7) : vs - 1]), tokens(view[vs:hs])
    if view[vs - 1] == "与":
        # 产业制造与发展高峰论坛, 创新与合作研讨会: two activities joined by 与 are the occasion's theme (two
        # parties, 县长与客商座谈会, are nouns and stay apart)
        return bool(left and right) and tag(left[-1]) in ("v", "vn") and tag(right[0]) in ("v", "vn")
    if (
        not left
        or not right
        or not _GOODS_TAG.fullmatch(tag(left[-1]))
        or not _GOODS_TAG.fullmatch(tag(right[0]))
    ):
        return False
    # (an organiser or a party before 及 is not a field: 市政府及企业…, X公司及…)
    return not left[-1].endswith(_NOT_GOODS) and not any(
        m.vend == vs - 1 and m.type in _PARTY_TYPES for m in ctx.mentions
    )


_NOT_GOODS = ("政府", "企业", "单位", "部门", "公司", "集团")
_PARTY_TYPES = frozenset({"GovernmentBody", "Company", "Institution", "Person", "Official"})


_GOODS_TAG = re.compile(r"n|nz|vn")


# a gathering described by a copula (…是展示成果的大会,也是…的动员大会、誓师大会): the head words such a
# description uses; after 是…的 and at most two characters (誓师, 动员) they name no gathering of their own
_GENERIC_GATHERING = frozenset({"大会", "动员大会", "誓师大会", "会议", "盛会"})
_PREDICATE_NOMINAL = re.compile(
    r"是[^，。,；;！!？?：:]{0,40}的(?:[\u4e00-\u9fff]{0,2}(?:大会|会议|盛会)、)*[\u4e00-\u9fff]{0,2}$"
)


@extractor("events", order=43)
def extract_events(ctx: Context) -> None:
    view = ctx.view
    # 二十届二中、三中全会: plenary sessions sharing their term and their head; each is its own event
    for m in _PLENUMS.finditer(view):
        # (the committee is named in the label, its own mention stays outside the span)
        term = (m.group(1) or "") + m.group(2)
        for i in (3, 4):
            s_, e_ = m.span(i)
            if i == 4:
                e_ = m.end()
            ctx.add(
                s_ if i == 4 else m.start(2),
                e_,
                "Event",
                "event.plenum",
                0.75,
                label=f"{term}{m.group(i)}全会",
            )
    for m in _QUOTED_OCCASION.finditer(view):
        # 举行一季度重点项目“云签约”活动: a signing (a start, a fair) held as an occasion, its kind in quotes
        vs = strip_leading_verbs(
            ctx, extend_left(ctx, m.start(), limit=30, quotes=False, stops=_EVENT_STOPS), m.start()
        )
        if any(b.type == "GovernmentBody" and b.vstart == vs and b.vend == m.start() for b in ctx.mentions):
            vs = (
                m.start()
            )  # 湖北省政府“X促进周”活动: the body right before the quote holds it, no part of the name
        ctx.add(vs, m.end(), "Event", "event.quoted-occasion", 0.75)
    held = set()
    for m in _HELD_QUOTED_OCCASION.finditer(view):
        vs = m.start() + 3  # (the name runs from right after 举办的 to 活动: no clause mark in between)
        for x in [x for x in ctx.mentions if x.type == "Programme" and vs <= x.vstart and x.vend <= m.end(1)]:
            ctx.mentions.remove(x)  # (the quoted activity read as a campaign: here it is held, an occasion)
        ctx.add(vs, m.end(1), "Event", "event.held-quoted", 0.7)
        held.add(m.group(1))
    for x in [
        x
        for x in ctx.mentions
        if held and x.type == "Programme" and view[x.vstart : x.vend].endswith(tuple(held))
    ]:
        # (这次X“三个一批”活动 later on: the same occasion, named again)
        ctx.mentions.remove(x)
        ctx.add(x.vstart, x.vend, "Event", "event.held-quoted", 0.65)
    for m in _EVENT.finditer(view):
        hs, he = m.start(), m.end()
        if view[he : he + 1] in _EVENT_NOT_AFTER or view.startswith(("项目", "中心"), he):
            continue  # 园林博览会项目 is the construction of the fair's park; 县会议中心, 会议室 are venues
        if m.group().endswith("会") and view.startswith("战", he):
            continue  # “百日攻坚”大会战, 项目建设大会战: a campaign fought (a big battle), no gathering
        if m.group() in _GENERIC_GATHERING and _PREDICATE_NOMINAL.search(view, max(0, hs - 60), hs):
            continue  # 此次大会是…的动员大会、誓师大会: what the gathering is called, no second gathering
        if m.group().startswith("集中") and _CJK.match(view, he):
            continue  # 集中签约仪式: the head is the next word
        # two occasions joined by 暨 make one long title (…集中开竣工暨…项目开工仪式): look further left
        limit = 64 if "暨" in view[max(0, hs - 40) : hs] else 40
        vs = extend_left(ctx, hs, limit=limit, quotes=False, stops=_EVENT_STOPS)
        if _goods_joined(ctx, vs, hs):
            # 纺织面料及辅料博览会, 精细化工及新能源产业推介会: two kinds of goods or industries joined by 及
            # are the occasion's field, one name
            vs = extend_left(ctx, vs - 1, limit=limit, quotes=False, stops=_EVENT_STOPS)
        for _ in range(6):
            # X项目、Y工程、Z项目奠基仪式: the projects an occasion starts, listed, open its name
            j = vs - 1
            if j < 1 or view[j] != "、" or not _LISTED_WORK_END.search(view, max(0, j - 4), j):
                break
            k = extend_left(ctx, j, limit=40, stops=_EVENT_STOPS)
            if k >= j:
                break
            vs = k
        pair = [j.end() for j in _EVENT_PAIR.finditer(view, vs, hs)]
        if pair:
            vs = pair[
                -1
            ]  # 青洽会和城洽会: two fairs joined (和 before one character passes as a word's part)
        joined = _JOINED_ACTIVITY.search(view, max(0, vs - 4), vs + 6)
        if joined and joined.end() == vs:
            # 项目签约和开工誓师大会: two things done to projects, joined, name one occasion
            vs = extend_left(ctx, joined.start(), limit=limit, quotes=False, stops=_EVENT_STOPS)
        if view[hs - 1 : hs] == "在" and vs < hs:
            vs = hs  # 县委书记X在仪式上致辞: 在 (glued to the name before it, 健在) starts the place phrase
        date = _FULL_DATE.match(view, vs, hs)
        if date:
            vs = date.end()  # 2018年5月14日上海优质青菜品鉴会: the date is when, not the name
        ordinal = _JOINED_ORDINAL.search(view, vs, hs)
        if ordinal:
            vs = ordinal.start(1)  # …精神和省第十二次党代会: the name starts after the joiner
        counted = [c.end() for c in _LISTED_COUNT.finditer(view, vs, hs)]
        if counted:
            vs = counted[-1]  # A、B等28个重大项目集中开工仪式: the list is what starts there, not the name
        # 举行“两重”攻坚行动…签约仪式: a short quoted name opens the occasion's name; the name may run on
        # to the left of it (全省“三个一批”活动视频会议) up to the usual stops, through a second quoted
        # name (区“两区”建设集中签约暨“开门红”签约活动: two occasions joined by 暨, each with its quote)
        for _ in range(2):
            quoted = _QUOTED_LEAD.search(view, max(0, vs - 27), vs)
            if not quoted or ordinal:
                break
            vs = extend_left(ctx, quoted.start(), limit=12, quotes=False, stops=_EVENT_STOPS)
            while 0 < vs < hs and view[vs - 1].isdigit() and view[vs].isdigit():
                vs -= 1  # (2018年全市X“百日攻坚”…: the limit cut the year; a number is one word)
        if vs >= hs:
            # the occasion an article reports is an event even when named by its kind alone
            # (签约仪式, 推介会: SCHEMA convention 3); the longer name, if any, absorbs it
            q = _QUOTED_DATE.search(view, max(0, hs - 8), hs)
            if q:
                ctx.add(q.start(), he, "Event", "event.head", 0.75)
            elif (
                he - hs >= _BARE_OK
                and view[hs - 1 : hs] not in ("类", "场", "次", "个", "些")
                # 组织茶话会、恳谈会、座谈会等: bare heads listed are kinds of gathering, no one occasion
                and not (view[hs - 1 : hs] == "、" or view[he : he + 1] in ("、", "等"))
            ):
                ctx.add(hs, he, "Event", "event.head", 0.6)
            continue
        counts = list(_LISTED_COUNT.finditer(view, vs, hs))
        if counts:
            # 聚龙湾…等28个重大项目集中开工仪式: the listed items take part; the name follows
            vs = counts[-1].end()
        vs = _after_place_clause(ctx, vs, hs)
        core = view[vs:hs]
        if _QUANT_START.match(core) or core in _DETERMINED or core.endswith(_UNSPECIFIC):
            continue  # 省委相关会议: some meetings, not a named one
        if (
            core[:1] in ("自", "从")
            and _SINCE.match(view, he)
            and not any(p.code and p.vstart == vs for p in ctx.mentions)  # (自贡)
        ):
            vs += 1  # 自首届X大会开展以来: 自…以来 frames the time, the name starts after 自
        elif _SINCE.match(view, he) and (since := _SINCE_LEAD.search(view, vs, hs)) and hs - since.end() >= 4:
            vs = (
                since.end()
            )  # 这标志着自去年X会议召开以来: the clause and its time word are no part of the name
        det = _DETERMINER_START.match(core)
        if det and len(core) - det.end() >= 1:
            vs += det.end()  # 本届河豚文化节: the festival named before, without its determiner
        q = _QUOTED_DATE.search(view, max(0, vs - 8), vs)
        if q:
            vs = q.start()
        if _KIND_LIST_NEXT.match(view, he):
            continue  # 组织新春茶话会、恳谈会等: kinds of gathering listed, no one occasion
        if (
            view.startswith("分会场", hs)
            and not _placed_branch(ctx, view[vs:hs])
            and not (
                any(p.code and p.vend == hs for p in ctx.mentions)
                and (view.startswith("分会场活动", hs) or _BRANCH_OF_ACT.search(view, vs, hs))
            )
        ):
            continue  # X项目分会场, 设有5个分会场: a site of the one ceremony, no occasion of its own
            # (…集中开工X市分会场活动: a place's session held as an occasion of its own is one; so is
            # …集中开工和签约X县分会场, the session of a named start or signing at a place)
        ctx.add(vs, he, "Event", "event.head", 0.75)
    for m in _PARTY_CONGRESS.finditer(view):
        ctx.add(m.start(), m.end(), "Event", "event.party-congress", 0.8)
    # 第十届X博览会执委会, X交易会组委会: the committee that runs a fair is a body set up by the governments
    # that hold it (SCHEMA GovernmentBody: committee), named by the fair
    for e in [e for e in ctx.mentions if e.type == "Event"]:
        c = _EVENT_COMMITTEE.match(view, e.vend)
        if c and view[e.vstart : e.vend] not in _EVENT_HEAD_SET:  # (博览会执委会: which fair's is unsaid)
            det = _DETERMINER_START.match(view, e.vstart, e.vend)  # 本届X会组委会: X会's committee
            ctx.add(det.end() if det else e.vstart, c.end(), "GovernmentBody", "body.event-committee", 0.7)
    _inner_fairs(ctx)
    _collective_act(ctx)
    _signing_parties(ctx)


def _after_place_clause(ctx: Context, vs: int, hs: int) -> int:
    """北林区充分利用哈洽会: a division, an adverb and a verb open a clause (the place does something with
    the occasion); the occasion's name starts after the verb. vs itself when the name opens otherwise."""
    place = next((p for p in ctx.mentions if p.code and p.vstart == vs and p.vend < hs), None)
    if place is None:
        return vs
    words = tokens(ctx.view[place.vend : hs])
    if len(words) >= 3 and tag(words[0]) in ("d", "ad"):
        return place.vend + len(words[0]) + len(words[1])  # 积极筹办: the adverb, then its verb
    if len(words) >= 2 and len(words[0]) == 4 and tag(words[0][:2]) in ("d", "ad"):
        return place.vend + 4  # 充分利用 (one word for the segmenter): the adverb and its verb
    return vs


# 第十三届海交会闽侯招商会, 第五届消博会江城专场推介会: a place's session held at a numbered fair is named by
# the fair, then the place; the fair is an occasion of its own (SCHEMA Event), the session another
_ORDINAL_FAIR = re.compile(r"第[一二三四五六七八九十百\d]{1,4}届[\u4e00-\u9fff]{1,12}(?:会|节|展)")


def _inner_fairs(ctx: Context) -> None:
    view = ctx.view
    places = [p for p in ctx.mentions if p.code]
    for e in [e for e in ctx.mentions if e.type == "Event"]:
        for p in places:
            if (
                e.vstart < p.vstart
                and p.vend < e.vend - 1
                and _ORDINAL_FAIR.fullmatch(view, e.vstart, p.vstart)
            ):
                ctx.add(e.vstart, p.vstart, "Event", "event.inner-fair", 0.65)


# A与B(战略)合作协议签约仪式: a signing named by its two parties; the name starts with the first
_SIGNING_EVENT = re.compile(r"(?:签约|签字|签署)(?:仪式|活动)$|(?:签约|签字)仪式暨")
_CLAUSE_EDGE = re.compile(r"(?:^|[，,。；;：:\n]|日|上午|下午)$")


def _signing_parties(ctx: Context) -> None:
    view = ctx.view
    for ev in [e for e in ctx.mentions if e.type == "Event" and e.rule == "event.head"]:
        if (
            ev.vstart < 3
            or view[ev.vstart - 1] not in "与和同"
            or not _SIGNING_EVENT.search(view, ev.vstart, ev.vend)
        ):
            continue
        first = [
            m
            for m in ctx.mentions
            if m.vend == ev.vstart - 1
            and (m.code or m.type in ("Company", "GovernmentBody", "Institution", "Zone"))
            and _CLAUSE_EDGE.search(view, max(0, m.vstart - 3), m.vstart)
        ]
        second = [
            m
            for m in ctx.mentions
            if m.vstart == ev.vstart
            and m.vend < ev.vend
            and (m.code or m.type in ("Company", "GovernmentBody", "Institution", "Zone"))
        ]
        if not first or not second:
            continue  # both parties are named: the first, 与, the second opening the old name
        a = max(first, key=lambda m: m.vend - m.vstart)
        b = max(second, key=lambda m: m.vend - m.vstart)
        ctx.mentions.remove(ev)
        ctx.add(
            a.vstart,
            ev.vend,
            "Event",
            "event.signing-parties",
            ev.confidence,
            parts=(part("party", a), part("party", b)),
        )


# X区一批重大项目集中启动 / 26个重大项目集中开工: a collective start, signing or launch of projects
_COLLECTIVE_ACT = re.compile(
    r"(?:(?<!第)一批|[\d一二三四五六七八九十百]+个)[^，。,；;：:]{0,8}?项目集中(?:开工|启动|签约|开竣工|竣工|投产)"
)
_ATTENDED = re.compile(r"出席|见证|参加|主持|宣布")


# a year and a batch between the place and the count (吴忠市2022年第一批85个…): part of the occasion's name
_YEAR_BATCH = re.compile(r"(?:\d{4}年)?(?:度)?(?:第[一二三四五六七八九十\d]+批|首批)?")
# 2月26日, opening the sentence right before the place: a dated occasion
_DATE_OPENS = re.compile(r"(?:^|[。\n])(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午)?[，,]$")


# a headline that ends with a place's projects and their collective act (…明光市项目集中签约)
_HEADLINE_ACT = re.compile(r"项目集中(?:开工|开复工|签约|竣工|投产)$")
_HEADLINE_BREAK = re.compile(r"[，,。；;：:！!？?\s]")


def _headline_act(ctx: Context) -> None:
    """滁州市招商引资“X”行动明光市项目集中签约 (a headline, officials attending in the text): with no count
    or batch before 项目 the collective act is still the occasion when the headline names whose projects
    they are (a division right before 项目) and reports nothing else; the whole headline is its name
    (SCHEMA convention 3: the longest form written). Linear: the first line only."""
    view = ctx.view
    nl = view.find("\n")
    head = view[:nl] if nl > 0 else ""
    a = _HEADLINE_ACT.search(head)
    if a is None or _HEADLINE_BREAK.search(head) or not _ATTENDED.search(view):
        return
    if not any(p.code and p.vend == a.start() and not is_home_ref(p) for p in ctx.mentions):
        return
    ctx.add(0, len(head), "Event", "event.headline-act", 0.55)


def _collective_act(ctx: Context) -> None:
    """The occasion an article reports without an event noun (SCHEMA convention 3): where no event is
    named at all and officials attend (出席, 见证), or a sentence opens with the day and the place whose
    collective act it is (2月26日,X市2022年第一批85个重大项目集中开工), the collective act is the occasion."""
    view = ctx.view
    if any(m.type == "Event" for m in ctx.mentions):
        return
    m = _COLLECTIVE_ACT.search(view)
    if not m:
        _headline_act(ctx)
        return
    # the place or zone written right before it opens the occasion's name (宝山区一批…), a year and a
    # batch between them (X市2022年第一批…)
    before = [
        p
        for p in ctx.mentions
        if (p.code or p.type in ("Zone", "Town"))
        and p.vend <= m.start()
        and _YEAR_BATCH.fullmatch(view, p.vend, m.start())
        and not is_home_ref(p)
    ]
    vs = min((p.vstart for p in before), default=m.start())
    dated = bool(before) and _DATE_OPENS.search(view, max(0, vs - 14), vs) is not None
    if not (dated or _ATTENDED.search(view)):
        return
    ctx.add(vs, m.end(), "Event", "event.collective-act", 0.55)
