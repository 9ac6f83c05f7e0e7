"""org_echoes reads each one-word organisation name again wherever a capitalised run of the text opens with its first
three letters (issue 13: a 20 MB page in two minutes). The text is now scanned once for such runs, not once per name;
that must find what the per-name pattern found. Compared on invented text mixed at random; the names and words are
written for this test."""

from __future__ import annotations

import random
import re

from welfare_kg.extract import org_echoes

_WORDS = ["Linnaseutu", "Linnaseudun", "Linnaseudulle", "Lin", "Kotipolku", "Kotipolulle", "Kotipolun:", "Kot-",
          "kotipolku", "Ålandia", "Ålandian", "Äänekoski", "X-Linnaseutu", "Linna-Seutu", "Linnaseutu:n", "ry", "Oy",
          "hallitus", "2013", "Kot2", "_Lin", "é", "Éclair"]
_GAPS = [" ", " ", ", ", ". ", "\n", ":", "-", "(", ")", "\t", ""]


def _texts(n: int = 300) -> list[str]:
    rnd = random.Random(81)
    return ["".join(rnd.choice(_WORDS) + rnd.choice(_GAPS) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


def test_one_scan_finds_what_each_names_pattern_found() -> None:
    names = ["Linnaseutu", "Kotipolku", "Ålandia", "Äänekoski", "Éclair", "Lin-x"]
    for text in _texts():
        runs = org_echoes._runs_opening(text, {w[:3] for w in names})
        for word in names:
            old = re.finditer(r"(?<![\w-])" + re.escape(word[:3]) + r"[\w-]*(?![\w:-])", text)
            assert [(m.span(), m.group()) for m in org_echoes._echoes(word, runs, text)] \
                == [(m.span(), m.group()) for m in old], (word, text)


def test_a_run_before_a_colon_or_inside_a_word_is_no_echo() -> None:
    text = "Linnaseutu ry. Linnaseudun hallitus, X-Linnaseutu ja Linnaseutu:n sekä Linnaseudulle."
    runs = org_echoes._runs_opening(text, {"Lin"})
    assert [m.group() for m in org_echoes._echoes("Linnaseutu", runs, text)] \
        == ["Linnaseutu", "Linnaseudun", "Linnaseudulle"]
