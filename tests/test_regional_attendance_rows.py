"""Attendance rows that name a region's or joint authority's own council or board by its abbreviation
("Mv:n I varapuheenjohtaja", "Yv:n pj"): a seat in that organ when the minutes name it, as the town's "kv:n pj" is.

The minutes are invented for these tests (no real document's text or people); the regional councils are real kinds
of organs (maakuntalaki, kuntalaki), written as their minutes abbreviate them.
"""

from __future__ import annotations

from helpers import needs_voikko_for, post_rows

from welfare_kg.extract.attendance_layouts import names_body_of_kind

needs_voikko = needs_voikko_for("surname-first rows need Voikko's first names")

REGION = ("POHJANMAAN LIITTO\nPÖYTÄKIRJA 3/2019\nMaakuntahallitus\n\nLäsnä\nVirtanen Matti\tpuheenjohtaja\n"
          "Kivi Anna\tMv:n I varapuheenjohtaja\nLaine Pekka\tMv:n puheenjohtaja\nSalo Liisa\tmaakuntajohtaja\n\n"
          "1 § Kokouksen avaus\nMaakuntavaltuusto päättää asiasta.\n")
JOINT = ("KAINUUN SOTE KUNTAYHTYMÄ\nPÖYTÄKIRJA 3/2019\nYhtymähallitus\n\nLäsnä\nVirtanen Matti\tpuheenjohtaja\n"
         "Kivi Anna\tYv:n pj\nSalo Liisa\tkuntayhtymän johtaja\n\n1 § Kokouksen avaus\n"
         "Yhtymävaltuusto päättää asiasta.\n")
UNNAMED = ("POHJANMAAN LIITTO\nPÖYTÄKIRJA 3/2019\nMaakuntahallitus\n\nLäsnä\nVirtanen Matti\tpuheenjohtaja\n"
           "Kivi Anna\tMv:n I varapuheenjohtaja\n\n1 § Kokouksen avaus\n")


@needs_voikko
def test_a_regional_councils_chairs_hold_seats_in_that_council_not_in_the_board_that_met() -> None:
    facts = post_rows(REGION)
    assert ("Anna Kivi", "Mv:n I varapuheenjohtaja", "Maakuntavaltuusto") in facts
    assert ("Pekka Laine", "Mv:n puheenjohtaja", "Maakuntavaltuusto") in facts
    assert ("Matti Virtanen", "puheenjohtaja", "Maakuntahallitus") in facts
    assert not {f for f in facts if f[0] in {"Anna Kivi", "Pekka Laine"} and f[2] == "Maakuntahallitus"}


@needs_voikko
def test_a_joint_authoritys_council_abbreviation_names_its_council() -> None:
    assert ("Anna Kivi", "Yv:n pj", "Yhtymävaltuusto") in post_rows(JOINT)


@needs_voikko
def test_an_organ_the_minutes_never_name_gives_no_seat() -> None:
    assert not {f for f in post_rows(UNNAMED) if f[0] == "Anna Kivi"}


def test_a_regional_kind_names_its_own_organ_only() -> None:
    assert names_body_of_kind("Pohjanmaan maakuntavaltuusto", "maakuntavaltuusto")
    assert not names_body_of_kind("Maakuntahallitus", "maakuntavaltuusto")
    assert not names_body_of_kind("Maakuntahallituksen jaosto", "maakuntahallitus")
    # the town's kinds still leave a region's organs out
    assert not names_body_of_kind("Maakuntavaltuusto", "valtuusto")
