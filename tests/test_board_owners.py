"""An organisation named only as the owner of the board that acts in a sentence ("Rusolan hallitus päätti ...") is
an association with that board; a state's government, a prime minister's cabinet and a kind's board are not
(extract/board_owners.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.board_owners import owner_base
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def test_the_boards_owner_and_the_board_are_read() -> None:
    ex = _extract("Toiminta jatkui. Rusolan hallitus kehitti vuoden aikana uuden mallin hankkeille.")
    labels = {e.label: e for e in ex.entities.values()}
    assert labels["Rusola"].type == "Association"
    board = labels["Rusolan hallitus"]
    assert board.type == "Body"
    assert any(f.subject == board.iri and f.predicate == "partOf" and f.object == labels["Rusola"].iri
               for f in ex.facts)


def test_governments_and_kinds_own_no_board_here() -> None:
    ex = _extract("Sipilän hallitus päätti leikkauksista. Ruotsin hallitus esitti uudistusta. "
                  "Yhdistyksen hallitus kokoontui. Kyläyhdistyksen hallitus päätti retkestä.")
    assert not any(e.type == "Association" for e in ex.entities.values())


def test_the_owners_base_form() -> None:
    morph = get_morphology()
    assert owner_base("Rusolan", morph) == "Rusola"
    assert owner_base("Kivitielin", morph) == "Kivitieli"
    assert owner_base("Kataisen", morph) is None  # a surname: a cabinet


def test_an_unknown_owner_ending_in_a_known_word_undoes_its_gradation() -> None:
    assert owner_base("Lavoseudun", get_morphology()) == "Lavoseutu"
