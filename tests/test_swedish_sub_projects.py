"""A sub-project's page in Swedish (invented names): the whole name written again is the project, not its acronym
and a place (extract/name_echoes.py); "X är ett delprojekt inom det nationella nätverket Y" makes X partOf Y
(relations._SWEDISH_SUB); "de andra Y-delprojekten" names Y's parts, so Y is no part of X (document._PLURAL_PARTS)."""

from __future__ import annotations

from tests.helpers import fact_triples

TEXT = ("Projektet LYKTA Nyland\n\n"
        "LYKTA Nyland (2020-2022) är ett delprojekt inom det nationella nätverket LYKTA. Projektet drivs av "
        "Arcada och finansieras av Svenska kulturfonden. Resultaten delas med de andra LYKTA-delprojekten.")


def test_the_anaphor_after_a_sub_project_sentence_is_the_sub_project() -> None:
    facts = fact_triples(TEXT)
    assert ("company/arcada", "coordinates", "project/lykta-nyland") in facts
    assert ("association/svenska-kulturfonden", "funds", "project/lykta-nyland") in facts
    assert not any(p == "coordinates" and o == "project/lykta" for _s, p, o in facts)


def test_a_swedish_sub_project_of_a_whole_with_modifiers() -> None:
    facts = fact_triples(TEXT)
    assert ("project/lykta-nyland", "partOf", "project/lykta") in facts
    assert ("project/lykta", "partOf", "project/lykta-nyland") not in facts


def test_drivs_av_two_joined_runners() -> None:
    facts = fact_triples("Projektet Trygg Hemma drivs av Vasa stad och Korsholms kommun.")
    runners = {s for s, p, _o in facts if p == "coordinates"}
    assert runners == {"municipality/905", "municipality/499"}
    # "drivs av A och finansieras av B": B pays, it does not run
    facts = fact_triples("Projektet Trygg Hemma drivs av Vasa stad och finansieras av Svenska kulturfonden.")
    assert {s for s, p, _o in facts if p == "coordinates"} == {"municipality/905"}
