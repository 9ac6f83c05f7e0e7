"""Member rows that close with the member's organisation (extract/closing_rows.py).

The board list below is invented for this test: one row titled with an academic rank and a seat in a body, one
with a seat alone, one with an ordinary office title (read by the prose rule), and prose where an organisation
follows a comma but does not end the row.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.closing_rows import RULE, TITLED_RULE
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction

BOARD = ("Osaamiskeskuksen hallitus 2025\n\n"
         " • Reino Hakkarainen, emeritusprofessori, aluehallituksen jäsen, Pirkanmaan hyvinvointialue "
         "(varalla Elina Savolainen)\n\n"
         " • Tarja Ruuskanen, aluevaltuuston jäsen, Keski-Suomen hyvinvointialue\n\n"
         " • Oskari Lindqvist, palvelujohtaja, Tampereen kaupunki\n")


def _posts(ex: Extraction) -> dict[str, set[tuple[str, str | None, str]]]:
    out: dict[str, set[tuple[str, str | None, str]]] = {}
    for f in ex.facts:
        if f.predicate == "holdsPost" and f.subject in ex.entities and f.object in ex.entities:
            out.setdefault(ex.entities[f.subject].label, set()).add((ex.entities[f.object].label, f.post, f.rule))
    return out


def test_rank_and_seat_row_goes_to_the_closing_organisation() -> None:
    posts = _posts(extract_document(record(BOARD)))
    assert posts["Reino Hakkarainen"] == {("Pirkanmaan hyvinvointialue", "emeritusprofessori, aluehallituksen jäsen",
                                           RULE)}
    assert posts["Tarja Ruuskanen"] == {("Keski-Suomen hyvinvointialue", "aluevaltuuston jäsen", RULE)}


def test_row_the_prose_rule_reads_is_left_to_it() -> None:
    posts = _posts(extract_document(record(BOARD)))
    assert {rule for _, _, rule in posts["Oskari Lindqvist"]} == {"holdsPost:post-title"}
    assert "Elina Savolainen" not in posts  # the deputy in brackets is not the row's member


def test_organisation_that_runs_on_into_a_sentence_is_no_row_end() -> None:
    text = ("Seminaarissa puhui Reino Hakkarainen, emeritusprofessori, Pirkanmaan hyvinvointialueen "
            "palveluista ja niiden tulevaisuudesta.\n")
    posts = _posts(extract_document(record(text)))
    assert not any(rule == RULE for facts in posts.values() for _, _, rule in facts)


def test_title_then_organisation_gives_each_member_their_own() -> None:
    text = ("Työryhmään kuuluivat Veikko Partanen, sosiaalijohtaja Kuopion kaupunki, ja Sirkka Leinonen, ylilääkäri "
            "Pohjois-Savon hyvinvointialue.\n")
    posts = _posts(extract_document(record(text)))
    assert posts["Veikko Partanen"] == {("Kuopio", "sosiaalijohtaja", TITLED_RULE)}
    # the prose rule gave her the sentence's first organisation
    assert posts["Sirkka Leinonen"] == {("Pohjois-Savon hyvinvointialue", "ylilääkäri", TITLED_RULE)}


def test_swedish_title_then_foreign_municipality_is_kept() -> None:
    text = "Styrgruppen har bestått av Gunnel Åberg, landsbygdsutvecklare Varbergs kommun, och två andra.\n"
    posts = _posts(extract_document(record(text)))
    assert posts["Gunnel Åberg"] == {("Varbergs kommun", "landsbygdsutvecklare", TITLED_RULE)}


def test_title_before_a_longer_phrase_is_no_row() -> None:
    text = "Veikko Partanen, sosiaalijohtaja Kuopion kaupungin palveluista, kertoi uudistuksesta.\n"
    posts = _posts(extract_document(record(text)))
    assert not any(rule == TITLED_RULE for facts in posts.values() for _, _, rule in facts)
