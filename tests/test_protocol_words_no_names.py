"""A Swedish protocol's headings and a firm's mixed-case short name run into the names of an attendance list.

Swedish minutes close the attendance with "Justeringens plats och tid" and open the items with "Dagordning" /
"Dagordningen godkänns"; an auditor's line reads "revisorsbiträde PwC Lisa X". Run into one line, the heading's
verbal noun in the definite form ("Justeringens", "Dagordningen") was read as the surname of the name before it
("Nyqvist Justeringen"), and "PwC" as a first name ("Lisa PwC"). No Finnish or Swedish surname ends "-ningen" or
"-ningar", and none is written with a capital inside it (bar "Mc"/"Mac"). The texts are invented.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.people import inner_capital, listed_people, nameish
from welfare_kg.extract.text import tokenize


def _names(text: str) -> list[str]:
    return [p.label for p in listed_people(text, MORPH)]


def _nameish(word: str) -> bool:
    return nameish(next(t for t in tokenize(word) if t.is_word), MORPH)


def test_inner_capitals() -> None:
    assert inner_capital("PwC") and inner_capital("BusinessOulu") and inner_capital("NVSam")
    # a name's own prefix, a double name, a name in capitals: no capital inside a word
    assert not any(inner_capital(w) for w in ("McCarron", "MacLeod", "Anna-Liisa", "KPMG", "Virtanen"))


@needs_voikko
def test_heading_nouns_are_no_names() -> None:
    assert not _nameish("Justeringens") and not _nameish("Dagordningen") and not _nameish("Anteckningar")
    assert not _nameish("PwC") and not _nameish("Dagordning")
    # guard: a surname ending "-ning" and one with a name's prefix stay names
    assert _nameish("Werning") and _nameish("McCarron")


@needs_voikko
def test_attendance_closed_by_the_checking_heading() -> None:
    text = ("Beslutande Anna Lindgren (S), ordförande Per Holm (M)\nÖvriga närvarande Karin Berg, socialchef "
            "Sten Åberg, revisorsbiträde PwC Lisa Nyqvist Justeringens plats och tid Socialkontoret\n\n"
            "3 NVSam Dagordning Dagordningen föredras.")
    names = _names(text)
    assert "Lisa Nyqvist" in names
    assert not any("Justering" in n or "PwC" in n or "Dagordning" in n for n in names)
    # guard: the other rows keep their names
    assert {"Anna Lindgren", "Per Holm", "Karin Berg", "Sten Åberg"} <= set(names)
