"""Agreement and project names whose title opens with genitives (extract/title_genitive_chains.py); invented titles."""

from __future__ import annotations

from helpers import extract

MINUTES = ("Kunnanhallitus, kokous 3.2.2031\n\n"
           "§ 12 Oppilaitosten ja kuntayhtymän yhteistyösopimus\n\n"
           "Valmistelija\n\nKunnanhallitus hyväksyy yhteistyösopimuksen liitteen mukaisesti.\n")


def _labels(text: str, kind: str) -> set[str]:
    ex = extract(text)
    return {e.label.lower() for e in ex.entities.values() if e.type == kind}


def test_genitives_opening_an_item_title_belong_to_the_agreement() -> None:
    assert "oppilaitosten ja kuntayhtymän yhteistyösopimus" in _labels(MINUTES, "Agreement")


def test_a_title_in_capitals_after_a_separator() -> None:
    text = ("KÄSITELTÄVÄT ASIAT\n\nLAUSUNTO / LIIKENTEEN, ASUMISEN JA VIHERALUEIDEN AIESOPIMUS 14 MUUT ASIAT\n\n"
            "Kunnanhallitus antaa lausunnon aiesopimuksesta.\n")
    assert "liikenteen, asumisen ja viheralueiden aiesopimus" in _labels(text, "Agreement")


def test_a_genitive_inside_running_text_is_left_alone() -> None:
    text = "Kunnanhallitus päätti, että kaupungin yhteistyösopimus oppilaitosten kanssa jatkuu vuoteen 2033.\n"
    assert not any(label.startswith("kaupungin") for label in _labels(text, "Agreement"))


def test_a_bare_head_after_a_genitive_is_no_name() -> None:
    text = "Muut asiat\n\nKunnan sopimus\n\nKunnanhallitus merkitsee tiedoksi.\n"
    assert "kunnan sopimus" not in _labels(text, "Agreement")


def test_an_owners_genitive_before_a_proper_name_stays_out() -> None:
    text = "Esimerkkikunnan KYLÄVOIMA -hanke alkoi.\n\nHanke kestää kaksi vuotta.\n"
    assert not any(label.startswith("esimerkkikunnan") for label in _labels(text, "Project"))
