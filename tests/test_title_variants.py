"""Titles written with a qualifier or in two languages still give the post."""

from tests.helpers import labelled_facts


def _posts(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in labelled_facts(text) if p == "holdsPost"}


def test_new_official_said_with_the_copula() -> None:
    assert ("Aino Rinne", "Kemi") in _posts("Aino Rinne (kuvassa) on Kemin kaupungin uusi hyvinvointikoordinaattori.")


def test_long_serving_official_said_with_the_copula() -> None:
    assert ("Aino Rinne", "Kemi") in _posts("Aino Rinne on Kemin kaupungin pitkäaikainen sosiaalijohtaja.")


def test_bilingual_title_before_the_name() -> None:
    text = ("Hallitukseen valittiin jäsenet, jotka ovat:\n"
            "toiminnanjohtaja Pauli Koski, Tornion Palvelukoti ry,\n"
            "puheenjohtaja/ ordförande Irja Lampi, Sallan Seniorit ry sekä\n"
            "toiminnanjohtaja Veikko Salmela, Kemin Vanhusyhdistys ry.\n")
    assert ("Irja Lampi", "Sallan Seniorit ry") in _posts(text)
