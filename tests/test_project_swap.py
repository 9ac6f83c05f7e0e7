"""eval/project_swap.py: a coined project name swapped in text and gold alike, heads, years, places and funds kept."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import load_script


def test_coined_project_names_are_swapped_in_text_and_gold_alike(tmp_path: Path) -> None:
    module = load_script("eval/project_swap.py")
    src, dest = tmp_path / "src", tmp_path / "dest"
    src.mkdir()
    filler = " ".join(["Kaupunki ja kunnat tekevät yhteistyötä, sillä työ on kova."] * 4)
    (src / "a.txt").write_text(
        "TUKEVA-hanke alkaa. Vahva Kylä 2030 -hankkeen rahoittaa Euroopan sosiaalirahasto (ESR). "
        f"Vahvan Kylän tavoitteet Keski-Suomessa. {filler}\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "kind": "page", "facts": [], "entities": [
        {"key": "p1", "types": ["Project"], "names": ["TUKEVA", "TUKEVA-hanke"], "optional": False},
        {"key": "p2", "types": ["Project"], "names": ["Vahva Kylä 2030", "Vahva Kylä 2030 -hanke"], "optional": False},
        {"key": "esr", "types": ["Programme"], "names": ["Euroopan sosiaalirahasto", "ESR"], "optional": False},
    ]}) + "\n", encoding="utf-8")
    assert module.main([str(src), str(dest), str(tmp_path / "out.jsonl"), "--gold", str(gold), "--seed", "2"]) == 0
    text = (dest / "a.txt").read_text(encoding="utf-8")
    names = {e["key"]: e["names"] for e in json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["entities"]}
    acronym = names["p1"][0]
    assert acronym != "TUKEVA" and len(acronym) == 6 and acronym.isupper() and names["p1"][1] == f"{acronym}-hanke"
    assert f"{acronym}-hanke alkaa" in text and "TUKEVA" not in text
    title = names["p2"][0]
    assert title.endswith(" 2030") and "Vahva" not in title and "Kylä" not in title
    assert f"{title} -hankkeen" in text and "Vahvan" not in text
    assert names["esr"] == ["Euroopan sosiaalirahasto", "ESR"] and "(ESR)" in text and "Keski-Suomessa" in text
