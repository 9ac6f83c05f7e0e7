"""A long organisation name ending with the short name the text also writes alone is one organisation.

Adversarial cases keep apart what only looks alike: a town, a person or a project named like the last word,
two long names ending with one word, organisations of different names listed side by side.
"""

from __future__ import annotations

from welfare_kg.extract.model import Mention
from welfare_kg.extract.resolve import mint
from welfare_kg.extract.short_names import bilingual_names, short_name_aliases


def _m(label: str, type_: str, start: int = 0) -> Mention:
    return Mention(start, start + len(label), label, label, type_, iri=mint(type_, label.lower().replace(" ", "-")))


def test_short_name_after_long_one_is_one_organisation() -> None:
    long = _m("Nivala-Haapajärven Seutu Nihak", "Association")
    registered = _m("Nivala-Haapajärven seutu Nihak ry", "Association", 40)
    short = _m("NIHAK", "Company", 80)
    why = short_name_aliases([long, registered, short])
    assert why
    assert long.iri == short.iri == mint("Association", "nihak")
    assert short.type == "Association"


def test_short_name_iri_meets_a_document_writing_only_the_short_name() -> None:
    """The key of the short name is what "NIHAK ry" alone in another document is minted from."""
    long, short = _m("Pohjolan Kehitys Pokeh", "Company"), _m("Pokeh", "Company", 50)
    short_name_aliases([long, short])
    assert long.iri == mint("Company", "pokeh")


def test_town_person_and_project_named_like_the_last_word_stay_apart() -> None:
    long = _m("Seudun Kehitys Nivala", "Association")
    town = _m("Nivala", "Municipality", 30)
    person = _m("Nivala", "Person", 60)
    project = _m("Nivala", "Project", 90)
    before = [m.iri for m in (long, town, person, project)]
    assert not short_name_aliases([long, town, person, project])
    assert [m.iri for m in (long, town, person, project)] == before


def test_two_long_names_ending_with_one_word_leave_the_short_name_alone() -> None:
    a, b = _m("Alpha Seutu Nihak", "Association"), _m("Beta Kehitys Nihak", "Company", 30)
    short = _m("Nihak", "Company", 60)
    before = [m.iri for m in (a, b, short)]
    assert not short_name_aliases([a, b, short])
    assert [m.iri for m in (a, b, short)] == before


def test_organisations_listed_side_by_side_stay_apart() -> None:
    """"Vestia, Vesikolmio ja Centria": one-word names with no long name ending with them change nothing."""
    ms = [_m("Vestia", "Company"), _m("Vesikolmio", "Company", 8), _m("Centria", "Company", 22),
          _m("Keski-Pohjanmaan Vesi", "Company", 40)]
    before = [m.iri for m in ms]
    assert not short_name_aliases(ms)
    assert [m.iri for m in ms] == before


def test_lower_case_last_word_is_no_short_name() -> None:
    long, short = _m("Suomen Punainen risti", "Association"), _m("Risti", "Association", 40)
    before = (long.iri, short.iri)
    assert not short_name_aliases([long, short])
    assert (long.iri, short.iri) == before


def _at(text: str, label: str, type_: str = "Association") -> Mention:
    start = text.index(label)
    return Mention(start, start + len(label), label, label, type_,
                   iri=mint(type_, label.lower().replace(" ", "-")))


def test_finnish_and_swedish_registered_names_side_by_side_are_one_association() -> None:
    for sep in (", ", " – ", " / "):
        text = f"Hakija: Pohjolan rakennusklusteri ry{sep}Nordens byggkluster rf, 90 284 €"
        fi, sv = _at(text, "Pohjolan rakennusklusteri ry"), _at(text, "Nordens byggkluster rf")
        assert bilingual_names([fi, sv], text), sep
        assert sv.iri == fi.iri == mint("Association", "pohjolan-rakennusklusteri-ry")


def test_two_associations_of_one_language_or_in_a_list_stay_apart() -> None:
    same = "Kylien Voima ry, Kaupunkien Voima ry"
    a, b = _at(same, "Kylien Voima ry"), _at(same, "Kaupunkien Voima ry")
    assert not bilingual_names([a, b], same) and a.iri != b.iri
    listed = "Mukana: Kylien Voima ry, Byarnas Kraft rf ja Kaupunkien Voima ry"
    ms = [_at(listed, n) for n in ("Kylien Voima ry", "Byarnas Kraft rf", "Kaupunkien Voima ry")]
    assert not bilingual_names(ms, listed)
    assert len({m.iri for m in ms}) == 3


def test_association_beside_a_town_or_a_person_stays_apart() -> None:
    text = "Byarnas Kraft rf, Vaasa ja Anna Esimerkki"
    ms = [_at(text, "Byarnas Kraft rf"), _at(text, "Vaasa", "Municipality"), _at(text, "Anna Esimerkki", "Person")]
    before = [m.iri for m in ms]
    assert not bilingual_names(ms, text)
    assert [m.iri for m in ms] == before


def test_long_name_ending_with_a_small_common_noun_meets_that_noun_written_alone() -> None:
    """"Nordiska konstfonden" then "Konstfonden beviljade ...": the short name is the long one's last word."""
    long, short = _m("Nordiska konstfonden", "Association"), _m("Konstfonden", "Association", 60)
    assert short_name_aliases([long, short])
    assert long.iri == short.iri


def test_a_small_last_word_of_a_name_written_small_throughout_merges_nothing() -> None:
    # neither name opens with a capital: no name is sure here
    long, short = _m("pohjoinen taiderahasto", "Association"), _m("Taiderahasto", "Association", 60)
    assert not short_name_aliases([long, short])
