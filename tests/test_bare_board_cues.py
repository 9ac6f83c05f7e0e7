"""Bare boards read from what stands around them: a post after the board in a surname-first attendance row
("Virtanen Liisa hallituksen puheenjohtaja") and the minutes of its meeting ("Hallituksen kokouksen pöytäkirja")
(extract/entities.py, _post_after and _minutes_of)."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

MINUTES = ("HÄMEEN VESIHUOLLON KUNTAYHTYMÄ PÖYTÄKIRJA 2/2024 Yhtymäkokous\n\n"
           "Läsnä Koskinen Pekka kuntayhtymän johtaja {row}\n\n"
           "1 § Kokouksen avaus. Puheenjohtaja avasi kokouksen.\n")


def _posts(text: str) -> set[tuple[str, str]]:
    """(person label, organisation label) of each holdsPost the pipeline states."""
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label.get(f.object, f.object)) for f in ex.facts if f.predicate == "holdsPost"}


@needs_voikko
def test_a_first_name_before_the_board_is_no_owner_of_it() -> None:
    # the row writes the surname first: the capitalised word before "hallituksen" is the person's first name, not
    # an organisation whose board it would name, so the board and the chair's post in it are read
    posts = _posts(MINUTES.format(row="Virtanen Liisa hallituksen puheenjohtaja"))
    assert ("Liisa Virtanen", "Hallitus") in posts


@needs_voikko
def test_an_owners_genitive_before_the_board_still_keeps_the_bare_board_unread() -> None:
    # "Esimerkki Oy:n hallituksen jäsen": the company's board, whose post is the company's; no bare board is read
    ex = extract("Virtanen Liisa, Esimerkki Oy:n hallituksen jäsen, esitteli asian.", "news")
    assert not any(e.type == "Body" and e.label == "Hallitus" for e in ex.entities.values())


@needs_voikko
def test_a_board_named_by_its_meetings_minutes_is_the_meeting_board() -> None:
    # "Hallituksen kokouksen pöytäkirja": the minutes of a board's meeting; its attendance roles are posts in it
    text = ("Hallituksen kokouksen pöytäkirja\n\nKokousaika 3.4.2024 klo 13 Kokouspaikka hallintokeskus "
            "Osallistujat Liisa Virtanen puheenjohtaja Pekka Koskinen jäsen\n\n1 § Kokouksen avaus.\n")
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    posts = {(label[f.subject], label[f.object]) for f in ex.facts if f.predicate == "holdsPost"}
    assert ("Liisa Virtanen", "Hallitus") in posts


@needs_voikko
def test_the_governments_proposal_names_no_board() -> None:
    ex = extract("Hallituksen esitys eduskunnalle annettiin keväällä, ja kunnat antoivat siitä lausuntonsa.", "news")
    assert not any(e.type == "Body" and e.label == "Hallitus" for e in ex.entities.values())


@needs_voikko
def test_a_board_read_for_a_post_that_went_to_the_rows_organisation_is_dropped() -> None:
    # "Liisa Virtanen, hallituksen puheenjohtaja, Esimerkin yhdistykset ry": the post is the association's (its own
    # board); the bare "hallitus" read for the post holds nothing and is no entity of the page
    text = ("Jäsenet\n\n • Jäsen: Pekka Koskinen, toiminnanjohtaja, Esimerkin muistiyhdistys ry\n"
            " • Varajäsen: Liisa Virtanen, hallituksen puheenjohtaja, Esimerkin yhdistykset ry\n\n"
            "Pöytäkirja 3/2024 § 4 Läsnä\n")
    ex = extract(text, "minutes")
    assert not any(e.type == "Body" and e.label == "Hallitus" for e in ex.entities.values())
