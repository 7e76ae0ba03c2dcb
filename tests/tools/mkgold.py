"""Write SET/gold/NAME.json from the compact hand annotations in SET/tools/ann_NAME.py (one tool for every set).

    python tests/tools/mkgold.py tests/dev4 x01 x02 …

It checks that every evidence string occurs in SET/texts/NAME.txt.
"""

import importlib.util
import json
import sys
from pathlib import Path


def build(root: Path, name: str) -> None:
    spec = importlib.util.spec_from_file_location(name, root / "tools" / f"ann_{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    text = (root / "texts" / f"{name}.txt").read_text(encoding="utf-8")
    ids: dict[str, str] = {}
    entities = []
    for i, (key, typ, label, aliases) in enumerate(mod.ENTITIES, 1):
        ids[key] = f"e{i}"
        entities.append({"id": f"e{i}", "type": typ, "label": label, "aliases": aliases})
    relations = []
    for row in mod.RELATIONS:
        subj, pred, obj, ev = row[:4]
        extra = row[4] if len(row) > 4 else {}
        if ev not in text:
            sys.exit(f"{name}: evidence not in text: {ev}")
        rel = {"subject": ids[subj], "predicate": pred, "object": ids[obj], **extra, "evidence": ev}
        relations.append(rel)
    values = []
    for key, prop, value, unit, ev in getattr(mod, "VALUES", []):
        if ev not in text:
            sys.exit(f"{name}: value evidence not in text: {ev}")
        values.append({"entity": ids[key], "property": prop, "value": value, "unit": unit, "evidence": ev})
    out = {
        "document": f"{name}.txt",
        "entities": entities,
        "relations": relations,
        "values": values,
        "notes": mod.NOTES,
    }
    (root / "gold" / f"{name}.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    for n in sys.argv[2:]:
        build(Path(sys.argv[1]), n)
