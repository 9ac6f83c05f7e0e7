"""A roster that writes each role before its name ("Sotkamon kunnasta Eero X Johtokunnan puheenjohtaja Liisa Y
Toimitusjohtaja Olli Z") though its first row opens with a member's town, not with a role word: the capitalised
roles open the rows, so the board's chair is the name after "Johtokunnan puheenjohtaja", not the one before it.
A "Name role" roster, whose last name has a role of its own, keeps reading the role after the name. Invented
authority, places and people."""

from __future__ import annotations

from helpers import needs_voikko, record

from welfare_kg.extract.document import extract_document
from welfare_kg.extract.gazetteer import reference_gazetteer


def _posts(text: str) -> set[tuple[str | None, str | None, str | None]]:
    out = extract_document(record(text, kind="minutes", name="m_x.txt"), gazetteer=reference_gazetteer())
    label = {i: e.label for i, e in out.entities.items()}
    return {(label.get(f.subject), label.get(f.object), f.post) for f in out.facts if f.predicate == "holdsPost"}


_HEAD = ("ESIMERKKILÄN JÄTEHUOLLON KUNTAYHTYMÄ PÖYTÄKIRJA 2/2020 Yhtymäkokous Aika: 12.3.2020 klo 10 Paikka: "
         "Kuntayhtymän toimisto Läsnä: ")


@needs_voikko
def test_capitalised_roles_before_the_names_open_their_rows() -> None:
    posts = _posts(_HEAD + "Yhtymäkokousedustajat: Kajaanin kaupungista Aino Koskela Sotkamon kunnasta Eero "
                   "Salminen Johtokunnan puheenjohtaja Liisa Puronen Toimitusjohtaja Olli Mäkelä "
                   "Pöytäkirjanpitäjä: Olli Mäkelä 1 § KOKOUKSEN AVAUS Johtokunnan puheenjohtaja Liisa Puronen "
                   "avasi kokouksen.\n")
    assert ("Liisa Puronen", "Johtokunta", "puheenjohtaja") in posts, posts
    assert not any(person == "Eero Salminen" and org == "Johtokunta" for person, org, _ in posts), posts
    assert not any(person == "Liisa Puronen" and post == "toimitusjohtaja" for person, _, post in posts), posts
    assert any(person == "Olli Mäkelä" and post == "toimitusjohtaja" for person, _, post in posts), posts


@needs_voikko
def test_a_name_role_roster_keeps_its_roles_after_the_names() -> None:
    posts = _posts(_HEAD + "Aino Koskela puheenjohtaja Eero Salminen jäsen Liisa Puronen jäsen "
                   "Olli Mäkelä toimitusjohtaja\n1 § KOKOUKSEN AVAUS Kokous todettiin päätösvaltaiseksi.\n")
    assert any(person == "Aino Koskela" and post == "puheenjohtaja" for person, _, post in posts), posts
    assert any(person == "Olli Mäkelä" and post == "toimitusjohtaja" for person, _, post in posts), posts
    assert not any(person == "Eero Salminen" and post == "puheenjohtaja" for person, _, post in posts), posts


@needs_voikko
def test_another_bodys_seat_before_a_name_is_that_names() -> None:
    posts = _posts("ESIMERKKILÄN PERUSTURVAKUNTAYHTYMÄ PÖYTÄKIRJA 3/2021 Yhtymäkokous Aika: 2.3.2021 klo 10 Läsnä: "
                   "Edustajat: Kajaanin kaupungista Aino Koskela Yhtymähallituksen varapuheenjohtaja Anna Aho "
                   "Kunnanjohtaja Pekka Ranta Pöytäkirjanpitäjä: Pekka Ranta 1 § KOKOUKSEN AVAUS Kokous todettiin "
                   "laillisesti koolle kutsutuksi.\n")
    assert any(person == "Anna Aho" and org == "Yhtymähallitus" for person, org, _ in posts), posts
    assert not any(person == "Aino Koskela" and org == "Yhtymähallitus" for person, org, _ in posts), posts
