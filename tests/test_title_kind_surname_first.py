"""A title right before a name gives the person a post in the one organisation of that title's kind on the page
("taustoittaa vt. hyvinvointialuejohtaja X"). Not when the name is written surname first with a comma
("... kanslichef Wärn, Mathias"): such lists put each title after its name, so the word before is the previous
row's.

Invented people; the organisation is reference data.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko, post_rows

from welfare_kg.extract.post_review import _title_before
from welfare_kg.records import Mention


@needs_voikko
def test_a_title_before_a_name_written_in_order_is_that_persons() -> None:
    rows = post_rows("Asiaa taustoitti Pirkanmaan hyvinvointialueella vt. hyvinvointialuejohtaja Leena Korhonen.",
                     kind="news")
    assert any(p == "Leena Korhonen" for p, _, _ in rows)


@needs_voikko
def test_the_word_before_a_surname_first_row_is_the_previous_rows_title() -> None:
    text = "Övriga närvarande Strand, Eva hyvinvointialuejohtaja Korhonen, Leena Salonen, Anu"
    k = text.index("Korhonen")
    inverted = Mention(k, k + 16, "Korhonen, Leena", "Leena Korhonen", "Person", iri="p")
    assert _title_before(inverted, text, MORPH) is None
    plain = "Asiaa taustoitti hyvinvointialuejohtaja Leena Korhonen."
    k = plain.index("Leena")
    assert _title_before(Mention(k, k + 14, "Leena Korhonen", "Leena Korhonen", "Person", iri="p"), plain,
                         MORPH) == "hyvinvointialuejohtaja"
