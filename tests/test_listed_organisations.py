"""Unread names of organisations in a list beside organisations the recognisers read, or right before a running role
(extract/listed_organisations.py). Sentences and coined names written for these tests."""

from __future__ import annotations

from tests.helpers import labels_and_facts as _read
from tests.helpers import needs_voikko


@needs_voikko
def test_coined_word_in_a_consortium_list_takes_part() -> None:
    ents, facts = _read("Hyvä arki -hanke alkoi 2024. Konsortioon kuuluvat Lapin yliopisto, Oulun yliopisto, Sokela "
                        "ja Himonoseura.")
    assert ("Association", "Sokela") in ents
    assert ("Sokela", "participatesIn", "Hyvä arki") in facts


@needs_voikko
def test_unread_name_opening_the_list_is_read_too() -> None:
    ents, facts = _read("Hyvä arki -hanke alkoi 2024. Lisäksi Hopukes, Turun kaupunki, Turun yliopisto ja Lapin "
                        "yliopisto ovat mukana.")
    assert ("Association", "Hopukes") in ents
    assert ("Hopukes", "participatesIn", "Hyvä arki") in facts


@needs_voikko
def test_name_headed_by_a_kind_of_organisation_and_an_abbreviation() -> None:
    ents, facts = _read("Hyvä arki -hanke alkoi 2024. Paikallisia toteuttajia ovat Lapin yliopisto, Roroyliopisto, "
                        "NNV ja Oulun kaupunki.")
    assert ("Agency", "Roroyliopisto") in ents
    assert ("Roroyliopisto", "participatesIn", "Hyvä arki") in facts
    assert ("NNV", "participatesIn", "Hyvä arki") in facts


@needs_voikko
def test_swedish_towns_named_with_their_kind_vouch() -> None:
    _, facts = _read("Projektet Trygg vardag är ett samverkansprojekt mellan Hylte kommun, Falkenbergs kommun och "
                     "Jesokigen.")
    assert ("Jesokigen", "participatesIn", "Trygg vardag") in facts


@needs_voikko
def test_places_alone_vouch_for_nothing() -> None:
    ents, _ = _read("Hyvä arki -hanke alkoi 2024. Oulu, Kemi ja Vuotsola järjestivät seminaarin.")
    assert not {e for e in ents if e[1] == "Vuotsola"}


@needs_voikko
def test_one_organisation_vouches_for_nothing() -> None:
    ents, _ = _read("Hyvä arki -hanke alkoi 2024. Lapin yliopisto ja Sokela järjestivät seminaarin.")
    assert not {e for e in ents if e[1] == "Sokela"}


@needs_voikko
def test_common_words_in_a_list_stay_words() -> None:
    ents, _ = _read("Lapin yliopisto, Oulun yliopisto ja Hyvinvointi ovat teemoja.")
    assert not {e for e in ents if e[1] == "Hyvinvointi"}


@needs_voikko
def test_subject_before_a_running_role() -> None:
    ents, facts = _read("Projektet Trygg vardag startade 2024. Stundars är huvudman för projektet.")
    assert ("Association", "Stundars") in ents
    assert ("Stundars", "coordinates", "Trygg vardag") in facts


@needs_voikko
def test_swedish_common_noun_before_the_role_is_no_name() -> None:
    ents, _ = _read("Projektet Trygg vardag startade 2024. Kommunen är huvudman för projektet.")
    assert not {e for e in ents if e[1] == "Kommunen"}


@needs_voikko
def test_listed_name_ending_in_s_owns_no_body_after_its_comma() -> None:
    # extract/body_parents.py: a comma between two items of a list is no genitive gap
    _, facts = _read("Projektet Trygg vardag är ett projekt mellan Stundars, Jakobstads museum, Kosolan talo Oy och "
                     "Understödsföreningen Carlsro. Stundars är huvudman för projektet.")
    assert not [f for f in facts if f[1] == "partOf" and f[2] == "Stundars"]


@needs_voikko
def test_modifier_shared_with_the_next_item_is_no_name() -> None:
    # "Xn sekä Kemi-Tornion ammattikorkeakoulut", "X ja hyvinvoinnin keskus": the word qualifies what follows
    for text in ("Tapaamiseen osallistuivat Lapin yliopisto, Sakupaja ry ja Voluniemen sekä Kemi-Tornion "
                 "ammattikorkeakoulut.",
                 "Tapaamiseen osallistuivat Turun yliopisto, ICT-Turku Oy, Sepyreeen ja hyvinvoinnin teknologian "
                 "osaamiskeskus.",
                 "Projektet finansieras av Vasa stad, Folkhälsan och Bomark i Kahipiten."):
        ents, _ = _read(text)
        assert not {e for e in ents if e[1] in {"Voluniemen", "Sepyreeen", "Kahipiten"}}, text


@needs_voikko
def test_abbreviation_in_the_genitive_before_a_participle_of_running() -> None:
    ents, facts = _read("Arjen tuki -hanke on KEHU:n hallinnoima hanke.")
    assert ("Association", "KEHU") in ents
    assert ("KEHU", "coordinates", "Arjen tuki") in facts
