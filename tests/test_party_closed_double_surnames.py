"""A Swedish double surname closed by the party's bracket, and its cut form elsewhere in the same protocol
(twenty-ninth session, fresh-page audit of people in minutes).

The rows are written for these tests: invented members of an invented Swedish committee. The second surname
is a word no dictionary knows and that ends like no typical Swedish surname ("Gräff", "Ejstes"), so only the
party's bracket right after it says the name goes on; the signature block then writes the name with nothing
closing it ("Ordförande Maja Lind Gräff Justerande"), and that cut form is the same person.
"""

from __future__ import annotations

from helpers import MORPH, needs_voikko

from welfare_kg.extract.model import Mention
from welfare_kg.extract.person_extents import double_surnames
from welfare_kg.extract.person_forms import complete_double_surnames


def _person(text: str, name: str, at: int = 0) -> Mention:
    start = text.index(name, at)
    return Mention(start=start, end=start + len(name), surface=name, label=name, type="Person", rule="person",
                   case=None, key=None)


def _grown(text: str, name: str) -> list[str]:
    return [x.label for ms in double_surnames(text, [[_person(text, name)]], MORPH) for x in ms
            if x.type == "Person"]


@needs_voikko
def test_a_party_bracket_closes_a_second_surname_of_any_ending() -> None:
    text = "Beslutande Maja Lind Gräff (S) ordförande, Olle Berg (M), Tove Sand Ejstes (MP)"
    assert _grown(text, "Maja Lind") == ["Maja Lind Gräff"]
    assert _grown(text, "Tove Sand") == ["Tove Sand Ejstes"]


@needs_voikko
def test_no_bracket_or_a_finnish_attendance_mark_keeps_two_words() -> None:
    assert _grown("Beslutande Maja Lind Gräff, Olle Berg", "Maja Lind") == ["Maja Lind"]
    assert _grown("Läsnä Maija Virta Kotka (x) Olli Berg (x)", "Maija Virta") == ["Maija Virta"]


def test_the_cut_form_beside_the_whole_name_is_that_person() -> None:
    text = "Beslutande Maja Lind Gräff (S) ordförande. Underskrifter Ordförande Maja Lind Gräff Justerande Olle Berg"
    whole = _person(text, "Maja Lind Gräff")
    cut = _person(text, "Maja Lind", text.index("Underskrifter"))
    other = _person(text, "Olle Berg")
    complete_double_surnames([whole, cut, other], text)
    assert cut.label == "Maja Lind Gräff" and cut.surface == "Maja Lind Gräff"
    assert other.label == "Olle Berg"


def test_a_two_word_name_with_another_word_after_it_stays() -> None:
    text = "Maja Lind Gräff (S). Maja Lind Holm talade."
    whole = _person(text, "Maja Lind Gräff")
    other = _person(text, "Maja Lind", text.index("Holm") - 10)
    complete_double_surnames([whole, other], text)
    assert other.label == "Maja Lind"
