"""The subjects of a verb of agreeing are parties of the agreement (party_phrases.py: agreeing-parties)."""

from __future__ import annotations

from helpers import extract

RULE = "participatesIn:agreeing-parties"


def _parties(text: str) -> set[tuple[str, str]]:
    ex = extract(text)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object]) for f in ex.facts if f.rule == RULE
            and f.subject in label and f.object in label}


def test_finnish_parties_agree() -> None:
    text = ("Oulun seudun sosiaalipäivystyssopimus\n\nKunnat Kempele, Liminka ja Oulu ovat sopineet yhteisestä "
            "sosiaalipäivystyksestä. Sopimus tulee voimaan vuoden alussa.\n")
    got = _parties(text)
    assert {p for p, _a in got} == {"Kempele", "Liminka", "Oulu"}
    assert {a for _p, a in got} == {"Oulun seudun sosiaalipäivystyssopimus"}


def test_swedish_towns_behind_their_kind_words() -> None:
    text = "Socialjour\n\nKommunerna Korsholm och Malax samt staden Vasa har enats om avtalet Socialjour Kust 2025.\n"
    got = _parties(text)
    assert {p for p, _a in got} == {"Mustasaari", "Maalahti", "Vaasa"}


def test_one_party_agreeing_names_no_parties() -> None:
    """"Kempele sopi ...": a single subject may be agreeing with anyone; no list, no parties read here."""
    text = ("Oulun seudun sosiaalipäivystyssopimus\n\nKempeleen kunta sopi asiasta viime viikolla. "
            "Sopimus tulee voimaan vuoden alussa.\n")
    assert not _parties(text)
