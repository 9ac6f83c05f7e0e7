"""Names, bodies and decisions in shapes that fresh documents write (issue 12 audit follow-ups)."""

from __future__ import annotations

import pytest

from tests.helpers import entity_label_sets, entity_labels, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _projects(text: str, kind: str = "news") -> set[str]:
    return entity_labels(text, "Project", kind)


@pytest.mark.parametrize(("text", "name"), [
    # a numeral or determiner opening a name written before a spaced dash is the name's own word
    ("Yhdistys käynnisti Yksi joukosta -hankkeen keväällä.", "Yksi joukosta"),
    ("Kaikki kyytiin -hanke jatkuu ensi vuonna.", "Kaikki kyytiin"),
    # "mukaan" closing such a name is not the postposition
    ("Seurakunta aloitti Kaikki mukaan -hankkeen syksyllä.", "Kaikki mukaan"),
    ("Isät mukaan -projekti sai jatkoa.", "Isät mukaan"),
])
def test_determiner_opens_dash_name(text: str, name: str) -> None:
    assert any(label.startswith(name) for label in _projects(text))


@pytest.mark.parametrize("text", [
    # determiners alone before the dash still only point at a project
    "Tämä uusi -hanke jatkuu ensi vuonna.",
    # after a genitive, "mukaan" is the postposition and ends the walk back
    "Suunnitelman mukaan -hanke jatkuu ensi vuonna.",
])
def test_pointing_words_name_no_project(text: str) -> None:
    assert not _projects(text)


def _bodies(text: str, kind: str = "minutes") -> dict[str, set[str]]:
    return entity_label_sets(text, "Body", kind)


def test_swedish_councils_are_the_towns_bodies() -> None:
    text = ("PROTOKOLL\nSocialnämnden 2.4.2025\nPargas stad\n\n§ 3 Remiss\n"
            "Nämnden begärde utlåtande av äldrerådet och handikapprådet. Ungdomsrådets förslag behandlades.\n")
    bodies = _bodies(text)
    for slug in ("aldrerad", "handikapprad", "ungdomsrad"):
        assert f"body/445-{slug}" in bodies
    assert "äldrerådet" in bodies["body/445-aldrerad"]  # the definite form the text writes


def test_committee_with_a_hyphen_inside() -> None:
    text = ("PÖYTÄKIRJA\nYhtymähallitus 2.4.2025\nKuntayhtymä Kaksineuvoinen\n\n§ 3 Talous\n"
            "Asia lähetettiin raha-asiainvaliokunnalle valmisteltavaksi.\n")
    assert "body/kaksineuvoinen-raha-asiainvaliokunta" in _bodies(text)


def test_joint_authority_board_by_its_kind() -> None:
    text = ("PÖYTÄKIRJA\nKuntayhtymä Kaksineuvoinen\n\n§ 3 Talousarvio\n"
            "Kuntayhtymän hallitus hyväksyi talousarvion. Asia esitetään vielä kuntayhtymän hallitukselle.\n")
    ex = extract_document(record(text, kind="minutes"), gazetteer=reference_gazetteer())
    board = ex.entities.get("https://w3id.org/welfare-kg/id/body/kaksineuvoinen-yhtymahallitus")
    assert board is not None and len(board.mentions) == 2
    assert any(f.subject == board.iri and f.predicate == "partOf"
               and f.object.endswith("joint-authority/kaksineuvoinen") for f in ex.facts)


def test_government_bill_is_no_board() -> None:
    # "hallitus" alone after a word that is not a joint authority's kind stays the government's
    assert not _bodies("Kunnan mielestä hallituksen esitys on kesken.\n", kind="news")


def _minutes(sentence: str) -> list[tuple[str, str, str, object]]:
    text = f"PÖYTÄKIRJA\nPerusturvalautakunta 2.4.2025\nTampereen kaupunki\n\n§ 7 Avustus\n{sentence}\n"
    ex = extract_document(record(text, kind="minutes"), gazetteer=reference_gazetteer())
    return [(f.subject.rsplit("/id/", 1)[-1], f.predicate, f.object.rsplit("/id/", 1)[-1], f.amount)
            for f in ex.facts]


@pytest.mark.parametrize("sentence", [
    "Perusturvalautakunta päätti myöntää Uusi alku -hankkeelle 5 000 euroa.",
    # the bare "Lautakunta" of a board's own minutes is that board
    "Lautakunta päättää myöntää avustuksen Uusi alku -hankkeelle.",
])
def test_decided_grant_to_a_project(sentence: str) -> None:
    facts = _minutes(sentence)
    assert ("body/837-perusturvalautakunta", "decides", "project/alku-uusi", None) in facts


def test_bare_board_grants_the_amount() -> None:
    facts = _minutes("Lautakunta päätti myöntää Uusi alku -hankkeelle 5 000 euroa.")
    assert any(s == "body/837-perusturvalautakunta" and p == "funds" and o == "project/alku-uusi" and a == 5000
               for s, p, o, a in facts)


def test_grant_before_the_decision_verb_is_no_decision() -> None:
    # the allative recipient counts only after a verb of granting
    facts = _minutes("Perusturvalautakunta päätti antaa Uusi alku -hankkeelle lausunnon.")
    assert not any(p == "decides" for _s, p, _o, _a in facts)


def test_parliament_committee_is_no_body_of_the_town() -> None:
    from tests.helpers import record
    from welfare_kg.extract.document import extract_document

    text = ("Kiteen kaupunginhallitus\nPöytäkirja 12.3.2020\n\n§ 5 Lausunto\nEduskunnan sosiaali- ja "
            "terveysvaliokunta on pyytänyt Kiteen kaupungilta lausuntoa. Kaupunginhallitus antaa lausunnon "
            "eduskunnan raha-asiainvaliokunnalle.\n")
    ex = extract_document(record(text, kind="minutes"))
    committees = {e.iri.rsplit("/", 1)[-1] for e in ex.entities.values() if "valiokunta" in e.label}
    assert committees == {"eduskunta-sosiaali-ja-terveysvaliokunta", "eduskunta-raha-asiainvaliokunta"}
    # a committee of the Parliament (a reference agency since session 28) is part of it, never of the town
    parents = {f.object.rsplit("/id/", 1)[-1] for f in ex.facts
               if f.predicate == "partOf" and "valiokunta" in f.subject}
    assert parents <= {"agency/eduskunta"}
