"""A name opened by a list of genitives, "A:n, B:n ja C:n X": the list is one modifier, so the name keeps all of
it, not just the last conjunct (extract/undertaking_names.py for running text, extract/caps_titles.py for
titles in capitals); the places listed before a project's words are the places it covers (extract/document.py
`_leading_area`). Invented undertakings; the places are real ones from the reference lists."""

from __future__ import annotations

from helpers import labels_and_facts


def test_listed_owners_before_an_agreement_stay_in_its_name() -> None:
    ents, facts = labels_and_facts("Kaupunginhallitus päätti hyväksyä Keski-Suomen kuntien, hyvinvointialueen ja "
                                   "maakuntaliiton kumppanuussopimuksen.", "minutes")
    name = "Keski-Suomen kuntien, hyvinvointialueen ja maakuntaliiton kumppanuussopimus"
    assert ("Agreement", name) in ents, ents
    assert ("Kaupunginhallitus", "decides", name) in facts, facts


def test_a_list_of_common_genitives_names_no_agreement() -> None:
    ents, _facts = labels_and_facts("Kunnanhallitus hyväksyi kaupungin, seurakunnan ja yhdistyksen "
                                    "kumppanuussopimuksen.", "minutes")
    assert not any("seurakunnan" in label for _t, label in ents), ents


def test_listed_places_open_a_project_in_running_text_and_are_covered() -> None:
    ents, facts = labels_and_facts("Kunnanhallitus päätti osallistua Kuopion, Siilinjärven ja Tuusniemen "
                                   "latuverkoston kunnostushankkeeseen.", "minutes")
    name = "Kuopion, Siilinjärven ja Tuusniemen latuverkoston kunnostushanke"
    assert ("Project", name) in ents, ents
    assert {(name, "coversArea", town) for town in ("Kuopio", "Siilinjärvi", "Tuusniemi")} <= facts, facts


def test_listed_places_in_a_title_in_capitals() -> None:
    text = ("Kunnanhallituksen kokous, asialista\n"
            "4. KUOPION, SIILINJÄRVEN JA TUUSNIEMEN LATUVERKOSTON KUNNOSTUSHANKE\n"
            "5. MUUT ASIAT\n")
    ents, facts = labels_and_facts(text, "minutes")
    name = "Kuopion, Siilinjärven ja Tuusniemen latuverkoston kunnostushanke"
    assert ("Project", name) in ents, ents
    assert (name, "coversArea", "Siilinjärvi") in facts, facts
