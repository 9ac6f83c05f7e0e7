"""Place names that are something else in the text: surnames, modifiers of another head, plural-only
names, Swedish genitives and compass words written in lower case."""

from __future__ import annotations

from helpers import entity_types as _types

from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import tokenize


def _matches(text: str) -> list[tuple[str, str, str]]:
    toks = tokenize(text)
    return [(" ".join(t.text for t in toks[m.start:m.end]), m.entity.type, m.entity.label)
            for m in reference_gazetteer().match(toks, get_morphology())]


def test_place_after_a_first_name_is_a_surname() -> None:
    labels = _types("Osallistujat: Matti Joensuu, Ville Kankaanpää ja Risto Viitasaari. Kokous pidettiin Joensuussa.")
    assert labels.get("Matti Joensuu") == "Person"
    assert labels.get("Ville Kankaanpää") == "Person"
    assert labels.get("Risto Viitasaari") == "Person"
    assert "Kankaanpää" not in labels and "Viitasaari" not in labels
    assert labels.get("Joensuu") == "Municipality"  # the town the text names on its own stays


def test_places_in_a_list_stay_places() -> None:
    labels = _types("Jäsenkunnat: Alavus Evijärvi Ilmajoki Seinäjoki Soini Ähtäri.")
    assert labels.get("Seinäjoki") == "Municipality" and labels.get("Ähtäri") == "Municipality"


def test_plural_only_name_matches_inflected() -> None:
    assert ("Saamelaiskäräjien", "Agency", "Saamelaiskäräjät") in _matches("Yhteistyö Saamelaiskäräjien kanssa.")
    assert _matches("Saamelaiskäräjille lähetettiin kirje.")[0][2] == "Saamelaiskäräjät"


def test_swedish_genitive_of_a_noun_in_e() -> None:
    found = _matches("Östra Nylands välfärdsområdes styrelse sammanträdde.")
    assert found and found[0][1] == "WellbeingCounty"


def test_swedish_compass_word_in_lower_case() -> None:
    assert _matches("Verso koordinerar arbetet i östra Nyland och Päijänne-Tavastland.")[1] == (
        "östra Nyland", "Region", "Itä-Uusimaa")


def test_finnish_adjective_form_of_a_subarea() -> None:
    assert _matches("Itäisen Uudenmaan toiminnot erkanevat.")[0][2] == "Itä-Uusimaa"


def test_compass_genitive_before_an_adjective_or_a_heading_in_capitals_is_no_cooperation_area() -> None:
    assert _matches("Hän osallistui Itä-Suomen alueelliselle maanpuolustuskurssille.") == []
    assert not [m for m in _matches("[ ] ITÄ-SUOMEN LÄÄNINHALLITUS [X] LÄNSI-SUOMEN LÄÄNINHALLITUS")
                if m[1] == "CooperationArea"]
    assert _matches("Hanke toimii Itä-Suomen alueella.")[0][1] == "CooperationArea"


def test_place_heading_after_a_name_on_the_line_before_stays_a_place() -> None:
    labels = _types("Kolari: Aino Lahti, varalla Matti Aalto\nSavukoski: Eino Savukoski, varalla Raija Aalto")
    assert labels.get("Savukoski") == "Municipality"
    assert labels.get("Eino Savukoski") == "Person"
