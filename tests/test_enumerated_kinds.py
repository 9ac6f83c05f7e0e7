"""A bare kind word listed beside plural kinds is a party enumerated, not the employer of a person quoted.

"... ohjausryhmässä, jossa alueen kunnat ja hyvinvointialue ovat edustettuja, kertoo kehittämispäällikkö X": the
county is one of the parties, and the sentence does not say whose X is. The texts and people are invented.
"""

from __future__ import annotations

from pathlib import Path

from helpers import MORPH, needs_voikko

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.enumerated_kinds import enumerated_at
from welfare_kg.loaders import load_document


def _at(text: str, word: str) -> bool:
    a = text.index(word)
    return enumerated_at(a, a + len(word), text, MORPH)


@needs_voikko
def test_kind_word_in_a_list_of_plural_kinds() -> None:
    assert _at("jossa alueen kunnat ja hyvinvointialue ovat edustettuja", "hyvinvointialue")
    assert _at("järjestöjen, kuntien ja hyvinvointialueen yhteistyötä", "hyvinvointialueen")
    assert _at("hyvinvointialue ja kunnat sopivat asiasta", "hyvinvointialue")
    # guard: a kind word alone, or owning a title, or a proper name, is no list item
    assert not _at("hyvinvointialueen kehittämispäällikkö kertoo", "hyvinvointialueen")
    assert not _at("kaupungin ja hyvinvointialueen yhteistyö", "hyvinvointialueen")
    assert not _at("Kunnat ja Hyvinvointialue sopivat", "Hyvinvointialue")


@needs_voikko
def test_listed_county_is_not_the_quoted_persons(tmp_path: Path) -> None:
    doc = tmp_path / "n_ruoka_apu.txt"
    text = ("Ruoka-apu jakautuu kunnissa\n\nLänsi-Uudenmaan hyvinvointialue jakaa avustuksia ruoka-avulle.\n\n"
            "Avustussumma jakautuu toimijoiden kesken. Jaosta on sovittu ohjausryhmässä, jossa alueen kunnat ja "
            "hyvinvointialue ovat edustettuja, kertoo kehittämispäällikkö Saara Lehmusvuo.\n")
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    names = {e.iri: e for e in ex.entities.values()}
    held = {(names[f.subject].label, names[f.object].type) for f in ex.facts
            if f.predicate == "holdsPost" and f.subject in names and f.object in names}
    assert ("Saara Lehmusvuo", "WellbeingCounty") not in held
