"""A council's page that lists its members under "Jäsenet   Varajäsenet" column heads, one row a line, surname first
("Lehto Arja, pj.   Koski Timo"): the attendance-block reading of minutes reads such a table on any page, and the
columns give the seats (the row's first person a member, the next one the deputy). Invented council and people."""

from __future__ import annotations

from helpers import labels_and_facts

PAGE = ("Vanhusneuvosto\n\nVanhusneuvosto on kunnan ikääntyneiden vaikuttamiskanava.\n\n"
        "Vanhusneuvoston edustajat 2021 - 2025\n\n"
        " Jäsenet   Varajäsenet\n"
        " Lehtinen Arja, pj.   Hakala Timo\n"
        " Mäkelä Sirkka, varapj.   Forssa Leena\n"
        " Nieminen Eero   Salonen Aino\n"
        " Heikkilä Raili   Virtanen Kalle\n")


def test_a_pages_roster_table_names_everyone() -> None:
    ents, _ = labels_and_facts(PAGE)
    people = {label for typ, label in ents if typ == "Person"}
    assert {"Arja Lehtinen", "Timo Hakala", "Sirkka Mäkelä", "Leena Forssa", "Eero Nieminen", "Aino Salonen",
            "Raili Heikkilä", "Kalle Virtanen"} <= people
    assert ("Municipality", "Forssa") not in ents  # a surname that is also a town's name, inside the table


def test_the_columns_give_member_and_deputy_seats() -> None:
    _, facts = labels_and_facts(PAGE)
    assert ("Arja Lehtinen", "holdsPost", "Vanhusneuvosto") in facts
    assert ("Eero Nieminen", "holdsPost", "Vanhusneuvosto") in facts
    assert ("Aino Salonen", "holdsPost", "Vanhusneuvosto") in facts
    assert not any(s == "Sirkka Mäkelä" and o == "Forssa" for s, _, o in facts)


def test_the_seat_is_the_columns() -> None:
    from helpers import titled_posts
    posts = titled_posts(PAGE)
    assert ("Eero Nieminen", "Vanhusneuvosto", "jäsen") in posts
    assert ("Aino Salonen", "Vanhusneuvosto", "varajäsen") in posts
    assert ("Arja Lehtinen", "Vanhusneuvosto", "puheenjohtaja") in posts
