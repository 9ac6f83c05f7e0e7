"""A body whose name holds its owner is part of that owner (extract/body_name_owners.py), where no other rule placed
it; and the guards: a town before another kind of organisation's board, two organisations in one name, a body
some rule placed already.

The texts are invented for these tests (the organisations are real, from the bundled reference data).
"""

from __future__ import annotations

from tests.helpers import ID, extract
from welfare_kg.extract.body_name_owners import CONFIDENCE, RULE, body_name_owner_facts
from welfare_kg.extract.model import Evidence, Fact, Mention


def _owner_facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject.removeprefix(ID), f.object.removeprefix(ID)) for f in extract(text).facts if f.rule == RULE}


def _mention(text: str, surface: str, typ: str, iri: str, label: str | None = None) -> Mention:
    at = text.index(surface)
    return Mention(at, at + len(surface), surface, label or surface, typ, ID + iri)


def test_a_swedish_county_genitive_before_an_unlisted_body_word_owns_the_body() -> None:
    ex = extract("Södra Karelens välfärdsområdes beredningsorgan sammanträdde i Villmanstrand.\n\n"
                 "Organet diskuterade framtidens social- och hälsovård.")
    (fact,) = [f for f in ex.facts if f.rule == RULE]
    assert (fact.subject, fact.predicate, fact.object) == (ID + "body/11-beredningsorgan", "partOf",
                                                           ID + "wellbeing-county/11")
    assert fact.confidence == CONFIDENCE
    assert fact.evidence.text == "Södra Karelens välfärdsområdes beredningsorgan"


def test_a_capitals_letterhead_town_owns_the_board_after_it() -> None:
    assert ("body/475-kunnanhallitus", "municipality/475") in _owner_facts(
        "MALAX KOMMUN Kommunstyrelsen\n\nProtokoll 12.3.2014\n\nKommunstyrelsen behandlade budgeten.")


def test_a_competence_centre_in_the_genitive_owns_its_board() -> None:
    assert _owner_facts("Verson johtokunnassa käsiteltiin toimintasuunnitelmaa.") == {
        ("body/phhyky-johtokunta", "competence-centre/verso")}


def test_a_town_before_a_joint_authority_board_is_no_owner() -> None:
    text = "Mariehamn Förbundsstyrelsens protokoll"
    body = _mention(text, "Mariehamn Förbundsstyrelsens", "Body", "body/478-forbundsstyrelse", "Förbundsstyrelse")
    town = _mention(text, "Mariehamn", "Municipality", "municipality/478")
    assert body_name_owner_facts([body, town], []) == []
    # the same town before a board a town has is its owner
    board = Mention(body.start, body.end, body.surface, "Kommunstyrelse", "Body", ID + "body/478-kommunstyrelse")
    (fact,) = body_name_owner_facts([board, town], [])
    assert fact.object == ID + "municipality/478"


def test_two_organisations_in_one_name_give_no_owner() -> None:
    text = "Lapin liiton ja Kemin kaupungin yhteinen työryhmä"
    body = _mention(text, text, "Body", "body/tyoryhma")
    council = _mention(text, "Lapin liiton", "JointAuthority", "joint-authority/lapin-liitto")
    town = _mention(text, "Kemin kaupungin", "Municipality", "municipality/240")
    assert body_name_owner_facts([body, council, town], []) == []
    (fact,) = body_name_owner_facts([body, council], [])
    assert fact.object == ID + "joint-authority/lapin-liitto"


def test_a_body_a_rule_placed_already_keeps_that_whole_alone() -> None:
    text = "Kemin kaupungin työryhmä"
    body = _mention(text, text, "Body", "body/240-tyoryhma")
    town = _mention(text, "Kemin kaupungin", "Municipality", "municipality/240")
    placed = [Fact(ID + "body/240-tyoryhma", "partOf", ID + "body/240-kunnanhallitus", Evidence(text, 0, 5),
                   "partOf:sub-body", 0.65)]
    assert body_name_owner_facts([body, town], placed) == []
    assert len(body_name_owner_facts([body, town], [])) == 1


def test_only_organisations_inside_the_name_count_wherever_they_stand_in_the_list() -> None:
    # organisations are looked up by where they start: those before, after or overlapping the name are none of its,
    # one nested in another counts, and the first inside in the mentions' order is the owner
    text = "Kemin kaupunki ja Lapin liitto. Kemin kaupungin työryhmä kokoontui. Lapin liitto tiedotti."
    body = _mention(text, "Kemin kaupungin työryhmä", "Body", "body/240-tyoryhma")
    at = body.start
    town = Mention(at, at + len("Kemin kaupungin"), "Kemin kaupungin", "Kemi", "Municipality", ID + "municipality/240")
    same = Mention(at, at + len("Kemin"), "Kemin", "Kemi", "Municipality", ID + "municipality/240")
    before = _mention(text, "Lapin liitto", "JointAuthority", "joint-authority/lapin-liitto")
    after = Mention(text.rindex("Lapin liitto"), text.rindex("Lapin liitto") + 12, "Lapin liitto", "Lapin liitto",
                    "JointAuthority", ID + "joint-authority/lapin-liitto")
    across = Mention(at + 6, len(text), text[at + 6:], "x", "Association", ID + "association/x")
    (fact,) = body_name_owner_facts([after, body, same, across, before, town], [])
    assert fact.object == ID + "municipality/240"
    assert fact.evidence.text == "Kemin kaupungin työryhmä"
    inside = Mention(at + 6, at + 15, "kaupungin", "x", "Association", ID + "association/x")
    assert body_name_owner_facts([after, body, inside, town, before], []) == []


def test_a_projects_genitive_in_a_groups_name_makes_the_group_part_of_the_project() -> None:
    ex = extract("Kotona kuntoon -hankkeen ohjausryhmä kokoontui neljä kertaa.\n\nRyhmä hyväksyi loppuraportin.")
    project = next(e.iri for e in ex.entities.values() if e.type == "Project")
    group = next(e.iri for e in ex.entities.values() if e.type == "Body")
    assert [(f.subject, f.object) for f in ex.facts if f.rule == RULE] == [(group, project)]


def test_a_programmes_genitive_in_a_groups_name_makes_the_group_part_of_the_programme() -> None:
    text = "Kasvun polut -ohjelman johtoryhmä"
    body = _mention(text, text, "Body", "body/x-johtoryhma", "Johtoryhmä")
    programme = _mention(text, "Kasvun polut", "Programme", "programme/kasvun-polut")
    (fact,) = body_name_owner_facts([body, programme], [])
    assert (fact.subject, fact.object) == (ID + "body/x-johtoryhma", ID + "programme/kasvun-polut")
    # a town's genitive beside the project: two owners in one name, none is taken
    town = _mention("Kuopion " + text, "Kuopion", "Municipality", "municipality/297")
    both = Mention(0, len(text) + 8, "Kuopion " + text, "Johtoryhmä", "Body", ID + "body/x-johtoryhma")
    shifted = Mention(8, 8 + len("Kasvun polut"), "Kasvun polut", "Kasvun polut", "Programme", ID + "programme/k")
    assert body_name_owner_facts([both, town, shifted], []) == []
