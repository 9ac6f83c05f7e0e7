"""A paragraph range after a role in an attendance list ("X, mötesordförande § 94 - § 106") notes the items
that person attended; it does not end the list the way a paragraph heading ("§ 94 Mötet öppnas") does.

Invented people; the layout is that of an association board's protocol.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.people import listed_people

PROTOCOL = ("PROTOKOLL NR 3/2020\n\nMöte med föreningens styrelse\n\nLedamöter Närvarande\n"
            "Anna Berg X, mötesordförande § 1 - § 9\nErik Lind X\nSara Holm X, mötesordförande § 10 - § 15\n"
            "Sekretariatet\nEva Strand X, sekreterare\n\n§ 1 Mötet öppnas\n\nOrdförande Anna Berg hälsar alla "
            "välkomna.\n")


@needs_voikko
def test_a_range_after_a_role_keeps_the_list_going() -> None:
    people = listed_people(PROTOCOL, MORPH)
    assert [p.label for p in people][:4] == ["Anna Berg", "Erik Lind", "Sara Holm", "Eva Strand"]


@needs_voikko
def test_a_paragraph_heading_still_ends_the_list() -> None:
    people = listed_people(PROTOCOL, MORPH)
    assert all(p.start < PROTOCOL.index("§ 1 Mötet") for p in people)
