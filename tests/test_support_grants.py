"""Support by a funder ("tukee") and passive grants with the giver in the ablative: short sentences of our own,
each rule once where it must fire and once where a look-alike must not."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract import support_grants  # noqa: F401  the module registers its rules when imported
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import RULES

OPENING = "Arjen apu -hanke alkoi keväällä Kuopiossa.\n"


def _rule(facts: list, name: str) -> list:
    return [f for f in facts if f[4] == name]


def test_every_rule_of_the_module_is_registered_once() -> None:
    names = [r.name for r in RULES]
    for name in ("funds:supports-verb", "funds:granted-from"):
        assert names.count(name) == 1, name


def test_a_grant_centre_that_supports_the_project_funds_it(gaz: Gazetteer) -> None:
    facts = run(gaz, OPENING + "Hanketta tukee Sosiaali- ja terveysjärjestöjen avustuskeskus STEA.")
    assert has(facts, "agency/stea", "funds", "project/")


def test_each_supporter_after_the_verb_funds_and_a_single_adessive_sum_is_kept(gaz: Gazetteer) -> None:
    facts = run(gaz, OPENING + "Hanketta tukevat STEA ja Suomen Kulttuurirahasto.")
    assert has(facts, "agency/stea", "funds", "project/")
    assert has(facts, "suomen-kulttuurirahasto", "funds", "project/")
    facts = run(gaz, OPENING + "Suomen Kulttuurirahasto tukee hanketta 60 000 eurolla.")
    assert has(facts, "suomen-kulttuurirahasto", "funds", "project/", 60000)


def test_support_by_a_town_or_by_the_project_itself_is_no_funding(gaz: Gazetteer) -> None:
    assert not _rule(run(gaz, OPENING + "Kuopion kaupunki tukee hanketta."), "funds:supports-verb")
    assert not _rule(run(gaz, OPENING + "Hanke tukee Kuopion kaupunkia palvelujen kehittämisessä."),
                     "funds:supports-verb")
    assert not _rule(run(gaz, OPENING + "STEA ei tue hanketta enää."), "funds:supports-verb")


def test_a_passive_grant_from_a_named_giver_funds_the_project_with_its_sum(gaz: Gazetteer) -> None:
    facts = run(gaz, OPENING + "Hankkeelle myönnettiin Pohjois-Savon ELY-keskukselta 50 000 euroa.")
    assert has(facts, "agency/ely-pohjois-savo", "funds", "project/", 50000)


def test_an_application_to_a_giver_is_no_grant(gaz: Gazetteer) -> None:
    facts = run(gaz, OPENING + "Hankkeelle haettiin rahoitusta Pohjois-Savon ELY-keskukselta.")
    assert not _rule(facts, "funds:granted-from")
    assert not has(facts, "agency/ely-pohjois-savo", "funds", "project/")


def test_support_with_a_sum_is_money_whoever_gives_it(gaz: Gazetteer) -> None:
    # a bank is no grant-giver by its name, but "N eurolla" says its support is money; without a sum it says nothing
    facts = run(gaz, OPENING + "Hanketta tukee Pohjois-Savon Osuuspankki 5 000 eurolla.")
    assert has(facts, "pohjois-savon-osuuspankki", "funds", "project/", 5000)
    assert not _rule(run(gaz, OPENING + "Hanketta tukee Pohjois-Savon Osuuspankki."), "funds:supports-verb")
    assert not _rule(run(gaz, OPENING + "Kuopion kaupunki tukee hanketta asiantuntijatyöllä."),
                     "funds:supports-verb")


def test_a_board_supporting_with_a_sum_and_the_education_and_arts_agencies_fund(gaz: Gazetteer) -> None:
    minutes = ("Kiteen kaupunki\nKaupunginhallitus 3.3.2025\n\n§ 43 Kesäteatterin tukeminen\n\n"
               "Ehdotus: Kaupunginhallitus tukee Kiteen Kesäteatteri ry:tä 2 500 eurolla.\n")
    assert has(run(gaz, minutes, kind="minutes"), "260-kunnanhallitus", "funds", "kiteen-kesateatteri", 2500)
    assert has(run(gaz, "Taiteen edistämiskeskus tukee Kiteen Kesäteatteri ry:tä."), "agency/taike", "funds",
               "kiteen-kesateatteri")
    assert has(run(gaz, OPENING + "Hanketta tukee Opetushallitus."), "agency/opetushallitus", "funds", "project/")


def test_a_board_supporting_without_a_sum_funds_nothing(gaz: Gazetteer) -> None:
    minutes = ("Kiteen kaupunki\nKaupunginhallitus 3.3.2025\n\n§ 43 Kesäteatterin tukeminen\n\n"
               "Ehdotus: Kaupunginhallitus tukee Kiteen Kesäteatteri ry:n hakemusta.\n")
    assert not [f for f in run(gaz, minutes, kind="minutes") if f[1] == "funds"]


BOARD = ("Martti Koivulan säätiö\n\nMartti Koivulan säätiön hallitus päätti 3.5.2019 tukea {objects} {each}4 000 "
         "eurolla.\n")


def test_a_decision_to_support_funds_each_joined_object_with_its_each_sum(gaz: Gazetteer) -> None:
    facts = _rule(run(gaz, BOARD.format(objects="Lehtolan Kyläyhdistystä ja Mäntymäen Martat ry:tä",
                                        each="kumpaakin ")), "funds:supports-verb")
    assert has(facts, "koivulan", "funds", "lehtolan-kylayhdistys", 4000)
    assert has(facts, "koivulan", "funds", "mantymaen-martat", 4000)


def test_a_sum_of_several_objects_without_each_is_no_one_s_own(gaz: Gazetteer) -> None:
    facts = _rule(run(gaz, BOARD.format(objects="Lehtolan Kyläyhdistystä ja Mäntymäen Martat ry:tä",
                                        each="yhteensä ")), "funds:supports-verb")
    assert has(facts, "koivulan", "funds", "lehtolan-kylayhdistys")
    assert has(facts, "koivulan", "funds", "mantymaen-martat")
    assert not any(a is not None for _s, _p, _o, a, _r in facts)


def test_a_decision_about_something_else_is_no_support(gaz: Gazetteer) -> None:
    text = ("Martti Koivulan säätiö\n\nMartti Koivulan säätiön hallitus päätti 3.5.2019 kutsua Lehtolan "
            "Kyläyhdistystä tukea antamaan 4 000 eurolla.\n")
    assert not _rule(run(gaz, text), "funds:supports-verb")
