"""A person's name in the nominative right before a registered name that opens with a genitive (a caption's "role
First Surname Org ry") is no word of the organisation's name.

All texts here are invented; they imitate layouts, not particular documents.
"""

from __future__ import annotations

from helpers import entity_labels as _names


def test_a_captions_person_before_the_name_is_left_out() -> None:
    # (a name no reference list holds: "Suomen kylätoiminta ry" is now a former name of Suomen Kylät ry)
    names = _names("Hallinnoija: Esimerkkilän kylät ry, kyläasiamies Anna Kivelä Suomen lähitoiminta ry", "Association")
    assert "Suomen lähitoiminta ry" in names
    assert not any("Kivelä" in n for n in names)


def test_a_persons_name_before_a_nominative_word_stays_in_the_name() -> None:
    """"Paavo Nurmi Keskus ry": no genitive opens what follows the person, so the person's name is the name's."""
    assert "Paavo Nurmi Keskus ry" in _names("Säätiön hallitus: Paavo Nurmi Keskus ry", "Association")


def test_a_surname_no_list_knows_before_the_name_is_a_persons_too() -> None:
    """An attendance list run into one line: "Martti Hiekkalo" (a listed first name, a surname no list or lexicon
    knows) before "Mallilan Eläkkeensaajat ry" is the member, not a word of the association's name."""
    names = _names("Läsnä Martti Hiekkalo Mallilan Eläkkeensaajat ry Taimi Vartsomo Kylämäen Seniorit ry",
                   "Association")
    assert {"Mallilan Eläkkeensaajat ry", "Kylämäen Seniorit ry"} <= names
    assert not any("Hiekkalo" in n or "Vartsomo" in n for n in names)


def test_a_nominative_surname_before_a_parish_union_is_the_persons() -> None:
    """"Eeva Hirvinen Mallilan seurakuntayhtymä": a capital's "-nen" is no genitive opening the union's name."""
    assert "Mallilan seurakuntayhtymä" in _names("Läsnä Eeva Hirvinen Mallilan seurakuntayhtymä Ville Aho sihteeri",
                                                 "Parish")
    assert "Mallilan seurakuntayhtymä" in _names("Mallilan seurakuntayhtymä järjesti retken.", "Parish")
