"""A known programme named by its word glued to its grant, funding or activity (extract/programme_instruments.py):
the compound's base form is one of the programme's names."""

from __future__ import annotations

import pytest

from tests.helpers import extract


def _names(text: str) -> set[str]:
    ex = extract(text, "news")
    return {name for e in ex.entities.values() if e.iri.endswith("/programme/leader") for name in e.labels}


@pytest.mark.parametrize(("text", "name"), [
    ("Kolme hanketta saa yhteensä 90 000 euroa Leader-tukea Vekkulassa.", "Leader-tuki"),
    ("Hanke sai Leader-rahoitusta kahdeksi vuodeksi.", "Leader-rahoitus"),
    ("Kunta osallistuu Leader-toiminnan rahoitukseen.", "Leader-toiminta"),
])
def test_the_compound_names_the_programme(text: str, name: str) -> None:
    assert name in _names(text)


def test_the_local_group_is_no_programme() -> None:
    """"Leader-toimintaryhmä" is the group that runs the programme in its area, not the programme."""
    assert not _names("Leader-toimintaryhmä kokoontui keväällä.")


def test_a_funded_project_adds_no_name() -> None:
    assert "Leader-hanke" not in _names("Leader-hanke alkoi keväällä.")
