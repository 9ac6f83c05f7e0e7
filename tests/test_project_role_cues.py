"""Cue words of a project's roles: the loanword "partneri" is a role noun of joining as "kumppani" is ("X on
partnerina Y-hankkeessa", "X on Y-hankkeen partneri", "hankkeen partnereita ovat A ja B"; EU projects' texts say it
more than the Finnish word), and Swedish "driver"/"leder" with the project as object run it as "drivs av" does."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _facts(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(record(text), gazetteer=reference_gazetteer())
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return {(labels.get(f.subject, f.subject), f.predicate, labels.get(f.object, f.object)) for f in ex.facts}


def test_partner_in_the_essive_joins_the_project() -> None:
    assert ("Kuopio", "participatesIn", "Kylät kuntoon") in _facts(
        "Kuopion kaupunki on partnerina Kylät kuntoon -hankkeessa.")


def test_the_projects_partner_joins_it() -> None:
    assert ("Kuopio", "participatesIn", "Kylät kuntoon") in _facts(
        "Kuopion kaupunki on Kylät kuntoon -hankkeen partneri.")


def test_partners_listed_after_the_copula_join() -> None:
    facts = _facts("Kylät kuntoon -hankkeen partnereita ovat Kuopion kaupunki ja Siilinjärven kunta.")
    assert {("Kuopio", "participatesIn", "Kylät kuntoon"), ("Siilinjärvi", "participatesIn", "Kylät kuntoon")} <= facts


def test_swedish_active_verbs_of_running_a_project() -> None:
    """"X driver projektet Y", "X leder Y-projektet": the active voice of "drivs av", "leds av"."""
    assert ("Vaasa", "coordinates", "Trygg skola") in _facts("Vasa stad driver projektet Trygg skola.")
    assert ("Vaasa", "coordinates", "Trygg skola") in _facts("Vasa stad leder projektet Trygg skola.")
    assert not any(p == "coordinates" for _, p, _ in _facts("Vasa stad leder arbetet till nya projekt."))
