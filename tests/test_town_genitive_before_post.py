"""A town whose name is also a common noun ("Kotkan": kotka, eagle; "Varkauden": varkaus, theft) opening a sentence
is the town when a post title follows its genitive, a word of newness between or not: "Kotkan uusi sivistysjohtaja
X", "Salon uutena hyvinvointijohtajana aloittaa X" (extract/gazetteer.py `_post_follows`)."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from tests.helpers import titled_posts as _posts
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


@needs_voikko
def test_new_office_after_a_homograph_town():
    assert _posts("Kotkan uusi sivistysjohtaja Anna Virta aloittaa maaliskuussa.") == {
        ("Anna Virta", "Kotka", "sivistysjohtaja")}


@needs_voikko
def test_essive_offices_of_two_people():
    text = "Lahden uutena hyvinvointijohtajana aloittaa Anna Virta ja sosiaali- ja terveysjohtajana Pekka Puu."
    assert _posts(text) == {("Anna Virta", "Lahti", "hyvinvointijohtaja"),
                            ("Pekka Puu", "Lahti", "sosiaali- ja terveysjohtaja")}


@needs_voikko
def test_common_noun_reading_stays_without_a_post():
    ents = {e.label for e in _extract("Pellon isäntä kyntää aamulla. Kotkan pesä on korkealla.").entities.values()}
    assert "Pello" not in ents and "Kotka" not in ents
