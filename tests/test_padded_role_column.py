"""An attendance list printed as two columns, the role padded far to the right of the name
("Rantala, Marcus              toimikunnan puheenjohtaja"): the body the role names is still the role's own,
however many spaces the transcript keeps between the columns.

Invented people and an invented committee name.
"""

from __future__ import annotations

import pytest
from helpers import needs_voikko, post_rows


def _minutes(gap: str) -> str:
    return ("Kokousaika 3.2.2016 klo 14:00\n\nKokouspaikka Kaupungintalo\n\nLäsnä\n\nJäsenet\n\n"
            f"Laaksonen, Mikko{gap}kielilautakunnan puheenjohtaja\n\nHolm, Anna\n\nVirta, Sami\n\n"
            "Nieminen, Eeva            varajäsen\n\n")


@needs_voikko
@pytest.mark.parametrize("gap", [" ", "              "])
def test_the_chair_of_the_body_named_in_a_padded_role_column(gap: str) -> None:
    rows = post_rows(_minutes(gap))
    chair = [(p, o) for p, post, o in rows if p == "Mikko Laaksonen" and "puheenjohtaja" in post]
    assert chair and chair[0][1].lower() == "kielilautakunta"
