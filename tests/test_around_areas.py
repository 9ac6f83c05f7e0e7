"""Work spread all over a place: the actor's area (extract/around_areas.py)."""

from __future__ import annotations

from helpers import ID, extract

KAINUU, POHJOIS_SAVO, SATAKUNTA, POHJANMAA = ID + "region/18", ID + "region/11", ID + "region/04", ID + "region/15"
KUOPIO = ID + "municipality/297"
RULE = "coversArea:all-around"


def _rule_pairs(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extract(text).facts if f.rule == RULE}


def _iri(text: str, typ: str) -> str:
    return next(iri for iri, e in extract(text).entities.items() if e.type == typ)


def test_the_subject_works_all_over_the_coordinated_regions() -> None:
    text = "Kotiseutuyhdistys Kantola ry järjestää kerhoja eri puolilla Kainuuta ja Pohjois-Savoa."
    actor = _iri(text, "Association")
    assert _rule_pairs(text) == {(actor, KAINUU), (actor, POHJOIS_SAVO)}


def test_swedish_all_around() -> None:
    text = "Aktion Lappfjärd rf kan fortsätta att finansiera projekt runtom i Österbotten."
    actor = _iri(text, "Association")
    assert _rule_pairs(text) == {(actor, POHJANMAA)}


def test_the_project_of_the_sentence_when_no_actor_stands_before_the_cue() -> None:
    text = "Hyvä Arki -hanke alkoi keväällä. Hanke tavoittaa nuoria ympäri Satakuntaa."
    assert _rule_pairs(text) == {(_iri(text, "Project"), SATAKUNTA)}


def test_a_place_without_the_cue_is_not_read() -> None:
    text = "Kotiseutuyhdistys Kantola ry järjestää kerhoja Kuopiossa."
    assert (_iri(text, "Association"), KUOPIO) not in _rule_pairs(text)


def test_the_whole_of_a_place_in_a_case_of_being_there() -> None:
    text = "Kotiseutuyhdistys Kantola ry palvelee ikäihmisiä koko Pohjois-Savossa."
    actor = _iri(text, "Association")
    assert _rule_pairs(text) == {(actor, POHJOIS_SAVO)}
    # the project word as the unnamed subject: the project the text is about
    text = "Kotona kuntoon -hanke alkoi. Hanke toimii koko Kuopiossa."
    assert _rule_pairs(text) == {(_iri(text, "Project"), KUOPIO)}


def test_the_whole_of_a_place_without_an_actor_or_as_a_genitive_covers_nothing() -> None:
    # a need stated of the place, in a project's text: no actor works there
    assert _rule_pairs("Kotona kuntoon -hankkeen selvityksen mukaan koko Kuopiossa on paljon muistisairaita.") == set()
    # "koko X:n väestö": the genitive before a noun is about the place's people, not a place worked in
    assert _rule_pairs("Kotiseutuyhdistys Kantola ry tiedottaa, että koko Pohjois-Savon väestö ikääntyy.") == set()
