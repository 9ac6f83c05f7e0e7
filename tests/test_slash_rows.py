"""Rows "Person / Organisation" of an applicants' or members' list (extract/slash_rows.py) and the surname-first
names before the slash (extract/surname_first_items.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _posts(text: str, kind: str = "minutes") -> set[tuple[str, str, str]]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind=kind))
    ents = ex.entities
    return {(ents[f.subject].label, ents[f.object].label, f.rule) for f in ex.facts
            if f.predicate == "holdsPost" and f.subject in ents and f.object in ents}


HEAD = "Yhteistyöpöytään haettiin jäseniä avoimella haulla. Hakijat teemoittain:\n\n"


def test_each_surname_first_row_before_a_slash_stands_for_the_association_after_it() -> None:
    posts = _posts(HEAD + " • Kivelä Sanna / Mallilan Eläkeläiset ry (tai seniorijärjestöt)\n"
                   " • Rautio Heikki / Esimerkkilän Omaishoitajat ry\n")
    assert {("Sanna Kivelä", "Mallilan Eläkeläiset ry", "holdsPost:slash-row"),
            ("Heikki Rautio", "Esimerkkilän Omaishoitajat ry", "holdsPost:slash-row")} <= posts


def test_a_lone_slash_row_is_no_list() -> None:
    posts = _posts(HEAD + " • Kivelä Sanna / Mallilan Eläkeläiset ry\n\nMuut hakemukset käsitellään myöhemmin.\n")
    assert not {p for p in posts if p[2] == "holdsPost:slash-row"}


def test_a_town_after_the_slash_is_no_organisation_the_person_stands_for() -> None:
    posts = _posts(HEAD + " • Sanna Kivelä / Kuopio\n • Heikki Rautio / Joensuu\n")
    assert not {p for p in posts if p[2] == "holdsPost:slash-row"}


def test_a_surname_that_is_also_a_common_noun_reads_as_one_among_surname_first_rows() -> None:
    # "Metsätupa" is read by Voikko as a compound noun; between rows read surname first it is a surname too
    posts = _posts(HEAD + " • Kivelä Sanna / Mallilan Eläkeläiset ry\n"
                   " • Metsätupa Liisa / Esimerkkilän Omaishoitajat ry\n • Rautio Heikki / Mallilan Yrittäjät ry\n")
    assert ("Liisa Metsätupa", "Esimerkkilän Omaishoitajat ry", "holdsPost:slash-row") in posts, posts


def test_a_common_noun_and_a_first_name_alone_are_no_person() -> None:
    posts = _posts(HEAD + " • Metsätupa Liisa / Esimerkkilän Omaishoitajat ry\n\nKokous päättyi.\n")
    assert not any(p[0] == "Liisa Metsätupa" for p in posts)
