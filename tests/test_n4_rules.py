"""Rules for general phenomena of the fourth development batch, on short sentences of our own
(Finnish and Swedish): a meeting's attendance list joins nothing, operating areas named with
"toimialue" or Swedish "i A och B", a unit "osana" its parent, funders coordinated before the verb."""

from __future__ import annotations

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import RULES


def test_new_rules_registered_once() -> None:
    names = [r.name for r in RULES]
    for name in ("partOf:osana-organisation", "funds:coordinated-subjects"):
        assert names.count(name) == 1, name


def test_attendance_list_after_a_programme_joins_nothing(gaz: Gazetteer) -> None:
    text = "Kokouksessa esitellään Lapin LAPE-ohjelma.\n\nOsallistujat: Kemin kaupunki, Rovaniemen kaupunki"
    facts = run(gaz, text, kind="minutes")
    assert not any(p == "participatesIn" for _s, p, _o, _a, _r in facts), facts


def test_swedish_attendance_list_joins_nothing(gaz: Gazetteer) -> None:
    text = "Projektet Hyvä arki pågår i Vasa.\n\nDeltagare Vasa Korsholm Närpes"
    facts = run(gaz, text, kind="minutes")
    assert not any(p == "participatesIn" for _s, p, _o, _a, _r in facts), facts


def test_participants_of_the_project_still_join(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hankkeeseen osallistuvat Kemin kaupunki ja Rovaniemen kaupunki.")
    assert has(facts, "municipality/240", "participatesIn", "arki"), facts


def test_toimialue_with_adverbials_before_the_places(gaz: Gazetteer) -> None:
    facts = run(gaz, "Pikassoksen toimialueena on koko toiminnan ajan ollut Pirkanmaa ja Kanta-Häme.")
    assert has(facts, "pikassos", "coversArea", "region/06"), facts
    assert has(facts, "pikassos", "coversArea", "region/05"), facts


def test_swedish_centre_in_two_regions(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kompetenscentret Pikassos i Birkaland och Egentliga Tavastland.")
    assert has(facts, "pikassos", "coversArea", "region/06"), facts
    assert has(facts, "pikassos", "coversArea", "region/05"), facts


def test_swedish_organisation_in_a_town_is_its_seat(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kompetenscentret Pikassos i Tammerfors.")
    assert not any(p == "coversArea" for _s, p, _o, _a, _r in facts), facts


def test_swedish_fronted_places_then_verb_then_actor(gaz: Gazetteer) -> None:
    facts = run(gaz, "I Birkaland och Egentliga Tavastland utvecklar Pikassos tjänster inom socialvården.")
    assert has(facts, "pikassos", "coversArea", "region/06"), facts
    assert has(facts, "pikassos", "coversArea", "region/05"), facts


def test_finnish_places_in_a_chain_then_verb_then_actor(gaz: Gazetteer) -> None:
    facts = run(gaz, "Pirkanmaalla ja Kanta-Hämeessä toimii Pikassos.")
    assert has(facts, "pikassos", "coversArea", "region/06"), facts
    assert has(facts, "pikassos", "coversArea", "region/05"), facts


def test_unit_as_part_of_a_wellbeing_county(gaz: Gazetteer) -> None:
    facts = run(gaz, "Pikassos jatkaa vuoden alusta osaamiskeskuksena osana Pirkanmaan hyvinvointialuetta.")
    assert any(s.endswith("pikassos") and p == "partOf" and "wellbeing-county" in o for s, p, o, _a, _r in facts), facts


def test_swedish_unit_as_part_of(gaz: Gazetteer) -> None:
    facts = run(gaz, "Pikassos fortsätter som en del av Birkalands välfärdsområde.")
    assert any(s.endswith("pikassos") and p == "partOf" and "wellbeing-county" in o for s, p, o, _a, _r in facts), facts


def test_osana_a_programme_is_not_an_organisation_parent(gaz: Gazetteer) -> None:
    facts = run(gaz, "Pikassos toimii osana Tulevaisuuden sosiaali- ja terveyskeskus -ohjelmaa.")
    assert not any(r == "partOf:osana-organisation" for _s, _p, _o, _a, r in facts), facts


def test_coordinated_funders_before_the_verb_each_fund(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hanke alkoi keväällä. Sosiaali- ja terveysministeriön lisäksi Kuntaliitto, kunnat "
                     "ja Lapin yliopisto rahoittavat hanketta, Pikassoksen kehitysjohtaja kertoo.")
    for funder in ("ministry/stm", "kuntaliitto", "lapin-yliopisto"):
        assert has(facts, funder, "funds", "arki"), (funder, facts)
    assert not has(facts, "pikassos", "funds", "arki"), facts


def test_swedish_coordinated_funders(gaz: Gazetteer) -> None:
    facts = run(gaz, "Projektet Hyvä arki pågår i Vasa. THL, kommunerna och Åbo Akademi finansierar projektet.")
    assert has(facts, "agency/thl", "funds", "hyva"), facts
    assert has(facts, "abo-akademi", "funds", "hyva"), facts


def test_a_genitive_before_the_verb_is_no_coordinated_funder(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hanke alkoi keväällä. Kuntaliiton jäsenet rahoittavat hanketta.")
    assert not any(r == "funds:coordinated-subjects" for _s, _p, _o, _a, r in facts), facts


def test_funding_from_an_organisation_in_the_elative(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hankkeen rahoitus tulee Lapin liitosta.")
    assert has(facts, "lapin-liitto", "funds", "arki"), facts


def test_applied_and_granted_from_the_elative(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hankkeelle haettiin rahoitusta Lapin liitosta, josta saatiin 50 % rahoitus.")
    assert has(facts, "lapin-liitto", "funds", "arki"), facts


def test_only_applied_from_the_elative_is_no_funding(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hyvä arki -hankkeelle haettiin rahoitusta Lapin liitosta.")
    assert not has(facts, "lapin-liitto", "funds", "arki"), facts
