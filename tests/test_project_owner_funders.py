"""The genitive owner of the projects a funding word speaks of is no funder ("Akatemia valitsi neljä X:n tutkijoiden
hanketta rahoitettavaksi": X's researchers' projects, the Academy funds them); a paying agency's genitive before a
project word may still be its funder ("Akatemian hanke") (session 35 output audit a38).

The sentences are invented; the organisations are real ones of the reference data.
"""

from __future__ import annotations

from helpers import labelled_facts, needs_voikko_for

needs_voikko = needs_voikko_for("cases and lemmas come from Voikko")


@needs_voikko
def test_the_owner_of_the_projects_a_funding_word_speaks_of_is_no_funder() -> None:
    text = ("Kärkihankerahoitusta kolmelle Tampereen yliopiston tutkimushankkeelle\n\n"
            "Suomen Akatemia on valinnut kolme Tampereen yliopiston tutkijoiden hanketta rahoitettavaksi "
            "Kestävä arki -kärkihankerahoituksella.\n\n"
            "Tutkijatohtori Maija Ahon Kotona kaikki -hankkeessa tutkitaan kotihoitoa. Hanke sai noin 300 000 euron "
            "rahoituksen.")
    facts = labelled_facts(text)
    assert not any(p == "funds" and s == "Tampereen yliopisto" for s, p, _o in facts)
    assert any(p == "funds" and s == "Suomen Akatemia" for s, p, _o in facts)
