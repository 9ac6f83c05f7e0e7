"""The chair signing a meeting notice after "MERK": extract/marked_signatures.py."""

from __future__ import annotations

from tests.helpers import extract, needs_voikko

NOTICE = ("SALMELAN KUNTA KOKOUSKUTSU 4/2019 Kunnanhallitus\n\nKokousaika maanantai 4.3.2019 klo 18.00\n"
          "Kokouspaikka kunnanvirasto\n\nKäsiteltävät asiat\n1 Kokouksen laillisuus ja päätösvaltaisuus\n"
          "2 Pöytäkirjan tarkastus\n3 Vanhuspalvelujen kehittäminen\n4 Talousarvion toteutuminen\n"
          "5 Kirjeet ja ilmoitusasiat\n6 Muut asiat\n\nKokouksen tarkastettu pöytäkirja pidetään yleisesti nähtävänä "
          "kunnanviraston keskustoimistossa kokousta seuraavan viikon torstaina virka-aikana.\n\n{signature}\n\n"
          "3 VANHUSPALVELUJEN KEHITTÄMINEN Khall 31 Kunnanhallitus merkitsee selvityksen tiedoksi.\n")


def _chairs(text: str) -> set[tuple[str, str]]:
    ex = extract(text, "minutes")
    label = {iri: e.label for iri, e in ex.entities.items()}
    return {(label[f.subject], label[f.object]) for f in ex.facts if f.rule == "holdsPost:marked-signature"}


@needs_voikko
def test_the_name_signed_after_merk_under_the_chairs_title_is_the_chair() -> None:
    found = _chairs(NOTICE.format(signature="Puheenjohtaja MERK Eero Kallio"))
    assert {person for person, _ in found} == {"Eero Kallio"}
    assert all("unnanhallitus" in body for _, body in found)


@needs_voikko
def test_a_title_written_after_another_name_is_that_names() -> None:
    # "Merk. A A hallituksen puheenjohtaja Merk. B": the chair's title is A's, B signs as someone else
    text = NOTICE.format(signature="Merk. Eero Kallio Eero Kallio hallituksen puheenjohtaja Merk. Tiina Mäki")
    assert "Tiina Mäki" not in {person for person, _ in _chairs(text)}


@needs_voikko
def test_a_notice_whose_head_names_no_body_gives_nothing() -> None:
    text = NOTICE.format(signature="Puheenjohtaja MERK Eero Kallio").replace(" Kunnanhallitus\n", "\n", 1)
    assert _chairs(text) == set()
