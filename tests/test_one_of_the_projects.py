"""A name said to be one of a count of projects ("X är ett av de 40 projekt som finansieras av Y", "X on yksi 40
hankkeesta, joita Y rahoittaa") is a project; the programme the funding runs in ("inom programmet Z") is its frame, no
funder of it. All names are invented."""

from __future__ import annotations

from helpers import extract, needs_voikko

pytestmark = needs_voikko


def _labels(ex, typ: str) -> set[str]:
    return {e.label for e in ex.entities.values() if e.type == typ}


def _funds(ex) -> set[tuple[str, str]]:
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return {(labels.get(f.subject, ""), labels.get(f.object, "")) for f in ex.facts if f.predicate == "funds"}


def test_swedish_one_of_the_projects() -> None:
    ex = extract("Språkbad 2019-2022\n\nSPRÅKLUST är ett av de 40 projekt som finansieras av Svenska kulturfonden "
                 "under åren 2019-2022 inom det strategiska programmet Bryggan.")
    assert "SPRÅKLUST" in _labels(ex, "Project") or "Språklust" in _labels(ex, "Project")
    assert not any(s.startswith("Bryggan") for s, _ in _funds(ex))


def test_finnish_one_of_the_projects() -> None:
    ex = extract("KIELIPOLKU on yksi 40 hankkeesta, joita Svenska kulturfonden rahoittaa vuosina 2019-2022.")
    assert {"KIELIPOLKU", "Kielipolku"} & _labels(ex, "Project")
