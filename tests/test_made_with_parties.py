"""The one an agreement is made with ("X:n kanssa tehtävän sopimuksen", "solmia sopimuksen X:n kanssa") is a party to
it (extract/party_phrases.py, participatesIn:made-with).

Written for these tests: invented organisations in short minutes of a real municipality's board.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

MINUTES = """Pelkosenniemen kunta
Kunnanhallitus
PÖYTÄKIRJA 5/2024

§ 34 Sopimus

Esittelijä: kunnanjohtaja Matti Virtanen

Asia on valmisteltu.

Ehdotus:
{proposal}

Päätös:
Ehdotus hyväksyttiin.
"""
RULE = "participatesIn:made-with"


def _parties(proposal: str) -> list[tuple[str, str]]:
    ex = extract_document(record(MINUTES.format(proposal=proposal), kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    return [(labels.get(f.subject, ""), labels.get(f.object, "")) for f in ex.facts
            if f.predicate == "participatesIn" and f.rule == RULE]


def test_a_participle_of_making_after_the_party() -> None:
    found = _parties("Kunnanhallitus päättää hyväksyä Järvialueen Sydänyhdistys ry:n kanssa tehtävän "
                     "yhteistyösopimuksen.")
    assert found == [("Järvialueen Sydänyhdistys ry", "yhteistyösopimus")], found


def test_a_verb_of_making_before_the_agreement() -> None:
    found = _parties("Kunnanhallitus päättää solmia palvelusopimuksen Järvialueen Kehitys Oy:n kanssa.")
    assert found == [("Järvialueen Kehitys Oy", "palvelusopimus")], found


def test_negotiating_with_someone_makes_no_party() -> None:
    assert _parties("Kunnanhallitus neuvottelee Järvialueen Sydänyhdistys ry:n kanssa vuokrasopimuksesta.") == []


def test_working_with_someone_beside_an_agreement_makes_no_party() -> None:
    found = _parties("Kunnanhallitus hyväksyy vuokrasopimuksen ja jatkaa yhteistyötä Järvialueen Sydänyhdistys "
                     "ry:n kanssa.")
    assert found == [], found


def test_a_title_names_the_other_party_after_the_agreement() -> None:
    ex = extract_document(record(MINUTES.replace("§ 34 Sopimus", "§ 34 Ostopalvelusopimus Järvialueen Sydänyhdistys "
                                                 "ry:n kanssa").format(proposal="Kunnanhallitus hyväksyy sopimuksen."),
                                 kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    found = [labels.get(f.subject) for f in ex.facts if f.predicate == "participatesIn" and f.rule == RULE]
    assert found == ["Järvialueen Sydänyhdistys ry"], found


def test_who_has_asked_the_town_to_join_does_not_join_itself() -> None:
    text = MINUTES.format(proposal="Kunnanhallitus päättää lähteä mukaan hankkeeseen.").replace(
        "Asia on valmisteltu.", "Järvialueen Yrittäjät ry on pyytänyt kuntaa lähtemään mukaan Tuulen tuvat "
                                "-hankkeeseen.")
    ex = extract_document(record(text, kind="minutes"))
    labels = {iri: e.label for iri, e in ex.entities.items()}
    joined = [labels.get(f.subject) for f in ex.facts if f.predicate == "participatesIn"]
    assert "Järvialueen Yrittäjät ry" not in joined, joined
    assert "Pelkosenniemi" in joined, joined
