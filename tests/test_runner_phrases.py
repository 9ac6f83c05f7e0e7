"""Who runs a project, in the ways Finnish and Finland-Swedish public texts say it: every common wording gives the
organisation `coordinates` the project, whichever rule reads it, and the phrases extract/runner_phrases.py reads
(an agent participle of running, the copula with an owner's genitive, the Swedish genitive before "projekt", a single
starter) give it by their own rule names, while joint owners, funders and several starters do not."""

from __future__ import annotations

import pytest
from helpers import extract

PROJECT = "Kotona Hyvä"
HANKE = "Kotona Hyvä -hanke alkoi syksyllä. "  # names the project, so "hanke" in the next sentence points to it
PROJEKT = "Projektet Hemma Bra startade i höstas. "


def _coordinates(text: str, kind: str = "news") -> dict[tuple[str, str], str]:
    """(runner label, project label) -> rule of every coordinates fact of a short text."""
    ex = extract(text, kind)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)): f.rule
            for f in ex.facts if f.predicate == "coordinates"}


# The inventory of wordings (verbs, participles, role nouns, fields, Swedish forms): each must state the runner.
INVENTORY = [
    ("Kotona Hyvä -hanketta hallinnoi Tampereen kaupunki.", "Tampere", PROJECT),
    ("Tampereen kaupunki hallinnoi Kotona Hyvä -hanketta.", "Tampere", PROJECT),
    (HANKE + "Hanketta hallinnoi Kemin kaupunki.", "Kemi", PROJECT),
    ("Kotona Hyvä -hankkeen hallinnoijana toimii Tampereen kaupunki.", "Tampere", PROJECT),
    ("Kotona Hyvä -hankkeen päätoteuttaja on Kemin kaupunki.", "Kemi", PROJECT),
    ("Kotona Hyvä -hankkeen toteuttajana on Kemin kaupunki.", "Kemi", PROJECT),
    ("Kotona Hyvä -hankkeen vastuutahona toimii Kemin kaupunki.", "Kemi", PROJECT),
    ("Kotona Hyvä -hankkeen hakijana on Kemin kaupunki.", "Kemi", PROJECT),
    ("Kemin kaupunki koordinoi Kotona Hyvä -hanketta.", "Kemi", PROJECT),
    ("Kotona Hyvä -hanketta vetää Kemin kaupunki.", "Kemi", PROJECT),
    (HANKE + "Hankkeen toteuttaa Kemin kaupunki.", "Kemi", PROJECT),
    ("Kotona Hyvä -hankkeen toteuttaa Kemin kaupunki yhdessä Lapin yliopiston kanssa.", "Kemi", PROJECT),
    (HANKE + "Hankkeesta vastaa Kemin kaupunki.", "Kemi", PROJECT),
    # the runner, then the partners in a clause of their own
    (HANKE + "Hankkeen toteuttaa Lapin yliopisto, ja mukana ovat Kemin kaupunki ja Tampereen kaupunki.",
     "Lapin yliopisto", PROJECT),
    (HANKE + "Hankkeen vetovastuu on Kemin kaupungilla.", "Kemi", PROJECT),
    ("Tampereen kaupungin hallinnoima Kotona Hyvä -hanke alkoi syksyllä.", "Tampere", PROJECT),
    ("Kotona Hyvä -hanke on Kemin kaupungin koordinoima.", "Kemi", PROJECT),
    ("Tampereen kaupungin Kotona Hyvä -hanke alkoi syksyllä.", "Tampere", PROJECT),
    ("Projektet Hemma Bra drivs av Vasa stad.", "Vaasa", "Hemma Bra"),
    ("Vasa stad driver projektet Hemma Bra.", "Vaasa", "Hemma Bra"),
    ("Vasa stad är projektägare för projektet Hemma Bra.", "Vaasa", "Hemma Bra"),
    ("Huvudman för projektet Hemma Bra är Vasa stad.", "Vaasa", "Hemma Bra"),
    ("Projektet Hemma Bra koordineras av Vasa stad.", "Vaasa", "Hemma Bra"),
    (PROJEKT + "Projektägare är Vasa stad.", "Vaasa", "Hemma Bra"),
    (PROJEKT + "Vasa stad ansvarar för projektet.", "Vaasa", "Hemma Bra"),
    # the organisation the project is housed in, and the lead partner of a partnership
    ("Kotona Hyvä -hankkeen isäntäorganisaatio on Lapin yliopisto.", "Lapin yliopisto", PROJECT),
    ("Kotona Hyvä -hankkeen taustaorganisaationa toimii Lapin yliopisto.", "Lapin yliopisto", PROJECT),
    ("Kotona Hyvä -hankkeen pääpartnerina toimii Lapin yliopisto.", "Lapin yliopisto", PROJECT),
    ("Lapin yliopisto toimii Kotona Hyvä -hankkeen lead partnerina.", "Lapin yliopisto", PROJECT),
    ("Åbo Akademi är huvudsökande för projektet Hemma Bra.", "Åbo Akademi", "Hemma Bra"),
]


@pytest.mark.parametrize(("text", "runner", "project"), INVENTORY)
def test_inventory_states_the_runner(text: str, runner: str, project: str) -> None:
    assert (runner, project) in _coordinates(text)


FIELDS = [
    "Hallinnoija: Tampereen kaupunki", "Toteuttaja: Tampereen kaupunki", "Päätoteuttaja: Tampereen kaupunki",
    "Hakija: Tampereen kaupunki", "Vastuutaho: Tampereen kaupunki", "Hallinnoiva taho: Tampereen kaupunki",
    "Toteuttava organisaatio: Tampereen kaupunki", "Koordinoiva taho: Tampereen kaupunki",
    "Lead Partner: Tampereen kaupunki", "Projektets ägare: Tampereen kaupunki",
]


@pytest.mark.parametrize("field", FIELDS)
def test_card_field_states_the_runner(field: str) -> None:
    text = f"Kotona Hyvä -hanke\n{field}\nKesto: 2024–2026\n"
    assert ("Tampere", PROJECT) in _coordinates(text, kind="page")


def test_lead_partner_is_no_mere_partner() -> None:
    ex = extract("Lapin yliopisto toimii Kotona Hyvä -hankkeen lead partnerina.")
    assert not any(f.predicate == "participatesIn" for f in ex.facts)


def test_implementer_participle_before_the_name() -> None:
    got = _coordinates("Tampereen kaupungin toteuttama Kotona Hyvä -hanke alkoi syksyllä.")
    assert got.get(("Tampere", PROJECT)) == "coordinates:agent-participle"


def test_implementer_participle_in_another_case() -> None:
    got = _coordinates("Lapin yliopiston toteuttamassa Kotona Hyvä -hankkeessa haastateltiin ikäihmisiä.")
    assert got.get(("Lapin yliopisto", PROJECT)) == "coordinates:agent-participle"


def test_implementer_participle_as_predicate() -> None:
    got = _coordinates(HANKE + "Hanke on Kemin kaupungin toteuttama.")
    assert got.get(("Kemi", PROJECT)) == "coordinates:agent-participle"


def test_each_genitive_runs_its_own_project() -> None:
    got = _coordinates("Alueella toimii myös muita hankkeita, kuten Kemin kaupungin hallinnoima Kotona Hyvä -hanke "
                       "sekä Lapin yliopiston koordinoima Koulussa Hyvä -hanke.")
    assert ("Kemi", PROJECT) in got and ("Lapin yliopisto", "Koulussa Hyvä") in got
    assert ("Kemi", "Koulussa Hyvä") not in got and ("Lapin yliopisto", PROJECT) not in got


def test_joint_implementers_are_no_single_runner() -> None:
    got = _coordinates("Kemin kaupungin ja Lapin yliopiston yhdessä toteuttama Kotona Hyvä -hanke alkoi syksyllä.")
    assert ("Kemi", PROJECT) not in got and ("Lapin yliopisto", PROJECT) not in got


def test_participle_of_a_survey_is_no_runner() -> None:
    got = _coordinates(HANKE + "Kemin kaupungin toteuttama kysely lähetettiin kotitalouksiin.")
    assert ("Kemi", PROJECT) not in got


def test_owner_copula() -> None:
    got = _coordinates("Kotona Hyvä -hanke on Tampereen kaupungin hanke.")
    assert got.get(("Tampere", PROJECT)) == "coordinates:owner-copula"


def test_owner_copula_leaves_joint_and_sub_projects() -> None:
    assert ("Kemi", PROJECT) not in _coordinates("Kotona Hyvä -hanke on Kemin kaupungin osahanke.")
    joint = _coordinates("Kotona Hyvä -hanke on Tampereen kaupungin ja Lapin yliopiston yhteinen hanke.")
    assert ("Tampere", PROJECT) not in joint and ("Lapin yliopisto", PROJECT) not in joint


def test_funding_ministry_is_no_owner() -> None:
    got = _coordinates("Kotona Hyvä -hanke on sosiaali- ja terveysministeriön hanke.")
    assert not any(runner == "sosiaali- ja terveysministeriö" for runner, _p in got)


def test_swedish_owner_genitive_before_the_name() -> None:
    got = _coordinates("Vasa stads projekt Hemma Bra startade i höstas.")
    assert got.get(("Vaasa", "Hemma Bra")) == "coordinates:swedish-owner-genitive"


def test_swedish_owner_genitive_after_copula() -> None:
    got = _coordinates("Projektet Hemma Bra är Vasa stads projekt.")
    assert got.get(("Vaasa", "Hemma Bra")) == "coordinates:swedish-owner-genitive"


def test_swedish_genitive_beside_a_funding_ministry() -> None:
    got = _coordinates("Undervisnings- och kulturministeriet stöder Åbo Akademis projekt Hemma Bra med 60 000 euro.")
    assert got.get(("Åbo Akademi", "Hemma Bra")) == "coordinates:swedish-owner-genitive"
    assert not any(runner == "opetus- ja kulttuuriministeriö" for runner, _p in got)


def test_sole_starter() -> None:
    assert _coordinates("Kemin kaupunki käynnisti Kotona Hyvä -hankkeen syksyllä.").get(
        ("Kemi", PROJECT)) == "coordinates:sole-starter"


def test_sole_starter_in_the_perfect() -> None:
    got = _coordinates("Lapin yliopisto on käynnistänyt Kotona Hyvä -hankkeen, jonka tavoitteena on tukea ikäihmisiä.")
    assert got.get(("Lapin yliopisto", PROJECT)) == "coordinates:sole-starter"


@pytest.mark.parametrize("text", [
    "Kemin kaupunki aloittaa Kotona Hyvä -hankkeen ensi vuonna.",  # a news page tells the start in the present
    "Kemin kaupunki käynnistää Kotona Hyvä -hankkeen syksyllä.",
])
def test_sole_starter_in_the_present(text: str) -> None:
    assert _coordinates(text).get(("Kemi", PROJECT)) == "coordinates:sole-starter"


def test_present_start_of_no_project_is_no_runner() -> None:
    assert not _coordinates("Kemin kaupunki aloittaa kyläasiamiestoiminnan syksyllä.")


def test_several_starters_take_part() -> None:
    ex = extract("Kemin kaupunki ja Tampereen kaupunki käynnistivät Kotona Hyvä -hankkeen syksyllä.")
    label = {iri: e.label for iri, e in ex.entities.items()}
    facts = {(label[f.subject], f.predicate, f.rule) for f in ex.facts if f.object in label}
    assert ("Kemi", "participatesIn", "participatesIn:starters") in facts
    assert not any(p == "coordinates" for _s, p, _r in facts)


def test_starter_with_a_partner_is_no_sole_runner() -> None:
    got = _coordinates("Kemin kaupunki käynnisti Kotona Hyvä -hankkeen yhdessä Lapin yliopiston kanssa.")
    assert got.get(("Kemi", PROJECT)) != "coordinates:sole-starter"


def test_copular_definition_names_the_owners_project() -> None:
    """"Arjen tuki on Lapin yliopiston hanke": the subject is a project (no head word by it), the genitive its owner."""
    got = _coordinates("Arjen tuki on Lapin yliopiston hanke.")
    assert got.get(("Lapin yliopisto", "Arjen tuki")) == "coordinates:owner-copula"


def test_copular_definition_with_a_runner_relative() -> None:
    assert ("Lapin yliopisto", "Arjen tuki") in _coordinates("Arjen tuki on hanke, jota hallinnoi Lapin yliopisto.")


def test_copular_definition_as_a_programmes_project() -> None:
    ex = extract("Arjen tuki on Tulevaisuuden sosiaali- ja terveyskeskus -ohjelman hanke.")
    label = {iri: e.label for iri, e in ex.entities.items()}
    assert any(label.get(f.subject) == "Arjen tuki" and f.predicate == "partOf" for f in ex.facts)


@pytest.mark.parametrize("text", ["Tämä on Lapin yliopiston hanke.", "Kyseessä on Lapin yliopiston hanke.",
                                  "Tavoitteena on Lapin yliopiston hanke."])
def test_a_pointer_before_the_copula_is_no_project(text: str) -> None:
    assert not any(e.type == "Project" for e in extract(text).entities.values())


def _joins(text: str) -> set[tuple[str, str]]:
    """(organisation label, project label) of every participatesIn fact of the joint-runners rule."""
    ex = extract(text)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label.get(f.subject, f.subject), label.get(f.object, f.object)) for f in ex.facts
            if f.rule == "participatesIn:joint-agent-participle"}


@pytest.mark.parametrize("text", [
    "Kemin kaupungin ja Lapin yliopiston yhdessä toteuttama Kotona Hyvä -hanke alkoi syksyllä.",
    "Kotona Hyvä -hanke (2019-2021) oli Kemin kaupungin ja Lapin yliopiston toteuttama hanke, joka kehitti "
    "kotihoitoa.",
    HANKE + "Hanke on Lapin yliopiston ja Kemin kaupungin toteuttama.",
])
def test_joint_implementers_each_take_part(text: str) -> None:
    assert _joins(text) == {("Kemi", PROJECT), ("Lapin yliopisto", PROJECT)}


def test_a_joint_participle_of_a_survey_gives_no_project() -> None:
    assert not _joins(HANKE + "Kemin kaupungin ja Lapin yliopiston toteuttama kysely lähetettiin kotitalouksiin.")
