"""One table of body abbreviations (data/body_abbreviations.csv) serves the heading, attendance and seat readers."""

from __future__ import annotations

from welfare_kg.extract import attendance_layouts, entities, posts
from welfare_kg.extract.body_abbreviations import (
    REGIONAL_KINDS,
    attendance_kinds,
    body_abbreviations,
    header_acronyms,
    seat_kinds,
)


def test_every_reader_reads_the_one_table() -> None:
    assert header_acronyms() == entities.BODY_ACRONYMS
    assert attendance_kinds() == attendance_layouts.BODY_ABBREVIATIONS
    assert set(posts._ASSEMBLY_KINDS) == set(seat_kinds())


def test_heading_spellings_keep_their_case() -> None:
    acronyms = header_acronyms()
    assert acronyms["Khall"] == "kunnanhallitus"
    assert acronyms["Kst"] == "kommunstyrelse"
    # the lower-case "kv" is no heading spelling: in running text it may be a word
    assert "kv" not in acronyms and "KHall" not in acronyms


def test_rows_are_lower_case_and_each_reader_knows_the_kind() -> None:
    for row in body_abbreviations():
        assert row.abbreviation == row.abbreviation.lower()
        if row.seat or row.attendance:
            assert row.kind in {"valtuusto", "hallitus", "fullmäktige", "styrelse"} | REGIONAL_KINDS
        if row.kind in REGIONAL_KINDS:  # a region's organ: attendance rows only, never a town's seat or heading
            assert row.attendance and not row.seat and not row.spellings


def test_seat_abbreviations_name_council_or_board() -> None:
    council, board = posts._ASSEMBLY_KINDS["kvalt"], posts._ASSEMBLY_KINDS["kst"]
    assert council[1] == "valtuuston" and board[1] == "hallituksen"
    # the longest abbreviation is tried first: "kvalt pj" is the council's, not "kv" followed by "alt"
    m = posts._ASSEMBLY_ROLE.match("kvalt pj")
    assert m is not None and m.group("abbr") == "kvalt" and m.group("role") == "pj"


def test_attendance_only_abbreviations_stay_out_of_seats_and_headings() -> None:
    assert attendance_kinds()["kfge"] == "fullmäktige" and attendance_kinds()["ks"] == "styrelse"
    assert "ks" not in seat_kinds() and "ks" not in header_acronyms()
    assert "kval" in seat_kinds() and "kval" not in attendance_kinds()
