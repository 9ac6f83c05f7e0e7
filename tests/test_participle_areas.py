"""Places opening a participle attribute before an actor's name: the actor's area (extract/participle_areas.py)."""

from __future__ import annotations

from helpers import ID, extract, fact_pairs, needs_voikko_for

KAJAANI, SOTKAMO = ID + "municipality/205", ID + "municipality/765"
IISALMI, KIURUVESI, KUOPIO = ID + "municipality/140", ID + "municipality/263", ID + "municipality/297"
RULE = "coversArea:place-participle"

voikko = needs_voikko_for("participles are told by Voikko's analysis")


def _rule_pairs(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extract(text).facts if f.rule == RULE}


def _actor(text: str, typ: str) -> str:
    return next(iri for iri, e in extract(text).entities.items() if e.type == typ)


@voikko
def test_any_participle_after_locative_towns_gives_the_project_its_towns() -> None:
    text = "Kajaanissa ja Sotkamossa nuoria tukenut Polku eteenpäin -hanke jatkuu ensi vuonna."
    project = _actor(text, "Project")
    assert _rule_pairs(text) == {(project, KAJAANI), (project, SOTKAMO)}


@voikko
def test_a_bracketed_list_after_an_unlinked_area_adds_its_towns() -> None:
    text = "Iisalmen seudulla (Iisalmi+Kiuruvesi) ja Kuopiossa toimiva Savon Kylätalot ry haki avustusta."
    association = _actor(text, "Association")
    assert (association, KIURUVESI) in _rule_pairs(text)  # "Kuopiossa toimiva" alone is area_cues.py's
    assert {(association, IISALMI), (association, KIURUVESI), (association, KUOPIO)} <= fact_pairs(text, "coversArea")


@voikko
def test_a_genitive_town_before_an_area_noun_is_the_town() -> None:
    text = "Kuopion ympäristössä ikäihmisiä auttava Hyvä Arki -hanke sai jatkorahoitusta."
    project = _actor(text, "Project")
    assert _rule_pairs(text) == {(project, KUOPIO)}


@voikko
def test_a_seat_participle_is_no_area() -> None:
    text = "Kuopiossa sijaitseva Savon Kylätalot ry haki avustusta."
    assert not _rule_pairs(text)


@voikko
def test_a_finite_verb_between_makes_the_place_the_clause_s() -> None:
    text = "Kuopiossa kerrottiin eilen esitellyn Hyvä Arki -hankkeen tuloksista."
    assert not _rule_pairs(text)


@voikko
def test_punctuation_between_breaks_the_attribute() -> None:
    text = "Hanke alkoi Kajaanissa, ja uutena mukaan tullut Polku eteenpäin -hanke jatkuu."
    assert not _rule_pairs(text)
