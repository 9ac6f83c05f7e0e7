"""Funding told with a budget before the grant, a granter that "osoittaa" money, and the name variants of funders
that news pages write: short sentences of our own, each rule once where it must fire and once where a look-alike
must not."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer


def _funds(facts: list) -> list:
    return [f for f in facts if f[1] == "funds"]


def test_a_budget_before_the_grant_is_not_the_grant_s_sum(gaz: Gazetteer) -> None:
    facts = run(gaz, "Arjen apu -hanke alkoi keväällä Kuopiossa.\nHankkeen kokonaisbudjetti on 300 000 euroa, "
                     "josta Pohjois-Savon liiton myöntämä tuki on 240 000 euroa.")
    grants = [f for f in _funds(facts) if f[0] == "joint-authority/pohjois-savon-liitto"]
    assert grants and all(f[3] == Decimal(240000) for f in grants)


def test_a_grant_with_only_its_own_sum_keeps_it(gaz: Gazetteer) -> None:
    facts = run(gaz, "Arjen apu -hanke alkoi keväällä Kuopiossa.\n"
                     "Pohjois-Savon liitto on myöntänyt hankkeelle rahoitusta enintään 240 000 euroa.")
    assert any(f[0] == "joint-authority/pohjois-savon-liitto" and f[3] == Decimal(240000) for f in _funds(facts))


def test_a_ministry_that_allocates_money_is_the_granter_of_the_receiver_after_it(gaz: Gazetteer) -> None:
    facts = run(gaz, "Maa- ja metsätalousministeriö hyväksyi ohjelman ja osoitti sen toteuttamiseen varat. "
                     "Toimintaryhmille jaettava raha oli 90 miljoonaa euroa, tästä Leader Pohjoisin Lappi ry sai "
                     "rahoituskehystä 4 120 500 euroa.")
    assert has(facts, "ministry/mmm", "funds", "association/leader-pohjoisin-lappi", 4120500)


def test_osoittaa_without_money_names_no_granter(gaz: Gazetteer) -> None:
    facts = run(gaz, "Maa- ja metsätalousministeriö osoittaa selvityksessään, että kylät hyötyvät. "
                     "Leader Pohjoisin Lappi ry sai 4 120 500 euroa.")
    assert not _funds(facts)


def test_stea_written_in_title_case_is_the_funding_centre(gaz: Gazetteer) -> None:
    facts = run(gaz, "Stea myönsi Kuopion Omaishoitajat ry:lle 45 000 euroa.")
    assert has(facts, "agency/stea", "funds", "association/kuopion-omaishoitajat", 45000)


def test_the_rural_fund_under_its_shorter_names_funds_the_project(gaz: Gazetteer) -> None:
    for name in ("Euroopan maaseudun kehittämisrahasto", "Euroopan maatalousrahasto"):
        facts = run(gaz, f"Arjen apu -hanke alkoi keväällä Kuopiossa.\nHanketta rahoittaa {name}.")
        assert any(f[0] == "programme/maaseuturahasto" for f in _funds(facts)), name


def test_a_village_association_whose_village_the_lexicon_lacks_gets_its_grant(gaz: Gazetteer) -> None:
    facts = run(gaz, "Oulun kaupungin lähidemokratiatoimikunta on myöntänyt kohdeavustuksia. "
                     "Huukkilan kyläyhdistys sai 1 250 euroa kylätalon korjaukseen.")
    assert has(facts, "lahidemokratiatoimikunta", "funds", "association/huukkilan-kylayhdistys", 1250)


def test_a_known_common_word_before_the_kind_word_opens_no_name() -> None:
    from tests.helpers import entity_labels

    assert not entity_labels("Kaupungin kyläyhdistys kokoontuu keväällä.", "Association")


def test_a_receiver_s_sums_for_several_purposes_add_up_to_its_grant(gaz: Gazetteer) -> None:
    facts = run(gaz, "Oulun kaupungin lähidemokratiatoimikunta on myöntänyt kohdeavustuksia. Jokelan kyläyhdistys "
                     "sai kahvinkeittimen hankintaan 300,50 euroa ja tiedotteiden painatukseen 2 000 euroa.")
    assert has(facts, "lahidemokratiatoimikunta", "funds", "association/jokelan-kylayhdistys", Decimal("2300.50"))


def test_a_second_receiver_s_sum_is_not_added_to_the_first(gaz: Gazetteer) -> None:
    facts = run(gaz, "Oulun kaupungin lähidemokratiatoimikunta on myöntänyt kohdeavustuksia. "
                     "Jokelan kyläyhdistys sai 300 euroa ja Vepsän kyläyhdistys 2 000 euroa.")
    assert has(facts, "lahidemokratiatoimikunta", "funds", "association/jokelan-kylayhdistys", 300)
    assert not has(facts, "lahidemokratiatoimikunta", "funds", "association/jokelan-kylayhdistys", 2300)


def test_a_town_s_service_units_receive_their_own_passive_grants(gaz: Gazetteer) -> None:
    facts = run(gaz, "Itä-Suomen aluehallintovirasto on myöntänyt valtionavustusta nuorisotyöhön. Kuopion kaupungin "
                     "nuorisopalveluille myönnettiin 4 000 euroa ja Siilinjärven kunnan liikuntatoimelle 2 500 euroa.")
    assert has(facts, "agency/avi-ita-suomi", "funds", "nuorisopalvelut", 4000)
    assert has(facts, "agency/avi-ita-suomi", "funds", "liikuntatoimi", 2500)


def test_a_town_taking_part_in_the_compound_municipal_funding_contributes(gaz: Gazetteer) -> None:
    facts = run(gaz, "Arjen apu -hanke alkoi keväällä Kuopiossa.\n"
                     "Kuopion kaupunki osallistuu vuosittain hankkeen kuntarahoitukseen.")
    assert has(facts, "municipality/297", "contributes", "project/")


def test_a_town_taking_part_in_a_training_contributes_nothing(gaz: Gazetteer) -> None:
    facts = run(gaz, "Arjen apu -hanke alkoi keväällä Kuopiossa.\n"
                     "Kuopion kaupunki osallistuu hankkeeseen ja sen järjestämään koulutukseen.")
    assert not [f for f in facts if f[1] == "contributes"]


def test_a_council_s_round_of_grants_pays_each_receiver_of_the_passive_sentence_after_it(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kuopion kaupunginhallitus päättää osoittaa vuoden 2019 määrärahasta avustuksia 50 000 eurolla. "
                     "Avustuksista Kuopion vanhusneuvostolle maksetaan 10 000 euroa ja Kuopion Omaishoitajat ry:lle "
                     "40 000 euroa.")
    assert has(facts, "body/297-kunnanhallitus", "funds", "vanhusneuvosto", 10000)
    assert has(facts, "body/297-kunnanhallitus", "funds", "kuopion-omaishoitajat", 40000)


def test_payments_after_a_council_decision_of_no_grants_are_no_grants(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kuopion kaupunginhallitus päätti hyväksyä talousarvion. Kuopion vanhusneuvostolle maksetaan "
                     "10 000 euroa ja Kuopion Omaishoitajat ry:lle 40 000 euroa.")
    assert not [f for f in facts if f[1] == "funds"]


def test_swedish_support_received_from_a_giver_after_av_is_its_funding(gaz: Gazetteer) -> None:
    facts = run(gaz, "Föreningen Hembygd rf har fått ett Leaderstöd av Aktion Österbotten.")
    assert has(facts, "association/aktion-osterbotten", "funds", "association/foreningen-hembygd")
    facts = run(gaz, "Föreningen Hembygd rf har fått 20 000 euro av Svenska kulturfonden.")
    assert has(facts, "svenska-kulturfonden", "funds", "association/foreningen-hembygd", 20000)


def test_swedish_help_from_a_giver_without_money_is_no_funding(gaz: Gazetteer) -> None:
    facts = run(gaz, "Föreningen Hembygd rf har fått hjälp av Aktion Österbotten med planeringen.")
    assert not [f for f in facts if f[1] == "funds"]
