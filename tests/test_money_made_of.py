"""funds:money-made-of: "Hankkeen rahoitus koostui A:n, B:n ja C:n osuuksista" makes each genitive owner of a share
a funder of the project; short texts of our own, each with a look-alike that must state nothing."""

from __future__ import annotations

from tests.helpers import extract

PROJECT = "Arjen apu -hanke alkoi keväällä Kuopiossa. "


def _funders(text: str) -> set[tuple[str, str]]:
    ex = extract(text)
    return {(ex.entities[f.subject].label, f.rule) for f in ex.facts
            if f.predicate == "funds" and f.subject in ex.entities and ex.entities[f.object].label == "Arjen apu"}


def test_every_genitive_owner_of_a_share_funds_the_project() -> None:
    got = _funders(PROJECT + "Hankkeen rahoitus koostui Euroopan sosiaalirahaston, Lahden kaupungin ja "
                             "toteuttajien osuuksista.")
    assert ("Lahti", "funds:money-made-of") in got
    assert any(label == "Euroopan sosiaalirahasto" for label, _rule in got)


def test_shares_of_their_own_words_each_name_a_funder() -> None:
    got = _funders(PROJECT + "Rahoitus muodostuu Pohjois-Savon liiton avustuksesta ja Lahden kaupungin osuudesta.")
    assert {"Pohjois-Savon liitto", "Lahti"} <= {label for label, _rule in got}


def test_a_genitive_that_owns_no_money_funds_nothing() -> None:
    got = _funders(PROJECT + "Rahoitus koostuu Lahden kaupungin hallinnoimista hankkeista.")
    assert ("Lahti", "funds:money-made-of") not in got


def test_a_budget_made_of_costs_names_no_funder() -> None:
    got = _funders(PROJECT + "Hankkeen budjetti koostuu Lahden kaupungin henkilöstökuluista.")
    assert not any(rule == "funds:money-made-of" for _label, rule in got)
