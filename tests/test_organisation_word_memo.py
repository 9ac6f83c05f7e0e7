"""The organisation recogniser keeps two per-word answers it asks of nearly every token (the Swedish kind at a
word's end, and whether a base form ends in a joint authority's or a parish's kind): a kept answer must be the
computed one, for each morphology apart."""

from __future__ import annotations

import pytest

from welfare_kg.extract import organisation_names as on
from welfare_kg.extract.morphology import FallbackMorphology, Morphology, get_morphology

WORDS = ["Folkhälsans", "förbund", "Aktiastiftelsen", "kulturfonden", "hembygdsgille", "kaupungille", "Spelmanslaget",
         "byalag", "brandkår", "kuntayhtymän", "sairaanhoitopiirin", "Kuntayhtymä", "seurakunnan", "seurakuntayhtymä",
         "Evankelis-luterilainen", "seurakunta", "hanke", "Ranuan", "sopimus", "lag", "kår", "Föreningens"]


def test_the_kept_swedish_kind_is_the_search() -> None:
    on._SWEDISH_KINDS.clear()
    for _ in range(2):  # the second round is answered from what the first kept
        for w in WORDS:
            low = w.lower()
            got, expected = on._swedish_kind(low), on._SWEDISH_KIND.search(low)
            assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups()))
    assert sum(on._swedish_kind(w.lower()) is not None for w in WORDS) >= 6


@pytest.mark.parametrize("morph", [get_morphology(), FallbackMorphology()], ids=["voikko", "fallback"])
def test_the_kept_base_ending_is_the_bases_own(morph: Morphology) -> None:
    for ends in (on._JOINT_AUTHORITY_ENDS, on._PARISH_ENDS):
        for _ in range(2):
            for w in WORDS:
                assert on._base_ends(morph, w, ends) == any(b.endswith(ends) for b in morph.bases(w))


def test_each_morphology_keeps_its_own_answer() -> None:
    on._BASE_ENDS.clear()
    voikko, fallback = get_morphology(), FallbackMorphology()
    for w in WORDS:
        on._base_ends(voikko, w, on._PARISH_ENDS)
        assert on._base_ends(fallback, w, on._PARISH_ENDS) == any(b.endswith("seurakunta") for b in fallback.bases(w))
