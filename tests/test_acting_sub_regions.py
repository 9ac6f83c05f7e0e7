"""A sub-region's own organisation ("X:n seutukunta") runs projects like any organisation: in a role phrase it is
the coordinator, not a place. Texts written for these tests."""

from __future__ import annotations

from tests.helpers import fact_triples


def test_sub_region_as_administrator_coordinates() -> None:
    text = ("Kylät kuntoon -hanke käynnistyi syksyllä. Hankkeen hallinnoijana on Raahen seutukunta ja "
            "osatoteuttajana Oulun yliopisto.")
    assert any(s.endswith("raahen-seutukunta") and p == "coordinates" for s, p, o in fact_triples(text))


def test_a_cooperation_area_as_a_place_runs_nothing() -> None:
    text = "Kylät kuntoon -hanke toimii Raahen seudulla, ja hankkeen hallinnoijana on Raahen kaupunki."
    assert not any(s.startswith("cooperation-area/") and p == "coordinates" for s, p, o in fact_triples(text))
