"""Rules for general phenomena of the fifth development batch, on short sentences of our own
(Finnish and Swedish): a project fronted in the partitive before "rahoittaa" is funded by every
name after the verb, the agent of "toimesta" runs the undertaking, a unit named right after its
organisation is part of it, and an unknown name in the genitive ("Socomin alueelta") joins nothing."""

from __future__ import annotations

import pytest

from tests.helpers import fact_rows as run
from tests.helpers import has_fact as has
from welfare_kg.extract.gazetteer import Gazetteer
from welfare_kg.extract.relations import registered
from welfare_kg.extract.text import sentences


def test_new_rules_registered_once() -> None:
    names = [r.name for r in registered()]
    for name in ("funds:object-first", "coordinates:agent-toimesta", "partOf:unit-after-organisation"):
        assert names.count(name) == 1, name


def test_project_funded_by_programme_and_agency_after_verb(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kotona-hanke alkaa. Hanketta rahoittaa Euroopan sosiaalirahasto ja Lapin ELY-keskus.")
    assert has(facts, "esr", "funds", "project/kotona"), facts
    assert has(facts, "ely-lappi", "funds", "project/kotona"), facts
    # the agency after the slash or "ja" is a co-funder, not the programme's funder
    assert not any(p == "funds" and "project/" not in o for _s, p, o, _a, _r in facts), facts


def test_agent_of_toimesta_coordinates(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kotona-hanketta toteutetaan Pohjois-Suomen sosiaalialan osaamiskeskuksen toimesta.")
    assert has(facts, "poske", "coordinates", "project/kotona"), facts
    assert not has(facts, "poske", "participatesIn", "project/kotona"), facts


def test_units_after_organisation_are_its_parts(gaz: Gazetteer) -> None:
    text = "Lapin liitto Lapin toimintayksikkö\n\nLapin toimintayksikkö vastaa koulutuksesta."
    assert has(run(gaz, text), "lapin-toimintayksikko", "partOf", "lapin-liitto")


def test_unit_after_a_genitive_has_no_parent_from_this_rule(gaz: Gazetteer) -> None:
    facts = run(gaz, "Yhteistyö Oulun kaupungin kanssa Lapin toimintayksikkö vastaa koulutuksesta.")
    assert not any(r == "partOf:unit-after-organisation" for _s, _p, _o, _a, r in facts), facts


def test_unknown_genitive_does_not_join(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kotona-hankkeessa on mukana Kotka. Socomin alueelta hankkeessa on mukana Kouvola.")
    assert has(facts, "municipality/286", "participatesIn", "project/kotona"), facts
    assert not has(facts, "socom", "participatesIn", "project/kotona"), facts


def test_swedish_town_ending_in_n_still_joins(gaz: Gazetteer) -> None:
    facts = run(gaz, "Projektet Hemma startar. I projektet Hemma deltar Mariehamn och Jomala.")
    assert has(facts, "municipality/478", "participatesIn", "project/hemma"), facts
    assert has(facts, "municipality/170", "participatesIn", "project/hemma"), facts


def test_state_aid_from_the_ministry_named_before(gaz: Gazetteer) -> None:
    text = ("Pohjois-Suomen sosiaalialan osaamiskeskus toimii sosiaali- ja terveysministeriön alaisuudessa. "
            "Pohjois-Suomen sosiaalialan osaamiskeskus saa perustoimintoihinsa valtionavustusta.")
    assert has(run(gaz, text), "ministry/stm", "funds", "poske")


def test_state_aid_with_no_ministry_named_has_no_funder(gaz: Gazetteer) -> None:
    facts = run(gaz, "Pohjois-Suomen sosiaalialan osaamiskeskus saa perustoimintoihinsa valtionavustusta.")
    assert not any(p == "funds" for _s, p, _o, _a, _r in facts), facts


def test_swedish_state_aid_from_the_ministry_in_the_sentence(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kaakkois-Suomen sosiaalialan osaamiskeskus får statsbidrag från "
                     "social- och hälsovårdsministeriet.")
    assert has(facts, "ministry/stm", "funds", "socom"), facts


def test_fund_glued_to_funded_adjective(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kotona-hanke alkoi 2019. ESR-rahoitteisen hankkeen päätoteuttajana oli Itä-Suomen yliopisto.")
    assert has(facts, "programme/esr", "funds", "project/kotona"), facts
    assert has(facts, "ita-suomen-yliopisto", "coordinates", "project/kotona"), facts


def test_granting_item_of_a_regional_council(gaz: Gazetteer) -> None:
    text = ("Lapin liitto Pöytäkirja 3/2009\n\n12 Maakunnan kehittämisrahan myöntäminen Kotona-projektille "
            "13 Hakemus valtion rahoituksen myöntämiseksi Arjessa-projektille")
    facts = run(gaz, text, kind="minutes")
    assert has(facts, "lapin-liitto", "funds", "project/kotona"), facts
    assert not has(facts, "lapin-liitto", "funds", "arjessa"), facts  # an application is no grant


@pytest.mark.parametrize(("text", "n"), [
    ("Yhteistyöhön lähtivät mukaan myös\nKuntaliitto ja THL.", 1),
    ("Projektet drivs av Vasa stad och\nKorsholms kommun.", 1),
    ("Hanke alkoi\nKuntaliitto on mukana.", 2),
])
def test_line_break_after_a_conjunction_continues_the_sentence(text: str, n: int) -> None:
    assert len(sentences(text)) == n


def test_partners_after_a_line_break_join(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kotona-hanke alkoi. Hankkeeseen lähtivät mukaan myös\nKemin kaupunki ja Tornion kaupunki.")
    assert has(facts, "municipality/240", "participatesIn", "project/kotona"), facts
    assert has(facts, "municipality/851", "participatesIn", "project/kotona"), facts


def test_funder_role_noun_in_the_essive(gaz: Gazetteer) -> None:
    facts = run(gaz, "Lapin liitto toimii Kotona-hankkeen rahoittajana.")
    assert has(facts, "lapin-liitto", "funds", "project/kotona"), facts
    assert not has(facts, "lapin-liitto", "coordinates", "project/kotona"), facts


def test_applicant_and_administrator_coordinates(gaz: Gazetteer) -> None:
    facts = run(gaz, "Kotona-hankkeen päätoteuttajana oli Itä-Suomen yliopisto ja osatoteuttajana Lapin yliopisto.")
    assert has(facts, "ita-suomen-yliopisto", "coordinates", "project/kotona"), facts
    assert has(facts, "lapin-yliopisto", "participatesIn", "project/kotona"), facts
    assert not has(facts, "lapin-yliopisto", "coordinates", "project/kotona"), facts


def test_a_unit_whose_name_holds_its_owner_is_no_part_of_the_name_before_it(gaz: Gazetteer) -> None:
    facts = run(gaz, "Hakemuksen laativat Poske, Lapin sairaanhoitopiirin perusterveydenhuollon yksikkö "
                     "ja Lapin liitto.")
    assert not any(r == "partOf:unit-after-organisation" for _s, _p, _o, _a, r in facts), facts
