"""News of a Government decision on grants: the giver in the lead, the receivers and their sums after it.

"Valtioneuvosto on tehnyt päätöksen ... korotuksista" names the giver with no grant verb or sum of its own (the
total is written in words), "Tukea saivat mm. A, B ja C" the receivers, and "A sai tukea N euroa, B M euroa" their
sums in the next sentence (extract/entities.py _government, header_granter.granter_of_opening,
received_grants.py).
"""

from __future__ import annotations

from decimal import Decimal

from helpers import ID, extract

GOV = ID + "agency/valtioneuvosto"
PELKOSENNIEMI, LUHANKA, KOKAR = ID + "municipality/583", ID + "municipality/435", ID + "municipality/318"

NEWS = ("Uutiset\n\n"
        "Pelkosenniemi ja Luhanka saivat lisää rahaa valtiolta\n\n"
        "Valtioneuvosto on tehnyt päätöksen vuoden 2031 harkinnanvaraisista valtionosuuden korotuksista. "
        "Kunnat saavat tukea yhteensä viisi miljoonaa euroa.\n\n"
        "Tukea saivat mm. Pelkosenniemi, Luhanka ja Kökar. Pelkosenniemi sai tukea 240 000 euroa, Luhanka 95 000 "
        "euroa.\n")


def _grants(text: str) -> dict[str, Decimal | None]:
    ex = extract(text)
    return {f.object: f.amount for f in ex.facts if f.predicate == "funds" and f.subject == GOV}


def test_the_government_deciding_on_grants_gives_to_the_listed_receivers() -> None:
    ex = extract(NEWS)
    assert ex.entities[PELKOSENNIEMI].label == "Pelkosenniemi" and ex.entities[KOKAR].label == "Kökar"
    grants = _grants(NEWS)
    assert set(grants) == {PELKOSENNIEMI, LUHANKA, KOKAR}  # "mm." before the first receiver
    assert grants[PELKOSENNIEMI] == Decimal(240000) and grants[LUHANKA] == Decimal(95000)  # the next sentence's sums
    assert grants[KOKAR] is None


def test_a_decision_on_something_else_names_no_giver() -> None:
    text = NEWS.replace("harkinnanvaraisista valtionosuuden korotuksista", "kuntien rajojen muutoksista")
    assert GOV not in extract(text).entities


def test_a_receiver_given_two_sums_keeps_none() -> None:
    text = NEWS.replace("Luhanka 95 000 euroa.", "Luhanka 95 000 euroa. Pelkosenniemi sai lisäksi 70 000 euroa.")
    grants = _grants(text)
    assert grants[PELKOSENNIEMI] is None and grants[LUHANKA] == Decimal(95000)


def test_a_year_after_a_name_is_no_sum() -> None:
    text = NEWS.replace("Luhanka 95 000 euroa.", "Kökar 2031 on pieni kunta, joka sai 10 euroa.")
    assert _grants(text)[KOKAR] is None


def test_the_grant_word_cut_at_the_opening_edge_is_read_whole() -> None:
    """The opening is read to its 300th character: a word of granting cut there still counts."""
    lead = "Valtioneuvosto on tehnyt päätöksen vuoden 2031 harkinnanvaraisista valtionosuuden korotuksista. "
    head = "Uutiset\n\nKunnat saivat lisää rahaa valtiolta\n\n"
    filler = "Päätös koskee pieniä kuntia. " * 8
    rest = "Kunnat saavat tukea yhteensä viisi miljoonaa euroa.\n\nTukea saivat mm. Pelkosenniemi ja Luhanka.\n"
    opening = head + lead + filler
    opening = opening[:299 - len("Kunnat saavat ")] + " " * max(0, 299 - len("Kunnat saavat ") - len(opening))
    text = opening + rest
    assert text.index("tukea") < 300 < text.index("tukea") + len("tukea")
    assert set(_grants(text)) == {PELKOSENNIEMI, LUHANKA}
