"""A sentence opening with a region frames the actors of its main clause (extract/opening_areas.py)."""

from __future__ import annotations

from helpers import ID, extract

KAINUU, POHJOIS_SAVO = ID + "region/18", ID + "region/11"
RULE = "coversArea:opening-place"


def _rule_pairs(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extract(text).facts if f.rule == RULE}


def _iri(text: str, label_start: str) -> str:
    return next(iri for iri, e in extract(text).entities.items() if e.label.startswith(label_start))


def test_each_subject_of_the_main_clause_works_in_the_opening_regions() -> None:
    text = "Kainuussa ja Pohjois-Savossa työtä tekevät Savon Kylätalot ry ja Kantola ry."
    one, two = _iri(text, "Savon Kylätalot"), _iri(text, "Kantola")
    assert _rule_pairs(text) == {(one, KAINUU), (one, POHJOIS_SAVO), (two, KAINUU), (two, POHJOIS_SAVO)}


def test_an_actor_in_a_relative_clause_is_outside_the_frame() -> None:
    text = "Kainuussa työtä tekee Savon Kylätalot ry, jonka kanssa Kantola ry on tehnyt yhteistyötä."
    one = _iri(text, "Savon Kylätalot")
    assert _rule_pairs(text) == {(one, KAINUU)}


def test_a_region_later_in_the_sentence_frames_nothing() -> None:
    text = "Savon Kylätalot ry aloitti työnsä viime vuonna Kainuussa."
    assert not _rule_pairs(text)


def test_an_opening_town_frames_nothing() -> None:
    text = "Kuopiossa työtä tekevät Savon Kylätalot ry ja Kantola ry."
    assert not _rule_pairs(text)
