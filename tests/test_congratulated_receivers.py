"""Organisations congratulated on a grant (extract/congratulated_receivers.py).

The texts are written for these tests: a real agency or ministry as the giver, invented associations congratulated
in Swedish and in Finnish, and congratulations on other things than a grant or with no giver on the page.
"""

from __future__ import annotations

from pathlib import Path

from helpers import needs_voikko

from welfare_kg.extract.congratulated_receivers import RULE
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document


def _grants(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    doc = tmp_path / "nyhet.txt"
    doc.write_text(text, encoding="utf-8")
    ex = extract_document(load_document(doc))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object]) for f in ex.facts if f.rule == RULE}


@needs_voikko
def test_swedish_members_congratulated_on_the_granted_support(tmp_path: Path) -> None:
    text = ("Två miljoner till våra föreningar!\n\nFöreningarna som sökt bidrag från Boverket har idag fått besked. "
            "Vi vill gratulera Vasa Ungdomsförening rf och Närpes Hembygdsförening rf till det beviljade "
            "bidraget. Vi ser fram mot resultatet!\n")
    got = _grants(tmp_path, text)
    assert {r for _, r in got} == {"Vasa Ungdomsförening rf", "Närpes Hembygdsförening rf"}
    assert {g for g, _ in got} == {"Boverket"}


@needs_voikko
def test_finnish_congratulations_on_a_grant_received(tmp_path: Path) -> None:
    text = ("Avustuspäätökset julki\n\nOpetus- ja kulttuuriministeriö on tehnyt päätökset seuratuista. "
            "Onnittelemme Kainuun Partiolaiset ry:tä ja Lapin Setlementti ry:tä saamastaan avustuksesta!\n")
    assert {r for _, r in _grants(tmp_path, text)} == {"Kainuun Partiolaiset ry", "Lapin Setlementti ry"}


@needs_voikko
def test_congratulations_on_anything_else_or_with_no_giver_give_no_grant(tmp_path: Path) -> None:
    prize = ("Palkinnot jaettiin\n\nOpetus- ja kulttuuriministeriö palkitsi hankkeita. "
             "Onnittelemme Kainuun Partiolaiset ry:tä saamastaan palkinnosta ja Lapin Setlementti ry:tä "
             "50-vuotispäivän johdosta.\n")
    assert _grants(tmp_path, prize) == set()
    nobody = ("Hyviä uutisia\n\nVi vill gratulera Vasa Ungdomsförening rf till det beviljade bidraget.\n")
    assert _grants(tmp_path, nobody) == set()
