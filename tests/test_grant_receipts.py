"""Grants told from the receiving side, "avustaa", and rows of grant lists: short sentences of our own, each rule
once where it must fire and once where a look-alike must not."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract import grant_receipts  # noqa: F401  the module registers its rules when imported
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import RULES


def _funds(facts: list) -> list:
    return [f for f in facts if f[1] == "funds"]


def test_every_rule_of_the_module_is_registered_once() -> None:
    names = [r.name for r in RULES]
    for name in ("funds:receivers-got", "funds:supports-partitive"):
        assert names.count(name) == 1, name


def test_receivers_of_a_named_granter_get_their_own_sums(gaz: Gazetteer) -> None:
    facts = run(gaz, "Sosiaali- ja terveysministeriö on myöntänyt valtionavustusta nuorisotyöhön. "
                     "Kemin 4H-yhdistys sai 8 000 euroa ja Tornion 4H-yhdistys 6 000 euroa.")
    assert has(facts, "ministry/stm", "funds", "kemin-4h-yhdistys", 8000)
    assert has(facts, "ministry/stm", "funds", "tornion-4h-yhdistys", 6000)


def test_receivers_with_no_granter_named_get_nothing(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kemin 4H-yhdistys sai 8 000 euroa ja Tornion 4H-yhdistys 6 000 euroa.")
    assert not _funds(facts)


def test_a_total_before_the_receivers_is_no_receiver_s_sum(gaz: Gazetteer) -> None:
    facts = run(gaz, "Sosiaali- ja terveysministeriö on myöntänyt valtionavustusta nuorisotyöhön. "
                     "Yhteensä 14 000 euroa saivat Kemin 4H-yhdistys ja Tornion 4H-yhdistys.")
    assert not [f for f in _funds(facts) if f[4] == "funds:receivers-got"]


def test_the_subject_of_avustaa_funds_its_partitive_object_with_the_adessive_sum(gaz: Gazetteer) -> None:
    facts = run(gaz, "STEA avustaa Oulun kaupunkia 45 000 eurolla.")
    assert has(facts, "agency/stea", "funds", "municipality/564", 45000)


def test_avustaa_without_a_named_subject_funds_nothing(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hanke avustaa Oulun kaupunkia palvelujen kehittämisessä.")
    assert not _funds(facts)


def test_a_grant_list_row_opened_by_its_receiver_gives_the_row_s_project_its_sum(gaz: Gazetteer) -> None:
    facts = run(gaz, "Sosiaali- ja terveysministeriö on myöntänyt avustuksia seuraavasti:\n"
                     "Oulun kaupunki, Hyvä arki -hanke, 45 000 euroa\n"
                     "Kemin kaupunki, Perhekeskus-hanke, 30 000 euroa\n")
    assert has(facts, "ministry/stm", "funds", "project/arki-hyva", 45000)
    assert has(facts, "ministry/stm", "funds", "project/perhekeskus", 30000)


def test_glued_swedish_rows_each_fund_their_receiver_when_no_project_is_read(gaz: Gazetteer) -> None:
    facts = run(gaz, "Social- och hälsovårdsministeriet har beviljat statsbidrag för projekt.\n\n"
                     "Följande projekt får år 2003 statsbidrag:\n\n"
                     "Vanda stad för jämförelse mellan de sex största kommunerna 2003 – 2005, 519 950 euro."
                     "Kajana stad för stöd under barndomen, 95 850 euro.\n")
    assert has(facts, "ministry/stm", "funds", "municipality/092", 519950)
    assert has(facts, "ministry/stm", "funds", "municipality/205", 95850)


def test_a_long_line_that_no_receiver_opens_ends_the_list(gaz: Gazetteer) -> None:
    facts = run(gaz, "Sosiaali- ja terveysministeriö on myöntänyt avustuksia seuraavasti:\n"
                     "Hakemuksia tuli kaikkiaan paljon, ja niistä valittiin parhaat Kemin kaupungin alueelta, "
                     "30 000 euroa\n")
    assert not has(facts, "ministry/stm", "funds", "municipality/240")


def test_every_owner_of_granted_money_funds_the_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hankkeelle on myönnetty Pohjois-Pohjanmaan liiton rahoitusta ja sisäministeriön "
                     "kansallista vastinrahoitusta.")
    assert has(facts, "pohjois-pohjanmaan-liitto", "funds", "project/arki-hyva")
    assert has(facts, "ministry/sm", "funds", "project/arki-hyva")


def test_an_owner_of_money_a_town_received_does_not_fund_the_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hanke alkoi keväällä. Oulun kaupunki sai sosiaali- ja terveysministeriön "
                     "avustusta.")
    assert not [f for f in facts if f[4] == "funds:money-owners"]


def test_a_sum_received_from_a_giver_in_the_ablative_is_funding(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hanke on saanut sosiaali- ja terveysministeriöltä 200 000 euroa.")
    assert has(facts, "ministry/stm", "funds", "project/arki-hyva", 200000)


def test_money_applied_for_is_not_received(gaz: Gazetteer) -> None:
    facts = run(gaz, "Oulun kaupunki jättää hakemuksen valtionavustuksen saamiseksi sosiaali- ja "
                     "terveysministeriöltä.")
    assert not [f for f in facts if f[4] == "funds:received-from"]


def test_a_grant_told_in_prose_across_a_card_s_fields_stays(gaz: Gazetteer) -> None:
    facts = run(gaz, "1.1. Hankkeen rahoitustiedot Diaarinumero: 12/ Hakija: Oulun kaupunki (Y-tunnus ) Hankkeen "
                     "nimi: Hyvä arki Toteuttamisalue: Oulu Kehittämishankkeen vastuullinen toteuttaja: Oulun "
                     "kaupunki Myönnetty määräraha: Pohjois-Pohjanmaan liitto on myöntänyt Hyvä arki -hankkeelle "
                     "ajalle rahoitusta")
    assert has(facts, "pohjois-pohjanmaan-liitto", "funds", "project/arki-hyva")


def test_a_town_grants_an_unknown_name_in_the_allative(gaz: Gazetteer) -> None:
    facts = run(gaz, "Oulun kaupunki myönsi Kemin 4H-yhdistykselle 12 000 euroa.")
    assert has(facts, "municipality/564", "funds", "kemin-4h-yhdistys", 12000)


def test_the_full_stop_of_milj_ends_no_clause(gaz: Gazetteer) -> None:
    facts = run(gaz, "Oulun kaupunki myönsi Kemin 4H-yhdistykselle 1,2 milj. euroa.")
    assert has(facts, "municipality/564", "funds", "kemin-4h-yhdistys", 1200000)


def test_a_decimal_point_before_a_scale_word_is_read() -> None:
    from decimal import Decimal

    from welfare_kg.extract.money import find_amounts
    assert [a.value for a in find_amounts("1.5 miljoonaa euroa")] == [Decimal("1500000")]
    assert [a.value for a in find_amounts("1.250.000 euroa")] == [Decimal("1250000")]
    assert find_amounts("klo 14.30 euroa") == []


def test_rows_under_tabbed_column_heads_give_bare_sums(gaz: Gazetteer) -> None:
    facts = run(gaz, "STEA on myöntänyt avustuksia seuraavasti:\nHakija\tMyönnetty\n"
                     "Kemin 4H-yhdistys\t45 000\nTornion kaupunki\t30 000\n")
    assert has(facts, "agency/stea", "funds", "kemin-4h-yhdistys", 45000)
    assert has(facts, "agency/stea", "funds", "municipality/851", 30000)


def test_a_fund_named_as_the_means_is_no_receiver(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kainuun ELY-keskus varautuu rahoittamaan toimintaa ESR-rahoituksella.")
    assert not [f for f in facts if f[1] == "funds" and "agency/ely" in f[0]]


def test_sums_sharing_the_currency_at_the_end_of_the_enumeration(gaz: Gazetteer) -> None:
    facts = run(gaz, "Sosiaali- ja terveysministeriö on myöntänyt valtionavustusta nuorisotyöhön. "
                     "Kemin 4H-yhdistys sai 8 000, Tornion 4H-yhdistys 6 000 ja Oulun kaupunki 4 500 euroa.")
    assert has(facts, "ministry/stm", "funds", "kemin-4h-yhdistys", 8000)
    assert has(facts, "ministry/stm", "funds", "tornion-4h-yhdistys", 6000)
    assert has(facts, "ministry/stm", "funds", "municipality/564", 4500)


def test_a_place_opening_an_unread_project_name_receives_nothing(gaz: Gazetteer) -> None:
    facts = run(gaz, "Sosiaali- ja terveysministeriö on myöntänyt valtionavustusta nuorisotyöhön. "
                     "Kemi kutsuu kylään -kehittämishanke sai 8 000 ja Tornion 4H-yhdistys 6 000 euroa.")
    assert has(facts, "ministry/stm", "funds", "tornion-4h-yhdistys", 6000)
    assert not has(facts, "ministry/stm", "funds", "municipality/240")


def test_a_minister_granting_is_the_granter_of_the_receivers(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kulttuuriministeri Pia Viitanen on myöntänyt 100 000 euroa hankkeille. "
                     "Kemin 4H-yhdistys sai 8 000 euroa ja Tornion 4H-yhdistys 6 000 euroa.")
    assert has(facts, "person/pia-viitanen", "funds", "kemin-4h-yhdistys", 8000)
