"""A long descriptive project name whose act noun ("edistämisen", "järjestämisen") stands after its object in lower
case, opened by a capital inside the sentence: "mukana Sosiaalisen osallisuuden edistämisen koordinaatiohankkeessa".
The capital says a name starts there; in lower case throughout, or opening the sentence, the same words describe a
kind of project and name none, and a nominative act noun ("hyväksyminen") is an item title run into the name."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _projects(text: str) -> list[set[str]]:
    ex = extract_document(record(text), gazetteer=reference_gazetteer())
    return [e.labels for e in ex.entities.values() if e.type == "Project"]


def test_capital_inside_the_sentence_opens_the_name_before_the_act_noun() -> None:
    projects = _projects("Kaupunki on mukana Paikallisen yhteisöllisyyden vahvistamisen kehittämishankkeessa.")
    assert any("Paikallisen yhteisöllisyyden vahvistamisen kehittämishanke" in labels for labels in projects), projects


def test_two_lower_case_genitives_between_the_capital_and_the_act_noun() -> None:
    projects = _projects("Yhdistys osallistuu Ikäihmisten arjen palvelujen turvaamisen hankkeeseen.")
    assert any("Ikäihmisten arjen palvelujen turvaamisen hanke" in labels for labels in projects), projects


def test_lower_case_throughout_names_no_project() -> None:
    projects = _projects("Kaupunki on mukana paikallisen yhteisöllisyyden vahvistamisen kehittämishankkeessa.")
    assert not any(any("yhteisöllisyyden" in label for label in labels) for labels in projects), projects


def test_nominative_act_noun_after_a_heading_is_no_word_of_the_name() -> None:
    projects = _projects("Kokouksen esityslistan hyväksyminen Maakuntahallinnon kehittämishanke")
    assert not any(any("hyväksyminen" in label for label in labels) for labels in projects), projects


def test_a_towns_own_act_before_a_bare_project_word_is_no_name() -> None:
    """A capitalised town's genitive with its kind word before the act noun names who acts, not the name's object:
    "Sosiaalilautakunta hyväksyy Toholammen kaupungin osallistumisen hankkeeseen" names no project."""
    text = ("Sosiaalilautakunta hyväksyy Toholammen kaupungin osallistumisen hankkeeseen ja valtuuttaa johtajan "
            "allekirjoittamaan sopimuksen.")
    assert not any(any("osallistumisen" in label for label in labels) for labels in _projects(text))
