"""Where a project's or programme's name before its head word begins and ends, in shapes unseen documents write.

Sentences written for these tests, with invented names; each rule has a case it must find and one it must leave
alone.
"""

from __future__ import annotations

import pytest

from tests.helpers import needs_voikko_for, record
from welfare_kg.extract.document import extract_document

needs_voikko = needs_voikko_for("lower-case words, verbs and the nominative are known from Voikko's lexicon")
HEADING = "Uutiset\n\n"  # the sentence under a heading, not a document's title line


def labels(text: str, typ: str) -> set[str]:
    """Every label of every entity of one type the pipeline reads from the text under a heading."""
    ex = extract_document(record(HEADING + text))
    return {lab for e in ex.entities.values() if e.type == typ for lab in {e.label, *e.labels}}


# -- a name in title case does not run on into the lower-case clause before it ---------------------------------

@needs_voikko
@pytest.mark.parametrize(("text", "typ", "name", "clause"), [
    ("Hankkeet saavat rahoitusta alueiden välisen Vahva Satama -yhteistyöohjelman hakukierrokselta.",
     "Programme", "Vahva Satama -yhteistyöohjelma", "rahoitusta"),
    ("Kunta osallistuu yhdessä naapurikuntien kanssa Uusi Aamu -hankkeeseen.", "Project", "Uusi Aamu", "kanssa"),
])
def test_a_title_case_name_starts_at_its_first_capital_after_lower_case_words(
        text: str, typ: str, name: str, clause: str) -> None:
    found = labels(text, typ)
    assert name in found
    assert not any(clause in x for x in found)


@needs_voikko
@pytest.mark.parametrize(("text", "name"), [
    ("Kunta osallistuu Kotona kaikki hyvin -hankkeeseen.", "Kotona kaikki hyvin"),  # sentence case: whole
    ("Yhdistys hallinnoi Pohjanmaan ja Lapin Muistipolku -hanketta.", "Pohjanmaan ja Lapin Muistipolku"),
])
def test_a_sentence_case_name_or_a_joined_title_stays_whole(text: str, name: str) -> None:
    assert name in labels(text, "Project")


# -- a person's name before a project's name is who speaks of it, not a word of the name -----------------------

@needs_voikko
@pytest.mark.parametrize(("text", "name"), [
    # a contact block run into one line, as a flattened page prints it
    ("Lisätiedot: Anna-Liisa Esimerkki Uusi Aamu -hankkeen projektikoordinaattori, p. 040 000 0000", "Uusi Aamu"),
    ("Lisätietoja antaa Pekka Malli Arjen avain -hankkeesta.", "Arjen avain"),
])
def test_a_person_before_a_project_name_stays_out_of_it(text: str, name: str) -> None:
    found = labels(text, "Project")
    assert name in found
    assert not any("Esimerkki" in x or "Malli" in x for x in found)


@needs_voikko
def test_a_project_named_after_a_person_keeps_the_name() -> None:
    assert "Aino Ackté" in labels("Kaupunki osallistuu Aino Ackté -hankkeeseen.", "Project")


# -- in a title in capitals the act on a project ends the name read back from " -HANKE" --------------------------

@needs_voikko
@pytest.mark.parametrize(("text", "name"), [
    ("222 ILMOITUSASIAT OSALLISTUMINEN KYLIEN VALO -HANKKEESEEN\n\nKunnanhallitus päätti osallistua.", "kylien valo"),
    ("§ 14 TIEDOKSI HYVÄKSYMINEN KYLIEN VALO -HANKKEEN SUUNNITELMALLE\n\nHyväksyttiin.", "kylien valo"),
])
def test_a_procedural_noun_in_capitals_opens_no_name(text: str, name: str) -> None:
    found = {x.lower() for x in labels(text, "Project")}
    assert name in found
    assert not any("osallistuminen" in x or "hyväksyminen" in x for x in found)


@needs_voikko
def test_a_fund_left_alone_after_the_act_names_no_project() -> None:
    # "OSALLISTUMINEN EAKR -HANKEHAKEMUKSEN VALMISTELUUN": an application for a fund's project, none named
    found = labels("221 TIEDOKSI 222 ILMOITUSASIAT OSALLISTUMINEN EAKR -HANKEHAKEMUKSEN VALMISTELUUN\n\nMerkittiin.",
                   "Project")
    assert not any("ILMOITUSASIAT" in x or "OSALLISTUMINEN" in x for x in found)
