"""A project's runner is not also a participant read from prose (runner_participation.py); a runner listed among
the partners stays a participant too, and a card's coordination row names a unit as the runner (fields.py)."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko
from welfare_kg.extract.model import Evidence, Fact
from welfare_kg.extract.runner_participation import runner_participation_dropped


def _pairs(text: str) -> set[tuple[str, str, str]]:
    ex = extract(text, "news")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], f.predicate, label[f.object]) for f in ex.facts
            if f.predicate in {"coordinates", "participatesIn"}}


def _fact(predicate: str, rule: str) -> Fact:
    return Fact("org", predicate, "proj", Evidence("doc", "s", 0), rule, 0.7)


def test_a_prose_participation_of_the_runner_is_dropped() -> None:
    kept = runner_participation_dropped([_fact("coordinates", "coordinates:runner-verb"),
                                         _fact("participatesIn", "participatesIn:commit-verb")])
    assert [f.predicate for f in kept] == ["coordinates"]


def test_a_listed_participation_of_the_runner_stays() -> None:
    kept = runner_participation_dropped([_fact("coordinates", "coordinates:field"),
                                         _fact("participatesIn", "participatesIn:list"),
                                         _fact("participatesIn", "participatesIn:field-topic")])
    assert [f.rule for f in kept] == ["coordinates:field", "participatesIn:list", "participatesIn:field-topic"]


def test_a_participant_that_runs_nothing_stays() -> None:
    other = Fact("other", "participatesIn", "proj", Evidence("doc", "s", 0), "participatesIn:commit-verb", 0.7)
    kept = runner_participation_dropped([_fact("coordinates", "coordinates:field"), other])
    assert other in kept


@needs_voikko
def test_the_administrator_of_a_sentence_with_partners_is_no_partner() -> None:
    found = _pairs("Valoisa arki -hanke\n\nHanketta hallinnoi Pohjois-Savon hyvinvointialue, ja sen "
                   "osatoteuttajina toimivat Testilän Ammattikorkeakoulu Oy ja Esimerkin kesäyliopisto ry.\n")
    runner = "Pohjois-Savon hyvinvointialue"
    assert any(s == runner and p == "coordinates" for s, p, _ in found)
    assert not any(s == runner and p == "participatesIn" for s, p, _ in found)


@needs_voikko
def test_a_coordination_row_names_a_unit_as_the_runner() -> None:
    found = _pairs("Hankkeet\n\nYhdessä oppien -hanke\n\nRahoittaja: Opetushallitus\n\nHankkeessa mukana\n\n"
                   " • Joensuun seudun kansalaisopisto\n • Kotkan opisto\n • Porin kansalaisopisto\n\n"
                   "Hankkeen koordinointi: Porin kansalaisopisto\n")
    assert ("Porin kansalaisopisto", "coordinates", "Yhdessä oppien") in {(s, p, o.split(" -")[0])
                                                                          for s, p, o in found}
