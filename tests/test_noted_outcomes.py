"""An item the meeting only notes decides nothing on what it names (loaders/minutes.py item_outcome, OUTCOMES)."""

from __future__ import annotations

import pytest
from helpers import extract

from welfare_kg.loaders.minutes import decision_outcome, item_outcome


@pytest.mark.parametrize("decision", [
    "Merkitään tiedoksi.",
    "Kunnanhallitus merkitsee Polku-hankkeen loppuraportin tiedoksi.",
    "Lautakunta päätti merkitä tiedoksi selvityksen.",
    "Antecknas för kännedom.",
    "Nämnden antecknar rapporten för kännedom.",
])
def test_the_present_and_infinitive_of_noting_are_noted(decision: str) -> None:
    assert decision_outcome(decision) == "noted"


def test_an_approval_beside_a_noting_stays_approved() -> None:
    assert decision_outcome("Kunnanhallitus päätti hyväksyä kuntaosuuden ja merkitä tiedoksi selvityksen.") \
        == "approved"


def _parts(text: str, proposal: str, decision: str) -> dict[str, tuple[int, int]]:
    return {"proposal": (text.index(proposal), text.index(proposal) + len(proposal)),
            "decision": (text.index(decision), text.index(decision) + len(decision))}


def test_a_bare_approval_of_a_proposal_to_note_is_noted() -> None:
    text = "Ehdotus\nMerkitään tiedoksi raportti.\nPäätös\nEhdotus hyväksyttiin.\n"
    assert item_outcome(text, _parts(text, "Merkitään tiedoksi raportti.\n", "Ehdotus hyväksyttiin.\n")) == "noted"


def test_a_bare_approval_of_a_proposal_to_decide_stays_approved() -> None:
    text = "Ehdotus\nHyväksytään kuntaosuus.\nPäätös\nEhdotus hyväksyttiin.\n"
    assert item_outcome(text, _parts(text, "Hyväksytään kuntaosuus.\n", "Ehdotus hyväksyttiin.\n")) == "approved"


def test_a_decision_with_words_of_its_own_keeps_its_outcome() -> None:
    text = "Ehdotus\nMerkitään tiedoksi.\nPäätös\nHyväksyttiin kuntaosuus 5 000 euroa.\n"
    assert item_outcome(text, _parts(text, "Merkitään tiedoksi.\n", "Hyväksyttiin kuntaosuus 5 000 euroa.\n")) \
        == "approved"


MINUTES = ("ROVANIEMEN KAUPUNKI\nKaupunginhallitus PÖYTÄKIRJA 3/2024\n\n§ 46 Hyvä Arki -hankkeen väliraportti\n\n"
           "Valmistelija: hallintojohtaja\n\nHanke on edennyt suunnitelman mukaan.\n\n"
           "Ehdotus\nKaupunginhallitus {proposal} Hyvä Arki -hankkeen väliraportin.\n\nPäätös\nEhdotus hyväksyttiin.\n")


def _decides(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extract(text, kind="minutes").facts if f.predicate == "decides"}


def test_the_body_that_only_notes_a_project_report_decides_nothing() -> None:
    assert _decides(MINUTES.format(proposal="merkitsee tiedoksi")) == set()
    assert len(_decides(MINUTES.format(proposal="hyväksyy"))) == 1  # approving the report is a decision on it


@pytest.mark.parametrize("heading", ["Kaupunginjohtajan ehdotus:", "Sosiaalijohtajan päätösehdotus", "Pohjaesitys:"])
def test_a_proposal_under_its_makers_genitive_is_the_proposal(heading: str) -> None:
    text = MINUTES.replace("Ehdotus\nKaupunginhallitus", heading + "\nKaupunginhallitus")
    assert _decides(text.format(proposal="merkitsee tiedoksi")) == set()
    assert len(_decides(text.format(proposal="hyväksyy"))) == 1


def test_a_genitive_before_a_proposal_word_in_running_text_is_no_heading() -> None:
    from welfare_kg.loaders.minutes import _PART

    assert _PART.search("Hallituksen esitys eduskunnalle laiksi on annettu.\n") is None
    assert _PART.search("Kaupunginjohtajan ehdotus\n") is not None
