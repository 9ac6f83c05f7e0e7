"""A small business named by its trade and its own name inside a sentence ("Kirjapaino Kivikko", "Tilipalvelu
Aino Rusola") is a company; a trade opening a sentence and a name with its legal form are left to other rules
(extract/trade_first_companies.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_a_trade_and_a_coined_name() -> None:
    assert _labels("Painotyöt teki Kirjapaino Kivikkola.").get("Kirjapaino Kivikkola") == "Company"


def test_an_owners_name_after_the_trade_is_the_companys() -> None:
    labels = _labels("Kirjanpidon hoitaa Tilipalvelu Aino Rusola.")
    assert labels.get("Tilipalvelu Aino Rusola") == "Company"
    assert "Aino Rusola" not in labels


def test_the_genitive_of_the_name() -> None:
    labels = _labels("Kunnan uutiset\n\nSopimus allekirjoitettiin Tilitoimisto Kivikkolan kanssa.")
    assert labels.get("Tilitoimisto Kivikkola") == "Company"


def test_a_trade_opening_a_sentence_is_left_alone() -> None:
    labels = _labels("Ravintola Kivikossa on tilaa kokouksille.")
    assert not any(t == "Company" for t in labels.values())


def test_a_venue_is_no_company_here() -> None:
    labels = _labels("Kokous pidettiin tiistaina, ja kokouspaikkana oli Hotelli Kivikkola.")
    assert not any(t == "Company" for t in labels.values())
