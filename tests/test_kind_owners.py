"""A bare kind word before a titled person ("kuntayhtymän johtaja X", "yhdistyksen ... hankeneuvoja X") points back
to the organisation of that kind the text named (extract/kind_owners.py).

The texts are written for these tests: invented people, real organisations of the reference data.
"""

from __future__ import annotations

from helpers import needs_voikko_for, post_rows

from welfare_kg.extract.kind_owners import kind_word_owner
from welfare_kg.extract.spans import SpanIndex
from welfare_kg.records import Mention

needs_voikko = needs_voikko_for("first names and cases are known from Voikko")


def _at(text: str, surface: str, kind: str, iri: str | None, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, surface, kind, iri=iri)


ASSOCIATION = ("Kylätoiminta ry kehittää Akaan ja Urjalan maaseutua. Akaan kunta on mukana. "
               "Yhdistyksen toimistolla on yksi työntekijä, hankeneuvoja Liisa Salo.")


def test_a_kind_word_in_the_persons_sentence_is_the_organisation_of_that_kind_named_before() -> None:
    text = ASSOCIATION.replace("Yhdistyksen toimistolla", "Lisäksi yhdistyksen toimistolla")
    assoc = _at(text, "Kylätoiminta ry", "Association", "assoc/kylatoiminta")
    town = _at(text, "Akaan kunta", "Municipality", "muni/akaa")
    person = _at(text, "Liisa Salo", "Person", "person/liisa-salo")
    assert kind_word_owner(person, SpanIndex([assoc, town, person]), text) == "assoc/kylatoiminta"


def test_no_kind_word_or_another_name_after_it_leaves_the_post_to_other_rules() -> None:
    text = "Kylätoiminta ry toimii Akaassa. Hankeneuvoja Liisa Salo kertoo."
    assoc = _at(text, "Kylätoiminta ry", "Association", "assoc/kylatoiminta")
    person = _at(text, "Liisa Salo", "Person", "person/liisa-salo")
    assert kind_word_owner(person, SpanIndex([assoc, person]), text) is None
    # "yhdistyksen" is another organisation's clause when a named one stands between it and the title
    text = "Kylätoiminta ry:n mukaan yhdistyksen jäsen Akaan kunta ja hankeneuvoja Liisa Salo sopivat."
    assoc = _at(text, "Kylätoiminta ry", "Association", "assoc/kylatoiminta")
    town = _at(text, "Akaan kunta", "Municipality", "muni/akaa")
    person = _at(text, "Liisa Salo", "Person", "person/liisa-salo")
    assert kind_word_owner(person, SpanIndex([assoc, town, person]), text) is None
    # the word in an earlier sentence is not the person's
    text = "Kylätoiminta ry on yhdistys. Hankeneuvoja Liisa Salo kertoo."
    assoc = _at(text, "Kylätoiminta ry", "Association", "assoc/kylatoiminta")
    person = _at(text, "Liisa Salo", "Person", "person/liisa-salo")
    assert kind_word_owner(person, SpanIndex([assoc, person]), text) is None


def test_the_most_named_organisation_of_the_kind_is_the_one_meant() -> None:
    text = ("Essote valmistelee. Essoten hallitus kokoontuu. Sosteri osallistuu. "
            "Sanoo kuntayhtymän johtaja Risto Aho.")
    essote1 = _at(text, "Essote", "JointAuthority", "ja/essote")
    essote2 = _at(text, "Essoten", "JointAuthority", "ja/essote")
    sosteri = _at(text, "Sosteri", "JointAuthority", "ja/sosteri")
    person = _at(text, "Risto Aho", "Person", "person/risto-aho")
    assert kind_word_owner(person, SpanIndex([essote1, essote2, sosteri, person]), text) == "ja/essote"
    # named equally often: the latest before the word
    assert kind_word_owner(person, SpanIndex([essote1, sosteri, person]), text) == "ja/sosteri"


@needs_voikko
def test_a_news_page_posts_the_associations_employee_in_the_association_not_the_last_town() -> None:
    text = ("Pirkan Helmi ry kehittää Pälkäneen, Valkeakosken, Akaan ja Urjalan maaseutua.\n\n"
            "Konsalan lisäksi yhdistyksen toimistolla on yksi vakituinen työntekijä, hankeneuvoja Liisa Salo.\n")
    facts = post_rows(text)
    assert {(p, o) for s, p, o in facts if s == "Liisa Salo"} == {("hankeneuvoja", "Pirkan Helmi ry")}


def test_a_club_s_parish_s_and_school_s_own_words_point_back_to_theirs() -> None:
    club = "Kylämäen Palloseura ry täytti 50 vuotta. Lahjoituksen otti vastaan seuran puheenjohtaja Liisa Salo."
    assoc = _at(club, "Kylämäen Palloseura ry", "Association", "assoc/palloseura")
    person = _at(club, "Liisa Salo", "Person", "person/liisa-salo")
    assert kind_word_owner(person, SpanIndex([assoc, person]), club) == "assoc/palloseura"
    school = ("Lapin ammattikorkeakoulu ja Rovaniemen kaupunki sopivat yhteistyöstä. Asiasta kertoi "
              "ammattikorkeakoulun rehtori Pekka Malli.")
    # a university of applied sciences is a company in the reference data: its kind is told by its name's head
    uas = _at(school, "Lapin ammattikorkeakoulu", "Company", "company/lapin-amk")
    town = _at(school, "Rovaniemen kaupunki", "Municipality", "muni/rovaniemi")
    rector = _at(school, "Pekka Malli", "Person", "person/pekka-malli")
    assert kind_word_owner(rector, SpanIndex([uas, town, rector]), school) == "company/lapin-amk"
    parish = "Kylämäen seurakunta ja Kylämäen Palloseura ry jakavat avustuksia. Kertoo seurakunnan diakoni Anna Malli."
    church = _at(parish, "Kylämäen seurakunta", "Parish", "parish/kylamaki")
    assoc = _at(parish, "Kylämäen Palloseura ry", "Association", "assoc/palloseura")
    deacon = _at(parish, "Anna Malli", "Person", "person/anna-malli")
    assert kind_word_owner(deacon, SpanIndex([church, assoc, deacon]), parish) == "parish/kylamaki"


def test_a_seat_is_the_association_s_only_with_its_kind_word_right_before_the_title() -> None:
    text = "Kylämäen Palloseura ry sai lahjoituksen. Sen otti vastaan seuran puheenjohtaja Liisa Salo."
    assoc = _at(text, "Kylämäen Palloseura ry", "Association", "assoc/palloseura")
    person = _at(text, "Liisa Salo", "Person", "person/liisa-salo")
    assert kind_word_owner(person, SpanIndex([assoc, person]), text, seat=True) == "assoc/palloseura"
    # the kind word further off, or a joint authority's: a chair of some board, not told here
    text = "Kylämäen Palloseura ry sai lahjoituksen. Seuran mukaan sen otti vastaan puheenjohtaja Liisa Salo."
    assoc = _at(text, "Kylämäen Palloseura ry", "Association", "assoc/palloseura")
    person = _at(text, "Liisa Salo", "Person", "person/liisa-salo")
    assert kind_word_owner(person, SpanIndex([assoc, person]), text, seat=True) is None
    assert kind_word_owner(person, SpanIndex([assoc, person]), text) == "assoc/palloseura"
    text = "Essote valmistelee. Kertoo kuntayhtymän puheenjohtaja Risto Aho."
    essote = _at(text, "Essote", "JointAuthority", "ja/essote")
    person = _at(text, "Risto Aho", "Person", "person/risto-aho")
    assert kind_word_owner(person, SpanIndex([essote, person]), text, seat=True) is None


@needs_voikko
def test_a_club_s_chair_in_prose_holds_the_post_in_the_club_named_before() -> None:
    text = ("Lahjoitus nuorille\n\nKylämäen Lions Club ry lahjoitti 500 euroa Vesalan Palloseura ry:lle. "
            "Palloseuran puolesta lahjoituksen vastaanotti seuran puheenjohtaja Veikko Ranta.\n")
    facts = post_rows(text)
    assert {(p, o) for s, p, o in facts if s == "Veikko Ranta"} == {("puheenjohtaja", "Vesalan Palloseura ry")}


def test_a_seat_s_club_is_the_one_its_own_sentence_names_before_the_kind_word() -> None:
    text = ("Kylämäen Lions Club ry lahjoitti. Kylämäen Lions Club ry on vanha. Vesalan Palloseura ry:n puolesta "
            "lahjoituksen otti vastaan seuran puheenjohtaja Liisa Salo.")
    lions = [_at(text, "Kylämäen Lions Club ry", "Association", "assoc/lions", n) for n in (0, 1)]
    club = _at(text, "Vesalan Palloseura ry", "Association", "assoc/palloseura")
    person = _at(text, "Liisa Salo", "Person", "person/liisa-salo")
    assert kind_word_owner(person, SpanIndex([*lions, club, person]), text, seat=True) == "assoc/palloseura"
    # without the seat, the kind word keeps pointing back to the most named one
    office = text.replace("puheenjohtaja", "toiminnanjohtaja")
    assert kind_word_owner(person, SpanIndex([*lions, club, person]), office) == "assoc/lions"


@needs_voikko
def test_a_company_word_points_to_the_company_named_as_one_not_a_school_that_is_an_oy_in_law() -> None:
    # invented: a university of applied sciences of the reference data receives a gift from an invented company
    text = ("Lapin ammattikorkeakoulu on saanut lahjoituksen Kuusitalo Oy:ltä. Lapin ammattikorkeakoulu kiittää. "
            "Lahjoituksen luovuttivat yhtiön toimitusjohtaja Maija Rinne ja talousjohtaja Olli Sarvi maanantaina.")
    rows = post_rows(text, kind="news")
    assert ("Maija Rinne", "toimitusjohtaja", "Kuusitalo Oy") in rows
    # the kind word written once is both coordinated titles' ("yhtiön toimitusjohtaja A ja talousjohtaja B")
    assert ("Olli Sarvi", "talousjohtaja", "Kuusitalo Oy") in rows
    assert not any(org != "Kuusitalo Oy" for _p, _t, org in rows)


def test_a_titled_person_between_the_kind_word_and_a_second_one_does_not_stop_the_word() -> None:
    # an organisation between them still stops the word: asserted in
    # test_no_kind_word_or_another_name_after_it_leaves_the_post_to_other_rules
    text = "Kylätoiminta ry kiittää. Yhdistyksen puheenjohtaja Anna Aho ja sihteeri Liisa Salo sopivat."
    assoc = _at(text, "Kylätoiminta ry", "Association", "assoc/kylatoiminta")
    first = _at(text, "Anna Aho", "Person", "person/anna-aho")
    person = _at(text, "Liisa Salo", "Person", "person/liisa-salo")
    assert kind_word_owner(person, SpanIndex([assoc, first, person]), text) == "assoc/kylatoiminta"
