"""A town right after a signature form's place label is where the minutes were signed, not a surname.

"PÖYTÄKIRJA ON TARKASTETTU ... Aika ja paikka Kuru Jari Tervola": read surname first, the block made "Jari Kuru" and
lost "Tervola". A municipality's name (data/municipalities.csv) after "paikka", "plats" or "ort" is the place. The
minutes and people are invented.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.people import listed_people

_BLOCK = ("LÄSNÄ Kallio Pekka puheenjohtaja Virta Anna jäsen MUUT SAAPUVILLA Parkkila Erkki kunnanjohtaja OLLEET "
          "Niemelä Anja kunnansihteeri ASIAT ALLEKIRJOITUS Puheenjohtaja Pöytäkirjanpitäjä Pekka Kallio Anja Niemelä "
          "PÖYTÄKIRJA ON TARKASTETTU ALLEKIRJOITUKSET Aika ja paikka {town} Jari Tervola PÖYTÄKIRJA ON Aika ja paikka "
          "OLLUT YLEISESTI {town} NÄHTÄVÄNÄ Virka-asema Panu Leino")


@needs_voikko
def test_town_after_the_place_label_is_no_surname() -> None:
    names = [p.label for p in listed_people(_BLOCK.format(town="Kuru"), MORPH)]
    assert "Jari Tervola" in names and "Jari Kuru" not in names


@needs_voikko
def test_the_rest_of_the_block_keeps_its_people() -> None:
    # guard: the rest of the block keeps its people
    names = [p.label for p in listed_people(_BLOCK.format(town="Kuru"), MORPH)]
    assert {"Pekka Kallio", "Anna Virta", "Anja Niemelä"} <= set(names)
