"""Recognition of funders and receivers that carry no legal form or head word (issue 12: every stated amount
exact). Sentences written for these tests; the organisations named are reference data or invented."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

ID = "https://w3id.org/welfare-kg/id/"


def facts(text: str, kind: str = "news") -> set[tuple[str, str, str, str]]:
    ex = extract_document(record(text, kind=kind))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return {(labels.get(f.subject, f.subject), f.predicate, labels.get(f.object, f.object), str(f.amount or ""))
            for f in ex.facts}


def labels(text: str, kind: str = "news") -> dict[str, str]:
    ex = extract_document(record(text, kind=kind))
    return {e.label: iri.removeprefix(ID) for iri, e in ex.entities.items()}


def test_known_funder_inside_a_money_compound_funds_the_project() -> None:
    text = "Projektet ”Trygga kvarter i skärgården” beviljades i våras 48 000 euro i Paf-stöd.\n"
    assert ("Ålands Penningautomatförening", "funds", "Trygga kvarter i skärgården", "48000") in facts(text)
    assert labels(text)["Ålands Penningautomatförening"] == "association/paf"  # the reference IRI, not a local one


def test_money_compound_of_a_programme_stays_the_programme() -> None:
    # "Leader-rahoitus" is the programme's money, not an organisation's mention
    found = labels("Leader-rahoitus on muodostunut kuntien ja valtion maksuosuuksista.\n")
    assert not any(iri.startswith(("association/", "company/", "agency/")) for iri in found.values()), found


def test_money_compound_of_an_unknown_word_is_no_mention() -> None:
    found = labels("Kylätalo sai Kesä-avustusta 500 euroa.\n")
    assert "Kesä" not in found
