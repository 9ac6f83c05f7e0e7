"""A page about one programme that reports the projects it chose: each project is partOf the programme
(programme_page.py); a project page, two programmes, or a programme not named at the top say nothing."""

from __future__ import annotations

from tests.helpers import extract
from welfare_kg.extract.programme_page import RULE


def _parts(text: str, kind: str = "news") -> set[tuple[str, str]]:
    ex = extract(text, kind)
    return {(ex.entities[f.subject].label, ex.entities[f.object].label) for f in ex.facts
            if f.rule == RULE and f.subject in ex.entities and f.object in ex.entities}


BODY = ("Kuopion ammattikorkeakoulu koordinoi Arjen apu -hanketta. Kotona kotona -hanke kehittää kotihoitoa "
        "Savossa. Molemmat hankkeet alkavat syksyllä.\n")
# a page's lead is its first few hundred characters: a programme named only after this is no topic of the page
FILLER = "Hankkeissa kehitetään palveluja yhdessä asukkaiden ja järjestöjen kanssa. " * 5 + "\n"
TOP = ("Savolaiset menestyivät Interreg Aurora -ohjelmassa\n\n"
       "Kaksi hanketta sai rahoitusta Interreg Aurora -ohjelmasta.\n")


def test_the_projects_of_a_programme_page_are_its_parts() -> None:
    got = _parts(TOP + BODY)
    assert {part for part, _whole in got} == {"Arjen apu", "Kotona kotona"}, got
    assert {whole for _part, whole in got} == {"Interreg Aurora"}, got


def test_a_programme_only_named_further_on_is_no_page_topic() -> None:
    text = "Savolaiset menestyivät\n\n" + BODY + FILLER + "Kaksi hanketta sai rahoitusta Interreg Aurora -ohjelmasta.\n"
    assert not _parts(text)


def test_two_programmes_say_nothing() -> None:
    text = TOP + BODY + "Hankkeet tukevat myös Pohjois-Savon maakuntaohjelmaa.\n"
    assert not _parts(text)


def test_minutes_say_nothing() -> None:
    assert not _parts(TOP + BODY, kind="minutes")


def test_a_known_programme_with_its_word_after_the_name_and_a_contact_label_before_it() -> None:
    """The reference data's "Interreg Europe" is named without the word for a programme ("–ohjelmassa" stands after
    the mention), and "Lisätietoja" before it opens a contact block, no name: still one programme, the page's."""
    text = ("Savolaiset menestyivät Interreg Europe –ohjelmassa\n\n"
            "Kaksi hanketta sai rahoitusta Interreg Europe –ohjelmasta.\n" + BODY
            + "Lisätietoja Interreg Europe –ohjelmasta ja seuraavasta hausta.\n")
    got = _parts(text)
    assert {part for part, _whole in got} == {"Arjen apu", "Kotona kotona"}, got
    assert {whole for _part, whole in got} == {"Interreg Europe"}, got
    assert not [e for e in extract(text).entities.values() if e.label.startswith("Lisätietoja")]
