"""Swedish active grants: "G beviljade N euro till R" (extract/relations.py funds:grant-verb). The receiver behind
"till" is never the granter, and a town or a board as the verb's subject grants."""

from __future__ import annotations

from tests.helpers import labelled_grants

HEAD = "Nyheter\n\nProjektet Trygg Hemma startar i höst.\n"


def test_a_town_granting_to_an_association() -> None:
    grants = labelled_grants(HEAD + "Norrby stad beviljade 10 000 euro till Malax ungdomsförening.\n")
    assert any(r == "Malax ungdomsförening" and a == 10000 for _g, r, a in grants)
    assert not any(g == "Malax ungdomsförening" for g, _r, _a in grants)


def test_a_board_granting_to_an_association() -> None:
    grants = labelled_grants(HEAD + "Vasa stads socialnämnd beviljade 8 000 euro till Malax ungdomsförening.\n")
    assert ("Vasa stads socialnämnd", "Malax ungdomsförening", 8000) in grants


def test_the_granter_after_the_verb_gives_to_the_one_behind_till() -> None:
    grants = labelled_grants(HEAD + "I år beviljade Svenska kulturfonden 6 000 euro till Malax ungdomsförening.\n")
    assert ("Svenska kulturfonden", "Malax ungdomsförening", 6000) in grants


def test_a_board_granting_to_organisations_at_large_funds_no_town() -> None:
    grants = labelled_grants(HEAD + "Esbo social- och hälsovårdsnämnd beviljar årligen understöd till "
                                    "organisationer som verkar i Esbo.\n")
    assert not grants


def test_a_boards_decision_to_grant() -> None:
    grants = labelled_grants(HEAD + "Närpes stadsfullmäktige beslöt att bevilja 2 000 euro till Norrby "
                                    "hembygdsförening.\n")
    assert ("Närpes stadsfullmäktige", "Norrby hembygdsförening", 2000) in grants


def test_a_decided_grant_with_the_receiver_right_after_the_verb_funds_no_project() -> None:
    grants = labelled_grants(HEAD + "Socialnämnden beslutade att bevilja Norrby ungdomsförening rf ett bidrag om "
                                    "1 500 euro.\n")
    assert not any(g == "Norrby ungdomsförening rf" for g, _r, _a in grants)
    assert any(r == "Norrby ungdomsförening rf" and a == 1500 for _g, r, a in grants)
