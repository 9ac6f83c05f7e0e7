"""The gazetteer remembers each word form's candidates: the matches must be those of a gazetteer that never did."""

from __future__ import annotations

from welfare_kg.extract.gazetteer import Gazetteer, Match, reference_gazetteer
from welfare_kg.extract.morphology import FallbackMorphology, Morphology, get_morphology
from welfare_kg.extract.text import tokenize

TEXTS = [
    "Ranuan kunnalle ja Pohjois-Pohjanmaan liitolle, Kainuun ja Lapin liitot sekä Etelä- ja Keski-Pohjanmaan "
    "hyvinvointialueet.",
    "Sosiaali- ja terveysministeriö myönsi Pohjois- Karjalan kuntayhtymälle avustusta; Länsi Uudellamaalla ja "
    "Kantahämeen kunnissa STM:n ESR-hanke jatkuu.",
    "Södra och Mellersta Österbotten samt Kemijärvellä, Hämeeseen ja Ranualle.",
]


def _matches(gaz: Gazetteer, morph: Morphology, text: str) -> list[tuple[int, int, str, str]]:
    return [_key(m) for m in gaz.match(tokenize(text), morph)]


def _key(m: Match) -> tuple[int, int, str, str]:
    return (m.start, m.end, m.entity.iri, m.name)


def test_cached_candidates_give_the_matches_of_a_fresh_gazetteer() -> None:
    shared = reference_gazetteer()
    voikko, fallback = get_morphology(), FallbackMorphology()
    for text in TEXTS * 2:  # the second round reads every form from the cache
        fresh = Gazetteer(shared.entities.values())
        assert _matches(shared, voikko, text) == _matches(fresh, voikko, text)
    for text in TEXTS:  # another morphology empties the cache: its own candidates, not Voikko's
        fresh = Gazetteer(shared.entities.values())
        assert _matches(shared, fallback, text) == _matches(fresh, fallback, text)
    assert _matches(shared, voikko, TEXTS[0]) == _matches(Gazetteer(shared.entities.values()), voikko, TEXTS[0])
    assert any(m[2].endswith("/683") for m in _matches(shared, voikko, TEXTS[0]))  # Ranua, so there is something


def test_a_full_cache_is_emptied_and_matching_goes_on() -> None:
    shared = reference_gazetteer()
    small = Gazetteer(shared.entities.values())
    small.CACHE_LIMIT = 3
    morph = get_morphology()
    for text in TEXTS:
        assert _matches(small, morph, text) == _matches(Gazetteer(shared.entities.values()), morph, text)
    assert len(small._cached) <= 3
