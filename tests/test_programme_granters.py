"""A programme as the subject of a grant verb, a board's "on myöntänyt", a minister's "on jakanut avustuksia" and
receiver rows whose place or next name is unread: short sentences of our own, each shape once where it must fire
and once where a look-alike must not."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract import programme_granters  # noqa: F401  the module registers its rule when imported
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import RULES


def _funds(facts: list) -> list:
    return [f for f in facts if f[1] == "funds"]


def test_the_rule_is_registered_once() -> None:
    assert [r.name for r in RULES].count("funds:programme-grants") == 1


def test_a_programme_before_its_grant_verb_funds_the_receiver_and_is_never_funded(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kurikan Nuorisoseura ry kunnostaa seurantaloaan. Leader on myöntänyt Kurikan Nuorisoseura "
                     "ry:lle 12 000 euroa.")
    assert has(facts, "programme/leader", "funds", "kurikan-nuorisoseura", 12000)
    assert not has(facts, "kurikan-nuorisoseura", "funds", "programme/leader")


def test_a_bare_kind_word_points_to_the_one_organisation_of_that_kind(gaz: Gazetteer) -> None:
    facts = run(gaz, "Ylikylän Kyläyhdistys ry ilahtui toukokuussa, kun Leader myönsi kyläyhdistykselle rahoituksen.")
    assert has(facts, "programme/leader", "funds", "ylikylan-kylayhdistys")
    assert not has(facts, "ylikylan-kylayhdistys", "funds", "programme/leader")
    facts = run(gaz, "Ylikylän Kyläyhdistys ry ja Alakylän Kyläyhdistys ry ilahtuivat, kun Leader myönsi "
                     "kyläyhdistykselle rahoituksen.")
    assert not [f for f in facts if f[4] == "funds:programme-grants"]  # two of the kind: the word names neither


def test_a_programme_that_is_granted_to_is_no_granter(gaz: Gazetteer) -> None:
    facts = run(gaz, "Etelä-Savon ELY-keskus on myöntänyt Leader-ohjelmalle lisärahoitusta.")
    assert not [f for f in facts if f[4] == "funds:programme-grants"]


def test_a_board_that_has_granted_funds_the_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kylämaisema-hanke kunnostaa rantoja.\n\nPohjanmaan maakuntahallitus on myöntänyt "
                     "Kylämaisema-hankkeelle 24 500 euron rahoituksen.")
    assert has(facts, "maakuntahallitus", "funds", "project/", 24500)


def test_a_minister_handing_out_grants_funds_each_receiver_with_its_sum(gaz: Gazetteer) -> None:
    text = ("Kunta- ja alueministeri Liisa Esimerkki on jakanut avustuksia kylätaloja ylläpitäville yhdistyksille.\n\n"
            "Avustusta saavat muun muassa Ylikylän Nuorisoseura ry, 3 200 euroa, Alakylän kyläyhdistys 1 700 euroa "
            "ja Keskikylän Marttayhdistys Virrat 2 100 euroa.")
    facts = run(gaz, text)
    assert has(facts, "liisa-esimerkki", "funds", "ylikylan-nuorisoseura", 3200)
    assert has(facts, "liisa-esimerkki", "funds", "alakylan-kylayhdistys", 1700)
    assert has(facts, "liisa-esimerkki", "funds", "keskikylan-marttayhdistys", 2100)
    assert not has(facts, "liisa-esimerkki", "funds", "municipality/")  # Virrat is the association's place


def test_handing_out_with_no_granter_named_gives_nothing(gaz: Gazetteer) -> None:
    text = ("Avustuksia jaettiin kylätaloja ylläpitäville yhdistyksille.\n\n"
            "Avustusta saavat muun muassa Ylikylän Nuorisoseura ry, 3 200 euroa ja Alakylän kyläyhdistys 1 700 euroa.")
    assert not _funds(run(gaz, text))


def test_the_size_of_a_grant_in_the_next_sentence_is_its_amount(gaz: Gazetteer) -> None:
    facts = run(gaz, "Pohjois-Savon liitto on myöntänyt rahoitusta Kotiseutu kuntoon -hankkeelle. Rahoituksen määrä on "
                     "45 000 euroa.")
    assert has(facts, "pohjois-savon-liitto", "funds", "project/", 45000)
    facts = run(gaz, "Kylämaisema-hanke sai rahoitusta Pohjois-Pohjanmaan ELY-keskukselta. Tuen määrä on 12 400 euroa.")
    assert has(facts, "ely-pohjois-pohjanmaa", "funds", "project/", 12400)


def test_a_total_a_hedged_size_or_a_sentence_further_on_is_no_grant_s_amount(gaz: Gazetteer) -> None:
    for tail in ("Rahoituksen määrä on yhteensä 45 000 euroa.", "Rahoituksen määrä on noin 45 000 euroa."):
        facts = run(gaz, "Pohjois-Savon liitto on myöntänyt rahoitusta Kotiseutu kuntoon -hankkeelle. " + tail)
        assert not [f for f in facts if f[1] == "funds" and f[3] is not None], tail
    # a sentence further on: no sentence rule gives the sum; the document's one grant takes its one stated sum
    # (extract/document_sums.py), marked so by its rule
    facts = run(gaz, "Pohjois-Savon liitto on myöntänyt rahoitusta Kotiseutu kuntoon -hankkeelle. Hanke alkaa "
                     "syksyllä. Rahoituksen määrä on 45 000 euroa.")
    with_sum = [f for f in facts if f[1] == "funds" and f[3] is not None]
    assert with_sum and all(f[4].endswith("+amount:document-sum") for f in with_sum)
