"""Funding shapes read in the forty-first session, each in invented sentences: an unknown abbreviation placed where
only a giver of money stands (extract/granting_acronyms.py), support told with the work fronted and time adverbials
between the supporters (support_grants), the essive of a participle of paying (agent_phrases), and a proposal for an
owner's activity whose short name glosses an unrecognised long one in brackets (grant_proposals)."""

from __future__ import annotations

from decimal import Decimal

from tests.helpers import entity_labels, labelled_grants, needs_voikko

ASSOC = "Kotikylän Nuorisoseura ry"
OPENING = "Arjen apu -hanke alkoi keväällä Kuopiossa.\n"


@needs_voikko
def test_an_unknown_abbreviation_that_hands_out_grants_is_a_giver() -> None:
    text = ("QXV jakoi alueellemme avustuksia.\n\n"
            "Avustuksia myönnettiin seuraaville järjestöille:\n\n"
            f"{ASSOC} 61.080 euroa\n\nSavon Sulkapalloseura ry 17.000 euroa\n")
    assert "QXV" in entity_labels(text, "Agency")
    found = labelled_grants(text)
    assert ("QXV", ASSOC, Decimal("61080")) in found
    assert ("QXV", "Savon Sulkapalloseura ry", Decimal("17000")) in found


@needs_voikko
def test_an_unknown_abbreviation_as_the_agent_of_a_participle_of_paying_funds_the_project() -> None:
    text = "Kylätalo-hanke alkoi syksyllä. Kylätalo-hanke on QXVZ:n rahoittama."
    assert "QXVZ" in entity_labels(text, "Agency")
    assert any(g[0] == "QXVZ" and g[1] == "Kylätalo" for g in labelled_grants(text))


@needs_voikko
def test_an_abbreviation_proposing_grants_or_lending_support_is_a_giver() -> None:
    for text in ("QXV esittää avustusta Kylätalo-hankkeelle.", "QXV julkaisi avustusehdotuksensa joulukuussa.",
                 "Hanke toteutettiin QXV:n tuella.", "Toiminta jatkuu QXV-avustuksella."):
        assert "QXV" in entity_labels(text, "Agency"), text


@needs_voikko
def test_an_abbreviation_named_but_not_as_giver_is_no_agency() -> None:
    # an abbreviation that receives, runs or is written about gives nothing: no name is made of it
    assert "QXV" not in entity_labels("QXV sai avustusta kaupungilta.", "Agency")
    assert "QXV" not in entity_labels("QXV:n avustus kasvoi viime vuonna.", "Agency")
    assert "QXV" not in entity_labels("QXV-hanke alkoi syksyllä.", "Agency")
    assert "QXV" not in entity_labels("QXV teki selvityksen kylien palveluista.", "Agency")
    # a genitive is needed before a decision or a participle, and a Roman numeral is no name
    assert "QXV" not in entity_labels("Kokouksessa käsiteltiin QXV rahoituspäätös.", "Agency")
    assert "III" not in entity_labels("Käsiteltiin ministeriön ICT III:n rahoittama hanke.", "Agency")
    # after a genitive it is part of a longer name, after a slash one of several instruments
    assert "QXV" not in entity_labels("Lammin QXV jakoi avustuksia.", "Agency")
    assert "QXV" not in entity_labels("Hankkeelle myönnettiin AIKO/QXV-avustusta.", "Agency")
    # a fund's abbreviation is what pays, not who: the lists know it
    assert "ESR" not in entity_labels("ESR rahoittaa hanketta.", "Agency")


@needs_voikko
def test_support_with_the_work_fronted_and_years_between_the_supporters_funds_the_project() -> None:
    text = OPENING + ("Toimintaa on tukenut vuodesta 2014 alkaen Suomen Kulttuurirahasto ja vuosina 2018-2020 "
                      "Sosiaali- ja terveysjärjestöjen avustuskeskus STEA.")
    found = {(g, r) for g, r, _ in labelled_grants(text, rule="funds:supports-verb")}
    assert ("Suomen Kulttuurirahasto", "Arjen apu") in found
    assert ("Sosiaali- ja terveysjärjestöjen avustuskeskus", "Arjen apu") in found


@needs_voikko
def test_an_owners_activity_supported_is_no_fronted_work() -> None:
    # the work of a named owner is that owner's, not the page's project: no project is said to be funded
    text = OPENING + f"Sosiaali- ja terveysjärjestöjen avustuskeskus tukee {ASSOC}:n toimintaa."
    assert not any(r == "Arjen apu" for _, r, _ in labelled_grants(text, rule="funds:supports-verb"))


@needs_voikko
def test_the_essive_of_a_participle_of_paying_funds_the_subject_or_the_project_in_focus() -> None:
    rule = "funds:agent-participle"
    found = labelled_grants(OPENING + "Nyt se jatkuu Suomen Kulttuurirahaston rahoittamana.", rule=rule)
    assert ("Suomen Kulttuurirahasto", "Arjen apu", None) in found
    found = labelled_grants(f"{ASSOC} toimii Suomen Kulttuurirahaston tukemana.", rule=rule)
    assert ("Suomen Kulttuurirahasto", ASSOC, None) in found
    # the town's support may be premises or advice: no money said, no funder
    assert not labelled_grants(OPENING + "Nyt se jatkuu Kuopion kaupungin tukemana.", rule=rule)


@needs_voikko
def test_a_proposal_for_an_activity_whose_owner_is_glossed_in_brackets_funds_the_glossed_name() -> None:
    text = ("Sosiaali- ja terveysjärjestöjen avustuskeskus (STEA) on tehnyt 350 000 euron avustusehdotuksen "
            f"Pohjois-Savon nuorisotyön yhdistyksen ({ASSOC}) toimintaan vuodelle 2022.")
    found = labelled_grants(text, rule="funds:grant-proposal")
    assert ("Sosiaali- ja terveysjärjestöjen avustuskeskus", ASSOC, Decimal("350000")) in found


@needs_voikko
def test_a_fund_beside_a_programme_on_a_projects_page_funds_the_project_not_the_programme() -> None:
    # the regional development fund is where the Interreg programme's money comes from: the page's project is funded
    text = OPENING + ("Hankkeen rahoitus tulee Euroopan aluekehitysrahaston rahoituksesta Interreg Europe "
                      "-ohjelman kautta.")
    assert not labelled_grants(text, rule="funds:via-fund")
    assert ("Euroopan aluekehitysrahasto", "Arjen apu", None) in labelled_grants(text)
    # beside a project the fund still funds it
    text = "Kylätalo-hanke sai Euroopan aluekehitysrahaston rahoitusta 50 000 euroa."
    assert any(g == "Euroopan aluekehitysrahasto" and r == "Kylätalo" for g, r, _ in labelled_grants(text))
