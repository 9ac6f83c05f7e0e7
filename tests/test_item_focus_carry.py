"""An item whose title names no undertaking is not about the one an earlier item's title named
(document.py sentence_step, Context.focus_item): another town's joining of an unnamed cooperation in "§ 22 Muut
asiat" joins nothing of § 21's project. Invented minutes; the towns are real ones of the reference data."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders import load_document

pytestmark = needs_voikko

_MINUTES = (
    "Kunnanhallitus\n"
    "§ 20 Hyvä Arki -hankkeen kuntarahoitusosuus\n"
    "Valmistelija: hallintojohtaja Matti Kivelä, matti.kivela@sulkava.fi\n"
    "Päätösehdotus: Kunnanhallitus päättää sitoutua maksamaan Hyvä Arki -hankkeelle kuntarahoitusosuutena "
    "4 500 euroa.\n"
    "Päätös: Hyväksyttiin.\n"
    "§ 21 Muut asiat\n"
    "Kunnanjohtaja kertoi, että Juvan kunnanhallitus on päättänyt osallistua seudulliseen yhteistyöhön.\n"
)


def test_other_items_project_is_not_joined(tmp_path: Path) -> None:
    path = tmp_path / "kh.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    ex = extract_document(load_document(path))
    label = {iri: e.label for iri, e in ex.entities.items()}
    joined = {(label.get(f.subject), label.get(f.object)) for f in ex.facts if f.predicate == "participatesIn"}
    assert ("Juva", "Hyvä Arki") not in joined
    assert ("Sulkava", "Hyvä Arki") in joined
