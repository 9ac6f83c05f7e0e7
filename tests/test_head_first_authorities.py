"""Joint authorities named head word first on a line of their own (extract/head_first_authorities.py).

The texts are written for these tests: a town's page listing the joint authorities it belongs to, bulleted, one a
line without bullets, numbered, and running text where the head word is followed by an inflected word.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document


def _authorities(tmp_path: Path, text: str) -> set[str]:
    doc = tmp_path / "kuntayhtymat.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    return {e.label for e in ex.entities.values() if e.type == "JointAuthority"}


_LEAD = "Kuntayhtymät\n\nKunnat voivat sopia, että tehtävää hoitaa kuntayhtymä.\n\n"


@needs_voikko
def test_bulleted_plain_and_numbered_items(tmp_path: Path) -> None:
    bullets = (_LEAD + "Kuntayhtymiä, joissa Kemijärven kaupunki on jäsen:\n\n"
               "  • Kuntayhtymä Lumme\n  • Kuntayhtymä Virta\n")
    assert {"Kuntayhtymä Lumme", "Kuntayhtymä Virta"} <= _authorities(tmp_path, bullets)
    plain = _LEAD + "Jäsenyydet:\nKuntayhtymä Lumme\nSamkommunen Strömmen, Vasa\n"
    assert {"Kuntayhtymä Lumme", "Samkommunen Strömmen"} <= _authorities(tmp_path, plain)
    numbered = _LEAD + "1. Kuntayhtymä Lumme (koulutus)\n2. Kuntayhtymä Virta\n"
    assert {"Kuntayhtymä Lumme", "Kuntayhtymä Virta"} <= _authorities(tmp_path, numbered)


@needs_voikko
def test_running_text_and_a_bare_head_word_name_no_authority(tmp_path: Path) -> None:
    text = (_LEAD + "Kuntayhtymä Lummessa ovat mukana monet kunnat. Kuntayhtymä päättää asiasta.\n"
            "Kuntayhtymä\n")
    assert not any(label.startswith(("Kuntayhtymä ", "Samkommunen ")) for label in _authorities(tmp_path, text))


@needs_voikko
def test_a_line_opening_with_the_head_word_and_a_verb_names_no_authority(tmp_path: Path) -> None:
    text = _LEAD + "Kuntayhtymä voi järjestää erityishuollon\nKuntayhtymä voi niille jäsenkunnille\n"
    assert not any(label.startswith("Kuntayhtymä ") for label in _authorities(tmp_path, text))
