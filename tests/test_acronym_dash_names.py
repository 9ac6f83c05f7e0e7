"""A project's short name in capitals before a spaced dash and its spelt-out title ("ASKELMAT – Askel askeleelta
... -hanke", extract/entities.py `_opening_acronym`), on invented sentences: the whole is the name and the capitals
its acronym; a Roman numeral, a dash glued to the head word or a known organisation's acronym before the dash stay
out of the name."""

from __future__ import annotations

from welfare_kg.extract.entities import Recogniser
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import sentences


def _projects(gaz: Gazetteer, text: str) -> list[tuple[str, str | None]]:
    rec = Recogniser(gaz, get_morphology())
    return [(m.label, m.acronym) for s in sentences(text) for m in rec.sentence_mentions(s, text, title=False)
            if m.type == "Project"]


def test_capitals_before_a_spaced_dash_open_the_name(gaz: Gazetteer) -> None:
    text = "Vuonna 2022 alkoi nuorille suunnattu POLKU – Pienin askelin kohti työtä -hanke."
    assert ("POLKU – Pienin askelin kohti työtä", "POLKU") in _projects(gaz, text)
    text = "Mukana on ollut LUOTSI – Luottamus ja osallisuus Päijät-Hämeessä -hanke."
    assert ("LUOTSI – Luottamus ja osallisuus Päijät-Hämeessä", "LUOTSI") in _projects(gaz, text)


def test_numerals_glued_heads_and_known_acronyms_stay_out(gaz: Gazetteer) -> None:
    text = "Rahoitus myönnettiin Tutkimuksen kärjet II -projektille vuodeksi 2009."
    assert not [label for label, _ in _projects(gaz, text) if label.startswith("II")]
    text = "Sairaanhoitopiirin kumppanina toimii THL – Terveet vuodet -hanke vuodesta 2020."
    assert not [label for label, _ in _projects(gaz, text) if label.startswith("THL")]


def test_a_funds_acronym_before_a_spaced_dash_names_no_project(gaz: Gazetteer) -> None:
    # "EAKR -projektin "X"": the fund that pays, the dash spaced as before a name; the quoted name is the project
    text = 'Päätös EAKR -projektin "Kylien kuitu", rahoittamisesta.'
    labels = [label for label, _ in _projects(gaz, text)]
    assert "Kylien kuitu" in labels
    assert not any(label.startswith("EAKR") for label in labels)
    assert not any(label.startswith("ESR") for label, _ in _projects(gaz, "Kunta osallistuu ESR -hankkeeseen."))
