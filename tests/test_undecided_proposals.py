"""An item's proposal commits the town to nothing where the decision refuses it, returns it or tables it
(undecided_proposals.py; the negated decision read as rejected by loaders/minutes.py). The sentences are invented; the
towns are real ones of the reference data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document
from welfare_kg.loaders.minutes import decision_outcome

_ITEM = (
    "Kunnanhallitus\n"
    "§ 45 Osallistuminen Kylät kuntoon -hankkeeseen\n"
    "Valmistelija: kehittämispäällikkö Liisa Mäntylä, liisa.mantyla@hankasalmi.fi\n"
    "Hanketta hallinnoi Maaseudun Kehitys ry. Konneveden kunnanhallitus on jo päättänyt osallistua hankkeeseen.\n"
    "Esittelijä: kunnanjohtaja Pekka Rinne\n"
    "Päätösehdotus: Kunnanhallitus päättää osallistua Kylät kuntoon -hankkeeseen 3 000 eurolla.\n"
    "Päätös: {decision}\n"
)


@pytest.mark.parametrize("decision", ["Kunnanhallitus päätti, ettei kunta osallistu hankkeeseen.",
                                      "Kunnanhallitus päätti olla osallistumatta hankkeeseen.",
                                      "Styrelsen beslöt att inte delta i projektet."])
def test_a_decision_saying_no_rejects(decision: str) -> None:
    assert decision_outcome(decision) == "rejected"


def test_approval_is_no_rejection() -> None:
    assert decision_outcome("Kunnanhallitus päätti hyväksyä ehdotuksen.") == "approved"


def _participants(tmp_path: Path, decision: str) -> set[str]:
    path = tmp_path / "kh.txt"
    path.write_text(_ITEM.format(decision=decision), encoding="utf-8")
    ex = extract_document(load_document(path))
    return {ex.entities[f.subject].label for f in ex.facts if f.predicate == "participatesIn"}


@needs_voikko
@pytest.mark.parametrize("decision", ["Kunnanhallitus päätti, ettei kunta osallistu hankkeeseen.",
                                      "Ehdotus hylättiin äänin 5-4.", "Asia palautettiin valmisteluun."])
def test_refused_proposal_commits_the_town_to_nothing(tmp_path: Path, decision: str) -> None:
    participants = _participants(tmp_path, decision)
    assert "Hankasalmi" not in participants
    assert "Konnevesi" in participants  # what the preparation tells of another town stays


@needs_voikko
def test_approved_proposal_commits_the_town(tmp_path: Path) -> None:
    assert "Hankasalmi" in _participants(tmp_path, "Hyväksyttiin.")
