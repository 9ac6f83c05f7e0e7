"""Coined names written with a capital inside (entities.py camel-case): a charity's "-Mission"/"-Missio" names an
organisation, and a name in a Swedish passage keeps its written form (Swedish puts no name in a Finnish case). The
texts are invented for these tests."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _typed(text: str) -> set[tuple[str, str]]:
    ex = extract_document(record(text))
    return {(e.type, e.label) for e in ex.entities.values()}


def test_a_swedish_mission_is_an_association_in_its_written_form() -> None:
    text = ("Stiftelsen har skrivit under ett samarbetsavtal med ÅbolandsMission. Pengarna går till arbetet med unga "
            "som ÅbolandsMission utvidgar under året.\n")
    assert ("Association", "ÅbolandsMission") in _typed(text)


def test_a_finnish_genitive_of_a_coined_name_still_takes_its_base_form() -> None:
    text = "Kaupunki rahoittaa KuntaPron palvelusopimusta ja jatkaa yhteistyötä myös ensi vuonna.\n"
    labels = {label for _t, label in _typed(text)}
    assert "KuntaPro" in labels and "KuntaPron" not in labels
