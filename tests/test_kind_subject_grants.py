"""A second grant told with the receiver's kind word as the subject ("Yhdistys saa myös N euroa"): invented texts,
each shape once where it must fire and once where a look-alike must not."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer

OPENING = "Uutiset\n\nKylissä tapahtuu. Tänä vuonna on paljon tekemistä.\n\n"
LEAD = "Kaupunginhallitus myönsi avustuksia järjestöille. Ylikylän Kotiseutuyhdistys ry saa 3 000 euroa. "


def _rule(facts: list) -> list:
    return [f for f in facts if f[4] == "funds:kind-subject-again"]


def test_the_kind_word_subject_gets_a_second_grant_from_the_same_giver(gaz: Gazetteer) -> None:
    facts = run(gaz, OPENING + LEAD + "Yhdistys saa myös 500 euroa nuorten tukemiseen.")
    assert has(facts, "kaupunginhallitus", "funds", "ylikylan-kotiseutuyhdistys", 500)


def test_a_granter_named_only_in_the_lead_funds_the_second_grant_too(gaz: Gazetteer) -> None:
    facts = run(gaz, OPENING + "Raha-automaattiyhdistys (RAY) esittää avustuksia järjestöille. Ylikylän "
                               "Kotiseutuyhdistys ry on saamassa 15 000 euroa. Yhdistys saa myös 5 300 euroa "
                               "nuorten tukemiseen.")
    assert has(facts, "ray", "funds", "ylikylan-kotiseutuyhdistys", 5300)


def test_the_antecedent_may_stand_two_sentences_back_and_the_verb_be_perfect(gaz: Gazetteer) -> None:
    facts = run(gaz, OPENING + LEAD + "Rahat käytetään kesän leireihin. Yhdistys on saanut lisäksi 800 euroa.")
    assert has(facts, "kaupunginhallitus", "funds", "ylikylan-kotiseutuyhdistys", 800)


def test_two_of_the_kind_before_give_nothing(gaz: Gazetteer) -> None:
    facts = run(gaz, OPENING + "Kaupunginhallitus myönsi avustuksia järjestöille. Ylikylän Kotiseutuyhdistys ry ja "
                               "Alakylän Nuorisoseura ry saavat 3 000 euroa. Yhdistys saa myös 500 euroa.")
    assert not _rule(facts)


def test_a_hedged_sum_a_named_giver_or_no_grant_read_before_give_nothing(gaz: Gazetteer) -> None:
    assert not _rule(run(gaz, OPENING + LEAD + "Yhdistys sai kaikkiaan noin 5 000 euroa."))
    assert not _rule(run(gaz, OPENING + LEAD + "Yhdistys sai myös Sosiaali- ja terveysministeriöltä 900 euroa."))
    assert not _rule(run(gaz, OPENING + "Ylikylän Kotiseutuyhdistys ry järjesti kesäleirin. Yhdistys sai "
                                        "myös 500 euroa."))


def test_a_kind_word_of_another_kind_gives_nothing(gaz: Gazetteer) -> None:
    facts = run(gaz, OPENING + LEAD + "Kaupunki saa myös 500 euroa valtiolta.")
    assert not _rule(facts)


def test_the_giver_speaking_between_the_grants_is_no_antecedent(gaz: Gazetteer) -> None:
    facts = run(gaz, OPENING + "Raha-automaattiyhdistys (RAY) esittää avustuksia järjestöille. Ylikylän "
                               "Kotiseutuyhdistys ry on saamassa 15 000 euroa. RAY edellyttää, että tuki käytetään "
                               "asuntoihin. Yhdistys saa myös 5 300 euroa nuorten tukemiseen.")
    assert has(facts, "ray", "funds", "ylikylan-kotiseutuyhdistys", 5300)
