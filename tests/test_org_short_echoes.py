"""An organisation written once in full and later by one word: a name the reference data holds, inflected inside a
sentence ("Kirkkopalvelut ... suunnittelija X Kirkkopalveluista"), and the last word of a name of two words or more
("Hoitokoti Kotikumpu Oy ... Kotikummun toimitusjohtaja X"), which may open its sentence before a title
(extract/org_echoes.py)."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko, posts
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord


def _extract(text: str):
    return extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))


def _posts(text: str) -> set[tuple[str, str]]:
    return posts(_extract(text))


@needs_voikko
def test_reference_name_inflected_after_the_person():
    text = ("Kirkkopalvelut kokoaa lahjoituksia. Vuosi oli vilkas. Hankkeesta kertoo suunnittelija Liisa Laine "
            "Kirkkopalveluista.")
    assert _posts(text) == {("Liisa Laine", "Kirkkopalvelut ry")}


@needs_voikko
def test_last_word_opening_a_sentence_before_a_title():
    text = ("Kodin pyörittää Hoitokoti Kotikumpu Oy. Hinnat ovat korkeat. Kuvateksti. Kotikummun toimitusjohtaja "
            "Anna Virran mukaan kysyntä on suurta.")
    assert _posts(text) == {("Anna Virta", "Hoitokoti Kotikumpu Oy")}


@needs_voikko
def test_last_word_shared_by_two_names_echoes_neither():
    text = ("Hoitokoti Kotikumpu Oy ja Palvelukoti Kotikumpu Oy sopivat yhteistyöstä. Kuvateksti. Kotikummun "
            "toimitusjohtaja Anna Virran mukaan sopimus on hyvä.")
    assert _posts(text) == set()


@needs_voikko
def test_sentence_opening_word_without_a_title_is_no_echo():
    ex = _extract("Hoitokoti Kotikumpu Oy avasi kodin. Kotikummun pihalla kasvaa omenapuita.")
    kotikumpu = [e for e in ex.entities.values() if e.label == "Hoitokoti Kotikumpu Oy"]
    assert len(kotikumpu) == 1 and len(kotikumpu[0].mentions) == 1


@needs_voikko
def test_whole_name_written_again_is_left_whole():
    ex = _extract("Rauman Palvelukampus järjestää kursseja. Hanketta johtaa Rauman Palvelukampuksen tiimi.")
    assert "Rauma" not in {e.label for e in ex.entities.values()}
