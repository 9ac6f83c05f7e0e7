"""`Gazetteer.match` passes over tokens that begin no known name without walking from them (`SKIP_DEAD_STARTS`):
the matches must be those of the full walk, on real texts and on the shapes the walk treats specially (elided
first parts before "ja", hyphens, capitals, glued conjunctions, split place names, numbers and signs)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from welfare_kg.extract.gazetteer import Gazetteer, reference_gazetteer
from welfare_kg.extract.morphology import FallbackMorphology, Morphology, get_morphology
from welfare_kg.extract.text import sentences, tokenize

ROOT = Path(__file__).resolve().parent.parent
SHAPES = [
    "Hanketta tukee sosiaali ja terveysministeriö sekä maa-ja metsätalousministeriö.",
    "Mukana ovat ranuan kunta, ranualla toimiva yhdistys ja lapin yli-opisto.",
    "Rahoitus 12 000 € (2023–2024); kumppanit: Outokum pu, Savon linna ja Kainuun liitto.",
    "esr- ja eakr-rahoitus, ESR-, EAKR- tai kunnan rahoitusta sekä Pohjois- Karjalan kuntayhtymä.",
    "social och hälsovårdsministeriet samt södra och mellersta österbotten, kemijärvellä ja hämeeseen.",
]


def _all(gaz: Gazetteer, morph: Morphology, texts: list[str]) -> list[list[tuple[int, int, str, str]]]:
    return [[(m.start, m.end, m.entity.iri, m.name) for m in gaz.match(tokenize(t), morph)] for t in texts]


def _texts() -> list[str]:
    out = list(SHAPES)
    for p in sorted((ROOT / "examples" / "documents").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        out += [s.text for s in sentences(text)]
    rng = random.Random(5)
    words = [w for t in out for w in t.split()]
    out += [" ".join(rng.choice(words).lower() if rng.random() < 0.5 else rng.choice(words) for _ in range(12))
            for _ in range(300)]  # names broken up and lower-cased among other words
    return out


@pytest.mark.parametrize("morph", [get_morphology(), FallbackMorphology()], ids=["voikko", "fallback"])
def test_the_shortcut_gives_the_matches_of_the_full_walk(morph: Morphology, monkeypatch: pytest.MonkeyPatch) -> None:
    gaz = reference_gazetteer()
    texts = _texts()
    fast = _all(gaz, morph, texts)
    monkeypatch.setattr(Gazetteer, "SKIP_DEAD_STARTS", False)
    full = _all(gaz, morph, texts)
    assert fast == full
    assert sum(map(len, full)) > 100  # the texts do name known entities
