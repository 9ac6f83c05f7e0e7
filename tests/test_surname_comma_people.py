"""People written "Surname, Firstname" in running text, contact lines and lists: invented lines."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _read(text: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    out = extract_document(record(text, kind="news"), gazetteer=reference_gazetteer())
    people = {e.label for e in out.entities.values() if e.type == "Person"}
    label = {iri: e.label for iri, e in out.entities.items()}
    posts = {(label.get(f.subject, ""), f.post or "", label.get(f.object, "")) for f in out.facts
             if f.predicate == "holdsPost"}
    return people, posts


@needs_voikko
def test_a_comma_pair_closed_by_a_phone_is_one_person_named_first_name_first() -> None:
    people, _ = _read("Lisätietoja antaa yhteyshenkilö Korhonen, Liisa, puh. 040 000 0000.")
    assert people == {"Liisa Korhonen"}


@needs_voikko
def test_the_post_and_organisation_after_a_comma_pair_are_the_persons() -> None:
    people, posts = _read("Hanketta vetää Heikkinen, Kaisa, projektipäällikkö, Kainuun liitto.")
    assert people == {"Kaisa Heikkinen"}
    assert ("Kaisa Heikkinen", "projektipäällikkö", "Kainuun liitto") in posts


@needs_voikko
def test_comma_pairs_in_a_list_with_bracketed_organisations() -> None:
    people, posts = _read("Osallistujat: Virtanen, Matti (Kainuun liitto); Laine, Anna (Kainuun liitto)")
    assert people == {"Matti Virtanen", "Anna Laine"}
    assert {p for p, _, org in posts if org == "Kainuun liitto"} == {"Matti Virtanen", "Anna Laine"}


@needs_voikko
def test_places_a_relative_clause_and_two_first_names_give_no_person() -> None:
    assert _read("Kokouksia pidettiin Kajaani, Kuhmo ja Sotkamo -alueella.")[0] == set()
    assert _read("Hanketta vetää Virtanen, joka on projektipäällikkö.")[0] == set()
    # one surname and two first names: two people of one family, or one? no person is read
    assert _read("Paikalla olivat Laine, Anna ja Pekka.")[0] == set()


@needs_voikko
def test_an_enumeration_of_surnames_gives_no_person() -> None:
    assert _read("Paikalla olivat Virtanen, Mäkinen, Anna, Heikkinen.")[0] == set()


@needs_voikko
def test_a_name_written_first_name_first_in_a_comma_list_keeps_its_order() -> None:
    people, _ = _read("Paikalla olivat Matti Virtanen, Anna Laine ja Kalle Nieminen.")
    assert people == {"Matti Virtanen", "Anna Laine", "Kalle Nieminen"}
