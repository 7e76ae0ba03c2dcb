"""Rules added from the seventeenth development set (tests/dev17): case tables of invented sentences (none
copied from an annotated article)."""

from __future__ import annotations

import pytest
from cases import names_of as _names
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, name, types",
    [
        # a county-level city's short form that is an everyday verb (合作 of 合作市) votes for no home place:
        # 市委 stays the committee of the city the article names
        (
            "5月6日,市委书记李明会见客商。李明说,鞍山与各方合作前景广阔,双方将深化合作、扩大合作。",
            "中共鞍山市委",
            ("GovernmentBody",),
        ),
        # credit lines with a colon: 记者:某某, 作者:某某
        ("鞍山召开会议。\n记者:王小明\n", "王小明", ("Person", "Official")),
        ("鞍山召开会议。\n来源:鞍山市委宣传部\n作者:李小红\n", "李小红", ("Person", "Official")),
        # a people's organisation after a bare level word is the home place's branch
        ("鞍山市召开会议。市工商联主席王明出席,市妇联主席李红讲话。", "鞍山市工商联", ("Institution",)),
        ("鞍山市召开会议。市工商联主席王明出席,市妇联主席李红讲话。", "鞍山市妇联", ("Institution",)),
        # the committee's Taiwan affairs office
        ("鞍山市委台办主任张华陪同走访。", "中共鞍山市委台办", ("GovernmentBody",)),
        # a department of the committee named in full after a post in it
        ("鞍山市委常委、宣传部部长王强出席。", "中共鞍山市委宣传部", ("GovernmentBody",)),
        # a named branch of an association
        (
            "中国机械工业协会铸造分会会长李强表示,将组织企业对接。",
            "中国机械工业协会铸造分会",
            ("Institution",),
        ),
        # source lines and a closing bracketed paper: the medium the article comes from
        ("江城召开会议。\n2023年5月6日 来源:江城经济报\n", "江城经济报", ("Institution",)),
        ("鞍山召开会议。\n来源：人民网-山东频道\n", "人民网-山东频道", ("Institution",)),
        ("鞍山召开会议,签约项目12个。(江城商报)\n", "江城商报", ("Institution",)),
    ],
)
def test_dev17_names(text: str, name: str, types: tuple[str, ...]) -> None:
    assert _names(text).get(name) in types


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "5月6日,市委书记李明会见客商。李明说,鞍山与各方合作前景广阔,双方将深化合作、扩大合作。",
            "中共合作市委",
        ),
        ("中国机械工业协会铸造分会会长李强表示,将组织企业对接。", "中国机械工业协会"),
        # a region inside a site's channel name is no place of the article
        ("鞍山召开会议。\n来源：人民网-山东频道\n", "山东省"),
        # the committee's commissions in a roster stay posts (as the development sets' gold reads them)
        ("临江县委副书记、政法委书记王强出席。", "中共临江县委政法委"),
    ],
)
def test_dev17_not_names(text: str, name: str) -> None:
    assert name not in _names(text)


def test_dev17_source_body_is_no_medium() -> None:
    # a source that is no medium (a party department) is left to the body rules
    names = _names("鞍山召开会议。\n来源:鞍山市委宣传部\n")
    assert not [n for n, t in names.items() if t == "Institution"]
    assert names.get("中共鞍山市委宣传部") == "GovernmentBody"


@pytest.mark.parametrize(
    "text, triple",
    [
        ("鞍山市召开会议。市妇联主席李红讲话。", ("李红", "worksFor", "鞍山市妇联")),
        ("鞍山市召开会议。市妇联主席李红讲话。", ("鞍山市妇联", "locatedIn", "鞍山市")),
        ("鞍山市委常委、宣传部部长王强出席。", ("王强", "worksFor", "中共鞍山市委宣传部")),
        ("鞍山市委常委、宣传部部长王强出席。", ("中共鞍山市委宣传部", "partOf", "中共鞍山市委")),
        ("鞍山市委台办主任张华陪同走访。", ("张华", "worksFor", "中共鞍山市委台办")),
        # a guest who came to a place to attend a gathering takes part in it; the gathering is held there
        (
            "6月2日,鞍山市市长王明会见来我市出席国际汽车产业论坛的中国汽车工业协会会长李强一行。",
            ("李强", "participatesIn", "国际汽车产业论坛"),
        ),
        (
            "6月2日,鞍山市市长王明会见来我市出席国际汽车产业论坛的中国汽车工业协会会长李强一行。",
            ("国际汽车产业论坛", "locatedIn", "鞍山市"),
        ),
        # a byline that names its medium after 来源: the reporter works for it
        (
            "江城召开会议\n记者 王小明 江城报道 来源:江城经济报\n江城举行签约仪式。",
            ("王小明", "worksFor", "江城经济报"),
        ),
    ],
)
def test_dev17_relations(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _relations(text)
