"""Rows of a person and the organisation they stand for, split by a slash (extract/slash_rows.py).

The texts are invented for these tests: applicants to a county's partnership table listed surname first with their
associations, the same two rows in running text, and a single row that makes no list.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction
from welfare_kg.extract.slash_rows import RULE

APPLICANTS = ("Kumppanuuspöytään hakeneet teemoittain:\n\n"
              "Ikäihmisten järjestöt:\n\n"
              " • Lindqvist Aino / Rannikon Eläkeläiset ry\n"
              " • Heinonen Marja / Kuuselan Omaishoitajat ry (tai sosiaalialan järjestöt)\n"
              " • Saarinen Tapio / Järvenrannan Invalidit ry\n")


def _posts(ex: Extraction) -> set[tuple[str, str]]:
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.rule == RULE and f.subject in ex.entities and f.object in ex.entities}


def test_each_surname_first_row_posts_the_person_in_the_association() -> None:
    posts = _posts(extract_document(record(APPLICANTS, kind="minutes")))
    assert posts == {("Aino Lindqvist", "Rannikon Eläkeläiset ry"), ("Marja Heinonen", "Kuuselan Omaishoitajat ry"),
                     ("Tapio Saarinen", "Järvenrannan Invalidit ry")}


def test_slashes_in_running_text_are_no_rows() -> None:
    text = ("Hakijoina olivat Aino Lindqvist / Rannikon Eläkeläiset ry ja Marja Heinonen / Kuuselan Omaishoitajat ry, "
            "joiden hakemukset käsitellään myöhemmin.\n")
    assert not _posts(extract_document(record(text, kind="minutes")))


def test_one_row_alone_is_no_list() -> None:
    text = "Yhteyshenkilö:\n • Lindqvist Aino / Rannikon Eläkeläiset ry\n\nLisätietoja antaa järjestön toimisto.\n"
    assert not _posts(extract_document(record(text)))
