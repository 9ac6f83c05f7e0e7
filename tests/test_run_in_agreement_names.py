"""A heading run into the sentence after it (PDF transcripts lose line breaks) is not part of an agreement's name:
"2. Kuntajaon toteuttaminen ja muoto Sopimus tulee voimaan ..." names no agreement "Kuntajaon toteuttaminen ja muoto
Sopimus", and "Pohjois-Suomen strategia Pohjois-Suomen maakunnan liittojen välinen sopimus" is the agreement of the
second title only. The evidence is the layout of the words, not the wording of one document: a capitalised head after
a word in lower case or in capitals opens a sentence; a noun in the nominative before a capitalised word ends the
title before it."""

from __future__ import annotations

from tests.helpers import entity_labels


def test_a_capitalised_head_after_a_run_in_heading_takes_no_modifiers() -> None:
    labels = entity_labels("2. Kuntajaon toteuttaminen ja muoto Sopimus tulee voimaan, kun valtuustot ovat "
                           "hyväksyneet sen.", "Agreement")
    assert not any("muoto" in x or "toteuttaminen" in x for x in labels)
    labels = entity_labels("3. Palvelujen tuottaminen ja kustannukset Yhteistyösopimus koskee kaikkia "
                           "osapuolia.", "Agreement")
    assert not any("kustannukset" in x for x in labels)


def test_a_page_header_in_capitals_is_not_the_agreements_name() -> None:
    labels = entity_labels("KERAVAN KAUPUNKI Sopimus 2 (9) Sopimuksen osapuolet ovat Kerava ja Tuusula.",
                           "Agreement")
    assert not any("KERAVA" in x.upper() and "Sopimus" in x for x in labels)


def test_a_title_run_into_the_next_title_starts_at_its_capital() -> None:
    labels = entity_labels("Asialista: Länsi-Savon strategia Länsi-Savon kuntien välinen sopimus työnjaosta "
                           "käsitellään.", "Agreement")
    assert not any("strategia" in x for x in labels)
    labels = entity_labels("Kunnanhallitus käsitteli asiaa Itä-Karjalan hyvinvointialue Strateginen "
                           "yhteistyösopimus 1.1.2026 alkaen.", "Agreement")
    assert not any("hyvinvointialue" in x for x in labels)


def test_names_with_capitals_inside_are_kept() -> None:
    assert "KUUMA yhteistyösopimus" in entity_labels("Hallitus hyväksyi KUUMA yhteistyösopimuksen.", "Agreement")
    assert "TACIS rahoitussopimus" in entity_labels("Komissio allekirjoitti TACIS rahoitussopimuksen.", "Agreement")
    assert "KUUMA-yhteistyösopimus" in entity_labels("Hallitus hyväksyi KUUMA-yhteistyösopimuksen.", "Agreement")


def test_a_title_in_a_run_in_list_of_items_keeps_its_genitives() -> None:
    """"strategia" reads as a nominative and as a partitive ("strategi"): a noun either way, never a modifier."""
    labels = entity_labels("Käsiteltävät asiat 104 Länsi-Savon strategia Länsi-Savon maakunnan liittojen välinen "
                           "sopimus 15 Rahoituspäätösten delegointi", "Agreement")
    assert "Länsi-Savon maakunnan liittojen välinen sopimus" in labels


def test_an_agreement_between_parties_is_named_by_what_it_is_about() -> None:
    """"A:n, B:n ja C:n välisen sopimuksen X:n toteuttamisesta": the genitives before "välinen" are the parties
    (party_phrases reads them); the name is the agreement about X, not the last two parties' "välinen sopimus"."""
    text = ("Lautakunta on hyväksynyt Oulun kaupungin, Kemin kaupungin ja Lapin yliopiston välisen sopimuksen "
            "Arktisen akatemian toteuttamisesta.")
    labels = entity_labels(text, "Agreement")
    assert "Sopimus Arktisen akatemian toteuttamisesta" in labels
    assert not any("välinen" in x for x in labels)
    text = "Osapuolten keskinäisen sopimuksen Hankkeen hankesuunnittelun toteuttamisesta hallitus hyväksyi."
    assert not any("Hankkeen" in x for x in entity_labels(text, "Agreement"))


def test_a_part_heading_run_into_its_text_is_no_word_of_the_name() -> None:
    labels = entity_labels("Valmistelija hallintojohtaja Perustelut HUS-järjestämissopimus on laadittu vuosille "
                           "2023-2026.", "Agreement", kind="minutes")
    assert not any("Perustelut" in x for x in labels)
    labels = entity_labels("Päätös Yhteistyösopimus hyväksyttiin yksimielisesti.", "Agreement", kind="minutes")
    assert not any("Päätös" in x for x in labels)


def test_a_party_named_before_a_spaced_dash_is_part_of_the_agreements_name() -> None:
    """"Päijät-Hämeen koulutuskonserni -kuntayhtymän perussopimus": the joint authority's own name, then its kind
    after a spaced dash, owns the agreement; "kuntayhtymän perussopimus" alone stays a bare kind of agreement."""
    labels = entity_labels("Valtuusto hyväksyi Etelä-Karjalan koulutus -kuntayhtymän perussopimuksen muutoksen.",
                           "Agreement")
    assert "Etelä-Karjalan koulutus -kuntayhtymän perussopimus" in labels
    assert entity_labels("Valtuusto hyväksyi kuntayhtymän perussopimuksen muutoksen.", "Agreement") == {
        "perussopimus"}
