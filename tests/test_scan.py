"""kg.scan.Scan finds exactly what re finds, on the articles and on edge cases of its reasoning."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import kg.extractors
import kg.relations
from kg.ingest import read_document
from kg.patterns import LazyPattern
from kg.scan import Scan

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "articles").glob("*.txt")
)


def _views() -> list[str]:
    return [read_document(p).view for p in ARTICLES]


def _found(rx, text: str, pos: int = 0, endpos: int | None = None) -> list:
    return [(m.span(), m.groups()) for m in rx.finditer(text, pos, len(text) if endpos is None else endpos)]


# (pattern, text): lookbehinds before the stretch, lookaheads after it, anchors, overlapping strings,
# a match running into the next stretch, alternations, a lookahead of unbounded reach
CASES = [
    (r"(?<=甲)乙丙", "甲乙丙乙丙甲乙丙"),
    (r"乙丙(?=丁)", "乙丙丁乙丙戊乙丙丁"),
    (r"乙丙$", "乙丙乙丙"),
    (r"^乙丙", "乙丙\n乙丙"),
    (r"(?m)^乙丙", "乙丙\n乙丙 乙丙"),
    (r"[\u4e00-\u9fff]{0,4}项目", "一二三四五六项目七项目项目"),
    (r"(?:国务院|国务院办公厅)[^，]{0,3}", "国务院办公厅发文，国务院办公厅"),
    (r"项目[^，]{0,30}项目", "项目一二项目三四项目，项目"),
    (r"(?:分别)?(?:定名为|更名为)", "分别定名为甲更名为乙定名为"),
    (r"[甲乙]{1,3}会(?=\d+个)", "甲会12个乙乙会3个甲会个"),
    (r"\b[a-z]{2}cd\b", "abcd xabcd abcd"),
    (r"(?:甲|乙丙|丁戊己)庚{1,2}", "甲庚乙丙庚庚丁戊己庚甲"),
]


@pytest.mark.parametrize(("pattern", "text"), CASES)
def test_cases(pattern: str, text: str) -> None:
    rx = re.compile(pattern)
    sc = Scan(rx, short=0)  # the stretches even on these short texts
    for pos in range(len(text) + 1):
        for endpos in (len(text), max(pos, len(text) - 2)):
            assert _found(sc, text, pos, endpos) == _found(rx, text, pos, endpos), (pos, endpos)
    assert sc.findall(text) == rx.findall(text)
    found, expected = sc.search(text), rx.search(text)
    assert (found and found.span()) == (expected and expected.span())
    by_first = Scan(rx, short=0, by_first=True)  # tried only where a match can start
    for pos in range(len(text) + 1):
        for endpos in (len(text), max(pos, len(text) - 2)):
            assert _found(by_first, text, pos, endpos) == _found(rx, text, pos, endpos), (pos, endpos)


def test_reads_what_matches_must_hold() -> None:
    sc = Scan(re.compile(r"(?:分别)?(?:定名为|更名为)"))
    assert sc.strings == ("定名为", "更名为") and sc.width == 5
    unbounded = Scan(re.compile(r"\d+个"))  # any length: scanned as before where 个 is, else not at all
    assert unbounded.strings == ("个",) and unbounded.width == 0
    assert Scan(re.compile(r"[甲乙]+")).strings is None  # no string every match holds: as before


def test_reads_where_matches_start() -> None:
    """The characters a match starts with: lookbehinds skipped, optional parts and alternatives joined;
    unknown for a class of too many characters, or when a match may be empty."""
    assert Scan(re.compile(r"(?<![省市])(?:我|本)(?:县|区)|全市")).first == frozenset("我本全")
    assert Scan(re.compile(r"(?:分别)?(?:定名为|更名为)"), by_first=True).first == frozenset("分定更")
    assert Scan(re.compile(r"[。！？]+|…{2,}")).first == frozenset("。！？…")
    for unknown in (r"\d+个", r"[^，]+项目", r"甲?", r"(?:甲|乙?)丙?", r".项目"):
        assert Scan(re.compile(unknown)).first is None, unknown
    # a pattern with strings every match holds is scanned by them unless by_first asks otherwise
    assert Scan(re.compile(r"[甲乙]项目")).first is None


def _module_patterns() -> list[tuple[str, re.Pattern]]:
    mods = [
        importlib.import_module(f"kg.extractors.{m.name}")
        for m in pkgutil.iter_modules(kg.extractors.__path__)
    ]
    mods += [
        importlib.import_module(f"kg.relations.{m.name}") for m in pkgutil.iter_modules(kg.relations.__path__)
    ]
    out: dict[int, tuple[str, re.Pattern]] = {}
    for mod in mods:
        for name, obj in vars(mod).items():
            rx = obj.rx if isinstance(obj, Scan) else obj
            if isinstance(rx, LazyPattern):  # (a pattern compiled where first used: kg.patterns)
                rx = rx.compiled()
            if isinstance(rx, re.Pattern):
                out.setdefault(id(rx), (f"{mod.__name__}.{name}", rx))
    return list(out.values())


def test_every_rule_pattern_on_the_articles() -> None:
    """Every compiled pattern of the extractors and relation rules, wrapped or not, on every article."""
    views = _views()
    patterns = _module_patterns()
    assert len(patterns) > 100
    for name, rx in patterns:
        sc = Scan(rx, short=0)
        for v in views:
            assert _found(sc, v) == _found(rx, v), name
            assert _found(sc, v, 50, 400) == _found(rx, v, 50, 400), name
        by_first = Scan(rx, short=0, by_first=True)
        if by_first.first is not None:
            for v in views:
                assert _found(by_first, v) == _found(rx, v), name
                assert _found(by_first, v, 50, 400) == _found(rx, v, 50, 400), name


def test_list_patterns_scanned_by_clause() -> None:
    """names._in_clauses finds what the list patterns find on the whole view."""
    from kg.extractors import names

    views = _views()
    for rx, cue in ((names._WORKS_LIST, names._WORKS_TAIL), (names._STARTED_LIST, names._START_CUE)):
        for v in views:
            assert [m.span() for m in names._in_clauses(rx, cue, v)] == [m.span() for m in rx.finditer(v)]
        text = "甲乙丙、丁戊己等3个项目集中开工，开工庚辛、壬癸等重点项目5个"
        assert [m.span() for m in names._in_clauses(rx, cue, text)] == [m.span() for m in rx.finditer(text)]


def test_named_list_scanned_by_hard_clause() -> None:
    """_NAMED_LIST_ACT scanned only in the clauses that hold a cue and a 、, split at the stops no quoted
    count can hold, finds what it finds on the whole view (also where the quote holds a stop)."""
    from kg.extractors import names

    rx, cue = names._NAMED_LIST_ACT, names._NAMED_LIST_CUE
    texts = _views()
    texts += [v.replace("，", "、") for v in texts]
    texts += [
        "甲乙、丙丁等“3个，新”项目开工",  # a comma inside the quoted count
        "甲乙丙、丁戊己等“12个重点”项目集中开工，庚辛、壬癸等项目落地",
        "A乙、B丁等“3个 一二三四五六”建设项目签约",  # a space inside it
        "甲乙、丙丁等“3个一二三四五六七八，”项目开工",  # a stop eight characters after 个
    ]
    for t in texts:
        got = [m.span() for m in names._in_clauses(rx, cue, t, names._hard_stops)]
        assert got == [m.span() for m in rx.finditer(t)], t[:60]
    assert [m.span() for m in rx.finditer(texts[-4])] == [(0, 16)]


def test_counted_project_lists_scanned_around_their_close() -> None:
    """names._counted_lists finds what _COUNTED_PROJECT_LIST finds on the whole view: on the articles,
    with every comma turned into 、 (long lists), and on lists that run through a close into the next."""
    from kg.extractors import names

    rx = names._COUNTED_PROJECT_LIST
    texts = _views()
    texts += [v.replace("，", "、") for v in texts]
    texts += [
        "集中开工的甲乙丙工业园、丁戊己项目等20个项目，签约庚辛壬、癸子丑等一批重大项目",
        "甲乙丙、丁戊己等3个项目、庚辛壬等5个项目开工",  # a list item holding an earlier close
        "等3个项目甲乙丙、丁戊己等十二个重点项目；甲乙丙、丁戊己等多个项目",
        "、" * 500 + "甲乙丙、丁戊己等1个项目",
        "甲乙丙、丁戊己" * 80 + "等9个项目",  # longer than a list can be
    ]
    for t in texts:
        assert [m.span() for m in names._counted_lists(t)] == [m.span() for m in rx.finditer(t)], t[:60]


def test_gates_follow_their_patterns() -> None:
    """The literal gates before a few scans say what every match of the pattern holds: a pattern
    changed without its gate fails here (a gate that missed a match would lose it silently)."""
    import re as re_

    from kg.extractors import names, people

    # _NAMED_LIST_ACT ends with its cue; _hard_stops assumes its quoted count is the only part with a stop
    assert names._NAMED_LIST_ACT.pattern.endswith("(?:" + names._NAMED_LIST_CUE.pattern + ")")
    assert names._QUOTED_COUNT == r"“[\d一二三四五六七八九十两]+个[^”]{0,8}”"
    # the title scans: titles from TITLES (the Aho-Corasick finder), then the punctuation it checks
    assert people._AFTER_TITLE.pattern.startswith("(" + people._TITLE_RX + ")")
    assert (
        people._TITLE_BEFORE_PUNCT.pattern
        == "("
        + people._TITLE_RX
        + ")(?=["
        + "".join(sorted(people._PUNCT_AFTER_TITLE, key="，,。；".index))
        + "])"
    )
    # every post _NAME_TITLE names holds one of its gate's strings; every list close opens with 等
    posts = re_.search(r"\)\((.*?)\)\(\?!", people._NAME_TITLE.pattern).group(1).split("|")
    assert posts and all(any(c in p for c in ("书记", "长", "主席", "同志")) for p in posts)
    assert people._LIST_CLOSE.pattern.startswith("等")


def _holds_always(rx: re.Pattern, literal: str) -> bool:
    """Does every match of rx hold literal? (every string of one of the sets kg.scan reads off it, one
    string of which each match holds, contains it)"""
    import re._parser as sre_parse

    from kg.scan import _groups

    return any(all(literal in s for s in g) for g in _groups(sre_parse.parse(rx.pattern, rx.flags)))


def test_sentence_gates_follow_their_patterns() -> None:
    """The literal tests before per-sentence scans say what every match holds."""
    from kg.relations import started

    for rx in (started._INTRODUCED, started._INTRODUCED_NEXT, started._ANAPHORIC):
        assert _holds_always(rx, "项目"), rx.pattern
    from kg.relations import rules
    from kg.scan import _reach

    assert _holds_always(rules._FUNDED_AMOUNT, "元")
    assert _holds_always(rules._CLAUSE_PROJECT_IS_AT, "项目")
    # _PROJECT_IS_AT matched at a sentence's start: its 项目 lies within the first four characters
    assert _holds_always(rules._PROJECT_IS_AT, "项目")
    assert rules._PROJECT_IS_AT.pattern.startswith("(?:该|这个|这一|此)?项目")
    import re._parser as sre_parse

    assert _reach(sre_parse.parse("(?:该|这个|这一|此)?项目"))[0] == 4


def test_counted_village_lists_scanned_in_their_runs() -> None:
    """places._counted_lists finds what _COUNTED_LIST finds on the whole view: on the articles, with
    every comma turned into 、, and on lists that share a run or run into another cue."""
    from kg.extractors import places

    rx = places._COUNTED_LIST
    texts = _views()
    texts += [v.replace("，", "、") for v in texts]
    texts += [
        "福塘、德孚、当仁和斗山4个自然村，甲乙、丙丁等2个镇",
        "甲乙、丙丁3个村戊己、庚辛等12个社区和壬癸、子丑两个乡镇",  # three lists in one run
        "个村甲乙、丙丁3个村",
        "、" * 300 + "甲乙、丙丁3个街道",
        "甲乙丙、" * 40 + "丁戊3个行政村",  # longer than a list can be
        "甲乙、丙丁３个村",  # a full-width digit (\d)
    ]
    for t in texts:
        assert [m.span() for m in places._counted_lists(t)] == [m.span() for m in rx.finditer(t)], t[:60]
    # a match ends with a cue, and consumes only ideographs, 、 and digits (what _COUNTED_RUN takes)
    assert rx.pattern.endswith(")个(" + places._COUNTED_CUE.pattern[len("个(?:") : -1] + ")")
    import re._constants as sre_c
    import re._parser as sre_parse

    def consumed(items) -> bool:  # is every character the parsed items can take an ideograph, 、 or digit?
        for op, av in items:
            if op is sre_c.LITERAL:
                ok = places._COUNTED_RUN.fullmatch(chr(av)) is not None
            elif op is sre_c.IN:
                ok = all(
                    iop is sre_c.LITERAL
                    and places._COUNTED_RUN.fullmatch(chr(iav)) is not None
                    or iop is sre_c.RANGE
                    and iav == (0x4E00, 0x9FFF)
                    or iop is sre_c.CATEGORY
                    and iav is sre_c.CATEGORY_DIGIT
                    for iop, iav in av
                )
            elif op is sre_c.SUBPATTERN:
                ok = consumed(av[-1])
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
                ok = consumed(av[2])
            elif op is sre_c.BRANCH:
                ok = all(consumed(alt) for alt in av[1])
            else:
                ok = False
            if not ok:
                return False
        return True

    assert consumed(sre_parse.parse(rx.pattern))


def test_titles_scanned_where_titles_start() -> None:
    """people._after_title finds what _AFTER_TITLE finds in each sentence, trying only where the title
    finder saw a title start; the finder looks for the titles the pattern opens with."""
    from bisect import bisect_left

    from kg.extractors import people

    assert people._AFTER_TITLE.pattern.startswith("(" + "|".join(map(re.escape, people.TITLES)) + ")")
    docs = [read_document(p) for p in ARTICLES]
    texts = ["县委书记王某某、副县长李某某出席", "委员会主任于某某讲话", "副市长副市长张某某主持会议"]
    for t in texts:
        docs.append(read_document_text(t))
    for doc in docs:
        hits = people._TITLE_FINDER.find_matches_as_indexes(doc.view, overlapping=True)
        titled = sorted(s for _, s, _ in hits)
        for sent in doc.sentences:
            k = bisect_left(titled, sent.vstart)
            got = [m.span() for m in people._after_title(sent.text, sent.vstart, titled, k, sent.vend)]
            assert got == [m.span() for m in people._AFTER_TITLE.finditer(sent.text)], sent.text


def read_document_text(text: str):
    from kg.ingest import make_document

    return make_document(text, "case.txt")


def test_leader_lists_gated_by_where_cues_start() -> None:
    """_leader_lists scans a sentence with _LEADERS only where the leader-cue finder saw a cue start:
    both are built from LEADER_CUES, and every sentence with a match has such a start."""
    from bisect import bisect_left

    from kg.extractors import people

    assert people._LEADERS.pattern == "|".join(map(re.escape, people.LEADER_CUES))
    for doc in [read_document(p) for p in ARTICLES] + [
        read_document_text("市领导王某、李某出席。省领导张某参加")
    ]:
        leads = sorted(
            s for _, s, _ in people._LEADER_FINDER.find_matches_as_indexes(doc.view, overlapping=True)
        )
        for sent in doc.sentences:
            k = bisect_left(leads, sent.vstart)
            if people._LEADERS.search(sent.text):
                assert k < len(leads) and leads[k] < sent.vend, sent.text


# invented sentences (no article's): each pattern wrapped in Scan this session matches in some of them
_WRAPPED_CASES = {
    "scheme": [
        "会议要求，深化“一网通办”、“最多跑一次”等改革举措，完善容缺受理、告知承诺等服务机制。",
        "推行“首违不罚”、包容审慎等监管模式，探索“园区+企业”等合作模式项目。",
        "某县建立河长制、林长制等制度，并推广“积分制”、“清单制”等治理模式和工作措施。",
        "全面落实各项惠企举措。" * 12,
    ],
    "region": [
        "这是自治区首次举办此类活动，自治区级示范园区在各省、自治区、直辖市推广。\n自治区发展改革委印发通知。",
        "广西壮族自治区和宁夏回族自治区，由自治区统筹，经自治区人民政府同意，对自治区民族团结工作作出部署。",
    ],
    "app": [
        "据某某新闻客户端消息，某市某区启动项目。\n某某日报客户端记者 王某某\n（某某融媒客户端讯）",
        "该客户端上线以来用户超过百万。",
    ],
}


def test_wrapped_patterns_find_what_re_finds() -> None:
    """_SCHEME_LIST (names), _BARE_REGION (places) and _APP_CREDIT (orgs) are scanned through Scan: on
    invented sentences, each long enough for the stretches, and on the articles, the same matches as
    re's own scan of the whole text."""
    from kg.extractors import names, orgs, places

    pairs = {"scheme": names._SCHEME_LIST, "region": places._BARE_REGION, "app": orgs._APP_CREDIT}
    views = _views()
    for key, sc in pairs.items():
        assert isinstance(sc, Scan) and sc.strings, key
        texts = [*_WRAPPED_CASES[key], "".join(_WRAPPED_CASES[key]) * 3]
        assert any(_found(sc.rx, t) for t in texts), key  # the cases do exercise the pattern
        for t in [*texts, *views]:
            assert _found(sc, t) == _found(sc.rx, t), (key, t[:20])
            for pos in range(0, len(t), 7):
                assert _found(sc, t, pos) == _found(sc.rx, t, pos), (key, pos)
