"""A flattened "Name, title Name, title" run whose last title runs into the next heading (twenty-ninth session,
fresh-page audit of people in minutes).

The front page is written for these tests: an invented board meeting's guests in one line, each title after its
name, the last one followed by the next part's heading without a colon ("..., pöytäkirjanpitäjä Laillinen ja
päätösvaltainen"), as a transcript of a front page's table runs them. The run's direction was told only by a tail
closed by a bracket, a line end or a "Label:", so the prose rule gave each title to the next name (the council's
chair's title to its first vice-chair).
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

_PAGE = ("Kunnanhallitus Kokous 4/2013 LAILLISUUS JA PÄÄTÖSVALTAISUUS Pekka Ranta, valtuuston puheenjohtaja Liisa "
         "Harju, valtuuston I varapuheenjohtaja Kari Salo, valtuuston II varapuheenjohtaja Jussi Oja, esittelijä "
         "Tiina Kallio, pöytäkirjanpitäjä Laillinen ja päätösvaltainen, 94 ASIAT\n")


def test_each_title_is_the_name_before_it_up_to_the_heading() -> None:
    ex = extract_document(record(_PAGE, kind="minutes"))
    posts = {(ex.entities[f.subject].label, f.post) for f in ex.facts if f.predicate == "holdsPost"}
    assert ("Pekka Ranta", "puheenjohtaja") in posts, posts
    assert ("Liisa Harju", "varapuheenjohtaja") in posts, posts
    assert ("Liisa Harju", "puheenjohtaja") not in posts, posts


def test_a_prose_list_with_titles_before_the_names_is_left_alone() -> None:
    text = ("Kokouksessa olivat läsnä puheenjohtaja Pekka Ranta, varapuheenjohtaja Liisa Harju, sihteeri Kari Salo, "
            "jäsen Tiina Kallio Kuopiosta.\n")
    ex = extract_document(record(text, kind="news"))
    assert not any(f.rule == "holdsPost:run-title" for f in ex.facts)
