"""A grant's receiver runs the project it received the grant for, read through general morphology
(coordinates:grant-receiver): an acronym with its case ending glued on ("STEAn") is in that case, not a second
subject; a compound head after the spaced dash ("-hyvinvointiyhteistyöhankkeelle") closes a project's name, whose
case is its head's; a name and its acronym side by side are one receiver. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.entities import acronym_case


def _facts(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(record(text))
    return {(ex.entities[f.subject].label, f.predicate, ex.entities[f.object].label) for f in ex.facts
            if f.subject in ex.entities and f.object in ex.entities}


@pytest.mark.parametrize(("word", "case"), [
    ("STEAn", "omanto"), ("HUSin", "omanto"), ("HUSiin", "sisatulento"), ("OKMlle", "ulkotulento"),
    ("JAMKissa", "sisaolento"), ("STEAlta", "ulkoeronto"), ("SOTEa", "osanto"),
    ("STEA", None), ("ProAgria", None), ("Kotiapu", None),
])
def test_an_acronym_s_glued_ending_says_its_case(word: str, case: str | None) -> None:
    assert acronym_case(word) == case


@needs_voikko
@pytest.mark.parametrize("text", [
    "Uutinen\n\nKotiapu ry on saanut myönteisen STEAn avustusehdotuksen Yhdessä ei olla yksin -hankkeelle.",
    "Uutinen\n\nKotiapu ry on saanut vuodelle 2019 avustusta Yhdessä ei olla yksin -hankkeelle.",
    "Uutinen\n\nKotiapu ry KOTI on saanut vuodelle 2019 myönteisen STEAn avustusehdotuksen Yhdessä ei olla yksin "
    "-hyvinvointiyhteistyöhankkeelle.",
])
def test_the_receiver_of_a_grant_for_a_project_runs_it(text: str) -> None:
    assert ("Kotiapu ry", "coordinates", "Yhdessä ei olla yksin") in _facts(text)


@needs_voikko
def test_two_receivers_name_no_runner() -> None:
    facts = _facts("Uutinen\n\nKotiapu ry ja Virta ry ovat saaneet avustusta Yhdessä ei olla yksin -hankkeelle.")
    assert not any(f[1] == "coordinates" for f in facts)
