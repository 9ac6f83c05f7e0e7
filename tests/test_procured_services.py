"""A town's sector word is its department (extract/department_names.py) except where it is the thing bought,
produced or arranged: "Xn kaupungin työterveyshuoltopalveluiden tuottajaksi valitaan Oy Y" names services put out
to a provider, not a unit of the town.

Written for these tests: invented providers and sentences around real towns' names.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _bodies(text: str) -> set[str]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    return {e.label for e in out.entities.values() if e.type == "Body"}


def test_services_bought_or_produced_are_no_department() -> None:
    assert not _bodies("Hallitus päätti valita Lempäälän kunnan siivouspalveluiden tuottajaksi Puhdas Koti Oy:n.")
    assert not _bodies("Asialistalla oli Vesilahden kunnan taloushallintopalvelujen osto ja kilpailutus.")
    assert not _bodies("Lempäälän kunnan ruokapalvelujen järjestämisestä tehtiin selvitys.")


def test_a_department_that_arranges_or_receives_stays_a_body() -> None:
    assert "Lempäälän kunnan nuorisopalvelut" in _bodies(
        "Lempäälän kunnan nuorisopalvelujen järjestämä leiri sai avustusta.")
    assert "Lempäälän kunnan nuorisopalvelut" in _bodies("Avustuksen saivat Lempäälän kunnan nuorisopalvelut.")
