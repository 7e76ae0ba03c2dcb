"""Towns from the national township list (kg/data/towns.tsv.gz, scripts/derive_towns.py): case tables of
invented sentences (none copied from an annotated article; the towns are real townships of the counties
named, as the list gives them)."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest
from cases import names_of as _names
from cases import relations_of as _relations

from kg import gazetteer
from kg.gazetteer import towns, villages_of


def test_town_list_loads_once_and_has_the_expected_size():
    path = Path(gazetteer.__file__).parent / "data" / "towns.tsv.gz"
    assert path.stat().st_size < 400_000  # compressed; ~0.5 MB of text
    head = gzip.open(path, "rt", encoding="utf-8").read(2000)
    assert "jionlp" in head and "Apache License 2.0" in head and "统计用区划代码" in head
    gazetteer._tables.cache_clear()
    t = time.process_time()
    table = towns()
    assert time.process_time() - t < 1.0  # ~40 ms on the development machine (~10 ms from the kept tables)
    assert towns() is table  # read once
    # ~40k township names of ~3,000 counties (镇, 乡, 街道, 苏木), ~31k distinct
    assert 28_000 < len(table) < 36_000
    assert sum(len(v) for v in table.values()) > 38_000
    assert table["李千户镇"] == ("211221",)  # 铁岭县
    assert "211282" in table["庆云堡镇"]  # 开原市
    assert all(n.endswith(("镇", "乡", "街道", "苏木")) for n in table)
    for word in ("重镇", "城镇", "乡镇", "古镇", "小镇"):
        assert word not in table


def test_village_list_loads_and_has_the_expected_size():
    path = Path(gazetteer.__file__).parent / "data" / "villages.tsv.gz"
    assert path.stat().st_size < 2_500_000  # compressed; ~5.7 MB of text
    head = gzip.open(path, "rt", encoding="utf-8").read(1000)
    assert "jionlp" in head and "Apache License 2.0" in head
    t = time.process_time()
    kaiyuan = villages_of("211282")  # 开原市
    assert time.process_time() - t < 1.0  # the whole file once (~50 ms), then one county's line
    assert 200 < len(kaiyuan) < 400 and "三家子村" in kaiyuan
    assert villages_of("211282") is kaiyuan
    assert all(v.endswith("村") for v in kaiyuan)
    assert villages_of("999999") == frozenset()
    total = sum(len(line.split(" ")) for line in gazetteer._village_lines().values())
    assert 450_000 < total < 560_000


def test_kept_tables_are_the_lists_and_a_bad_file_is_written_again(tmp_path, monkeypatch):
    """The township and village tables kept in the temporary folder (kg.gazetteer._tables) are what
    reading the gzipped lists gives, in the same order; an unreadable or foreign file is replaced."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    read = gazetteer._read_tables()
    for content in (None, b"not marshal", b"\xe9" * 10):
        path = gazetteer._tables_path()
        assert path.parent == tmp_path
        if content is not None:
            path.write_bytes(content)
        gazetteer._tables.cache_clear()
        first = gazetteer._tables()  # read from the lists (no file, or a bad one), the file written
        gazetteer._tables.cache_clear()
        kept = gazetteer._tables()  # from the file
        assert kept is not first
        for got in (first, kept):
            assert list(got["towns"].items()) == list(read["towns"].items())
            assert list(got["towns_by_county"].items()) == list(read["towns_by_county"].items())
            assert list(got["villages"].items()) == list(read["villages"].items())
            assert got["town_tails"] == read["town_tails"]
    gazetteer._tables.cache_clear()


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a village of the article's county, without a town before it or another cue
        ("开原市召开会议。三家子村大力发展庭院经济。", "三家子村", ("Village",)),
        ("开原市召开会议。东升村和三家子村发展庭院经济。", "东升村", ("Village",)),
        ("开原市召开会议。业民镇下地村发展庭院经济。", "下地村", ("Village",)),
        # a township of the article's county, written without the patterns' cues (sentence start, no 在)
        ("开原市召开会议。庆云堡镇大力发展蔬菜产业。", "庆云堡镇", ("Town",)),
        # … after a verb that jieba does not join to it
        ("开原市召开会议。会上,大力发展庆云堡镇蔬菜产业。", "庆云堡镇", ("Town",)),
        # a township of a county the article names elsewhere (a city's article listing its counties)
        ("铁岭市召开会议,开原市、西丰县参加。会上,庆云堡镇作了发言。", "庆云堡镇", ("Town",)),
        # a county's short form right before one of its townships: both are places
        ("近日,开原八棵树镇举办农民丰收节。", "八棵树镇", ("Town",)),
        ("近日,开原八棵树镇举办农民丰收节。", "开原市", ("District",)),
        # a county under its former level word (湟中县 is today's 湟中区) before one of its townships
        ("在湟中县鲁沙尔镇,游客络绎不绝。", "鲁沙尔镇", ("Town",)),
        ("在湟中县鲁沙尔镇,游客络绎不绝。", "湟中区", ("District",)),
        # a 街道 of the county named before it
        ("澄江县龙街街道举办文艺活动。", "龙街街道", ("Town",)),
        # a town before one of its villages still encloses the village
        ("新宾县永陵镇赫图阿拉村发展乡村旅游。", "赫图阿拉村", ("Village",)),
        # two or more bare names of one 、 list, each a township of the article's county: the towns,
        # labelled with their listed names
        ("灯塔市召开会议。铧子、西大窑两个采煤沉陷区变成了风景区。", "铧子镇", ("Town",)),
        ("灯塔市召开会议。铧子、西大窑两个采煤沉陷区变成了风景区。", "西大窑镇", ("Town",)),
        ("开原市召开会议。在庆云堡、八棵树、马家寨等乡镇推广新品种。", "马家寨镇", ("Town",)),
        # a counted list of towns (A、B和C3个镇) gets the listed names as labels too
        ("开原市召开会议。在庆云堡、八棵树和马家寨3个镇推广新品种。", "八棵树镇", ("Town",)),
        # a proper name the list does not have, after 在, stays a town (lists lag behind renamings)
        ("在沟帮子镇,江城县开展志愿服务活动。", "沟帮子镇", ("Town",)),
    ],
)
def test_listed_towns(text, name, types):
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        # words for a kind of town are no township, listed or not
        ("开原市是辽北工业重镇,城镇化率逐年提高。", "工业重镇"),
        ("开原市是辽北工业重镇,城镇化率逐年提高。", "重镇"),
        ("在宜居乡镇建设中,开原市走在前列。", "宜居乡镇"),
        # a weak cue (在) before a name of everyday words that no county has as a township
        ("江城县在产业强镇建设中取得成效。", "产业强镇"),
        ("在农业强镇,江城县开展活动。", "农业强镇"),
        ("江城县鼓励在特色乡建设中发挥作用。", "特色乡"),
        # a bare name that is also an everyday word (新城) is not read as a township in a list
        ("开原市召开会议。我们的新城、金沟子两个项目进展顺利。", "新城街道"),
        # one bare name alone is not enough
        ("灯塔市召开会议。铧子采煤沉陷区变成了风景区。", "铧子镇"),
        # a village name of everyday words (下地村, a village of 开原市) is read only after its town
        ("开原市召开会议。我们要建设下地村。", "下地村"),
        # a village of a county the article does not name is not looked for
        ("江城县召开会议。三家子村大力发展庭院经济。", "三家子村"),
        # 乡 followed by 村 is 乡村 (a township's name does not run into the countryside)
        ("开原市召开会议。庆云堡乡村振兴工作稳步推进。", "庆云堡乡"),
        # a verb before a listed town is not part of its name (the listed name wins at its head)
        ("铁岭县召开会议。发展李千户镇设施农业。", "发展李千户镇"),
        ("铁岭县召开会议。发展李千户镇设施农业。", "千户镇"),
    ],
)
def test_not_towns(text, name):
    assert _names(text).get(name) != "Town"


@pytest.mark.parametrize(
    "text, triple",
    [
        # the list places a town in the one county of the article that has it, whichever county the
        # sentence or the article is about
        (
            "铁岭市召开会议,开原市、西丰县、铁岭县参加。会上,庆云堡镇、房木镇作了发言。",
            ("庆云堡镇", "partOf", "开原市"),
        ),
        (
            "铁岭市召开会议,开原市、西丰县、铁岭县参加。会上,庆云堡镇、房木镇作了发言。",
            ("房木镇", "partOf", "西丰县"),
        ),
        # a county (short form, old level word) written right before its town
        ("近日,开原八棵树镇举办农民丰收节。", ("八棵树镇", "partOf", "开原市")),
        ("澄江县龙街街道举办文艺活动。", ("龙街街道", "partOf", "澄江市")),
        ("新宾县永陵镇赫图阿拉村发展乡村旅游。", ("赫图阿拉村", "partOf", "永陵镇")),
        # a listed village after its town and 的 keeps the town as its parent
        ("开原市召开会议。庆云堡镇的三家子村发展庭院经济。", ("三家子村", "partOf", "庆云堡镇")),
    ],
)
def test_town_parents(text, triple):
    assert triple in _relations(text)


def test_a_town_is_not_placed_in_a_county_the_list_does_not_give_it():
    # 房木镇 is 西丰县's: named in a sentence about 开原市 it is still 西丰县's
    rels = _relations("铁岭市召开会议,开原市、西丰县参加。开原市与房木镇签订合作协议。")
    assert ("房木镇", "partOf", "西丰县") in rels
    assert ("房木镇", "partOf", "开原市") not in rels


@pytest.mark.parametrize(
    "text, triple",
    [
        # a township the list gives to another county is not placed in the county the sentence names
        # (房木镇 is 西丰县's)…
        ("开原市召开会议。开原市在房木镇建设污水处理厂。", ("房木镇", "partOf", "开原市")),
        # …nor in the article's own county
        ("开原市召开会议。会议要求,在房木镇建设污水处理厂。", ("房木镇", "partOf", "开原市")),
    ],
)
def test_no_parent_against_the_list(text, triple):
    assert triple not in _relations(text)


def test_a_listed_town_of_the_county_is_still_placed_there():
    assert ("庆云堡镇", "partOf", "开原市") in _relations("开原市召开会议。开原市在庆云堡镇建设污水处理厂。")
