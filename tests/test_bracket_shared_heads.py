"""An association in a person's own bracket whose head word another association of the text ends in
("(Pellon Veteraanit, pj)" beside "(Ikiliikkuvat Veteraanit, sihteeri)") is read as an association, and the post
with it (output audit a39, invented caption). Without such a head elsewhere, or without a person before the bracket, the
capitalised words stay unread."""

from __future__ import annotations

from tests.helpers import entity_labels, fact_rows
from welfare_kg.extract.gazetteer import Gazetteer

_CAPTION = ("Kuvassa vasemmalta: Aino Kallunki (Pellon Veteraanit, pj), Eero Mäntylä (Kolarin Veteraanit, vpj) ja "
            "Liisa Tervo (Ikiliikkuvat Veteraanit, sihteeri).")


def test_the_shared_head_makes_the_bracket_an_association(gaz: Gazetteer) -> None:
    assert "Ikiliikkuvat Veteraanit" in entity_labels(_CAPTION, "Association", "news", gaz)
    assert any(f[0] == "person/liisa-tervo" and f[1] == "holdsPost" and "ikiliikkuvat" in f[2]
               for f in fact_rows(gaz, _CAPTION, "news"))


def test_no_shared_head_no_association(gaz: Gazetteer) -> None:
    text = "Kuvassa vasemmalta Liisa Tervo (Ikiliikkuvat Kävelijät, sihteeri) ja kaupungin edustaja."
    assert "Ikiliikkuvat Kävelijät" not in entity_labels(text, "Association", "news", gaz)
