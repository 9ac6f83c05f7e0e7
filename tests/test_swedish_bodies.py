"""Swedish minutes: the bodies' Swedish names and posts in another body ("fge ordf."); text written here."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.ontology.namespace import ID

MINUTES = ("PROTOKOLL Kommunstyrelsen 4/2021 Larsmo kommun\n"
           "Beslutande: Anna Berg ordförande Per Holm medlem Lisa Strand medlem\n"
           "Övriga närvarande: Nils Ek fge ordf. Eva Sundell fge I vice ordf. Karl Lund kommundirektör\n\n"
           "§ 12 Budgetändring 2021\nKst § 12\nKommunstyrelsen beslutar att godkänna ändringen.\n"
           "Beslut: Godkändes.\n")


def test_swedish_body_names_with_the_swedish_genitive_and_definite_form() -> None:
    ex = extract_document(record(MINUTES, kind="minutes"))
    board = next(e for e in ex.entities.values() if e.type == "Body" and "styrelse" in e.label)
    assert board.label == "Larsmos kommunstyrelse", board.label
    assert {"Kommunstyrelsen", "Kst"} <= board.labels, board.labels


def test_a_role_in_the_council_is_a_post_in_the_council_not_in_the_meeting_board() -> None:
    ex = extract_document(record(MINUTES, kind="minutes"))
    council = next(e.iri for e in ex.entities.values() if e.type == "Body" and "fullmäktige" in e.label)
    posts = {(f.subject.removeprefix(ID), f.object) for f in ex.facts if f.predicate == "holdsPost"}
    assert ("person/nils-ek", council) in posts, posts
    assert ("person/eva-sundell", council) in posts, posts
    assert not any(s in {"person/nils-ek", "person/eva-sundell"} and o != council for s, o in posts), posts


def test_a_letterhead_in_capitals_names_the_bodies_in_title_case_with_and_without_the_genitive() -> None:
    ex = extract_document(record(MINUTES.replace("Larsmo kommun", "LARSMO KOMMUN"), kind="minutes"))
    board = next(e for e in ex.entities.values() if e.type == "Body" and "styrelse" in e.label)
    assert board.label == "Larsmos kommunstyrelse", board.label
    assert "Larsmo kommunstyrelse" in board.labels, board.labels


def test_a_swedish_board_meets_the_finnish_one_of_the_same_municipality() -> None:
    ex = extract_document(record(MINUTES, kind="minutes"))
    board = next(e for e in ex.entities.values() if e.type == "Body" and "styrelse" in e.label)
    assert board.iri.endswith("-kunnanhallitus"), board.iri  # as "Luodon kunnanhallitus" in a Finnish document
