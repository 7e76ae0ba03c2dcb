"""Relation-recall rules (participatesIn, locatedIn, implements, investsIn, partOf): case tables of
invented sentences, none copied from an annotated article."""

from __future__ import annotations

import pytest
from cases import relations_of as _relations


@pytest.mark.parametrize(
    "text, triple",
    [
        # a person written right before 在会上, whatever the verb after it, takes part in the meeting
        (
            "江城市召开全市工业经济推进会。副市长王建国在会上为获奖企业颁发证书。",
            ("王建国", "participatesIn", "全市工业经济推进会"),
        ),
        (
            "江城市召开全市工业经济推进会。江城市商务局局长李明在推进会上通报了招商情况。",
            ("李明", "participatesIn", "全市工业经济推进会"),
        ),
    ],
)
def test_relation_found(text, triple):
    assert triple in _relations(text)


@pytest.mark.parametrize(
    "text, triple",
    [
        # without a verb of speech the person must be the one right before 在…上
        (
            "江城市召开全市工业经济推进会。王建国说,企业在会上拿到了证书。",
            ("王建国", "participatesIn", "全市工业经济推进会"),
        ),
    ],
)
def test_relation_not_found(text, triple):
    assert triple not in _relations(text)
