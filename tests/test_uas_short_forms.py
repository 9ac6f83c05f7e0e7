"""A university of applied sciences named by the kind's standard abbreviation, "<Place genitive> AMK" or "X-AMK"
(extract/gazetteer.py `_uas_short_form`)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import _uas_short_form
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def test_short_forms_of_the_kind() -> None:
    assert _uas_short_form("Jyväskylän ammattikorkeakoulu") == "Jyväskylän AMK"
    assert _uas_short_form("Karelia-ammattikorkeakoulu") == "Karelia-AMK"
    assert _uas_short_form("Jyväskylän yliopisto") is None


def test_inflected_short_form_names_the_school() -> None:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text="Palkinnon sai Jyväskylän AMK:n kehittämä "
                                         "malli. Työtä jatkaa Oulun AMK.", checksum="x", fmt="txt", kind="news"))
    companies = {e.label for e in ex.entities.values() if e.type == "Company"}
    assert {"Jyväskylän ammattikorkeakoulu", "Oulun ammattikorkeakoulu"} <= companies
    assert not any(e.type == "Association" and "AMK" in e.label for e in ex.entities.values())
