"""Title and name lines under a town or organisation label line (extract/label_entries.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.label_entries import HEADED_RULE, RULE
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko

_OPENING = "Muistio\nSeutuneuvottelukunnan kokous\nAika: 3.3.2014 klo 13\nLäsnä:\n"


def posts(text: str, any_rule: bool = False) -> set[tuple[str, str, str]]:
    record = DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="minutes")
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1], f.rule)
            for f in extract_document(record).facts if f.predicate == "holdsPost" and (any_rule or f.rule == RULE)}


def test_label_with_colon_then_title_then_name() -> None:
    text = _OPENING + ("Kärkölä: Kunnanhallituksen puheenjohtaja\nVeikko Kaarnanen\nVs. kunnanjohtaja\n"
                       "Erja Taipalus\nLahti: Kaupunginjohtaja\nJyrki Mäntyharju\n")
    found = {(p, o) for p, o, _ in posts(text)}
    assert ("veikko-kaarnanen", "316") in found and ("erja-taipalus", "316") in found
    assert ("jyrki-mantyharju", "398") in found


def test_label_alone_without_colon_and_blank_lines() -> None:
    text = _OPENING + "Kärkölä\n\nVs. kunnanjohtaja\n\nErja Taipalus\n\nLahti\n\nKaupunginjohtaja\n\nJyrki Mäntyharju\n"
    found = {(p, o) for p, o, _ in posts(text)}
    assert ("erja-taipalus", "316") in found and ("jyrki-mantyharju", "398") in found


def test_label_then_name_then_title() -> None:
    # the cell-a-line reading took the town on the line above the name for both: the label over each entry decides
    text = _OPENING + "Kärkölä:\n\nErja Taipalus\nkunnanjohtaja\n\nLahti:\n\nJyrki Mäntyharju\nkaupunginjohtaja\n"
    found = {(p, o) for p, o, _ in posts(text, any_rule=True)}
    assert ("erja-taipalus", "316") in found and ("jyrki-mantyharju", "398") in found
    assert ("jyrki-mantyharju", "316") not in found


def test_heading_that_names_no_town_says_nothing() -> None:
    text = _OPENING + "Osallistujat:\nVs. kunnanjohtaja\nErja Taipalus\nKaupunginjohtaja\nJyrki Mäntyharju\n"
    assert not posts(text)


def test_date_or_phone_in_the_label_place_says_nothing() -> None:
    text = _OPENING + ("3.3.2014\nVs. kunnanjohtaja\nErja Taipalus\n\npuh. 040 123 4567\nKaupunginjohtaja\n"
                       "Jyrki Mäntyharju\n")
    assert not posts(text)


def test_title_line_naming_another_organisation_says_nothing() -> None:
    text = _OPENING + "Kärkölä:\nVs. kunnanjohtaja\nErja Taipalus\nKelan johtaja\nJyrki Mäntyharju\n"
    assert not any(p == "jyrki-mantyharju" for p, _, _ in posts(text))


def test_prose_between_label_and_name_breaks_the_list() -> None:
    text = _OPENING + ("Kärkölä\nKunta on päättänyt osallistua hankkeeseen ja nimennyt edustajansa kokoukseen.\n"
                       "Vs. kunnanjohtaja\nErja Taipalus\n")
    assert not posts(text)


def test_name_first_without_blank_lines_takes_the_label_above() -> None:
    text = _OPENING + "Kärkölä:\nErja Taipalus\nkunnanjohtaja\nLahti:\nJyrki Mäntyharju\nkaupunginjohtaja\n"
    found = {(p, o) for p, o, _ in posts(text, any_rule=True)}
    assert ("erja-taipalus", "316") in found and ("jyrki-mantyharju", "398") in found
    assert ("erja-taipalus", "398") not in found and ("jyrki-mantyharju", "316") not in found


def test_title_heading_over_name_and_town_lines() -> None:
    text = _OPENING + ("Kaupungin/kunnanjohtajat\nHannu Jokivarsi\nTuusula\nKimmo Behmilä\nNurmijärvi poissa\n"
                       "Erkki Kuukkola\nJärvenpää\n")
    found = {(p, o, r) for p, o, r in posts(text, any_rule=True)}
    assert ("kimmo-behmila", "543", HEADED_RULE) in found and ("erkki-kuukkola", "186", HEADED_RULE) in found


def test_meeting_role_or_no_title_heading_over_name_and_town_lines_says_nothing() -> None:
    for heading in ("Jäsenet", "Osallistujat", "Puheenjohtaja"):
        text = _OPENING + f"{heading}\nHannu Jokivarsi\nTuusula\nKimmo Behmilä\nNurmijärvi\n"
        assert not any(r == HEADED_RULE for _, _, r in posts(text, any_rule=True))
