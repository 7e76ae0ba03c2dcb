"""Ingest: decoding, script conversion, layout repair, sentence spans and offset invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import DecodeError, InputError
from kg.ingest import decode, make_document, read_document, to_simplified

ARTICLE = "铁岭市生态环境局副局长史强来到开原市。"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("gb18030"), "gb18030"),
        (ARTICLE.encode("gbk"), "gb18030"),
        (ARTICLE.encode("utf-16"), "utf-16"),
    ],
)
def test_decodes_each_encoding(data, encoding):
    text, enc = decode(data)
    assert text == ARTICLE
    assert enc == encoding


@pytest.mark.parametrize(
    "data, error, words",
    [
        (b"", InputError, "empty"),
        (b"   \n\n", InputError, "empty"),
        (b"\x00\x01\x02binary\x00", InputError, "binary"),
        (bytes(range(256)) * 64, InputError, "binary"),  # NULs, and no UTF-16 either
        (b"\x81\x30", DecodeError, "GB18030"),  # truncated 4-byte GB18030 sequence
        (bytes(range(128, 256)) * 4, DecodeError, "readable|GB18030"),
        (b"plain ascii only, no Chinese", InputError, "Chinese"),
    ],
)
def test_refuses_bad_bytes(data, error, words):
    with pytest.raises(error, match=words):
        decode(data, "f.txt")


@pytest.mark.parametrize(
    "text",
    [
        "□本报记者王立新",  # a short article that starts with a symbol
        "■本报讯 记者李红",
        "★铁岭",
        "①项目开工②项目投产",
        "气温-5℃，面积3000㎡",
        "中",
        "𠀀𠀁铁岭",  # Extension B ideographs
        "铁岭🙂",
    ],
)
def test_short_utf8_with_symbols_is_read(text):
    assert decode(text.encode("utf-8")) == (text, "utf-8")


# Any characters a text may hold (no surrogates, which UTF-8 cannot carry), and ideographs.
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
HANZI = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(HANZI, ANY_CHAR), min_size=1, max_size=12).map("".join))
def test_valid_utf8_that_is_mostly_chinese_is_never_refused(text):
    """Plausibility checks choose between readings; they never refuse valid UTF-8 that is mostly CJK."""
    hanzi = sum("\u4e00" <= c <= "\u9fff" for c in text)
    if hanzi * 2 < len(text) or "\x00" in text or not text.strip():
        return
    got, enc = decode(text.encode("utf-8"))
    assert got == text and enc == "utf-8"


def _big5(text: str) -> str:
    """text in Traditional script, without the characters Big5 cannot encode (as a Big5 writer would)."""
    import opencc

    trad = opencc.OpenCC("s2t").convert(text)
    return "".join(c for c in trad if c.encode("big5", "ignore"))


def _articles() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    return [decode(p.read_bytes())[0] for p in sorted((root / "seeds").glob("*.txt"))]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "big5"])
def test_utf16_without_bom_and_big5_are_detected(encoding):
    """After BOM, UTF-8 and GB18030: UTF-16/32 without a BOM and Big5 are found, for whole articles
    and for each of their paragraphs on its own (a Big5 line of a few characters can also be
    plausible GB18030, which wins, as the far more frequent encoding of Chinese news)."""
    for article in _articles():
        text = _big5(article) if encoding == "big5" else article
        shortest = 16 if encoding == "big5" else 5
        pieces = [text] + [p for p in text.splitlines() if len(p.strip()) >= shortest]
        for piece in pieces:
            got, enc = decode(piece.encode(encoding), "a.txt")
            assert got == piece, (enc, piece)
            assert enc == encoding.removesuffix("-le").removesuffix("-be") or enc == encoding


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8", "utf-16", "utf-32"])
def test_gb18030_and_bom_encodings_stay_what_they_are(encoding):
    for article in _articles():
        for piece in [article] + [p for p in article.splitlines() if len(p.strip()) > 5]:
            assert decode(piece.encode(encoding), "a.txt")[0] == piece


def test_traditional_script_keeps_length_and_offsets():
    doc = make_document("鐵嶺市開原縣發展項目。", "t.txt")
    assert doc.script == "traditional"
    assert doc.view == "铁岭市开原县发展项目。"
    assert len(doc.view) == len(doc.text)


@pytest.mark.parametrize(
    "text, joined",
    [
        # a word split across paragraphs (铁 / 岭市)
        ("在“双进双促”专项行动中,铁\n\n岭市从扎实做好前期工作做起。", "铁岭市从扎实"),
        # a number split across paragraphs (11 / 月)
        (
            "随着一些具有带动作用的大项目有序推进,已签约项目11\n\n月,在洽谈会上签下8个项目。",
            "11月,在洽谈会上",
        ),
        # a caption and its photo credit between the two halves
        (
            "项目投产后,企业高纯镁砂年产能将达到35万\n\n车间一角。\n\n本报记者 张三 摄\n\n吨,产品销往全国。",
            "35万吨",
        ),
        # a short first half with no punctuation, found by a division name across the break
        ("临港产业集聚成势\n\n在鲅鱼\n\n圈区的开发区,项目进展顺利。", "在鲅鱼圈区的开发区"),
    ],
)
def test_layout_repair_joins_split_paragraphs(text, joined):
    doc = make_document(text, "x.txt")
    assert joined in doc.view
    body = [s for s in doc.sentences if joined in s.text]
    assert body, doc.sentences
    s = body[0]
    # the sentence span points back into the original text
    assert doc.text[s.start : s.end].replace("\n", "").startswith(s.text[:3])


@pytest.mark.parametrize(
    "text",
    [
        "幸福沈阳\n\n市民们在广场上跳舞。",  # a heading ending in a place, a paragraph starting with 市民
        "走进开原\n\n开原市的冬天很冷。",
        "临港产业集聚成势\n\n在营口经济技术开发区,项目进展顺利。",
    ],
)
def test_headings_stay_apart_from_the_next_paragraph(text):
    doc = make_document(text, "x.txt")
    first = text.split("\n")[0]
    assert [s.text for s in doc.sentences if s.kind == "heading"] == [first]


@pytest.mark.parametrize(
    "text, first, joined",
    [
        # a subtitle with a comma before the report's lead is a sentence of its own
        (
            "今年引进项目69个,实际到资1.5亿美元\n本报讯(记者 李明)今年以来,开发区新签项目。",
            "今年引进项目69个",
            False,
        ),
        (
            "全市招商成效明显,签约项目23个\n河北日报讯(记者 王强)近日,全市项目推进顺利。",
            "全市招商成效明显",
            False,
        ),
        # 供电 in a firm's words is no news lead: a paragraph broken mid-sentence still joins it
        ("随着大项目有序推进,全市用电需求增长,\n国家电网公司供电可靠性达到新高。", "随着大项目", True),
    ],
)
def test_a_report_lead_starts_a_sentence(text, first, joined):
    doc = make_document(text, "x.txt")
    s = next(s for s in doc.sentences if s.text.startswith(first))
    assert ("供电" in s.text or "今年以来" in s.text or "近日" in s.text) == joined, s.text


@pytest.mark.parametrize(
    "line, kind",
    [
        ("本报记者 李波", "byline"),
        ("张瑜 摄", "credit"),
        ("本报特约记者 桂铁军 摄", "credit"),
        ("本报记者 杨靖岫 摄", "credit"),
    ],
)
def test_credits_and_bylines_are_not_body_text(line, kind):
    text = f"标题在这里\n\n{line}\n\n正文第一句话,说了一些事情。"
    doc = make_document(text, "x.txt")
    kinds = {s.text: s.kind for s in doc.sentences}
    assert kinds[line] == kind


def test_caption_with_credit_on_one_line():
    doc = make_document("正文一句话,结束了。\n\n风景如画的新城。 本报记者 杨靖岫 摄\n\n下一段正文。", "x.txt")
    kinds = [(s.kind, s.text) for s in doc.sentences]
    assert ("caption", "风景如画的新城。") in kinds
    assert ("credit", "本报记者 杨靖岫 摄") in kinds


def test_year_is_the_most_mentioned(tmp_path):
    doc = make_document("2022年铁岭发展。2022年10月项目开工。2023—2024年规划。", "x.txt")
    assert doc.year == 2022


def test_read_document_errors(tmp_path):
    with pytest.raises(InputError, match="permission|no such|cannot"):
        read_document(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(11 * 1024 * 1024)
    with pytest.raises(InputError, match="larger"):
        read_document(big)


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
PIECE = st.one_of(
    st.text(CJK, min_size=1, max_size=12),
    st.sampled_from(
        [
            "，",
            "。",
            "、",
            "“",
            "”",
            "\n",
            "\n\n",
            " ",
            "本报记者 李波",
            "张瑜 摄",
            "2022年10月",
            "141.19万元",
        ]
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECE, min_size=1, max_size=40).map("".join))
def test_offsets_always_point_into_the_original(text):
    if not text.strip() or not any("\u4e00" <= c <= "\u9fff" for c in text):
        return
    doc = make_document(text, "h.txt")
    assert len(doc.offsets) == len(doc.view)
    for i, ch in enumerate(doc.view):
        if ch != "\n":
            assert to_simplified(doc.text[doc.offsets[i]]) == ch
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(doc.text)
        assert doc.view[s.vstart : s.vend] == s.text


# GB2312's first level: the 3,755 most common characters, what GB-encoded news is made of. A short
# run of rare characters (鋻籑) is as plausible in Big5 as in GB18030 and cannot round-trip by any
# detector; UTF-8 must round-trip whatever the characters.
COMMON = [
    bytes([a, b]).decode("gb2312")
    for a in range(0xB0, 0xD8)
    for b in range(0xA1, 0xFF)
    if not (a == 0xD7 and b > 0xF9)
]
COMMON_PIECE = st.one_of(
    st.text(st.sampled_from(COMMON), min_size=1, max_size=12),
    PIECE.filter(lambda p: not any("\u4e00" <= c <= "\u9fff" for c in p)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(PIECE, min_size=1, max_size=30).map("".join))
def test_decode_round_trips_utf8(text):
    if not text.strip() or not any("\u4e00" <= c <= "\u9fff" for c in text):
        return
    assert decode(text.encode("utf-8"))[0] == text


@settings(max_examples=60, deadline=None)
@given(st.lists(COMMON_PIECE, min_size=1, max_size=30).map("".join))
def test_decode_round_trips_gb18030_of_common_text(text):
    if not text.strip() or not any("\u4e00" <= c <= "\u9fff" for c in text):
        return
    assert decode(text.encode("gb18030"))[0] == text


@given(st.lists(st.integers(min_value=1, max_value=3), max_size=60), st.integers(min_value=0, max_value=5))
def test_run_length_offsets_behave_like_a_tuple(steps, first):
    """Documents keep their offset map as runs; it must index, slice, iterate and pickle like a tuple."""
    import pickle

    from kg.model import Offsets

    values, t = [], first
    for s in steps:
        t += s
        values.append(t)
    o = Offsets(values)
    assert len(o) == len(values) and list(o) == values and o == tuple(values)
    assert [o[i] for i in range(-len(values), len(values))] == values + values
    assert o[1:5] == tuple(values[1:5])
    assert pickle.loads(pickle.dumps(o)) == o
    runs = [(i, v, 1) for i, v in enumerate(values)]
    assert Offsets.from_runs(runs) == o
    with pytest.raises(IndexError):
        o[len(values)]
    # span(a, b) is (o[a], o[b - 1] + 1), read with one search where both ends are in one run
    n = len(values)
    for a in range(-1, n + 1):
        for b in range(a + 1, n + 2):
            try:
                expected: object = (o[a], o[b - 1] + 1)
            except IndexError:
                expected = IndexError
            try:
                got: object = o.span(a, b)
            except IndexError:
                got = IndexError
            assert got == expected, (a, b)


@pytest.mark.parametrize(
    "text, view",
    [
        ("投资１２．５亿元", "投资12.5亿元"),
        ("补贴１，４１１，９００元，年产５万吨", "补贴1,411,900元，年产5万吨"),  # the clause comma stays
        ("发展ＡＩ产业", "发展AI产业"),
        ("2023，12个项目", "2023，12个项目"),  # not a thousands group
    ],
)
def test_full_width_digits_read_as_ascii_keeping_offsets(text, view):
    doc = make_document(text, "w.txt")
    assert doc.view == view
    assert len(doc.view) == len(doc.text)
    for s in doc.sentences:
        assert len(doc.text[s.start : s.end]) == len(s.text)


# Bylines and credits as papers print them, with the symbols and spaces that lead them.
BYLINES = [
    "本报讯",
    "本报讯（记者 {n}）",
    "本报讯 记者{n}",
    "本报讯（记者{n} 通讯员{m}）",
    "记者 {n} 摄",
    "记者{n}",
    "通讯员 {n} 报道",
    "本报记者 {n}",
    "本报特约记者 {n} 摄",
    "记者 {n} 通讯员 {m} 报道",
    "{n} 摄",
]
LEADS = ["", "■", "□", "●", "★", " ", "　", "\n"]
TAILS = ["", "。", " 摄", "报道", "\n铁岭市召开会议。", "\n\n开原市副市长{m}说，项目投资1.2亿元。"]


@pytest.mark.parametrize("byline", BYLINES)
def test_bylines_with_any_lead_and_tail_extract(byline):
    """■本报讯 记者李红 and its variants: extraction never crashes (it read past the end of the
    text when a byline's name ended it), and every mention points at its own text."""
    from kg.extract import extract

    for lead in LEADS:
        for name in ("李红", "王立新", "欧阳娜娜", "李"):
            for tail in TAILS:
                text = lead + (byline + tail).format(n=name, m="赵明")
                doc = make_document(text, "b.txt")
                ctx = extract(doc)
                for m in ctx.mentions:
                    assert doc.text[m.start : m.end] == m.text, (text, m)


NEWS_PIECE = st.one_of(
    st.text(HANZI, min_size=1, max_size=8),
    st.sampled_from(
        [
            "■",
            "□",
            "●",
            "①",
            "　",
            " ",
            "\n",
            "\n\n",
            "，",
            "。",
            "、",
            "：",
            "“",
            "”",
            "（",
            "）",
            "《",
            "》",
            "铁岭市",
            "开原市",
            "辽宁省",
            "经济开发区",
            "有限公司",
            "项目",
            "副市长",
            "投资",
            "1.2亿元",
            "一千二百万元",
            "5000余万元",
            "年产5万吨",
            "2022年10月8日",
            "去年11月",
            "8月24日",
            "等",
            "摄",
            "说",
        ]
    ),
    st.text(ANY_CHAR, min_size=1, max_size=3),
)
BYLINE = st.builds(
    lambda lead, b, n, m: lead + b.format(n=n, m=m),
    st.sampled_from(LEADS),
    st.sampled_from(BYLINES),
    st.text(HANZI, min_size=1, max_size=4),
    st.text(HANZI, min_size=2, max_size=3),
)
NEWS_TEXT = st.builds(
    lambda head, body, byline, tail: head + byline + body + tail,
    st.lists(NEWS_PIECE, max_size=4).map("".join),
    st.lists(NEWS_PIECE, max_size=20).map("".join),
    st.one_of(st.just(""), BYLINE),
    st.one_of(st.just(""), BYLINE),
)


@settings(max_examples=150, deadline=None)
@given(NEWS_TEXT)
def test_any_utf8_text_with_chinese_builds_or_is_refused_with_a_reason(text):
    """The whole pipeline (read, decode, extract, resolve, publish) on any valid UTF-8 text with
    Chinese in it, bylines first or last: a graph whose every mention points at its own text, or an
    InputError (a typed refusal with a reason), never an internal error."""
    import tempfile
    from pathlib import Path

    import kg
    from kg.rdf import sorted_ntriples

    if not any("\u4e00" <= c <= "\u9fff" for c in text):
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.txt"
        path.write_bytes(text.encode("utf-8"))
        try:
            graph = kg.build_graph([path])
        except InputError as e:
            assert str(e).startswith(str(path)) and "\n" not in str(e)
            return
    for m in (m for e in graph.entities for m in e.mentions):
        assert graph.documents[0].text[m.start : m.end] == m.text
    assert sorted_ntriples(graph)


def test_a_file_name_that_is_not_utf8_is_read_like_any_other(tmp_path):
    """caf\\xe9.txt (Latin-1) beside good files: it crashed the build (UnicodeEncodeError in the
    cache key), losing the good files too. Now every article builds; the bad byte shows as U+FFFD."""
    import os
    from pathlib import Path

    import kg

    root = Path(__file__).resolve().parent.parent
    seeds = sorted((root / "seeds").glob("*.txt"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(seeds[0].read_bytes())
    odd = Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt"))
    odd.write_bytes(seeds[1].read_bytes())
    result = kg.build([folder], tmp_path / "out", html=True, store=False)
    assert sorted(d.id for d in result.graph.documents) == ["caf\ufffd.txt", "good.txt"]
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "caf\ufffd.txt" in ttl
    assert "caf\ufffd.txt" in (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("甲乙 \t\n\r\x0b\x0c\u3000\u00a0\u2003\u2028\x1c\x85ab，")), max_size=40
    )
)
def test_white_space_counted_as_the_regex_counts_it(text):
    """_mostly_chinese counts white space as what str.split() leaves out: what \\s+ matches (str.isspace)."""
    import kg.ingest as ingest

    expected = sum(map(len, ingest._SPACE_RUN.findall(text)))
    assert len(text) - sum(map(len, text.split())) == expected


def test_open_credit_looked_for_at_the_end_only():
    """_joinable looks for _OPEN_CREDIT in a paragraph's last six characters: its matches end at the end ($)
    and are at most six characters long."""
    import re._parser as sre_parse

    import kg.ingest as ingest
    from kg.scan import _reach

    assert ingest._OPEN_CREDIT.pattern.endswith("$")
    assert _reach(sre_parse.parse(ingest._OPEN_CREDIT.pattern))[0] <= 6


def test_paths_listed_once_by_what_they_resolve_to(tmp_path):
    """iter_paths keeps the first of paths that resolve to one file (a file named twice, through a
    linked file or a linked folder), in input order; each folder is resolved once, a linked file
    itself (invented article files)."""
    from kg.ingest import iter_paths

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "sub").mkdir()
    for name in ("a/1.txt", "a/2.txt", "a/sub/3.txt"):
        (tmp_path / name).write_text("铁岭市召开会议。", encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "link.txt").symlink_to(tmp_path / "a" / "2.txt")
    (tmp_path / "alias").symlink_to(tmp_path / "a" / "sub")
    got = iter_paths(
        [
            tmp_path / "a",
            tmp_path / "a" / "1.txt",
            tmp_path / "b",
            tmp_path / "alias" / "3.txt",
            tmp_path / "alias",
        ]
    )
    assert got == [tmp_path / "a" / "1.txt", tmp_path / "a" / "2.txt", tmp_path / "a" / "sub" / "3.txt"]
    assert iter_paths([tmp_path / "b" / "link.txt", tmp_path / "a"]) == [
        tmp_path / "b" / "link.txt",
        tmp_path / "a" / "1.txt",
        tmp_path / "a" / "sub" / "3.txt",
    ]
