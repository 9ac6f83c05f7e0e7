"""A table of applications beside last year's grants, and a refused row of a decision list, grant nothing
(header_granter.past_granted_heading, header_granter.applied_regions, listed_receivers.REFUSED). All names are
invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.header_granter import past_granted_heading
from welfare_kg.loaders.record import DocumentRecord

_MINUTES = (
    "Kunnanhallitus\n"
    "12§ YLEISAVUSTUSTEN JAKAMINEN\n"
    "Yleisavustuksiin on varattu 3.000 euron määräraha.\n"
    "Hakemuksia on jätetty seuraavasti:\n"
    "Haettu v. 2019 Myönnetty v. 2018\n"
    "- Kylän Nuoret ry 2.000 eur 1.500 eur\n"
    "- Harjun Soittajat ry 300 eur ei myönnetty\n"
    "- Mäenpään Seura ry 800 eur ei haettu\n"
    "Kunnanjohtaja\n"
    "Kunnanhallitus myöntää avustukset seuraavasti:\n"
    "- Kylän Nuoret ry 1.500 eur\n"
    "- Harjun Soittajat ry 300 eur\n"
    "- Mäenpään Seura ry ei avustusta\n"
    "Kunnanhallitus\n"
    "Hyväksyttiin.\n"
)


def _funds(text: str) -> dict[str, object]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="minutes"))
    return {ex.entities[f.object].label: f.amount for f in ex.facts if f.predicate == "funds"}


def test_last_years_column_is_no_grant_heading() -> None:
    assert past_granted_heading("Haettu v. 2019 Myönnetty v. 2018")
    assert past_granted_heading("Haettu määrä v.-21 Myönnetty v.-20")
    assert past_granted_heading("Hakija | Haettu | Myönnetty edellisvuonna")
    assert not past_granted_heading("Hakija | Haettu | Myönnetty")
    assert not past_granted_heading("Haettu 2024 Myönnetty 2024")


@needs_voikko
def test_applied_rows_and_refused_row_get_no_grant() -> None:
    funds = _funds(_MINUTES)
    assert funds.get("Kylän Nuoret ry") == 1500
    assert funds.get("Harjun Soittajat ry") == 300
    # applied for 800 and refused: neither the application table nor the refused row is a grant
    assert "Mäenpään Seura ry" not in funds


@needs_voikko
def test_refused_row_of_a_grant_list_takes_no_sum() -> None:
    text = ("Sivistyslautakunta\n"
            "Lautakunta myöntää kohdeavustukset seuraavasti:\n"
            "- Rantakylän Kyläyhdistys ry 650 euroa\n"
            "- Ylämäen Näyttämö ry ei avustusta\n"
            "- Keskustan Kuoro ry 400 euroa\n")
    funds = _funds(text)
    assert funds.get("Rantakylän Kyläyhdistys ry") == 650
    assert funds.get("Keskustan Kuoro ry") == 400
    assert "Ylämäen Näyttämö ry" not in funds
