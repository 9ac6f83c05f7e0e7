"""A minutes item's subjectless grant to one receiver named in the allative: the item's board grants
(extract/item_grants.py, funds:item-grant-allative, issue 12)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import labelled_grants, needs_voikko

RULE = "funds:item-grant-allative"

ITEM = ("LIPERIN KUNTA\nKunnanhallitus\nPöytäkirja 4/2025\n\n"
        "§ 31 Väliaikaisrahoitus yhdistysten hankkeisiin\n\n"
        "Seloste: Yhdistys on saanut myönteisen rahoituspäätöksen kyläprojektiin. Yhdistys on hakenut kunnalta "
        "väliaikaisrahoitusta hankkeen toteuttamiseen.\n\n"
        "Ehdotus: Kunnanhallitus päättää\n\n1. {grant}\n\n2. edellyttää selvityksen käytöstä.\n\n"
        "Päätös: Ehdotus hyväksyttiin.\n")


def _grants(text: str) -> set[tuple[str, str, Decimal | None]]:
    return labelled_grants(text, "minutes", RULE)


@needs_voikko
def test_the_board_grants_to_the_one_allative_receiver() -> None:
    found = _grants(ITEM.format(grant="Myöntää Liperin Latu ry:lle 12 000 euron väliaikaisrahoituksen kyläprojektiin"))
    assert {(r, a) for _, r, a in found} == {("Liperin Latu ry", Decimal("12000"))}


@needs_voikko
def test_no_money_or_two_receivers_give_nothing() -> None:
    assert _grants(ITEM.format(grant="Myöntää Liperin Latu ry:lle luvan käyttää kunnan logoa")) == set()
    assert _grants(ITEM.format(grant="Myöntää Liperin Latu ry:lle ja Ylikylän Kyläyhdistys ry:lle 12 000 euron "
                                     "väliaikaisrahoituksen")) == set()
