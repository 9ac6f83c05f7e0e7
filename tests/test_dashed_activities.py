"""An activity named with a spaced dash ("X -toiminta") is a project; a web page's "Lue lisää" link text is no part
of a name; a grant to a name no list knows ("N:lle" with a colon) goes to no other project. Our own sentences."""

from __future__ import annotations

from tests.helpers import entity_labels, fact_triples


def test_a_dashed_activity_is_a_project() -> None:
    labels = entity_labels("Pihalla yhdessä -toiminta tukee kaupungin ikäihmisiä.", "Project")
    assert any(label.startswith("Pihalla yhdessä") for label in labels)


def test_an_activity_in_capitals_and_inflected_is_a_project() -> None:
    assert any(x.startswith("PIHALLA YHDESSÄ") for x in entity_labels("PIHALLA YHDESSÄ -TOIMINTA (avustus)", "Project"))
    assert any(x.startswith("Pikku Apu") for x in entity_labels("Rahaa ohjataan Pikku Apu -toimintaan.", "Project"))


def test_compounds_and_elided_heads_are_not_activities() -> None:
    assert not entity_labels("Alueen neljän Leader -toimintaryhmän kanssa tehtiin sopimus.", "Project")
    assert not entity_labels("Nuorisotyön ja -toiminnan kehittäminen jatkuu.", "Project")


def test_read_more_link_text_is_no_part_of_the_name() -> None:
    labels = entity_labels("Lue lisää Pihalla yhdessä -hankkeesta.", "Project")
    assert "Pihalla yhdessä" in labels
    assert not any(x.startswith("Lue") for x in labels)


def test_a_grant_to_an_unknown_colon_allative_name_goes_to_no_project() -> None:
    text = ("Eduskunta myönsi 5K:lle määrärahalisäystä 90 000 euroa.\n\n"
            "Esimerkkinä nuorten työstä on Pihalla yhdessä -toiminta, jossa kerättiin roskia.")
    assert not any(p == "funds" for _, p, _ in fact_triples(text))


def test_a_plural_activity_head_keeps_its_one_name() -> None:
    # "-toiminnot": one set of activities under one name, unlike "X -hankkeiden" (projects of X)
    assert any(x.startswith("Pikku Apu") for x in entity_labels("Tukea myönnetään Pikku Apu -toimintoihin.", "Project"))
    assert not entity_labels("Tukea myönnetään Pikku Apu -hankkeisiin.", "Project")
