"""A row of minutes' attendance labelled with its meeting role, the person's own title after a comma ("Esittelijä
Liisa X, perusturvajohtaja"): the title is the person's office in the publishing organisation
(extract/posts.py LABELLED_ROW_RULE); a title with no comma after a labelled name may be the next row's.

The minutes are invented for these tests (no real document's text or people); the municipality is reference data.
"""

from __future__ import annotations

from helpers import needs_voikko_for, post_rows

needs_voikko = needs_voikko_for("first names are known from Voikko")

HEAD = "KARVIAN KUNTA\nPÖYTÄKIRJA 3/2019\nPerusturvalautakunta\n\nAika 12.3.2019 klo 16.00\nPaikka Kunnantalo\n\n"
LABELLED = HEAD + ("Läsnä\nPuheenjohtaja\tMatti Virtanen\nJäsenet\tPekka Laine\n\tEino Aho\n"
                   "Esittelijä\tLiisa Salo, perusturvajohtaja\n\n1 § Kokouksen avaus\n")


@needs_voikko
def test_the_title_after_the_comma_of_a_labelled_row_is_the_persons_office_in_the_town() -> None:
    facts = post_rows(LABELLED)
    assert ("Liisa Salo", "perusturvajohtaja", "Karvia") in facts
    assert ("Matti Virtanen", "puheenjohtaja", "Perusturvalautakunta") in facts


@needs_voikko
def test_a_labelled_row_without_a_title_of_its_own_gains_none() -> None:
    facts = post_rows(HEAD + "Läsnä\nPuheenjohtaja\tMatti Virtanen\nEsittelijä\tLiisa Salo\n\n1 § Kokouksen avaus\n")
    assert not {f for f in facts if f[0] == "Liisa Salo" and f[2] == "Karvia"}
