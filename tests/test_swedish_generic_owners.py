"""Swedish minutes (output audit a39, invented text): the bare definite kind word before a chair's title
("Föreningens ordförande") is no association's name, and an association's name ends at its line: the page's
header on the next line ("Sida1 (2)") is no word of it."""

from __future__ import annotations

from tests.helpers import entity_labels, fact_rows
from welfare_kg.extract.gazetteer import Gazetteer

_MINUTES = ("Protokoll från årsmöte den 2 mars 2022 med Byaföreningen Lärkan\n"
            "Sida1 (2)\n\n"
            "§1   Föreningens ordförande Kerstin Ek hälsar välkommen och öppnar mötet.\n\n"
            "§2   Till sekreterare väljs Olof Berg.\n")


def test_the_bare_kind_word_is_no_association(gaz: Gazetteer) -> None:
    assert "Föreningen" not in entity_labels(_MINUTES, "Association", "minutes", gaz)
    assert not any(f[1] == "holdsPost" and f[2].endswith("foreningen") for f in fact_rows(gaz, _MINUTES, "minutes"))


def test_the_name_ends_at_its_line(gaz: Gazetteer) -> None:
    assert "Byaföreningen Lärkan" in entity_labels(_MINUTES, "Association", "minutes", gaz)


def test_a_named_owner_before_the_title_stays(gaz: Gazetteer) -> None:
    text = "Byaföreningen Lärkans ordförande Kerstin Ek öppnade mötet i byagården."
    assert any(f[1] == "holdsPost" and "larkan" in f[2] for f in fact_rows(gaz, text, "news"))
