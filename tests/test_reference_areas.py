"""An organisation and a town of its known area in one sentence (extract/reference_areas.py)."""

from __future__ import annotations

from helpers import ID, extract

KESKIPISTE = ID + "association/keskipiste-leader"
HAAPAVESI, NIVALA, KEMPELE = ID + "municipality/071", ID + "municipality/535", ID + "municipality/244"
RULE = "coversArea:reference-area"


def _rule_pairs(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extract(text).facts if f.rule == RULE}


def test_towns_of_the_known_area_named_with_the_group() -> None:
    text = "Keskipiste-Leader rahoitti viime vuonna kyläteitä Haapavedellä, Nivalassa ja Kempeleessä."
    assert _rule_pairs(text) == {(KESKIPISTE, HAAPAVESI), (KESKIPISTE, NIVALA)}


def test_a_town_in_another_sentence_is_not_read() -> None:
    text = "Keskipiste-Leader rahoitti viime vuonna kyläteitä. Haapavedellä sataa."
    assert not _rule_pairs(text)
