"""A Leader group is named by "Leader" and its own capitalised name ("Leader Kivikko", "Leader-ryhmä Kivikko"), an
association, not the Leader programme and a place; the programme's own things ("Leader Hankkeet") name no group
(extract/leader_groups.py). All names are invented."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import needs_voikko
from welfare_kg.extract.document import extract_document
from welfare_kg.loaders.record import DocumentRecord

pytestmark = needs_voikko


def _labels(text: str) -> dict[str, str]:
    ex = extract_document(DocumentRecord(source=Path("x.txt"), text=text, checksum="x", fmt="txt", kind="news"))
    return {e.label: e.type for e in ex.entities.values()}


def test_a_leader_group_with_a_name_the_lexicon_lacks() -> None:
    labels = _labels("Hankkeen rahoituksen myönsi Leader Kivikkoila, ja työ alkoi keväällä.")
    assert labels.get("Leader Kivikkoila") == "Association"


def test_a_leader_group_named_by_a_region_is_no_region() -> None:
    labels = _labels("Strategian laati Leader Lappi yhdessä kuntien kanssa.")
    assert labels.get("Leader Lappi") == "Association"
    assert "Lappi" not in labels


def test_the_group_word_opens_the_name() -> None:
    labels = _labels("Leader-ryhmä Kivikkoila myönsi tukea kyläyhdistykselle.")
    assert labels.get("Leader-ryhmä Kivikkoila") == "Association"


def test_the_programmes_things_name_no_group() -> None:
    labels = _labels("Leader Hankkeet 2024\n\nEU:n Leader-tuki on tärkeä maaseudulle.")
    assert not any(t == "Association" for t in labels.values())


def test_a_groups_genitive_gives_its_nominative() -> None:
    labels = _labels("Kylätalon korjaus sai Leader Kivikkoilan tukea vuonna 2020.")
    assert labels.get("Leader Kivikkoila") == "Association"
