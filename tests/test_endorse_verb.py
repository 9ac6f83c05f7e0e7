"""A board that endorses a named project's funding decides on the project (decides:endorse-verb, extract/relations.py);
an endorsement naming no project, one another body only proposes, and an organisation that is no body state nothing.

Written for these tests: bulletins of invented regions, bodies and projects.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

HEAD = "Järvimaan maakuntahallituksen kokoustiedote\n\n"


def _rules(sentence: str) -> set[str]:
    ex = extract_document(record(HEAD + sentence + " Hanke alkaa keväällä.\n", kind="news"))
    return {f.rule for f in ex.facts if f.predicate == "decides"}


def test_board_endorsing_a_named_project() -> None:
    assert "decides:endorse-verb" in _rules("Maakuntahallitus puolsi Kylä Elää -hankkeen rahoittamista.")
    assert "decides:endorse-verb" in _rules("Maakuntahallitus on puoltanut Kylä Elää -hankkeen rahoitusta.")


def test_no_project_proposed_endorsement_and_no_body() -> None:
    assert not _rules("Maakuntahallitus päätti puoltaa rahoitusta kaikille hakijoille.")
    assert not _rules("Lautakunta esittää, että maakuntahallitus puoltaisi Kylä Elää -hankkeen rahoittamista.")
    assert not _rules("Järvimaan ELY-keskus puolsi Kylä Elää -hankkeen rahoittamista.")


def test_passive_endorsement_names_no_endorser() -> None:
    assert not _rules("Nuorisopalvelut on valmistellut Kylä Elää -hanketta, jolle puollettiin rahoitusta.")
