"""A title written as a shared compound keeps its genitive owner (twenty-eighth session, fresh-page audit).

The sentences are written for these tests: invented people introduced as "<organisation>:n <X- ja Y-title>
<Name>", the second of two such people in one sentence; the first half of the compound ("viestintä-") stood
between the owner and the title word, so the owner was not read as the title's.
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows


@needs_voikko
def test_the_second_persons_shared_compound_title_keeps_its_owner() -> None:
    text = ("Varapuheenjohtajiksi on valittu Mehiläinen Oy:n toimitusjohtaja Yrjö Närhinen ja Attendo Oy:n "
            "viestintä- ja yhteiskuntasuhdejohtaja Pekka Mäki.")
    rows = post_rows(text, kind="news")
    assert ("Pekka Mäki", "viestintä- ja yhteiskuntasuhdejohtaja", "Attendo") in rows, rows
    assert ("Yrjö Närhinen", "toimitusjohtaja", "Mehiläinen") in rows, rows
