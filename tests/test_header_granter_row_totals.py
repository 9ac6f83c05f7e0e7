"""A receiver with two rows in a headline granter's list gets one fact with the total of its rows
(header_granter.py; ANNOTATION.md: one fact per recipient with its total); a later prose line that names it again
with a word of granting restates its sum, it adds none."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import labelled_grants, needs_voikko

LIST = ("Tjugo kulturprojekt fick understöd av Kulturfonden i Närpes\n\n"
        "Kulturfonden i Närpes beslöt att fördela årets projektbidrag till följande satsningar:\n\n"
        "Närpes Teaterförening r.f.:\nSommarteater 2021\n2000 euro\n\n"
        "Närpes Musikklubb r.f.:\nVårkonsert 2021\n1500 euro\n\n"
        "Närpes Teaterförening r.f.:\nJulspel 2021\n1000 euro\n\n{tail}")


def _sums(text: str) -> dict[str, Decimal | None]:
    return {receiver: amount for _, receiver, amount in labelled_grants(text, "news", "funds:header-granter")}


@needs_voikko
def test_a_receivers_rows_add_up() -> None:
    found = _sums(LIST.format(tail="Ansökningstiden för nästa år går ut i mars.\n"))
    assert found.get("Närpes Teaterförening r.f") == Decimal(3000), found
    assert found.get("Närpes Musikklubb r.f") == Decimal(1500), found


@needs_voikko
def test_a_prose_line_with_a_grant_word_adds_nothing() -> None:
    found = _sums(LIST.format(tail="Närpes Teaterförening r.f. beviljades 1000 euro för julspelet.\n"))
    assert found.get("Närpes Teaterförening r.f") == Decimal(3000), found
