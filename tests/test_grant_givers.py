"""Grant and donation lists whose giver is named once away from the list (sixteenth session): the giver named before
a list (extract/named_giver.py), run-on lists in the paragraph under a colon lead (extract/inline_grants.py), list
layouts of extract/listed_receivers.py, photo captions (extract/caption_receivers.py), verbless headlines
(extract/headline_grants.py), local banks' short names (extract/local_associations.py). Each reading is also tested
on texts where the same layout lists no grants, or names no giver."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import extract

_OPENING = ("Lahjoitus harrastuksiin\n\nHarrastukset tarvitsevat tukea. – Lahjoituksella haluamme tukea lapsia, "
            "kuvailee OP Kuopion toimitusjohtaja Matti Meikäläinen.\n\n"
            "Lahjoitukset myönnettiin toimialueen seuroille, joilla oli valmiina toimintamalli vähävaraisten perheiden "
            "tueksi, esimerkiksi avustusten jakamiseksi jäsenilleen ja heidän perheilleen. Lahjoituksen saivat:\n\n")
_ITEMS = [("Kuopion Palloseura ry", "2 500"), ("Kuopion Kissat ry", "2 000"), ("Puijon Hiihtäjät ry", "1 500")]


def _funds(text: str) -> set[tuple[str, str, Decimal | None]]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object], f.amount) for f in ex.facts if f.predicate == "funds"}


_LAYOUTS = {
    "run-on": ", ".join(f"{n} {s} euroa" for n, s in _ITEMS) + ".\n",
    "bullets": "\n".join(f"- {n} {s} euroa" for n, s in _ITEMS) + "\n",
    "lines": "\n".join(f"{n} {s} euroa" for n, s in _ITEMS) + "\n",
    "table": "\n".join(f"| {n} | {s} € |" for n, s in _ITEMS) + "\n",
    "cells": "\n\n".join(f"{n}\n\n{s} €" for n, s in _ITEMS) + "\n",  # a table flattened one cell a paragraph
}


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
def test_giver_named_once_before_the_list_funds_each_receiver_its_own_sum(layout: str) -> None:
    found = _funds(_OPENING + _LAYOUTS[layout])
    for name, s in _ITEMS:
        assert ("OP Kuopio", name, Decimal(s.replace(" ", ""))) in found


def test_list_with_no_giver_in_the_text_invents_none() -> None:
    text = ("Lahjoitus harrastuksiin\n\nHarrastukset tarvitsevat tukea. Lahjoituksen saivat:\n\n"
            + _LAYOUTS["run-on"])
    assert not _funds(text)


def test_lead_whose_subject_receives_lists_givers_not_receivers() -> None:
    text = ("Yhdistyksen vuosi\n\nKajaanin Latu ry:n toiminnanjohtaja Liisa Virtanen kertoo vuodesta. "
            "Yhdistys sai avustusta seuraavasti:\n\n- Kajaanin kaupunki 3 000 euroa\n"
            "- Kainuun Osuuspankki 1 000 euroa\n")
    assert not _funds(text)


def test_budget_lines_are_no_grants() -> None:
    text = ("Hankkeen budjetti\n\nKehittämisyhdistys Oulujärvi Leader ry:n toiminnanjohtaja esitteli hankkeen. "
            "Hankkeen kustannukset jakautuvat seuraavasti:\n\nPalkat 50 000 euroa, matkat 5 000 euroa ja muut kulut "
            "3 000 euroa.\n")
    assert not _funds(text)


def test_club_section_is_its_own_receiver() -> None:
    text = _OPENING + "Kuopion Palloseura ry jalkapallojaosto 2 500 euroa, Puijon Hiihtäjät ry 1 500 euroa.\n"
    assert ("OP Kuopio", "Kuopion Palloseura ry jalkapallojaosto", Decimal("2500")) in _funds(text)


def test_caption_names_receivers_after_their_people() -> None:
    text = ("Lahjoitus luovutettiin\n\nKuopion Osuuspankki lahjoitti 5 000 euroa nuorisotyöhön.\n\n"
            "Lahjoitukset ottivat vastaan Anna Virtanen ja Pekka Niemi Kuopion Martat, Liisa Koskinen Puijon Latu, "
            "Jussi Jokinen ja Mikko Mäki, Tanssikoulu Piruetti. Kuva: Matti Mattila\n")
    receivers = {r for g, r, _ in _funds(text) if g == "Kuopion Osuuspankki"}
    assert {"Kuopion Martat", "Tanssikoulu Piruetti"} <= receivers


def test_caption_of_people_and_their_towns_names_no_receiver() -> None:
    text = ("Stipendit jaettiin\n\nKuopion Osuuspankki jakoi stipendejä nuorille.\n\n"
            "Stipendit vastaanottivat Anna Virtanen Kuopio, Pekka Niemi Siilinjärvi ja Liisa Koskinen Leppävirta.\n")
    assert not _funds(text)


def test_verbless_headline_cases_give_the_grant() -> None:
    text = "Kuopion kaupungilta 50 000 euroa Kuopion Martoille\n\nKuopion kaupunki tukee järjestöjä.\n"
    assert ("Kuopio", "Kuopion Martat", Decimal("50000")) in _funds(text)  # the town by its reference label


def test_headline_about_an_invoice_is_no_grant() -> None:
    text = "Kuopion kaupungilta 50 000 euron lasku Kuopion Martoille\n\nTeksti jatkuu.\n"
    assert not _funds(text)


def test_savings_bank_short_name_and_weak_grade() -> None:
    ex = extract("Lammin SP jakaa lahjoituksia\n\nLammin Säästöpankin toimialueella annettiin ääniä.\n", "news")
    assert "Lammin Säästöpankki" in {e.label for e in ex.entities.values() if e.type == "Company"}
