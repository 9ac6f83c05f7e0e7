"""Projects that minutes name only in an item title, and what the item's decision says about them.

Written for these tests: short minutes of invented projects (the towns are real, for the reference data).
"""

from __future__ import annotations

import pytest

from tests.helpers import MORPH, record
from welfare_kg.extract.caps_titles import compound_head_projects
from welfare_kg.extract.document import extract_document
from welfare_kg.ontology.namespace import ID

HEAD = "RANUAN KUNTA\nKunnanhallitus 4.5.2023\n\nPöytäkirja on tarkastettu\n\n"
BODY = ("\n\nValmistelija: kunnanjohtaja Liisa Esimerkki\n\nPäätösehdotus\nKunnanhallitus päättää osallistua "
        "hankkeeseen ja varata kuntaosuuden 5 000 euroa.\n\nPäätös\nHyväksyttiin.\n")


def _minutes(title: str) -> tuple[list[str], set[tuple[str, str, str]]]:
    """The project names and the (subject kind, predicate, object label) facts of one item's minutes."""
    ex = extract_document(record(HEAD + title + BODY, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    projects = sorted(e.label for e in ex.entities.values() if e.type == "Project")
    facts = {(f.subject.removeprefix(ID).split("/")[0], f.predicate, labels.get(f.object, ""))
             for f in ex.facts if f.predicate in {"decides", "participatesIn", "coordinates"}}
    return projects, facts


@pytest.mark.parametrize(("title", "name"), [
    ("§ 45 Osallistuminen Kylien voima -hankkeeseen", "Kylien voima"),
    ("§ 45 Kuntaosuus Arjen polut -hankkeeseen", "Arjen polut"),
    ("§ 45 Hankehakemus: Lapsiperheiden kotipalvelun kehittäminen", "Lapsiperheiden kotipalvelun kehittäminen"),
    ("§ 45 Valtionavustushakemus STM:lle / Perhekeskustoiminnan kehittäminen", "Perhekeskustoiminnan kehittäminen"),
    ("§ 45 Hankkeeseen osallistuminen: Arjen polut", "Arjen polut"),
    ("§ 45 Kylien voima -hanke", "Kylien voima"),
    ("§ 45 Ranuan kunnan Arjen polut -hanke", "Arjen polut"),
    ("§ 45 Sosiaali- ja terveysministeriön rahoituspäätös Arjen polut -hankkeelle", "Arjen polut"),
])
def test_the_project_an_item_title_names_is_decided_and_joined(title: str, name: str) -> None:
    projects, facts = _minutes(title)
    assert projects == [name]
    assert ("body", "decides", name) in facts
    # the town takes part; where the title names it the project's owner ("Ranuan kunnan X -hanke") it runs the
    # project, and a runner's participation read from its own body's decision alone is dropped
    # (extract/runner_participation.py)
    owner = "kunnan" in title
    assert ("municipality", "coordinates" if owner else "participatesIn", name) in facts
    assert (("municipality", "participatesIn", name) in facts) != owner


def test_an_application_for_an_organisation_names_no_project() -> None:
    projects, facts = _minutes("§ 45 Hankehakemus: Järvikylän Urheilijat ry")
    assert projects == []
    assert not any(p == "decides" for _s, p, _o in facts)


@pytest.mark.parametrize(("title", "name"), [
    ("§ 45 RANUAN ALUEELLINEN KEHITTÄMISHANKE", "Ranuan alueellinen kehittämishanke"),
    ("§ 45 JÄMIN RULLARATA-HANKE", "Jämin rullarata-hanke"),
    ("§ 45 KANNANOTTO POHJOIS-SATAKUNNAN KUNTA- JA PALVELURAKENNEHANKKEESEEN",
     "Pohjois-Satakunnan kunta- ja palvelurakennehanke"),
    ("§ 45 JÄMIN ALUEEN PROJEKTIEN HALLINTAHANKKEEN HENKILÖSTÖJÄRJESTELYT", "Jämin alueen projektien hallintahanke"),
    ("§ 45 OSALLISTUMINEN LAPIN ALUEELLISEEN KEHITTÄMISHANKKEESEEN", "Lapin alueellinen kehittämishanke"),
])
def test_a_title_in_capitals_ending_in_a_project_word_names_the_project(title: str, name: str) -> None:
    projects, facts = _minutes(title)
    assert projects == [name]
    assert ("body", "decides", name) in facts


@pytest.mark.parametrize("title", [
    "§ 45 KUNNAN KEHITTÄMISHANKKEEN RAHOITUS",
    "§ 45 KUNNAN OSALLISTUMINEN HANKKEESEEN",
    "§ 45 TALOUSARVION TOTEUTUMINEN",
])
def test_a_title_in_capitals_without_a_name_before_its_project_word_names_none(title: str) -> None:
    assert compound_head_projects(title, MORPH) == []


def test_a_word_broken_at_its_hyphen_in_a_transcript_is_one_modifier() -> None:
    found = compound_head_projects("184 §  KANNANOTTO POHJOIS-       SATAKUNNAN KEHITTÄMISHANKKEESEEN  186", MORPH)
    assert [m.label for m in found] == ["Pohjois-Satakunnan kehittämishanke"]


def test_a_title_in_capitals_joining_something_else_does_not_join_an_earlier_items_project() -> None:
    text = (HEAD + "Käsiteltävät asiat\n\n192 §    JÄMIN RULLARATA-HANKE  188\n\n"
            "195 §    LAVIAN KUNNAN PÄÄTÖS LIITTYÄ POSAAN VUODEN 2014 ALUSTA  188\n")
    ex = extract_document(record(text, kind="minutes"))
    assert not [f for f in ex.facts if f.predicate == "participatesIn" and "posa" in f.subject]


def test_projects_in_the_plural_or_described_by_an_adjective_alone_are_no_project_of_minutes() -> None:
    text = (HEAD + "§ 228 Järvikylän Leader-hankkeiden välirahoituslainat\n\nKunta on valmis lainaamaan "
            "Järvikylän Leader-hankkeiden toteuttajille. Yleishyödyllisen hankkeen kohderyhmän tulee olla avoin.\n")
    ex = extract_document(record(text, kind="minutes"))
    assert not [e.label for e in ex.entities.values() if e.type == "Project"]


def test_a_grant_handed_on_from_its_holder_is_no_funding_by_the_holder() -> None:
    text = (HEAD + "§ 12 Arjen polut -hankkeen valtionavustuksen siirto Ranuan kunnalta Lapin hyvinvointialueelle\n\n"
            "Sosiaali- ja terveysministeriö on myöntänyt hankkeelle valtionavustusta 100 000 euroa.\n")
    ex = extract_document(record(text, kind="minutes"))
    funders = {f.subject.removeprefix(ID).split("/")[0] for f in ex.facts if f.predicate == "funds"}
    assert "municipality" not in funders
    assert "ministry" in funders


ITEM = "§ 45 Osallistuminen Arjen polut -hankkeeseen\n\nPerustelut\n\n{}\n\nPäätös\nHyväksyttiin.\n"


@pytest.mark.parametrize("sentence", ["Kunta toimii hankkeen hallinnoijana ja hakijana.", "Kunta hallinnoi hanketta.",
                                      "Kunta on hankkeen hakija.", "Hankkeen hallinnoijana toimii kunta.",
                                      "Hankkeen hakijana on kunta ja osatoteuttajina Posion kunta ja Lapin liitto."])
def test_the_bare_town_of_a_towns_minutes_running_the_project_coordinates_it(sentence: str) -> None:
    ex = extract_document(record(HEAD + ITEM.format(sentence), kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    assert ("Ranua", "Arjen polut") in {(labels.get(f.subject), labels.get(f.object)) for f in ex.facts
                                        if f.predicate == "coordinates"}


def test_the_bare_town_word_in_a_joint_bodys_minutes_names_no_town() -> None:
    text = "Kuntayhtymän hallitus 4.5.2023\n\n" + ITEM.format("Kunta toimii hankkeen hallinnoijana.")
    ex = extract_document(record(text, kind="minutes"))
    assert not [f for f in ex.facts if f.predicate == "coordinates"]


def test_a_towns_share_after_a_paragraph_on_a_fund_joins_and_pays_no_fund() -> None:
    text = (HEAD + "§ 228 Toimintaryhmän välirahoituslainat\n\nKuvaus\n\nRanuan kunta osallistuu vuosittain "
            "Euroopan maaseudun kehittämisen maatalousrahaston paikallisen Leader-ohjelman kuntarahoitukseen. "
            "Kunta on sitoutunut toimintaryhmän toiminta-alueeseen ja rahoitukseen. Ranuan maksuosuus on "
            "yhteensä 45 424 euroa.\n")
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    objects = {labels.get(f.object, "") for f in ex.facts if f.predicate in {"participatesIn", "contributes"}}
    assert not any("rahasto" in o.lower() for o in objects), objects


def test_a_county_named_as_the_owner_of_the_project_in_an_item_title_runs_it() -> None:
    projects, facts = _minutes("§ 42 Osallistuminen Lapin hyvinvointialueen Arjen polut -hankkeeseen")
    assert projects == ["Arjen polut"]
    assert ("wellbeing-county", "coordinates", "Arjen polut") in facts


SV_HEAD = "NÄRPES STAD\nStadsstyrelsen 4.5.2023\n\nProtokoll\n\n"
SV_BODY = ("\n\nFörslag\nStadsstyrelsen beslutar att delta i projektet och reservera 5 000 euro som kommunal andel."
           "\n\nBeslut\nFörslaget godkändes.\n")


@pytest.mark.parametrize("title", ["§ 45 Deltagande i projektet Bygdens kraft",
                                   "§ 45 Ansökan om medfinansiering för projektet Bygdens kraft",
                                   "§ 45 Projektet Bygdens kraft, kommunal medfinansiering"])
def test_a_swedish_title_names_the_project_after_its_head_word_to_the_titles_end(title: str) -> None:
    ex = extract_document(record(SV_HEAD + title + SV_BODY, kind="minutes"))
    assert [e.label for e in ex.entities.values() if e.type == "Project"] == ["Bygdens kraft"]
    assert any(f.predicate == "decides" for f in ex.facts)


def test_a_company_after_the_swedish_head_word_is_no_project() -> None:
    ex = extract_document(record(SV_HEAD + "§ 45 Projektet Närpes Energi Ab" + SV_BODY, kind="minutes"))
    assert not [e.label for e in ex.entities.values() if e.type == "Project"]


def test_a_fund_in_one_title_of_a_run_on_list_funds_no_project_an_earlier_title_names() -> None:
    filler = " ".join(["Kokouksen laillisuus ja päätösvaltaisuus Pöytäkirjan tarkastajien valinta"] * 6)
    text = ("Maakuntahallitus 4.5.2009\n\n1 " + filler + " Arjen polut -hankkeen käynnistäminen ja hankkeen "
            "projektitalousarvion hyväksyminen " + filler + " Rahoitushakemus Euroopan aluekehitysrahaston "
            "rahoituksen myöntämiseksi Kylien voima -hankkeelle Ilmoitusasiat\n")
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    assert "Arjen polut" in labels.values()
    assert not [f for f in ex.facts if f.predicate == "funds" and labels.get(f.object) == "Arjen polut"]


@pytest.mark.parametrize("sentence", ["Hankkeen toteuttavat kunta ja Posion kunta yhdessä.",
                                      "Kunta ja Posion kunta toteuttavat hankkeen yhdessä."])
def test_the_bare_town_and_a_named_one_carrying_out_the_project_together_both_take_part(sentence: str) -> None:
    ex = extract_document(record(HEAD + ITEM.format(sentence), kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    facts = {(labels.get(f.subject), f.predicate, labels.get(f.object)) for f in ex.facts}
    assert ("Ranua", "participatesIn", "Arjen polut") in facts
    assert ("Posio", "participatesIn", "Arjen polut") in facts
    assert ("Posio", "coordinates", "Arjen polut") not in facts


def test_one_named_implementer_of_a_plural_verb_takes_part_and_does_not_run_the_project() -> None:
    ex = extract_document(record(HEAD + ITEM.format("Hanketta toteuttavat Posion kunta ja muut kunnat."),
                                 kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    facts = {(labels.get(f.subject), f.predicate, labels.get(f.object)) for f in ex.facts}
    assert ("Posio", "participatesIn", "Arjen polut") in facts
    assert ("Posio", "coordinates", "Arjen polut") not in facts


DYNASTY = """Tietopalvelu Haku Ranuan kunta

Kunnanhallitus
Pöytäkirja 04.12.2023/Pykälä 198

Edellinen asia | Seuraava asia

{title}

Valmistelija kunnanjohtaja Liisa Esimerkki

Kunta toimii hankkeen hakijana.

Päätös Hyväksyttiin.
"""


def test_an_items_title_printed_as_a_heading_line_of_its_own_names_the_project() -> None:
    ex = extract_document(record(DYNASTY.format(title="Hankehakemus: Arjen polut kylissä"), kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    assert [e.label for e in ex.entities.values() if e.type == "Project"] == ["Arjen polut kylissä"]
    assert ("Ranua", "Arjen polut kylissä") in {(labels.get(f.subject), labels.get(f.object)) for f in ex.facts
                                                 if f.predicate == "coordinates"}


def test_a_heading_line_with_a_genitive_project_word_apart_names_nothing() -> None:
    ex = extract_document(record(DYNASTY.format(title="Yleistä hankkeen taustasta"), kind="minutes"))
    assert not [e.label for e in ex.entities.values() if e.type == "Project"]


JOINT_HEAD = "POHJOIS-SATAKUNNAN PERUSPALVELULIIKELAITOSKUNTAYHTYMÄ\nYhtymähallitus 4.5.2023\n\nPöytäkirja\n\n"
COUNTY_HEAD = "Lapin hyvinvointialue\nAluehallitus 4.5.2023\n\nPöytäkirja\n\n"


@pytest.mark.parametrize(("head", "sentence", "runner"), [
    (JOINT_HEAD, "Kuntayhtymä toimii hankkeen hallinnoijana.", "joint-authority"),
    (COUNTY_HEAD, "Hyvinvointialue hallinnoi hanketta.", "wellbeing-county"),
    (COUNTY_HEAD, "Hankkeen hakijana toimii hyvinvointialue.", "wellbeing-county"),
    (JOINT_HEAD, "Hyvinvointialue hallinnoi hanketta.", None),
    (COUNTY_HEAD, "Kuntayhtymä toimii hankkeen hallinnoijana.", None),
])
def test_the_bare_kind_word_of_the_joint_authority_or_county_heading_the_minutes_is_that_one(
        head: str, sentence: str, runner: str | None) -> None:
    ex = extract_document(record(head + ITEM.format(sentence), kind="minutes"))
    runners = [f.subject.removeprefix(ID).split("/")[0] for f in ex.facts if f.predicate == "coordinates"]
    assert runners == ([runner] if runner else [])


def test_a_body_deciding_to_join_a_project_named_in_the_decision_decides_it() -> None:
    text = ("RANUAN KUNTA\nKunnanhallitus 4.5.2023\n\n§ 45 Kehittämishankkeet\n\nPäätösehdotus\nKunnanhallitus "
            "päättää osallistua Arjen polut -hankkeeseen.\n\nPäätös\nHyväksyttiin.\n")
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    assert ("body", "Arjen polut") in {(f.subject.removeprefix(ID).split("/")[0], labels.get(f.object))
                                       for f in ex.facts if f.predicate == "decides"}


def test_a_project_in_the_illative_without_a_joining_verb_is_not_decided() -> None:
    ex = extract_document(record("Ranuan kunnanhallitus päätti antaa lausunnon Arjen polut -hankkeeseen liittyen.",
                                 kind="news"))
    assert not [f for f in ex.facts if f.predicate == "decides"]
