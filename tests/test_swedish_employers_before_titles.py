"""A Swedish s-genitive name right before a Swedish post title and a person's name is the organisation the person
holds the post in, known or not: "FSD:s verksamhetsledare X", "Pohjola-Nordens generalsekreterare Y",
"Arvsfondsdelegationens ordförande, Z" (extract/entities.py `_swedish_employers_before_titles`)."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from tests.helpers import titled_posts as _posts
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _typed(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in _extract(text).entities.values() if e.type != "Person"}


@needs_voikko
def test_acronym_genitive_before_title():
    text = "Föreningen har ny ledning. KSF:s verksamhetsledare Anna Lind går vidare."
    assert _posts(text) == {("Anna Lind", "KSF", "verksamhetsledare")}
    assert _typed(text) == {("KSF", "Association")}


@needs_voikko
def test_hyphenated_name_inside_a_sentence():
    text = "Nu talade Kvarken-Nordens generalsekreterare Anna Lind om samarbetet."
    assert _posts(text) == {("Anna Lind", "Kvarken-Norden", "generalsekreterare")}


@needs_voikko
def test_board_word_makes_a_body_and_a_comma_may_follow_the_chair():
    text = "Här skriver Stödfondsdelegationens ordförande, Anna Lind, om året."
    assert _typed(text) == {("Stödfondsdelegationen", "Body")}
    assert _posts(text) == {("Anna Lind", "Stödfondsdelegationen", "ordförande")}


@needs_voikko
def test_a_common_word_opening_the_sentence_is_no_name():
    assert _typed("Föreningens ordförande Anna Lind talade.") == set()


@needs_voikko
def test_a_finnish_genitive_is_left_to_the_finnish_rules():
    assert _posts("Kotikulman Hoiva Oy avasi kodin. Kotikulman toimitusjohtaja Anna Virta kertoo.") == {
        ("Anna Virta", "Kotikulman Hoiva Oy", "toimitusjohtaja")}


@needs_voikko
def test_title_owned_by_an_unread_name_takes_no_other_organisation():
    text = ("Till ordförande valdes Barnavårdsförbundets verksamhetsledare Anna Lind och till vice ordförande "
            "Förbundet för hem- och skolhems generalsekreterare Bo Berg.")
    assert _posts(text) == {("Anna Lind", "Barnavårdsförbundet", "verksamhetsledare")}


@needs_voikko
def test_working_as_a_title_at_an_organisation():
    assert _posts("Anna Lind arbetar som projektledare på Kvarkenhjälpen rf.") == {
        ("Anna Lind", "Kvarkenhjälpen rf", "projektledare")}
    assert _posts("Anna Lind fungerar som ordförande för riksdagens ekonomiutskott.") == {
        ("Anna Lind", "Ekonomiutskott", "ordförande")}


@needs_voikko
def test_working_as_in_a_town_gives_no_post():
    assert _posts("Anna Lind arbetar som handläggare i Vasa.") == set()  # a bare town is where, not for whom
