"""funds:gift-noun (extract/noun_grants.py): a gift told as "N euron lahjoitus" with the giver next to the sum and the
receiver in the allative after it; short texts of our own, with look-alikes that must state nothing."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import extract
from welfare_kg.extract import noun_grants  # noqa: F401  the module registers its rule when imported
from welfare_kg.extract.relations import RULES


def _gifts(text: str) -> set[tuple[str, str, Decimal | None, str]]:
    ex = extract(text)
    return {(ex.entities[f.subject].label, ex.entities[f.object].label, f.amount, f.rule) for f in ex.facts
            if f.predicate == "funds" and f.subject in ex.entities and f.object in ex.entities}


def test_the_rule_is_registered_once() -> None:
    assert [r.name for r in RULES].count("funds:gift-noun") == 1


def test_the_giver_s_genitive_before_the_sum_gives_it_to_the_allative() -> None:
    got = _gifts("Mäntyharjun Osuuspankin 3 000 euron lahjoitus Koivulan Kyläyhdistys ry:lle julkistettiin tiistaina.")
    assert ("Mäntyharjun Osuuspankki", "Koivulan Kyläyhdistys ry", Decimal(3000), "funds:gift-noun") in got


def test_the_subject_of_a_verb_of_giving_gives_the_cheque() -> None:
    got = _gifts("Mäntyharjun Osuuspankki ojensi 3 000 euron shekin Koivulan Kyläyhdistys ry:lle.")
    assert ("Mäntyharjun Osuuspankki", "Koivulan Kyläyhdistys ry", Decimal(3000), "funds:gift-noun") in got


def test_a_grant_applied_for_or_a_receiver_further_on_states_nothing() -> None:
    assert not _gifts("Koivulan Kyläyhdistys ry haki 3 000 euron avustusta Mäntyharjun Osuuspankilta.")
    assert not [g for g in _gifts("Mäntyharjun Osuuspankin 3 000 euron lahjoitus käytetään kokonaan Koivulan "
                                  "Kyläyhdistys ry:lle.") if g[3] == "funds:gift-noun"]
