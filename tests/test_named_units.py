"""Bodies named through their owner's genitive or the genitives before them; texts written here."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _bodies(text: str) -> dict[str, set[str]]:
    ex = extract_document(record(text, kind="news"))
    return {e.label: {x.lower() for x in e.labels} for e in ex.entities.values() if e.type == "Body"}


def _all_labels(text: str) -> set[str]:
    return {x.lower() for labels in _bodies(text).values() for x in labels}


def test_a_unit_owned_by_a_known_organisation_is_that_organisations_body() -> None:
    labels = _all_labels("Liitteenä SOCCAn johtoryhmän jäsenet.")
    assert "soccan johtoryhmä" in labels, labels


def test_a_bare_kind_of_unit_is_no_body() -> None:
    assert _bodies("Hankkeen johtoryhmä kokoontuu. Kehittämisyksikkö aloitti työnsä.") == {}


def test_university_units_named_by_their_genitives() -> None:
    labels = _all_labels("Hän työskentelee Tampereen yliopiston yhteiskuntatieteiden tiedekunnassa "
                         "ja MARGI-tutkimusryhmässä.")
    assert "yhteiskuntatieteiden tiedekunta" in labels, labels
    assert "tampereen yliopiston yhteiskuntatieteiden tiedekunta" in labels, labels
    assert "margi-tutkimusryhmä" in labels, labels


def test_a_unit_named_by_a_place_and_genitives() -> None:
    labels = _all_labels("Toimintaa kehittää Pääkaupunkiseudun asunnottomien palvelujen kehittämisyksikkö.")
    assert "pääkaupunkiseudun asunnottomien palvelujen kehittämisyksikkö" in labels, labels


def test_a_board_named_by_lower_case_genitives_and_an_agreeing_adjective() -> None:
    labels = _all_labels("Valitaan jäsenet Kielellisen vähemmistön lautakuntaan ja hyvinvoinnin ja "
                         "terveydenedistämisen lautakuntaan. Asia on teknisen lautakunnan käsittelyssä.")
    assert {"kielellisen vähemmistön lautakunta", "hyvinvoinnin ja terveydenedistämisen lautakunta",
            "tekninen lautakunta"} <= labels, labels


def test_a_board_is_not_named_by_whose_it_is() -> None:
    labels = _all_labels("Kunnan lautakunta päätti asiasta. Uusi lautakunta aloittaa ensi vuonna.")
    assert not any(x.startswith(("kunnan ", "uusi ")) for x in labels), labels


def test_a_public_organisations_board_by_its_multiword_genitive() -> None:
    labels = _all_labels("Asian käsittelee Lapin liiton hallitus kokouksessaan.")
    assert "lapin liiton hallitus" in labels, labels


def test_a_joint_authoritys_assembly() -> None:
    labels = _all_labels("Päijät-Hämeen hyvinvointikuntayhtymän yhtymäkokous pidetään maanantaina.")
    # named by its owner; the head alone, every joint authority's assembly, is no name of this one
    # (extract/resolve.py `_owned_head`)
    assert "päijät-hämeen hyvinvointikuntayhtymän yhtymäkokous" in labels and "yhtymäkokous" not in labels, labels


def test_swedish_interim_body_of_a_county_and_an_assembly() -> None:
    labels = _all_labels("På webbplatsen informerar Östra Nylands välfärdsområdes temporära beredningsorgan om "
                         "ärenden. Hur många röster varje kommun har vid stämman.")
    assert "östra nylands välfärdsområdes temporära beredningsorgan" in labels, labels
    assert "stämma" in labels, labels


def test_an_acronym_names_its_working_group_glued_with_a_dash() -> None:
    """"ASPA-työryhmä": a group named by its acronym is one group; a group named by a common word glued with a dash
    ("Aspa-työryhmä") is still left to its owner."""
    labels = _all_labels("Kaupunginhallituksen perustama ASPA-työryhmä on jatkanut hankkeen valmistelua. "
                         "SOTE-johtoryhmän kokouksessa päätettiin asiasta.")
    assert {"aspa-työryhmä", "sote-johtoryhmä"} <= labels, labels
    assert "aspa-työryhmä" not in _all_labels("Perustettu Aspa-työryhmä aloitti työnsä.")


def test_the_regions_statutory_group_is_named_in_lower_case_and_owned_by_no_town() -> None:
    """"maakunnan yhteistyöryhmään": the region's cooperation group (laki 7/2014 19 §) in any case, and in a town's
    minutes it is still not the town's body."""
    for text in ("Asiantuntijajäsenen täydentäminen maakunnan yhteistyöryhmään.",
                 "Asia esitetään maakunnan yhteistyöryhmälle."):
        assert "maakunnan yhteistyöryhmä" in _all_labels(text), text
    assert _bodies("Asiaa käsitteli kuntien yhteistyöryhmä.") == {}  # another lower-case owner: a kind of group
    minutes = ("KOUVOLAN KAUPUNKI Pöytäkirja\n\n1 § Asiantuntijajäsenen täydentäminen maakunnan yhteistyöryhmään\n"
               "Kaupunginhallitus päättää asiasta.")
    ex = extract_document(record(minutes, kind="minutes"))
    myr = next(e.iri for e in ex.entities.values() if e.label.lower() == "maakunnan yhteistyöryhmä")
    assert not [f for f in ex.facts if f.subject == myr and f.predicate == "partOf" and "municipality" in f.object]
