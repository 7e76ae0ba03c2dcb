"""Rules added from the twenty-second development set (tests/dev22): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names

from kg.extract import extract
from kg.ingest import make_document
from kg.resolve import resolve


def _entities(text: str) -> list[set[str]]:
    """The names (label and aliases) of each entity one text resolves to."""
    entities, _ = resolve([extract(make_document(text, "case.txt"))])
    return [{e.label, *e.aliases} for e in entities]


def _one_entity(text: str, a: str, b: str) -> bool:
    return any(a in names and b in names for names in _entities(text))


@pytest.mark.parametrize(
    "text, a, b",
    [
        # a zone kind's standard short form names the same zone (经开区, 高新区)
        (
            "北湖经济技术开发区与江城控股集团签署协议。新材料产业园当天落户北湖经开区。",
            "北湖经济技术开发区",
            "北湖经开区",
        ),
        (
            "青山高新技术产业开发区管委会介绍了情况。青山高新区今年引进项目12个。",
            "青山高新技术产业开发区",
            "青山高新区",
        ),
        # a firm's short name keeps the first character of each word of its full name, 中国 → 中
        (
            "市长会见了中国能源建设集团有限公司董事长一行。中能建集团将加大在本市的投资。",
            "中国能源建设集团有限公司",
            "中能建集团",
        ),
    ],
)
def test_dev22_same_entity(text: str, a: str, b: str) -> None:
    assert _one_entity(text, a, b)


@pytest.mark.parametrize(
    "text, a, b",
    [
        # a firm whose first word is kept but whose other words are not all kept in order is another firm
        (
            "市长会见了中国建筑集团有限公司董事长一行。中交建集团也参加了会见。",
            "中国建筑集团有限公司",
            "中交建集团",
        ),
        # two development zones of different places stay two
        (
            "北湖经济技术开发区与南湖经开区签署合作协议。",
            "北湖经济技术开发区",
            "南湖经开区",
        ),
    ],
)
def test_dev22_not_same_entity(text: str, a: str, b: str) -> None:
    assert not _one_entity(text, a, b)


def test_dev22_dateline_of_paper_and_site_ends_the_headline() -> None:
    # a headline with a comma and no full stop does not run on into a dateline naming a paper and its site
    text = (
        "新材料产业园落户北湖新区,李明与江城集团董事长座谈\n\n"
        "江城日报-江城网5月3日讯(记者王小红)5月2日,市委书记李明与江城集团董事长张强一行座谈。"
    )
    names = _names(text)
    assert "江城日报" in names
    assert not any(n.endswith("座谈江城日报") for n in names)
