"""How a project page writes its partners (extract/lists.py): the partner noun as a compound or with the project
between it and its verb, and a section heading of its own over a bulleted list."""

from __future__ import annotations

import pytest

from tests.helpers import extract

TOPIC = "Arjen Silta -hanke\n\nArjen Silta -hanke tukee perheitä vuosina 2021-2023.\n\n"


def _partners(text: str) -> set[str]:
    """Labels of what takes part in the project "Arjen Silta"."""
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {label[f.subject] for f in ex.facts
            if f.predicate == "participatesIn" and label.get(f.object, "").startswith("Arjen Silta")}


@pytest.mark.parametrize("lead", [
    "Kumppaneina hankkeessa ovat Oulun kaupunki ja Vekkulan Perheyhdistys ry.",
    "Verkostokumppaneina toimivat Oulun kaupunki ja Vekkulan Perheyhdistys ry.",
    "Hankkeessa yhteistyökumppaneina ovat Oulun kaupunki ja Vekkulan Perheyhdistys ry.",
])
def test_partner_noun_in_other_wordings(lead: str) -> None:
    assert {"Oulu", "Vekkulan Perheyhdistys ry"} <= _partners(TOPIC + lead + "\n")


@pytest.mark.parametrize("heading", ["Yhteistyössä", "Kumppanit", "Yhteistyökumppanit", "Samarbetspartner"])
def test_heading_over_bullets_lists_partners(heading: str) -> None:
    text = TOPIC + heading + "\n\n • Oulun kaupunki\n • Vekkulan Perheyhdistys ry\n\nKuva: Pekka Vekkula\n"
    assert {"Oulu", "Vekkulan Perheyhdistys ry"} <= _partners(text)


@pytest.mark.parametrize("lead", ["Kumppaneina hankkeessa ovat", "Verkostokumppaneina toimivat"])
def test_partner_lead_in_over_bullets(lead: str) -> None:
    """The lead-in describes the partners in its own words and the bullets name them, a house before its owner."""
    text = (TOPIC + lead + " Oulun keskustan yhteisötalot ja järjestöt sekä Oulun kaupungin perhepalvelut:\n\n"
            " • Tupa / Vekkulan Perheyhdistys ry\n • Pajulan Kotiseutuyhdistys ry\n\nKuva: Pekka Vekkula\n")
    assert {"Vekkulan Perheyhdistys ry", "Pajulan Kotiseutuyhdistys ry"} <= _partners(text)


def test_heading_without_bullets_lists_nothing() -> None:
    """A heading word over prose is a section's title, not a partner list's."""
    text = TOPIC + "Yhteistyössä\n\nOulun kaupunki kertoo tuloksista syksyllä.\n"
    assert "Oulu" not in _partners(text)


def test_partner_label_saying_where_the_partners_are() -> None:
    """"Yhteistyökumppanit kaupungin ulkopuolella: A, B ja C": the words before the colon say where the partners
    are; the list is still the project's partners, and a place's genitive before a lower-case plural of people
    ("Vekkulan yrittäjät") is a listed local club."""
    text = (TOPIC + "Yhteistyökumppanit kaupungin ulkopuolella: Vekkulan yrittäjät, Pajulan Kotiseutuyhdistys ry "
            "ja Oulun kaupunki.\n")
    assert {"Vekkulan yrittäjät", "Pajulan Kotiseutuyhdistys ry", "Oulu"} <= _partners(text)
