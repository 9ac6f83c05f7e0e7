"""A card's label word opening a line under a line that ends in a title ("... projektikoordinaattori ja
projektityöntekijä" / "Yhteyshenkilö Anna Mäkelä, ...") is no surname written before a given name: the pair
"Yhteyshenkilö Anna" is no person, and the contact's own name is read whole."""

from __future__ import annotations

from helpers import entity_labels


def test_a_contact_label_after_a_title_line_is_no_surname() -> None:
    people = entity_labels("Hankkeen työntekijät ovat projektikoordinaattori ja projektityöntekijä\n"
                           "Yhteyshenkilö Anna Mäkelä, anna.makela@example.fi\n", "Person")
    assert "Anna Mäkelä" in people
    assert not any("Yhteyshenkilö" in p for p in people)


def test_a_surname_first_pair_after_a_title_still_reads() -> None:
    """The title before a surname-first pair still lets the pair read as a person ("sihteeri Virtanen Liisa")."""
    people = entity_labels("Kokouksen sihteeri Virtanen Liisa avasi kokouksen.", "Person")
    assert any("Virtanen" in p and "Liisa" in p for p in people)
