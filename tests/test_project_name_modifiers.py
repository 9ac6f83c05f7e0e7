"""Words before a project's name that describe the project, not name it (extract/undertaking_names.py
`_name_start`): an adjective in the case of the kind word after the dash, and lower-case words before a coined
name in capitals. All sentences are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _projects(text: str) -> set[str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label for e in ex.entities.values() if e.type == "Project"}


def test_adjective_in_the_heads_case_is_no_word_of_a_sentence_case_name() -> None:
    # the place and the length before the name say where and how long; the name is in sentence case
    assert _projects("Hän vetää Koivulan Setlementissä kaksivuotista Arki sujuvaksi -hanketta.") == {"Arki sujuvaksi"}


def test_unknown_numeral_adjective_is_told_by_its_ending() -> None:
    assert _projects("Tiimi työskentelee Porin seudulla puolitoistavuotisessa Koti kuntoon -hankkeessa.") \
        == {"Koti kuntoon"}


def test_lower_case_words_before_a_coined_name_in_capitals() -> None:
    assert _projects("Uutta tukea perheille KOTIAPU -hankkeesta\n\nHanke alkoi keväällä.") == {"KOTIAPU"}


def test_adjective_in_another_case_stays_in_the_name() -> None:
    # "parempaa" is partitive, the head nominative: the adjective is the name's own word
    assert _projects("Kohti parempaa Huomista -hanke alkaa syksyllä.") == {"Kohti parempaa Huomista"}
