"""find_amounts keeps a text's amounts and hands them out again shifted to the offset asked: the answer must be the
computed one at every offset, for every shape the patterns read (shares, scales, bare "e" runs, elided currencies,
sums after a verb), and a caller changing its list must change no later answer."""

from __future__ import annotations

import pytest

from welfare_kg.extract import money
from welfare_kg.extract.money import find_amounts

SENTENCES = [
    "Hanke sai 120 000 euroa, josta kunnan osuus on 20 %.",
    "Avustus on noin 1,2 miljoonaa euroa vuosille 2024-2025.",
    "Avustuksia saivat A ry 400 euroa, B ry 600 e ja C ry 1000 e.",
    "saivat Esimerkkilän kaupunki 62 000 euroa, Mallilan kaupunki 74 000, Kylä ry 12 500.",
    "Yhdistys on saamassa 157 000 asuntojen perustamismenoihin.",
    "Kokous pidettiin 12.3.2024 kello 18.",
    "Tukea myönnettiin 7,5 euroa asukasta kohti.",
]


@pytest.mark.parametrize("offset", [0, 1, 37, 120_000])
def test_kept_amounts_are_the_computed_ones_at_any_offset(offset: int) -> None:
    money._KEPT.clear()
    for _ in range(2):  # the second round comes from what the first kept
        for s in SENTENCES:
            assert find_amounts(s, offset) == money._amounts(s, offset)
    assert any(find_amounts(s, offset) for s in SENTENCES)  # the sentences do state sums


def test_one_text_is_kept_once_whatever_its_offset() -> None:
    money._KEPT.clear()
    s = SENTENCES[0]
    first = find_amounts(s, 5)
    second = find_amounts(s, 905)
    assert len(money._KEPT) == 1
    assert [a.start + 900 for a in first] == [a.start for a in second]


def test_a_caller_changing_its_list_changes_no_later_answer() -> None:
    money._KEPT.clear()
    s = SENTENCES[1]
    got = find_amounts(s)
    expected = list(got)
    got.clear()
    assert find_amounts(s) == expected != []


def test_a_text_longer_than_a_sentence_is_not_kept() -> None:
    money._KEPT.clear()
    long = " ".join(SENTENCES) * 100
    assert len(long) > money.KEPT_LONGEST
    assert find_amounts(long) == money._amounts(long)
    assert not money._KEPT
