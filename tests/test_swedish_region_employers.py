"""A Swedish region is an employer when written as the organisation "Region X" after a title and its preposition
("regionråd vid Region X"); the bare county name after a title is where someone works, no employer (output audit
a39, invented sentences)."""

from __future__ import annotations

from tests.helpers import fact_rows
from welfare_kg.extract.gazetteer import Gazetteer


def _posts(gaz: Gazetteer, text: str) -> set[tuple[str, str]]:
    return {(f[0], f[2]) for f in fact_rows(gaz, text, "news") if f[1] == "holdsPost"}


def test_a_councillor_of_the_region_organisation(gaz: Gazetteer) -> None:
    text = "– Vi satsar på jobben i hela länet, säger Erik Lind (S), regionråd vid Region Jämtland Härjedalen."
    assert any(p == "person/erik-lind" and o.startswith("region/") for p, o in _posts(gaz, text))


def test_the_bare_county_name_is_no_employer(gaz: Gazetteer) -> None:
    text = "– Vi satsar på jobben i hela länet, säger Erik Lind, utvecklingsledare i Jämtland."
    assert not _posts(gaz, text)
