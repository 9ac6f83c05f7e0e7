"""Whole names in prose: a nobiliary particle belongs to the surname after it ("Anna von Schmalensee", "Annika Von
Schmalensée", "Bo af Hällström"), and a given name no list holds before a pair read only for the title beside it
makes that pair a double surname ("Acko Ankarberg Johansson, ordförande")."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord


def _people(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label for e in ex.entities.values() if e.type == "Person"}


@needs_voikko
def test_lower_case_particle_keeps_the_name():
    assert _people("Projektipäällikkö Anna von Schmalensee kertoo hankkeesta.") == {"Anna von Schmalensee"}


@needs_voikko
def test_capitalised_particle_and_accented_surname():
    assert _people("Projektledaren Annika Von Schmalensée har länge varit fullbokad.") == {
        "Annika Von Schmalensée"}


@needs_voikko
def test_swedish_particle_after_a_short_given_name():
    assert _people("Hallituksen jäsen Bo af Hällström kertoi.") == {"Bo af Hällström"}


@needs_voikko
def test_particle_like_word_inside_a_surname_is_no_particle():
    assert _people("Kirkkoherra Anna Vonlaine kertoo.") == {"Anna Vonlaine"}


@needs_voikko
def test_unknown_given_name_before_a_double_surname():
    assert _people("Rapporten gavs till Aksu Lindqvist Johansson, ordförande för nämnden.") == {
        "Aksu Lindqvist Johansson"}


@needs_voikko
def test_sentence_initial_word_is_no_given_name():
    assert _people("Därefter Kvarnberg Johansson, ordförande, talade.") == {"Kvarnberg Johansson"}


@needs_voikko
def test_listed_given_name_keeps_its_pair():
    assert _people("Till mötet kom Lars Johansson, ordförande.") == {"Lars Johansson"}
