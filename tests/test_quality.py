"""Quality floors on the seeds' gold and on our own annotated articles (raise them, never lower them)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from score import SETS, score_set  # noqa: E402

FLOORS = {  # (entity micro F1, relation micro F1, lowest per-class entity F1)
    "seeds": (0.93, 0.84, 0.80),
    "fixtures": (0.95, 0.92, 0.80),
    "heldout": (0.86, 0.68, 0.40),  # scored, never tuned on
}


@pytest.mark.parametrize("name", list(FLOORS))
def test_quality_floor(name):
    sc = score_set(*SETS[name])
    ent_f1 = sc.entities.micro[2]
    rel_f1 = sc.relations.micro[2]
    e_floor, r_floor, class_floor = FLOORS[name]
    assert ent_f1 >= e_floor, f"{name}: entity F1 {ent_f1:.3f} < {e_floor}"
    assert rel_f1 >= r_floor, f"{name}: relation F1 {rel_f1:.3f} < {r_floor}"
    worst = min(sc.entities.rows(), key=lambda row: row[3])
    assert worst[3] >= class_floor, f"{name}: class {worst[0]} F1 {worst[3]:.2f} < {class_floor}"
