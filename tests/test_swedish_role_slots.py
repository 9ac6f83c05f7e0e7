"""Swedish slots of a project's owner, partners and payers holding names no list knows
(extract/role_slot_organisations.py): a name ending in "i <Place>", an abbreviation in capitals, a council ("-rådet"),
partners "i samarbete mellan" and a payer after a bare noun of support ("varav stöd från X")."""

from __future__ import annotations

from tests.helpers import extract

HEAD = "Projekt\n\nProjektet Gröna Byar pågår 2024–2026.\n"


def _facts(text: str) -> set[tuple[str, str, str]]:
    ex = extract(HEAD + text)
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label.get(f.subject, ""), f.predicate, label.get(f.object, "")) for f in ex.facts}


def _labels(text: str) -> set[str]:
    return {e.label for e in extract(HEAD + text).entities.values()}


def test_an_owner_named_with_its_region_after_i() -> None:
    facts = _facts("Projektägare är Bygderådet Norr-Ing i Gävleborg.\n")
    assert ("Bygderådet Norr-Ing i Gävleborg", "coordinates", "Gröna Byar") in facts


def test_abbreviations_in_capitals_run_the_project() -> None:
    facts = _facts("Projektet Gröna Byar drivs av NBU och ÅSF.\n")
    assert {("NBU", "coordinates", "Gröna Byar"), ("ÅSF", "coordinates", "Gröna Byar")} <= facts


def test_a_funding_instruments_abbreviation_is_no_organisation() -> None:
    assert "ESF" not in _labels("Projektet Gröna Byar får finansiering från ESF.\n")


def test_partners_after_i_samarbete_mellan() -> None:
    facts = _facts("Det är ett projekt i samarbete mellan Hälsoringen i Norrby och Korsholms kommun.\n")
    assert any(s == "Hälsoringen i Norrby" and p == "participatesIn" for s, p, _ in facts)


def test_a_payer_after_a_bare_noun_of_support() -> None:
    assert "Utveckling Norrbygden" in _labels("Kostnad: 100 000 kr varav stöd från Utveckling Norrbygden: 80 000 kr.\n")
    assert "LAG" in _labels("Gröna Byar fick 143 300 SEK offentlig finansiering från LAG.\n")


CARD = ("Avslutade projekt\n\nGröna Byar\n\nProjekttid: 1.1.2023–31.12.2023\n\n{}\n\n"
        "Finansiär: Regionförvaltningsverket\n\nSammanfattning: Målet var att skapa grupper för barn.\n")


def _card_facts(leaders: str) -> set[tuple[str, str, str]]:
    ex = extract(CARD.format(leaders))
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label.get(f.subject, ""), f.predicate, label.get(f.object, "")) for f in ex.facts}


def test_each_leaders_employer_after_vid_takes_part_in_the_cards_project() -> None:
    facts = _card_facts("Projektledare: Lilja Berg vid NBU och Nora Lind vid ÅSF.")
    parts = {s for s, p, _ in facts if p == "participatesIn"}
    assert {"NBU", "ÅSF"} <= parts


def test_a_leader_without_an_employer_adds_no_partner() -> None:
    facts = _card_facts("Projektledare: Lilja Berg och Nora Lind.")
    assert not {s for s, p, _ in facts if p == "participatesIn"}


def test_a_project_carried_out_by_förverkligas_av() -> None:
    facts = _facts("Projektet förverkligas av Norrby ungdomsförening rf.\n")
    assert ("Norrby ungdomsförening rf", "coordinates", "Gröna Byar") in facts
    facts = _facts("Projektet förverkligades av Utveckling Norrbygden.\n")
    assert ("Utveckling Norrbygden", "coordinates", "Gröna Byar") in facts
