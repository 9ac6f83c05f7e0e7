"""A Leader report's or card's action group row ("toimintaryhmä: X ry") names the project's funder."""

from __future__ import annotations

from helpers import ID, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.fields import read_fields
from welfare_kg.extract.gazetteer import reference_gazetteer


def _funds(text: str) -> set[tuple[str, str]]:
    out = extract_document(record(text), gazetteer=reference_gazetteer())
    label = {iri: min(e.labels) for iri, e in out.entities.items()}
    return {(label.get(f.subject, f.subject.removeprefix(ID)), label.get(f.object, f.object.removeprefix(ID)))
            for f in out.facts if f.predicate == "funds"}


def test_the_lower_case_row_of_a_report_transcript_is_the_funder_field() -> None:
    text = ("HANKKEEN LOPPURAPORTTI\n\n"
            "1. Hankkeen toteuttaja Kylämäen kunta Koulutie 3, Kylämäki 2. Hanke nimi: Virkeät pihapiirit "
            "hankkeen numero: 4812 DNro: 77/ ohjelma: Manner-Suomen maaseudun kehittämisohjelma toimintalinja: "
            "Leader toimenpide: Leader-toimenpiteet linjalla 3 toimintaryhmä: Pohjoisten kylien kehittäjät ry "
            "3. Hankkeen teemat valittiin kyselyjen ja kyläiltojen perusteella, ja useimmat "
            "tilaisuudet kiinnostivat asukkaita enemmän kuin oli odotettu.\n")
    fields = {f.label: text[f.value_start:f.value_end] for f in read_fields(text)}
    assert fields["toimintaryhmä"] == "Pohjoisten kylien kehittäjät ry"
    assert fields["Hanke nimi"] == "Virkeät pihapiirit"  # the new row makes the line no denser
    assert any(giver.startswith("Pohjoisten kylien kehittäjät") and "Virkeät pihapiirit" in got
               for giver, got in _funds(text))


def test_a_capitalised_action_group_row_of_a_card() -> None:
    text = ("Hankkeen nimi: Saunarannan yhteisöpiha\n"
            "Toteuttaja: Saunarannan kyläyhdistys ry\n"
            "Toimintaryhmä: Järvien ja metsien Leader ry\n")
    kinds = {f.label: f.kind for f in read_fields(text)}
    assert kinds["Toimintaryhmä"] == "funder"


def test_the_word_in_prose_is_no_field() -> None:
    text = "Hankkeen toimintaryhmä kokoontui kolme kertaa. Toimintaryhmä puolsi hakemusta keväällä.\n"
    assert not any(f.label.lower() == "toimintaryhmä" for f in read_fields(text))
