"""A clause calling the project "hanke" with a programme right after "osana" (partOf:osana-anaphor): the text's
project is partOf the programme whatever the verb; "osana" an event, or a programme's genitive owning the event, says
nothing."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document

LEAD = "Gott liv -hanke kehittää palveluja. Gott liv -hanke alkoi 2023. "


def _facts(sentence: str) -> list[tuple[str, str]]:
    return [(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1])
            for f in extract_document(record(LEAD + sentence + "\n")).facts if f.rule == "partOf:osana-anaphor"]


@pytest.mark.parametrize("sentence", [
    "Hanke on käynnistetty osana Tulevaisuuden sote-keskus -ohjelmaa.",
    "Hanke on saanut rahoitusta Euroopan aluekehitysrahastosta osana Uudistuva ja osaava Suomi -ohjelmaa.",
    "Osana Tulevaisuuden sote-keskus -ohjelmaa hanke kehittää palveluja.",
])
def test_the_projects_programme_after_osana(sentence: str) -> None:
    facts = _facts(sentence)
    assert len(facts) == 1 and facts[0][0] == "gott-liv", facts


@pytest.mark.parametrize("sentence", [
    "Hanke esiteltiin osana Sote-päiviä.",
    "Hanke esitteli tuloksiaan osana Kainuun maakuntaohjelman seminaaria.",
])
def test_osana_an_event_is_no_whole(sentence: str) -> None:
    assert _facts(sentence) == []
