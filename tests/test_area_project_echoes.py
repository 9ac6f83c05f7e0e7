"""A one-word project name written again after a region's genitive (extract/area_project_echoes.py). Invented names."""

from __future__ import annotations

from tests.helpers import labelled_facts as _facts
from tests.helpers import needs_voikko

pytestmark = needs_voikko


def test_region_genitive_before_a_known_one_word_project() -> None:
    facts = _facts("Sisällys: Kotiluotsi-hankkeen tulokset.\n\nRaha-automaattiyhdistyksen rahoittama Kainuun "
                   "Kotiluotsi aloitti toimintansa keväällä.")
    assert ("Raha-automaattiyhdistys", "funds", "Kotiluotsi") in facts
    assert not any(o == "Kainuun Kotiluotsi" for _, _, o in facts)


def test_no_project_of_that_name_no_echo() -> None:
    facts = _facts("Raha-automaattiyhdistyksen rahoittama Kainuun Kotiluotsi aloitti toimintansa keväällä.")
    assert not any(o == "Kotiluotsi" for _, _, o in facts)
