"""Posts a story gives by whom a person speaks for or comes from: "A ... Y ry:n edustajana" (post "edustaja"),
"A Y ry:stä vetää hanketta", "A Kuopion kaupungilta kertoi" (no title); a town in the elative without its kind
word ("A Helsingistä") is where someone comes from, no employer. Invented people and associations."""

from __future__ import annotations

from helpers import titled_posts


def test_a_representative_of_an_association_holds_the_post() -> None:
    posts = titled_posts("Työryhmässä on mukana Anna Mäkelä Keski-Suomen Omaishoitajat ry:n edustajana.")
    assert ("Anna Mäkelä", "Keski-Suomen Omaishoitajat ry", "edustaja") in posts


def test_a_person_from_an_association_holds_a_post_without_title() -> None:
    posts = titled_posts("Kirsi Laine Kainuun Martat ry:stä vetää uutta hanketta.")
    assert ("Kirsi Laine", "Kainuun Martat ry", "") in posts


def test_a_person_from_a_city_by_its_kind_word() -> None:
    posts = titled_posts("Hankkeesta kertoi Matti Virtanen Kuopion kaupungilta.")
    assert any(p == "Matti Virtanen" and o == "Kuopio" for p, o, _ in posts)


def test_a_home_town_is_no_employer() -> None:
    posts = titled_posts("Kisan voitti Liisa Laine Helsingistä.")
    assert not any(p == "Liisa Laine" for p, _, _ in posts)


def test_the_representative_is_the_nearest_person_before_in_the_sentence() -> None:
    posts = titled_posts("Ohjausryhmään kuuluvat Anna Mäkelä ja Pekka Korhonen Kainuun Martat ry:n edustajana.")
    assert ("Pekka Korhonen", "Kainuun Martat ry", "edustaja") in posts
    assert not any(p == "Anna Mäkelä" and o == "Kainuun Martat ry" for p, o, _ in posts)


def test_a_roster_run_opening_with_organisations_sends_each_person_from_the_one_before() -> None:
    # a PDF's representative rows run into one line, each organisation in the elative before its member
    posts = titled_posts("Edustajat: Lahden kaupungista Saara Niemi Hollolan kunnasta Ville Koski "
                         "Asikkalan kunnasta Tuula Aho Johtokunnan puheenjohtaja Pekka Salo", kind="minutes")
    froms = {(p, o) for p, o, _ in posts}
    assert {("Saara Niemi", "Lahti"), ("Ville Koski", "Hollola"), ("Tuula Aho", "Asikkala")} <= froms
    assert ("Saara Niemi", "Hollola") not in froms and ("Ville Koski", "Asikkala") not in froms


def test_a_single_person_before_an_elative_keeps_the_prose_order() -> None:
    posts = titled_posts("Hankkeesta kertoi Matti Virtanen Kuopion kaupungilta ja Anna Laine esitteli tulokset.")
    assert any(p == "Matti Virtanen" and o == "Kuopio" for p, o, _ in posts)


def test_a_lone_person_after_an_unread_sender_sends_nobody() -> None:
    # a run of one person after an elative kind word the recogniser did not read: nothing is left to pair
    # (it used to stop the document: the rest of an empty run was read)
    from welfare_kg.extract.model import Mention
    from welfare_kg.extract.representative_posts import _sending_runs

    text = "Paikalla oli edustaja kuntayhtymästä Matti Virtanen."
    start = text.index("Matti")
    person = Mention(start, start + len("Matti Virtanen"), "Matti Virtanen", "Matti Virtanen", "Person",
                     iri="https://example.org/p")
    assert _sending_runs([person], text) == {}
