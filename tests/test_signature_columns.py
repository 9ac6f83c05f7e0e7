"""The chair of a signature table printed as a column of names, then a column of roles
(extract/titled_rows.py `chair_above_facts`). All names are invented."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

pytestmark = needs_voikko

HEAD = "Kiimingin kunta Kunnanhallitus Pöytäkirja 5/2014\n"


def chairs(text: str) -> set[str]:
    ex = extract(text, "minutes")
    return {ex.entities[f.subject].label for f in ex.facts
            if f.predicate == "holdsPost" and f.post == "puheenjohtaja"}


def test_the_chair_is_the_name_in_the_chairs_place_of_its_column() -> None:
    text = HEAD + "Allekirjoitukset\nMatti Virtala\nLiisa Orava\npuheenjohtaja\npöytäkirjanpitäjä\n\n1 § Laillisuus\n"
    assert chairs(text) == {"Matti Virtala"}


def test_columns_of_different_lengths_name_no_chair() -> None:
    text = HEAD + "Allekirjoitukset\nMatti Virtala\nLiisa Orava\nPekka Koskela\npuheenjohtaja\npöytäkirjanpitäjä\n\n" \
                  "1 § Laillisuus\n"
    assert chairs(text) == set()


def test_a_role_under_each_name_still_goes_to_the_name_above() -> None:
    text = HEAD + "Allekirjoitukset\nMatti Virtala\npuheenjohtaja\nLiisa Orava\npöytäkirjanpitäjä\n\n1 § Laillisuus\n"
    assert chairs(text) == {"Matti Virtala"}
