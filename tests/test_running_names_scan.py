"""running_names reads its whole-text patterns from one scan kept for the text (`scan_text`), so that the scan
can be done beside recognition; each pattern's matches must be exactly those of its own `finditer`."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

import pytest

from welfare_kg.extract.running_names import _SCANNED, _matches, scan_text

# invented lines that each pattern matches: label lines (^ in MULTILINE), look-behinds, \b, groups, $ at the end
_TEXTS = [
    "Hanke: Arjen tuki\nHankkeen nimi on Vahva koti, ja se alkaa. Projektet Trygg vardag finansieras.",
    "kehittämishankkeen Arjen tuki päätösseminaarissa (AT) toteuttaa Nuoret Duunissa yhteistyössä",
    "Kotona hyvin -hankkeessa ja Mukana-hankkeen sekä Elä – hankkeelle, joka on STM:n hanke",
    "Kummelin peruskorjauksen hankesuunnitelma \"Arjen tuki\"-hankkeeseen (2019–2021) X – kehittämistyössä",
    "Lapsirikas-hankeen Kisällistä osaajaksi projekti, Hankenimi: Ö\n  Projekti : 2020 hanke nimeltään Ilo",
    "", "hanke", "Hanke:", "\n\nProjektets namn är X", "sanahanke nimeltä Y ja jonka nimi on Z",
]


def _found(matches: Iterable[re.Match[str]]) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("text", _TEXTS)
def test_matches_are_the_patterns_own(text: str) -> None:
    scan_text.cache_clear()
    for p in _SCANNED:
        assert _found(_matches(p, text)) == _found(p.finditer(text)), p.pattern[:60]


def test_invented_texts_match_some_pattern() -> None:
    """The texts above exercise the scan: most patterns find something in them."""
    hits = sum(bool(list(p.finditer("\n".join(_TEXTS)))) for p in _SCANNED)
    assert hits >= 12


def test_random_texts() -> None:
    rng = random.Random(13)
    pieces = [*"aäöhkeptrjsio HPKT\t\n,.:-–()\"“”'09",
              "hanke", "hankkeen", "projekti", "Projektet", " nimi", " on", "nimeltä", " -hanke", ", joka on",
              "(2019–2021)", "Hanke:", "hankesuunnitelma", "kehittämistyö", "(AT)", "Mukana-hankkeen"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        scan_text.cache_clear()
        for p in _SCANNED:
            assert _found(_matches(p, text)) == _found(p.finditer(text)), (p.pattern[:60], text)


def test_scan_is_kept_for_the_text() -> None:
    scan_text.cache_clear()
    text = "Hankkeen nimi on Arjen tuki."
    first = scan_text(text)
    assert scan_text(text) is first and len(first) == len(_SCANNED)
