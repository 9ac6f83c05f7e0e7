"""A surname a PDF transcript split with a space after a first name ("Pekka Hän ninen") is one word again
(loaders/split_surnames.py); and a roster run in from such a PDF whose first organisation the recogniser could not
read still pairs each member with the organisation before them (extract/representative_posts.py). The sentences
are invented."""

from __future__ import annotations

from pathlib import Path

from helpers import fact_triples, needs_voikko

from welfare_kg.loaders import load_document
from welfare_kg.loaders.split_surnames import join_split_surnames


@needs_voikko
def test_a_split_surname_is_joined_where_both_lists_and_voikko_agree() -> None:
    assert join_split_surnames("Avasi Marja Virta nen kello 18.") == "Avasi Marja Virtanen kello 18."
    # a word after a surname, a fragment that makes no surname, no first name before: as written
    for text in ("Kokouksen avasi Marja Koski ja kiitti.", "Marja Virta kana", "Kokous Virta nen"):
        assert join_split_surnames(text) == text


@needs_voikko
def test_a_transcript_is_loaded_with_the_surname_whole(tmp_path: Path) -> None:
    f = tmp_path / "poytakirja.txt"
    f.write_text("Pöytäkirja\n\nPuheenjohtaja Marja Virta nen avasi kokouksen.\n", encoding="utf-8")
    assert "Marja Virtanen avasi" in load_document(f).text


@needs_voikko
def test_a_roster_opening_with_an_unread_organisation_pairs_each_member_with_the_one_before() -> None:
    text = ("Läsnä: Yhtymäkokousedustajat: Esimerkkiseudun yh teiset palvelut kuntayhtymästä Marja Virtanen "
            "Lahden kaupungista Pekka Salo Hollolan kunnasta Anna Laine Asikkalan kunnasta Olli Koski")
    posts = {(s, o) for s, p, o in fact_triples(text, kind="minutes") if p == "holdsPost"}
    assert ("person/pekka-salo", "municipality/398") in posts  # Lahti
    assert not any(s == "person/marja-virtanen" for s, o in posts)  # her organisation is unread, Lahti is Pekka's
