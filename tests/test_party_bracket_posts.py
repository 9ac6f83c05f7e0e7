"""Swedish and Finnish post phrases with a party's bracket before the comma ("X (C), kommunchef Y kommun") and a
Swedish organisation's kind word after the preposition ("ordförande i föreningen Y"): extract/closing_rows.py
`_COMMA_TITLE`, extract/swedish_posts.py `_WHERE_AFTER`. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _posts(ex) -> set[tuple[str, str]]:
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts if f.predicate == "holdsPost"}


def test_a_party_bracket_before_the_comma_title_and_organisation() -> None:
    ex = _extract("Medverkande: Karin Exempel (C), kommunchef Ljusdals kommun")
    assert _posts(ex) == {("Karin Exempel", "Ljusdals kommun")}
    ex = _extract("Paneelissa: Maija Esimerkki (kesk.), kunnanjohtaja Pellon kunta")
    assert _posts(ex) == {("Maija Esimerkki", "Pello")}


def test_the_organisations_kind_word_after_the_preposition() -> None:
    ex = _extract("– Det är viktigt, säger Per Exempel, ordförande i föreningen Byalaget Norrviken rf.")
    assert _posts(ex) == {("Per Exempel", "Byalaget Norrviken rf")}
