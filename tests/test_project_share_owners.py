"""A genitive that only says whose the projects are does not own their funding share: "X:n vastuulla olevien
hankkeiden yhteenlaskettu rahoitusosuus on N euroa" is money granted to X's projects, not X's contribution (session
35 output audit a38: a UAS's projects' grant read as its own share of the programme).

The sentences are invented; the organisations are real ones of the reference data.
"""

from __future__ import annotations

from helpers import labelled_facts, needs_voikko_for

needs_voikko = needs_voikko_for("cases come from Voikko")


@needs_voikko
def test_the_owner_of_the_projects_before_their_share_contributes_nothing() -> None:
    text = ("Hankkeita rahoitetaan Kestävää kasvua ja työtä 2014–2020 -ohjelmasta. "
            "Lapin ammattikorkeakoulun vastuulla olevien hankkeiden yhteenlaskettu rahoitusosuus on 820 000 euroa.")
    facts = labelled_facts(text)
    assert not any(p == "contributes" and s == "Lapin ammattikorkeakoulu" for s, p, _o in facts)


@needs_voikko
def test_an_organisations_own_share_is_still_its_contribution() -> None:
    text = ("Kotona kaikki -hanke alkaa syksyllä. Rovaniemen kaupungin rahoitusosuus on 20 000 euroa.")
    facts = labelled_facts(text)
    assert any(p == "contributes" and s.startswith("Rovaniemi") for s, p, _o in facts)
