"""A project role noun as the complement of a copula (extract/relations.py role_nouns), on invented sentences:
"X on päähakija" states X's role as "X toimii hakijana" does."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from welfare_kg.extract.gazetteer import Gazetteer


def test_main_applicant_after_a_copula_coordinates(gaz: Gazetteer) -> None:
    rows = run(gaz, "Vahva Kylä -hanke alkoi. Kuopion kaupunki on päähakija. Siilinjärven kunta on yhteistyökumppani.")
    got = {(s, p) for s, p, o, _, _ in rows if "vahva" in o}
    assert ("municipality/297", "coordinates") in got, rows
    assert ("municipality/749", "participatesIn") in got, rows


def test_a_role_noun_in_another_case_after_a_copula_is_no_role(gaz: Gazetteer) -> None:
    rows = run(gaz, "Vahva Kylä -hanke alkoi. Kuopion kaupunki on hakijan tukena.")
    assert not [r for r in rows if r[0] == "municipality/297" and r[1] == "coordinates"], rows
