"""Compositions of groups written as rows after the words that announce them (extract/composition_rows.py).

The texts are invented for these tests: a ministry-approved steering group in numbered rows with deputies, a
members heading over one member a line, and a numbered list of other things that follows no composition.
"""

from __future__ import annotations

from tests.helpers import record
from welfare_kg.extract.composition_rows import RULE
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.model import Extraction

NUMBERED = ("Kosteikon kunnostushankkeen ohjausryhmä\n\n"
            "Ohjausryhmä seuraa hankkeen etenemistä ja raportoi ministeriölle.\n\n"
            "Ministeriö on hyväksynyt seuraavan ohjausryhmän kokoonpanon. Ryhmä kokoontuu maaliskuussa.\n\n"
            "  1. Raision kaupungista: ympäristöjohtaja Tuomas Kallberg varajäsenenään suunnittelija Riikka Sirén.\n"
            "  2. Maskun kunnasta: tekninen johtaja Petri Junnila ja hänen myöhemmin nimeämänsä varajäsen.\n"
            "  3. Professori Aarno Koivisto\n")


def _seats(ex: Extraction) -> dict[str, tuple[str, str | None]]:
    return {ex.entities[f.subject].label: (ex.entities[f.object].label, f.post) for f in ex.facts
            if f.rule == RULE and f.subject in ex.entities and f.object in ex.entities}


def test_numbered_rows_seat_each_member_and_deputy_in_the_group() -> None:
    seats = _seats(extract_document(record(NUMBERED)))
    assert {name: post for name, (_, post) in seats.items()} == {
        "Tuomas Kallberg": "jäsen", "Riikka Sirén": "varajäsen", "Petri Junnila": "jäsen", "Aarno Koivisto": "jäsen"}
    groups = {group.lower() for group, _ in seats.values()}
    assert len(groups) == 1 and groups.pop().endswith("ohjausryhmä")


def test_members_heading_with_one_member_a_line() -> None:
    text = ("Ohjausryhmän jäsenet:\nSeppo Harjunpää, Satakunnan liitto\nMarketta Ylinen, Porin kaupunki\n\n"
            "Ohjausryhmä kokoontuu neljästi vuodessa.\n")
    seats = _seats(extract_document(record(text)))
    assert set(seats) == {"Seppo Harjunpää", "Marketta Ylinen"}


def test_numbered_list_after_other_words_seats_nobody() -> None:
    text = ("Ohjausryhmä kokoontui tiistaina. Ohjausryhmän tehtävät ovat seuraavat.\n\n"
            "  1. Seppo Harjunpää esittelee hankkeen tilanteen.\n  2. Marketta Ylinen kertoo viestinnästä.\n")
    assert _seats(extract_document(record(text))) == {}


def test_numbered_rows_run_into_one_line_part_at_the_next_number() -> None:
    """A transcript that joined the lines: "1. ... 2. ... 3. ..." on one line is the same list, each row from its
    number to the next; the rows' own towns stay theirs."""
    head, rows = NUMBERED.split("maaliskuussa.\n\n")
    flat = head + "maaliskuussa. " + " ".join(x.strip() for x in rows.split("\n") if x.strip()) + "\n"
    seats = _seats(extract_document(record(flat)))
    assert {name: post for name, (_, post) in seats.items()} == {
        "Tuomas Kallberg": "jäsen", "Riikka Sirén": "varajäsen", "Petri Junnila": "jäsen", "Aarno Koivisto": "jäsen"}


def test_numbers_out_of_sequence_are_no_run() -> None:
    from welfare_kg.extract.composition_rows import _numbered_run

    text = "kokoonpano: 1. Anna Aho ja 3. Eero Kivi sekä 12. Liisa Puro kokoontuivat 1. 3. 2017.\n"
    assert _numbered_run(text, 0) == []


def test_members_cue_with_a_term_before_the_colon() -> None:
    # the council's members named for a term: "jäseniksi toimikaudeksi 2024–2027:" and one "Name, Town" a line
    text = ("Neuvostot\n\nKaupunginhallituksen nimeämät henkilöt Järvelän kaupungin vanhusneuvoston jäseniksi "
            "toimikaudeksi 2024–2027:\n\nHelka Rantanen, Järvelä\nOskari Lehmusvaara, Järvelä\n"
            "Anneli Koskimaa, Järvelä\n\nNeuvosto kokoontuu kuukausittain.\n")
    seats = _seats(extract_document(record(text)))
    assert {name: post for name, (_, post) in seats.items()} == {
        "Helka Rantanen": "jäsen", "Oskari Lehmusvaara": "jäsen", "Anneli Koskimaa": "jäsen"}
    groups = {group.lower() for group, _ in seats.values()}
    assert len(groups) == 1 and groups.pop().endswith("vanhusneuvosto")


def test_a_term_phrase_without_a_list_after_it_seats_nobody() -> None:
    # the same words in running text, the sentence going on after the term: no colon opens rows
    text = ("Kaupunginhallitus nimesi vanhusneuvoston jäseniksi toimikaudeksi 2024–2027 Helka Rantasen ja "
            "Oskari Lehmusvaaran. Neuvosto kokoontuu kuukausittain.\n")
    assert not _seats(extract_document(record(text)))
