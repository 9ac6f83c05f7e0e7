"""A minutes contact's title on a line of its own (extract/people.py `contact_lines`, extract/posts.py
`next_line_roles`).

City minutes print an item's presenter as three paragraphs, the label, the title and the name ("Esittelijä" /
"toimialajohtaja" / "Outi X"), and a preparer as the name with the title on the line under it. The minutes here
are invented for these tests (no real document's people).
"""

from __future__ import annotations

from tests.helpers import posts, record
from welfare_kg.extract.document import extract_document
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.people import contact_lines, title_line

MORPH = get_morphology()
_HEAD = ("Kuopion kaupunki\nSosiaali- ja terveyslautakunta\nPÖYTÄKIRJA 4/2021\n\n§ 12 Avustus yhdistykselle\n\n"
         "Lautakunta päätti myöntää avustusta Kuopion Setlementti ry:lle 5 000 euroa.\n\n")


def _holders(text: str) -> dict[str, str]:
    ex = extract_document(record(_HEAD + text, kind="minutes"))
    return dict(posts(ex))


def test_title_paragraph_between_label_and_name() -> None:
    held = _holders("Esittelijä\n\nsosiaali- ja terveystoimialan toimialajohtaja\n\nOuti Laine\n\nLiitteet\n\n"
                    "1 Hakemus\n")
    assert "Kuopio" in held.get("Outi Laine", "")


def test_title_paragraph_other_names() -> None:
    held = _holders("Esittelijä\n\npalvelualuejohtaja\n\nVeikko Ranta\n\nLiitteet\n\n1 Hakemus\n")
    assert "Kuopio" in held.get("Veikko Ranta", "")


def test_title_line_under_a_preparer() -> None:
    held = _holders("Valmistelija\nLiisa Mäkelä\nsuunnittelija\n\nLiitteet\n")
    assert "Kuopio" in held.get("Liisa Mäkelä", "")


def test_a_line_that_is_no_title_gives_no_post() -> None:
    held = _holders("Lisätiedot\n\nAino Koskinen\n\nKuopion Setlementti ry\n")
    assert "Aino Koskinen" not in held


def test_the_name_line_after_a_title_line_joins_the_span() -> None:
    text = "Esittelijä\n\ntoimialajohtaja\n\nOuti Laine\n\nMuuta\n"
    (start, end, _), = contact_lines(text, MORPH)
    assert text[start:end] == "toimialajohtaja\n\nOuti Laine"
    (start, end, _), = contact_lines("Esittelijä\n\nOuti Laine\n\ntoimialajohtaja\n", MORPH)
    assert end - start == len("Outi Laine")


def test_title_line_shape() -> None:
    assert title_line("sosiaali- ja terveystoimialan toimialajohtaja", MORPH)
    assert title_line("Kaupunginjohtaja", MORPH)
    assert not title_line("Outi Laine", MORPH)
    assert not title_line("kaupunginjohtaja Outi Laine", MORPH)
    assert not title_line("Kunnanhallitus päättää hyväksyä esityksen", MORPH)


def test_title_on_the_label_s_line_and_the_name_under_it() -> None:
    held = _holders("Esittelijä: palvelualuejohtaja\nVeikko Ranta\n\nLiitteet\n\n1 Hakemus\n")
    assert "Kuopio" in held.get("Veikko Ranta", "")


def test_a_sentence_after_the_title_line_is_no_name_line() -> None:
    text = "Esittelijä\n\nkaupunginjohtaja\n\nKaupunginhallitus päättää myöntää Veikko Rannalle avustusta.\n"
    (start, end, _), = contact_lines(text, MORPH)
    assert text[start:end] == "kaupunginjohtaja"
