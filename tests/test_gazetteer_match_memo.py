"""`Gazetteer.match` remembers its answers by the tokens' shape (texts and offsets from the first token): the
remembered answer must be the walk's own wherever the same words stand, and tokens that differ in anything the walk
reads (a gap between two words, a text) must not share an answer."""

from __future__ import annotations

from pathlib import Path

from welfare_kg.extract.gazetteer import Gazetteer, reference_gazetteer
from welfare_kg.extract.morphology import get_morphology
from welfare_kg.extract.text import Token, sentences, tokenize

ROOT = Path(__file__).resolve().parent.parent


def _plain(m: object) -> tuple:
    return (m.start, m.end, m.entity.iri, m.name)  # type: ignore[attr-defined]


def _fresh() -> Gazetteer:
    gaz = reference_gazetteer()
    gaz._matched.clear()
    return gaz


def test_the_same_words_elsewhere_in_a_text_get_the_walks_answer() -> None:
    gaz, morph = _fresh(), get_morphology()
    line = "Hanketta rahoittaa sosiaali- ja terveysministeriö, mukana Kainuun liitto ja Ranuan kunta."
    for pad in (0, 7, 1234):
        toks = tokenize(" " * pad + line)
        got = [_plain(m) for m in gaz.match(toks, morph)]
        assert got == [_plain(m) for m in gaz._match(toks, morph)]
        assert len(got) >= 3  # the ministry, the council and the town
    assert len(gaz._matched) == 1  # one shape, whatever its offset


def test_a_different_gap_is_a_different_shape() -> None:
    gaz, morph = _fresh(), get_morphology()
    joined = [Token("Pohjois-", 0, 8), Token("Karjalan", 9, 17), Token("kuntayhtymä", 18, 29)]
    apart = [Token("Pohjois-", 0, 8), Token("Karjalan", 15, 23), Token("kuntayhtymä", 24, 35)]
    first = [_plain(m) for m in gaz.match(joined, morph)]
    second = [_plain(m) for m in gaz.match(apart, morph)]
    assert first == [_plain(m) for m in gaz._match(joined, morph)]
    assert second == [_plain(m) for m in gaz._match(apart, morph)]
    assert len(gaz._matched) == 2


def test_a_caller_changing_its_list_changes_no_later_answer() -> None:
    gaz, morph = _fresh(), get_morphology()
    toks = tokenize("Lapin liitto ja Kemijärven kaupunki allekirjoittivat sopimuksen.")
    got = gaz.match(toks, morph)
    expected = [_plain(m) for m in got]
    got.clear()
    assert [_plain(m) for m in gaz.match(toks, morph)] == expected != []


def test_every_sentence_of_the_examples_as_the_walk_answers() -> None:
    gaz, morph = _fresh(), get_morphology()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "documents").glob("*.txt"))]
    sents = [s for t in texts for s in sentences(t)]
    for _ in range(2):  # the second round is answered from what the first kept
        for s in sents:
            toks = list(s.tokens)
            assert [_plain(m) for m in gaz.match(toks, morph)] == [_plain(m) for m in gaz._match(toks, morph)]
    assert len(gaz._matched) <= len(sents)
