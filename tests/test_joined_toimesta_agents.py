""""X-hanke on alkanut A:n ja B:n toimesta": every genitive joined to the agent before "toimesta" runs the project,
not only the nearest one; a genitive not joined to it ("A:n tilaama ... B:n toimesta") is no agent. Invented
project; real organisations from the reference data."""

from __future__ import annotations

from helpers import labelled_facts


def test_both_joined_genitives_before_toimesta_coordinate() -> None:
    facts = labelled_facts("Arjen tuki -hanke on alkanut Etelä-Pohjanmaan liiton ja Seinäjoen "
                           "ammattikorkeakoulun toimesta viime syksynä.")
    runners = {s for s, p, o in facts if p == "coordinates" and o == "Arjen tuki"}
    assert "Etelä-Pohjanmaan liitto" in runners
    assert any(r.startswith("Seinäjoen ammattikorkeakoulu") for r in runners)


def test_a_genitive_not_joined_to_the_agent_runs_nothing() -> None:
    facts = labelled_facts("Kuopion kaupungin tilaama Arjen tuki -hanke toteutetaan Savonia-ammattikorkeakoulun "
                           "toimesta.")
    assert not any(s == "Kuopio" and p == "coordinates" for s, p, _ in facts)
