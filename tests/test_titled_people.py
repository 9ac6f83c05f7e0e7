"""People named right after their title whose given name Voikko does not know (extract/titled_people.py).

All names are invented."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from tests.helpers import MORPH, needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.titled_people import _TITLED, titled_people
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def people(text: str) -> set[str]:
    record = DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt")
    return {e.label for e in extract_document(record).entities.values() if e.type == "Person"}


@pytest.mark.parametrize(("text", "label"), [
    ("Hankkeen vetäjänä toimii hallintojohtaja Petja Harakka, joka esitteli tulokset.", "Petja Harakka"),
    ("Seminaari järjestettiin yhdessä prof. Ilkka Niiniluodon kanssa.", "Ilkka Niiniluoto"),
    ("Lisätietoja antaa projektipäällikkö Tarvo Siukola puhelimitse.", "Tarvo Siukola"),
    ("Hallintojohtaja Velmo Kaarnasalo esitteli asian.", "Velmo Kaarnasalo"),
])
def test_a_title_before_an_unknown_given_name_names_a_person(text: str, label: str) -> None:
    assert label in people(text)


@pytest.mark.parametrize("text", [
    "Tilaisuuden avasi toiminnanjohtaja Helsingin kaupungilta.",
    "Puheen piti puheenjohtaja Suomen Punainen Risti -järjestöstä.",
    "Päätöksen teki johtaja Kela Oy.",
    "HALLINTOJOHTAJA PETJA HARAKKA",
    "Mukana oli kommundirektör Paragrafer Protokollet undertecknat.",
    "Yhteystiedot: päällikkö Kiljavantie Kiljava puh 040 123",
])
def test_organisations_places_headings_and_layout_words_are_nobody(text: str) -> None:
    assert not titled_people(text, MORPH)


def test_the_pipeline_adds_no_person_where_an_organisation_or_a_place_stands() -> None:
    assert not people("Tilaisuuden avasi toiminnanjohtaja Helsingin kaupungilta.")
    assert not people("Puheen piti puheenjohtaja Suomen Punainen Risti.")
    assert not people("Asiasta päättää johtaja Kela.")


def test_a_third_capitalised_word_makes_no_two_word_person() -> None:
    assert not titled_people("Paikalla oli johtaja Petja Harakka Kuukkeli ry:stä.", MORPH)


def test_a_clitic_reading_is_no_genitive_surname() -> None:
    """"Eränkö" is Voikko's "erän" with a question clitic: no surname "Erä"."""
    assert not titled_people("Lausunnon antoi varapuheenjohtaja Petja Eränkö kokouksessa.", MORPH)


def test_an_unknown_surname_keeps_its_ending_unless_the_stem_is_written_alone() -> None:
    alone = titled_people("Johtaja Petja Siukolan mukaan asia etenee. Siukola kertoi lisää.", MORPH)
    assert [p.label for p in alone] == ["Petja Siukola"]
    assert not titled_people("Kiitos kuuluu johtaja Petja Siukolalle.", MORPH)



def test_the_title_scan_finds_what_it_found_before_its_letters_were_possessive() -> None:
    """The scan of a whole page for "title First Surname" keeps the title's letters once read (`++`): the same
    matches as the pattern with a plain `+`, on invented lines mixed at random (issue 13: half the scan's time)."""
    assert "++" in _TITLED.pattern
    plain = re.compile(_TITLED.pattern.replace("++", "+"), _TITLED.flags)
    pieces = ["toimitusjohtaja", "Prof.", "dr.", "kehittämispäällikkö", "Anna", "Liisa-Maija", "Virtanen",
              "Mäki-Kuusela", "Åberg", "ÖSTMAN", "ry", "Oy", "hanke.", "x", "éé", "3", "-", ".", ",", "(", ")"]
    gaps = [" ", " ", "\t", "", "\n", ". "]
    rnd = random.Random(27)
    for _ in range(600):
        line = "".join(rnd.choice(pieces) + rnd.choice(gaps) for _ in range(rnd.randint(2, 12)))
        assert [m.regs for m in _TITLED.finditer(line)] == [m.regs for m in plain.finditer(line)], line
    found = _TITLED.search("Puheenjohtajana toimi professori Anna Virtanen.")
    assert found is not None and found.group("title", "first", "sur") == ("professori", "Anna", "Virtanen")
