"""A Swedish protocol known by its justification form alone (twenty-eighth session, fresh-page audit).

The texts are written for these tests: an invented committee's front page as a transcript gives it -- no section
sign, no "protokoll" in its first lines, only the participants and the form "Utses att justera", "Justeringens
plats och tid" -- which was read as a news page, so its attendance gave no posts; and a news item that merely
mentions a committee.
"""

from __future__ import annotations

from welfare_kg.loaders.minutes import looks_like_minutes


def test_a_front_page_with_the_justering_form_is_minutes() -> None:
    text = ("Omsorgsnämnden Plats och tid Stadshuset, rum Ek Beslutande Ledamöter: Anna Holm (S), ordförande "
            "Erik Lund (M), vice ordförande Övriga deltagande Sara Berg, nämndsekreterare Utses att justera Erik Lund "
            "Justeringens plats och tid Stadshuset 12 mars Underskrifter Sekreterare Paragrafer 1-9")
    assert looks_like_minutes(text)


def test_a_news_item_about_a_committee_is_not() -> None:
    text = ("Omsorgsnämnden beslutade i går att bygga ett nytt äldreboende. Ordförande Anna Holm säger att "
            "beslutet var enhälligt och att bygget börjar nästa år.")
    assert not looks_like_minutes(text)
