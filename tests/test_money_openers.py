"""The amount patterns open with a lookahead of where a match can start (a digit, or the first letter of an
approximating word: issue 13, every sentence with a digit is searched with them three times over). That test must
change no match: each pattern is compared with itself without the opener, on invented lines mixed at random
(upper case, Unicode digits and the characters with odd case folds included), and `find_amounts` still reads each
form."""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest

from welfare_kg.extract.money import _MEGA_E, _MONEY, _PERCENT, find_amounts

_PIECES = [
    "noin 5 000 euroa", "NOIN 12 000 €", "n. 3,5 milj. euroa", "arviolta 2,3 miljoonaa", "yhteensä noin 40 000 e",
    "vajaat 900 euroa", "yli 1.5 miljoonaa", "ca 700 €", "Ca. 800 EUR", "cirka 10 000 euro", "omkring 4 miljoner",
    "lähes 4 000 euroa", "reilut 2 miljoonaa", "drygt 8 miljoner euro", "knappt 900 €", "Över 1 000 euro",
    "runt 5 000 euro", "miltei 300 euroa", "ungefär 2 000 €", "Dubbel", "kunta", "Örebro", "Runni", "lasku",
    "1,5 Me", "3,5 M erityisryhmille", "2,5 MW", "80 %", "12 prosenttia", "5 procent", "1 250 000,- €", "12 000,00 €",
    "vuonna 2015 Euroopan", "656 914 e.", "0,5 miljardia", "١٢ euroa", "Kelvin \u212a 5 €", "ſ", "İ 3 €",
    "Vanhus", "avustus", "Yhdistys", "Oulu", "Cafe", "a", "n", "\n", "  ", ",", ".",
]


def _texts(n: int = 200) -> list[str]:
    rnd = random.Random(13)
    return ["".join(rnd.choice(_PIECES) + rnd.choice(["", " ", "\n", ", ", "\t"]) for _ in range(rnd.randint(1, 12)))
            for _ in range(n)] + ["".join(_PIECES), " ".join(_PIECES)]


@pytest.mark.parametrize(("pattern", "opener"), [(_MONEY, "(?=[\\dnayvcolrmdkuö])"), (_PERCENT, "(?=\\d)"),
                                                 (_MEGA_E, "(?=\\d)")])
def test_opener_changes_no_match(pattern: re.Pattern[str], opener: str) -> None:
    assert pattern.pattern.startswith(opener)
    bare = pattern.pattern.removeprefix(opener)
    if pattern is _MEGA_E:  # its two alternatives were put in one group behind the opener
        bare = bare.removeprefix("(?:").removesuffix(")")
    reference = re.compile(bare, pattern.flags)
    assert reference.groupindex == pattern.groupindex
    for text in _texts():
        assert [m.regs for m in pattern.finditer(text)] == [m.regs for m in reference.finditer(text)], text


def test_find_amounts_still_reads_each_form() -> None:
    found = find_amounts("Tuki oli noin 5 000 euroa, osuus 80 % ja lisäksi 1,5 Me. YLI 2 miljoonaa euroa haettiin.")
    assert [(a.value, a.approximate, a.share) for a in found] == [
        (Decimal(5000), True, False), (Decimal(80), False, True), (Decimal(1500000), False, False),
        (Decimal(2000000), True, False)]
