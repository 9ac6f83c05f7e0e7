"""A Swedish municipality named only by its s-genitive on its own body (thirty-first session, recall audit of fresh
Swedish pages).

The texts are written for these tests: an invented municipality of Sweden, which no reference data knows. Its
minutes say "Strömsbyns socialnämnd" and never "Strömsbyns kommun"; the officials' posts had no municipality to go
to. A municipal body's s-genitive names the municipality (extract/foreign_municipalities.py `_body_owners`); a
definite genitive ("Kommunens socialnämnd") or a region's ("Region Gotlands socialnämnd") does not.
"""

from __future__ import annotations

from helpers import needs_voikko, post_rows, record

from welfare_kg.extract.document import extract_document


@needs_voikko
def test_officials_of_a_body_named_with_its_towns_genitive_work_for_the_town() -> None:
    text = ("Strömsbyns socialnämnd\nSAMMANTRÄDESPROTOKOLL\nPlats och tid Gröna rummet Övriga deltagande "
            "Tf. socialchef Lisa Berglund Utredare Per Hallberg Utses att justera Anna Lindqvist (M)\n")
    rows = post_rows(text)
    assert ("Lisa Berglund", "socialchef", "Strömsbyns kommun") in rows, rows
    assert ("Per Hallberg", "utredare", "Strömsbyns kommun") in rows, rows


@needs_voikko
def test_definite_and_regional_genitives_name_no_municipality() -> None:
    out = extract_document(record("Kommunens socialnämnd beslutade i går. Region Gotlands socialnämnd möts i maj.\n",
                                  kind="news"))
    assert not any(e.type == "Municipality" for e in out.entities.values()), out.entities


@needs_voikko
def test_an_order_word_before_kommun_names_no_municipality() -> None:
    out = extract_document(record("Nästa kommun enligt förbundets ordningsföljd att ta över som ordförande är "
                                  "Ekeby kommun.\n", kind="news"))
    labels = {e.label for e in out.entities.values() if e.type == "Municipality"}
    assert labels == {"Ekeby kommun"}, labels
