"""A project funded from a programme ("saanut rahoituksen X 2014-2020 ohjelmasta", "rahoitetaan Y -ohjelmasta") is
partOf that programme, and the programme funds it; the kind word may stand apart after the programme's name.
Invented project; real programmes from the reference data."""

from __future__ import annotations

from helpers import labelled_facts


def test_the_programme_named_with_its_kind_word_apart() -> None:
    facts = labelled_facts("Arjen apu -hanke on saanut rahoituksen Euroopan sosiaalirahaston Kestävää kasvua ja "
                           "työtä 2014-2020 ohjelmasta.")
    assert any(s == "Arjen apu" and p == "partOf" and o.startswith("Kestävää kasvua ja työtä") for s, p, o in facts)


def test_the_programme_with_its_kind_word_glued() -> None:
    facts = labelled_facts("Arjen apu -hanke rahoitetaan Uudistuva ja osaava Suomi 2021-2027 -ohjelmasta.")
    assert any(s == "Arjen apu" and p == "partOf" and o.startswith("Uudistuva ja osaava Suomi") for s, p, o in facts)


def test_a_programme_named_without_funding_is_no_part() -> None:
    facts = labelled_facts("Arjen apu -hanke esiteltiin Uudistuva ja osaava Suomi 2021-2027 -ohjelman seminaarissa.")
    assert not any(s == "Arjen apu" and p == "partOf" for s, p, _ in facts)
