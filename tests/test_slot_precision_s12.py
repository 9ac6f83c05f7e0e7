"""Negatives of the slot rules of the twelfth session (role_slot_organisations, grant_slot_names, inline_grants):
a common word, a month, an event or a Swedish generic noun in a slot is no organisation, a place inside a grant
list's item is not its receiver. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document


def _rules(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    ex = extract_document(record(text))
    ents = {(m.rule, e.label) for e in ex.entities.values() for m in e.mentions}
    facts = {(f.rule, ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
             if f.subject in ex.entities and f.object in ex.entities}
    return ents, facts


@needs_voikko
@pytest.mark.parametrize("text", [
    "Hankkeen yhteistyökumppanit: Terveys, Hyvinvointi ja Osallisuus.",
    "Hanketta toteuttavat Kevät ja Syksy.",
    "Hankkeen rahoittajat ovat Helmikuu ja Maaliskuu. Hanketta koordinoi Ohjausryhmä.",
    "Hallinnoija: Hankkeen Loppuraportti.",
    "Hankkeen osatoteuttajat ovat Sote-uudistus ja Kirkko.",
    "Projektet leds av Styrgruppen. Projektet genomförs av Kommunen.",
    "Hankkeen kumppanit: Facebook, Instagram ja Twitter.",  # one word, no head saying an organisation
    "Hankkeen kumppaneita ovat Zoom ja Teams.",
])
def test_common_words_in_a_role_slot_are_no_organisation(text: str) -> None:
    ents, _ = _rules(text)
    assert not {e for e in ents if e[0] == "role-slot-organisation"}


@needs_voikko
@pytest.mark.parametrize(("text", "label"), [
    ("Hankkeen yhteistyökumppaneita ovat Kirkkopalvelut ja Kuntoutusopisto.", "Kuntoutusopisto"),
    ("Hanketta hallinnoi Ikäinstituutti.", "Ikäinstituutti"),
])
def test_organisation_heads_in_a_role_slot_stay(text: str, label: str) -> None:
    ents, _ = _rules(text)
    assert ("role-slot-organisation", label) in ents


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kaupunki myönsi Kesäjuhlille 2 000 euron avustuksen.",
    "Säätiö myönsi Hankkeelle rahoitusta.",
    "Lautakunta myöntää Nuorisotyölle avustusta.",
    "Hallitus myönsi Joulunavaukselle 500 euroa.",
])
def test_common_words_in_a_grant_slot_are_no_receiver(text: str) -> None:
    ents, _ = _rules(text)
    assert not {e for e in ents if e[0] == "grant-slot-receiver"}


@needs_voikko
def test_plural_people_in_a_grant_slot_stay() -> None:
    ents, _ = _rules("Kunnanhallitus myöntää Juuan Yrittäjille 1 500 euron avustuksen.")
    assert ("grant-slot-receiver", "Juuan Yrittäjät") in ents


@needs_voikko
def test_a_place_inside_an_inline_item_is_not_its_receiver() -> None:
    _, facts = _rules("Kunnanhallitus on myöntänyt avustuksia seuraavasti: Kesäleiri 500 euroa, Joulujuhla 300 "
                      "euroa ja Retki Ouluun 200 euroa.")
    assert not {f for f in facts if f[0] == "funds:inline-grant-list"}


@needs_voikko
def test_caps_title_of_a_towns_own_club_names_no_association() -> None:
    ex = extract_document(record("§ 14 KUNNAN URHEILUSEURAN AVUSTUSHAKEMUS\n\nKunnanhallitus päättää avustuksesta.",
                                 kind="minutes"))
    assert not {e.label for e in ex.entities.values() if e.type == "Association"}


@needs_voikko
def test_a_club_named_in_the_allative_gives_nothing() -> None:
    # the opening's club receives ("Iisalmen Reserviläisille myönnettiin"): not the granter of the next receiver
    _, facts = _rules("Iisalmen Reserviläisille myönnettiin 500 euroa. Kajaanin Eläkeläisille 300 euroa.")
    assert not {f for f in facts if f[1] == "Iisalmen Reserviläiset"}


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kulttuuriavustukset 2024\n\nKulttuurilautakunta jakoi avustuksia seuraavasti:\n• Kesäkonsertit Rantapuistossa "
    "1 500 €\n• Joulunavaus Torilla 700 €\n• Taidenäyttely Kirjastossa 400 €\n",
    "Kaupunginhallitus päätti avustuksista.\nHakija\tHaettu €\tMyönnetty €\nKesäleiri Lapissa\t2 000\t1 500\n"
    "Retki Tukholmaan\t1 000\t800\n",
    "Lautakunta myönsi kohdeavustuksia:\nIkäihmisten Viikko 300 euroa\nSyksyn Tapahtumat 200 euroa\n",
])
def test_a_grant_rows_purpose_is_no_receiver(text: str) -> None:
    # a row ending in a case of place, or a title of common words opening with a genitive, is what the sum is for
    ents, facts = _rules(text)
    assert not {e for e in ents if e[0] == "grant-row-receiver"}
    assert not {f for f in facts if f[0].startswith("funds")}


@needs_voikko
def test_a_swedish_village_kind_alone_names_no_association() -> None:
    ents, _ = _rules("Kyrkans Byalag ordnar. Projektets Jaktlag. Sommarens Fiskelag deltar. Byalaget i Sundby.")
    assert {label for rule, label in ents if rule == "swedish-organisation"} == {"Byalaget i Sundby"}


@needs_voikko
@pytest.mark.parametrize("text", [
    "Kaupunki myönsi Lapin Kesäjuhlille 2 000 euron avustuksen.",
    "Säätiö myönsi Oulun Kulttuuriviikoille 1 000 euroa.",
])
def test_a_towns_event_in_a_grant_slot_is_no_association(text: str) -> None:
    ents, _ = _rules(text)
    assert not {e for e in ents if e[0] in {"grant-slot-receiver", "local-club"}}


@needs_voikko
def test_inline_items_that_say_what_the_sum_is_for() -> None:
    ents, _ = _rules("Säätiö on myöntänyt avustuksia seuraaville yhteisöille: Kesäkonsertti Puistossa 5 000 euroa, "
                     "Lasten Leiri 3 000 euroa ja Tanssikoulu Piruetti 1 000 euroa.")
    assert {label for rule, label in ents if rule == "inline-grant-item"} == {"Tanssikoulu Piruetti"}


@needs_voikko
def test_swedish_generic_head_in_a_role_slot() -> None:
    ents, _ = _rules("Projektet finansieras av Projektets Styrgrupp.")
    assert not {e for e in ents if e[0] == "role-slot-organisation"}


@needs_voikko
def test_a_towns_event_in_a_role_slot_is_no_association() -> None:
    ents, _ = _rules("Hankkeen kumppaneita ovat Lapin Hyvinvointiviikko ja Oulun Kesäpäivät.")
    assert not {e for e in ents if e[0] == "role-slot-organisation"}
