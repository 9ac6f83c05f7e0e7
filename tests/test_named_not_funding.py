"""Funder kinds a funding sentence names as a period's or an organ's owner, or inside an act's number, fund nothing."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer
from welfare_kg.extract.model import Mention
from welfare_kg.extract.named_not_funding import no_funding_party, owns_period_or_organ, statute_number


def _at(text: str, name: str, case: str | None) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, name, "Agency", "x", case)


def test_a_genitive_before_a_period_or_an_organ() -> None:
    text = "Uudella Euroopan unionin ohjelmakaudella saatiin hankerahoitusta."
    assert owns_period_or_organ(text, 0, _at(text, "Euroopan unionin", "omanto"))
    text = "Euroopan unionin komission päätös rahoituksesta tuli keväällä."
    assert owns_period_or_organ(text, 0, _at(text, "Euroopan unionin", "omanto"))
    text = "Euroopan unionin rahoitus jatkuu."
    assert not owns_period_or_organ(text, 0, _at(text, "Euroopan unionin", "omanto"))
    text = "Euroopan unioni rahoittaa ohjelmakauden hankkeita."
    assert not owns_period_or_organ(text, 0, _at(text, "Euroopan unioni", "nimento"))


def test_the_name_in_an_acts_number() -> None:
    text = "Päätös (N:o 312/2019/EU) säätelee rahoitusta."
    assert statute_number(text, 0, _at(text, "EU", None))
    text = "Asetus (EU) 2020/555 koskee avustuksia."
    assert statute_number(text, 0, _at(text, "EU", None))
    text = "Hanketta rahoittaa EU vuoteen 2027."
    assert not no_funding_party(text, 0, _at(text, "EU", None))


def _funders(text: str) -> set[str]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {iri: min(e.labels) for iri, e in out.entities.items()}
    return {label.get(f.subject, f.subject.removeprefix(ID)) for f in out.facts if f.predicate == "funds"}


def test_a_project_page_dated_by_the_programme_period_names_no_eu_funding() -> None:
    text = ("Kylätalkkari-hanke\n\n"
            "Kylätalkkari-hanke auttaa ikäihmisiä arjen askareissa Pohjois-Savossa. "
            "Päättyvällä Euroopan unionin ohjelmakaudella oli ensi kertaa mahdollista saada hankerahoitusta "
            "tällaiseen työhön. Kylätalkkari-hanke jatkuu vuoden loppuun.\n")
    assert not any("Euroopan unioni" in g or g == "EU" for g in _funders(text))
