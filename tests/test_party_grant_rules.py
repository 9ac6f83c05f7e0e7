"""Agreement parties, joint-authority members, grant rows and passive grants (extract/party_phrases.py,
extract/grant_rows.py, funds:grant-verb): short sentences of our own, each rule where it must fire and
where a look-alike must not."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import registered


def test_rules_registered_once() -> None:
    names = [r.name for r in registered()]
    for name in ("participatesIn:mutual-genitives", "participatesIn:agreement-owners",
                 "participatesIn:title-counterparty", "partOf:members-in-parentheses",
                 "coordinates:grant-row-applicant"):
        assert names.count(name) == 1, name


def test_mutual_agreement_named_before_the_copula(gaz: Gazetteer) -> None:
    facts = run(gaz, "Yhteistyösopimus on Oulun kaupungin, Kemin kaupungin sekä Lapin yliopiston keskinäinen sopimus, "
                     "jossa osapuolet sopivat työnjaosta.")
    for party in ("municipality/564", "municipality/240", "agency/lapin-yliopisto"):
        assert has(facts, party, "participatesIn", "yhteistyosopimus"), (party, facts)


def test_mutual_genitives_with_this_agreement_take_the_document_agreement(gaz: Gazetteer) -> None:
    text = ("Sopimus opetusyhteistyöstä\n\nTällä sopimuksella sovitaan Turun yliopiston ja Tampereen yliopiston "
            "välisestä yhteistyöstä.")
    facts = run(gaz, text, kind="agreement")
    assert has(facts, "agency/turun-yliopisto", "participatesIn", "sopimus")
    assert has(facts, "agency/tampereen-yliopisto", "participatesIn", "sopimus")


def test_mutual_without_any_agreement_states_nothing(gaz: Gazetteer) -> None:
    facts = run(gaz, "Turun yliopiston ja Tampereen yliopiston välinen yhteistyö on tiivistä.")
    assert not any(p == "participatesIn" for _s, p, _o, _a, _r in facts)


def test_owners_open_the_agreement_name(gaz: Gazetteer) -> None:
    facts = run(gaz, "Lapin hyvinvointialueen ja Lapin yliopiston kumppanuussopimuksen tavoitteena on tutkimus.")
    assert has(facts, "wellbeing", "participatesIn", "kumppanuussopimus")
    assert has(facts, "agency/lapin-yliopisto", "participatesIn", "kumppanuussopimus")


def test_one_owner_is_not_enough(gaz: Gazetteer) -> None:
    facts = run(gaz, "Lapin yliopiston kumppanuussopimuksen tavoitteena on tutkimus.")
    assert not any(r == "participatesIn:agreement-owners" for *_x, r in facts)


def test_counterparty_after_a_comma_in_an_item_title(gaz: Gazetteer) -> None:
    text = "§ 12 Kumppanuussopimuksen solmiminen, Kemin Kotiseutuyhdistys ry\n\nAsia esitellään.\n"
    facts = run(gaz, text, kind="minutes")
    assert has(facts, "kotiseutuyhdistys", "participatesIn", "kumppanuussopimus"), facts


def test_counterparty_alone_in_brackets_after_the_title(gaz: Gazetteer) -> None:
    text = "§ 5 Ostopalvelusopimus koskien sosiaalipäivystyksen järjestämistä loma-aikoina (Vantaan kaupunki)\n"
    facts = run(gaz, text, kind="minutes")
    assert has(facts, "municipality/092", "participatesIn", "ostopalvelusopimus"), facts


def test_an_acronym_in_brackets_is_no_counterparty(gaz: Gazetteer) -> None:
    facts = run(gaz, "§ 5 Yhteistyösopimus Kansaneläkelaitoksen (Kela) kanssa\n", kind="minutes")
    assert not any(r == "participatesIn:title-counterparty" for *_x, r in facts)


def test_members_in_parentheses_after_a_joint_authority(gaz: Gazetteer) -> None:
    facts = run(gaz, "Peruspalvelukuntayhtymä Selänteelle (Haapajärvi, Pyhäjärvi ja Reisjärvi) myönnetään 5 000 euroa.")
    partof = [(s, o) for s, p, o, _a, _r in facts if p == "partOf"]
    assert len(partof) == 3 and all("selanne" in o.lower() for _s, o in partof), facts


def test_a_place_in_parentheses_with_other_words_is_no_membership(gaz: Gazetteer) -> None:
    facts = run(gaz, "Peruspalvelukuntayhtymä Selänne (kotipaikka Haapajärvi) aloitti toimintansa.")
    assert not any(p == "partOf" for _s, p, _o, _a, _r in facts)


def test_passive_grants_take_the_minister_named_once_at_the_top(gaz: Gazetteer) -> None:
    text = ("Kuntaministeri Matti Meikäläinen on myöntänyt avustusta kuntien yhteistoimintaan.\n\n"
            "Kemin kaupungille myönnetään 12 000 euroa yhteistyön käynnistämiseen yhdessä Tornion kaupungin kanssa.\n\n"
            "Oulun kaupungille myönnetään 8 000 euroa palvelujen kehittämiseen.")
    facts = run(gaz, text)
    assert has(facts, "matti-meikalainen", "funds", "municipality/240", 12000), facts
    assert has(facts, "matti-meikalainen", "funds", "municipality/564", 8000), facts
    assert not any("905" in s or "851" in s for s, p, _o, _a, _r in facts if p == "funds")  # Tornio is no granter


def test_grant_rows_make_projects_with_funder_amount_and_applicant(gaz: Gazetteer) -> None:
    text = ("Sosiaali- ja terveysministeriö myönsi rahoitusta tutkimushankkeille.\n\n"
            "Rahoitusta saavat seuraavat hankkeet (hanke, hakija, vastuututkija, avustusmäärä):\n\n"
            "•    Vanhusten arki kotona (VAKO), Turun yliopisto, Maija Mallikas, 120 500 euroa\n"
            "•    Nuorten polut työhön, Tampereen yliopisto, Pekka Puu, 99 000 euroa\n")
    facts = run(gaz, text)
    assert has(facts, "ministry/stm", "funds", "vanhus", 120500), facts
    assert has(facts, "agency/turun-yliopisto", "coordinates", "vanhus"), facts
    assert has(facts, "ministry/stm", "funds", "nuori", 99000), facts
    assert has(facts, "agency/tampereen-yliopisto", "coordinates", "nuori"), facts


def test_a_grant_list_of_organisations_makes_no_projects(gaz: Gazetteer) -> None:
    text = ("Kaupunginhallitus päätti myöntää avustuksia seuraavasti:\n"
            "- Kemin Kotiseutuyhdistys ry, 5 000 euroa\n")
    facts = run(gaz, text, kind="minutes")
    assert not any(r == "coordinates:grant-row-applicant" for *_x, r in facts)
    assert not any("project/" in o for _s, _p, o, _a, _r in facts)


def test_area_list_of_towns_before_kunnissa_and_perfect_implementer(gaz: Gazetteer) -> None:
    """"X ry on toteuttanut A:n, B:n ... ja C:n kunnissa Y-ohjelmaa": X runs Y and covers each town."""
    facts = run(gaz, "Kemin Kotiseutuyhdistys ry on toteuttanut Espoon, Hausjärven, Hyvinkään, Lopen ja "
                     "Vantaan kunnissa Leader-ohjelmaa vuodesta 2014 lähtien.")
    covered = {o for s, p, o, _a, _r in facts if p == "coversArea" and "kotiseutuyhdistys" in s}
    assert {"municipality/049", "municipality/086", "municipality/106", "municipality/433",
            "municipality/092"} <= covered, facts
    assert has(facts, "kotiseutuyhdistys", "coordinates", "leader"), facts
    assert not any(p == "coordinates" and "municipality" in s for s, p, _o, _a, _r in facts)


def test_towns_as_the_subject_of_a_perfect_still_take_part(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kemin kaupunki ja Tornion kaupunki ovat toteuttaneet Hyvä mieli -hanketta yhdessä.")
    assert has(facts, "municipality/240", "participatesIn", "hyva-mieli"), facts
    assert has(facts, "municipality/851", "participatesIn", "hyva-mieli"), facts
