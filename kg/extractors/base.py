"""Shared machinery for extractors: the per-document Context, tokenisation and name boundaries."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..gazetteer import Gazetteer
from ..gazetteer import load as load_gazetteer
from ..lexicon import alternation, entries
from ..model import Document, Mention, fast_pickle
from ..patterns import lazy

# Closed-class words and the verbs that introduce a name in news prose: a name never contains
# them at its left edge, so the left boundary of a name is the last one of these before its head.
STOP_WORDS = frozenset(
    """的 地 得 之 在 是 为 和 与 及 以及 并 并且 对 把 被 由 从 向 到 将 让 使 给 了 着 过 也 都 还 又 已 已经
    正 正在 于 等 等等 其中 包括 如 像 有 有着 成为 作为 实施 开展 启动 推进 推动 召开 举行 举办   引进 签约 签下
    落户 设 设有 入驻 入围 获评 晋级 列入 公布 印发 下发 发布 帮助 联系   采用 走 来到 加入 进入 前往 位于 坐落
    注册 成立 投产 开工 完成 提出 制定 打造  参加 参与 申报 争取 获得 取得 荣获 通过 经过 围绕 按照 根据 随着
    这 这个 这些 那 那些 该 其 此 此次 本次 各 各类 各级 每 每个 一个 一批 一项 多家 首批 我们 他们 她们 他 她 它 我
    自 自家 向来 近日 日前 目前 当前 今年 去年 明年 上半年 下半年 年初 年底 近年来 如今 同时 此外 另外 但 但是 而
    而且 因为 所以 如果 虽然 即 就 才 更 最 很 十分 非常 全力 扎实 积极 大力 持续 不断 加快 加强 着力
    新引进 引入 签署 见证 共同 联合 分别 先后 相继 陆续 正式 率先 已于 将于 拟 拟建 计划 预计 总投资 投入
    位居 名列 入选 上榜 列 签订 达成 落地 建成 完工 竣工 批复 核准 获批 获得了 开出 驶出 标志着 伴随着 满载
    为了 为保障 以 以及 通过 用 设立 安排 编制 推行 实行 出台 印发 下发 交由 供应 配套供应 兼任 担任 任 出任 一起 走出 走进 回到 锚定 着眼于 着眼 围绕着 全力以赴 依托 立足 聚焦 抓住 抢抓 把握 融入 推进 抓好 做好 做大 做强 实现 确保 全市 全省 全县 全区
    紧扣 紧盯 紧紧围绕 决战决胜 决战 决胜 助力 宣布
    携 带着
    符合 属于 或 应
    可以 得以 予以 加以 难以 足以 用以 借以 赖以 据以
    继""".split()
    # (the X以 compounds above are function words where jieba keeps them whole)
)
# verbs of visiting and inspecting, which officials' visits to firms and institutions open with (县委书记X视察Y
# 公司, 深入Y学院, 看望Y医院医护人员): the visitor and the verb are no part of the name visited
VISIT_VERBS = frozenset(
    "视察 考察 参观 察看 查看 莅临 深入 检查 督导 督查 巡查 看望 慰问 拜访 会见 接见 约见 会晤 拜会 奔赴 赴 观摩"
    " 踏勘 调度 实地察看 实地查看 现场察看 现场查看 检查指导 调研指导 调研 走访".split()
)
# words that stand right before a name and are never its first word: a time of day (当天下午X公司), an escort's
# or a leader's verb (县长X陪同Y公司董事长, 副市长X率队), a party's role in a deal or an event (投资方X公司,
# 主办单位X学院) and 据 (据X公司负责人介绍)
NAME_OPENERS = frozenset(
    "上午 下午 中午 晚上 早上 凌晨 傍晚 当天 当日 今天 昨天 今日 昨日 次日 陪同 率队 带队 率领 据"
    " 投资方 建设方 承建方 施工方 运营方 合作方 签约方 出资方 甲方 乙方 业主单位 建设单位 施工单位 承建单位"
    " 主办单位 承办单位 协办单位 牵头单位 实施主体"
    # a span of time that opens a clause (短短10年间X园区…, 十年间X公司…): 年间 ends a duration, never a name's word
    " 年间 十年间 短短"
    # what an official does at an occasion (县委书记X出席Y公司…项目开工仪式, X主持, X见证): the verbs that follow a
    # person's name (name_followers.txt) and open the name of what they attend
    " 出席 主持 致辞 讲话 宣布 宣读 见证 观看 收看".split()
)
# Companies are also introduced by these verbs (市商务局组织X公司参展, 带领, 邀请); names of plans are not.
COMPANY_STOPS = (
    STOP_WORDS
    | frozenset(
        "组织 带领 邀请 支持 服务 协调 对接 联合 引导 鼓励 推荐 指导 走访 调研"
        # verbs jieba tags as nouns that relate one firm to another (利用X公司的产品, 隶属于X集团)
        " 利用 隶属 隶属于 属于 收购 并购 携手 牵手 联手 吸引"
        # 企业代表X公司总经理: 代表 (a representative, or to represent) stands before a firm, not in its name;
        # 暨 joins two names (…动员大会暨X公司…项目开工活动): a firm's name starts after it
        " 代表 暨"
        # 组建X集团: forming a group introduces its name (加紧组建大型企业集团)
        " 组建"
        # verbs of hearing and saying open no firm's name (当听到X集团是…, 指出X公司…, 欢迎X集团入驻)
        " 听到 听取 指出 表示 认为 获悉 欢迎".split()
    )
    | VISIT_VERBS
    | NAME_OPENERS
)
# words that make 企业 a descriptor before a firm's name (投资企业, 500强企业, 制药企业), not part of it
_DESCRIBES_FIRM = re.compile(
    r"(?:投资|龙头|重点|骨干|知名|强|国内|招商|链主|外资|民营|国有|合资|制药|签约|入驻|本地|当地|配套|上市|规上|头部)$"
)
# words that may follow 企业 inside a firm's own name (红豆企业集团有限公司); any other word after 企业 starts
# the name and 企业 describes it (浙江科技企业某某集团: a tech firm called 某某集团)
_FIRM_WORDS = frozenset("集团 控股 股份 实业 发展 投资 管理 联合".split())
# single function characters that coined company names hold (草之源, 华自控股, 华润置地, 蔡同德)
_NAME_CHARS = frozenset("之自地同于以得都")
# modal verbs: one of them before such a character makes a clause (希望能以X公司…为契机, 会同, 可于), never the
# first piece of a coined name (草之源, 华自控股)
_MODALS = frozenset("能会可要应需想愿须敢")
# of those, the ones a firm's own name may open with right after its place (桂平市地田, 上海为烨); 正 (an
# adverb alone) opens many coined firm names too (正泰, 正大, 正邦): after a place and before one more
# character it is the name's (江城市正能机电), as 正在 is a word of its own
_AFTER_PLACE_CHARS = frozenset("地为之正")
# Project names may join two products with 及/暨 (高纯镁砂及镁质耐火材料项目).
PROJECT_STOPS = (STOP_WORDS - {"及", "暨", "以及"}) | VISIT_VERBS | NAME_OPENERS
# stop sets of ordinary names, where closed-class words (还是, 但是, 因此) end a name too; event
# titles use their own, verb-friendly set
# (县委书记X视察Y经济开发区: the visitor and the verb are no part of a zone's name either)
ZONE_STOPS = STOP_WORDS | VISIT_VERBS | NAME_OPENERS
INSTITUTION_STOPS = STOP_WORDS | VISIT_VERBS | NAME_OPENERS | frozenset({"来自", "联合", "依托"})
_NAME_STOPS = (STOP_WORDS, COMPANY_STOPS, PROJECT_STOPS, ZONE_STOPS, INSTITUTION_STOPS)
# verbs of a frame 在X的…下 (在X的陪同下, 在X的支持下): the frame ends before the name after it
_FRAME_VERBS = frozenset(
    "陪同 支持 帮助 关心 关怀 带领 领导 指导 推动 努力 协调 见证 主持 组织 引领 号召".split()
)
_CLOSED_TAGS = frozenset(
    {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "y", "e", "o", "w", "x"}
)
_PHASE_BEFORE_DASH = re.compile(r"[\u4e00-\u9fff]{2}(?:[一二三四五六七八九十]|首)期$")
_PHASE_WORD = re.compile(r"[一二三四五六七八九十首]期|首届|第[一二三四五六七八九十\d]+[届批期]")
_PHASE_ENDS = frozenset("期届批")  # what every _PHASE_WORD ends with: a quick test first
_JOINERS = {"和", "与", "及", "暨"}
# verbs that introduce an object; a longer token ending in one of them (深入开展) stops a name too
_INTRO_VERBS = {
    "开展",
    "实施",
    "推进",
    "启动",
    "推动",
    "建设",
    "打造",
    "引进",
    "签约",
    "召开",
    "举办",
    "举行",
}
PUNCT = set("，,。；;：:！!？?、…—")
OPEN_Q, CLOSE_Q = "“‘「『《", "”’」』》"
_RUN_BREAK = frozenset(PUNCT) | frozenset(OPEN_Q + CLOSE_Q + ")）(（")

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=1)
def _cutter():
    """The segmenter: rjieba (jieba's Rust port: same dictionary, same DAG and HMM, identical
    tokens, ~20x faster) when installed, else jieba itself. tests/test_ingest checks they agree."""
    try:
        import rjieba
    except ImportError:  # pragma: no cover - rjieba is a declared dependency
        jb = _jieba()
        return lambda text, hmm: jb.lcut(text, HMM=hmm)
    return rjieba.cut


def cut(text: str, hmm: bool = False) -> list[str]:
    """jieba segmentation of text (HMM off: unknown names fall apart into characters)."""
    return _cutter()(text, hmm)


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Dictionary words of a short window (no HMM: unknown names fall apart into characters).
    Memoised and immutable: the same windows are segmented again and again by different rules."""
    return tuple(_cutter()(text, False))


def word_starts_at(view: str, pos: int) -> bool:
    """Does jieba's segmentation of the few characters around start a word at pos? (代表|市委 yes,
    超市|委托 and 社区|委员会 no)"""
    lo = max(0, pos - 4)
    k = lo
    for w in tokens(view[lo : pos + 3]):
        if k >= pos:
            return k == pos
        k += len(w)
    return k == pos


@lru_cache(maxsize=65536)
def _entry(word: str) -> tuple[int, str]:
    from ..runtime.wordtab import table

    return table().entry(word)


# (tag and word_freq are memoised themselves: ~250 calls an article, each a cache hit, and one call
# where there were two)
@lru_cache(maxsize=65536)
def tag(word: str) -> str:
    """jieba's part-of-speech tag of word ("" if its dictionary does not list it)."""
    # looked up in a sorted file (kg/runtime/wordtab.py): loading jieba's tables cost ~1.2 s a process
    return _entry(word)[1]


@lru_cache(maxsize=65536)
def word_freq(word: str) -> int:
    """jieba's frequency of word (0 if its dictionary does not list it)."""
    return _entry(word)[0]


def find_all(text: str, sub: str) -> Iterator[int]:
    """Start offsets of the non-overlapping occurrences of sub in text (re.finditer(re.escape(sub))
    without compiling a pattern per name)."""
    i = text.find(sub)
    while i >= 0:
        yield i
        i = text.find(sub, i + max(len(sub), 1))


def is_home_ref(m: Mention) -> bool:
    """A mention that stands for the article's own place (全市, the bare 市 of 市委), not a place named."""
    return m.rule in ("place.home-reference", "place.home-prefix")


Part = tuple[str, int, int, str]


def part(role: str, m: Mention) -> Part:
    """A part of a name (Mention.parts): its role and the span and class of the mention that is it."""
    return (role, m.vstart, m.vend, m.type)


@fast_pickle
@dataclass(frozen=True, slots=True)
class Candidate:
    """A relation found in one document, between two mentions, before entity resolution."""

    predicate: str
    subject: Mention
    object: Mention
    rule: str
    confidence: float
    vstart: int = -1  # evidence span in the view; -1 means the subject's sentence
    vend: int = -1
    amount: float | None = None
    currency: str = ""
    approximate: bool = False
    date: str = ""
    title: str = ""


@dataclass
class Context:
    """Everything the steps share for one document, spaCy-Doc style: each extractor adds mentions (with the
    parts of their names), then the relation rules add candidates (relate)."""

    doc: Document
    gaz: Gazetteer = field(default_factory=load_gazetteer)
    publisher: str = ""  # the paper that 本报 is: given by the caller or named in the text, never assumed
    home_city: str = ""  # division code of the city the article is about
    home_province: str = ""
    home_county: str = ""  # the county-level unit the article is about, when it calls one home
    home_county_first: bool = False  # that unit is named at least as often as its city (市委 is its own)
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    cache: dict = field(default_factory=dict, repr=False, compare=False)  # per-step memo, keyed by name
    # what later steps find from this article alone, with its extraction (kg/runtime/executor.py)
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def view(self) -> str:
        return self.doc.view

    def __getstate__(self) -> dict:
        # The gazetteer is a large process-wide singleton: never pickle it with an article.
        # Nor the per-step memo: it is rebuilt on demand and was half of every pickled result.
        state = self.__dict__.copy()
        state.pop("gaz", None)
        state.pop("cache", None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.gaz = load_gazetteer()
        self.cache = {}

    def mention(
        self,
        vs: int,
        ve: int,
        type_: str,
        rule: str,
        confidence: float,
        label: str = "",
        code: str = "",
        parent_code: str = "",
        parts: tuple[Part, ...] = (),
    ) -> Mention:
        doc = self.doc
        start, end = doc.offsets.span(vs, ve)
        seg = doc.view[vs:ve]
        text = doc.text[start:end]
        if "\n" not in seg:
            surface = seg
            original = (
                text
                if end - start == ve - vs  # a contiguous span: the fast path
                else "".join(doc.text[doc.offsets[i]] for i in range(vs, ve))
            )
        else:
            surface = _SPACE.sub("", seg)
            original = "".join(doc.text[doc.offsets[i]] for i in range(vs, ve) if not doc.view[i].isspace())
        m = Mention(  # (positionally, in the fields' order: half the cost of naming each)
            doc.id,  # doc_id
            start,
            end,
            text,
            surface,
            type_,
            rule,
            confidence,
            vs,  # vstart
            ve,  # vend
            label,
            code,
            parent_code,
            doc.sentence_at(vs).text,  # sentence
            original if original != surface else "",  # original
            parts,
        )
        self.mentions.append(m)
        return m

    def add(self, vs: int, ve: int, type_: str, rule: str, confidence: float, **kw) -> Mention | None:
        """Add a mention unless the same span already has this type."""
        seen = self.cache.setdefault("spans", set())
        if len(seen) != len(self.mentions):  # mentions were removed or added directly: rebuild
            seen.clear()
            seen.update((m.vstart, m.vend, m.type) for m in self.mentions)
        if (vs, ve, type_) in seen:
            return None
        m = self.mention(vs, ve, type_, rule, confidence, **kw)
        seen.add((vs, ve, type_))
        return m

    def with_parts(self, m: Mention, *parts: Part) -> Mention:
        """m with more parts recorded (see part()), put in m's place among the mentions."""
        new = replace(m, parts=m.parts + parts)
        ms = self.mentions
        # from the end: the mention given parts is most often the one just added
        ms[next(i for i in range(len(ms) - 1, -1, -1) if ms[i] is m)] = new
        return new

    def sentence_bounds(self, vpos: int) -> tuple[int, int]:
        s = self.doc.sentence_at(vpos)
        return s.vstart, s.vend

    def covering(self, vs: int, ve: int, types: frozenset[str] | set[str] | None = None) -> list[Mention]:
        return [
            m for m in self.mentions if m.vstart <= vs and ve <= m.vend and (types is None or m.type in types)
        ]

    def relate(
        self,
        predicate: str,
        subj: Mention | None,
        obj: Mention | None,
        rule: str,
        confidence: float,
        span: tuple[int, int] | None = None,
        **details,
    ) -> None:
        """Add a relation candidate between two mentions (none if either is missing or they are one)."""
        if subj is None or obj is None or subj is obj:
            return
        vs, ve = span if span else (-1, -1)
        self.candidates.append(Candidate(predicate, subj, obj, rule, confidence, vs, ve, **details))


ROAD_WORD = re.compile(r"路|街|大街|大道|大路|街道|巷|中路|东路|西路|南路|北路")


# 做大, 做强, 做大做强 (the tagger splits them: 做 + 大): "make X bigger, stronger", a verb of growing, never
# a name's opening (要做大新能源项目); a modal before it (要, 将) is the clause's too
_MAKE_BIGGER = re.compile(r"(?:要|将|需|全力|着力|努力)?(?:做[大强优精实])+")


_FIELD_VERBS = frozenset(entries("field_verbs"))


def strip_leading_verbs(ctx: Context, vs: int, ve: int) -> int:
    """Drop verbs glued to the left of a name (走出铁岭技师学院 -> 铁岭技师学院)."""
    grow = _MAKE_BIGGER.match(ctx.view, vs, ve)
    if grow and ve - grow.end() >= 2:
        vs = grow.end()
    while vs < ve:
        words = tokens(ctx.view[vs:ve])
        if not words:
            break
        w = words[0]
        if (
            tag(w).startswith("v")
            and len(w) >= 2
            and len(w) < ve - vs
            # 节能环保科技产业园项目: a field word tagged as a verb is the name's first word
            and w not in _FIELD_VERBS
            and not _is_place_word(ctx, vs, vs + len(w))
            # 建设大街西延工程, 解放路改造: a street named by a verb (建设路, 解放路, 胜利大街) keeps it
            and not (len(words) > 1 and ROAD_WORD.fullmatch(words[1]))
        ):
            vs += len(w)
        else:
            break
    return vs


# 在谷城建设X项目, 在宜城市新建Y产业园, 在X新区建设Z项目: after 在, a place or zone and then a verb of building
# open a clause (where something is built); the name of what is built starts after the verb (SCHEMA rule 5: the
# place stands on its own)
_BUILT_AFTER_PLACE = re.compile("(?:" + alternation("build_verbs") + ")")


def after_place_and_build_verb(ctx: Context, vs: int, hs: int) -> int:
    """Where a name that starts 在 + place + verb of building really starts (vs itself when it does not).

    Also a chain of divisions opening a clause (a headline's 辽宁省阜新市建设X项目: the places are the
    clause's subject, the verb its act) and 在 + a short place word the division list does not know
    (在阜建设X项目, 在此建设Y项目: a locative of one to three characters is no name's start).
    """
    view = ctx.view
    after_zai = vs > 0 and view[vs - 1] == "在"
    opens = vs == 0 or view[vs - 1] in PUNCT or view[vs - 1] in "\n　 "
    if not (after_zai or opens):
        return vs
    end = vs
    while True:  # the chain of places written at vs (省 + 市 + 县 …)
        nxt = max(
            (
                p.vend
                for p in ctx.mentions
                if p.vstart == end
                and p.vend < hs
                and (p.code or after_zai and p.type in ("Town", "Village", "Zone"))
            ),
            default=None,
        )
        if nxt is None:
            break
        end = nxt
    if end > vs:
        built = _BUILT_AFTER_PLACE.match(view, end, hs)
        if built and hs - built.end() >= 2:
            return built.end()
    if after_zai:
        for k in range(vs + 1, min(vs + 4, hs)):
            if view[k - 1] in PUNCT:
                break
            built = _BUILT_AFTER_PLACE.match(view, k, hs)
            if built and hs - built.end() >= 2:
                return built.end()
    return vs


def _is_place_word(ctx: Context, vs: int, ve: int) -> bool:
    # (a town or village found by its pattern has no division code: 振兴镇 keeps its 振兴, no verb)
    return any(
        m.vstart <= vs and ve <= m.vend and (m.code or m.type in ("Town", "Village")) for m in ctx.mentions
    )


# a space or a byline (记者, 通讯员): a name does not reach over it
_BYLINE_BREAK = lazy(r"\s|记者|通讯员")


def extend_left(
    ctx: Context,
    head: int,
    limit: int = 26,
    floor: int | None = None,
    quotes: bool = True,
    stops: frozenset[str] = STOP_WORDS,
) -> int:
    """Find where a name ending in a head noun (starting at view position head) begins.

    Walks left over the words of the sentence, through quoted parts and short bracketed
    parts, and stops at punctuation, a closed-class word or a verb that introduces a name.
    """
    view = ctx.view
    s_start, _ = ctx.sentence_bounds(max(head - 1, 0))
    lo = max(s_start, head - limit, floor if floor is not None else 0)
    pos = head
    saw_quote = False
    while pos > lo:
        ch = view[pos - 1]
        if ch in CLOSE_Q and quotes:  # a quoted part belongs to the name: “三个提升”工程
            op = OPEN_Q[CLOSE_Q.index(ch)]
            q = view.rfind(op, lo, pos - 1)
            if q < 0 or pos - q > 24:
                break
            pos = q
            saw_quote = True
            continue
        if ch in ")）":  # 莱尼线束系统(铁岭)有限公司
            q = max(view.rfind("(", lo, pos - 1), view.rfind("（", lo, pos - 1))
            if q < 0 or pos - q > 8:
                break
            if _BYLINE_BREAK.search(view[q:pos]):
                break  # 讯(记者 某某): a byline's credit in brackets belongs to no name
            pos = q
            continue
        if ch in "/／" and pos - 1 > lo and view[pos : pos + 1].isdigit() and view[pos - 2] in "瓦时吨":
            pos -= 1  # 200兆瓦/400兆瓦时储能电站项目: a slash between two capacities is part of the name
            continue
        if ch == "—" and view[pos - 2 : pos] == "——" and _PHASE_BEFORE_DASH.search(view, lo, pos - 2):
            pos -= 2  # X平台一期——Y中心项目: the dash joins a phase to what it builds, one name
            continue
        if ch in "—－-–" and view.endswith("中国", lo, pos - 1):
            pos -= (
                1  # 中国—东盟博览会, 中国-中亚峰会: China and its partner, joined by a dash, name one thing
            )
            continue
        if ch in PUNCT or ch in OPEN_Q or ch in CLOSE_Q or ch in "(（)）" or ch.isspace():
            if saw_quote and ch == "、":
                # 综合实力、转型动力、保障能力“三个提升”工程: the quote starts the name
                return _quote_start(view, pos, head)
            break
        # take the run of non-punctuation text up to pos and segment it
        run_start = _run_start(ctx, lo, pos)
        if run_start == pos:
            break
        words = tokens(view[run_start:pos])
        stopped = False
        prev_w = ""
        rev = list(reversed(words))
        for k, w in enumerate(rev):
            left_w = rev[k + 1] if k + 1 < len(rev) else ""
            if w[-1] in _PHASE_ENDS and _PHASE_WORD.fullmatch(w):
                pass  # 一期 / 首届 / 第三批 belong to names
            elif w in _JOINERS and (len(prev_w) == 1 or w == "和" and len(left_w) == 1 or w not in stops):
                pass  # 和美乡村: a joiner glued to a single character is part of an unknown word
            elif (
                stops is COMPANY_STOPS
                and w in _NAME_CHARS
                and len(left_w) == 1
                and left_w not in stops
                and left_w not in _MODALS
                and pos < head
                and tag(left_w) not in _CLOSED_TAGS
            ):
                pass  # 草之源, 华自控股, 华润置地: a function character between the pieces of a coined name
            elif (
                stops is PROJECT_STOPS
                and w == "之"
                and len(prev_w) == 1
                and len(left_w) == 1
                and left_w not in stops
                and tag(left_w) not in _CLOSED_TAGS
            ):
                pass  # 科创之门项目, 丝路之窗项目: 之 joins the two halves of a coined project name
            elif (
                stops is PROJECT_STOPS
                and w == "地"
                and len(left_w) == 1
                and left_w not in stops
                and tag(left_w) not in _CLOSED_TAGS
            ):
                pass  # 新发地, 广地龙: 地 after a single character is inside an unknown word (the adverbial 地
                # follows a word of its own: 积极地, 扎实地)
            elif (
                stops is COMPANY_STOPS
                and w in _AFTER_PLACE_CHARS
                and len(prev_w) == 1
                and prev_w not in stops
                and _ends_with_place(ctx, left_w)
            ):
                pass  # 桂平市地田新材料, 上海为烨投资: after a place, a function character opens the firm's own name
            elif (
                stops is COMPANY_STOPS
                and prev_w
                and (
                    w.endswith("企业")
                    and len(w) > 2
                    or w == "企业"
                    and (_DESCRIBES_FIRM.search(left_w) or len(prev_w) >= 2 and prev_w not in _FIRM_WORDS)
                )
            ):
                stopped = True  # 项目投资企业X公司, 龙头企业X有限公司: a descriptor, not the name
                break
            elif w == "下" and left_w in _FRAME_VERBS and stops in _NAME_STOPS:
                stopped = True  # 在X的陪同下Y公司, 在X的支持下: the frame 在…下 ends before the name
                break
            elif (
                stops is COMPANY_STOPS
                and len(w) == 2
                and w[0] == "对"
                and w != "对外"
                and len(prev_w) == 1
                and prev_w not in stops
            ):
                # 对华盛集团: jieba's 对华 ("towards China") holds the preposition and the name's first
                # character; the name starts after 对
                pos -= 1
                stopped = True
                break
            elif (
                w in stops
                or (
                    len(w) == 2
                    and tag(w) in _CLOSED_TAGS
                    and stops in _NAME_STOPS
                    and not _is_place_name(ctx, w)
                )
                or (len(w) > 2 and w[-2:] in _INTRO_VERBS and stops in _NAME_STOPS)
                # 积极争取, 全力打造: two stop words the segmenter joins into one idiom are still a clause's
                or (len(w) == 4 and w[:2] in stops and w[2:] in stops and stops in _NAME_STOPS)
            ):
                stopped = True
                break
            pos -= len(w)
            prev_w = w
        if stopped or pos > run_start:
            break
    # a person named just before is not part of the name (鲁玉娥和工友一起走出铁岭技师学院)
    ends = _person_ends(ctx)
    k = bisect_right(ends, head) - 1
    if k >= 0 and ends[k] > pos:
        pos = ends[k]
    return pos


# a run of a name's text: no punctuation, quote, bracket or space (\s is str.isspace, as in re)
_RUN = re.compile("[^" + re.escape("".join(sorted(_RUN_BREAK))) + r"\s]*")


def _run_start(ctx: Context, lo: int, pos: int) -> int:
    """Where the run of text ending at pos starts (not before lo): one match over the reversed view
    instead of a step a character."""
    rv = ctx.cache.get("reversed-view")
    if rv is None:
        rv = ctx.cache["reversed-view"] = ctx.view[::-1]
    n = len(rv)
    m = _RUN.match(rv, n - pos, n - lo)
    return pos - (m.end() - (n - pos)) if m else pos


def _person_ends(ctx: Context) -> list[int]:
    """Sorted end offsets of the person mentions so far (memoised until mentions change)."""
    ms = ctx.mentions
    n, last, ends = ctx.cache.get("person-ends") or (0, None, None)
    if ends is not None and n == len(ms) and (not n or ms[-1] is last):
        return ends
    if ends is not None and 0 < n < len(ms) and ms[n - 1] is last:
        # mentions were appended since: add theirs (extractors call this after each name they add)
        ends = ends + sorted(m.vend for m in ms[n:] if m.type in ("Person", "Official"))
        ends.sort()
    else:
        ends = sorted(m.vend for m in ms if m.type in ("Person", "Official"))
    ctx.cache["person-ends"] = (len(ms), ms[-1] if ms else None, ends)
    return ends


def _is_place_name(ctx: Context, w: str) -> bool:
    """A division name or short form (jieba tags 大连 as an adverb: it must not end a name)."""
    return w in ctx.gaz.full or w in ctx.gaz.short


def _ends_with_place(ctx: Context, w: str) -> bool:
    """Does a word end with a division name (湖南长沙市, one token for the segmenter)?"""
    return any(_is_place_name(ctx, w[k:]) for k in range(max(0, len(w) - 9), len(w) - 1))


def _quote_start(view: str, pos: int, head: int) -> int:
    for i in range(pos, head):
        if view[i] in OPEN_Q:
            return i
    return pos


_QUOTES_SPACES = re.compile(r"[\s“”‘’\"'《》「」『』]")


def bare(name: str) -> str:
    """A name without quotation marks and spaces (how names are compared)."""
    return _QUOTES_SPACES.sub("", name)
