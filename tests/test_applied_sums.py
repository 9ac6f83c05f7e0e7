"""Sums under a lead about applications were asked for, not granted: header_granter.py pairs no receiver with them
(an adversarial minutes item: the applicants listed with their asked sums, then the proposal's grants)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract, needs_voikko

ITEM = ("Juuan kunta\nKunnanhallitus\n\n§ 45 Yhdistysten toiminta-avustukset 2024\n\n"
        "Kunnanhallitus jakaa vuosittain toiminta-avustuksia paikallisille yhdistyksille.\n\n"
        "{lead}\nJuuan Latu ry 3 000 euroa\nJuuan Yrittäjät ry 2 500 euroa\nJuuan Eläkkeensaajat ry 1 800 euroa\n\n"
        "Ehdotus\nKunnanhallitus myöntää toiminta-avustukset seuraavasti:\n"
        "Juuan Latu ry 2 000 euroa\nJuuan Eläkkeensaajat ry 1 000 euroa\n\nPäätös\nEhdotus hyväksyttiin.\n")


def _grants(text: str) -> set[tuple[str, Decimal | None]]:
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.object], f.amount) for f in ex.facts if f.predicate == "funds"}


@needs_voikko
def test_applicants_and_their_asked_sums_are_no_grants() -> None:
    for lead in ("Määräaikaan mennessä avustusta ovat hakeneet seuraavat yhdistykset:", "Haetut avustukset",
                 "Hakemukset:"):
        found = _grants(ITEM.format(lead=lead))
        assert ("Juuan Latu ry", Decimal("2000")) in found, lead
        assert ("Juuan Eläkkeensaajat ry", Decimal("1000")) in found, lead
        assert not any(r == "Juuan Yrittäjät ry" for r, _ in found), lead  # applied, not granted
        assert ("Juuan Latu ry", Decimal("3000")) not in found, lead


def test_applied_regions_end_where_a_line_decides() -> None:
    from welfare_kg.extract.header_granter import applied_regions

    text = ITEM.format(lead="Avustusta hakivat:")
    [(a, b)] = applied_regions(text)
    assert "Juuan Yrittäjät ry 2 500" in text[a:b]
    assert "myöntää" not in text[a:b]
    assert applied_regions("Hakija | Haettu | Myönnetty\nA ry | 3 000 | 2 000\n") == []


FOUNDATION = ("Säätiö jakoi apurahoja\n\nSuomen Kulttuurirahaston Pohjois-Savon rahasto myönsi apurahoja yhteensä "
              "400 000 euroa.\n\n")


@needs_voikko
def test_a_price_list_under_a_granter_s_news_is_no_grant_list() -> None:
    prices = FOUNDATION + ("Konsertin liput:\nAikuiset 20 euroa\nLapset 10 euroa\n"
                           "Kuopion Kamarikuoro ry:n jäsenet 15 euroa\n")
    costs = FOUNDATION + "Kustannusarvio:\nKuopion Kamarikuoro ry 15 000 euroa\nSiilinjärven Soittajat ry 4 000 euroa\n"
    for text in (prices, costs):
        ex = extract(text, "news")
        assert not [f for f in ex.facts if f.predicate == "funds" and f.rule == "funds:header-granter"], text


def test_a_sentence_naming_a_price_is_no_lead() -> None:
    from welfare_kg.extract.header_granter import applied_regions

    assert applied_regions("Hinta on kohtuullinen ja kaikille avoin tilaisuus.\nA ry 5 000 euroa\n") == []


@needs_voikko
def test_prize_money_is_no_grant_but_non_profit_receivers_are() -> None:
    prizes = FOUNDATION + ("Palkinnot saivat: Kuopion Kamarikuoro ry 1 000 euroa ja Siilinjärven Soittajat ry "
                           "500 euroa.\n")
    ex = extract(prizes, "news")
    assert not [f for f in ex.facts if f.predicate == "funds" and f.amount in {Decimal("1000"), Decimal("500")}]
    grants = FOUNDATION + ("Voittoa tavoittelemattomista yhdistyksistä avustusta saivat Kuopion Kamarikuoro ry "
                           "1 000 euroa ja Siilinjärven Soittajat ry 500 euroa.\n")
    ex = extract(grants, "news")
    assert {f.amount for f in ex.facts if f.predicate == "funds"} >= {Decimal("1000"), Decimal("500")}
