"""Who joins what when 'osallistua' has a list of subjects (issue 12, round 3): invented sentences."""

from __future__ import annotations

import pytest
from helpers import fact_rows, has_fact

from welfare_kg.extract.gazetteer import reference_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return reference_gazetteer()


def test_project_listed_among_subjects_is_not_what_they_join(gaz) -> None:
    """A project named in the nominative among the subjects after 'osallistuvat' is one more participant."""
    rows = fact_rows(gaz, "Kylätupa-hanke käynnistyi keväällä. "
                          "Työhön osallistuvat Sodankylän kunta, Arjen Apu -hanke ja Kemin kaupunki.")
    assert has_fact(rows, "municipality/758", "participatesIn", "project/kylatupa")
    assert has_fact(rows, "municipality/240", "participatesIn", "project/kylatupa")
    assert not any(p == "participatesIn" and "apu-arki" in o for _s, p, o, _a, _r in rows)


def test_project_in_the_illative_is_still_what_is_joined(gaz) -> None:
    rows = fact_rows(gaz, "Kylätupa-hanke käynnistyi keväällä. Kemin kaupunki osallistui Arjen Apu -hankkeeseen.")
    assert has_fact(rows, "municipality/240", "participatesIn", "project/apu-arki")
    assert not has_fact(rows, "municipality/240", "participatesIn", "project/kylatupa")
