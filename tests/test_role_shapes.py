"""Roles in the shapes of extract/role_shapes.py: short sentences of our own, each rule once where it must fire
and once where a look-alike must not."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract import role_shapes  # noqa: F401  the module registers its rules when imported
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import RULES


def _of(facts: list, rule: str) -> list:
    return [f for f in facts if f[4] == rule]


def test_every_rule_of_the_module_is_registered_once() -> None:
    names = [r.name for r in RULES]
    for name in ("coordinates:applicant-verb", "coordinates:grant-row-receiver", "funds:passive-allative-grant",
                 "participatesIn:collective-parentheses"):
        assert names.count(name) == 1, name


def test_applicant_for_money_for_a_named_project_runs_it(gaz: Gazetteer) -> None:
    facts = run(gaz, "Oulun kaupunki hakee rahoitusta Hyvä arki -hankkeelle.")
    assert has(facts, "municipality/564", "coordinates", "project/arki-hyva")


def test_swedish_applicant_runs_the_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kyrkslätts kommun ansöker om finansiering för projektet Trygg vardag.")
    # the project's name as recognised ("Trygg vardag") is not what this rule decides
    got = [f[:3] for f in _of(facts, "coordinates:applicant-verb")]
    assert len(got) == 1 and got[0][:2] == ("municipality/257", "coordinates") and got[0][2].startswith("project/trygg")


def test_applying_for_a_word_for_one_project_means_the_project_of_the_text(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hanke\n\nOulun kaupunki hakee rahoitusta kehittämishankkeeseen.")
    assert has(facts, "municipality/564", "coordinates", "project/arki-hyva")


def test_applying_with_no_project_anywhere_runs_nothing(gaz: Gazetteer) -> None:
    assert not _of(run(gaz, "Oulun kaupunki hakee rahoitusta kehittämishankkeeseen."), "coordinates:applicant-verb")


def test_not_applying_or_applying_together_or_for_no_money_runs_nothing(gaz: Gazetteer) -> None:
    for text in ("Kemin kaupunki ei hae rahoitusta Hyvä arki -hankkeelle.",
                 "Kemin kaupunki ja Tornion kaupunki hakevat rahoitusta Hyvä arki -hankkeelle.",
                 "Oulun kaupunki hakee kumppaneita Hyvä arki -hankkeeseen."):
        assert not _of(run(gaz, text), "coordinates:applicant-verb"), text


def test_swedish_grant_rows_give_each_receiver_its_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Social- och hälsovårdsministeriet har beviljat statsbidrag för åtta projekt.\n\n"
                     "Följande projekt får statsbidrag:\n\n"
                     "Vanda stad för Trygg vardag i Nyland, 519 950 euro.\n"
                     "Vaalijala samkommun för Kvaliteten på boendeservicen, 25 000 euro.\n")
    rows = {f[:3] for f in _of(facts, "coordinates:grant-row-receiver")}
    assert ("municipality/092", "coordinates", "project/nyland-trygg-vardag") in rows
    assert ("joint-authority/vaalijala", "coordinates", "project/boendeservicen-kvaliteten-pa") in rows


def test_responsible_for_a_project_without_a_sum_is_no_grant_row(gaz: Gazetteer) -> None:
    facts = run(gaz, "Staden ansvarar för projektet Trygg vardag. Vanda stad för projektet Trygg vardag.")
    assert not _of(facts, "coordinates:grant-row-receiver")


def test_passive_grants_go_from_the_granter_the_text_named(gaz: Gazetteer) -> None:
    facts = run(gaz, "Opetus- ja kulttuuriministeriö on vuonna 2017 myöntänyt valtionavustusta nuorisotyöhön. "
                     "Etsivään nuorisotyöhön myönnettiin Kemin kaupungille 91 500 euroa ja Tornion kaupungille "
                     "27 000 euroa. Rovaniemen kaupungille myönnettiin 70 000 euron avustus.")
    got = {(f[0], f[2], f[3]) for f in _of(facts, "funds:passive-allative-grant")}
    assert got == {("ministry/okm", "municipality/240", Decimal("91500")),
                   ("ministry/okm", "municipality/851", Decimal("27000")),
                   ("ministry/okm", "municipality/698", Decimal("70000"))}


def test_a_passive_grant_with_no_granter_named_invents_none(gaz: Gazetteer) -> None:
    facts = run(gaz, "Etsivään nuorisotyöhön myönnettiin Kemin kaupungille 91 500 euroa ja Tornion kaupungille "
                     "27 000 euroa.")
    assert not [f for f in facts if f[1] == "funds"]


def test_members_in_parentheses_after_the_towns_join(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hankkeeseen osallistuivat kaikki alueen kunnat (Kemi, Tornio ja Rovaniemi).")
    assert {f[0] for f in _of(facts, "participatesIn:collective-parentheses")} == {
        "municipality/240", "municipality/851", "municipality/698"}


def test_members_in_parentheses_without_joining_join_nothing(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hankkeen kunnat (Kemi, Tornio ja Rovaniemi) tapasivat.")
    assert not _of(facts, "participatesIn:collective-parentheses")


def test_relating_to_a_project_is_no_joining(gaz: Gazetteer) -> None:
    # relations._joins: "liittyen", "liittyvä" say what something is about
    facts = run(gaz, "Hyvä arki -hanke\n\nOulun kaupunki osallistuu Hyvä arki -hankkeeseen. "
                     "Hankkeeseen liittyen Kemin kaupunki järjestää koulutuksen.")
    joined = {f[0] for f in facts if f[1] == "participatesIn"}
    assert "municipality/564" in joined
    assert "municipality/240" not in joined


def test_money_to_projects_at_large_is_not_the_page_project_s(gaz: Gazetteer) -> None:
    # relations._funds_grant: a plural allative ("hankkeille") is projects in general; a singular one is the project
    plural = run(gaz, "Hyvä arki -hanke\n\nSosiaali- ja terveysministeriö on myöntänyt 971 000 euroa hankkeille, "
                      "joilla edistetään palveluja.")
    assert not [f for f in plural if f[1] == "funds"]
    one = run(gaz, "Hyvä arki -hanke\n\nSosiaali- ja terveysministeriö on myöntänyt 971 000 euroa hankkeelle.")
    assert ("ministry/stm", "funds", "project/arki-hyva", Decimal("971000")) in {f[:4] for f in one}


def test_members_after_a_stray_full_stop_inside_the_parentheses_still_join(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hankkeeseen osallistuivat kaikki alueen kunnat (Kemi. Tornio ja Rovaniemi). "
                     "Salon kaupunki on iso.")
    assert {f[0] for f in _of(facts, "participatesIn:collective-parentheses")} == {
        "municipality/240", "municipality/851", "municipality/698"}


def test_the_implementer_of_a_project_runs_it(gaz: Gazetteer) -> None:
    for text in ("Hyvä arki -hankkeen toteuttajana on Lapin yliopisto.",
                 "Lapin yliopisto toimii Hyvä arki -hankkeen toteuttajana."):
        assert ("agency/lapin-yliopisto", "coordinates", "project/arki-hyva") in {
            f[:3] for f in _of(run(gaz, text), "coordinates:implementer-noun")}, text


def test_an_implementer_of_something_else_or_a_unit_s_owner_runs_nothing(gaz: Gazetteer) -> None:
    for text in ("Hyvä arki -hanke\n\nKoulutuksen toteuttajana on Lapin yliopisto.",
                 "Hyvä arki -hankkeen toteuttajana oli Lapin yliopiston laitos ja osatoteuttajana Kemin kaupunki."):
        assert not _of(run(gaz, text), "coordinates:implementer-noun"), text


def test_a_forms_implementer_field_names_the_runner(gaz: Gazetteer) -> None:
    """"1. Hankkeen toteuttaja Kemin kaupunki Katu 1": a field's label in the base form, its value right after."""
    text = "LOPPURAPORTTI\n1. Hankkeen toteuttaja Kemin kaupunki Valtakatu 1, Kemi 2. Hankkeen nimi: Hyvä arki -hanke"
    assert ("municipality/240", "coordinates", "project/arki-hyva") in {
        f[:3] for f in _of(run(gaz, text), "coordinates:implementer-noun")}
    # a genitive after the label names no runner: "Hankkeen toteuttaja Kemin kaupungin kanssa"
    text = "Hyvä arki -hanke\n\nHankkeen toteuttaja Kemin kaupungin kanssa on vielä auki."
    assert not _of(run(gaz, text), "coordinates:implementer-noun")


def test_implementers_in_the_plural_each_take_part(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hankkeen toteuttajina ovat Kemin kaupunki ja Tornion kaupunki.")
    assert {f[0] for f in facts if f[1] == "participatesIn"} == {"municipality/240", "municipality/851"}
    assert not [f for f in facts if f[1] == "coordinates"]


def test_an_authority_enabling_a_project_from_a_fund_funds_it_with_the_fund(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hanke\n\nHankkeen mahdollistaa Keski-Suomen ELY-keskus Euroopan sosiaalirahastosta.")
    got = {f[:3] for f in _of(facts, "funds:enabled-from-fund")}
    assert got == {("agency/ely-keski-suomi", "funds", "project/arki-hyva"),
                   ("programme/esr", "funds", "project/arki-hyva")}


def test_enabling_without_a_fund_is_no_money(gaz: Gazetteer) -> None:
    assert not [f for f in run(gaz, "Hyvä arki -hanke\n\nKeski-Suomen ELY-keskus mahdollistaa kokeilun.")
                if f[1] == "funds"]


def test_parties_named_after_osapuolina_ovat_join_the_agreement(gaz: Gazetteer) -> None:
    # a bare "yhdistymissopimus" is the text's agreement; no other rule reads its parties here
    facts = run(gaz, "Yhdistymissopimus\n\nTämä asiakirja on yhdistymissopimus, jossa osapuolina ovat "
                     "Kemin kaupunki ja Tornion kaupunki.")
    parties = {f[0] for f in _of(facts, "participatesIn:parties-are")}
    assert parties == {"municipality/240", "municipality/851"}
    assert all(f[2].startswith("agreement/") for f in _of(facts, "participatesIn:parties-are"))


def test_parties_with_no_agreement_anywhere_join_nothing(gaz: Gazetteer) -> None:
    assert not _of(run(gaz, "Keskustelun osapuolina olivat Kemin kaupunki ja Tornion kaupunki."),
                   "participatesIn:parties-are")


def test_joint_owners_with_names_of_several_words(gaz: Gazetteer) -> None:
    # extract/party_phrases.py joint-owners: the words of a recognised owner's name belong to the genitive run
    facts = run(gaz, "Hyvä arki -hanke toteutetaan Maaseudun Sivistysliiton ja Kehittämisyhdistys Kalakukko ry:n "
                     "yhteistyönä.")
    assert {f[0] for f in _of(facts, "participatesIn:joint-owners")} == {
        "association/maaseudun-sivistysliitto", "association/kalakukko"}


def test_swedish_project_between_parties_on_its_own_line_is_the_page_s_project(gaz: Gazetteer) -> None:
    # extract/role_verbs.py joint-undertaking: "var ett samarbetsprojekt mellan A och B" with the name a line above
    facts = run(gaz, "Trygg vardag\n\nTrygg vardag, tillsammans i Österbotten,\n\nvar ett samarbetsprojekt mellan "
                     "Folkhälsans förbund och Röda Korset i Österbotten under 2019-2021.")
    assert {(f[0], f[2]) for f in _of(facts, "participatesIn:joint-undertaking")} == {
        ("association/folkhalsans-forbund", "project/trygg-vardag"),
        ("association/roda-korset-i-osterbotten", "project/trygg-vardag")}


def test_a_collaboration_between_parties_is_no_project_of_theirs(gaz: Gazetteer) -> None:
    facts = run(gaz, "Trygg vardag\n\nvar ett samarbete mellan Folkhälsans förbund och Röda Korset i Österbotten.")
    assert not _of(facts, "participatesIn:joint-undertaking")


def test_every_holder_of_a_listed_agreement_is_a_party(gaz: Gazetteer) -> None:
    # extract/party_phrases.py has-agreement: "A:lla, B:llä ja C:llä on <date> saakka voimassa oleva sopimus"
    facts = run(gaz, "Lapin yhteistyösopimus\n\nKemin kaupungilla, Lapin liitolla ja Lapin hyvinvointialueella on "
                     "31.12.2025 saakka voimassa oleva puitesopimus.")
    assert {f[0] for f in _of(facts, "participatesIn:has-agreement")} == {
        "municipality/240", "joint-authority/lapin-liitto", "wellbeing-county/21"}


def test_the_bare_town_holding_an_agreement_in_its_minutes_is_the_town(gaz: Gazetteer) -> None:
    text = ("Kemin kaupunki\nKaupunginhallitus\nPöytäkirja 3/2024\n\n§ 5 Kotoutumissopimus\n\n"
            "Kaupungilla on Lapin liiton kanssa voimassa oleva kotoutumissopimus.\n")
    assert {f[0] for f in _of(run(gaz, text, kind="minutes"), "participatesIn:has-agreement")} == {
        "municipality/240", "joint-authority/lapin-liitto"}
    # on a news page no town is "the" town: the bare word names no party
    assert {f[0] for f in _of(run(gaz, text), "participatesIn:has-agreement")} <= {"joint-authority/lapin-liitto"}


def test_a_named_project_fronted_before_rahoittavat_is_funded_by_each_subject(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hanketta rahoittavat Lapin liitto ja Kemin kaupunki.")
    funders = {f[0] for f in facts if f[1] == "funds" and f[2] == "project/arki-hyva"}
    assert funders == {"joint-authority/lapin-liitto", "municipality/240"}


def test_a_town_before_the_fronted_project_funds_nothing(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kemin kaupunki kertoo, että Hyvä arki -hanketta rahoittaa Lapin liitto.")
    assert not _of(facts, "funds:named-object-first")
    assert "municipality/240" not in {f[0] for f in facts if f[1] == "funds"}


def test_the_perfect_of_granting_to_an_organisation_for_a_project(gaz: Gazetteer) -> None:
    # extract/role_verbs.py grant-to-both reads "on myöntänyt" as well as "myönsi"
    facts = run(gaz, "Sosiaali- ja terveysministeriö on myöntänyt Lapin hyvinvointialueelle 500 000 euroa "
                     "Hyvä arki -hankkeeseen.")
    assert ("wellbeing-county/21", "coordinates", "project/arki-hyva") in {f[:3] for f in facts}


def test_form_label_toteuttajan_nimi_names_who_runs_the_project(gaz: Gazetteer) -> None:
    # extract/fields.py: an EAKR/ESR final report's run-together form ("... TIEDOT Toteuttajan nimi X")
    facts = run(gaz, "EAKR-PROJEKTIN LOPPURAPORTTI Diaarinumero 99/201 Projektikoodi A30896 Tila Valmis PROJEKTIN "
                     "PERUSTIEDOT Projektin nimi Hyvä arki Pohjois-Pohjanmaalla Ohjelma Pohjois-Suomi "
                     "Vastuuviranomainen Pohjois-Pohjanmaan liitto Aloituspäivämäärä Päättymispäivämäärä "
                     "PROJEKTIN TOTEUTTAJAN TIEDOT "
                     "Toteuttajan nimi Oulun kaupunki Projektin vastuuhenkilön nimi Jukka Tikkanen Sähköpostiosoite")
    coords = {(f[0], f[2]) for f in facts if f[1] == "coordinates"}
    assert coords == {("municipality/564", "project/arki-hyva-pohjois-pohjanmaa")}
    # the responsible authority of the form is no runner of the project
    assert not [f for f in facts if f[0] == "joint-authority/pohjois-pohjanmaan-liitto" and f[1] == "coordinates"]


def test_swedish_carried_out_by_one_runs_it_by_several_each_take_part(gaz: Gazetteer) -> None:
    one = run(gaz, "Projektet Trygg vardag genomförs av Vasa stad i samarbete med Korsholms kommun.")
    assert ("municipality/905", "coordinates", "project/trygg-vardag") in {f[:3] for f in one}
    several = run(gaz, "Projektet Trygg vardag genomförs av Vasa stad och Korsholms kommun.")
    assert not [f for f in several if f[1] == "coordinates"]
    assert {f[0] for f in _of(several, "participatesIn:carried-out-by-several")} == {
        "municipality/905", "municipality/499"}


_RESEARCH = ("Martti Koivulan säätiö myönsi apurahoja vanhustyön tutkimukseen. Painopiste oli kotihoidossa. "
             "{noun} myönnettiin tutkija Aino Vehkalahdelle (4 000 euroa) ja väitöskirjatutkijalle Olli "
             "Kärnälle (6 500 euroa).")


def test_a_research_grant_to_a_person_in_the_allative_is_funded(gaz: Gazetteer) -> None:
    got = {(f[0], f[2], f[3]) for f in _of(run(gaz, _RESEARCH.format(noun="Apurahat")),
                                           "funds:passive-allative-grant")}
    assert {(s.rsplit("/", 1)[-1], o.rsplit("/", 1)[-1], a) for s, o, a in got} == {
        ("martti-koivulan-saatio", "aino-vehkalahti", Decimal("4000")),
        ("martti-koivulan-saatio", "olli-karna", Decimal("6500"))}


def test_a_fee_paid_to_a_person_is_no_grant(gaz: Gazetteer) -> None:
    text = _RESEARCH.format(noun="Kokouspalkkiot").replace("myönnettiin tutkija", "maksettiin tutkija")
    assert not _of(run(gaz, text), "funds:passive-allative-grant")
