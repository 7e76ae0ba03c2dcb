"""scripts/relpairs.py and scripts/train_relpairs.py: the candidates of the learned-pair experiment
(invented sentences), their bounded cost, and a training that is repeatable byte for byte."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import relpairs  # noqa: E402
import train_relpairs  # noqa: E402

from kg.extract import extract  # noqa: E402
from kg.ingest import make_document  # noqa: E402
from kg.schema import allowed  # noqa: E402


def _pairs(text: str, every: bool = False) -> list[relpairs.Pair]:
    return list(relpairs.pairs(extract(make_document(text, "case.txt")), every=every))


def _find(ps, subj: str, pred: str, obj: str) -> relpairs.Pair | None:
    return next(
        (p for p in ps if p.subject.name == subj and p.predicate == pred and p.object.name == obj), None
    )


# (invented text, subject, predicate, object, a feature the candidate must have; "" = no candidate)
CASES = [
    # the words between the two names, the other name masked to its class
    (
        "辽宁宏达机械有限公司年产5万吨铸件项目落户开原市。",
        "辽宁宏达机械有限公司",
        "locatedIn",
        "开原市",
        "b:落户",
    ),
    (
        "辽宁宏达机械有限公司年产5万吨铸件项目落户开原市。",
        "辽宁宏达机械有限公司",
        "locatedIn",
        "开原市",
        "b:@Project",
    ),
    # the sentence's relation cues
    (
        "辽宁宏达机械有限公司参加了沈阳市首届食品节。",
        "辽宁宏达机械有限公司",
        "organizes",
        "沈阳市首届食品节",
        "cue:参加",
    ),
    # an object before its subject
    (
        "沈阳市首届食品节上，辽宁宏达机械有限公司签约。",
        "辽宁宏达机械有限公司",
        "participatesIn",
        "沈阳市首届食品节",
        "back",
    ),
    # what the ontology forbids is no candidate: a programme implements nothing, a company is in no company
    ("铁岭市人民政府启动“百企帮百村”专项行动。", "“百企帮百村”专项行动", "implements", "铁岭市人民政府", ""),
    (
        "辽宁宏达机械有限公司和铁岭华晨橡塑制品有限公司签约。",
        "辽宁宏达机械有限公司",
        "locatedIn",
        "铁岭华晨橡塑制品有限公司",
        "",
    ),
    # names in two sentences are never paired
    ("辽宁宏达机械有限公司扩大生产。开原市召开会议。", "辽宁宏达机械有限公司", "locatedIn", "开原市", ""),
]


@pytest.mark.parametrize("text,subj,pred,obj,feature", CASES)
def test_case_table(text, subj, pred, obj, feature):
    found = _find(_pairs(text, every=True), subj, pred, obj)
    if not feature:
        assert found is None
    else:
        assert found is not None
        assert f"{pred}|{feature}" in found.features


def test_rules_pairs_are_not_candidates():
    """A triple a rule made is a candidate only when the training script asks for every pair."""
    text = "铁岭市人民政府启动“百企帮百村”专项行动。"
    assert _find(_pairs(text, every=True), "铁岭市人民政府", "implements", "“百企帮百村”专项行动")
    assert not _find(_pairs(text), "铁岭市人民政府", "implements", "“百企帮百村”专项行动")


def test_every_candidate_is_allowed_and_in_one_sentence():
    text = "辽宁宏达机械有限公司年产5万吨铸件项目落户开原市，铁岭市人民政府启动“百企帮百村”专项行动。"
    ps = _pairs(text, every=True)
    assert ps
    for p in ps:
        assert allowed(p.predicate, p.subject.type, p.object.type)
        assert p.vstart <= min(p.subject.vstart, p.object.vstart)
        assert max(p.subject.vend, p.object.vend) <= p.vend


def test_features_repeat():
    text = "辽宁宏达机械有限公司参加了沈阳市首届食品节，铁岭市人民政府主办。"
    assert [p.features for p in _pairs(text)] == [p.features for p in _pairs(text)]


def test_long_list_is_linear():
    """A name meets at most 2 × NEIGHBOURS others: the candidates grow with the names, not their square."""
    names = [f"{a}{b}科技有限公司" for a in "甲乙丙丁戊己庚辛壬癸" for b in "金木水火土日月星辰风"]
    doc = make_document("、".join(names) + "签约。", "case.txt")
    ctx = extract(doc)
    n = len(ctx.mentions)
    t = time.perf_counter()
    count = sum(1 for _ in relpairs.pairs(ctx, every=True))
    assert count <= 2 * relpairs.NEIGHBOURS * n * len(relpairs.PREDICATES)
    assert time.perf_counter() - t < 5


def _article(name: str, pos: bool) -> train_relpairs.Article:
    ents = {
        "a": {"types": {"Company"}, "names": {name + "公司"}},
        "b": {"types": {"District"}, "names": {"甲县"}},
    }
    gold = {
        "entities": [
            {"id": "g1", "type": "Company", "label": name + "公司"},
            {"id": "g2", "type": "District", "label": "甲县"},
        ],
        "relations": [{"subject": "g1", "predicate": "locatedIn", "object": "g2"}] if pos else [],
    }
    t = ("a", "locatedIn", "b")
    feats = ("locatedIn|bias", "locatedIn|b:落户" if pos else "locatedIn|b:和")
    return train_relpairs.Article(name, ents, set(), gold, {t: [feats]}, {t: int(pos)})


def test_training_is_repeatable():
    data = {f"s{i}": [_article(f"乙{i}{j}", j % 2 == 0) for j in range(4)] for i in range(3)}
    preds = frozenset({"locatedIn"})
    one = train_relpairs.dumps(train_relpairs.fit(data, preds))
    two = train_relpairs.dumps(train_relpairs.fit(data, preds))
    assert one == two
    model = relpairs.model_from(train_relpairs.fit(data, preds))
    assert model.probability(("locatedIn|bias", "locatedIn|b:落户")) > 0.5
    assert model.probability(("locatedIn|bias", "locatedIn|b:和")) < 0.5
