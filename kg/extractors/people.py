"""People: bylines and photo credits, names next to titles, lists of officials, and a title resolved to a
later name."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

import ahocorasick_rs

from ..lexicon import (
    ADDRESS_TERMS,
    LEADER_CUES,
    NAME_FOLLOWERS,
    PUBLIC_TITLES,
    SURNAMES_1,
    SURNAMES_2,
    SURNAMES_RARE,
    TIBETAN_NAME_ELEMENTS,
    TITLES,
)
from ..model import ORG_CLASSES
from ..patterns import lazy
from ..registry import extractor
from ..scan import Scan
from .base import Context, Part, cut, find_all, tag, tokens, word_freq, word_starts_at

_TITLE_RX = "|".join(map(re.escape, TITLES))
_TITLES_LONGEST = TITLES
_TITLE_SET = frozenset(TITLES)
_TITLE_AT = re.compile(_TITLE_RX)
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]+")
# a name in a list of officials may be longer and hold a middle dot (乌力吉巴图, 艾尔肯·吐尼亚孜)
_LONG_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[·•][\u4e00-\u9fff]{2,6})?")
_NAME_CH = r"[\u4e00-\u9fff\u3400-\u4dbf]"
# the marks that close a name in a list of officials (某某、某某, / 某某;)
_LIST_END = frozenset("、，,；;。")
# a paper (or its newsroom) written right before a credit word: its own reporter
_PAPER_BEFORE = re.compile(r"(?:日报|晚报|晨报|报社|电视台|客户端)(?:融媒体中心|融媒体|全媒体)?[ \u3000]?$")
_PROPER = frozenset({"nr", "nrt", "nrfg", "ns", "nz"})
_CREDIT = re.compile(
    # (记者:某某 / 记者：某某: a credit line whose role word is followed by a colon)
    # (记者/某某 通讯员/某某: or by a slash, as county news sites write their credits)
    # (中国日报X记者站 某某: a paper's bureau credits its reporter)
    rf"(本报)?(特约)?(记者|通讯员|摄影)(?:站)?(?:\s*[:：/／])?\s*({_NAME_CH}{{2,3}})(?=\s|摄|报道|采写|$|[，,。)）:：、])"
)
# the opening of a bracketed credit line before its role word: (摄影丨记者 某某) / （图/记者 某某） / (视频 记者 某某)
_BRACKET_CREDIT = re.compile(
    r"[ \u3000]*[(（][ \u3000]*(?:摄影|图|文|图文|视频)?[ \u3000]*[丨|｜/／:：]?[ \u3000]*"
)
# 来源: right before an outlet's name (来源:江城日报, 来源： 江城网)
_SOURCE_BEFORE = re.compile(r"来源[:：][ \u3000]*$")
# the further names of one credit, each after a space or 、 (记者 某某 某某), up to the credit's end
# (another role word starts another credit: 记者 某某 通讯员 某某)
_MORE_CREDIT = re.compile(
    rf"[ \u3000、]+(?!记者|通讯员|实习|见习|摄影|摄像|编辑|视频|图|文)({_NAME_CH}{{2,3}})(?=[ \u3000、]|$|[，,。;；)）])"
)
# 文/记者 某某  图/某某  摄影/某某  责任编辑：某某 / 某某,男,汉族: credits of other papers and a biography
_SLASH_CREDIT = re.compile(
    # (作者：某某: the author line that closes a reposted article)
    rf"(?:(?:文|图|文图|图文|摄影|摄|视频)\s*[/／|｜]|(?:责任)?编辑\s*[:：]|作者\s*[:：])\s*(?:本报)?(?:特约)?(?:记者|通讯员)?\s*"
    rf"({_NAME_CH}{{2,3}})(?=\s|$|[，,。;；)）/／])"
)
_BIO = re.compile(rf"(?:^|(?<=[。\s]))({_NAME_CH}{{2,3}})[，,](?:男|女)[，,]")
# what a match of each must hold one of: a quick test before the scan
_SLASH_CUES = re.compile(r"[/／|｜]|编辑|作者")
_BIO_CUES = re.compile(r"男|女")
_PHOTO = re.compile(rf"(?:^|\s)({_NAME_CH}{{2,3}})\s*摄\s*$")


def _pen_names(authors: list[str], named: int) -> bool:
    """(江明 小雨 秦朗 晓丽): three or more authors, most of them names, the others two or three characters
    each: a byline that signs some authors by a given or pen name (小雨, 姗姗), as papers do."""
    return (
        len(authors) >= 3
        and 2 * named >= len(authors)
        and all(2 <= len(a) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in a) for a in authors)
        and not any(_CREDIT_WORD.search(a) for a in authors)
    )


# a word of a credit line, no author (记者, 通讯员, 编辑, 摄影 …): a bracket holding one is a credit, which the
# credit rules read
_CREDIT_WORD = re.compile(r"记者|通讯员|编辑|摄|实习|见习|视频|图|文|报|站")


# (某某) right after the dateline 讯, or opening a paragraph: the author's name in brackets
# (several authors: 讯 (某某 某某) / (某某、某某)), or after a news agency's dateline (中新网 X4月8日电 (某某 某某))
_BRACKET_BYLINE = re.compile(
    # (the names may be set apart by more than one space: (某某  某某))
    rf"(?:^|讯|\d日电)\s*[（(]((?:{_NAME_CH}{{2,3}}(?:[ \u3000]{{1,3}}|、)){{0,4}}{_NAME_CH}{{2,3}})[）)]"
)
# the name is a lookahead: a failed candidate (委员|会主任) must not swallow the next title (主任于某)
# (a title may be quoted: 现任“掌门人”某某; the name starts after the closing quote)
_AFTER_TITLE = re.compile(rf"({_TITLE_RX})[”’]?(?=({_NAME_CH}{{2,3}}))")
# every _AFTER_TITLE match opens with a title: one pass over the view finds where titles are, and the
# three sentences in four that hold none are not scanned (a title holds no sentence break or space)
_TITLE_FINDER = ahocorasick_rs.AhoCorasick(list(TITLES))
# single characters that end a name when they follow two characters (史强说 / 李波在 / 林某到)
_AFTER_NAME = set("说在和与是的也就等为对从向将把被让给了都还又表介称到")
_FOLLOWER_RX = re.compile("|".join(sorted(map(re.escape, NAME_FOLLOWERS), key=len, reverse=True)))
_SPEECH_VERBS = "说|表示|介绍|告诉记者|家住|和工友|等人|坦言|笑着说|指出|强调|主持|致辞|宣布"
_SPEECH = re.compile(rf"({_NAME_CH}{{2,3}})(?={_SPEECH_VERBS})")
_SPEECH_CUE = re.compile(_SPEECH_VERBS)  # what a match holds: a quick test before the scan
# 胡某书记 / 马某省长: a name before the post, the usual form for a known leader
_NAME_TITLE = re.compile(
    rf"(?<={_NAME_CH})(总书记|书记|省长|市长|县长|区长|主席|同志)(?![\u4e00-\u9fff]{{0,1}}(?:处|会|长))"
)
_LEADERS = re.compile("|".join(map(re.escape, LEADER_CUES)))
_LEADER_FINDER = ahocorasick_rs.AhoCorasick(list(LEADER_CUES))  # one pass an article: where cues start
# A、B、C等省领导 / 等8人 / 等同志: the list before closes with its kind
_LIST_CLOSE = re.compile(
    rf"等(?:[0-9一二三四五六七八九十]+(?:人|位|名)|人|同志|(?:{'|'.join(map(re.escape, LEADER_CUES))}))"
)
_SEP = set("、，,。；;：:！!？?") | {" ", "\u3000", "\n"}


_PLACE_CHAR = re.compile("[市县区省镇乡村]")  # a name holding one is a place's


def _han(s: str) -> bool:
    return bool(s) and _HAN.fullmatch(s) is not None


def is_name(s: str, strict: bool = True, rare: bool = False) -> bool:
    """Could s be a person's name? A surname (rare ones only where rare=True: after a title or in a
    list of officials) and 1-2 more characters; strict: not an ordinary dictionary word."""
    if len(s) < 2 or len(s) > 4 or not _han(s) or _PLACE_CHAR.search(s):
        return False
    if s[1:] in ADDRESS_TERMS or s[2:] in ADDRESS_TERMS:
        return False  # 王师傅, 李老师, 欧阳先生: a surname and a term of address
    if strict and word_freq(s) > 0 and not tag(s).startswith("nr"):
        return False  # 位于, 关于, 高效: dictionary words that are not names
    if s[:2] in SURNAMES_2:
        return len(s) >= 3
    if len(s) == 4:
        return False
    return s[0] in SURNAMES_1 or (rare and s[0] in SURNAMES_RARE)


@lru_cache(maxsize=4096)
def _hmm_words(text: str) -> list[str]:
    return cut(text, hmm=True)


def _ends_here(view: str, k: int) -> tuple[bool, bool]:
    """Does a name end before view[k]? (ends, weakly): punctuation, a title or a verb like 主持 ends it;
    one of the single characters 在/说/到… ends it weakly (it may also be a name's last character)."""
    if k >= len(view) or not _han(view[k]):
        return True, False
    if _TITLE_AT.match(view, k):
        return True, False
    m = _FOLLOWER_RX.match(view, k)
    if m and len(m.group()) > 1:
        return True, False
    if (view[k] in _AFTER_NAME or m) and len(tokens(view[k : k + 4])[0]) == 1:
        return True, True  # 李某在 / 许某了: but not 了解, 在于, 和平 (a word that starts with it)
    return False, False


def _name_len(ctx: Context, vs: int, rare: bool = False) -> int:
    """Length (2-4) of a person name starting at view position vs, or 0.

    What follows decides first (punctuation, a title, a verb such as 主持 or 表示); where nothing
    does, jieba's segmentation of the few characters around does."""
    view = ctx.view
    comp = view[vs : vs + 2] in SURNAMES_2
    lens = (3, 4) if comp else (2, 3)
    if (
        not comp
        and view[vs + 3 : vs + 4] in ("着", "了", "过")
        and len(tokens(view[vs + 3 : vs + 6])[0]) == 1
        and is_name(view[vs : vs + 2], rare=rare)
    ):
        return 2  # 姚某顶着大风: the third character is a verb with its aspect particle
    plausible = _plausible_start(view, vs)
    weak = 0
    for n in lens:
        cand = view[vs : vs + n]
        if _place_or_org(ctx, vs, vs + n):
            continue
        if not is_name(cand, rare=rare) or not plausible:
            # after a title, a rare dictionary word that jieba takes for a proper noun, ended by
            # punctuation or a verb, is a name (副县长蓝海陪同); a common noun is not (市长信箱,)
            if not (
                rare
                and is_name(cand, strict=False, rare=True)
                and 0 < word_freq(cand) < 3000
                and tag(cand) in ("nz", "ns", "nt", "nr", "nrt", "nrfg")
                and _ends_here(view, vs + n) == (True, False)
            ) and not (
                # 主席段发达, : after a title, a surname and a given name that is also a common word
                # (发达, 建设), closed by punctuation, is a name; the title says one follows
                rare
                and n == 3
                and not comp
                and is_name(cand, strict=False)
                and len(tokens(cand[1:])) == 1
                and word_freq(cand[1:]) > 0
                and view[vs + n : vs + n + 1] in ("、", "，", ",", "。", "；", ";")
            ):
                continue
        ends, weakly = _ends_here(view, vs + n)
        if ends and not weakly:
            # 刘强说, : the weak end after two characters wins unless jieba knows the longer name
            return weak if weak and not tag(view[vs : vs + n]).startswith("nr") else n
        if ends and not weak:
            weak = n
    if weak:
        return weak
    return _name_at(ctx, vs) if plausible else 0


def _plausible_start(view: str, vs: int) -> bool:
    """Not the start of an ordinary word (信箱里, 都有备), nor a character and a common verb (时坚持)."""
    if view[vs : vs + 2] in SURNAMES_2:
        return True
    lead = tokens(view[vs : vs + 4])
    if lead and len(lead[0]) >= 2 and not tag(lead[0]).startswith("nr") and word_freq(lead[0]) >= 20:
        return False
    inner = tokens(view[vs + 1 : vs + 4])
    if (
        lead
        and len(lead[0]) == 1
        and tag(lead[0]) in ("c", "p")
        and inner
        and len(inner[0]) >= 2
        and (tag(inner[0])[:1] == "n" or tag(inner[0]) == "vn")
        and not tag(inner[0]).startswith("nr")
        and word_freq(inner[0]) >= 100
    ):
        return False  # 企业代表和园区…, 负责人和施工企业代表: a conjunction before a common noun (or a verbal
        # noun, 施工), not a surname (和) and a name
    return not (
        inner
        and len(inner[0]) >= 2
        and tag(inner[0]) in ("v", "d", "ad", "p", "c")
        and word_freq(inner[0]) > 1000
    )


def _name_at(ctx: Context, vs: int) -> int:
    """Length (2 or 3) of a person name starting at view position vs, by jieba's segmentation, or 0."""
    view = ctx.view
    cand = view[vs : vs + 4]
    if len(cand) >= 3 and cand[2] in _AFTER_NAME and is_name(cand[:2]):
        return 2  # 史强说 / 李波在
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


_NOT_BLOCKING = frozenset({"Person", "Official", "Event", "Programme", "Project", "Designation"})


def _place_or_org(ctx: Context, vs: int, ve: int) -> bool:
    """Does a non-person mention cover any of view[vs:ve]? (a coverage map, rebuilt when mentions change)"""
    ms = ctx.mentions
    n, last, cov = ctx.cache.get("covered") or (0, None, None)
    # mentions are mostly appended: extend the map with the new ones, rebuild if any were removed
    if cov is None or n > len(ms) or (n and ms[n - 1] is not last):
        n, cov = 0, bytearray(len(ctx.view) + 1)
    if n < len(ms):
        for m in ms[n:]:
            # names of events, campaigns and projects may hold a person's name (副市长某某主持…仪式
            # taken as one event): only places and organisations rule a name out
            if m.type not in _NOT_BLOCKING:
                cov[m.vstart : m.vend] = b"\x01" * (m.vend - m.vstart)
        ctx.cache["covered"] = (len(ms), ms[-1], cov)
    return any(cov[vs:ve])


def _drop_short_places(ctx: Context, vs: int) -> None:
    """主任于洪涛: right after a title, a place's short form (于洪) that starts a name is the name's start."""
    shorts = ctx.cache.get("short-places")
    if shorts is None:  # by start, once per article: titles are many, short place names few
        shorts = ctx.cache["short-places"] = {m.vstart: m for m in ctx.mentions if m.rule == "place.short"}
    m = shorts.get(vs)
    if m is not None and m.vend - vs <= 2 and m in ctx.mentions and is_name(ctx.view[vs : vs + 3]):
        ctx.mentions.remove(m)
        del shorts[vs]


def _person(
    ctx: Context, vs: int, ve: int, rule: str, conf: float, official: bool, parts: tuple[Part, ...] = ()
):
    """The person named at vs:ve (a new mention or the one already there), with parts recorded on it."""
    if _place_or_org(ctx, vs, ve):
        return None
    m = ctx.add(vs, ve, "Official" if official else "Person", rule, conf, parts=parts)
    if m is None:
        m = next(
            x for x in ctx.mentions if x.vstart == vs and x.vend == ve and x.type in ("Person", "Official")
        )
        if parts:
            m = ctx.with_parts(m, *parts)
    return m


def _after_title(s: str, base: int, titled: list[int], k: int, vend: int) -> Iterator[re.Match]:
    """_AFTER_TITLE.finditer(s) for the sentence s at view offset base, tried only where a title starts
    (titled: the sorted view offsets where any title starts, k the first at or after base): a match
    opens with one, and re tried its 262 alternatives at every position."""
    x = 0  # where re's scan would go on
    while k < len(titled) and titled[k] < vend:
        p = titled[k] - base
        k += 1
        if p < x:
            continue
        m = _AFTER_TITLE.match(s, p)
        if m is None:
            x = p + 1
        else:
            x = m.end()
            yield m


# a line that is one name and nothing else (ingest calls it a byline only under a heading)
_LONE_NAME = re.compile(r"\s*[\u4e00-\u9fff]{2,3}\s*")
_AUTHOR_SEP = lazy(r"[ \u3000]{1,3}|、")
# a dateline (本报讯, …频道消息) before a reporter's name
_DATELINE_WORD = lazy("讯|消息")
# the name between a dateline (本报讯) and a reporter's credit that follows it
_DATELINE_COAUTHOR = re.compile(r"(?:讯|消息)[ \u3000]*[(（]?[ \u3000]*([\u4e00-\u9fff]{2,3})[ \u3000]+$")


@extractor("people", order=50)
def extract_people(ctx: Context) -> None:
    view = ctx.view
    title_hits = _TITLE_FINDER.find_matches_as_indexes(view, overlapping=True)
    titled = sorted(s for _, s, _ in title_hits)
    # where a leader cue starts (市领导, 出席的领导有): _leader_lists scans only sentences where one does
    leads = sorted(s for _, s, _ in _LEADER_FINDER.find_matches_as_indexes(view, overlapping=True))
    for sent in ctx.doc.sentences:
        s = sent.text
        base = sent.vstart
        credit = sent.kind in ("credit", "byline")
        if sent.kind == "byline" and _LONE_NAME.fullmatch(s) and is_name(s.strip()):
            # 铁岭县…引资逾36亿元 / 王晓波 / 2021年01月29日 来源:辽宁日报: a name alone on its line under the
            # headline (the web edition of a paper) is the article's author
            vs = base + len(s) - len(s.lstrip())
            _person(ctx, vs, vs + len(s.strip()), "person.lone-byline", 0.75, False)
            continue
        # credits and bylines: 本报记者 李波 / 本报特约记者 桂铁军 摄 / 张瑜 摄 / 记者王晓波报道 / (记者 X):
        # each credit pattern is run only on sentences holding a word it needs (the scans were 3 %
        # of extraction; most sentences hold none)
        for m in _CREDIT.finditer(s) if "记者" in s or "通讯员" in s or "摄影" in s else ():
            vs = base + m.start(4)
            n = len(m.group(4)) if credit else _name_len(ctx, vs, rare=True)
            if not n or not is_name(view[vs : vs + n], strict=not credit, rare=True):
                continue
            # 本报记者 / a credit line / the reporter of a dateline (本报讯, 河北日报讯, …频道消息):
            # the paper's own staff, credited with their post (特约记者)
            staff = (
                m.group(1)
                or credit
                or _DATELINE_WORD.search(s[: m.start()])
                # 新华社北京5月3日电(记者 某某、某某): an agency's dateline, its reporters credited after it
                or _AGENCY_DATE.search(s, 0, m.start())
                # 江城日报融媒体记者 某某: the paper named right before the credit
                or _PAPER_BEFORE.search(s, 0, m.start())
                # (江城日报X记者站 某某: the bureau's own reporter)
                or s[m.end(3) : m.end(3) + 1] == "站"
                # (摄影丨记者 某某) / （图/记者 某某）: a bracketed photo credit on a line of its own
                or _BRACKET_CREDIT.fullmatch(s, 0, m.start()) is not None
                # X融媒体中心(记者 某某): the bracketed credit right after a dateline outlet's name
                or s[m.start() - 1 : m.start()] in ("(", "（")
                and any(
                    x.vend == base + m.start() - 1
                    and x.rule in ("institution.dateline", "institution.publisher")
                    for x in ctx.mentions
                )
                # 记者 某某 哈尔滨报道 来源:经济参考报: a byline that names its medium after 来源
                or "来源" in s[m.end() :]
                and any(
                    (
                        x.rule == "institution.publisher"
                        # (or any paper or site named right after 来源: 来源:江城日报)
                        or x.type == "Institution"
                        and _SOURCE_BEFORE.search(view, max(0, x.vstart - 4), x.vstart) is not None
                    )
                    and base + m.end() <= x.vstart < sent.vend
                    for x in ctx.mentions
                )
            )
            post = ("credit", base + m.start(2 if m.group(2) else 3), base + m.end(3), "")
            _person(ctx, vs, vs + n, "person.credit", 0.9, False, (post,) if staff else ())
            # 本报讯 某某 记者某某报道 / 本报讯(某某 记者某某): a name between the dateline and the credit is a
            # co-author (a correspondent, unlabelled): a person, no post
            co = _DATELINE_COAUTHOR.search(s, 0, m.start())
            if co and is_name(co.group(1), strict=False, rare=True):
                _person(ctx, base + co.start(1), base + co.end(1), "person.credit", 0.8, False)
            # (记者 某某 某某) / 记者 某某、某某: the credit covers every name it lists
            pos = vs + n - base
            while more := _MORE_CREDIT.match(s, pos):
                if not is_name(more.group(1), strict=False, rare=True):
                    break
                ms = base + more.start(1)
                _person(
                    ctx, ms, ms + len(more.group(1)), "person.credit", 0.85, False, (post,) if staff else ()
                )
                pos = more.end(1)
        for rx, rule, cues in (
            (_SLASH_CREDIT, "person.credit", _SLASH_CUES),
            (_BIO, "person.biography", _BIO_CUES),
        ):
            for m in rx.finditer(s) if cues.search(s) else ():
                if is_name(m.group(1), strict=False, rare=True):
                    _person(ctx, base + m.start(1), base + m.end(1), rule, 0.8, False)
        # …占六成。屠某 / …起好步。 宋某某: an author's name signed after a paragraph's last sentence
        name = s.strip(" \u3000")
        if (
            2 <= len(name) <= 3
            and sent.kind == "body"
            and view[sent.vend : sent.vend + 1] in ("\n", "")
            and view[: sent.vstart].rstrip(" \u3000")[-1:] in ("。", "！", "？", "!", "?")
            and is_name(name, strict=True)
        ):
            k = base + s.index(name)
            _person(ctx, k, k + len(name), "person.sign-off", 0.7, False)
        for m in _BRACKET_BYLINE.finditer(s) if "(" in s or "（" in s else ():
            authors = _AUTHOR_SEP.split(m.group(1))
            named = sum(is_name(a, strict=False, rare=True) for a in authors)
            if named < len(authors) and not _pen_names(authors, named):
                continue  # one non-name and the bracket is no byline
            vs = base + m.start(1)
            # after an agency's dateline (…日电) the bracketed names are its reporters: a credit with no
            # title written (the empty span), so that they work for the agency named before
            lead = m.group()[: m.start(1) - m.start()]
            agency: tuple[Part, ...] = (("credit", vs, vs, ""),) if "电" in lead else ()
            for a in authors:
                vs = base + s.index(a, vs - base)
                _person(ctx, vs, vs + len(a), "person.bracket-byline", 0.8, False, agency)
                vs += len(a)
        if sent.kind == "credit" or s.endswith("摄"):
            pm = _PHOTO.search(s)
            if pm and is_name(pm.group(1), strict=False) and not re.search(r"记者\s*" + pm.group(1), s):
                vs = base + pm.start(1)
                k = base + s.index("摄", pm.end(1))
                _person(
                    ctx,
                    vs,
                    vs + len(pm.group(1)),
                    "person.photo-credit",
                    0.8,
                    False,
                    (("photo-credit", k, k + 1, ""),),
                )
        # ORG + TITLE + NAME and TITLE + NAME (区委副书记某甲、某乙: the title covers the names listed)
        for m in _after_title(s, base, titled, bisect_left(titled, sent.vstart), sent.vend):
            title = m.group(1)
            if title in ("记者", "特约记者", "通讯员", "摄影"):
                continue
            vs = base + m.start(2)
            if _long_place_word(ctx, base + m.start(1), base + m.end(1)):
                continue
            _drop_short_places(ctx, vs)
            n = _dotted_name_len(view, vs) or _name_len(ctx, vs, rare=True)
            if not n and _tibetan_name(view[vs : vs + 4]):
                n = 4  # 员工四郎扎巴: a Tibetan name of two elements, no surname, after any title
            if not n:
                # 县委书记扎某多吉、: no surname-like start at all; a four- to six-character unknown run that a
                # list mark or punctuation closes, right after the title, is the name
                long = _long_name_len(view, vs)
                toks = tokens(view[vs : vs + long]) if long >= 4 else ()
                if (
                    toks
                    and len(toks[0]) >= 2
                    and view[vs + long : vs + long + 1] in _LIST_END
                    and title in PUBLIC_TITLES
                    # made of proper nouns and rare pieces (扎西/多吉), not of common words (讲话/精神)
                    and all(len(t) == 1 or tag(t) in _PROPER or word_freq(t) < 20 for t in toks)
                ):
                    n = long
            elif not _ends_here(view, vs + n)[0]:
                # 县委书记扎某多吉、: a name without a Han surname (Tibetan, Mongolian, Uyghur) runs on past
                # the surname-like start; a longer unknown run that a list mark or punctuation ends is the name
                long = _long_name_len(view, vs)
                rest = view[vs + n : vs + long]
                if (
                    n < long <= n + 2
                    and view[vs + long : vs + long + 1] in _LIST_END
                    and not any(c in "着了过的地得" for c in rest)
                    and not tag(view[vs : vs + n]).startswith("nr")
                    and not any(word_freq(rest[:k]) for k in range(2, len(rest) + 1))
                ):
                    n = long  # (not 郝某伟获评, nor 姚某顶着大风,: a name jieba knows, then words)
            if not n:
                continue
            official = title in PUBLIC_TITLES
            post = ("title", base + m.start(1), base + m.end(1), "")
            if _person(ctx, vs, vs + n, "person.title", 0.85, official, (post,)):
                _list_after(ctx, vs + n, sent.vend, official)
        for m in _SPEECH.finditer(s) if _SPEECH_CUE.search(s) else ():
            _speaker(ctx, sent, m.end(1))
        _name_before_title(ctx, sent)
        k = bisect_left(leads, sent.vstart)
        _leader_lists(ctx, sent, k < len(leads) and leads[k] < sent.vend)
    _title_only(ctx, title_hits)
    _tibetan_names(ctx)
    _repeat_names(ctx)


# two elements of Tibetan names in a row, anywhere (群众四郎扎巴和妻子): with no surname and no title a Han
# name needs, the pair itself is the cue (name_elements_tibetan.txt)
_TIBETAN_PAIR = re.compile("(?:{0})(?:{0})".format("|".join(sorted(TIBETAN_NAME_ELEMENTS))))


def _long_place_word(ctx: Context, ts: int, te: int) -> bool:
    """九江市长江经济带, 宜昌市长江大保护: a 市长/县长 whose first character is the last of a place just named and
    whose 长 opens a place word (长江, 长城: jieba's ns) reads across two words; no title, no name after it."""
    title = ctx.view[ts:te]
    if title not in _LEVEL_HEADS or not any(p.code and p.vend == ts + 1 for p in ctx.mentions):
        return False
    words = tokens(ctx.view[te - 1 : te + 4])
    return bool(words) and len(words[0]) >= 2 and tag(words[0]) == "ns"


_LEVEL_HEADS = frozenset("省长 市长 县长 区长 州长 旗长 盟长".split())


def _tibetan_names(ctx: Context) -> None:
    """易地扶贫搬迁群众扎西次仁和妻子…: a Tibetan name of two elements is a person's wherever it stands."""
    for m in _TIBETAN_PAIR.finditer(ctx.view):
        vs, ve = m.span()
        if any(x.vstart < ve and vs < x.vend for x in ctx.mentions) or _place_or_org(ctx, vs, ve):
            continue  # inside a name already read (a person's, a place's, a firm's)
        _person(ctx, vs, ve, "person.tibetan", 0.6, False)


# a transliterated name (Uyghur, Kazakh …) in two parts joined by a dot: the middle dot, a bullet or a
# full stop typed for it (艾某江·吐某, 巨某提•伊某, 孜某克.如某)
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}[·•.．][\u4e00-\u9fff]{2,6}")


def _dotted_name_len(view: str, vs: int) -> int:
    """Length of a dotted transliterated name at vs after a post, or 0: the shortest one a name's end
    (punctuation, 的, a verb such as 主持) closes (巨某提•伊某的陪同下: the name stops before 的)."""
    m = _DOTTED_NAME.match(view, vs)
    if not m:
        return 0
    dot = m.group().index(next(c for c in m.group() if c in "·•.．"))
    for k in range(vs + dot + 3, m.end() + 1):
        if _ends_here(view, k)[0]:
            return k - vs
    return 0


def _tibetan_name(s: str) -> bool:
    """Two elements of Tibetan names (扎西多吉, 次仁卓玛): a person's name without a surname."""
    return len(s) == 4 and s[:2] in TIBETAN_NAME_ELEMENTS and s[2:] in TIBETAN_NAME_ELEMENTS


def _speaker(ctx: Context, sent, j: int) -> None:
    """据某某介绍 / 某某表示: the name that ends at sentence offset j, before a verb of speech."""
    s = sent.text
    if (
        j >= 4
        and _tibetan_name(s[j - 4 : j])
        and not _place_or_org(ctx, sent.vstart + j - 4, sent.vstart + j)
    ):
        _person(ctx, sent.vstart + j - 4, sent.vstart + j, "person.speech", 0.65, False)
        return
    for n in (3, 2):
        w = s[max(0, j - n) : j]
        vs = sent.vstart + j - n
        if len(w) < n or not is_name(w) or _place_or_org(ctx, vs, vs + n):
            continue
        if any(
            p.type in ("Person", "Official")
            and p.vstart < vs + n
            and vs < p.vend
            and (p.vstart, p.vend) != (vs, vs + n)
            for p in ctx.mentions
        ):
            return  # 副县长祖家国在致辞中表示: the speaker is named already; 国在 is its end and the preposition
        if n == 3 and w[2] == "在" and is_name(w[:2]):
            continue  # 李峰在致辞中指出: 在 before the speech verb is the preposition, not the name's end
        if w[-1] == "的":
            continue  # 进行了研发方向的介绍: 的 before the verb makes it a noun (the introduction of X), no speaker
        if w[-1] in "中上里" and s[j - n - 1 : j - n] == "在":
            continue  # 在贺信中指出, 在会上表示: a place in a text or a meeting, not a speaker
        tail = w[1:]
        # 向记者, 对企业; 开工和签约表示: a common word, or a verb, after a character is no given name
        common_tail = (
            word_freq(tail) >= 500 or tag(tail).startswith("v") and word_freq(tail) >= 100
        ) and not tag(tail).startswith("nr")
        hmm = _hmm_words(s[max(0, j - n - 2) : j + 2])
        if w in hmm or (not common_tail and word_starts_at(ctx.view, vs)):
            _person(ctx, vs, vs + n, "person.speech", 0.65, False)
            return


def _list_after(ctx: Context, k: int, end: int, official: bool, cue: bool = False) -> None:
    """、B、C after a name: more names under the same title or cue, each 2-4 characters long (after a
    cue of officials, also a longer name without a Han surname)."""
    view = ctx.view
    while k < end and view[k] == "、":
        n = _name_len(ctx, k + 1, rare=True)
        if cue and (not n or not _ends_here(view, k + 1 + n)[0]):
            n = _long_name_len(view, k + 1) or n  # 罗某多吉: a surname-like start of a longer name
        if not n:
            return
        ends, _ = _ends_here(view, k + 1 + n)
        if not ends:
            return
        _person(ctx, k + 1, k + 1 + n, "person.list", 0.8, official)
        k = k + 1 + n


def _long_name_len(view: str, k: int) -> int:
    """Length of a name without a Han surname at view[k] in a list of officials (乌力吉巴图), or 0: the
    longest unknown run that a list mark, punctuation or a verb such as 出席 ends (罗某多吉出席: the
    greedy run would swallow the verb)."""
    run = _LONG_NAME.match(view, k)
    if not run:
        return 0
    for n in range(len(run.group()), 1, -1):
        if _unknown_word(view[k : k + n]) and _ends_here(view, k + n) == (True, False):
            return n
    return 0


def _name_before_title(ctx: Context, sent) -> None:
    """车某华书记 / 马某瑞省长: a name just before the post, starting where a word starts."""
    view = ctx.view
    s = sent.text
    # (each of its posts holds one of these: most sentences are not scanned)
    for m in _NAME_TITLE.finditer(s) if "书记" in s or "长" in s or "主席" in s or "同志" in s else ():
        t = sent.vstart + m.start()
        if any(view[t - k : sent.vstart + m.end()] in _TITLE_SET for k in range(1, 5)):
            continue  # 党组副书记, 担任第一书记: the characters before belong to a longer title
        hmm = _hmm_words(s[max(0, m.start() - 6) : m.start()])
        for n in (3, 2):
            vs = t - n
            w = view[vs:t]
            if vs < sent.vstart or not is_name(w) or _place_or_org(ctx, vs, t):
                continue
            if (hmm and hmm[-1] == w) or (word_starts_at(view, vs) and len(tokens(w)) > 1):
                _person(ctx, vs, t, "person.name-title", 0.75, m.group(1) != "同志")
                break


def _item_before(ctx: Context, lo: int, k: int) -> int:
    """Start of the name that ends at view position k and starts after lo (the first item of a list:
    省领导及赵某某, 聘任了何某某), or -1."""
    view = ctx.view
    run = view[lo:k]
    if 2 <= len(run) <= 4 and is_name(run, strict=False, rare=True) or _unknown_word(run):
        return lo
    words = _hmm_words(run)
    if words and 2 <= len(words[-1]) <= 4 and is_name(words[-1], strict=False, rare=True):
        return k - len(words[-1])
    for n in (3, 2):
        if k - n >= lo and is_name(view[k - n : k], rare=True):
            return k - n
    return -1


def _unknown_word(s: str) -> bool:
    """2-6 characters (with a middle dot, more) that jieba knows only as a name, barely, or not at all
    (a name without a Han surname: 乌力吉巴图, 艾尔肯·吐尼亚孜)."""
    if not _LONG_NAME.fullmatch(s):
        return False
    if "·" in s or "•" in s:
        return True
    return tag(s).startswith("nr") or word_freq(s) < 5 and (len(s) > 2 or word_freq(s) == 0)


def _opens_with_verb(w: str) -> bool:
    """A common verb, adverb, preposition or conjunction (担任, 共同, 出席): no name without a surname
    starts with one."""
    return word_freq(w) >= 100 and tag(w)[:1] in ("v", "d", "p", "c")


# characters that cannot open a name right after a leader cue: the structural particles 的/之/地, the plural 们,
# the joiners 和/与/及/等 (a group spoken of as a whole: 市领导的关心, 省领导们, 市领导和专家)
_AFTER_LEADERS_NO_NAME = frozenset("的之地们和与及等")


# the date that ends a news agency's dateline (新华社北京5月3日电, 中新网海口7月13日电)
_AGENCY_DATE = re.compile(r"\d{1,2}日电[ \u3000]*[(（]")


def _leader_lists(ctx: Context, sent, cue: bool = True) -> None:
    """Lists of officials without posts: 市领导A、B、C出席 and A、B、C等省领导参加 / 等8人. (cue: a leader
    cue may start in the sentence; False when the article's cues all lie elsewhere)"""
    view = ctx.view
    s = sent.text
    base = sent.vstart
    # after the cue: 市领导A、B、C,市政府秘书长D等参加
    for m in _LEADERS.finditer(s) if cue else ():
        if s[m.start() - 1 : m.start()] == "等":
            continue  # A、B等省领导及C: the cue closes the list before it
        k = base + m.end()
        while k < sent.vend and view[k] in " \u3000:：":
            k += 1  # 市领导 张某、李某 / 出席会议的领导有：
        if view[k : k + 1] in _AFTER_LEADERS_NO_NAME:
            continue  # 得到省、市领导的支持, 市领导们: a particle or a joiner follows the group, no name
        n = _name_len(ctx, k, rare=True)
        if not n:
            n = _long_name_len(view, k)
            if n and _opens_with_verb(view[k : k + 2]):
                continue  # 县领导共同见证签约, 由市级领导担任链长: what the leaders do, not a name
        if not n or not _ends_here(view, k + n)[0]:
            continue
        if view[k] not in SURNAMES_1 and view[k] not in SURNAMES_RARE and _opens_with_verb(view[k]):
            continue  # 市领导听介绍,看进度: what the leaders do (a verb, no surname), not a name
        _person(ctx, k, k + n, "person.leader-list", 0.8, True)
        _list_after(ctx, k + n, sent.vend, True, cue=True)
    # before the close: A、B、C等省领导 / A、B等8人
    for m in _LIST_CLOSE.finditer(s) if "等" in s else ():  # (every close opens with 等)
        k = base + m.start()
        items: list[tuple[int, int]] = []
        while True:
            lo = k
            while lo > sent.vstart and view[lo - 1] not in _SEP and k - lo < 14:
                lo -= 1
            item = view[lo:k]
            if lo > sent.vstart and view[lo - 1] == "、" and (2 <= k - lo <= 4 or _unknown_word(item)):
                items.append((lo, k))
                k = lo - 1
                continue
            start = _item_before(ctx, lo, k)  # the list's first item, with words before it
            if start >= 0:
                items.append((start, k))
            break
        if len(items) < 2:
            continue
        known = sum(is_name(view[a:b], strict=False, rare=True) for a, b in items)
        if known * 2 < len(items):
            continue  # not a list of names (沈阳、长春等地 ends otherwise anyway)
        official = "领导" in m.group()
        for a, b in items:
            w = view[a:b]
            if is_name(w, strict=False, rare=True) or _unknown_word(w) and w not in ctx.gaz.short:
                _person(ctx, a, b, "person.leader-list", 0.8, official)


_TITLE_BEFORE_PUNCT = Scan(re.compile(rf"({_TITLE_RX})(?=[，,。；])"))  # compiled once, not per article
_PUNCT_AFTER_TITLE = frozenset("，,。；")


def _titles_before_punct(view: str, hits: list[tuple[int, int, int]]) -> Iterator[re.Match]:
    """_TITLE_BEFORE_PUNCT.finditer(view), tried only where a title (hits: _TITLE_FINDER's, overlapping)
    starts and one is followed by punctuation: no other position can start a match."""
    last = 0
    for s in sorted({s for _, s, e in hits if view[e : e + 1] in _PUNCT_AFTER_TITLE}):
        if s >= last and (m := _TITLE_BEFORE_PUNCT.match(view, s)):
            last = m.end()
            yield m


def _title_only(ctx: Context, hits: list[tuple[int, int, int]] | None = None) -> None:
    """铁岭市生态环境局副局长,……他……  史强直奔问题而去: the title belongs to the next name given."""
    view = ctx.view
    if hits is None:
        hits = _TITLE_FINDER.find_matches_as_indexes(view, overlapping=True)
    for m in _titles_before_punct(view, hits):
        title = m.group(1)
        orgs = [o for o in ctx.mentions if o.vend == m.start() and o.type in ORG_CLASSES]
        if not orgs:
            continue
        window = view[m.end() : m.end() + 200]
        for w in _hmm_words(window):
            if is_name(w) and 2 <= len(w) <= 3:
                k = view.find(w, m.end())
                if _place_or_org(ctx, k, k + len(w)):
                    continue
                post = ("earlier-title", m.start(1), m.end(1), "")
                _person(ctx, k, k + len(w), "person.title-resolved", 0.7, title in PUBLIC_TITLES, (post,))
                break


def _repeat_names(ctx: Context) -> None:
    """Every later occurrence of a known name is a mention of that person too."""
    view = ctx.view
    names = {view[m.vstart : m.vend]: m.type for m in ctx.mentions if m.type in ("Person", "Official")}
    spans: list[tuple[int, int]] = []
    for name, typ in names.items():
        for k in find_all(view, name):
            if not _place_or_org(ctx, k, k + len(name)):
                ctx.add(k, k + len(name), typ, "person.repeat", 0.8)
                spans.append((k, k + len(name)))
    # a shorter "name" inside a later occurrence of a known longer one is a piece of it (多吉 of 扎某多吉宣布)
    inner = {
        id(m)
        for m in ctx.mentions
        if m.type in ("Person", "Official")
        and any(s <= m.vstart and m.vend <= e and e - s > m.vend - m.vstart for s, e in spans)
    }
    if inner:
        ctx.mentions[:] = [m for m in ctx.mentions if id(m) not in inner]
