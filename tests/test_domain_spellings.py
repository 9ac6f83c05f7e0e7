"""A small organisation's contact people: an address of the first name alone ("anna@") goes to the one listed person
of that first name (welfare_kg/contacts.py), and an address the reference data does not know goes to the
organisation the page names whose name spells its domain (extract/domain_spellings.py, used by
extract/post_review.py `added_posts`)."""
from __future__ import annotations

import re

from tests.helpers import needs_voikko, titled_posts
from welfare_kg.contacts import contacts_by_person
from welfare_kg.extract.domain_spellings import spellings


def test_a_name_spells_its_runs_of_words_and_its_initials() -> None:
    assert "kotikulma" in spellings("Kotikulma ry")
    assert "sininenhelmi" in spellings("Kahvila Sininen Helmi r.f.")
    assert "ksy" in spellings("Kylien Sivistysyhdistys Yhdessä")
    assert "ry" not in spellings("Kotikulma ry")  # the legal form is no spelling


def test_a_first_name_address_goes_to_the_one_person_of_that_name() -> None:
    text = "Anna Virtanen\n\nanna@kotikulma.fi\n\nPekka Laine\n\npekka@kotikulma.fi\n"
    people = [(m.start(), m.end(), name) for name in ("Anna Virtanen", "Pekka Laine")
              for m in re.finditer(name, text)]
    assert contacts_by_person(text, people) == {"Anna Virtanen": ["anna@kotikulma.fi"],
                                               "Pekka Laine": ["pekka@kotikulma.fi"]}


def test_a_first_name_two_people_share_goes_to_no_one_by_the_name() -> None:
    text = "Anna Virtanen ja Anna Laine\n\nanna@kotikulma.fi\n"
    people = [(m.start(), m.end(), name) for name in ("Anna Virtanen", "Anna Laine")
              for m in re.finditer(name, text)]
    assert contacts_by_person(text, people) == {}


@needs_voikko
def test_contact_people_of_a_page_work_for_the_organisation_their_domain_spells() -> None:
    got = titled_posts("Kahvila Sininen Helmi r.f. järjestää nuorille iltoja Kaskisissa.\n\n"
                       "Lisätietoja\n\nAnna Virtanen\nanna@sininenhelmi.fi\n\nPekka Laine\npekka@sininenhelmi.fi\n")
    assert ("Anna Virtanen", "Kahvila Sininen Helmi r.f", "") in got or \
        ("Anna Virtanen", "Kahvila Sininen Helmi r.f.", "") in got
    assert any(p == "Pekka Laine" and o.startswith("Kahvila Sininen Helmi") for p, o, _ in got)
