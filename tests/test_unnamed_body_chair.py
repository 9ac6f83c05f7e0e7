"""The chair in the attendance of minutes that never name the body that met ("Läsnä olevat valtuutetut  Kosti X
puheenjohtaja" under a letterhead "Muonion kunta"): posted once, with low confidence, in the publishing organisation
(extract/posts.py UNNAMED_BODY_CHAIR_RULE); minutes naming their body keep the chair there.

The minutes are invented for these tests (no real document's text or people); the municipality is reference data.
"""

from __future__ import annotations

from helpers import needs_voikko_for, post_rows

needs_voikko = needs_voikko_for("surname-first rows need Voikko's first names")

UNNAMED = ("KARVIAN KUNTA\nPÖYTÄKIRJA 3/2019\n\nAika 12.3.2019 klo 16.00\nPaikka Kunnantalo\n\n"
           "Läsnä olevat valtuutetut\nVirtanen Matti puheenjohtaja\nKivi Anna varapuheenjohtaja\nLaine Pekka\n"
           "Aho Eino puheenjohtaja\n\n1 § Kokouksen avaus\n")
NAMED = UNNAMED.replace("PÖYTÄKIRJA 3/2019\n", "PÖYTÄKIRJA 3/2019\nKunnanvaltuusto\n")


@needs_voikko
def test_the_first_chair_of_minutes_without_their_body_holds_the_seat_in_the_town() -> None:
    facts = post_rows(UNNAMED)
    assert ("Matti Virtanen", "puheenjohtaja", "Karvia") in facts
    assert not {f for f in facts if f[0] in {"Anna Kivi", "Eino Aho"} and f[2] == "Karvia"}  # once a document


@needs_voikko
def test_minutes_naming_their_body_post_the_chair_there() -> None:
    facts = post_rows(NAMED)
    assert ("Matti Virtanen", "puheenjohtaja", "Karvia") not in facts
    assert any(f[0] == "Matti Virtanen" and "valtuusto" in f[2].lower() for f in facts)
