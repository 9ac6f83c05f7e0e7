"""A chair's title abbreviated before the name in running text ("Kunnanhallituksen varapj. Keijo X").

The abbreviation's full stop ends a sentence for the splitter, so the body in the genitive before it stands in
another sentence than the name (extract/document.py `_abbreviated_seat_owner`, extract/posts.py
`seat_abbreviation`). The minutes are invented for these tests.
"""

from __future__ import annotations

from helpers import needs_voikko_for, post_rows

from welfare_kg.extract.posts import seat_abbreviation

needs_voikko = needs_voikko_for("first names are known from Voikko")


def _minutes(sentence: str) -> str:
    return ("Kylämäen kunta\nKunnanhallitus\nPÖYTÄKIRJA 3/2020\n\n§ 5 Avustus\n\nKunnanhallitus päättää myöntää "
            "Kylämäen 4H-yhdistykselle lisäavustusta 2000 euroa.\n\nKeskustelun kuluessa esitettiin muutosta. "
            f"{sentence}\n")


def test_seat_abbreviations() -> None:
    assert seat_abbreviation("varapj.") == "varapuheenjohtaja"
    assert seat_abbreviation("pj.") == "puheenjohtaja"
    assert seat_abbreviation("vpj.") == "varapuheenjohtaja"
    assert seat_abbreviation("pj") is None  # no full stop: a column's word, read by the lists
    assert seat_abbreviation("esim.") is None


@needs_voikko
def test_the_body_before_the_abbreviation_holds_the_seat() -> None:
    rows = post_rows(_minutes("Kunnanhallituksen varapj. Veikko Ranta kannatti ehdotusta."))
    assert {(p, o) for s, p, o in rows if s == "Veikko Ranta"} == {("varapuheenjohtaja", "Kunnanhallitus")}


@needs_voikko
def test_no_body_before_the_abbreviation_gives_no_seat() -> None:
    rows = post_rows(_minutes("Asiaa esitteli pj. Veikko Ranta."))
    assert not {o for s, _, o in rows if s == "Veikko Ranta"}
