"""Receivers listed one a bulleted line with their town (extract/place_rows.py)."""

from __future__ import annotations

from helpers import entity_types

from welfare_kg.extract.model import Mention
from welfare_kg.extract.place_rows import place_row_mentions

LIST = ("Pankki jakaa lahjoituksia paikallisille toimijoille. Seuraavat saavat kukin 1000 euroa:\n\n"
        "  • Ruokapankki Apajat, Kuopio\n"
        "  • Iisalmen Nuorisotuki ry, Iisalmi\n"
        "  • Kohtaamispaikka Majakka, Siilinjärvi\n"
        "  • Kyläpuoti Kanerva, Kuopio\n\n"
        "Lahjoitukset maksetaan syksyllä.\n")


def test_unread_names_of_a_list_of_organisations_with_towns() -> None:
    names = entity_types(LIST)
    assert names.get("Ruokapankki Apajat") == "Association"
    assert names.get("Kohtaamispaikka Majakka") == "Association"
    assert names.get("Kyläpuoti Kanerva") == "Association"


def _rows_read(text: str, known: dict[str, str]) -> set[str]:
    """The names place_row_mentions adds to a text whose only mentions are `known` (surface -> type)."""
    found = [Mention(start=(at := text.index(s)), end=at + len(s), surface=s, label=s, type=typ, rule="gazetteer")
             for s, typ in known.items()]
    out = place_row_mentions(text, [sorted(found, key=lambda m: m.start)], [0])
    return {m.label for ms in out for m in ms if m.rule == "association-place-row"}


def test_a_list_with_no_organisation_known_is_left_alone() -> None:
    towns = {"Kuopio": "Municipality", "Iisalmi": "Municipality", "Siilinjärvi": "Municipality"}  # first of each
    assert "Ruokapankki Apajat" in _rows_read(LIST, towns | {"Iisalmen Nuorisotuki ry": "Association"})
    assert not _rows_read(LIST.replace("Iisalmen Nuorisotuki ry", "Nuorisotuki Polku"), towns)


def test_a_list_of_people_or_projects_is_no_list_of_organisations() -> None:
    text = ("Mukana ovat:\n\n  • Matti Virtanen, Kuopio\n  • Iisalmen Nuorisotuki ry, Iisalmi\n"
            "  • Kyläkoulu-hanke, Siilinjärvi\n  • Liisa Laine, Kuopio\n")
    names = entity_types(text)
    assert names.get("Matti Virtanen") != "Association"
    assert not any(label.startswith("Kyläkoulu") and typ == "Association" for label, typ in names.items())
