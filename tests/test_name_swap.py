"""eval/name_swap.py: a person's names swapped in the text (inflected forms and capitals too) and in the gold."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import load_script


def test_names_are_swapped_in_text_and_gold_alike(tmp_path: Path) -> None:
    module = load_script("eval/name_swap.py")
    src, dest = tmp_path / "src", tmp_path / "dest"
    src.mkdir()
    (src / "a.txt").write_text("Puheenjohtaja Matti Virtanen. Matti Virtasen esitys. MATTI VIRTASEN EROPYYNTÖ.\n",
                               encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "kind": "minutes", "facts": [], "entities": [
        {"key": "p", "types": ["Person"], "names": ["Matti Virtanen"], "optional": False}]}) + "\n", encoding="utf-8")
    assert module.main([str(src), str(dest), str(tmp_path / "out.jsonl"), "--gold", str(gold), "--seed", "3"]) == 0
    text = (dest / "a.txt").read_text(encoding="utf-8")
    name = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["entities"][0]["names"][0]
    first, surname = name.split()
    assert "Virtanen" not in text and "Matti" not in text
    assert f"{first} {surname}." in text and surname.endswith("nen")
    assert f"{first} {surname[:-3]}sen esitys" in text and f"{first.upper()} {surname[:-3].upper()}SEN" in text
