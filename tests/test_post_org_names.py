"""Organisation names that the post rules depend on: a one-letter name hyphened to its kind ("Y-Säätiö",
extract/organisation_names.py), a Swedish definite compound followed by a person's name ("för Xstiftelsen Anna Y"),
and the Swedish "<title> för Org Name" apposition (extract/swedish_posts.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _orgs(text: str) -> set[str]:
    return {e.label for e in _extract(text).entities.values() if e.type == "Association"}


def _posts(text: str) -> set[tuple[str, str]]:
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1])
            for f in _extract(text).facts if f.predicate == "holdsPost"}


def test_one_letter_name_hyphened_to_a_foundation() -> None:
    text = "Talousjohtaja Kalle Moisio kertoo, että K-Säätiö on kasvanut. K-Säätiön vuokralaiset ovat tyytyväisiä."
    assert "K-Säätiö" in _orgs(text)
    assert ("kalle-moisio", "k-saatio") in _posts(text)


def test_a_digit_glued_before_the_letter_is_a_kind_not_a_name() -> None:
    text = "Kylän 4H-YHDISTYS sai avustusta talkoisiin."
    assert not any(label.upper().startswith("H-YHDISTYS") for label in _orgs(text))


def test_swedish_compound_foundation_stops_before_a_persons_name() -> None:
    text = ("På bilden projektledare Mia Holm och samordnare för Gulbandsstiftelsen Stina Berg, som leder "
            "verksamheten.")
    assert "Gulbandsstiftelsen" in _orgs(text)
    posts = _posts(text)
    assert ("stina-berg", "gulbandsstiftelsen") in posts
    assert ("mia-holm", "gulbandsstiftelsen") not in posts


def test_two_people_joined_as_one_verbs_subjects_share_the_organisation() -> None:
    text = ("Talousjohtaja Kalle Moisio ja viestintäpäällikkö Sari Aho ovat seuranneet Lahja-säätiön kasvua "
            "alusta asti.")
    posts = _posts(text)
    assert ("kalle-moisio", "lahjasaatio") in posts
    assert ("sari-aho", "lahjasaatio") in posts


def test_an_organisation_written_with_the_second_name_stays_its_own() -> None:
    text = "Lisätietoja antavat suunnittelija Kalle Moisio, p. 040 000 0000, ja johtaja Sari Aho, Lahja-säätiö."
    assert ("kalle-moisio", "lahjasaatio") not in _posts(text)


def test_a_clubs_vice_president_holds_a_post_in_the_club() -> None:
    text = ("Lions Club Esimerkkilä lahjoitti koululle 500 euroa. Lahjakirjan ojensi klubin varapresidentti "
            "Kalle Moisio.")
    assert any(p == "kalle-moisio" for p, _ in _posts(text))
