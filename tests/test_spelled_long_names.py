"""A short name in capitals, then its spelt-out words in brackets ("hanke NUOSA (Nuoret osallisiksi)"): both name
one project (extract/running_names.py `_LONG_AFTER`, the mirror of "Nuoret osallisiksi (NUOSA)"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import record
from welfare_kg.extract.document import extract_document


def _entities(text: str) -> list[tuple[str, set[str]]]:
    ex = extract_document(record("Uutiset\n\n" + text))
    return [(e.type, {e.label, *e.labels}) for e in ex.entities.values()]


@pytest.mark.parametrize("text", [
    "Yhdistyksen hanke NUOSA (Nuoret osallisiksi) sai rahoituksen.",
    "Kunta on mukana hankkeessa NUOSA (Nuoret osallisiksi).",
])
def test_the_bracket_spells_out_the_same_project(text: str) -> None:
    projects = [labels for typ, labels in _entities(text) if typ == "Project"]
    assert any({"NUOSA", "Nuoret osallisiksi"} <= labels for labels in projects), projects


def test_an_organisation_spelt_out_is_no_project() -> None:
    # the bracket's last word is an organisation's kind word
    found = _entities("Hankkeen toteuttaa SOKE (Sosiaalialan kehittämiskeskus) yhdessä kuntien kanssa.")
    assert not [labels for typ, labels in found if typ == "Project" and "Sosiaalialan kehittämiskeskus" in labels]


def test_letters_that_do_not_spell_the_short_name_are_no_name() -> None:
    found = _entities("Hankkeessa kokeillaan mallia ARVO (Kotona asuminen tueksi).")
    assert not [labels for typ, labels in found if typ == "Project" and "Kotona asuminen tueksi" in labels]
