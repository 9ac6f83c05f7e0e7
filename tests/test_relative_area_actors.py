"""An actor's area in a relative clause after it ("X ry, joka toimii Pirkanmaalla") or after the predicate noun of a
copular sentence ("X ry on kylien yhteenliittymä, joka toimii ... Itä-Uudellamaalla"): extract/lists.area_facts."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _covers(text: str) -> set[tuple[str, str]]:
    out = extract_document(record(text, "news"), gazetteer=reference_gazetteer())
    labels = {iri: e.label for iri, e in out.entities.items()}
    return {(labels[f.subject], labels[f.object]) for f in out.facts
            if f.predicate == "coversArea" and f.rule == "coversArea:operates-in"}


def test_the_actor_right_before_the_relative_clause() -> None:
    found = _covers("Hanketta hallinnoi Kaislan Kylät ry, joka toimii Pirkanmaalla ja Satakunnassa.")
    assert {o for _, o in found} == {"Pirkanmaa", "Satakunta"}


def test_the_subject_of_a_copular_sentence() -> None:
    found = _covers("Kaislan Kylät ry on vuonna 2001 perustettu kylien yhteenliittymä, joka toimii yhdeksän kunnan "
                    "alueella Itä-Uudellamaalla.")
    assert {o for _, o in found} == {"Itä-Uusimaa"}


def test_a_relative_clause_of_a_noun_in_another_case_is_not_the_actors() -> None:
    assert not _covers("Kaislan Kylät ry on mukana hankkeessa, joka toimii Pirkanmaalla.")


def test_swedish_neuter_verksamt() -> None:
    found = _covers("Leader Kustbygden som är verksamt i Österbotten fick tre miljoner euro.")
    assert {o for _, o in found} == {"Pohjanmaa"}
