"""The project's one implementer as a role noun: "Hankkeen toteuttaja oli X" (relations.role_nouns); short sentences of
our own, once where it must fire and once where a look-alike must not."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer


def test_projects_implementer_runs_it(gaz: Gazetteer) -> None:
    facts = run(gaz, "Arjen apu -hanke käynnistyi keväällä. "
                     "Projektin vastuullinen toteuttaja oli Kalle ja Maija Virtasen säätiö ja yhteistyötä tehtiin "
                     "kylien kanssa.")
    assert [f for f in facts if f[1] == "coordinates" and "virtasen-saatio" in f[0] and f[4] == "coordinates:role-noun"]


def test_plural_implementers_are_no_runner(gaz: Gazetteer) -> None:
    facts = run(gaz, "Arjen apu -hanke käynnistyi keväällä. "
                     "Hankkeen toteuttajat olivat Kalle ja Maija Virtasen säätiö ja Kuopion kaupunki.")
    assert not [f for f in facts if f[1] == "coordinates" and f[4] == "coordinates:role-noun"]


def test_a_services_implementer_is_no_runner(gaz: Gazetteer) -> None:
    facts = run(gaz, "Arjen apu -hanke käynnistyi keväällä. "
                     "Kotipalvelun toteuttaja on Kalle ja Maija Virtasen säätiö.")
    assert not has(facts, "kalle-ja-maija-virtasen-saatio", "coordinates", "project/")
