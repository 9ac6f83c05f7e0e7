"""Words of a report's heading or form are no words of the names beside them (seen by the coordaudit audit of fresh
project reports): a project glued to its kind word ends an association's registered name read backwards
(extract/organisation_names.py), a past participle opening a report's note opens no registered name (_after_opener),
the kind of report before a project's glued name is no word of it (extract/undertaking_names.py
_capitalised_words_before), and a code's label after a name field's value ends the name (extract/fields.py). All
names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import labels_of, needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def test_report_heading_before_the_owner_of_a_project() -> None:
    ex = _extract("1 KOTIAPU-PROJEKTI TULOKSET Loppuraportti Kotiapu-projekti Peltolan Seudun Vammaisten Tuki ry 1\n\n"
                  "2 Tukiyhdistys on hallinnoinut Kotiapu-projektia vuodesta 2010.")
    assert "Peltolan Seudun Vammaisten Tuki ry" in labels_of(ex, "Association")
    assert not any("Loppuraportti" in e.label for e in ex.entities.values())
    assert "Kotiapu" in labels_of(ex, "Project")


def test_a_participle_opening_a_note_is_no_word_of_the_name() -> None:
    ex = _extract("Kirjoittanut hankkeen vetäjä Liisa Kallio. Hyväksytty Mäntylän kyläyhdistys ry:n hallituksen "
                  "kokouksessa.")
    assert "Mäntylän kyläyhdistys ry" in labels_of(ex, "Association")
    assert not any(e.label.startswith("Hyväksytty") for e in ex.entities.values())


def test_a_code_label_after_the_name_field_ends_the_name() -> None:
    ex = _extract("Leader-hankkeen loppuraportti 1. Hankkeen toteuttajan nimi Mäntylän kyläyhdistys ry 2. Hankkeen "
                  "nimi ja hanketunnus Mäntylän kylätalon korjaus Numero 4711 Diaarinumero 12/2009 3. Yhteenveto "
                  "hankkeesta")
    assert not any("Numero" in label for label in labels_of(ex, "Project"))
    assert any(label.startswith("Mäntylän kylätalon korjaus") for label in labels_of(ex, "Project"))
