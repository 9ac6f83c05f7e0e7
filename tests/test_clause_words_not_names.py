"""Words of the clause around a project word are no project's name: a sentence-initial time adverbial before
"hankkeen" ("Vuoden alussa hankkeen ..."), a Swedish supine or time adverb after a one-word name ("projekt X
pågått", "projekt X snart varit igång")."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko, posts
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _projects(text: str) -> set[str]:
    return {e.label for e in _extract(text).entities.values() if e.type == "Project"}


def _posts(text: str) -> set[tuple[str, str]]:
    return posts(_extract(text))


@needs_voikko
def test_time_adverbial_before_hankkeen_is_no_project():
    text = "Vuoden alussa hankkeen työntekijät aloittivat. Projektipäällikkö Anna Virta kertoo."
    assert _projects(text) == set()
    assert _posts(text) == set()


@needs_voikko
def test_month_adverbial_before_hankkeen_is_no_project():
    text = ("Helmikuun lopussa hankkeen väki kokoontui. Koordinaattori Pekka Puu ja ohjaaja Liisa Laine "
            "aloittivat työnsä.")
    assert _projects(text) == set()


@needs_voikko
def test_spaced_head_name_in_the_elative_still_read():
    # the guard takes only a time noun's genitive and its placer: another name before a spaced head stays
    assert "Kisällistä osaajaksi" in {p.split(" projekti")[0] for p in
                                      _projects("Yhdistys toteutti Kisällistä osaajaksi projektin vuonna 2020.")}


@needs_voikko
def test_swedish_supine_ends_the_project_name():
    text = "Nu har föreningens projekt Vardagslyftet pågått i ett år. Projektledaren Anna Lind berättar."
    assert _projects(text) == {"Vardagslyftet"}
    assert _posts(text) == {("Anna Lind", "Vardagslyftet")}


@needs_voikko
def test_swedish_time_adverb_ends_the_project_name():
    text = "Nu har förbundets projekt Seniorbron snart varit igång i två år."
    assert _projects(text) == {"Seniorbron"}


@needs_voikko
def test_swedish_sentence_case_name_keeps_its_lower_case_word():
    assert _projects("Föreningen driver projektet Trygg hemma i Vasa.") == {"Trygg hemma"}
