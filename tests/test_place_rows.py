"""Receivers listed one a bulleted line with their town (extract/place_rows.py)."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _names(text: str) -> dict[str, str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label: e.type for e in out.entities.values()}


LIST = ("Pankki jakaa lahjoituksia paikallisille toimijoille. Seuraavat saavat kukin 1000 euroa:\n\n"
        "  • Ruokapankki Apajat, Kuopio\n"
        "  • Iisalmen Nuorisotuki ry, Iisalmi\n"
        "  • Kohtaamispaikka Majakka, Siilinjärvi\n"
        "  • Kyläpuoti Kanerva, Kuopio\n\n"
        "Lahjoitukset maksetaan syksyllä.\n")


def test_unread_names_of_a_list_of_organisations_with_towns() -> None:
    names = _names(LIST)
    assert names.get("Ruokapankki Apajat") == "Association"
    assert names.get("Kohtaamispaikka Majakka") == "Association"
    assert names.get("Kyläpuoti Kanerva") == "Association"


def test_a_list_with_no_organisation_known_is_left_alone() -> None:
    names = _names(LIST.replace("Iisalmen Nuorisotuki ry", "Nuorisotuki Polku"))
    assert "Ruokapankki Apajat" not in names


def test_a_list_of_people_or_projects_is_no_list_of_organisations() -> None:
    text = ("Mukana ovat:\n\n  • Matti Virtanen, Kuopio\n  • Iisalmen Nuorisotuki ry, Iisalmi\n"
            "  • Kyläkoulu-hanke, Siilinjärvi\n  • Liisa Laine, Kuopio\n")
    names = _names(text)
    assert names.get("Matti Virtanen") != "Association"
    assert not any(label.startswith("Kyläkoulu") and typ == "Association" for label, typ in names.items())
