"""A legal form written with inner full stops ends a name, not the list it stands in (extract/lists.py
`_list_end`). Invented names."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _joined(text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {out.entities[f.subject].label for f in out.facts
            if f.rule == "participatesIn:list" and f.subject in out.entities}


def test_the_list_goes_on_past_an_inner_stop_legal_form() -> None:
    text = ("Kylätupa-hanke alkoi keväällä. Hanketta toteuttavat seuraavat yhdistykset: Kotikylän Nuoret r.y. "
            "(Y-tunnus ) Harjulan Kylät ry ja Mäkelän Kyläyhdistys ry. Työ jatkuu syksyllä.")
    got = _joined(text)
    assert any(lab.startswith("Harjulan Kylät") for lab in got), got
    assert any(lab.startswith("Mäkelän Kyläyhdistys") for lab in got), got


def test_a_sentence_s_own_stop_still_ends_the_list() -> None:
    text = ("Kylätupa-hanke alkoi keväällä. Hanketta toteuttavat seuraavat yhdistykset: Kotikylän Nuoret ry. "
            "Harjulan Kylät ry järjesti juhlan.")
    assert not any(lab.startswith("Harjulan Kylät") for lab in _joined(text))
