"""Reference data added in the thirty-eighth session: the public sector's negotiating organisation and unions, the
foundations' umbrella organisation, the Strategic Research Council, ETLA and ÅHS
(data/labour_market_organisations.csv, data/state_agencies.csv). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def labels(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values()}


@pytest.mark.parametrize(("text", "label"), [
    ("Valtuustoaloite päivystyksen järjestämisestä/juko ry 164", "Julkisalan koulutettujen neuvottelujärjestö JUKO ry"),
    ("Lausunnon antoivat Jyty ja OAJ.", "Ammattiliitto Jyty ry"),
    ("Lausunnon antoivat Jyty ja OAJ.", "Opetusalan Ammattijärjestö OAJ ry"),
    ("Säätiö on Säätiöt ja rahastot ry:n jäsen.", "Säätiöt ja rahastot ry"),
])
def test_negotiating_organisations_unions_and_umbrella(text: str, label: str) -> None:
    assert ("Association", label) in labels(text)


def test_strategic_research_council_in_lower_case_is_the_agency() -> None:
    got = labels("Suomen Akatemian yhteydessä toimiva strategisen tutkimuksen neuvosto myönsi rahoitusta.")
    assert ("Agency", "Strategisen tutkimuksen neuvosto") in got


def test_economic_research_institute_by_its_short_name() -> None:
    got = labels("Konsortiossa ovat mukana yliopisto ja Etla.")
    assert ("Association", "Elinkeinoelämän tutkimuslaitos") in got


def test_alands_health_care_by_its_abbreviation() -> None:
    got = labels("I projektet är ÅHS med och tar fram en modell.")
    assert ("Agency", "Ålands hälso- och sjukvård") in got
