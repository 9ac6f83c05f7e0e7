"""A council's round of grants read from the receivers' side (issue 12, funds5).

"Lautakunta on myöntänyt kohdeavustuksia. X ry sai 500 euroa." names the granter in one sentence and each
grant from the receiver's side in the next ones. Invented sentences only.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import extract, fact_quads


def _funds(text: str) -> set[tuple[str, str, Decimal | None]]:
    return {(s, o, a) for s, p, o, a in fact_quads(extract(text)) if p == "funds"}


def test_board_round_then_receivers_with_their_sums() -> None:
    funds = _funds("Kuopion kaupunginhallitus on myöntänyt kyläyhdistyksille kohdeavustuksia. Pappilan "
                   "kyläyhdistys ry sai 700 euroa laavun korjaukseen. Mäntylän kyläyhdistys sai 1 200 euron "
                   "avustuksen kylätalon maalaukseen.")
    granters = {s for s, _o, _a in funds}
    assert len(granters) == 1 and granters.pop().startswith("body/")
    assert {a for _s, _o, a in funds} == {Decimal(700), Decimal(1200)}


def test_round_total_does_not_stop_the_board_from_being_the_granter() -> None:
    funds = _funds("Sivistyslautakunta jakoi urheiluseuroille avustuksia yhteensä 9 000 euroa. Pappilan "
                   "kyläyhdistys ry sai 700 euroa.")
    assert {a for _s, _o, a in funds} == {Decimal(700)}


def test_council_grants_nothing_to_a_place() -> None:
    # a place named before "sai" is no grantee of the council's round
    funds = _funds("Kuopion kaupunginhallitus on myöntänyt kohdeavustuksia. Tavasti Siilinjärvi sai 300 euroa.")
    assert not funds


def test_a_single_decision_is_no_round_of_grants() -> None:
    # one grant of the board's own with its sum: no granter in focus for the next sentence
    funds = _funds("Kaupunginhallitus päätti ostaa koneita 5 000 eurolla. Pappilan kyläyhdistys ry sai 700 euroa.")
    assert not funds


def test_two_councils_before_the_verb_leave_the_granter_open() -> None:
    funds = _funds("Kuopion kaupunginhallitus ja Siilinjärven kunnanhallitus jakoivat avustuksia. Pappilan "
                   "kyläyhdistys ry sai 700 euroa.")
    assert not any(a == Decimal(700) for _s, _o, a in funds)


def test_table_of_bare_sums_under_a_board_decision() -> None:
    # the column heading sits on two lines, and "ry." ends a sentence before the row's sum
    text = ("Kaupunginhallitus päätti myöntää yleisavustuksia yhteensä 40 000 euroa seuraavasti:\n\n"
            "Hakija\n    euroa\nKoivikon Kotiseutuyhdistys ry.     12 000\nMäntylän Soutajat ry.\n8 500\n"
            "Helsingin Kävelijät ry.\n4 000\nTuntematon -säätiö   5 000\nLehtolan Laulajat ry.\n0\n\n"
            "Päätös on ehdotuksen mukainen.")
    funds = _funds(text)
    sums = {o.split("/")[-1]: a for _s, o, a in funds}
    assert sums.get("koivikon-kotiseutuyhdistys") == Decimal(12000)
    assert sums.get("mantylan-soutajat") == Decimal(8500)
    # a municipality's genitive opening the row name is not the row's recipient
    assert not any(o.startswith("municipality/") for _s, o, _a in funds)
    assert len({s for s, _o, _a in funds}) == 1


def test_bare_number_sentence_outside_a_table_gives_nothing() -> None:
    funds = _funds("Kaupunginhallitus päätti myöntää avustuksia seuraavasti:\nKoivikon Kotiseutuyhdistys ry.\n"
                   "12 000\n")
    assert not any(a == Decimal(12000) for _s, _o, a in funds)


def test_rows_granting_nothing_do_not_end_the_table() -> None:
    text = ("Kaupunginhallitus päätti myöntää yleisavustuksia yhteensä 30 000 euroa seuraavasti:\n\n"
            "Hakija euroa\nKoivikon Kotiseutuyhdistys ry. 12 000\nLehtolan Laulajat ry. 0\nMäntylän Soutajat ry.\n0\n"
            "Harjulan Hiihtäjät ry.\n18 000\n")
    funds = _funds(text)
    sums = {o.split("/")[-1]: a for _s, o, a in funds}
    assert sums.get("harjulan-hiihtajat") == Decimal(18000)
    assert not any(a == 0 for _s, _o, a in funds)


def test_receivers_listed_after_the_verb_of_a_council_round() -> None:
    funds = _funds("Kuopion kaupunginhallitus on myöntänyt kyläyhdistyksille kohdeavustuksia. Avustusta saivat "
                   "Koivikon Kotiseutuyhdistys ry 600 euroa ja Mäntylän Soutajat ry 900 euroa.")
    sums = {o.split("/")[-1]: a for _s, o, a in funds}
    assert sums.get("koivikon-kotiseutuyhdistys") == Decimal(600)
    assert sums.get("mantylan-soutajat") == Decimal(900)
    funds = _funds("Stadsstyrelsen i Borgå beviljade understöd till byaföreningar. Tilläggsunderstöd får "
                   "Koivikon Kotiseutuyhdistys ry och Mäntylän Soutajat ry.")
    assert {o.split("/")[-1] for _s, o, _a in funds} >= {"koivikon-kotiseutuyhdistys", "mantylan-soutajat"}


def test_receiver_in_the_genitive_before_the_participle() -> None:
    funds = _funds("Kuopion kaupunginhallitus jakoi kulttuuriavustuksia. Koivikon Kotiseutuyhdistys ry:n saama "
                   "1 500 euron avustus käytetään kesäjuhlaan.")
    assert {(o.split("/")[-1], a) for _s, o, a in funds} == {("koivikon-kotiseutuyhdistys", Decimal(1500))}
    # no granter in focus: nothing
    assert not _funds("Koivikon Kotiseutuyhdistys ry:n saama 1 500 euron avustus käytetään kesäjuhlaan.")
