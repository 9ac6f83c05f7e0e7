"""Roles read from verbs, case endings and role nouns (extract/role_verbs.py): short sentences of our own,
each rule once where it must fire and once where a look-alike must not."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract import role_verbs  # noqa: F401  the module registers its rules when imported
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import RULES


def test_every_rule_of_the_module_is_registered_once() -> None:
    names = [r.name for r in RULES]
    for name in ("coordinates:lead-verb", "coordinates:responsible-verb", "coordinates:implement-verb",
                 "participatesIn:implement-verb", "funds:with-support", "funds:source-ablative",
                 "coordinates:grant-receiver", "participatesIn:joint-undertaking", "coordinates:swedish-role-noun",
                 "participatesIn:swedish-role-noun", "funds:swedish-role-noun", "partOf:part-of-project",
                 "funds:funder-share", "coversArea:carried-out-in", "coordinates:grant-to-both", "holdsPost:lead-verb"):
        assert names.count(name) == 1, name


def test_lead_verb_partitive_object(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hanketta vetää Lapin yliopisto.")
    assert has(facts, "agency/lapin-yliopisto", "coordinates", "project/hyva-mieli")


def test_lead_verb_to_something_is_no_role(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hanke johtaa Oulun kaupungin palvelujen uudistamiseen.")
    assert not [f for f in facts if f[1] == "coordinates"]


def test_responsible_for_the_project_or_its_carrying_out(gaz: Gazetteer) -> None:
    assert has(run(gaz, "Hyvä mieli -hankkeesta vastaa Oulun kaupunki."),
               "municipality/564", "coordinates", "project/hyva-mieli")


def test_responsible_for_costs_is_no_role(gaz: Gazetteer) -> None:
    facts = run(gaz, "Oulun kaupunki vastaa Hyvä mieli -hankkeen kustannuksista.")
    assert not [f for f in facts if f[1] == "coordinates"]


def test_one_implementer_coordinates(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hanketta toteuttaa Lapin yliopisto.")
    assert has(facts, "agency/lapin-yliopisto", "coordinates", "project/hyva-mieli")


def test_several_implementers_each_take_part(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hanketta toteuttavat Kemin kaupunki ja Tornion kaupunki.")
    assert has(facts, "municipality/240", "participatesIn", "project/hyva-mieli")
    assert has(facts, "municipality/851", "participatesIn", "project/hyva-mieli")
    assert not [f for f in facts if f[1] == "coordinates"]


def test_project_qualifying_another_noun_is_not_the_object(gaz: Gazetteer) -> None:
    facts = run(gaz, "Oulun kaupunki toteutti kyselyn Hyvä mieli -hankkeen asiakkaille.")
    assert not [f for f in facts if f[1] in {"coordinates", "participatesIn"}]


def test_support_in_the_adessive(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hanke toteutetaan Euroopan sosiaalirahaston tuella.")
    assert any(p == "funds" and o == "project/hyva-mieli" and r == "funds:with-support"
               for _s, p, o, _a, r in facts)


def test_money_from_an_ablative_source(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hankkeen rahoitus tulee sosiaali- ja terveysministeriöltä.")
    assert has(facts, "ministry/stm", "funds", "project/hyva-mieli")


def test_swedish_money_from(gaz: Gazetteer) -> None:
    facts = run(gaz, "Projektet Bättre vardag får statsbidrag från social- och hälsovårdsministeriet.")
    assert any(s == "ministry/stm" and p == "funds" for s, p, _o, _a, _r in facts)


def test_applied_for_money_is_not_funding(gaz: Gazetteer) -> None:
    for text in ("Hyvä mieli -hankkeeseen haetaan rahoitusta sosiaali- ja terveysministeriöltä.",
                 "Projektet Bättre vardag har ansökt om statsbidrag från social- och hälsovårdsministeriet.",
                 "Oulun kaupunki on hakenut avustusta Hyvä mieli -hankkeeseen.",
                 "Hyvä mieli -hankkeen kustannusarvio on 90 000 euroa, josta Oulun kaupungilta haettava "
                 "kuntarahoitus on 9 000 euroa."):
        # the applicant runs the project (extract/role_shapes.py: coordinates:applicant-verb), nobody funds it yet
        assert not [f for f in run(gaz, text) if f[1] == "funds"
                    or (f[1] == "coordinates" and f[4] != "coordinates:applicant-verb")], text


def test_grant_without_a_stated_funder_invents_none(gaz: Gazetteer) -> None:
    assert not [f for f in run(gaz, "Hyvä mieli -hankkeelle myönnettiin 90 246 euroa.") if f[1] == "funds"]


def test_receiver_of_a_grant_for_a_project_runs_it(gaz: Gazetteer) -> None:
    facts = run(gaz, "Lapin hyvinvointialue on saanut valtionavustusta Hyvä mieli -hankkeeseen.")
    assert has(facts, "wellbeing-county", "coordinates", "project/hyva-mieli")


def test_owners_of_a_joint_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hanke on Kelan ja Tampereen yliopiston yhteinen hanke.")
    assert has(facts, "agency/kela", "participatesIn", "project/hyva-mieli")
    assert has(facts, "agency/tampereen-yliopisto", "participatesIn", "project/hyva-mieli")


def test_one_genitive_is_no_joint_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hanke on Kelan yhteinen hanke kuntien kanssa.")
    assert not [f for f in facts if f[4] == "participatesIn:joint-undertaking"]


def test_swedish_role_nouns(gaz: Gazetteer) -> None:
    facts = run(gaz, "Huvudman för projektet Bättre vardag är Vasa stad.")
    assert any(s == "municipality/905" and p == "coordinates" for s, p, _o, _a, _r in facts)
    facts = run(gaz, "Partner i projektet Bättre vardag är Vasa stad och Åbo Akademi.")
    partners = {s for s, p, _o, _a, _r in facts if p == "participatesIn"}
    assert {"municipality/905", "agency/abo-akademi"} <= partners
    assert not [f for f in facts if f[1] == "coordinates"]


def test_sub_project_part_of_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -osahanke on osa Arjen turva -hanketta.")
    assert has(facts, "project/hyva-mieli", "partOf", "project/arki-turva")


def test_two_projects_without_a_part_word_are_not_parts(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hanke ja Arjen turva -hanke alkavat keväällä.")
    assert not [f for f in facts if f[1] == "partOf"]


def test_a_funds_share_funds(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hankkeen kokonaisbudjetti on 1,2 milj. euroa, josta Euroopan sosiaalirahaston "
                     "osuus on 80 %.")
    assert any(p == "funds" and o == "project/hyva-mieli" and r == "funds:funder-share" for _s, p, o, _a, r in facts)


def test_towns_where_a_project_is_carried_out(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hanketta toteutetaan Oulussa ja Kemissä.")
    assert has(facts, "project/hyva-mieli", "coversArea", "municipality/564")
    assert has(facts, "project/hyva-mieli", "coversArea", "municipality/240")


def test_a_town_where_something_happens_is_no_area(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hankkeen seminaari pidettiin Oulussa.")
    assert not [f for f in facts if f[1] == "coversArea"]


def test_sentence_opening_with_se_speaks_of_the_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä mieli -hanke käynnistyi keväällä. Sitä hallinnoi Tampereen yliopisto.")
    assert has(facts, "agency/tampereen-yliopisto", "coordinates", "project/hyva-mieli")


def test_grant_to_an_organisation_for_a_project(gaz: Gazetteer) -> None:
    facts = run(gaz, "Sosiaali- ja terveysministeriö myönsi Kainuun hyvinvointialueelle 800 000 euroa "
                     "Hyvä mieli -hankkeelle.")
    assert has(facts, "wellbeing-county", "coordinates", "project/hyva-mieli")
    assert any(s == "ministry/stm" and p == "funds" and a == Decimal(800000) for s, p, _o, a, _r in facts)


def test_grant_to_two_organisations_names_no_runner(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kaupunginhallitus myönsi Oulun kaupungille ja Kemin kaupungille 5 000 euroa "
                     "Hyvä mieli -hankkeelle.")
    assert not [f for f in facts if f[4] == "coordinates:grant-to-both"]


def test_lead_verb_subject_of_another_clause_is_no_leader(gaz: Gazetteer) -> None:
    """Seen on a real page: the granter of one clause is not the coordinator of the next, after a dash."""
    facts = run(gaz, "STM myönsi rahoituksen Hyvä mieli -hankkeelle - paikallinen yhdistys koordinoi hanketta")
    assert not any(r == "coordinates:lead-verb" for *_x, r in facts), facts


def test_lead_verb_subject_in_the_same_clause_still_leads(gaz: Gazetteer) -> None:
    facts = run(gaz, "STM myönsi rahoituksen Hyvä mieli -hankkeelle, ja Lapin yliopisto koordinoi hanketta.")
    assert has(facts, "agency/lapin-yliopisto", "coordinates", "project/hyva-mieli"), facts


_LEAD = "Hyvä mieli -hanke alkoi syksyllä Kemin ja Tornion kaupungeissa. {sentence}"


def test_a_person_leading_the_project_holds_a_post_in_it(gaz: Gazetteer) -> None:
    for sentence in ("Hanketta vetää aluepäällikkö Leena Korpi.", "Leena Korpi vetää hanketta.",
                     "Hanketta johtaa Leena Korpi."):
        facts = [f for f in run(gaz, _LEAD.format(sentence=sentence)) if f[4] == "holdsPost:lead-verb"]
        assert has(facts, "person/leena-korpi", "holdsPost", "project/hyva-mieli"), sentence


def test_a_person_leading_something_else_or_named_apart_holds_no_post(gaz: Gazetteer) -> None:
    for sentence in ("Hanke johtaa muutokseen, kertoo Leena Korpi.",
                     "Hanketta vetää Kemin kaupunki, ja sitä esitteli Leena Korpi."):
        facts = [f for f in run(gaz, _LEAD.format(sentence=sentence)) if f[4] == "holdsPost:lead-verb"]
        assert not facts, sentence


def test_a_genitive_owner_before_the_project_keeps_it_from_the_receiver(gaz: Gazetteer) -> None:
    """'A ry sai avustusta ... sekä B:n X-hankkeeseen': B's genitive right before the project names its owner; the
    sentence's receiver A does not run B's project."""
    facts = run(gaz, "Avustusta saivat tänä vuonna Soitto ry sekä Kuoro ry:n Laulun polku -hankkeeseen.")
    assert not has(facts, "soitto", "coordinates", "laulu-polku"), facts
    assert has(facts, "kuoro", "coordinates", "laulu-polku"), facts


def test_swedish_project_at_its_organisation(gaz: Gazetteer) -> None:
    """'projektet ”X” vid Y': the project is Y's own work; 'Handelshögskolan vid Y' names no project."""
    facts = run(gaz, "Bakom satsningen står projektet ”Trygga händer” vid Esbo kyrkliga samfällighet.")
    assert has(facts, "esbo-kyrkliga-samfallighet", "coordinates", "trygga"), facts
    facts = run(gaz, "Kursen ges av Handelshögskolan vid Åbo Akademi inom projektet Trygga händer.")
    assert not [f for f in facts if f[4] == "coordinates:project-vid"], facts


def test_swedish_project_at_a_bare_town_is_no_runner(gaz: Gazetteer) -> None:
    """'projektet X vid Esbo' may say where; 'vid Vasa stad' names the town as the organisation."""
    facts = run(gaz, "Bakom satsningen står projektet ”Trygga händer” vid Esbo.")
    assert not [f for f in facts if f[4] == "coordinates:project-vid"], facts
    facts = run(gaz, "Bakom satsningen står projektet ”Trygga händer” vid Vasa stad.")
    assert has(facts, "municipality/905", "coordinates", "trygga"), facts


def test_a_towns_institution_is_a_party_of_a_project_between(gaz: Gazetteer) -> None:
    """'projekt mellan A, Kristinestads museum och B': the town's museum (a Body read by its head) is a party as the
    association beside it is; the bare town in such a list still is not."""
    facts = run(gaz, "Projektet ”Gamla gårdar” är ett tvåspråkigt projekt mellan Kristinestads museum, Lappo och "
                     "Understödsföreningen Solgården.")
    joint = {f[0] for f in facts if f[4] == "participatesIn:joint-undertaking"}
    assert any("kristinestads-museum" in s for s in joint), facts
    assert any("solgarden" in s for s in joint), facts
    assert not any(s.startswith("municipality/") for s in joint), facts


def test_a_towns_institution_joins_a_project_as_a_partner(gaz: Gazetteer) -> None:
    """'Pohjois-Karjalan maakuntamuseo osallistuu X-hankkeeseen': the museum (an institution, a Body) joins as an
    association does, by the verb and by the document's partner sentence; a decision-making body deciding to join
    still joins nothing itself."""
    facts = run(gaz, "Kaiku-hanke alkoi. Myös Pohjois-Karjalan maakuntamuseo osallistuu Kaiku-hankkeeseen. "
                     "Kaupunginhallitus päätti osallistua hankkeeseen.")
    assert has(facts, "pohjois-karjalan-maakuntamuseo", "participatesIn", "kaiku"), facts
    assert not [f for f in facts if "kaupunginhallitus" in f[0] and f[1] == "participatesIn"], facts
    facts = run(gaz, "Kaiku-hanke\n\nKaiku-hanke kokosi tietoa asumisesta vuosina 2010-2012. Kaiku-hankkeen "
                     "raportti julkaistiin keväällä.\n\nHanketta olivat toteuttamassa Esimerkki Oy, "
                     "Pohjois-Karjalan maakuntamuseo ja Tampereen yliopisto.\n")
    assert ("body/pohjois-karjalan-maakuntamuseo", "participatesIn", "project/kaiku", None,
            "participatesIn:document") in facts, facts
