"""An agreement named by its parties ("A:n ja B:n välinen yhteistyösopimus") is named with them, and a bare kind of
public party before "ja" is no word of a registered name after it (extract/entities.py _mutual_parties,
_bare_public_kind).

Written for these tests: an invented association and short invented minutes of a real municipality's board.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

MINUTES = """Pelkosenniemen kunta
Kunnanhallitus
PÖYTÄKIRJA 5/2024

§ 34 {title}

Esittelijä: kunnanjohtaja Matti Virtanen

Asia on valmisteltu yhdessä sopijaosapuolten kanssa.

Ehdotus:
{proposal}

Päätös:
Ehdotus hyväksyttiin.
"""


def _extract(title: str, proposal: str) -> tuple[dict[str, tuple[str, str]], list[tuple[str, str, str]]]:
    ex = extract_document(record(MINUTES.format(title=title, proposal=proposal), kind="minutes"))
    ents = {iri: (e.type, e.label) for iri, e in ex.entities.items()}
    facts = [(ents.get(f.subject, ("", ""))[1], f.predicate, ents.get(f.object, ("", ""))[1]) for f in ex.facts]
    return ents, facts


def _agreements(ents: dict[str, tuple[str, str]]) -> list[str]:
    return [label for typ, label in ents.values() if typ == "Agreement"]


def test_named_parties_name_the_agreement_in_the_proposal() -> None:
    ents, facts = _extract("Yhteistyösopimus", "Kunnanhallitus päättää hyväksyä Lapin hyvinvointialueen ja "
                                               "Pelkosenniemen kunnan välisen yhteistyösopimuksen.")
    name = "Lapin hyvinvointialueen ja Pelkosenniemen kunnan välinen yhteistyösopimus"
    assert _agreements(ents) == [name], ents
    assert ("Lapin hyvinvointialue", "participatesIn", name) in facts, facts
    assert any(p == "decides" and o == name for _, p, o in facts), facts


def test_an_item_title_of_parties_and_agreement_is_decided() -> None:
    ents, facts = _extract("Lapin hyvinvointialueen ja Pelkosenniemen kunnan välinen yhteistyösopimus",
                           "Kunnanhallitus päättää hyväksyä sopimuksen.")
    name = "Lapin hyvinvointialueen ja Pelkosenniemen kunnan välinen yhteistyösopimus"
    assert _agreements(ents) == [name], ents
    assert any(p == "decides" and o == name for _, p, o in facts), facts


def test_a_bare_kind_of_public_party_opens_no_registered_name() -> None:
    ents, _ = _extract("Kunnan ja Pohjoisen Kylät ry:n välinen kumppanuussopimus",
                       "Kunnanhallitus päättää hyväksyä sopimuksen.")
    associations = [label for typ, label in ents.values() if typ == "Association"]
    assert associations == ["Pohjoisen Kylät ry"], ents
    assert "Kunnan ja Pohjoisen Kylät ry:n välinen kumppanuussopimus" in _agreements(ents), ents


def test_a_registered_name_keeps_its_own_conjunct() -> None:
    ents, _ = _extract("Avustus", "Kunnanhallitus päättää myöntää Omaishoitajat ja Läheiset ry:lle 500 euroa.")
    assert "Omaishoitajat ja Läheiset ry" in [label for typ, label in ents.values() if typ == "Association"], ents


def test_the_town_named_by_its_kind_is_a_party() -> None:
    _, facts = _extract("Kumppanuussopimus", "Kunnanhallitus päättää hyväksyä kunnan ja Pohjoisen Kylät ry:n "
                                             "välisen kumppanuussopimuksen.")
    name = "Kunnan ja Pohjoisen Kylät ry:n välinen kumppanuussopimus"
    parties = {s for s, p, o in facts if p == "participatesIn" and o == name}
    assert {"Pelkosenniemi", "Pohjoisen Kylät ry"} <= parties, facts
