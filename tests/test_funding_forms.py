"""The common ways Finnish and Finland-Swedish public texts state who funds whom, one short made-up sentence per form.

The catalogue (first test) holds the forms other rules already read, so that a change breaking one shows here; the
tests after it are the forms this session's rules read (extract/agent_phrases.py, noun_grants.funds:owner-noun,
the present "saa" of funds:received-from, a sum in "EUR"/"e" as money for allative_grants.direct_grant) and the
shapes that must state no funder (a passive without an agent, support that need not be money, an application).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import labelled_grants, needs_voikko

ASSOC = "Kotikylän Nuorisoseura ry"
SV_ASSOC = "Närpes Ungdomsförening rf"

# (sentence, (giver, receiver, amount)) for forms read before this session
CATALOGUE = [
    # an active verb, the receiver in the allative
    ("Opetushallitus myönsi Lukuinto-hankkeelle 45 000 euroa.", ("Opetushallitus", "Lukuinto", Decimal("45000"))),
    ("Pohjois-Savon liitto tukee Kylätalo-hanketta 20 000 eurolla.",
     ("Pohjois-Savon liitto", "Kylätalo", Decimal("20000"))),
    (f"Raahen kaupunki avustaa {ASSOC}:tä 5 000 eurolla.", ("Raahe", ASSOC, Decimal("5000"))),
    # Swedish active verbs
    (f"Svenska kulturfonden beviljade {SV_ASSOC} 8 000 euro.", ("Svenska kulturfonden", SV_ASSOC, Decimal("8000"))),
    (f"Svenska kulturfonden stöder {SV_ASSOC} med 3 000 euro.", ("Svenska kulturfonden", SV_ASSOC, Decimal("3000"))),
    # the receiver as subject, the giver in the ablative
    (f"{ASSOC} sai Opetushallitukselta 15 000 euroa.", ("Opetushallitus", ASSOC, Decimal("15000"))),
    (f"{SV_ASSOC} fick 5 000 euro av Svenska kulturfonden.", ("Svenska kulturfonden", SV_ASSOC, Decimal("5000"))),
    # a passive with its giver in the ablative
    ("Lukuinto-hankkeelle myönnettiin Opetushallitukselta 30 000 euroa.",
     ("Opetushallitus", "Lukuinto", Decimal("30000"))),
    # nominalisations and the adessive of support
    ("Opetushallituksen avustus Lukuinto-hankkeelle on 30 000 euroa.",
     ("Opetushallitus", "Lukuinto", Decimal("30000"))),
    ("Kylätalo-hanke toteutetaan Pohjois-Savon liiton tuella.", ("Pohjois-Savon liitto", "Kylätalo", None)),
    ("Projektet Trygg Vardag finansieras av Svenska kulturfonden.", ("Svenska kulturfonden", "Trygg Vardag", None)),
]


@needs_voikko
@pytest.mark.parametrize(("text", "grant"), CATALOGUE)
def test_forms_read_before_stay_read(text: str, grant: tuple[str, str, Decimal | None]) -> None:
    assert grant in labelled_grants(text)


@needs_voikko
def test_a_towns_participle_names_the_town_as_funder() -> None:
    rule = "funds:agent-participle"
    assert ("Kuopio", "Kylätalo", None) in labelled_grants(
        "Kuopion kaupungin rahoittama Kylätalo-hanke alkoi syksyllä.", rule=rule)
    assert ("Kuopio", "Kylätalo", None) in labelled_grants("Kylätalo-hanke on Kuopion kaupungin rahoittama.", rule=rule)
    assert ("Kuopio", "Kylätalo", None) in labelled_grants(
        "Kuopion kaupungin osittain rahoittama Kylätalo-hanke alkoi syksyllä.", rule=rule)


@needs_voikko
def test_the_participle_of_support_counts_from_a_giver_of_money_only() -> None:
    rule = "funds:agent-participle"
    assert ("Opetushallitus", "Lukuinto", None) in labelled_grants(
        "Opetushallituksen tukema Lukuinto-hanke alkoi syksyllä.", rule=rule)
    assert ("Opetushallitus", "Lukuinto", None) in labelled_grants("Lukuinto-hanke on Opetushallituksen tukema.",
                                                                   rule=rule)
    # a town supports with premises and advice as well: no money said, no funder
    assert not labelled_grants("Kuopion kaupungin tukema Kylätalo-hanke alkoi syksyllä.")


@needs_voikko
def test_an_organisation_in_the_genitive_after_the_participle_is_no_head() -> None:
    found = labelled_grants(f"Työssä hyödynnettiin Opetushallituksen rahoittaman {ASSOC}:n leirin tuloksia.",
                            rule="funds:agent-participle")
    assert not found


@needs_voikko
def test_the_participle_needs_its_agent_right_before_it() -> None:
    # the town is the project's place, not the agent of the participle (the fund is)
    found = labelled_grants("Kuopion kaupungin Kylätalo-hanke on Euroopan sosiaalirahaston rahoittama.",
                            rule="funds:agent-participle")
    assert not any(giver == "Kuopio" for giver, _, _ in found)


@needs_voikko
def test_a_swedish_passive_gives_the_av_agent_as_funder() -> None:
    rule = "funds:swedish-passive-agent"
    assert ("Svenska kulturfonden", SV_ASSOC, Decimal("2000")) in labelled_grants(
        f"{SV_ASSOC} har beviljats 2 000 euro av Svenska kulturfonden.", rule=rule)
    assert ("Svenska kulturfonden", SV_ASSOC, Decimal("2000")) in labelled_grants(
        f"{SV_ASSOC} har beviljats ett bidrag på 2 000 euro av Svenska kulturfonden.", rule=rule)


@needs_voikko
def test_a_swedish_passive_without_an_agent_names_no_funder() -> None:
    assert not labelled_grants(f"{SV_ASSOC} har beviljats 2 000 euro för sommarlägret.")


@needs_voikko
def test_the_owner_of_a_money_noun_funds_its_allative() -> None:
    rule = "funds:owner-noun"
    assert ("Kuopio", ASSOC, Decimal("5000")) in labelled_grants(
        f"Kuopion kaupungin avustus {ASSOC}:lle on 5 000 euroa.", rule=rule)
    assert ("Kuopion Osuuspankki", ASSOC, Decimal("5000")) in labelled_grants(
        f"Kuopion Osuuspankin lahjoitus {ASSOC}:lle oli 5 000 euroa.", rule=rule)
    assert ("Svenska kulturfonden", SV_ASSOC, Decimal("2000")) in labelled_grants(
        f"Svenska kulturfondens bidrag till {SV_ASSOC} är 2 000 euro.", rule=rule)


@needs_voikko
def test_a_towns_support_noun_without_a_sum_is_no_grant() -> None:
    assert not labelled_grants(f"Kuopion kaupungin tuki {ASSOC}:lle on ollut tärkeää.", rule="funds:owner-noun")
    assert ("Kuopio", ASSOC, Decimal("5000")) in labelled_grants(
        f"Kuopion kaupungin tuki {ASSOC}:lle on 5 000 euroa vuodessa.", rule="funds:owner-noun")


@needs_voikko
def test_the_present_of_receiving_with_an_ablative_giver_and_a_sum() -> None:
    assert ("Opetushallitus", "Lukuinto", Decimal("40000")) in labelled_grants(
        "Lukuinto-hanke saa Opetushallitukselta 40 000 euroa.", rule="funds:received-from")
    # "saa" with a giver but no money: advice, not a grant
    assert not labelled_grants(f"{ASSOC} saa Opetushallitukselta ohjeita kesäleirin järjestämiseen.")


@needs_voikko
@pytest.mark.parametrize("currency", ["EUR.", "e."])
def test_a_towns_grant_with_the_currency_abbreviated(currency: str) -> None:
    found = labelled_grants(f"Kuopion kaupunki myönsi {ASSOC}:lle 12 000 {currency}")
    assert ("Kuopio", ASSOC, Decimal("12000")) in found


@needs_voikko
def test_an_agentless_passive_or_an_application_names_no_funder() -> None:
    assert not labelled_grants(f"{ASSOC}:lle myönnettiin 3 000 euroa.")
    assert not labelled_grants("Kylätalo-hankkeelle haettiin rahoitusta Pohjois-Savon liitolta.")


@needs_voikko
def test_a_granting_participle_between_owner_and_money_noun() -> None:
    assert ("Kuopio", ASSOC, Decimal("2000")) in labelled_grants(
        f"Kuopion kaupungin myöntämä avustus {ASSOC}:lle oli 2 000 euroa.", rule="funds:owner-noun")


@needs_voikko
def test_swedish_verbs_of_giving_with_till() -> None:
    rule = "funds:swedish-gift"
    assert ("Svenska kulturfonden", SV_ASSOC, Decimal("4000")) in labelled_grants(
        f"Svenska kulturfonden delade ut 4 000 euro till {SV_ASSOC}.", rule=rule)
    assert ("Svenska kulturfonden", SV_ASSOC, Decimal("4000")) in labelled_grants(
        f"Svenska kulturfonden gav {SV_ASSOC} ett bidrag på 4 000 euro.", rule=rule)
    # no sum: advice or prizes are given with the same verbs
    assert not labelled_grants(f"Svenska kulturfonden gav råd till {SV_ASSOC}.", rule=rule)
    assert not labelled_grants(f"Svenska kulturfonden delade ut priser på 500 euro till {SV_ASSOC}.", rule=rule)


@needs_voikko
@pytest.mark.parametrize("sentence", [
    f"Kuopion Osuuspankki jakoi 2 000 euroa {ASSOC}:lle.",
    f"Kuopion Osuuspankki osoitti {ASSOC}:lle 2 000 euroa.",
])
def test_sharing_out_and_allocating_are_a_donors_verbs(sentence: str) -> None:
    assert ("Kuopion Osuuspankki", ASSOC, Decimal("2000")) in labelled_grants(sentence, rule="funds:donation-verb")


@needs_voikko
def test_the_subject_works_with_the_givers_money() -> None:
    rule = "funds:subject-with-support"
    assert ("Kuopio", ASSOC, None) in labelled_grants(
        f"{ASSOC} korjasi kylätalon Kuopion kaupungin avustuksella.", rule=rule)
    assert ("Kuopion Osuuspankki", ASSOC, None) in labelled_grants(
        f"{ASSOC} korjasi kylätalon Kuopion Osuuspankin lahjoituksella.", rule=rule)
    # a town's "tuki" without a sum may be premises or advice
    assert not labelled_grants(f"{ASSOC} korjasi kylätalon Kuopion kaupungin tuella.", rule=rule)
    # the genitive owns something else than money: no grant
    assert not labelled_grants(f"{ASSOC} korjasi kylätalon Kuopion kaupungin luvalla.", rule=rule)


@needs_voikko
def test_towns_taking_part_in_the_funding_fund() -> None:
    rule = "funds:joins-funding"
    found = labelled_grants("Kuopion kaupunki ja Siilinjärven kunta ovat mukana rahoittamassa Kylätalo-hanketta.",
                            rule=rule)
    assert {("Kuopio", "Kylätalo", None), ("Siilinjärvi", "Kylätalo", None)} <= found
    assert ("Kuopio", "Kylätalo", None) in labelled_grants(
        "Kuopion kaupunki osallistuu Kylätalo-hankkeen rahoittamiseen.", rule=rule)
    assert ("Kuopio", "Kylätalo", None) in labelled_grants(
        "Kylätalo-hanke alkoi syksyllä. Kuopion kaupunki on myös mukana rahoittamassa hanketta.", rule=rule)


@needs_voikko
def test_taking_part_in_the_work_is_no_funding() -> None:
    assert not labelled_grants("Kuopion kaupunki on mukana toteuttamassa Kylätalo-hanketta.")
    assert not labelled_grants("Kuopion kaupunki osallistuu Kylätalo-hankkeeseen.")


@needs_voikko
def test_the_owner_of_plural_grants_funds_the_allative() -> None:
    assert ("Kuopio", ASSOC, Decimal("20000")) in labelled_grants(
        f"Kuopion kaupungin avustukset {ASSOC}:lle olivat 20 000 euroa.", rule="funds:owner-noun")


@needs_voikko
def test_money_put_into_an_undertaking() -> None:
    rule = "funds:money-into"
    assert ("Kuopio", "Kylätalo", Decimal("200000")) in labelled_grants(
        "Kuopion kaupunki panostaa Kylätalo-hankkeeseen 200 000 euroa.", rule=rule)
    assert ("Kuopio", "Kylätalo", Decimal("200000")) in labelled_grants(
        "Kuopion kaupungin panostus Kylätalo-hankkeeseen on 200 000 euroa.", rule=rule)
    # an effort without a sum is no money
    assert not labelled_grants("Kuopion kaupunki panostaa Kylätalo-hankkeeseen ja nuoriin.", rule=rule)


@needs_voikko
def test_a_grant_agencys_published_proposal_funds_each_receiver_with_its_sum() -> None:
    rule = "funds:grant-proposal"
    found = labelled_grants(f"{ASSOC}:lle STEA esittää 105 000 euroa vertaistukeen ja Savon Sulkapalloseura ry:lle "
                            "104 000 euroa junioritoimintaan.", rule=rule)
    stea = "Sosiaali- ja terveysjärjestöjen avustuskeskus"
    assert {(stea, ASSOC, Decimal("105000")), (stea, "Savon Sulkapalloseura ry", Decimal("104000"))} <= found
    assert (stea, ASSOC, Decimal("350000")) in labelled_grants(
        f"STEA on tehnyt 350 000 euron avustusehdotuksen {ASSOC}:n toimintaan.", rule=rule)


@needs_voikko
def test_a_board_or_town_proposing_is_no_grant_agencys_proposal() -> None:
    assert not labelled_grants(f"Kuopion kaupunki esittää {ASSOC}:lle 5 000 euroa.", rule="funds:grant-proposal")


@needs_voikko
def test_a_proposers_short_name_in_brackets_before_the_verb() -> None:
    stea = "Sosiaali- ja terveysjärjestöjen avustuskeskus"
    assert (stea, ASSOC, Decimal("350000")) in labelled_grants(
        f"{stea} (STEA) on tehnyt 350 000 euron avustusehdotuksen {ASSOC}:n toimintaan.", rule="funds:grant-proposal")
