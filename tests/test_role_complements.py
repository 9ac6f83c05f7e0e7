"""A role noun after "är"/"som" is the copula subject's: "Socialstyrelsen är projektägare och arbetar tillsammans
med SKR, Skolverket ..." makes Socialstyrelsen the runner, not the first partner named after it."""

from __future__ import annotations

from helpers import record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _runners(text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {out.entities[f.subject].label for f in out.facts if f.predicate == "coordinates"
            and f.subject in out.entities}


def test_the_copula_subject_owns_the_project() -> None:
    text = ("Projektet Trygg Hemma\n\nProjektet Trygg Hemma utvecklar service. Socialstyrelsen är projektägare och "
            "arbetar tillsammans med SKR, Skolverket och Region Västmanland. Projektet Trygg Hemma slutar 2022.\n")
    assert _runners(text) == {"Socialstyrelsen"}


def test_a_role_noun_before_its_copula_still_takes_the_name_after() -> None:
    text = ("Projektet Trygg Hemma\n\nProjektet Trygg Hemma utvecklar service. Projektägare är Vasa stad. "
            "Projektet Trygg Hemma slutar 2022.\n")
    assert _runners(text) == {"Vaasa"}
