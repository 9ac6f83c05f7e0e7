"""eval/org_swap.py: an organisation's distinctive part swapped in the text (inflected forms too) and in the gold;
heads, legal forms and places kept."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import load_script


def test_organisation_names_are_swapped_keeping_heads(tmp_path: Path) -> None:
    module = load_script("eval/org_swap.py")
    src, dest = tmp_path / "src", tmp_path / "dest"
    src.mkdir()
    (src / "a.txt").write_text("Kehittämisyhdistys Mansikka ry myönsi tuen. Mansikan hallitus ja Sininauhaliiton "
                               "edustaja sekä POKA:n johtaja.\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    ents = [{"key": "a", "types": ["Association"], "names": ["Kehittämisyhdistys Mansikka ry"], "optional": False},
            {"key": "b", "types": ["Association"], "names": ["Sininauhaliitto"], "optional": False},
            {"key": "c", "types": ["Association"], "names": ["POKA"], "optional": False}]
    gold.write_text(json.dumps({"doc": "a.txt", "kind": "page", "facts": [], "entities": ents}) + "\n",
                    encoding="utf-8")
    assert module.main([str(src), str(dest), str(tmp_path / "out.jsonl"), "--gold", str(gold), "--seed", "3"]) == 0
    text = (dest / "a.txt").read_text(encoding="utf-8")
    names = [e["names"][0] for e in json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["entities"]]
    assert "Mansik" not in text and "Sininauha" not in text and "POKA" not in text
    first, word, legal = names[0].split()
    assert first.endswith("yhdistys") and legal == "ry" and word.endswith("kka") and f"{word} ry myönsi" in text
    assert f"{word[:-3]}kan hallitus" in text
    assert names[1].endswith("liitto") and f"{names[1][:-6]}liiton edustaja" in text
    assert len(names[2]) == 4 and names[2].isupper() and f"{names[2]}:n johtaja" in text


def test_unknown_compound_with_an_organisation_head_inflects_as_the_head() -> None:
    from welfare_kg.extract.morphology import VoikkoMorphology

    m = VoikkoMorphology()
    assert m.analyse("Repeliiton")[0][:2] == ("Repeliitto", "nimisana")
    assert m.analyse("Lämekunnan")[0].base == "Lämekunta"
    assert m.analyse("Virtasen")[0].base == "Virtanen"  # a known word is Voikko's
