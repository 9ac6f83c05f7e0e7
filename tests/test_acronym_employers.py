"""Organisations named by their abbreviation's genitive before a title and a person
(extract/acronym_employers.py), and a titled person ending a list item before "ja" and the next item's
registered name (extract/organisation_names.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _posts(ex) -> set[tuple[str, str]]:
    labels = {k: e.label for k, e in ex.entities.items()}
    return {(labels[f.subject], labels[f.object]) for f in ex.facts if f.predicate == "holdsPost"}


def test_abbreviation_named_in_full_later_is_the_employer() -> None:
    ex = _extract("Työryhmään kuuluvat Pohjolan Elokuvasäätiön toimitusjohtaja Irja Kallio, PLU:n pääsihteeri "
                  "Teemu Jaakkola ja Kansan Museoliiton pääsihteeri Kimmo Lehto. Hanketta hallinnoi Pohjolan "
                  "Liikunta ja Urheilu PLU ry.")
    posts = _posts(ex)
    assert ("Teemu Jaakkola", "Pohjolan Liikunta ja Urheilu PLU ry") in posts
    assert ("Teemu Jaakkola", "Pohjolan Elokuvasäätiö") not in posts


def test_unknown_abbreviation_is_an_association() -> None:
    ex = _extract("Tukea sai moni seura, toteaa ESLIn seuratoiminnan kehittäjä Sari Koivisto.")
    assert any(e.type == "Association" and e.label == "ESLI" for e in ex.entities.values())
    assert ("Sari Koivisto", "ESLI") in _posts(ex)


def test_party_and_body_abbreviations_are_no_employers() -> None:
    ex = _extract("SDP:n puheenjohtaja Antti Rantanen puhui. KH:n jäsen Taina Jalonen oli paikalla.")
    assert not any(e.label in {"SDP", "KH"} and e.type == "Association" for e in ex.entities.values())


def test_titled_person_ends_the_list_item_before_ja() -> None:
    ex = _extract("Kokoonpano: Suomen Näyttämöt ry:n toimitusjohtaja Tommi Saarinen ja Pohjolan Orkesterit ry:n "
                  "toiminnanjohtaja Aila Saukko.")
    labels = {e.label for e in ex.entities.values()}
    assert "Pohjolan Orkesterit ry" in labels and "Tommi Saarinen" in labels
    assert ("Tommi Saarinen", "Suomen Näyttämöt ry") in _posts(ex)
