"""A Swedish composition list also follows the infinitive or present of a verb of appointing ("beslutar att utse
följande ledamöter till styrelsen:", "väljer följande personer till arbetsgruppen:"): each row's person holds a
seat in the group (output audit a39, invented minutes); a list after another verb names no members."""

from __future__ import annotations

from tests.helpers import fact_rows
from welfare_kg.extract.gazetteer import Gazetteer


def _seats(gaz: Gazetteer, text: str) -> set[str]:
    return {f[0] for f in fact_rows(gaz, text, "minutes") if f[1] == "holdsPost" and f[4].endswith("composition")}


def test_the_infinitive_of_appointing_opens_the_list(gaz: Gazetteer) -> None:
    text = ("§ 8 Val av styrelse\n\nÅrsmötet beslutar att utse följande ledamöter till styrelsen:\n\n"
            "Karin Sjöberg, Umeå kommun omval för två år\n\nJonas Lundin, Lycksele kommun ett år kvar\n")
    assert {"person/karin-sjoberg", "person/jonas-lundin"} <= _seats(gaz, text)


def test_a_list_after_another_verb_names_no_members(gaz: Gazetteer) -> None:
    text = ("§ 8 Information\n\nÅrsmötet tackar följande personer för arbetet i styrelsen:\n\n"
            "Karin Sjöberg, Umeå kommun\n\nJonas Lundin, Lycksele kommun\n")
    assert not _seats(gaz, text)
