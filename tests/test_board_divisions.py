"""A division whose name opens with its board's genitive is part of that board (partOf:board-division,
extract/body_name_owners.py), and its fact to the board's own county gives way; two boards of that name give none;
"X ja sen jaosto" (partOf:sub-body, body_parents.py) names the board by the possessive.

The texts are invented for these tests (the county and towns are real, from the bundled reference data).
"""

from __future__ import annotations

from tests.helpers import ID, MORPH, extract
from welfare_kg.extract.body_name_owners import DIVISION_RULE, board_division_facts
from welfare_kg.extract.model import Evidence, Fact, Mention


def _part_of(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID), f.rule) for f in extract(text).facts
            if f.predicate == "partOf"}


def test_a_division_with_words_between_the_board_and_its_head_is_the_boards() -> None:
    facts = _part_of("Lapin hyvinvointialueen aluehallitus hyväksyi sopimuksen. "
                     "Aluehallituksen yksilöasioiden jaosto kokoontui maanantaina.")
    assert ("body/21-aluehallituksen-yksiloasioiden-jaosto", "body/21-aluehallitus", DIVISION_RULE) in facts
    # the county is the division's through its board: no second fact straight to the county
    assert not any(s == "body/21-aluehallituksen-yksiloasioiden-jaosto" and o == "wellbeing-county/21"
                   for s, o, _ in facts)


def test_a_board_named_alone_owns_its_division() -> None:
    facts = _part_of("Perusturvalautakunta päätti asiasta. "
                     "Perusturvalautakunnan yksilöasioiden jaosto käsitteli hakemukset.")
    assert any(s.endswith("perusturvalautakunnan-yksiloasioiden-jaosto") and o.endswith("-perusturvalautakunta")
               and r == DIVISION_RULE for s, o, r in facts)


def _body(text: str, surface: str, iri: str) -> Mention:
    at = text.index(surface)
    return Mention(at, at + len(surface), surface, surface, "Body", ID + iri)


def test_two_boards_of_the_genitive_s_name_give_no_owner() -> None:
    text = "Tekninen lautakunta. Kiteen tekninen lautakunta. Teknisen lautakunnan jaosto."
    first = _body(text, "Tekninen lautakunta", "body/a-tekninen-lautakunta")
    second = Mention(text.index("Kiteen"), text.index("Kiteen") + 26, "Kiteen tekninen lautakunta",
                     "Kiteen tekninen lautakunta", "Body", ID + "body/b-tekninen-lautakunta")
    division = Mention(text.index("Teknisen"), len(text) - 1, "Teknisen lautakunnan jaosto",
                       "Lautakunnan jaosto", "Body", ID + "body/a-jaosto")
    assert board_division_facts([first, second, division], [], MORPH) == []


def test_a_swedish_board_genitive_opens_its_section() -> None:
    text = "Socialnämnden sammanträdde. Socialnämndens sektion för individärenden beslöt."
    board = Mention(0, 13, "Socialnämnden", "Socialnämnden", "Body", ID + "body/x-socialnamnden")
    section = _body(text, "Socialnämndens sektion för individärenden", "body/x-sektion")
    section.label = "Socialnämndens individsektion"
    older = Fact(section.iri, "partOf", ID + "municipality/905", Evidence("", 0, 0), "partOf:x", 0.5)
    out = board_division_facts([board, section], [older], MORPH)
    assert [(f.subject, f.object, f.rule) for f in out] == [
        (older.subject, older.object, "partOf:x"),  # the board has no owner here: the town's fact stays
        (ID + "body/x-sektion", ID + "body/x-socialnamnden", DIVISION_RULE)]


def test_its_division_after_ja_sen_is_the_body_just_named() -> None:
    facts = _part_of("Keski-Suomen hyvinvointialueen aluehallitus ja sen yksilöasioiden jaosto kokoontuivat.")
    assert ("body/15-yksiloasioiden-jaosto", "body/15-aluehallitus", "partOf:sub-body") in facts
    swedish = _part_of("Kommunstyrelsen i Korsholm och dess arbetsutskott sammanträdde i går.")
    assert any(s.endswith("-arbetsutskott") and o == "body/499-kunnanhallitus" for s, o, _ in swedish)
    # "ja" alone, no possessive: two bodies side by side, neither the other's
    plain = _part_of("Keski-Suomen hyvinvointialueen aluehallitus ja yksilöasioiden jaosto kokoontuivat.")
    assert not any(o == "body/15-aluehallitus" for _, o, _ in plain)
