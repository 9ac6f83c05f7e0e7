"""Swedish minutes give an elected person's municipality after a comma: "Till justerare väljs A, Borås kommun och
B, Alingsås kommun", "C, Lerums kommun omval för två år" (output audit a39, invented minutes). The town written as its
kommun right after the name is the organisation the person is there for (ANNOTATION: "Name, Org" rows), kept
through the filter of guessed posts in foreign towns; a bare place after the comma, or a town followed by more of
the clause, gives none."""

from __future__ import annotations

from tests.helpers import fact_rows
from welfare_kg.extract.gazetteer import Gazetteer


def _towns(gaz: Gazetteer, text: str) -> set[tuple[str, str]]:
    return {(f[0], f[2]) for f in fact_rows(gaz, text, "minutes")
            if f[1] == "holdsPost" and f[2].startswith("municipality/")}


def test_an_election_clause_gives_each_persons_town(gaz: Gazetteer) -> None:
    text = ("Protokoll från årsmöte 2022\n\n2. Val av justerare\n\n"
            "Till justerare väljs Anders Holm, Borås kommun och Lena Sjöberg, Alingsås kommun.\n")
    towns = {p for p, _ in _towns(gaz, text)}
    assert {"person/anders-holm", "person/lena-sjoberg"} <= towns


def test_a_member_row_with_its_term(gaz: Gazetteer) -> None:
    text = ("Protokoll från årsmöte 2022\n\n8. Val av ledamöter\n\n"
            "Karin Ek, Lerums kommun omval för två år\n\nJonas Berg, Partille kommun ett år kvar\n")
    towns = {p for p, _ in _towns(gaz, text)}
    assert {"person/karin-ek", "person/jonas-berg"} <= towns


def test_a_bare_place_or_a_running_clause_gives_no_town(gaz: Gazetteer) -> None:
    text = ("Protokoll från årsmöte 2022\n\n5. Revision\n\n"
            "Karin Ek, Lerum läser upp revisionsberättelsen. Jonas Berg, Partille kommun läser upp budgeten.\n")
    assert not _towns(gaz, text)
