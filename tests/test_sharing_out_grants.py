""""X jakoi apurahan Y:lle": a verb of sharing out (jakaa) with a word of the money it shares out and a named receiver
in the allative grants as "myönsi" does (funds:grant-verb). Without such a receiver ("jakoi apurahoja tutkijoille"),
with a passive ("jaettiin") or without money ("jakoi tietoa", "jakaa vertaistukea") nothing is granted. Names
invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord


def _funds(text: str) -> list[tuple[str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return [(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == "funds"]


@needs_voikko
@pytest.mark.parametrize("text", [
    "Suomen Kulttuurirahaston Kainuun rahasto jakoi vuosijuhlassaan apurahan Kainuun kirjallisuusseuralle.",
    "Suomen Kulttuurirahaston Kainuun rahasto on jakanut kohdeavustuksen Kainuun kirjallisuusseuralle.",
])
def test_sharing_out_money_to_a_named_receiver_grants(text: str) -> None:
    assert _funds(text) == [("Suomen Kulttuurirahaston Kainuun rahasto", "Kainuun kirjallisuusseura")]


@needs_voikko
@pytest.mark.parametrize("text", [
    "Suomen Kulttuurirahaston Kainuun rahasto jakoi tietoa Kainuun kirjallisuusseuralle.",
    "Apurahat jaettiin Kainuun kirjallisuusseuralle.",
    "Suomen Kulttuurirahaston Kainuun rahasto jakoi apurahoja nuorille tutkijoille.",
    "Kainuun Muistiyhdistys ry jakaa vertaistukea Kainuun kirjallisuusseuralle.",  # support in kind, no money
])
def test_no_grant_without_money_granter_or_named_receiver(text: str) -> None:
    assert _funds(text) == []
