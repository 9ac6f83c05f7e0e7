"""A staff row naming no organisation takes the organisation the page is about (extract/row_owners.py).

The texts are invented for these tests: invented people, real organisations of the reference data.
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows

_PAGE = ("Neuvostot\n\nKeski-Suomen hyvinvointialue kokoaa neuvostonsa asukkaiden äänen kuulemiseksi. "
         "Neuvostoissa on edustajia Jyväskylästä ja Äänekoskelta, ja Keski-Suomen hyvinvointialue nimeää ne."
         "\n\nAsiantuntijajäsenet:\n\n"
         "{rows}\n\nNeuvosto kokoontuu neljä kertaa vuodessa.\n")


@needs_voikko
def test_a_bulleted_row_of_name_post_and_unit_is_the_page_organisations() -> None:
    rows = post_rows(_PAGE.format(rows=" • Veikko Rantanen, toimialajohtaja, kotihoito.\n"
                                       " • Sihteeri: Outi Salonen, alueellinen palvelupäällikkö"), kind="news")
    assert ("Veikko Rantanen", "toimialajohtaja", "Keski-Suomen hyvinvointialue") in rows
    assert ("Outi Salonen", "alueellinen palvelupäällikkö", "Keski-Suomen hyvinvointialue") in rows


@needs_voikko
def test_a_row_with_a_third_field_in_capitals_or_in_prose_is_not_the_pages() -> None:
    rows = post_rows(_PAGE.format(rows=" • Veikko Rantanen, toiminnanjohtaja, Esimerkkiseudun Muistikerho\n\n"
                                       "Kokouksessa puhui myös toimialajohtaja Outi Salonen, joka kertoi."),
                     kind="news")
    assert not any(s == "Veikko Rantanen" and o == "Keski-Suomen hyvinvointialue" for s, _, o in rows)


@needs_voikko
def test_a_page_whose_opening_names_no_employer_gives_rows_none() -> None:
    rows = post_rows("Neuvostot\n\nNeuvostot kokoavat asukkaiden äänen. Ne kokoontuvat usein ja kuulevat "
                     "monia.\n\n" + "Lisää tekstiä neuvostoista ja niiden työstä. " * 14 + "\n\nKeski-Suomen "
                     "hyvinvointialue nimeää jäsenet.\n\nYhteyshenkilöt ovat nämä:\n\n"
                     " • Veikko Rantanen, toimialajohtaja, kotihoito.\n",
                     kind="news")
    assert not any(s == "Veikko Rantanen" and o == "Keski-Suomen hyvinvointialue" for s, _, o in rows)
