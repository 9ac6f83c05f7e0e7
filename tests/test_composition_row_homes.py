"""The organisation a composition row opens with, in the elative ("2. Liedon kunnasta: Ympäristöpäällikkö X",
"4. ELY-keskuksen ympäristönsuojeluyksiköstä X varajäsenenään Y"): where the row's member and deputy come from, a
post there (the first title before the name) besides their seat in the group (extract/composition_rows.py
HOME_RULE).

The text is invented for these tests (no real document's people); the municipalities and the ELY centre are
reference data.
"""

from __future__ import annotations

from helpers import needs_voikko_for, post_rows

needs_voikko = needs_voikko_for("names and cases are known from Voikko")

ROWS = ("Ministeriö on hyväksynyt seuraavan ohjausryhmän kokoonpanon. Ohjausryhmä järjestäytyy keväällä.\n\n"
        "  1. Liedon kunnasta: Ympäristöpäällikkö, puheenjohtaja Matti Virtanen.\n"
        "  2. Varsinais-Suomen ELY-keskuksesta Anna Kivi varajäsenenään Pekka Laine.\n"
        "  3. Emeritusprofessori Liisa Salo\n")


@needs_voikko
def test_the_rows_opening_organisation_is_where_its_people_hold_posts() -> None:
    facts = post_rows(ROWS, kind="news")
    assert any(f[0] == "Matti Virtanen" and f[2] == "Lieto" for f in facts)
    for person in ("Anna Kivi", "Pekka Laine"):  # the member and the deputy of the ELY centre's row
        assert any(f[0] == person and "elinkeino" in f[2] for f in facts)
    assert not {f for f in facts if f[0] == "Liisa Salo" and f[2] not in {"Ohjausryhmä"}}


def test_the_rows_first_title_is_the_post_in_its_organisation() -> None:
    from welfare_kg.extract.composition_rows import _title_before

    assert _title_before("Liedon kunnasta ja neuvottelukunnasta: Ympäristöpäällikkö, puheenjohtaja ") == \
        "ympäristöpäällikkö"
    assert _title_before(" ja varapuheenjohtaja ") == "varapuheenjohtaja"
    assert _title_before(" ") is None
