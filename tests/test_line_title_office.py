"""An office title that opens a row's line before the name, the row's meeting role after it ("hallintojohtaja Liisa X,
pöytäkirjanpitäjä"): the person's post in the town (extract/posts.py, rule holdsPost:line-title-office).
All names are invented; the municipality is reference data."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

pytestmark = needs_voikko

TEXT = ("Kiimingin kunta Kunnanhallitus Pöytäkirja 5/2014\nLäsnä: puheenjohtaja Matti Virtala, varapuheenjohtaja "
        "Anna Laine\nMuut läsnäolijat: kunnanjohtaja Kari Hänninen, esittelijä\nhallintojohtaja Liisa Orava, "
        "pöytäkirjanpitäjä\n\n1 § Kokouksen laillisuus\n")


def posts(text: str) -> set[tuple[str, str, str | None, str]]:
    ex = extract(text, "minutes")
    return {(ex.entities[f.subject].label, ex.entities[f.object].label, f.post, f.rule) for f in ex.facts
            if f.predicate == "holdsPost"}


def test_the_title_opening_the_names_line_is_the_persons_office_in_the_town() -> None:
    got = posts(TEXT)
    assert ("Liisa Orava", "Kiiminki", "hallintojohtaja", "holdsPost:line-title-office") in got
    assert ("Kari Hänninen", "Kiiminki", "kunnanjohtaja", "holdsPost:line-title-office") in got


def test_a_meeting_role_opening_the_line_is_no_office() -> None:
    got = posts(TEXT)
    assert not any(rule == "holdsPost:line-title-office" and who == "Matti Virtala" for who, _, _, rule in got)
