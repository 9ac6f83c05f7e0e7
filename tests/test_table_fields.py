"""Field rows of tables: a Word table's row comes as "Label<TAB>Value" (loaders/formats.py joins cells by tabs), a web
table's as "| Label | Value |"; both are a label and its value, as "Label: Value" is."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.fields import read_fields
from welfare_kg.extract.gazetteer import reference_gazetteer


def _facts(text: str) -> set[tuple[str, str, str]]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    return {(f.subject.removeprefix(ID), f.predicate, f.object.removeprefix(ID)) for f in out.facts}


def test_tab_separated_rows_of_a_word_table() -> None:
    text = ("Kylätalkoot\n\nHankkeen nimi\tKylätalkoot\nToteuttaja\tOulun kaupunki\n"
            "Osatoteuttajat\tKajaanin kaupunki, Suomen Punainen Risti\nToteutusalue\tPohjois-Pohjanmaa\n")
    assert [f.kind for f in read_fields(text)] == ["name", "coordinator", "participant", "area"]
    facts = _facts(text)
    assert ("municipality/564", "coordinates", "project/kylatalkoot") in facts
    assert ("municipality/205", "participatesIn", "project/kylatalkoot") in facts
    assert ("project/kylatalkoot", "coversArea", "region/17") in facts


def test_pipe_rows_of_a_web_table() -> None:
    text = ("Kylätalkoot\n\n| Hankkeen nimi | Kylätalkoot |\n| Toteuttaja | Oulun kaupunki |\n"
            "| Osatoteuttajat | Kajaanin kaupunki |\n")
    fields = read_fields(text)
    assert [text[f.value_start:f.value_end] for f in fields] == ["Kylätalkoot", "Oulun kaupunki", "Kajaanin kaupunki"]
    assert ("municipality/564", "coordinates", "project/kylatalkoot") in _facts(text)


def test_a_word_in_a_sentence_before_a_tab_is_no_label() -> None:
    assert read_fields("Rahoittajan mukaan hanke jatkuu.\tSivu 2\n") == []


def test_a_plural_ending_in_parentheses_belongs_to_the_label() -> None:
    text = ("Kylätalkoot-hanke\n\nKylätalkoot-hanke kehittää kylien palveluja. Kylätalkoot-hanke alkoi 2020.\n\n"
            "Toteuttaja(t): Oulun kaupunki\nRahoittaja(t): Pohjois-Pohjanmaan liitto\n")
    assert [f.kind for f in read_fields(text)] == ["coordinator", "funder"]
    assert any(s == "municipality/564" and p == "coordinates" for s, p, _ in _facts(text))


def test_the_common_misspelling_of_hallinnoida_in_a_label() -> None:
    text = ("Projektin loppuraportti Projektin nimi Kylätalkoot Projektikoodi S02225 Projektia hallinoiva organisaatio "
            "Oulun kaupunki Projektin vastuuhenkilö Liisa Virtanen Puhelinnumero\n")
    assert "coordinator" in [f.kind for f in read_fields(text)]
