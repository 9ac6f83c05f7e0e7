"""A sub-project written "X -osahanke" whose label lost the kind word is still a sub-project: partOf the project in
focus (partOf:sub-project), never the focus itself, in a list one a line under a heading or after the whole's
genitive; "osana" an event makes no part."""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.document import extract_document

PROJECT = ("Hyvä arki -hanke kehittää palveluja Etelä-Savossa. Hyvä arki -hanketta hallinnoi Mikkelin kaupunki. "
           "Hyvä arki -hanke päättyy 2025. ")


def _part_of(text: str) -> set[tuple[str, str]]:
    return {(f.subject.rsplit("/", 1)[-1], f.object.rsplit("/", 1)[-1]) for f in extract_document(record(text)).facts
            if f.predicate == "partOf"}


def test_sub_projects_one_a_line_under_a_heading() -> None:
    facts = _part_of(PROJECT + "\nOsahankkeet\nKotona kotona -osahanke\nArjen apu -osahanke\n")
    assert len(facts) == 2 and {whole for _, whole in facts} == {"arki-hyva"}, facts


def test_sub_project_after_the_wholes_genitive() -> None:
    facts = _part_of(PROJECT + "\nHyvä arki -hankkeen Kotona kotona -osahanke käynnistyi syksyllä.\n")
    assert len(facts) == 1 and next(iter(facts))[1] == "arki-hyva", facts


def test_part_of_an_event_is_no_whole() -> None:
    assert _part_of(PROJECT + "\nHyvä arki -hanke esittäytyi osana Mikkelin Hyvinvointimessuja.\n") == set()
