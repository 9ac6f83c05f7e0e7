"""A state agency named only by its kind word in a sentence about money (extract/bare_agencies.py)."""

from __future__ import annotations

from tests.helpers import entity_labels, extract

ID = "https://w3id.org/welfare-kg/id/"


def test_bare_regional_agency_granting_money_is_an_agency() -> None:
    text = "Aluehallintovirasto on myöntänyt Pihapiiri-hankkeelle 60 000 euron valtionavustuksen."
    assert "Aluehallintovirasto" in entity_labels(text, "Agency")
    ex = extract(text)
    funders = {f.subject for f in ex.facts if f.predicate == "funds"}
    assert any(ex.entities[s].label == "Aluehallintovirasto" for s in funders)


def test_bare_agency_is_its_documents_own() -> None:
    # every region has an ELY centre: the word read alone in two texts names two agencies
    one = extract("ELY-keskus rahoittaa kyläteiden kunnostusta 20 000 eurolla.")
    two = extract("ELY-keskus myönsi tukea Saaristotie-hankkeelle.")
    iris = [{i for i, e in ex.entities.items() if e.label == "ELY-keskus"} for ex in (one, two)]
    assert iris[0] and iris[1] and not iris[0] & iris[1]


def test_swedish_bare_agency_granting_support() -> None:
    assert "NTM-centralen" in entity_labels("NTM-centralen beviljade föreningen stöd för en vandringsled.", "Agency")


def test_bare_word_points_at_the_one_agency_named_later() -> None:
    text = "ELY-keskus myönsi Kylänraitti-hankkeelle tukea 30 000 euroa.\n\nLisätietoja antaa Lapin ELY-keskus."
    agencies = {i.removeprefix(ID) for i, e in extract(text).entities.items() if e.type == "Agency"}
    assert agencies == {"agency/ely-lappi"}


def test_bare_word_outside_money_or_with_two_named_gives_nothing() -> None:
    assert "ELY-keskus" not in entity_labels("ELY-keskuksen mukaan tie avataan keväällä.", "Agency")
    text = ("ELY-keskus myönsi hankkeelle tukea 5 000 euroa. Mukana ovat Lapin ELY-keskus ja Kainuun ELY-keskus.")
    assert "ELY-keskus" not in entity_labels(text, "Agency")


def test_the_swedish_long_form_of_the_ntm_centre() -> None:
    from helpers import entity_types

    names = entity_types("Projektet understöds av Närings-, trafik- och miljöcentralen och Svenska kulturfonden.")
    assert names.get("NTM-centralen") == "Agency"


def test_swedish_regional_state_agency_bare_and_with_its_area() -> None:
    assert "Regionförvaltningsverket" in entity_labels(
        "Regionförvaltningsverket beviljade ungdomsförbundet bidrag för projektet.", "Agency")
    # "... i Södra Finland" names the agency of that area (reference data): no bare one beside it
    text = "Regionförvaltningsverket i Södra Finland beviljade föreningen understöd."
    assert "Regionförvaltningsverket" not in entity_labels(text, "Agency")
