"""An address's street is no person's surname (extract/entities.py `_street_word`). The texts are written for
these tests: invented streets, towns and people."""

from __future__ import annotations

from helpers import entity_labels, needs_voikko


@needs_voikko
def test_a_first_name_before_a_street_and_its_number_is_no_person() -> None:
    text = "Hanke tukee ikäihmisiä.\n\nYhteystiedot\nMaria Kauppakatu 5\nAnna Laine puh 040 123\n"
    assert entity_labels(text, "Person") == {"Anna Laine"}


@needs_voikko
def test_a_street_named_after_someone_names_no_person_of_the_text() -> None:
    text = ("Hanke tukee ikäihmisiä.\n\nKäyntiosoite Anna Lindhin katu 5, Kuopio\n"
            "Postiosoite Juho Kusti Paasikiven katu 7\n")
    assert entity_labels(text, "Person") == set()


@needs_voikko
def test_a_contact_row_s_name_before_the_street_stays_a_person() -> None:
    text = ("Hanke tukee ikäihmisiä.\n\nKemiönsaaren kunta Y-tunnus 0133833-7 Maria Wallin Vretantie 19 25700 Kemiö "
            "Kustavin kunta Marika Lehtinen Keskustie 7 23360 Kustavi\n")
    assert {"Maria Wallin", "Marika Lehtinen"} <= entity_labels(text, "Person")


@needs_voikko
def test_a_surname_that_ends_like_a_road_is_still_a_surname() -> None:
    # "Talvitie" and "Kivitie" are surnames in DVV's table though Voikko reads a road in them
    text = ("Työryhmän jäsenet:\n• Sanna Talvitie, Esimerkkikylän kunta\n• Outi Kivitie, Mallilan kunta\n\n"
            "Käyntiosoite Talvitie 5, Kuopio\n")
    assert entity_labels(text, "Person") == {"Sanna Talvitie", "Outi Kivitie"}
