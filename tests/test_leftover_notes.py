"""Mistakes other helpers noted on fresh real batches, checked on sentences of our own: how captions name each
person's employer, and other phrasings many pages share (not any one page's wording)."""

from __future__ import annotations

from tests.helpers import post_rows


def test_caption_items_give_each_person_the_organisation_after_their_name() -> None:
    rows = post_rows("Kampanjassa mukana toimitusjohtaja Matti Virtanen Kalakukko, rehtori Pekka Lahtinen Centria, "
                     "toimitusjohtaja Ville Koski Vesikolmio ja palvelupäällikkö Jani Mäki Centria.\n\n"
                     "Allekirjoittamassa Matti Virtanen Kalakukko, Pekka Lahtinen Centria ja Ville Koski Vesikolmio.",
                     kind="news")
    employers = {(person, org.split("-")[0]) for person, _post, org in rows}
    assert ("Matti Virtanen", "Kalakukko") in employers, rows
    assert ("Ville Koski", "Vesikolmio") in employers, rows
    assert ("Pekka Lahtinen", "Centria") in employers, rows
    assert not any(p in {"Matti Virtanen", "Ville Koski"} and o.startswith("Centria") for p, o in employers), rows


def test_an_inflected_organisation_after_the_name_is_no_caption() -> None:
    # "Vesikolmion" opens a phrase of its own ("... hallituksessa"): no employer is written after the name
    rows = post_rows("Toimitusjohtaja Ville Koski Vesikolmion hallituksesta kertoi, että Centria on mukana.",
                     kind="news")
    assert not any(o.startswith("Vesikolmio") for _p, _post, o in rows), rows
